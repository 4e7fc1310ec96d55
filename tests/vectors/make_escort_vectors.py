#!/usr/bin/env python3
"""Writes tests/vectors/escort.json.

The shared customs-escort vectors (SPEC §10; R2 §1–§29, annexes 1–4;
SPEC-R1-R3-NOTES §5), read by the Rust, Python and C tests. Everything here
is written by hand from the Kazakh text of R2 and the notes: the base
documents, the patches that break them, the exact set of rule ids each broken
document must report, the fee arithmetic (the МРП values of SPEC §13, typed
below) and the lifecycle moves. Nothing is taken from running the library.

Run from anywhere: python3 tests/vectors/make_escort_vectors.py
Output is deterministic (same input, same bytes).
"""

import copy
import json
import math
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import _vectorlib as vl  # noqa: E402  (the generators' shared helpers)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "vectors" / "escort.json"

OFFICES = ["15101", "39001", "47101", "50101", "55201", "58101", "62001"]
OPTIONS = {"reference": "2026-11-22", "offices": OFFICES}

# The МРП for fees (SPEC §13), by the dates the vectors use.
MRP_FEES = {"2026": 4325, "2022": 3063}


def fee(rate, year):
    """Rate × the МРП for fees of the decision date (R2 §13, SPEC §13)."""
    return rate * MRP_FEES[year]


def teams_needed(n):
    """⌈n / 10⌉ (R2 §22: at most 10 motor vehicles per team)."""
    return math.ceil(n / 10)


NUMBER = "0012-55201-05116"  # seq 12, office 55201, 05.11.2026 (R2 §15-1)
DCD = "55201/05116/00317"

SIGNATURES = [
    {"office": "Т/П «ЖАЙСАҢ»", "position": "ГЛАВНЫЙ ИНСПЕКТОР", "name": "НУРЛАНОВ Е.С.",
     "personal_seal": "0217", "signed": True, "stamped": False},
    {"office": "Т/П «АҚТӨБЕ-ЦОТО»", "position": "ГЛАВНЫЙ ИНСПЕКТОР", "name": "ОРАЗОВА А.М.",
     "personal_seal": None, "signed": True, "stamped": True},
]


def act(date, number=NUMBER, settlement="Г. АКТОБЕ"):
    return {
        "number": number,
        "settlement": settlement,
        "date": date,
        "state_number": "777OPN56",
        "vehicles": "VOLVO FH",
        "goods": "ТРУБЫ СТАЛЬНЫЕ, 20 Т",
        "handed_over_by": {"office": "Т/П «ЖАЙСАҢ»", "name": "НУРЛАНОВ Е.С.",
                           "position": "ГЛАВНЫЙ ИНСПЕКТОР"},
        "received_by": {"office": "Т/П «АҚТӨБЕ-ЦОТО»", "name": "ОРАЗОВА А.М.",
                        "position": "ГЛАВНЫЙ ИНСПЕКТОР"},
        "accompanying_documents": [DCD, "CMR 0458812"],
        "goods_unchanged": True,
        "seals": ["ТП 0217"],
        "additional_seals": [],
        "signatures": copy.deepcopy(SIGNATURES),
        "copies": 2,
    }


def vehicle(number, goods="ТРУБЫ СТАЛЬНЫЕ", aboard=False, dangerous=False):
    return {"number": number, "make": "VOLVO FH", "goods": goods, "volume": "20 Т",
            "dangerous": dangerous, "team_aboard": aboard}


def team(leader="НУРЛАНОВ Е.С.", office="departure"):
    return {"office": office, "leader": leader, "members": ["АХМЕТОВ", "ЖАНОВ"],
            "reinforced": False, "escort_vehicle": None, "agreed_at": None,
            "arrived_at": None}


# The base: one vehicle under way from Т/П «ЖАЙСАҢ» (55201) to
# Т/П «АҚТӨБЕ-ЦОТО» (15101), decision of 5 November 2026, fee 10 МРП.
BASE = {
    "state": "under_way",
    "decision": {
        "number": NUMBER,
        "date": "2026-11-05",
        "place": "Т/П «ЖАЙСАҢ»",
        "route": "ЖАЙСАҢ – АҚТӨБЕ",
        "grounds": "ПОДАКЦИЗНЫЕ ТОВАРЫ ПОД ТАМОЖЕННЫМ КОНТРОЛЕМ",
        "carrier_record": False,
        "vehicle_equipped": True,
        "approval_certificate": True,
        "bank_guarantee": False,
        "deposit": False,
        "from_office": {"name": "Т/П «ЖАЙСАҢ»", "code": "55201"},
        "to_office": {"name": "Т/П «АҚТӨБЕ-ЦОТО»", "code": "15101"},
        "fee": {"rate_mrp": 10, "amount_tenge": fee(10, "2026")},
        "head": {"name": "САРИЕВ К.Т.", "role": "head", "office": "55201", "sealed": True},
        "acknowledgement": {"name": "ТЕМИРОВ Б.К.", "signed": True, "date": "2026-11-05"},
        "paid_on": "2026-11-05",
        "payment_document": {"number": "000417", "date": "2026-11-05"},
        "inspector": {"rank": "КАПИТАН ТАМОЖЕННОЙ СЛУЖБЫ", "position": "ИНСПЕКТОР ОКД",
                      "name": "ЕРМЕКОВ Д.А.", "signed": True, "personal_seal": "0311"},
    },
    "convoy": [vehicle("777OPN56", aboard=True)],
    "tir": None,
    "dcd": {"number": DCD, "deadline": "2026-11-09"},
    "documents": {"travel_certificate": True, "inspection_method": True, "fee_invoice": True},
    "plan_task": {
        "approved": {"name": "БЕКОВ С.Н.", "date": "2026-11-05"},
        "number": NUMBER,
        "teams": [team()],
        "weapons": ["ПМ № АБ 1234"],
        "period": {"from": "2026-11-06", "to": "2026-11-07"},
        "route": "ЖАЙСАҢ – АҚТӨБЕ",
        "trip_assignment": "СОПРОВОДИТЬ ТОВАРЫ ДО Т/П «АҚТӨБЕ-ЦОТО»",
        "documents": [DCD],
        "subdivision_head": "ОМАРОВ Р.Т.",
    },
    "handovers": [],
    "final_act": None,
    "reloads": [],
}


def patch(base, *changes):
    """A deep copy of `base` with each change applied: (path, value), the
    path a tuple of keys and indices; value DELETE removes the member."""
    doc = copy.deepcopy(base)
    for path, value in changes:
        node = doc
        for key in path[:-1]:
            node = node[key]
        if value is DELETE:
            del node[path[-1]]
        else:
            node[path[-1]] = value
    return doc


DELETE = object()

# A completed escort with a team change at an approved point (§20) and a
# reload after a breakdown (§23).
COMPLETED = patch(
    BASE,
    (("state",), "completed"),
    (("handovers",), [{
        "point": {"name": "СВХ ТОО «КАРАБУТАК-ТЕРМИНАЛ»", "approved": True},
        "act": act("2026-11-06", settlement="П. КАРАБУТАК"),
        "new_decision": {"number": "0013-55201-06116", "date": "2026-11-06"},
    }]),
    (("final_act",), act("2026-11-07")),
    (("reloads",), [{
        "from_vehicle": "777OPN56", "to_vehicle": "555KLM56",
        "act": {"reasons": "ПОЛОМКА ТЯГАЧА", "goods": "ТРУБЫ СТАЛЬНЫЕ, 36 ШТ, 14 870 КГ",
                "old_seals": ["ТП 0217"], "new_seals": ["ТП 0218"],
                "sealing_impossible": False, "signed_by_leader": True,
                "signed_by_carrier": True, "copies": 2, "copy_to_destination": True},
    }]),
)

# A convoy of 25 vehicles, 3 teams (⌈25/10⌉ = 3), team in first and last.
CONVOY_25 = patch(
    BASE,
    (("convoy",), [vehicle(f"{100 + i}ABC56", aboard=i in (0, 24)) for i in range(25)]),
    (("plan_task", "teams"), [team("НУРЛАНОВ Е.С."), team("ОМАРОВ А.К."), team("СЕЙТОВ Н.Н.")]),
)
assert teams_needed(25) == 3

# Dangerous goods: a reinforced team in its own escorting vehicle (§24).
DANGEROUS = patch(
    BASE,
    (("convoy",), [vehicle("777OPN56", goods="НИТРАТ АММОНИЯ (ВЗРЫВЧАТОЕ ВЕЩЕСТВО)",
                           dangerous=True)]),
    (("plan_task", "teams", 0, "reinforced"), True),
    (("plan_task", "teams", 0, "escort_vehicle"), "A001KZ01"),
)

# TIR carriage on ground (1): the office has information on the carrier's
# earlier violations (decision, established 3).
TIR_RECORD = patch(
    BASE,
    (("tir",), {"carnet": "XA12345678", "payments_exceed_guarantee": False}),
    (("decision", "carrier_record"), True),
)
# TIR carriage on ground (2): payments above the guarantee amount.
TIR_PAYMENTS = patch(
    BASE,
    (("tir",), {"carnet": "XA12345678", "payments_exceed_guarantee": True}),
)

# The destination office's team arrives exactly 24 hours after agreement.
DEST_TEAM = patch(
    BASE,
    (("plan_task", "teams", 0, "office"), "destination"),
    (("plan_task", "teams", 0, "agreed_at"), "2026-11-05T10:00"),
    (("plan_task", "teams", 0, "arrived_at"), "2026-11-06T10:00"),
)

# Just decided: no payment, acknowledgement, inspector or plan-task yet.
DECIDED = patch(
    BASE,
    (("state",), "decided"),
    (("decision", "acknowledgement"), None),
    (("decision", "paid_on"), None),
    (("decision", "payment_document"), None),
    (("decision", "inspector"), None),
    (("documents",), None),
    (("plan_task",), None),
)

# A decision of June 2022, taken by the acting head of the destination
# office: the fee uses 3063 (fees), not 3180 (benefits from 1 April 2022).
DECIDED_2022 = patch(
    DECIDED,
    (("decision", "number"), "0001-15101-15062"),
    (("decision", "date"), "2022-06-15"),
    (("decision", "fee"), {"rate_mrp": 10, "amount_tenge": fee(10, "2022")}),
    (("decision", "head"), {"name": "КАРИМОВ Т.Т.", "role": "acting_head", "office": "15101",
                            "sealed": True}),
    (("dcd",), {"number": "55201/15062/00317", "deadline": "2022-06-20"}),
)
assert fee(10, "2022") == 30630

# The examples' decision (examples/data/escort.json): two vehicles, just decided.
EXAMPLE = patch(DECIDED, (("convoy",), [vehicle("777OPN56"), vehicle("778OPN56")]))
EXAMPLE_PATH = ROOT / "examples" / "data" / "escort.json"

valid = [
    {"name": "one vehicle under way", "document": BASE},
    {"name": "the examples' decision (examples/data/escort.json)", "document": EXAMPLE},
    {"name": "just decided", "document": DECIDED},
    {"name": "decided in June 2022 by the acting head of the destination office",
     "note": "10 × 3063 (fees): the 3180 of 1 April 2022 is for benefits only",
     "document": DECIDED_2022},
    {"name": "fee paid, not yet under way",
     "document": patch(BASE, (("state",), "fee_paid"), (("plan_task",), None),
                       (("documents",), None))},
    {"name": "completed after a team change and a reload", "document": COMPLETED},
    {"name": "convoy of 25 vehicles with 3 teams", "document": CONVOY_25},
    {"name": "dangerous goods, reinforced team in its own vehicle", "document": DANGEROUS},
    {"name": "TIR carriage, carrier with earlier violations", "document": TIR_RECORD},
    {"name": "TIR carriage, payments above the guarantee", "document": TIR_PAYMENTS},
    {"name": "destination team arrives 24 hours after agreement", "document": DEST_TEAM},
    {"name": "handed over at a point",
     "document": patch(COMPLETED, (("state",), "handed_over"), (("final_act",), None))},
]

invalid = [
    {"name": "TIR carriage without grounds",
     "document": patch(BASE, (("tir",), {"carnet": "XA12345678",
                                         "payments_exceed_guarantee": False})),
     "rules": ["ESC.TIR.GROUNDS"]},
    {"name": "signed by a deputy",
     "document": patch(BASE, (("decision", "head", "role"), "other")),
     "rules": ["ESC.DECISION.SIGNER"]},
    {"name": "signed by the head of an office off the route",
     "document": patch(BASE, (("decision", "head", "office"), "50101")),
     "rules": ["ESC.DECISION.SIGNER"]},
    {"name": "carrier did not sign the acknowledgement",
     "document": patch(BASE, (("decision", "acknowledgement", "signed"), False)),
     "rules": ["ESC.DECISION.ACK"]},
    {"name": "no route on the decision",
     "document": patch(BASE, (("decision", "route"), None)),
     "rules": ["ESC.DECISION.FIELDS"]},
    {"name": "plan-task ends after the DCD deadline",
     "document": patch(BASE, (("plan_task", "period", "to"), "2026-11-10")),
     "rules": ["ESC.TERM"]},
    {"name": "under way without payment",
     "note": "no payment date; the payment document is there",
     "document": patch(BASE, (("decision", "paid_on"), None)),
     "rules": ["ESC.FEE.UNPAID"]},
    {"name": "paid after the escort started",
     "document": patch(BASE, (("decision", "paid_on"), "2026-11-07")),
     "rules": ["ESC.FEE.TIMING"]},
    {"name": "fee computed with last year's МРП",
     "note": "10 × 3932 = 39320 (2025); the 2026 МРП gives 43250",
     "document": patch(BASE, (("decision", "fee", "amount_tenge"), 39320)),
     "rules": ["ESC.FEE.AMOUNT"]},
    {"name": "a rate of 0 МРП",
     "document": patch(BASE, (("decision", "fee"), {"rate_mrp": 0, "amount_tenge": 0})),
     "rules": ["ESC.FEE.AMOUNT"]},
    {"name": "no payment document number",
     "document": patch(BASE, (("decision", "payment_document", "number"), None)),
     "rules": ["ESC.FEE.PAYMENT_DOC"]},
    {"name": "no travel certificate under way",
     "document": patch(BASE, (("documents", "travel_certificate"), False)),
     "rules": ["ESC.DOCS"]},
    {"name": "plan-task without weapons or special means",
     "document": patch(BASE, (("plan_task", "weapons"), [])),
     "rules": ["ESC.PLAN.CONTENT"]},
    {"name": "plan-task not approved",
     "document": patch(BASE, (("plan_task", "approved"), None)),
     "rules": ["ESC.PLAN.APPROVED"]},
    {"name": "under way without a plan-task",
     "document": patch(BASE, (("plan_task",), None)),
     "rules": ["ESC.PLAN.APPROVED"]},
    {"name": "plan-task period from after to",
     "document": patch(BASE, (("plan_task", "period"), {"from": "2026-11-07",
                                                          "to": "2026-11-06"})),
     "rules": ["ESC.PLAN.PERIOD"]},
    {"name": "plan-task with another number",
     "document": patch(BASE, (("plan_task", "number"), "0013-55201-05116")),
     "rules": ["ESC.NUMBER.SHARED"]},
    {"name": "final act with another number",
     "document": patch(COMPLETED, (("final_act", "number"), "0014-55201-07116")),
     "rules": ["ESC.NUMBER.SHARED"]},
    {"name": "completed without the act at destination",
     "document": patch(COMPLETED, (("final_act",), None)),
     "rules": ["ESC.ACT.REQUIRED"]},
    {"name": "team change without an act",
     "document": patch(COMPLETED, (("handovers", 0, "act"), None)),
     "rules": ["ESC.ACT.REQUIRED"]},
    {"name": "act in one copy",
     "document": patch(COMPLETED, (("final_act", "copies"), 1)),
     "rules": ["ESC.ACT.COPIES"]},
    {"name": "act without the seals line",
     "document": patch(COMPLETED, (("final_act", "seals"), [])),
     "rules": ["ESC.ACT.FIELDS"]},
    {"name": "act without the additional seals line",
     "document": patch(COMPLETED, (("final_act", "additional_seals"), None)),
     "rules": ["ESC.ACT.FIELDS"]},
    {"name": "act signature without stamp or personal seal",
     "document": patch(COMPLETED, (("final_act", "signatures", 1, "stamped"), False)),
     "rules": ["ESC.ACT.SIGNATURES"]},
    {"name": "team change at a point not approved",
     "document": patch(COMPLETED, (("handovers", 0, "point", "approved"), False)),
     "rules": ["ESC.TEAM.CHANGE"]},
    {"name": "team change without a new decision",
     "document": patch(COMPLETED, (("handovers", 0, "new_decision"), None)),
     "rules": ["ESC.TEAM.CHANGE"]},
    {"name": "convoy of 25 vehicles with 2 teams",
     "note": "25 vehicles need ⌈25/10⌉ = 3 teams",
     "document": patch(CONVOY_25, (("plan_task", "teams"), [team(), team("ОМАРОВ А.К.")])),
     "rules": ["ESC.TEAM.SIZE"]},
    {"name": "convoy of 11 vehicles with one team",
     "document": patch(BASE, (("convoy",), [vehicle(f"{100 + i}ABC56", aboard=i in (0, 10))
                                             for i in range(11)])),
     "rules": ["ESC.TEAM.SIZE"]},
    {"name": "no team in the last vehicle",
     "document": patch(CONVOY_25, (("convoy", 24, "team_aboard"), False)),
     "rules": ["ESC.TEAM.POSITIONS"]},
    {"name": "reload without its act",
     "document": patch(COMPLETED, (("reloads", 0, "act"), None)),
     "rules": ["ESC.RELOAD.ACT"]},
    {"name": "reload act not signed by the carrier",
     "document": patch(COMPLETED, (("reloads", 0, "act", "signed_by_carrier"), False)),
     "rules": ["ESC.RELOAD.ACT"]},
    {"name": "dangerous goods with an ordinary team",
     "document": patch(DANGEROUS, (("plan_task", "teams", 0, "reinforced"), False)),
     "rules": ["ESC.DANGEROUS"]},
    {"name": "dangerous goods, team aboard the goods vehicle",
     "document": patch(DANGEROUS, (("plan_task", "teams", 0, "escort_vehicle"), None),
                       (("convoy", 0, "team_aboard"), True)),
     "rules": ["ESC.DANGEROUS"]},
    {"name": "destination team late by a minute",
     "document": patch(DEST_TEAM, (("plan_task", "teams", 0, "arrived_at"),
                                   "2026-11-06T10:01")),
     "rules": ["ESC.TEAM.LATE"]},
    {"name": "final act while under way",
     "document": patch(COMPLETED, (("state",), "under_way")),
     "rules": ["ESC.STATE"]},
    {"name": "decision number not in the pattern",
     "document": patch(BASE, (("decision", "number"), "12-55201-05116"),
                       (("plan_task", "number"), "12-55201-05116")),
     "rules": ["NUM.FORMAT"]},
    {"name": "decision number of an office not in the directory",
     "document": patch(BASE, (("decision", "number"), "0012-99999-05116"),
                       (("plan_task", "number"), "0012-99999-05116")),
     "rules": ["NUM.OFFICE"]},
    {"name": "DCD number of a 31 November",
     "document": patch(BASE, (("dcd", "number"), "55201/31116/00317"),
                       (("plan_task", "documents"), ["55201/31116/00317"])),
     "rules": ["NUM.DATE"]},
    {"name": "empty escort",
     "document": {},
     "rules": ["ESC.DECISION.FIELDS", "ESC.DECISION.SIGNER", "ESC.DOCS"]},
]

input_errors = [
    vl.input_error("fee checked on a date the МРП table does not cover",
                   "document.decision.date",
                   document=patch(DECIDED, (("decision", "date"), "2027-01-15"))),
    vl.input_error("negative rate", "document.decision.fee.rate_mrp",
                   document=patch(BASE, (("decision", "fee", "rate_mrp"), -10))),
    vl.input_error("fractional amount", "document.decision.fee.amount_tenge",
                   document=patch(BASE, (("decision", "fee", "amount_tenge"), 43250.5))),
    vl.input_error("time with a space", "document.plan_task.teams[0].agreed_at",
                   document=patch(BASE, (("plan_task", "teams", 0, "agreed_at"),
                                         "2026-11-05 10:00"))),
    vl.input_error("unknown state", "document.state",
                   document=patch(BASE, (("state",), "started"))),
    vl.input_error("unknown member", "document.decision.stamp",
                   document=patch(BASE, (("decision", "stamp"), True))),
    vl.input_error("date not YYYY-MM-DD", "document.decision.paid_on",
                   document=patch(BASE, (("decision", "paid_on"), "05.11.2026"))),
    vl.input_error("several fields that cannot be read: every one is listed",
                   "document.state",
                   document_text=json.dumps(patch(BASE, (("state",), "started"),
                                                  (("decision", "paid_on"), "05.11.2026"),
                                                  (("decision", "stamp"), True),
                                                  (("decision", "head"), 7)),
                                            ensure_ascii=False),
                   paths=["document.state", "document.decision.head",
                          "document.decision.paid_on", "document.decision.stamp"],
                   note="an unknown state, a head given as a number, a date written "
                        "DD.MM.YYYY, an unknown member of the decision; as text, so that "
                        "the first in the text (the state) is the error's path"),
    vl.input_error("a time only the reader checks, first, then an unknown member",
                   "document.plan_task.teams[0].agreed_at",
                   document_text=json.dumps(patch(BASE, (("plan_task", "teams", 0, "agreed_at"),
                                                         "2026-11-05 10:00"),
                                                  (("colour",), "red")),
                                            ensure_ascii=False),
                   paths=["document.plan_task.teams[0].agreed_at", "document.colour"],
                   note="the schema does not know the YYYY-MM-DDTHH:MM form: the reader's "
                        "problem is first, the schema's unknown member follows"),
    vl.input_error("not JSON", "document", document_text="РЕШЕНИЕ О ТАМОЖЕННОМ СОПРОВОЖДЕНИИ № 0012-55201-05116"),
]

# The allowed moves (R2 §7–§20; the library's reading in the core's docs).
EDGES = {
    ("decided", "fee_paid"), ("fee_paid", "under_way"), ("under_way", "handed_over"),
    ("handed_over", "under_way"), ("under_way", "completed"), ("handed_over", "completed"),
}


def seq(name, states):
    return vl.sequence(name, "escort", states, EDGES, "ESC.STATE")


lifecycle = [
    seq("straight to the destination", ["decided", "fee_paid", "under_way", "completed"]),
    seq("two team changes", ["decided", "fee_paid", "under_way", "handed_over", "under_way",
                             "handed_over", "completed"]),
    seq("no start before payment", ["decided", "under_way"]),
    seq("no payment twice", ["decided", "fee_paid", "fee_paid"]),
    seq("no going back to decided", ["decided", "fee_paid", "decided"]),
    seq("no hand-over before the start", ["decided", "fee_paid", "handed_over"]),
    seq("nothing after completion", ["decided", "fee_paid", "under_way", "completed",
                                     "under_way"]),
]

data = vl.document_file("escort", OPTIONS, valid, invalid, input_errors, lifecycle)
vl.write(OUT, data)
vl.write(EXAMPLE_PATH, EXAMPLE, indent=2)
print(f"{OUT.relative_to(ROOT)}: {vl.counts(data)}")
