"""The end of internal transit (SPEC §3, §9; R1 §34–§35): what is
particular to the shared vectors tests/vectors/arrival.json, checked as the
Rust harness (kazcustoms-core/tests/arrival_vectors.rs) checks it — each
arrival through register_arrival (registered, state, delivery date,
deadline, timeliness, stamp texts, the annex 9 journal row: the ``expect``
records) and the DCD lifecycle scenarios through arrival — then the
ArrivalRecord value and export_journal (CSV and JSON, languages, junk). The
file's common sections (arrivals and certificates validated, input errors)
are walked by test_vectors.py."""

from __future__ import annotations

import csv
import datetime
import io
import json
from typing import Any

import pytest

import kazcustoms
from kazcustoms._kinds import DocumentKind, JournalKind, Lang
from kazcustoms import (
    ArrivalRecord,
    InvalidDocument,
    KazcustomsError,
    Report,
    TransitionError,
    export_journal,
    register_arrival,
    validate,
)

from _vectors import day, keywords, label, load, rule_set

VECTORS = load("arrival")
# The arrival cases (the file's own kind; the others are certificates).
ARRIVALS_VALID = [c for c in VECTORS["valid"] if c.get("kind", VECTORS["kind"]) == "arrival"]
ARRIVALS_INVALID = [c for c in VECTORS["invalid"] if c.get("kind", VECTORS["kind"]) == "arrival"]
LANGS: tuple[Lang, ...] = ("kk", "ru", "en")


def kw(case: dict[str, Any] | None = None) -> dict[str, Any]:
    return keywords(VECTORS["options"], (case or {}).get("options"))


def both(kind: DocumentKind, document: dict[str, Any], **options: Any) -> Report:
    from_dict = validate(kind, document, **options)
    from_text = validate(kind, json.dumps(document, ensure_ascii=False), **options)
    assert from_dict.to_json() == from_text.to_json()
    return from_dict


def ids(section: list[dict[str, Any]]) -> list[str]:
    return [label(i, c["name"][:40]) for i, c in enumerate(section)]


def journal_row(entry: dict[str, Any]) -> list[str]:
    """The annex 9 row of one entry, cells in the annex's column order."""
    table = json.loads(export_journal("arrivals", [entry], format="json"))
    (row,) = table["rows"]
    assert list(row) == table["headers"]
    return list(row.values())


def check_expect(case: dict[str, Any]) -> None:
    """The registration itself against the case's `expect`."""
    expect = case["expect"]
    record = register_arrival(case["document"], **kw(case))
    again = register_arrival(json.dumps(case["document"], ensure_ascii=False), **kw(case))
    assert record.to_json() == again.to_json()
    # the record's report is validate's
    assert record.report.to_json() == validate("arrival", case["document"], **kw(case)).to_json()
    assert record.registered is expect["registered"]
    assert record.state == expect["state"]
    want_delivered = expect["delivered_on"]
    assert record.delivered_on == (day(want_delivered) if want_delivered else None)
    assert record.deadline == (day(expect["deadline"]) if expect["deadline"] else None)
    assert record.in_time is expect["in_time"]
    assert (record.stamp is not None) is record.registered
    assert (record.entry is not None) is record.registered
    assert (record.stamp_d is not None) is record.registered
    if "stamp" in expect:
        assert record.stamp == expect["stamp"]
    if "journal_row" in expect:
        assert record.entry is not None
        assert journal_row(record.entry) == expect["journal_row"]
    if record.registered:
        # stamp D carries the arrival's date and officer
        assert record.stamp_d is not None and record.delivered_on is not None
        assert record.stamp_d["date"] == record.delivered_on.isoformat()
        officer = case["document"]["arrival"]["officer"]
        assert record.stamp_d["inspector"] == officer["name"]
        assert record.stamp_d["personal_seal"] == officer["personal_seal"]


# --- arrivals -------------------------------------------------------------------------


def test_vector_counts() -> None:
    assert len(ARRIVALS_VALID) >= 7
    assert len(ARRIVALS_INVALID) >= 23
    assert len(VECTORS["invalid"]) - len(ARRIVALS_INVALID) >= 30
    assert len(VECTORS["scenarios"]) >= 7


@pytest.mark.parametrize(
    "case", ARRIVALS_VALID + ARRIVALS_INVALID, ids=ids(ARRIVALS_VALID + ARRIVALS_INVALID)
)
def test_registration_expect(case: dict[str, Any]) -> None:
    check_expect(case)


# --- certificates ------------------------------------------------------------------------


def test_every_arrival_and_certificate_rule_is_expected_alone() -> None:
    alone: set[str] = set()
    expected: set[str] = set()
    for case in VECTORS["invalid"]:
        if len(case["rules"]) == 1:
            alone.add(case["rules"][0])
        expected.update(case["rules"])
    for scenario in VECTORS["scenarios"]:
        for step in scenario["steps"]:
            expected.update(step["expect_rules"])
    ours = {r for r in expected if r.startswith(("ARRIVAL.", "CERT."))}
    assert len(ours) == 6 + 11 and ours <= alone
    for rule in ("DCD.STATE", "DCD.7.REQUIRED", "DCD.50.DEADLINE", "NUM.FORMAT", "NUM.FUTURE"):
        assert rule in expected


# --- the DCD lifecycle through arrival -----------------------------------------------------


@pytest.mark.parametrize("scenario", VECTORS["scenarios"], ids=ids(VECTORS["scenarios"]))
def test_lifecycle(scenario: dict[str, Any]) -> None:
    state = scenario["start"]
    for i, step in enumerate(scenario["steps"], start=1):
        if "to" in step:
            try:
                following = kazcustoms.transition("dcd", state, step["to"])
                rules: list[str] = []
            except TransitionError as e:
                assert e.rule is not None
                following, rules = state, [e.rule]
        else:
            document = {"dcd": VECTORS["dcd"], "state": state, "arrival": step["arrive"]}
            record = register_arrival(document, **kw())
            following, rules = record.state, rule_set(record.report)
        assert (rules, following) == (step["expect_rules"], step["expect_state"]), (scenario["name"], i)
        state = following


# --- the record ---------------------------------------------------------------------------


def first_valid() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(json.dumps(ARRIVALS_VALID[0]["document"]))
    return document


def test_record_value_and_json() -> None:
    record = register_arrival(first_valid(), **kw())
    assert isinstance(record, ArrivalRecord) and record.lang == "en"
    parsed = json.loads(record.to_json())
    assert set(parsed) == {
        "registered", "state", "delivered_on", "deadline", "in_time", "stamp", "stamp_d", "entry", "report",
    }
    assert parsed["registered"] is record.registered and parsed["state"] == record.state
    assert parsed["delivered_on"] == str(record.delivered_on) and parsed["deadline"] == str(record.deadline)
    assert parsed["stamp"] == record.stamp and parsed["stamp_d"] == record.stamp_d
    assert parsed["entry"] == record.entry
    assert parsed["report"] == json.loads(record.report.to_json())
    assert repr(record) == "<ArrivalRecord registered=True state='arrived' in_time=True rules=[]>"
    # new dicts on every read
    entry = record.entry
    assert entry is not None
    entry["note"] = "changed"
    assert record.entry is not None and record.entry["note"] == ""
    with pytest.raises(AttributeError):
        record.state = "completed"  # type: ignore[misc]
    # stamp D goes back into the DCD: its stamp figure 2 is the arrival stamp's first lines
    assert record.stamp is not None and record.stamp_d is not None
    dcd = {**first_valid()["dcd"], "stamp_d": record.stamp_d}
    assert record.stamp["ru"].startswith(kazcustoms.dcd_stamp(dcd, 2, "ru"))
    assert record.stamp["kk"].startswith(kazcustoms.dcd_stamp(dcd, 2, "kk"))
    # and the DCD moves on to completed
    assert kazcustoms.dcd_transition(record.state, "completed") == "completed"


def test_record_languages() -> None:
    late = first_valid()
    late["arrival"]["date"] = "2026-10-19"
    records = {lang: register_arrival(late, **kw(), lang=lang) for lang in LANGS}
    for lang, record in records.items():
        assert record.lang == lang and record.report.lang == lang
        assert rule_set(record.report) == ["ARRIVAL.OVERDUE"] and record.registered
        assert json.loads(record.to_json())["report"]["lang"] == lang
    assert len({r.report.violations[0].message for r in records.values()}) == 3
    assert repr(records["en"]) == "<ArrivalRecord registered=True state='arrived' in_time=False rules=['ARRIVAL.OVERDUE']>"
    with pytest.raises(KazcustomsError):
        register_arrival(late, lang="de")  # type: ignore[arg-type]


def test_record_not_registered() -> None:
    record = register_arrival({"state": "drafted"}, reference=datetime.date(2026, 11, 22))
    assert (record.registered, record.state, record.delivered_on, record.in_time) == (False, "drafted", None, None)
    assert (record.stamp, record.stamp_d, record.entry) == (None, None, None)
    assert not record.report.ok and "DCD.STATE" in rule_set(record.report)


@pytest.mark.parametrize("junk", [None, [], 5, b"{}"], ids=lambda j: type(j).__name__)
def test_register_junk(junk: Any) -> None:
    with pytest.raises(TypeError, match="document must be a dict or a str"):
        register_arrival(junk)
    # the keywords are read as validate reads them (the options JSON)
    with pytest.raises(InvalidDocument) as bad:
        register_arrival(first_valid(), reference="22.11.2026")  # type: ignore[arg-type]
    assert (bad.value.input, bad.value.path) == ("options", "options.reference")
    with pytest.raises(InvalidDocument) as unknown:
        register_arrival(first_valid(), colour="red")  # type: ignore[call-arg]
    assert (unknown.value.input, unknown.value.path) == ("options", "options.colour")
    with pytest.raises(TypeError):
        register_arrival(first_valid(), reference=object())  # type: ignore[arg-type]


# --- export_journal -------------------------------------------------------------------------


def test_journal_kinds() -> None:
    assert kazcustoms.JOURNAL_KINDS == (
        "dcd_register",
        "recipients",
        "guarantee_obligations",
        "failed_recipients",
        "short_declarations",
        "arrivals",
        "escorts",
        "empty_vehicles",
        "security_journal",
    )
    for journal in kazcustoms.JOURNAL_KINDS:
        headers = {lang: export_journal(journal, [], lang=lang) for lang in LANGS}
        assert len(set(headers.values())) == 3
        for lang, text in headers.items():
            assert text.endswith("\r\n") and text.count("\r\n") == 1
            table = json.loads(export_journal(journal, "[]", format="json", lang=lang))
            assert table["rows"] == [] and table["title"]
            assert next(csv.reader(io.StringIO(text))) == table["headers"]


def test_arrivals_journal_csv_in_russian() -> None:
    # The valid arrivals of the vectors are one DCD arriving in several
    # ways; as rows of one journal each is another DCD with the next No (a
    # DCD arrives once, a No is written once).
    entries = []
    for i, case in enumerate(ARRIVALS_VALID):
        entry = register_arrival(case["document"], **kw(case)).entry
        assert entry is not None
        if i > 0:
            # A TIR carnet number (goods under a carnet used as the DCD) is
            # another DCD already.
            if "/" in entry["dcd_number"]:
                office, date, sequence = entry["dcd_number"].split("/")
                entry["dcd_number"] = f"{office}/{date}/{int(sequence) + i:05}"
            entry["number"] = None if entry["number"] is None else entry["number"] + i
        entries.append(entry)
    with pytest.raises(InvalidDocument) as info:
        export_journal("arrivals", [entries[0], entries[0]], lang="ru")
    assert info.value.path == "entries[1].number"
    text = export_journal("arrivals", entries, lang="ru")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][:3] == ["№", "Дата поступления", "Справочный № ДКД"]
    assert len(rows) == 1 + len(entries) and all(len(r) == 14 for r in rows)
    assert rows[1] == ARRIVALS_VALID[0]["expect"]["journal_row"]
    # the same from JSON text, and as JSON
    assert export_journal("arrivals", json.dumps(entries, ensure_ascii=False), lang="ru") == text
    assert export_journal("arrivals", tuple(entries), lang="ru") == text
    table = json.loads(export_journal("arrivals", entries, format="json", lang="kk"))
    assert [list(r.values()) for r in table["rows"]] == rows[1:]
    # cells with commas are quoted (RFC 4180)
    assert '"ООО «ОРЕНБУРГСКИЙ ТРУБНЫЙ ЗАВОД», 460048' in text


def test_short_declarations_journal() -> None:
    entry = {"number": 1, "tsw_number": "000417/19106/000058", "previous_document": "55201/14106/00317",
             "packages": 27, "weight_kg": 20174, "invoice_value": 3160400.0, "currency": "643",
             "storage_term": "2026-12-19"}
    rows = list(csv.reader(io.StringIO(export_journal("short_declarations", [entry], lang="en"), newline="")))
    assert len(rows[0]) == 15 and rows[1][:3] == ["1", "000417/19106/000058", "55201/14106/00317"]
    assert "19.12.2026" in rows[1] and "3160400.00" in rows[1]


@pytest.mark.parametrize(
    ("journal", "entries", "path"),
    [
        ("arrivals", [{"number": "one"}], "entries[0].number"),
        ("arrivals", [{}, {"number": -1}], "entries[1].number"),
        ("arrivals", [{"colour": "red"}], "entries[0].colour"),
        ("arrivals", [{"arrival_date": datetime.datetime(2026, 10, 16, 9, 0)}], "entries[0].arrival_date"),
        ("arrivals", [{"gross_kg": float("nan")}], "entries[0].gross_kg"),
        ("arrivals", {"number": 1}, None),
        ("arrivals", "{}", "entries"),
        ("arrivals", "[", "entries"),
        ("short_declarations", [{}], "entries[0]"),
        ("recipients", [{"number": "0001"}], "entries[0]"),
    ],
    ids=lambda x: repr(x)[:30],
)
def test_journal_junk(journal: JournalKind, entries: Any, path: str | None) -> None:
    if path is None:
        with pytest.raises(TypeError, match="entries must be a list"):
            export_journal(journal, entries)
        return
    with pytest.raises(InvalidDocument) as info:
        export_journal(journal, entries)
    assert info.value.path is not None and info.value.path.startswith(path), info.value.path


def test_journal_bad_names() -> None:
    with pytest.raises(KazcustomsError, match="unknown journal"):
        export_journal("arrival", [])  # type: ignore[arg-type]
    with pytest.raises(KazcustomsError, match="формат: неизвестное значение"):
        export_journal("arrivals", [], format="xml", lang="ru")  # type: ignore[arg-type]
    with pytest.raises(KazcustomsError):
        export_journal("arrivals", [], lang="de")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        export_journal(None, [])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        export_journal("arrivals", None)  # type: ignore[arg-type]
