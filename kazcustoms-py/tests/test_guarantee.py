"""Guarantee obligations (SPEC §4): what is particular to the shared
vectors tests/vectors/guarantee.json (the lifecycle allows exactly the
transitions of SPEC §4, every GO.* rule is expected, one title per rule),
as the Rust harness (kazcustoms-core/tests/guarantee_vectors.rs) checks it;
the file's common sections are walked by test_vectors.py. Then
GuaranteeOffice (decision, registration, lifecycle, registers, saved state)
and junk."""

from __future__ import annotations

import datetime
import json
import threading
from typing import Any

import pytest

import kazcustoms
from kazcustoms._kinds import DocumentKind, Lang
from kazcustoms import (
    GuaranteeOffice,
    InvalidDocument,
    InvalidNumber,
    KazcustomsError,
    Report,
    TransitionError,
    validate,
)

from _vectors import day, keywords, label, load, rule_set

VECTORS = load("guarantee")
LANGS: tuple[Lang, ...] = ("kk", "ru", "en")
STATES = ("applied", "registered", "refused", "used", "fulfilled", "failed", "expired", "returned")


def kw(case: dict[str, Any] | None = None) -> dict[str, Any]:
    return keywords(VECTORS["options"], (case or {}).get("options"))


def both(kind: DocumentKind, document: dict[str, Any], **options: Any) -> Report:
    """Validates the document as a dict and as JSON text; both reports must
    be the same, to the byte of their JSON."""
    from_dict = validate(kind, document, **options)
    from_text = validate(kind, json.dumps(document, ensure_ascii=False), **options)
    assert from_dict.to_json() == from_text.to_json()
    return from_dict


def ids(section: list[dict[str, Any]]) -> list[str]:
    return [label(i, c["kind"], c["name"][:40]) for i, c in enumerate(section)]


# --- the shared vectors ------------------------------------------------------------


def test_vector_counts() -> None:
    assert len(VECTORS["valid"]) >= 40
    assert len(VECTORS["invalid"]) >= 75
    assert len(VECTORS["input_errors"]) >= 25
    assert {c["kind"] for c in VECTORS["valid"]} == {"guarantee_application", "guarantee"}


def test_go_messages_start_with_one_title_per_rule() -> None:
    titles: dict[tuple[str, str], set[str]] = {}
    for case in VECTORS["invalid"]:
        for v in validate(case["kind"], case["document"], **kw(case)).violations:
            if v.rule.startswith("GO."):
                for lang in LANGS:
                    titles.setdefault((v.rule, lang), set()).add(v.messages[lang].partition(": ")[0])
    assert titles and all(len(t) == 1 for t in titles.values()), titles
    rules = {rule for rule, _ in titles}
    assert len(rules) == 9 and {"GO.STATE", "GO.REVIEW.LATE"} <= rules


def test_every_go_rule_is_expected_somewhere() -> None:
    expected = {r for c in VECTORS["invalid"] for r in c["rules"]}
    expected |= {r for s in VECTORS["lifecycle"] for r in s["rules"]}
    alone = {c["rules"][0] for c in VECTORS["invalid"] if len(c["rules"]) == 1}
    go = {r for r in expected if r.startswith("GO.")}
    assert len(go) == 9 and go <= alone
    for rule in ("NUM.FORMAT", "NUM.DATE", "NUM.OFFICE", "NUM.RECIPIENT", "NUM.SEQUENCE", "NUM.FUTURE"):
        assert rule in expected
    assert {"TERM.LIMIT", "TERM.BEFORE_START"} <= expected


# --- the lifecycle -------------------------------------------------------------------


def test_states() -> None:
    assert kazcustoms.GUARANTEE_STATES == STATES
    pairs = {(t["from"], t["to"]) for t in VECTORS["transitions"]}
    assert pairs == {(a, b) for a in STATES for b in STATES}


@pytest.mark.parametrize(
    "t", VECTORS["transitions"], ids=lambda t: f"{t['from']}-{t['to']}-{t['ok']}"
)
def test_transitions(t: dict[str, Any]) -> None:
    if t["ok"]:
        assert kazcustoms.guarantee_transition(t["from"], t["to"]) == t["to"]
        return
    messages = set()
    for lang in LANGS:
        with pytest.raises(TransitionError) as info:
            kazcustoms.guarantee_transition(t["from"], t["to"], lang=lang)
        e = info.value
        assert (e.rule, e.kind) == ("GO.STATE", None)
        assert t["from"] in str(e) and t["to"] in str(e)
        assert isinstance(e, KazcustomsError) and isinstance(e, ValueError)
        messages.add(str(e))
    assert len(messages) == 3


def test_transition_input_errors() -> None:
    for bad in ("closed", "Registered", "", "used "):
        with pytest.raises(KazcustomsError) as info:
            kazcustoms.guarantee_transition(bad, "registered")  # type: ignore[arg-type]
        assert not isinstance(info.value, TransitionError) and info.value.rule is None
        with pytest.raises(KazcustomsError):
            kazcustoms.guarantee_transition("applied", bad)  # type: ignore[arg-type]
    with pytest.raises(KazcustomsError, match="состояние: неизвестное значение"):
        kazcustoms.guarantee_transition("closed", "registered", lang="ru")  # type: ignore[arg-type]
    with pytest.raises(KazcustomsError):
        kazcustoms.guarantee_transition("applied", "registered", lang="de")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kazcustoms.guarantee_transition(None, "registered")  # type: ignore[arg-type]
    # a DCD state is not a guarantee state, and the reverse
    with pytest.raises(KazcustomsError):
        kazcustoms.guarantee_transition("drafted", "registered")  # type: ignore[arg-type]
    with pytest.raises(KazcustomsError):
        kazcustoms.dcd_transition("applied", "registered")  # type: ignore[arg-type]


# --- the office ----------------------------------------------------------------------


def application(index: int = 0) -> dict[str, Any]:
    """A fresh copy of a valid, decided application of the vectors."""
    decided = [
        c for c in VECTORS["valid"] if c["kind"] == "guarantee_application" and c["document"].get("decision")
    ]
    document: dict[str, Any] = json.loads(json.dumps(decided[index]["document"]))
    return document


def test_register_and_the_whole_lifecycle() -> None:
    office = GuaranteeOffice("50101")
    app = application()
    outcome = office.register(app, **kw())
    # the decision is the one validate gives (the office's registers are empty)
    assert outcome.report.to_json() == validate("guarantee_application", app, **kw()).to_json()
    assert (outcome.state, outcome.grounds, outcome.recipient_number) == ("registered", (), "0001")
    number = outcome.number
    assert number is not None
    n = kazcustoms.parse_number("guarantee", number, reference=outcome.as_of)
    assert (n.recipient, n.office_prefix, n.sequence, n.date) == ("0001", "501", 1, outcome.as_of)
    decision = app["decision"]["date"]
    assert outcome.as_of == day(decision)
    # validity by the deadline rule from the decision date (§19)
    distance = app["carriage"]["distance_km"]
    assert outcome.valid_until == kazcustoms.delivery_deadline(outcome.as_of, distance)
    assert outcome.review_deadline is not None and outcome.review_deadline >= outcome.as_of
    obligation = outcome.obligation
    assert obligation is not None and obligation["number"] == number
    assert obligation["state"] == "registered" and obligation["valid_until"] == str(outcome.valid_until)
    assert office.obligation(number) == obligation and office.obligation("0000/000/00000/0000") is None
    assert office.obligations == [obligation]
    assert [r["number"] for r in office.recipients] == ["0001"] and office.failed == []
    assert repr(outcome) == f"<GuaranteeOutcome state='registered' number='{number}' valid_until={outcome.valid_until}>"

    # taken at departure with a DCD of a date within the term, as text or as a Number
    taken_on = outcome.as_of + datetime.timedelta(days=1)
    dcd_text = f"62001/{taken_on:%d%m}{taken_on.year % 10}/00017"
    used = office.take_at_departure(number, dcd_text, reference=taken_on)
    assert (used["state"], used["dcd_number"]) == ("used", dcd_text)
    dcd = kazcustoms.parse_number("dcd", dcd_text, taken_on)
    with pytest.raises(TransitionError) as twice:  # one use only (§25)
        office.take_at_departure(number, dcd, lang="ru")
    assert twice.value.rule == "GO.STATE" and "used" in str(twice.value)
    sd = f"50101/{taken_on:%d%m}{taken_on.year % 10}/000005"
    fulfilled = office.fulfil(number, short_declaration=sd, reference=taken_on)
    assert fulfilled["state"] == "fulfilled"
    assert fulfilled["fulfilment"] == {"short_declaration": sd, "customs_declaration": None}
    # the journal of annex 5 from the office's own list
    csv = kazcustoms.export_journal("guarantee_obligations", office.obligations, lang="ru")
    header, row, end = csv.split("\r\n")
    assert header.startswith("№,Наименование получателя,Регистрационный номер,") and end == ""
    assert row.startswith(f"1,{obligation['recipient']},{number},") and sd in row
    recipients = kazcustoms.export_journal("recipients", office.recipients, format="json", lang="en")
    assert json.loads(recipients)["rows"][0]["No"] == "0001"


def test_expire_return_fail_and_refusal_on_the_registers() -> None:
    office = GuaranteeOffice("50101")
    app = application()
    first = office.register(app, **kw())
    number = first.number
    assert number is not None and first.valid_until is not None
    after = first.valid_until + datetime.timedelta(days=1)
    with pytest.raises(TransitionError):  # its term still runs
        office.expire(number, first.valid_until)
    with pytest.raises(TransitionError):  # returned only after it expired (§21)
        office.return_unused(number)
    assert office.expire(number, after)["state"] == "expired"
    # an expired obligation not handed back is a ground against the next one
    refused = office.register(app, **kw())
    assert (refused.state, refused.grounds, refused.number, refused.valid_until, refused.obligation) == (
        "refused",
        ("GO.REFUSE.PREVIOUS",),
        None,
        None,
        None,
    )
    assert refused.recipient_number == "0001"  # the same recipient, on record once
    assert repr(refused) == "<GuaranteeOutcome state='refused' grounds=['GO.REFUSE.PREVIOUS']>"
    assert not refused.report.ok
    returned = office.return_unused(number, mark="ru")
    assert (returned["state"], returned["returned_mark"]) == ("returned", "ВОЗВРАЩЕНО")
    second = office.register(app, **kw())
    assert second.state == "registered" and second.number is not None
    assert second.number.endswith("/0002")
    # used and never fulfilled: failed, and the recipient on the register of §20
    assert second.valid_until is not None
    on = second.as_of
    office.take_at_departure(second.number, f"62001/{on:%d%m}{on.year % 10}/00018", reference=on)
    failed = office.fail(second.number, second.valid_until + datetime.timedelta(days=1))
    assert failed["state"] == "failed"
    assert [f["obligation"] for f in office.failed] == [second.number]
    third = office.register(app, **kw())
    assert third.grounds == ("GO.REFUSE.PREVIOUS",)
    assert "GO.REFUSE.PREVIOUS" in rule_set(third.report)
    table = kazcustoms.export_journal("failed_recipients", office.failed, lang="kk")
    assert second.number in table
    # resumed from its saved state, exactly
    saved = office.to_json()
    again = GuaranteeOffice.from_json(saved)
    assert again.to_json() == saved and again.obligations == office.obligations
    assert repr(again) == "<GuaranteeOffice office='50101' recipients=1 obligations=2>"
    assert again.office == "50101"


def test_return_mark_languages() -> None:
    office = GuaranteeOffice("50101")
    outcome = office.register(application(), **kw())
    assert outcome.number is not None and outcome.valid_until is not None
    office.expire(outcome.number, outcome.valid_until + datetime.timedelta(days=1))
    for bad in ("en", "de"):
        with pytest.raises(KazcustomsError) as info:
            office.return_unused(outcome.number, mark=bad)  # type: ignore[arg-type]
        assert not isinstance(info.value, TransitionError)
    assert office.return_unused(outcome.number)["returned_mark"] == "ҚАЙТАРЫЛДЫ"


def test_fulfil_needs_one_mark() -> None:
    office = GuaranteeOffice("50101")
    outcome = office.register(application(), **kw())
    number = outcome.number
    assert number is not None
    with pytest.raises(TransitionError):  # not used yet
        office.fulfil(number, customs_declaration="50101/040226/0000012")
    both_marks: list[dict[str, Any]] = [
        {},
        {"short_declaration": "50101/04026/000001", "customs_declaration": "X"},
    ]
    for marks in both_marks:
        with pytest.raises(KazcustomsError) as info:
            office.fulfil(number, **marks)
        assert not isinstance(info.value, TransitionError) and info.value.rule is None
    with pytest.raises(InvalidNumber) as bad:
        office.fulfil(number, short_declaration="50101/04026/00001", reference=outcome.as_of)
    assert bad.value.rule == "NUM.FORMAT"
    with pytest.raises(KazcustomsError, match="expected a short_declaration number"):
        office.fulfil(number, short_declaration=kazcustoms.parse_number("dcd", "62001/04026/00017", outcome.as_of))
    with pytest.raises(TypeError):
        office.fulfil(number, short_declaration=5)  # type: ignore[arg-type]


def test_office_refuses_what_it_cannot_judge() -> None:
    for code in ("5010", "abcde", "", "501011"):
        with pytest.raises(KazcustomsError):
            GuaranteeOffice(code)
    with pytest.raises(InvalidNumber) as zeros:
        GuaranteeOffice("00000")
    assert zeros.value.rule == "NUM.OFFICE"
    office = GuaranteeOffice("15101")
    with pytest.raises(KazcustomsError, match="not addressed to the office 15101"):
        office.register(application(), **kw())
    office = GuaranteeOffice("50101")
    undecided = application()
    del undecided["decision"]
    with pytest.raises(KazcustomsError, match="decision date"):
        office.register(undecided, **kw())
    far = application()
    del far["carriage"]["distance_km"]
    with pytest.raises(KazcustomsError, match="distance"):
        office.register(far, **kw())
    # the context's distance counts when the application has none
    assert office.register(far, **kw(), distance_km=2000).state == "registered"
    with pytest.raises(InvalidDocument) as info:
        office.register({"recipient": {}, "destination_office": "50101"}, **kw())
    assert info.value.path == "document.recipient.name"
    with pytest.raises(TypeError):
        office.register([application()], **kw())  # type: ignore[arg-type]
    assert office.register(json.dumps(application()), **kw()).state == "registered"
    with pytest.raises(TransitionError):
        office.expire("0001/501/01016/9999", datetime.date(2026, 12, 31))
    with pytest.raises(TypeError):
        office.expire("0001/501/01016/9999", "2026-12-31")  # type: ignore[arg-type]
    for bad in ("", "{}", '{"format": 2}', "null"):
        with pytest.raises(KazcustomsError):
            GuaranteeOffice.from_json(bad)
    with pytest.raises(AttributeError):
        office.office = "15101"  # type: ignore[misc]


# A consistent saved state: one recipient, one registered obligation, the
# journal at its sequence 2 of 2026.
STATE: dict[str, Any] = {
    "format": 1,
    "office": "50101",
    "journal": {"format": 1, "kind": "guarantee", "issuer": "50101", "last_sequence": 2, "last_date": "2026-02-04"},
    "recipients": [{"number": "0001", "recipient": {"name": "ТОО «АЛМА»"}, "application_date": "2026-02-02"}],
    "obligations": [
        {
            "number": "0001/501/04026/0002",
            "registered": "2026-02-04",
            "recipient_number": "0001",
            "recipient": "ТОО «АЛМА»",
            "destination_office": "50101",
            "valid_until": "2026-03-04",
            "carriage": {},
            "state": "registered",
        }
    ],
    "failed": [],
}


def forged(path: str, edit: Any) -> None:
    """STATE edited by `edit` is refused at exactly `path`, in each language."""
    state = json.loads(json.dumps(STATE))
    edit(state)
    messages = set()
    for lang in LANGS:
        with pytest.raises(InvalidDocument) as info:
            GuaranteeOffice.from_json(json.dumps(state), lang=lang)
        assert type(info.value) is InvalidDocument
        assert (info.value.input, info.value.path, info.value.rule) == ("state", path, None)
        messages.add(str(info.value))
    assert len(messages) == 3


def test_a_forged_state_does_not_load() -> None:
    office = GuaranteeOffice.from_json(json.dumps(STATE))
    assert [o["number"] for o in office.obligations] == ["0001/501/04026/0002"]

    def journal_behind(s: dict[str, Any]) -> None:
        # it would issue 0001/501/04026/0002 a second time
        s["journal"]["last_sequence"] = 1

    forged("state.journal.last_sequence", journal_behind)
    forged("state.journal.last_date", lambda s: s["journal"].update(last_date="2026-02-03"))
    ob = "state.obligations[0]"
    forged(f"{ob}.dcd_number", lambda s: s["obligations"][0].update(state="fulfilled"))
    forged(
        f"{ob}.fulfilment",
        lambda s: s["obligations"][0].update(
            state="fulfilled", dcd_number="62001/10026/00017", fulfilment={"short_declaration": None}
        ),
    )
    forged(f"{ob}.returned_mark", lambda s: s["obligations"][0].update(returned_mark="ВОЗВРАЩЕНО"))
    forged(f"{ob}.recipient_number", lambda s: s["obligations"][0].update(recipient_number="0002"))
    forged("state.obligations[1].number", lambda s: s["obligations"].append(dict(s["obligations"][0])))
    forged("state.recipients[1].recipient.name", lambda s: s["recipients"].append(
        {"number": "0002", "recipient": {"name": "ТОО «АЛМА»"}, "application_date": "2026-02-03"}
    ))
    forged("state.obligations[0].state", lambda s: s["obligations"][0].update(
        state="failed", dcd_number="62001/10026/00017"
    ))
    forged("state.failed[0].obligation", lambda s: s["failed"].append({
        "recipient_number": "0001", "recipient": "ТОО «АЛМА»", "obligation": "0001/501/04026/0009",
        "valid_until": "2026-03-04", "entered": "2026-03-05",
    }))
    # a key given twice in the text
    text = json.dumps(STATE).replace('"office": "50101",', '"office": "50101", "office": "50101",', 1)
    with pytest.raises(InvalidDocument) as info:
        GuaranteeOffice.from_json(text)
    assert info.value.path == "state.office"


def test_a_reference_date_refuses_a_journal_dated_after_it() -> None:
    text = json.dumps(STATE)
    office = GuaranteeOffice.from_json(text, reference=datetime.date(2026, 2, 4))
    assert office.to_json() == GuaranteeOffice.from_json(text).to_json()
    with pytest.raises(InvalidDocument) as info:
        GuaranteeOffice.from_json(text, reference=datetime.date(2026, 2, 3))
    assert (info.value.input, info.value.path) == ("state", "state.journal.last_date")
    with pytest.raises(TypeError):
        GuaranteeOffice.from_json(text, reference="2026-02-04")  # type: ignore[arg-type]


def test_lang_of_the_office() -> None:
    office = GuaranteeOffice("50101")
    app = application()
    app["facts"]["debt_at_check"] = True
    outcomes = {lang: office.register(app, **kw(), lang=lang) for lang in LANGS}
    for lang, outcome in outcomes.items():
        assert outcome.grounds == ("GO.REFUSE.DEBT",) and outcome.report.lang == lang
    assert len({o.report.violations[0].message for o in outcomes.values()}) == 3
    with pytest.raises(KazcustomsError, match="не в таможню 15101"):
        GuaranteeOffice("15101").register(app, **kw(), lang="ru")


def test_threads_share_an_office() -> None:
    office = GuaranteeOffice("50101")
    app = application()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(25):
                assert office.register(app, **kw()).state == "registered"
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[0]
    numbers = [o["number"] for o in office.obligations]
    assert len(numbers) == 100 and len(set(numbers)) == 100
    assert sorted(int(n[-4:]) for n in numbers) == list(range(1, 101))
