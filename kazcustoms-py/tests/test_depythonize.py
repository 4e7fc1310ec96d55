"""Reading a dict document with the number and date types of the Python
data stack: numpy scalars, decimal.Decimal and datetime.date read where the
document has numbers and dates, and give the report the JSON document
gives; what cannot be read exactly is an InvalidDocument with its path."""

from __future__ import annotations

import copy
import datetime
import decimal
import json
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pytest

from kazcustoms import InvalidDocument, validate

BENCH = Path(__file__).resolve().parents[2] / "tests" / "bench"
OPTIONS: dict[str, Any] = {"usd_rate": 470.0, "reference": datetime.date(2026, 11, 22)}
DATE_KEYS = {"deadline", "date"}


def text(name: str = "dcd_1_items.json") -> str:
    return (BENCH / name).read_text(encoding="utf-8")


def converted(value: Any, number: Callable[[Any], Any], key: str = "") -> Any:
    """`value` with every int and float given to `number` (bools left
    alone) and every date text as a datetime.date."""
    if isinstance(value, dict):
        return {k: converted(v, number, k) for k, v in value.items()}
    if isinstance(value, list):
        return [converted(v, number) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, str) and key in DATE_KEYS:
        return datetime.date.fromisoformat(value)
    return value


def numpy_number(value: int | float) -> Any:
    return np.int64(value) if isinstance(value, int) else np.float64(value)


def decimal_number(value: int | float) -> decimal.Decimal:
    # repr: the shortest text of the float, the one its JSON carries
    return decimal.Decimal(value) if isinstance(value, int) else decimal.Decimal(repr(value))


def broken(document: dict[str, Any]) -> dict[str, Any]:
    """The document with violations: the net weight above the gross, and a
    column 5 count that is not the number of items."""
    out = copy.deepcopy(document)
    item = out["sheets"][0]["items"][0]
    item["net_kg"], item["gross_kg"] = item["gross_kg"], item["net_kg"]
    out["total_items"] = 3
    return out


@pytest.mark.parametrize("number", [numpy_number, decimal_number], ids=["numpy", "decimal"])
@pytest.mark.parametrize("name", ["dcd_1_items.json", "dcd_100_items.json"])
@pytest.mark.parametrize("violations", [False, True], ids=["clean", "broken"])
def test_numbers_and_dates_of_the_data_stack_read_as_json(
    number: Callable[[Any], Any], name: str, violations: bool
) -> None:
    document = json.loads(text(name))
    if violations:
        document = broken(document)
    from_json = validate("dcd", json.dumps(document, ensure_ascii=False), **OPTIONS)
    assert from_json.ok != violations
    mixed = converted(document, number)
    # the conversion reached the numbers and the dates
    assert isinstance(mixed["packages"], (np.int64, decimal.Decimal))
    assert isinstance(mixed["principal"]["deadline"], datetime.date)
    from_dict = validate("dcd", mixed, **OPTIONS)
    assert from_dict.to_json() == from_json.to_json()


@pytest.mark.parametrize(
    "value",
    [
        np.int8(24),
        np.uint16(24),
        np.int32(24),
        np.uint64(24),
        decimal.Decimal("24"),
        decimal.Decimal("24.000").to_integral_value(),
    ],
    ids=repr,
)
def test_integral_values_read_as_integers(value: Any) -> None:
    document = json.loads(text())
    expected = validate("dcd", json.dumps(document), **OPTIONS).to_json()
    document["packages"] = value
    assert validate("dcd", document, **OPTIONS).to_json() == expected


@pytest.mark.parametrize(
    "value",
    [
        np.float32(1480.0),
        np.float16(1480.0),
        np.int64(1480),
        decimal.Decimal("1480"),
        decimal.Decimal("1480.0"),
        decimal.Decimal("1.48E+3"),
    ],
    ids=repr,
)
def test_float_members_take_every_number(value: Any) -> None:
    document = json.loads(text())
    expected = validate("dcd", json.dumps(document), **OPTIONS).to_json()
    document["sheets"][0]["items"][0]["gross_kg"] = value
    assert validate("dcd", document, **OPTIONS).to_json() == expected


@pytest.mark.parametrize(
    ("patch", "path"),
    [
        # a bool is no number, numpy's neither
        ({"packages": np.bool_(True)}, "document.packages"),
        ({"packages": True}, "document.packages"),
        ({"exchange_rate": np.bool_(False)}, "document.exchange_rate"),
        # a Decimal an integer member cannot hold exactly
        ({"packages": decimal.Decimal("24.5")}, "document.packages"),
        ({"packages": decimal.Decimal("24.0")}, "document.packages"),  # 24.0 in JSON is a float too
        ({"packages": decimal.Decimal("1E+1")}, "document.packages"),
        ({"packages": decimal.Decimal(10**30)}, "document.packages"),
        ({"packages": decimal.Decimal(-(2**63) - 1)}, "document.packages"),
        ({"packages": np.float32(24.0)}, "document.packages"),
        # no NaN or infinity, in any type
        ({"exchange_rate": decimal.Decimal("NaN")}, "document.exchange_rate"),
        ({"exchange_rate": decimal.Decimal("sNaN")}, "document.exchange_rate"),
        ({"exchange_rate": decimal.Decimal("-Infinity")}, "document.exchange_rate"),
        ({"exchange_rate": np.float32("nan")}, "document.exchange_rate"),
        ({"exchange_rate": np.float64("inf")}, "document.exchange_rate"),
        # a longdouble would be rounded to a float
        ({"exchange_rate": np.longdouble("5.12")}, "document.exchange_rate"),
        # a datetime is not a date (its time would be lost), nor a date's text a number
        ({"place_and_date": {"date": datetime.datetime(2026, 3, 15)}}, "document.place_and_date.date"),
        ({"place_and_date": {"date": np.datetime64("2026-03-15")}}, "document.place_and_date.date"),
        ({"packages": datetime.date(2026, 3, 15)}, "document.packages"),
        # a number where the document has text
        ({"consignor": np.int64(5)}, "document.consignor"),
        ({"consignor": decimal.Decimal(5)}, "document.consignor"),
    ],
    ids=lambda p: repr(p)[:50],
)
def test_values_that_cannot_be_read_exactly_name_their_path(patch: dict[str, Any], path: str) -> None:
    document = {**json.loads(text()), **patch}
    with pytest.raises(InvalidDocument) as info:
        validate("dcd", document, **OPTIONS)
    assert info.value.path == path, str(info.value)


def test_a_decimal_subclass_is_not_read() -> None:
    class Money(decimal.Decimal):
        def __str__(self) -> str:
            return "1"

    document = {**json.loads(text()), "packages": Money(24)}
    with pytest.raises(InvalidDocument) as info:
        validate("dcd", document, **OPTIONS)
    assert info.value.path == "document.packages"
    assert "Money" in str(info.value)


def test_numbers_in_the_options_too() -> None:
    document = json.loads(text())
    expected = validate("dcd", document, **OPTIONS).to_json()
    rates: list[Any] = [np.float64(470.0), np.float32(470.0), np.int64(470), decimal.Decimal("470.0")]
    for rate in rates:
        got = validate("dcd", document, usd_rate=rate, reference=OPTIONS["reference"])
        assert got.to_json() == expected, repr(rate)
