"""Working days of Kazakhstan (SPEC §13): the shared vectors
tests/vectors/calendar.json checked as the Rust harness
(kazcustoms-core/tests/calendar_vectors.rs) checks them — facts, next
working day, n working days after, working days between, and the
overrides — through Calendar and the module-level shortcuts; then the
Python side: the value (==, hash, pickle, repr), DayKind, languages,
junk arguments, dates Python cannot hold, and the calendar= keyword of
validate."""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import threading
import types
from collections import OrderedDict
from typing import Any

import pytest

import kazcustoms
from kazcustoms._kinds import Lang
from kazcustoms import Calendar, DayKind, InvalidDocument, KazcustomsError

from _vectors import day, keywords, label, load, rule_set

VECTORS = load("calendar")
BUILTIN = Calendar()
LANGS: tuple[Lang, ...] = ("kk", "ru", "en")


def check_fact(cal: Calendar, fact: dict[str, Any]) -> None:
    d = day(fact["date"])
    kind = cal.day_kind(d)
    assert cal.is_working_day(d) is fact["working"], fact
    assert kind.kind == fact["kind"], (fact, kind)
    assert kind.is_working is fact["working"], fact
    if "name" in fact:
        assert kind.kind == "holiday"
        assert kind.text == fact["name"], (fact, kind)
        texts = kind.texts
        assert texts is not None and texts["en"] == fact["name"]
    if kind.kind in ("holiday", "moved_day_off"):
        assert kind.text and kind.texts is not None and set(kind.texts) == set(LANGS)
    else:
        assert kind.text is None and kind.texts is None


def check_next(cal: Calendar, case: dict[str, Any]) -> None:
    assert cal.next_working_day(day(case["date"])) == day(case["expect"]), case


def check_add(cal: Calendar, case: dict[str, Any]) -> None:
    d, n = day(case["date"]), case["n"]
    if "expect" in case:
        assert cal.add_working_days(d, n) == day(case["expect"]), case
    else:
        assert case["expect_error"] == "input"
        with pytest.raises(KazcustomsError) as info:
            cal.add_working_days(d, n)
        assert info.value.rule is None and not isinstance(info.value, InvalidDocument)


def check_between(cal: Calendar, case: dict[str, Any]) -> None:
    got = cal.working_days_between(day(case["from"]), day(case["to"]))
    assert got == case["expect"], case


# --- the shared vectors, on the built-in calendar ------------------------------------


def test_verified_and_supported_years() -> None:
    assert BUILTIN.verified_years == tuple(VECTORS["verified_years"])
    assert BUILTIN.supported_years == tuple(VECTORS["supported_years"])
    for year in VECTORS["verified_years"]:
        assert BUILTIN.is_verified(year)
        kurban = BUILTIN.kurban_ait(year)
        assert kurban is not None and kurban.year == year
        assert BUILTIN.day_kind(kurban).kind == "holiday"
    assert not BUILTIN.is_verified(2027) and BUILTIN.kurban_ait(2027) is None


def test_vector_counts() -> None:
    assert len(VECTORS["facts"]) >= 200
    assert len(VECTORS["overrides"]) >= 10
    total = sum(len(VECTORS[k]) for k in ("facts", "next_working_day", "add_working_days", "working_days_between"))
    assert total > 250


@pytest.mark.parametrize(
    "fact", VECTORS["facts"], ids=[label(i, f["date"], f["kind"]) for i, f in enumerate(VECTORS["facts"])]
)
def test_facts(fact: dict[str, Any]) -> None:
    check_fact(BUILTIN, fact)
    # the shortcut answers from the same built-in calendar
    assert kazcustoms.is_working_day(day(fact["date"])) is fact["working"]


@pytest.mark.parametrize("case", VECTORS["next_working_day"], ids=lambda c: str(c["date"]))
def test_next_working_day(case: dict[str, Any]) -> None:
    check_next(BUILTIN, case)
    assert kazcustoms.next_working_day(day(case["date"])) == day(case["expect"])


@pytest.mark.parametrize(
    "case", VECTORS["add_working_days"], ids=lambda c: f"{c['date']}+{c['n']}"
)
def test_add_working_days(case: dict[str, Any]) -> None:
    check_add(BUILTIN, case)
    if "expect" in case:
        assert kazcustoms.add_working_days(day(case["date"]), case["n"]) == day(case["expect"])
        # always working_days_between(date, result) == n
        result = day(case["expect"])
        assert BUILTIN.working_days_between(day(case["date"]), result) == case["n"]


@pytest.mark.parametrize(
    "case", VECTORS["working_days_between"], ids=lambda c: f"{c['from']}..{c['to']}"
)
def test_working_days_between(case: dict[str, Any]) -> None:
    check_between(BUILTIN, case)
    start, end = day(case["from"]), day(case["to"])
    assert kazcustoms.working_days_between(start, end) == case["expect"]
    assert kazcustoms.working_days_between(end, start) == -case["expect"]


# --- the overrides ---------------------------------------------------------------------


def constructor_form(overrides: dict[str, Any]) -> Calendar:
    """The same changes through the keywords of Calendar()."""
    return Calendar(
        days_off=[day(d) for d in overrides.get("days_off", [])],
        working_days=[day(d) for d in overrides.get("working_days", [])],
        kurban_ait={int(y): day(d) for y, d in overrides.get("kurban_ait", {}).items()},
    )


@pytest.mark.parametrize(
    "case", VECTORS["overrides"], ids=[label(i, c.get("note", "")[:40]) for i, c in enumerate(VECTORS["overrides"])]
)
def test_overrides(case: dict[str, Any]) -> None:
    overrides = case["overrides"]
    text = json.dumps(overrides)
    if case.get("expect_error") == "input":
        for given in (overrides, text, types.MappingProxyType(overrides)):
            with pytest.raises(KazcustomsError) as info:
                Calendar.from_overrides(given)
            assert info.value.rule is None
            e = info.value
            if isinstance(e, InvalidDocument):
                assert e.path is not None and e.path.startswith("calendar")
        # validate's calendar= refuses them the same way
        with pytest.raises(KazcustomsError):
            kazcustoms.validate("short_declaration", {}, calendar=overrides)
        return
    cal = Calendar.from_overrides(overrides)
    assert Calendar.from_overrides(text) == cal
    assert Calendar.from_overrides(types.MappingProxyType(overrides)) == cal
    assert constructor_form(overrides) == cal
    for fact in case.get("facts", []):
        check_fact(cal, fact)
    for c in case.get("next_working_day", []):
        check_next(cal, c)
    for c in case.get("add_working_days", []):
        check_add(cal, c)
    for c in case.get("working_days_between", []):
        check_between(cal, c)
    # the built-in calendar is not changed by anyone's overrides
    for fact in VECTORS["facts"][:20]:
        check_fact(Calendar(), fact)


def test_overrides_error_paths_and_words() -> None:
    with pytest.raises(InvalidDocument) as unknown:
        Calendar.from_overrides({"holidays": ["2027-01-08"]})
    assert unknown.value.path == "calendar.holidays"
    with pytest.raises(InvalidDocument) as bad_date:
        Calendar.from_overrides({"days_off": ["2027-01-08", "2027-13-01"]})
    assert bad_date.value.path == "calendar.days_off[1]"
    with pytest.raises(InvalidDocument) as text_date:
        Calendar.from_overrides('{"days_off": ["2027-13-01"]}')
    assert text_date.value.path == "calendar.days_off[0]"
    with pytest.raises(KazcustomsError, match="вне диапазона календаря"):
        Calendar.from_overrides({"days_off": ["2100-01-04"]}, lang="ru")
    with pytest.raises(KazcustomsError, match="not in 2027"):
        Calendar(kurban_ait={2027: datetime.date(2028, 5, 5)})
    with pytest.raises(KazcustomsError, match="both as a day off and as a working day"):
        Calendar(days_off=[datetime.date(2027, 1, 8)], working_days=[datetime.date(2027, 1, 8)])
    with pytest.raises(KazcustomsError):
        Calendar(kurban_ait={10**12: datetime.date(2027, 5, 5)})


# --- the value ---------------------------------------------------------------------------

O_2027 = {"days_off": ["2027-01-08"], "working_days": ["2027-01-09"], "kurban_ait": {"2027": "2027-05-17"}}


def test_value_semantics() -> None:
    a = Calendar.from_overrides(O_2027)
    b = Calendar(
        working_days=(datetime.date(2027, 1, 9),),
        days_off=iter([datetime.date(2027, 1, 8), datetime.date(2027, 1, 8)]),
        kurban_ait=OrderedDict({2027: datetime.date(2027, 5, 17)}),
    )
    assert a == b and hash(a) == hash(b) and len({a, b, Calendar()}) == 2
    assert a != Calendar() and a != O_2027
    assert Calendar() == Calendar(days_off=[], working_days=[], kurban_ait={}) == Calendar.from_overrides({})
    assert a.overrides == O_2027
    assert Calendar().overrides == {"days_off": [], "working_days": [], "kurban_ait": {}}
    a.overrides["days_off"].append("2027-01-11")  # a new dict each time
    assert a.overrides == O_2027
    for cal in (a, Calendar()):
        again = pickle.loads(pickle.dumps(cal))
        assert again == cal and hash(again) == hash(cal)
        assert eval(repr(cal), {"kazcustoms": kazcustoms}) == cal
        assert copy.deepcopy(cal) == cal
    assert repr(Calendar()) == "kazcustoms.Calendar()"
    with pytest.raises(AttributeError):
        a.verified_years = ()  # type: ignore[misc]
    # the changes do not make a year verified
    assert not a.is_verified(2027) and a.verified_years == BUILTIN.verified_years
    assert a.kurban_ait(2027) == datetime.date(2027, 5, 17)


def test_day_kind_value_and_languages() -> None:
    new_year = datetime.date(2026, 1, 1)
    assert BUILTIN.day_kind(new_year, lang="kk").text == "Жаңа жыл"
    assert BUILTIN.day_kind(new_year, lang="ru").text == "Новый год"
    nauryz = datetime.date(2026, 3, 23)
    kinds = {lang: BUILTIN.day_kind(nauryz, lang=lang) for lang in LANGS}
    assert {k.kind for k in kinds.values()} == {"holiday"}
    for lang, k in kinds.items():
        assert k.lang == lang and k.texts is not None and k.text == k.texts[lang]
        assert k.texts == kinds["en"].texts
    assert kinds["en"].text == "Nauryz"
    assert kinds["en"] != kinds["ru"]  # the language is part of the value
    assert BUILTIN.day_kind(nauryz) == kinds["en"] and hash(BUILTIN.day_kind(nauryz)) == hash(kinds["en"])
    assert repr(kinds["en"]) == '<DayKind holiday "Nauryz">'
    weekend = BUILTIN.day_kind(datetime.date(2026, 3, 28))
    assert (weekend.kind, weekend.is_working, weekend.text) == ("weekend", False, None)
    assert repr(weekend) == "<DayKind weekend>"
    moved = BUILTIN.day_kind(datetime.date(2026, 3, 24), lang="ru")
    assert moved.kind == "moved_day_off" and moved.text is not None and "21.03.2026" in moved.text
    working_saturday = BUILTIN.day_kind(datetime.date(2024, 5, 4))
    assert (working_saturday.kind, working_saturday.is_working) == ("moved_working_day", True)
    assert isinstance(weekend, DayKind)
    with pytest.raises(AttributeError):
        weekend.kind = "working"  # type: ignore[misc]
    # the reason given for a caller's day off
    bridge = Calendar(days_off=[datetime.date(2027, 1, 8)]).day_kind(datetime.date(2027, 1, 8))
    assert bridge.kind == "moved_day_off" and bridge.text == "day off set by the caller"


def test_example_of_the_module_docs() -> None:
    d = datetime.date
    assert not kazcustoms.is_working_day(d(2026, 3, 23))
    assert not kazcustoms.is_working_day(d(2026, 3, 24))
    assert kazcustoms.next_working_day(d(2026, 3, 20)) == d(2026, 3, 26)
    assert kazcustoms.add_working_days(d(2026, 3, 20), 2) == d(2026, 3, 27)
    assert kazcustoms.working_days_between(d(2026, 3, 20), d(2026, 3, 31)) == 4
    assert kazcustoms.add_working_days(d(2026, 3, 21), 0) == d(2026, 3, 21)
    # the arguments by name, too
    assert kazcustoms.add_working_days(date=d(2026, 3, 20), n=2) == d(2026, 3, 27)
    assert kazcustoms.working_days_between(start=d(2026, 3, 20), end=d(2026, 3, 31)) == 4
    assert BUILTIN.day_kind(date=d(2026, 3, 23), lang="kk").kind == "holiday"
    assert Calendar.from_overrides(overrides={}) == BUILTIN


# --- junk ---------------------------------------------------------------------------------


def test_dates_outside_python_or_the_calendar() -> None:
    # only Saturday and Sunday outside 2013–2099, to the ends of datetime.date
    for d in (datetime.date.min, datetime.date(2100, 1, 1), datetime.date(9999, 12, 30)):
        assert BUILTIN.is_working_day(d) == (d.weekday() < 5)
        assert BUILTIN.day_kind(d).kind in ("working", "weekend")
    assert BUILTIN.next_working_day(datetime.date.min) == datetime.date(1, 1, 2)
    # Friday 31 December 9999: the next working day is past datetime.date
    with pytest.raises(KazcustomsError) as info:
        kazcustoms.next_working_day(datetime.date.max)
    assert info.value.rule is None and "datetime.date" in str(info.value)
    with pytest.raises(KazcustomsError, match="datetime.date"):
        BUILTIN.next_working_day(datetime.date.max, lang="kk")
    # counting across the whole range of datetime.date
    assert BUILTIN.working_days_between(datetime.date.min, datetime.date.max) > 2_600_000
    for d, n in ((datetime.date(2012, 12, 31), 1), (datetime.date(2099, 12, 30), 5), (datetime.date.max, 1)):
        with pytest.raises(KazcustomsError):
            kazcustoms.add_working_days(d, n)
    # a datetime is not a date (its time would be dropped); a subclass of date is one
    with pytest.raises(TypeError, match=r"not datetime \(pass its \.date\(\)\)"):
        kazcustoms.is_working_day(datetime.datetime(2026, 3, 23, 12, 0))

    class Day(datetime.date):
        pass

    assert kazcustoms.is_working_day(Day(2026, 3, 23)) is False


@pytest.mark.parametrize("n", [-1, 2**32, 10**30])
def test_bad_counts(n: int) -> None:
    with pytest.raises(KazcustomsError) as info:
        kazcustoms.add_working_days(datetime.date(2026, 3, 20), n)
    assert info.value.rule is None
    with pytest.raises(KazcustomsError, match="число рабочих дней"):
        BUILTIN.add_working_days(datetime.date(2026, 3, 20), n, lang="ru")


@pytest.mark.parametrize("n", [1.0, "1", None, 1.5])
def test_count_of_the_wrong_type(n: Any) -> None:
    with pytest.raises(TypeError):
        kazcustoms.add_working_days(datetime.date(2026, 3, 20), n)


@pytest.mark.parametrize("junk", [None, "2026-03-23", 20260323, datetime.time(12, 0)])
def test_dates_of_the_wrong_type(junk: Any) -> None:
    for call in (
        lambda: kazcustoms.is_working_day(junk),
        lambda: kazcustoms.next_working_day(junk),
        lambda: kazcustoms.add_working_days(junk, 1),
        lambda: kazcustoms.working_days_between(junk, datetime.date(2026, 3, 1)),
        lambda: BUILTIN.day_kind(junk),
    ):
        with pytest.raises(TypeError):
            call()


@pytest.mark.parametrize(
    "kw",
    [
        {"days_off": "2027-01-08"},
        {"days_off": ["2027-01-08"]},
        {"days_off": [None]},
        {"days_off": 5},
        {"working_days": [20270109]},
        {"kurban_ait": [2027]},
        {"kurban_ait": {"2027": datetime.date(2027, 5, 17)}},
        {"kurban_ait": {2027: "2027-05-17"}},
        {"lang": None},
    ],
    ids=lambda kw: repr(kw)[:40],
)
def test_constructor_junk(kw: dict[str, Any]) -> None:
    with pytest.raises(TypeError):
        Calendar(**kw)


@pytest.mark.parametrize("junk", [None, 5, ["2027-01-08"], b"{}", {"days_off": "2027-01-08"}])
def test_from_overrides_junk(junk: Any) -> None:
    with pytest.raises((TypeError, InvalidDocument)) as info:
        Calendar.from_overrides(junk)
    if isinstance(info.value, InvalidDocument):
        # the changes on their own are the input 'calendar'
        assert info.value.input == "calendar"
        assert info.value.path is not None and info.value.path.startswith("calendar")
    else:
        assert type(junk) in (type(None), int, bytes, list)  # neither a mapping nor a str


def test_from_overrides_names_the_path() -> None:
    with pytest.raises(InvalidDocument) as info:
        Calendar.from_overrides({"days_off": ["2027-01-08", "8 January"]}, lang="ru")
    assert (info.value.input, info.value.path) == ("calendar", "calendar.days_off[1]")
    with pytest.raises(InvalidDocument) as text:
        Calendar.from_overrides('{"days_off": ["2027-01-08", "8 January"]}', lang="ru")
    assert (text.value.input, text.value.path) == ("calendar", "calendar.days_off[1]")


def test_bad_language() -> None:
    for call in (
        lambda: Calendar(lang="de"),  # type: ignore[arg-type]
        lambda: BUILTIN.day_kind(datetime.date(2026, 3, 23), lang="de"),  # type: ignore[arg-type]
        lambda: kazcustoms.next_working_day(datetime.date(2026, 3, 23), lang="EN"),  # type: ignore[arg-type]
        lambda: Calendar.from_overrides({}, lang="fr"),  # type: ignore[arg-type]
    ):
        with pytest.raises(KazcustomsError) as info:
            call()
        assert info.value.rule is None


def test_threads_share_a_calendar() -> None:
    cal = Calendar.from_overrides(O_2027)
    cases = VECTORS["next_working_day"]
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(50):
                for c in cases:
                    check_next(BUILTIN, c)
                assert not cal.is_working_day(datetime.date(2027, 1, 8))
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[0]


# --- validate(..., calendar=...) ---------------------------------------------------------

SD = load("short_declaration")


def late_filing() -> tuple[dict[str, Any], dict[str, Any]]:
    """The short declaration of goods that arrived on Friday 20 March 2026,
    filed on Friday 27 March: late (the next working day is Thursday 26)."""
    case = next(c for c in SD["invalid"] if c["name"].startswith("arrived 2026-03-20 (Fri), filed 2026-03-27"))
    assert case["rules"] == ["SD.LATE"]
    return case["document"], keywords(SD["options"], case.get("options"))


def test_calendar_keyword_changes_sd_late() -> None:
    document, kw = late_filing()
    assert rule_set(kazcustoms.validate("short_declaration", document, **kw)) == ["SD.LATE"]
    # with Thursday 26 March made a day off, Friday 27 is the next working day
    bridge = Calendar(days_off=[datetime.date(2026, 3, 26)])
    assert kazcustoms.validate("short_declaration", document, **kw, calendar=bridge).violations == ()
    as_mapping = {"days_off": ["2026-03-26"]}
    assert kazcustoms.validate("short_declaration", document, **kw, calendar=as_mapping).violations == ()
    assert kazcustoms.validate("short_declaration", json.dumps(document), **kw, calendar=as_mapping).violations == ()
    assert kazcustoms.validate("short_declaration", document, **kw, calendar=types.MappingProxyType(as_mapping)).ok
    # the built-in calendar, given or not, changes nothing
    builtin: list[Calendar | dict[str, Any] | None] = [Calendar(), {}, None]
    for given in builtin:
        report = kazcustoms.validate("short_declaration", document, **kw, calendar=given)
        assert rule_set(report) == ["SD.LATE"]


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        # read as the "calendar" member of the options JSON, as in C
        ("{}", InvalidDocument),
        (["2026-03-26"], InvalidDocument),
        (5, InvalidDocument),
        ({"holidays": []}, InvalidDocument),
        ({"days_off": ["2100-01-04"]}, KazcustomsError),
        ({"days_off": [datetime.datetime(2026, 3, 26, 9, 0)]}, InvalidDocument),
        # a value of no JSON type at the keyword itself
        (object(), TypeError),
        (b"{}", TypeError),
    ],
    ids=lambda b: repr(b)[:40],
)
def test_calendar_keyword_junk(bad: Any, error: type[BaseException]) -> None:
    document, kw = late_filing()
    with pytest.raises(error) as info:
        kazcustoms.validate("short_declaration", document, **kw, calendar=bad)
    assert type(info.value) is error
    if isinstance(info.value, InvalidDocument):
        assert info.value.input == "options"
        assert info.value.path is not None and info.value.path.startswith("options.calendar")
