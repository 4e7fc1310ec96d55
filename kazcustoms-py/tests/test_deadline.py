"""The 2000 km per month deadline rule: the shared vectors
(tests/vectors/deadline.json) and the Python view of a Report."""

from __future__ import annotations

import datetime
import json
import math
from typing import Any

import pytest

from kazcustoms._kinds import Lang
from kazcustoms import KazcustomsError, Report, Violation, check_deadline, delivery_deadline

from _vectors import day, label, load

DATA = load("deadline")
SPECIAL = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def km_of(value: Any) -> float:
    return SPECIAL[value] if isinstance(value, str) else float(value)


@pytest.mark.parametrize(
    "case",
    DATA["deadlines"],
    ids=[label(i, c["start"], c["km"]) for i, c in enumerate(DATA["deadlines"])],
)
def test_deadline_vector(case: dict[str, Any]) -> None:
    start = day(case["start"])
    for convention in ("calendar", "thirty_day"):
        got = delivery_deadline(start, case["km"], convention)
        assert got == day(case[convention]), convention
        # the limit itself is in time, the day after is not
        assert check_deadline(start, case["km"], got, convention).ok
        late = check_deadline(start, case["km"], got + datetime.timedelta(days=1), convention)
        assert [v.rule for v in late.violations] == ["TERM.LIMIT"]
    assert delivery_deadline(start, case["km"]) == day(case["calendar"])


@pytest.mark.parametrize(
    "case",
    DATA["checks"],
    ids=[label(i, c["start"], c["km"], c["proposed"]) for i, c in enumerate(DATA["checks"])],
)
def test_check_vector(case: dict[str, Any]) -> None:
    report = check_deadline(
        day(case["start"]), case["km"], day(case["proposed"]), case["convention"]
    )
    assert [v.rule for v in report.violations] == case["rules"]
    assert report.ok == all(v.severity != "error" for v in report.violations)
    assert report.ok == (not case["rules"])
    assert_json_matches_attributes(report)


@pytest.mark.parametrize(
    "bad",
    DATA["bad_distances"],
    ids=[label(i, b) for i, b in enumerate(DATA["bad_distances"])],
)
def test_bad_distance_is_an_input_error(bad: Any) -> None:
    km = km_of(bad)
    start = datetime.date(2026, 3, 1)
    with pytest.raises(KazcustomsError) as info:
        delivery_deadline(start, km)
    assert type(info.value) is KazcustomsError
    assert info.value.rule is None and info.value.kind is None
    with pytest.raises(KazcustomsError) as info:
        check_deadline(start, km, start, "thirty_day")
    assert type(info.value) is KazcustomsError
    assert info.value.rule is None


# --- the Python view ---------------------------------------------------------

START = datetime.date(2026, 3, 1)


def assert_json_matches_attributes(report: Report) -> None:
    assert json.loads(report.to_json()) == {
        "ok": report.ok,
        "lang": report.lang,
        "found": report.found,
        "truncated": report.truncated,
        "violations": [
            {
                "rule": v.rule,
                "field": v.field,
                "severity": v.severity,
                "message": v.message,
                "messages": v.messages,
                "source": v.source,
                "item": v.item,
                "sheet": v.sheet,
            }
            for v in report.violations
        ],
    }


def test_bad_convention_is_an_input_error() -> None:
    for bad in ("monthly", "Calendar", ""):
        with pytest.raises(KazcustomsError) as info:
            delivery_deadline(START, 100, bad)  # type: ignore[arg-type]
        assert type(info.value) is KazcustomsError and info.value.rule is None
        with pytest.raises(KazcustomsError):
            check_deadline(START, 100, START, bad)  # type: ignore[arg-type]


def test_int_and_float_distances_agree() -> None:
    assert delivery_deadline(START, 2000) == delivery_deadline(START, 2000.0)
    with pytest.raises(TypeError):
        delivery_deadline(START, "2000")  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_report_json_and_attributes(lang: Lang) -> None:
    late = check_deadline(START, 2000, datetime.date(2026, 4, 2), lang=lang)
    early = check_deadline(START, 2000, datetime.date(2026, 2, 28), lang=lang)
    fine = check_deadline(START, 2000, datetime.date(2026, 4, 1), lang=lang)
    for report in (late, early, fine):
        assert report.lang == lang
        assert_json_matches_attributes(report)
    assert fine.ok and fine.violations == ()
    assert fine.to_json() == (
        f'{{"ok":true,"lang":"{lang}","found":0,"truncated":false,"violations":[]}}'
    )
    (v,) = late.violations
    assert isinstance(v, Violation)
    assert (v.rule, v.field, v.severity, v.source) == ("TERM.LIMIT", "deadline", "error", "R1 §19")
    assert v.message == v.messages[lang]
    assert (v.item, v.sheet) == (None, None)
    assert [w.rule for w in early.violations] == ["TERM.BEFORE_START"]
    assert not late.ok and not early.ok


def test_messages_differ_across_languages_but_nothing_else() -> None:
    reports = {
        lang: check_deadline(START, 2000, datetime.date(2026, 4, 2), lang=lang)
        for lang in ("kk", "ru", "en")
    }
    views = [r.violations[0] for r in reports.values()]
    assert len({v.message for v in views}) == 3
    assert len({(v.rule, v.field, v.source, v.severity, v.item, v.sheet) for v in views}) == 1
    assert all(v.messages == views[0].messages for v in views)
    assert set(views[0].messages) == {"kk", "ru", "en"}
    # a Violation is compared with its language
    assert views[0] != views[1]
    same = check_deadline(START, 2000, datetime.date(2026, 4, 2), lang="kk").violations[0]
    assert same == reports["kk"].violations[0]
    assert hash(same) == hash(reports["kk"].violations[0])


def test_report_and_violation_are_frozen() -> None:
    report = check_deadline(START, 2000, datetime.date(2026, 4, 2))
    with pytest.raises(AttributeError):
        report.ok = True  # type: ignore[misc]
    with pytest.raises(AttributeError):
        report.violations[0].rule = "X"  # type: ignore[misc]
    # messages is a fresh dict: changing it changes nothing
    report.violations[0].messages["en"] = "changed"
    assert report.violations[0].messages["en"] != "changed"
    assert "TERM.LIMIT" in repr(report)
    with pytest.raises(TypeError):
        Report()


def test_bad_lang() -> None:
    with pytest.raises(KazcustomsError) as info:
        check_deadline(START, 2000, START, lang="de")  # type: ignore[arg-type]
    assert type(info.value) is KazcustomsError and info.value.rule is None
    with pytest.raises(KazcustomsError):
        delivery_deadline(START, 2000, lang="EN")  # type: ignore[arg-type]
