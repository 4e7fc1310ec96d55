"""Registration numbers: the shared vectors (tests/vectors/numbers.json) and
the Python view of a Number (frozen, hashable, ordered, repr round trip)."""

from __future__ import annotations

import copy
import datetime
import pickle
from typing import Any

import pytest

import kazcustoms
from kazcustoms import InvalidDocument, InvalidNumber, KazcustomsError, Number, normalize, parse_number
from kazcustoms._kinds import NumberKind

from _vectors import day, label, load

DATA = load("numbers")
REFERENCE = day(DATA["reference"])
CASES = DATA["cases"]
VALID = [c for c in CASES if c["valid"]]
INVALID = [c for c in CASES if not c["valid"]]
GROUPS = ("office", "office_prefix", "recipient", "licence")


def parse_case(case: dict[str, Any], **kwargs: Any) -> Number:
    reference = day(case["reference"]) if case.get("reference") else REFERENCE
    offices = DATA["offices"] if case.get("use_offices") else None
    return parse_number(case["kind"], case["text"], reference, offices=offices, **kwargs)


def case_ids(cases: list[dict[str, Any]]) -> list[str]:
    return [label(i, c["kind"], c["text"]) for i, c in enumerate(cases)]


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_vector(case: dict[str, Any]) -> None:
    if case["valid"]:
        n = parse_case(case)
        assert str(n) == case["text"]
        assert n.kind == case["kind"]
        assert n.date == day(case["date"])
        assert n.sequence == case["sequence"]
        for group in GROUPS:
            assert getattr(n, group) == case[group], group
    else:
        with pytest.raises(InvalidNumber) as info:
            parse_case(case)
        assert type(info.value) is InvalidNumber
        assert info.value.rule == case["rule"]
        assert info.value.kind == case["kind"]


@pytest.mark.parametrize("case", VALID, ids=case_ids(VALID))
def test_valid_repr_round_trips(case: dict[str, Any]) -> None:
    n = parse_case(case)
    again = eval(repr(n), {"kazcustoms": kazcustoms, "datetime": datetime})
    assert again == n
    assert str(again) == case["text"]
    assert again.date == n.date
    assert pickle.loads(pickle.dumps(n)) == n


@pytest.mark.parametrize("case", INVALID, ids=case_ids(INVALID))
def test_invalid_messages_in_three_languages(case: dict[str, Any]) -> None:
    errors = {}
    for lang in ("kk", "ru", "en"):
        with pytest.raises(InvalidNumber) as info:
            parse_case(case, lang=lang)
        errors[lang] = info.value
    assert {e.rule for e in errors.values()} == {case["rule"]}
    assert {e.kind for e in errors.values()} == {case["kind"]}
    messages = [str(e) for e in errors.values()]
    assert len(set(messages)) == 3, messages
    assert all(m for m in messages)


@pytest.mark.parametrize(
    "case",
    DATA["normalize"],
    ids=[label(i, c["output"]) for i, c in enumerate(DATA["normalize"])],
)
def test_normalize(case: dict[str, Any]) -> None:
    assert normalize(case["input"]) == case["output"]


# --- the Python view of a Number ---------------------------------------------

D = datetime.date(2026, 11, 22)


def n(kind: NumberKind, text: str) -> Number:
    return parse_number(kind, text, D)


def test_groups_keep_leading_zeros() -> None:
    g = n("guarantee", "0042/031/10106/0003")
    assert (g.recipient, g.office_prefix, g.office, g.licence) == ("0042", "031", None, None)
    t = n("tsw", "000417/21116/000009")
    assert (t.licence, t.office, t.sequence) == ("000417", None, 9)
    e = n("escort", "0012-03101-05116")
    assert (e.office, e.sequence, e.date) == ("03101", 12, datetime.date(2026, 11, 5))
    assert isinstance(e.sequence, int) and isinstance(e.date, datetime.date)


def test_equality_and_hash() -> None:
    a = n("dcd", "50101/15036/00042")
    b = n("dcd", "50101/15036/00042")
    assert a == b and not (a != b)
    assert hash(a) == hash(b)
    assert a is not b
    assert len({a, b, n("dcd", "50101/15036/00043")}) == 2
    # same text, another kind: another number
    assert n("security", "50101/15036/00042") != a
    # same text, another year: another number
    assert parse_number("dcd", "50101/15036/00042", datetime.date(2017, 1, 1)) != a
    assert a != "50101/15036/00042"
    assert (a == "50101/15036/00042") is False


def test_ordering_follows_the_core() -> None:
    # The core orders by kind (in NUMBER_KINDS order), then the date, then the
    # groups in their field order, then the sequence.
    texts: list[tuple[NumberKind, str]] = [
        ("security", "62001/29024/00007"),
        ("dcd", "50101/15036/00042"),
        ("dcd", "50101/15036/00041"),
        ("dcd", "03101/15036/00099"),
        ("dcd", "99999/14036/00001"),
        ("guarantee", "0042/501/10106/0003"),
        ("guarantee", "0041/501/10106/0004"),
        ("guarantee", "0001/502/10106/0001"),
        ("tsw", "000417/21116/000009"),
        ("escort", "0012-50101-05116"),
        ("short_declaration", "50101/01016/000123"),
        ("dcd", "50101/31127/00100"),
    ]
    numbers = [n(k, t) for k, t in texts]

    def key(x: Number) -> tuple[Any, ...]:
        groups = {
            "guarantee": (x.office_prefix, x.recipient),
            "tsw": (x.licence,),
        }.get(x.kind, (x.office,))
        return (kazcustoms.NUMBER_KINDS.index(x.kind), x.date, groups, x.sequence)

    assert sorted(numbers) == sorted(numbers, key=key)
    a, b = n("dcd", "50101/15036/00041"), n("dcd", "50101/15036/00042")
    assert a < b and a <= b and b > a and b >= a and a <= a and a >= a
    assert not (b < a)
    assert n("dcd", "99999/01016/00001") < n("guarantee", "0001/501/01017/0001")
    with pytest.raises(TypeError):
        _ = a < "50101/15036/00042"  # type: ignore[operator]


def test_frozen() -> None:
    a = n("dcd", "50101/15036/00042")
    for attr in ("kind", "date", "sequence", "office", "office_prefix", "recipient", "licence"):
        with pytest.raises(AttributeError):
            setattr(a, attr, None)
    with pytest.raises(AttributeError):
        a.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        del a.sequence
    assert str(a) == "50101/15036/00042"


def test_no_public_constructor() -> None:
    with pytest.raises(TypeError):
        Number()


def test_repr_uses_the_number_date_as_reference() -> None:
    a = n("dcd", "50101/15036/00042")
    assert repr(a) == (
        "kazcustoms.parse_number('dcd', '50101/15036/00042', "
        "reference=datetime.date(2026, 3, 15))"
    )
    old = parse_number("dcd", "59001/31127/00100", D)
    assert old.date == datetime.date(2017, 12, 31)
    assert "datetime.date(2017, 12, 31)" in repr(old)
    assert eval(repr(old), {"kazcustoms": kazcustoms, "datetime": datetime}) == old


def test_copy_and_pickle() -> None:
    a = n("guarantee", "0042/501/10106/0003")
    assert copy.copy(a) == a
    assert copy.deepcopy(a) == a
    assert pickle.loads(pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)) == a


def test_reference_defaults_to_today() -> None:
    today = datetime.date.today()
    text = f"50101/{today.day:02d}{today.month:02d}{today.year % 10}/00001"
    assert parse_number("dcd", text).date == today
    assert parse_number("dcd", text, None).date == today
    tomorrow = today + datetime.timedelta(days=1)
    text = f"50101/{tomorrow.day:02d}{tomorrow.month:02d}{tomorrow.year % 10}/00001"
    with pytest.raises(InvalidNumber) as info:
        parse_number("dcd", text)
    assert info.value.rule in ("NUM.FUTURE", "NUM.DATE")


def test_reference_refuses_a_datetime_and_is_not_cached_wrongly() -> None:
    # The binding remembers the last reference date by identity; a different
    # date object must be converted afresh.
    first = datetime.date(2026, 11, 22)
    second = datetime.date(2017, 1, 1)
    text = "50101/15036/00042"
    assert parse_number("dcd", text, first).date.year == 2026
    assert parse_number("dcd", text, second).date.year == 2016
    assert parse_number("dcd", text, first).date.year == 2026
    # A datetime is not a date, even just after a date was remembered.
    dt = datetime.datetime(2026, 11, 22, 23, 59)
    with pytest.raises(TypeError, match="datetime"):
        parse_number("dcd", text, dt)


def test_offices_directory() -> None:
    offices = ["50101", "62001"]
    assert n("dcd", "50101/15036/00042").office == "50101"
    ok = parse_number("dcd", "50101/15036/00042", D, offices=offices)
    assert ok.office == "50101"
    for it in (tuple(offices), set(offices), iter(offices), (o for o in offices)):
        assert parse_number("dcd", "62001/15036/00042", D, offices=it).office == "62001"
    with pytest.raises(InvalidNumber) as info:
        parse_number("dcd", "50102/15036/00042", D, offices=offices)
    assert info.value.rule == "NUM.OFFICE"
    with pytest.raises(InvalidNumber) as info:
        parse_number("guarantee", "0042/502/10106/0003", D, offices=offices)
    assert info.value.rule == "NUM.OFFICE"
    # a bad code in the directory is an input error, not a violation
    for bad in (["5010"], ["00000"], ["50101", "abcde"]):
        with pytest.raises(KazcustomsError) as err:
            parse_number("dcd", "50101/15036/00042", D, offices=bad)
        assert type(err.value) is KazcustomsError
        assert err.value.rule is None
    # offices are read as validate's offices= (the options' member), so a
    # value that is not a list of str fails as it does there
    wrong: list[tuple[Any, str]] = [("50101", "options.offices"), ([50101], "options.offices[0]"), (5, "options.offices")]
    for value, path in wrong:
        with pytest.raises(InvalidDocument) as unread:
            parse_number("dcd", "50101/15036/00042", D, offices=value)
        assert (unread.value.input, unread.value.path) == ("options", path)
        with pytest.raises(InvalidDocument) as same:
            kazcustoms.validate("dcd", {}, offices=value)
        assert str(same.value) == str(unread.value)
    with pytest.raises(TypeError, match="offices must be a value JSON can hold"):
        parse_number("dcd", "50101/15036/00042", D, offices=b"50101")  # type: ignore[arg-type]


def test_kinds() -> None:
    assert kazcustoms.NUMBER_KINDS == (
        "dcd",
        "guarantee",
        "short_declaration",
        "tsw",
        "escort",
        "security",
    )
    with pytest.raises(KazcustomsError) as info:
        parse_number("DCD", "50101/15036/00042", D)  # type: ignore[arg-type]
    assert type(info.value) is KazcustomsError
    assert info.value.rule is None and info.value.kind is None
