"""Junk to every entry point: wrong types are TypeError, odd text is a
KazcustomsError (or a result); nothing crashes, hangs or leaks a panic."""

from __future__ import annotations

import datetime
import json
from typing import Any, Callable

import pytest

import kazcustoms
from kazcustoms._kinds import Lang, NumberKind
from kazcustoms import InvalidDocument, Journal, KazcustomsError

D = datetime.date(2026, 11, 22)

JUNK_TEXT = [
    "",
    " ",
    "\x00",
    "50101/15036/0004\x00",
    "\x0050101/15036/00042",
    "50101/15036/00042\x00",
    "🚚🚚🚚🚚🚚/15036/00042",
    "50101/15036/0004🚚",
    "5010é/15036/00042",
    "\ud800",
    "50101/15036/0004\udfff",
    "٥٠١٠١/١٥٠٣٦/٠٠٠٤٢",
    "50101/15036/00042" * 100_000,
    "9" * 1_000_000,
    "/" * 17,
    "-" * 16,
    "\u202e50101/15036/00042",
    "5" * 17,
]

NOT_STR: list[Any] = [None, 5, 5.0, b"50101/15036/00042", ["dcd"], object(), D]
NOT_DATE: list[Any] = [
    None,
    "2026-11-22",
    20261122,
    1.5,
    datetime.time(12, 0),
    datetime.timedelta(days=1),
    object(),
    # A datetime is not a date: its time would be dropped without a word.
    datetime.datetime(2026, 11, 22, 12, 0),
]


def raises_cleanly(call: Callable[[], object]) -> None:
    """The call returns, or raises KazcustomsError; nothing else."""
    try:
        call()
    except KazcustomsError as e:
        assert isinstance(str(e), str)


@pytest.mark.parametrize("text", JUNK_TEXT, ids=lambda t: repr(t)[:40])
@pytest.mark.parametrize("kind", kazcustoms.NUMBER_KINDS)
def test_parse_junk_text(kind: NumberKind, text: str) -> None:
    with pytest.raises(KazcustomsError):
        kazcustoms.parse_number(kind, text, D)
    langs: tuple[Lang, ...] = ("kk", "ru", "en")
    for lang in langs:
        raises_cleanly(lambda: kazcustoms.parse_number(kind, text, D, lang=lang))


@pytest.mark.parametrize("text", JUNK_TEXT, ids=lambda t: repr(t)[:40])
def test_junk_kind_lang_convention(text: Any) -> None:
    with pytest.raises(KazcustomsError):
        kazcustoms.parse_number(text, "50101/15036/00042", D)
    with pytest.raises(KazcustomsError):
        kazcustoms.parse_number("dcd", "50101/15036/00042", D, lang=text)
    with pytest.raises(KazcustomsError):
        kazcustoms.delivery_deadline(D, 100, text)
    with pytest.raises(KazcustomsError):
        kazcustoms.check_deadline(D, 100, D, text)
    with pytest.raises(KazcustomsError):
        kazcustoms.parse_number("dcd", "50101/15036/00042", D, offices=[text])
    with pytest.raises(KazcustomsError):
        Journal(text, "50101")
    with pytest.raises(KazcustomsError):
        Journal("dcd", text)
    # a tsw issuer is any run of six or more ASCII digits
    raises_cleanly(lambda: Journal("tsw", text))
    with pytest.raises(KazcustomsError):
        Journal.from_json(text)
    with pytest.raises(KazcustomsError):
        Journal("guarantee", "50101").issue(D, recipient=text)
    with pytest.raises(KazcustomsError):
        Journal("dcd", "50101").issue(D, recipient=text)


@pytest.mark.parametrize("text", JUNK_TEXT, ids=lambda t: repr(t)[:40])
def test_normalize_junk(text: str) -> None:
    try:
        out = kazcustoms.normalize(text)
    except UnicodeError:
        # a lone surrogate cannot be normalized into valid text
        assert any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    else:
        assert isinstance(out, str) and len(out) <= len(text)


@pytest.mark.parametrize("junk", NOT_STR, ids=lambda j: type(j).__name__)
def test_not_a_str_is_a_type_error(junk: Any) -> None:
    calls: list[Callable[[], object]] = [
        lambda: kazcustoms.parse_number(junk, "50101/15036/00042", D),
        lambda: kazcustoms.parse_number("dcd", junk, D),
        lambda: kazcustoms.parse_number("dcd", "50101/15036/00042", D, lang=junk),
        lambda: kazcustoms.normalize(junk),
        lambda: kazcustoms.delivery_deadline(D, 100, junk),
        lambda: kazcustoms.check_deadline(D, 100, D, junk),
        lambda: kazcustoms.check_deadline(D, 100, D, lang=junk),
        lambda: Journal(junk, "50101"),
        lambda: Journal("dcd", junk),
        lambda: Journal.from_json(junk),
        lambda: Journal("guarantee", "50101").issue(D, recipient=junk),
    ]
    for call in calls:
        if junk is None and call is calls[-1]:
            continue  # recipient=None means "no recipient", an input error
        with pytest.raises(TypeError):
            call()


@pytest.mark.parametrize("junk", NOT_DATE, ids=lambda j: type(j).__name__)
def test_not_a_date_is_a_type_error(junk: Any) -> None:
    calls: list[Callable[[], object]] = [
        lambda: kazcustoms.delivery_deadline(junk, 100),
        lambda: kazcustoms.check_deadline(junk, 100, D),
        lambda: kazcustoms.check_deadline(D, 100, junk),
        lambda: Journal("dcd", "50101").issue(junk),
    ]
    if junk is not None:  # reference=None means today
        calls.append(lambda: kazcustoms.parse_number("dcd", "50101/15036/00042", junk))
    for call in calls:
        with pytest.raises(TypeError):
            call()


@pytest.mark.parametrize(
    "km",
    [None, "100", [100], object(), complex(1, 1), True, False],
    ids=lambda k: f"{type(k).__name__}-{k!r}"[:30],
)
def test_not_a_number_distance_is_a_type_error(km: Any) -> None:
    with pytest.raises(TypeError):
        kazcustoms.delivery_deadline(D, km)
    with pytest.raises(TypeError):
        kazcustoms.check_deadline(D, km, D)


@pytest.mark.parametrize(
    "km", [1e300, 1e18, 9.3e18, 2.0**63, 1e15, 5e-4, 4.9999e-4, -0.0, 10**400]
)
def test_extreme_distances(km: Any) -> None:
    if isinstance(km, int):
        # An int too large for a float is a distance out of range.
        with pytest.raises(KazcustomsError):
            kazcustoms.delivery_deadline(D, km)
        return
    raises_cleanly(lambda: kazcustoms.delivery_deadline(D, km))
    raises_cleanly(lambda: kazcustoms.delivery_deadline(D, km, "thirty_day"))
    raises_cleanly(lambda: kazcustoms.check_deadline(D, km, D))


@pytest.mark.parametrize(
    "start", [datetime.date.min, datetime.date.max, datetime.date(9999, 12, 1)]
)
def test_extreme_dates(start: datetime.date) -> None:
    for km in (1, 2000, 1e6):
        for conv in ("calendar", "thirty_day"):
            raises_cleanly(lambda: kazcustoms.delivery_deadline(start, km, conv))
    raises_cleanly(lambda: kazcustoms.check_deadline(start, 1, start))
    for kind in kazcustoms.NUMBER_KINDS:
        raises_cleanly(lambda: kazcustoms.parse_number(kind, "50101/15036/00042", start))
    raises_cleanly(lambda: Journal("dcd", "50101").issue(start))


def test_number_dated_before_year_1() -> None:
    # With a reference date in years 1-9 the year digit can resolve to a year
    # before 1, which the core holds but datetime.date cannot: the number is
    # usable, reading its date is a ValueError.
    n = kazcustoms.parse_number("dcd", "50101/15036/00042", datetime.date.min)
    assert str(n) == "50101/15036/00042" and n.sequence == 42
    assert n == n and isinstance(hash(n), int)
    with pytest.raises(ValueError):
        _ = n.date


def test_deadline_out_of_python_date_range() -> None:
    # the core can count past year 9999; a Python date cannot hold it
    with pytest.raises((OverflowError, ValueError)):
        kazcustoms.delivery_deadline(datetime.date(9999, 12, 1), 4000)


def test_nested_and_huge_json_states() -> None:
    deep = "[" * 10_000 + "]" * 10_000
    deep_obj = '{"a":' * 10_000 + "1" + "}" * 10_000
    for text in (deep, deep_obj, "{" * 100_000, '"' + "x" * 1_000_000 + '"', "null", "{}", "[]"):
        with pytest.raises(KazcustomsError):
            Journal.from_json(text)
    state = {"format": 1, "kind": "dcd", "issuer": "50101", "last_sequence": 10**30,
             "last_date": "2026-01-01"}
    with pytest.raises(KazcustomsError):
        Journal.from_json(json.dumps(state))


def test_bools_are_not_numbers() -> None:
    # True is an int to Python, but not a number of days, a distance, a year
    # or a rate: each is refused, as JSON text would refuse `true`.
    with pytest.raises(TypeError, match="not bool"):
        kazcustoms.add_working_days(D, True)
    with pytest.raises(TypeError, match="not bool"):
        kazcustoms.Calendar().kurban_ait(True)
    with pytest.raises(TypeError, match="not bool"):
        kazcustoms.delivery_deadline(D, True)
    with pytest.raises(InvalidDocument) as info:
        kazcustoms.validate("dcd", {}, usd_rate=True)
    assert info.value.path == "options.usd_rate"
    for field in ("packages", "distance_km", "exchange_rate"):
        with pytest.raises(InvalidDocument) as info:
            kazcustoms.validate("dcd", {field: False})
        assert info.value.path == f"document.{field}"


def test_a_date_in_a_document_is_exactly_a_date() -> None:
    # A subclass of date could run Python code when its fields are read (or
    # lose a time, for a datetime): only datetime.date itself is read.
    class Day(datetime.date):
        def isoformat(self) -> str:
            raise AssertionError("no Python code runs while a document is read")

        @property
        def year(self) -> int:
            raise AssertionError("no Python code runs while a document is read")

    for odd in (Day(2026, 3, 15), datetime.datetime(2026, 3, 15, 9, 0)):
        with pytest.raises(InvalidDocument) as info:
            kazcustoms.validate("dcd", {"place_and_date": {"date": odd}})
        assert info.value.path == "document.place_and_date.date"
    report = kazcustoms.validate("dcd", {"place_and_date": {"place": "x", "date": datetime.date(2026, 3, 15)}})
    assert "DCD.54.REQUIRED" not in {v.rule for v in report.violations}
