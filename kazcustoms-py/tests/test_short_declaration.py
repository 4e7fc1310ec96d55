"""The short declaration (SPEC §5): what is particular to the shared
vectors tests/vectors/short_declaration.json (the next working day after
each arrival is the hand-derived one, every SD.* rule is expected alone), as
the Rust harness (kazcustoms-core/tests/sd_vectors.rs) checks it; the file's
common sections are walked by test_vectors.py. Then the filing deadline
around Nauryz, languages and junk."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

import kazcustoms
from kazcustoms import InvalidDocument, KazcustomsError, Report, validate
from kazcustoms._kinds import DocumentKind, Lang

from _vectors import day, keywords, label, load, rule_set

VECTORS = load("short_declaration")
KIND: DocumentKind = "short_declaration"
LANGS: tuple[Lang, ...] = ("kk", "ru", "en")


def kw(case: dict[str, Any] | None = None) -> dict[str, Any]:
    return keywords(VECTORS["options"], (case or {}).get("options"))


def both(document: dict[str, Any], **options: Any) -> Report:
    from_dict = validate(KIND, document, **options)
    from_text = validate(KIND, json.dumps(document, ensure_ascii=False), **options)
    assert from_dict.to_json() == from_text.to_json()
    return from_dict


def sample() -> dict[str, Any]:
    """A fresh copy of the base document (the first valid case)."""
    document: dict[str, Any] = json.loads(json.dumps(VECTORS["valid"][0]["document"]))
    return document


def ids(section: list[dict[str, Any]]) -> list[str]:
    return [label(i, c["name"][:40]) for i, c in enumerate(section)]


# --- the shared vectors ------------------------------------------------------------


def test_vector_counts() -> None:
    assert len(VECTORS["valid"]) >= 45
    assert len(VECTORS["invalid"]) >= 90
    assert len(VECTORS["input_errors"]) >= 18
    assert len(VECTORS["deadlines"]) >= 13


@pytest.mark.parametrize("case", VECTORS["deadlines"], ids=lambda c: str(c["arrival"]))
def test_next_working_day_after_arrival(case: dict[str, Any]) -> None:
    # The filing deadline (ShortDeclaration::filing_deadline) is the first
    # working day after the arrival date.
    assert kazcustoms.next_working_day(day(case["arrival"])) == day(case["next_working_day"]), case["note"]


def test_every_sd_rule_is_expected_alone() -> None:
    expected = {r for c in VECTORS["invalid"] for r in c["rules"]}
    alone = {c["rules"][0] for c in VECTORS["invalid"] if len(c["rules"]) == 1}
    sd = {r for r in expected if r.startswith("SD.")}
    required = {r for r in sd if r.endswith(".REQUIRED")}
    assert len(required) == 18 and sd <= alone
    for rule in ("NUM.FORMAT", "NUM.DATE", "NUM.OFFICE", "NUM.SEQUENCE", "NUM.FUTURE"):
        assert rule in expected


# --- lateness around Nauryz 2026 -----------------------------------------------------


def filed(arrival: datetime.date, on: datetime.date) -> dict[str, Any]:
    document = sample()
    document["arrival_date"] = arrival.isoformat()
    document["declarant"]["date"] = on.isoformat()
    return document


@pytest.mark.parametrize(
    ("on", "late"),
    [
        (datetime.date(2026, 3, 20), False),  # the arrival day
        (datetime.date(2026, 3, 21), False),  # Saturday, before the deadline
        (datetime.date(2026, 3, 23), False),  # Nauryz
        (datetime.date(2026, 3, 25), False),  # the day off moved from Sunday 22
        (datetime.date(2026, 3, 26), False),  # Thursday, the next working day
        (datetime.date(2026, 3, 27), True),
        (datetime.date(2026, 3, 28), True),  # a day off after the deadline
    ],
    ids=str,
)
def test_goods_arriving_before_nauryz(on: datetime.date, late: bool) -> None:
    arrival = datetime.date(2026, 3, 20)  # Friday
    report = both(filed(arrival, on), **kw())
    assert rule_set(report) == (["SD.LATE"] if late else []), report.to_json()
    if late:
        v = report.violations[0]
        assert v.severity == "error" and v.source.startswith("R1")


def test_sd_late_follows_the_calendar_given() -> None:
    arrival, on = datetime.date(2026, 3, 20), datetime.date(2026, 3, 27)
    document = filed(arrival, on)
    # a decree making Thursday 26 a bridge day puts the deadline on Friday 27
    bridge = kazcustoms.Calendar(days_off=[datetime.date(2026, 3, 26)])
    assert bridge.next_working_day(arrival) == on
    assert both(document, **kw(), calendar=bridge).violations == ()
    # a working Saturday 21 March would make the filing on the 27th later still
    saturday = {"working_days": ["2026-03-21"]}
    assert rule_set(both(document, **kw(), calendar=saturday)) == ["SD.LATE"]
    assert rule_set(both(filed(arrival, datetime.date(2026, 3, 23)), **kw(), calendar=saturday)) == ["SD.LATE"]


# --- languages and junk ----------------------------------------------------------------


def test_messages_differ_by_language_and_nothing_else() -> None:
    seen = 0
    for case in VECTORS["invalid"]:
        reports = {lang: validate(KIND, case["document"], lang=lang, **kw(case)) for lang in LANGS}
        facts = {
            lang: [(v.rule, v.field, v.severity, v.source, v.item, v.sheet) for v in r.violations]
            for lang, r in reports.items()
        }
        assert facts["kk"] == facts["ru"] == facts["en"]
        for lang, report in reports.items():
            assert report.lang == lang
            assert all(v.message == v.messages[lang] for v in report.violations)
        seen += len(reports["en"].violations)
    assert seen >= 90


def test_empty_document() -> None:
    documents: list[dict[str, Any] | str] = [{}, "{}"]
    for document in documents:
        report = validate(KIND, document, **kw())
        assert not report.ok
        assert {"SD.1.REQUIRED", "SD.12.REQUIRED", "SD.TSW_NUMBER"} <= set(rule_set(report))


@pytest.mark.parametrize(
    ("patch", "path"),
    [
        ({"packages": -1}, "document.packages"),
        ({"packages": True}, "document.packages"),
        ({"packages": "27"}, "document.packages"),
        ({"weight_kg": float("nan")}, "document.weight_kg"),
        ({"arrival_date": datetime.datetime(2026, 10, 16, 9, 0)}, "document.arrival_date"),
        ({"arrival_date": "16.10.2026"}, "document.arrival_date"),
        ({"goods": {"name": "X"}}, "document.goods"),
        ({"filled_by": {"18": "driver"}}, "document.filled_by.18"),
        ({"filled_by": {"1": "captain"}}, "document.filled_by.1"),
        ({"carrier": {"type": "bicycle"}}, "document.carrier.type"),
        ({"colour": "red"}, "document.colour"),
        ({5: "X"}, "document.?"),
    ],
    ids=lambda p: repr(p)[:40],
)
def test_junk_values_name_their_path(patch: dict[Any, Any], path: str) -> None:
    document: dict[Any, Any] = {**sample(), **patch}
    with pytest.raises(InvalidDocument) as info:
        validate(KIND, document, **kw())
    assert info.value.path == path, str(info.value)


@pytest.mark.parametrize("junk", [None, [], 5, b"{}", object()], ids=lambda j: type(j).__name__)
def test_not_a_document(junk: Any) -> None:
    with pytest.raises(TypeError, match="document must be a dict or a str"):
        validate(KIND, junk)


def test_bad_options() -> None:
    with pytest.raises(KazcustomsError) as info:
        validate(KIND, sample(), offices=["1510"])
    assert info.value.rule is None
    # the keywords are read as the options JSON (InvalidDocument, 'options')
    unread: list[tuple[dict[str, Any], str]] = [({"reference": "22.11.2026"}, "options.reference"), ({"calendar": "{}"}, "options.calendar")]
    for options, path in unread:
        with pytest.raises(InvalidDocument) as bad:
            validate(KIND, sample(), **options)
        assert (bad.value.input, bad.value.path) == ("options", path)
    with pytest.raises(TypeError):
        validate(KIND, sample(), reference=object())  # type: ignore[arg-type]


def test_offices_null_means_no_directory() -> None:
    case = next(c for c in VECTORS["invalid"] if (c.get("options") or {}).get("offices", 0) is None)
    assert rule_set(validate(KIND, case["document"], **kw(case))) == case["rules"]
