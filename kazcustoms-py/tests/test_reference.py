"""The monthly calculation index (МРП) by date and purpose: the shared
vectors (every file the index lists under "mrp", tests/vectors/mrp.json)
and what only the Python call can get wrong (the date's type, the default
purpose, the message language)."""

from __future__ import annotations

import datetime
import typing
from typing import Any

import pytest

from kazcustoms import KazcustomsError, mrp
from kazcustoms._kinds import Lang, MrpPurpose

from _vectors import day, indexed, label, load

LANGS: tuple[Lang, ...] = ("kk", "ru", "en")
FILES: list[tuple[str, Any]] = [(name, load(name)) for name in indexed("mrp")]
VALUES = [(name, case) for name, data in FILES for case in data["values"]]
ERRORS = [(name, case) for name, data in FILES for case in data["input_errors"]]


@pytest.mark.parametrize(
    "name,case",
    VALUES,
    ids=[label(i, n, c["date"], c["purpose"]) for i, (n, c) in enumerate(VALUES)],
)
def test_value(name: str, case: dict[str, Any]) -> None:
    date = day(case["date"])
    assert mrp(date, case["purpose"]) == case["expect"]
    assert mrp(date, purpose=case["purpose"]) == case["expect"]
    if case["purpose"] == "fees":
        assert mrp(date) == case["expect"], "fees is the default purpose"


@pytest.mark.parametrize(
    "name,case",
    ERRORS,
    ids=[label(i, n, c["date"], c["purpose"]) for i, (n, c) in enumerate(ERRORS)],
)
def test_input_error(name: str, case: dict[str, Any]) -> None:
    assert case["error"] == "invalid_argument"
    for lang in LANGS:
        with pytest.raises(KazcustomsError) as info:
            mrp(day(case["date"]), case["purpose"], lang=lang)
        assert type(info.value) is KazcustomsError
        assert info.value.rule is None and info.value.kind is None
        message = str(info.value)
        assert message
        for part in case.get("message_contains", []):
            assert part in message, (lang, message)


def test_the_files_purposes_are_the_literal_type() -> None:
    literal = [typing.get_args(t)[0] for t in typing.get_args(MrpPurpose)]
    for name, data in FILES:
        assert data["purposes"] == literal, name
    assert len(FILES) >= 1 and len(VALUES) > 20 and len(ERRORS) > 2


def test_messages_in_the_language_asked_for() -> None:
    after = datetime.date(2027, 1, 1)
    texts = {}
    for lang in LANGS:
        with pytest.raises(KazcustomsError) as info:
            mrp(after, "benefits", lang=lang)
        texts[lang] = str(info.value)
    assert "пособия и социальные выплаты" in texts["ru"]
    assert "benefits and social payments" in texts["en"]
    assert "жәрдемақылар" in texts["kk"]
    assert len(set(texts.values())) == 3


class Day(datetime.date):
    """A subclass of date that is not a datetime: still a day."""


@pytest.mark.parametrize(
    "bad",
    [datetime.datetime(2022, 6, 15, 12, 0), datetime.datetime(2022, 6, 15), "2022-06-15", None, 20220615],
    ids=["datetime", "datetime-midnight", "str", "None", "int"],
)
def test_the_date_is_a_date_not_a_datetime(bad: Any) -> None:
    with pytest.raises(TypeError) as info:
        mrp(bad)
    assert "datetime.date" in str(info.value)
    with pytest.raises(TypeError):
        mrp(bad, "benefits", lang="ru")


def test_a_date_subclass_is_a_date() -> None:
    assert mrp(Day(2022, 6, 15), "benefits") == 3180


@pytest.mark.parametrize("bad", [1, b"fees", None], ids=["int", "bytes", "None"])
def test_a_purpose_of_the_wrong_type_is_a_type_error(bad: Any) -> None:
    with pytest.raises(TypeError):
        mrp(datetime.date(2022, 6, 15), bad)


def test_an_unknown_language_is_an_input_error() -> None:
    with pytest.raises(KazcustomsError):
        mrp(datetime.date(2022, 6, 15), lang="de")  # type: ignore[arg-type]
