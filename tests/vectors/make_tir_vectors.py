#!/usr/bin/env python3
"""Writes tests/vectors/tir_carnet.json and tests/vectors/tir_delivery_certificate.json.

The shared vectors for the TIR carnet used as a DCD (R1 ch. 10, §58–§70;
SPEC §9; SPEC-R1-R3-NOTES §4) and the certificate confirming delivery under
it (annex 16, notes A.6). Read by the Rust, Python and C tests.

Everything here is written by hand from the Kazakh text of R1 ch. 10, the
notes' box map and the rule catalogue: the carnets, the patches that break
them, the exact rule sets each patch breaks (reasoned out below, case by
case), the input errors and the lifecycle moves. Nothing is taken from
running the library.

Run from anywhere: python3 tests/vectors/make_tir_vectors.py
Output is deterministic (same input, same bytes).
"""

import copy
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import _vectorlib as vl  # noqa: E402  (the generators' shared helpers)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "vectors" / "tir_carnet.json"
OUT_CERT = ROOT / "tests" / "vectors" / "tir_delivery_certificate.json"

OFFICES = ["15101", "39001", "47101", "50101", "55201", "58101", "62001"]
OPTIONS = {"reference": "2026-11-22", "offices": OFFICES}

# --------------------------------------------------------------------------
# The carnet XE63745213: opened at Т/П «ЖАЙСАҢ» (55201) on 12 October 2026,
# registered there under journal No 317, two seals, 20 packages of steel
# pipes and fittings, to be delivered to Т/П «АҚТӨБЕ-ЦОТО» by 20 October.

DEPARTURE = "Т/П «ЖАЙСАҢ»"
DESTINATION = "Т/П «АҚТӨБЕ-ЦОТО»"
EN_ROUTE = "Т/П «ҚАНДЫАҒАШ»"
SEALS = {"count": 2, "numbers": ["KZ 001122", "KZ 001123"]}
OPENED = {"date": "2026-10-12", "signed": True, "personal_seal": "0415"}
AT_DESTINATION = {"date": "2026-10-16", "signed": True, "personal_seal": "0311"}

DEPARTURE_VOUCHER = {
    "official_use": {"value": 41250.0, "currency": "840", "signed": True, "personal_seal": "0415"},
    "seals": SEALS,
    "opened": OPENED,
    "departure_office": DEPARTURE,
    "seals_intact": True,
    "transit_limit": "2026-10-20",
    "registered": {"office_code": "55201", "journal_number": "317"},
    "destination_office": DESTINATION,
    "processed": OPENED,
}
# Boxes 16 and 17 go on every voucher (§62); the rest on one set only.
OTHER_VOUCHER = {"seals": SEALS, "opened": OPENED}

COVER = {str(n): text for n, text in [
    (2, "ҚАЗАВТОКӨЛІК ОДАҒЫ"), (3, "ТОО «ЖАЙСАҢ ТРАНС», Г. АКТОБЕ"), (4, "ПОДПИСЬ, ПЕЧАТЬ"),
    (5, "ПОДПИСЬ IRU"), (6, "RU"), (7, "KZ"), (8, "777OPN56 / АК 4521 56"),
    (9, "№ 0458 ОТ 15.01.2024"), (10, "-"), (11, "-"), (12, "20174 КГ"),
    (13, "ПОДПИСЬ ДЕРЖАТЕЛЯ"), (14, "1 ПЕРЕВОЗКА"), (15, "-")]}
COVER["yellow_sheet"] = True

ACCEPTED = {
    "number": "XE63745213",
    "state": "accepted",
    "documents": {"carnet": True, "approval_certificate": True,
                  "transport_documents": True, "certified": True},
    "cover": COVER,
    "goods": [{"description": "ТРУБЫ СТАЛЬНЫЕ ЭЛЕКТРОСВАРНЫЕ 530Х8 ММ", "packages": 12},
              {"description": "ОТВОДЫ КРУТОИЗОГНУТЫЕ 90° 530Х10 ММ", "packages": 8}],
    "departure_set": 1,
    "sets": [
        {"white": DEPARTURE_VOUCHER, "green": DEPARTURE_VOUCHER,
         "counterfoil_1": {"departure_office": DEPARTURE, "journal_number": "317", "seals": SEALS,
                           "seals_intact": True, "destination_office": DESTINATION,
                           "processed": OPENED},
         "counterfoil_2": {"destination_office": DESTINATION}},
        {"white": OTHER_VOUCHER, "green": OTHER_VOUCHER},
    ],
}

ACCEPTED = json.loads(json.dumps(ACCEPTED))  # no shared members
TERMINATED = copy.deepcopy(ACCEPTED)
TERMINATED["state"] = "terminated"
TERMINATED["sets"][0]["green_destination"] = {
    "office": DESTINATION, "seals_intact": True, "packages": 20, "processed": AT_DESTINATION}
TERMINATED["sets"][0]["counterfoil_2"].update(
    seals_intact=True, packages=20, processed=AT_DESTINATION)
TERMINATED["destination"] = {"new_seals_affixed": False}

DISCHARGED = copy.deepcopy(TERMINATED)
DISCHARGED["state"] = "discharged"
DISCHARGED["destination"] = {"new_seals_affixed": False, "certificate": "0043", "stamp_figure_2": True}


def patched(base, *edits):
    """A copy of `base` with each edit (path, value) applied; the value
    `DELETE` removes the member. The copy goes through JSON, so no two
    members share an object (a patch of one voucher is of that voucher only)."""
    doc = json.loads(json.dumps(base))
    for path, value in edits:
        *parents, last = path
        node = doc
        for key in parents:
            node = node[key]
        if value is DELETE:
            del node[last]
        else:
            node[last] = value
    return doc


DELETE = object()
W = ("sets", 0, "white")
G = ("sets", 0, "green")
GD = ("sets", 0, "green_destination")
CF1 = ("sets", 0, "counterfoil_1")
CF2 = ("sets", 0, "counterfoil_2")

valid = [
    {"name": "accepted at departure: two sets, the first written by the departure office",
     "document": ACCEPTED},
    {"name": "presented: only the carnet, the documents and the cover are checked",
     "document": {"number": "63745213", "state": "presented",
                  "documents": {"carnet": True, "approval_certificate": True, "transport_documents": True},
                  "cover": COVER, "sets": [{"white": {}, "green": {}}]}},
    {"name": "arrived at destination, not yet processed",
     "document": patched(ACCEPTED, (("state",), "arrived"))},
    {"name": "terminated at destination: boxes 24-28, counterfoil No. 2 boxes 1-6",
     "document": TERMINATED},
    {"name": "discharged: certificate issued, stamp figure 2 on the documents",
     "document": DISCHARGED},
    {"name": "partially terminated en route: 12 of 20 packages, box 24 another office",
     "document": patched(TERMINATED, (("state",), "partially_terminated"),
                         (GD + ("office",), EN_ROUTE), (GD + ("packages",), 12),
                         (CF2 + ("packages",), 12))},
    {"name": "broken seal: reservations with R in box 27 and counterfoil box 5, new seal in box 4",
     "document": patched(TERMINATED,
                         (GD + ("seals_intact",), False),
                         (GD + ("reservations",), "R ПЛОМБА KZ 001123 ПОВРЕЖДЕНА"),
                         (CF2 + ("seals_intact",), False),
                         (CF2 + ("reservations",), "R: ПЛОМБА KZ 001123 ПОВРЕЖДЕНА"),
                         (CF2 + ("new_seals",), {"count": 1, "numbers": ["KZ 009001"]}),
                         (("destination", "new_seals_affixed"), True))},
    {"name": "late arrival after box 20 with a reservation",
     "document": patched(TERMINATED,
                         (GD + ("processed",), dict(AT_DESTINATION, date="2026-10-21")),
                         (CF2 + ("processed",), dict(AT_DESTINATION, date="2026-10-21")),
                         (GD + ("reservations",), "R СРОК ДОСТАВКИ НАРУШЕН"),
                         (CF2 + ("reservations",), "R СРОК ДОСТАВКИ НАРУШЕН"))},
    {"name": "box 20 within the 2000 km/month limit when the extension is on (1000 km: 27 Oct)",
     "options": {"tir_term_limit": True, "distance_km": 1000}, "document": ACCEPTED},
    {"name": "box 20 beyond the limit is not checked by default (300 km)",
     "options": {"distance_km": 300}, "document": ACCEPTED},
]

invalid = []


def bad(name, doc, rules, options=None):
    case = {"name": name, "document": doc, "rules": sorted(set(rules))}
    if options is not None:
        case["options"] = options
    invalid.append(case)


# Departure (§59–§64), each patch of the accepted carnet breaking one rule.
bad("no carnet number", patched(ACCEPTED, (("number",), DELETE)), ["TIR.NUMBER.REQUIRED"])
bad("a carnet number with a space", patched(ACCEPTED, (("number",), "XE 63745213")), ["TIR.NUMBER.FORMAT"])
bad("three series letters", patched(ACCEPTED, (("number",), "XEZ63745213")), ["TIR.NUMBER.FORMAT"])
bad("no vehicle approval certificate", patched(ACCEPTED, (("documents", "approval_certificate"), False)), ["TIR.DOCS"])
bad("documents not certified with the personal seal", patched(ACCEPTED, (("documents", "certified"), False)), ["TIR.DOCS.CERTIFIED"])
bad("no green voucher at all", patched(ACCEPTED, (G, DELETE), (("sets", 1, "green"), DELETE)), ["TIR.VOUCHERS"])
bad("the departure set is not in the carnet", patched(ACCEPTED, (("departure_set",), 3)), ["TIR.VOUCHERS"])
bad("cover box 7 empty", patched(ACCEPTED, (("cover", "7"), "")), ["TIR.COVER"])
bad("no yellow sheet", patched(ACCEPTED, (("cover", "yellow_sheet"), False)), ["TIR.COVER"])
bad("for official use: no currency", patched(ACCEPTED, (W + ("official_use",), {"value": 41250.0, "signed": True, "personal_seal": "0415"})), ["TIR.OFFICIAL_USE"])
bad("for official use: not sealed on the green voucher", patched(ACCEPTED, (G + ("official_use",), {"value": 41250.0, "currency": "840", "signed": True})), ["TIR.OFFICIAL_USE"])
bad("box 16 empty on the second set's white voucher", patched(ACCEPTED, (("sets", 1, "white"), {"opened": OPENED})), ["TIR.16.REQUIRED"])
bad("box 17 unsigned on the second set's green voucher", patched(ACCEPTED, (("sets", 1, "green"), {"seals": SEALS, "opened": dict(OPENED, signed=False)})), ["TIR.17.REQUIRED"])
bad("box 18 empty", patched(ACCEPTED, (W + ("departure_office",), DELETE)), ["TIR.18.REQUIRED"])
bad("box 19 not marked", patched(ACCEPTED, (G + ("seals_intact",), False)), ["TIR.19.REQUIRED"])
bad("box 20 empty", patched(ACCEPTED, (W + ("transit_limit",), DELETE)), ["TIR.20.REQUIRED"])
bad("box 21 empty", patched(ACCEPTED, (W + ("registered",), DELETE)), ["TIR.21.REQUIRED"])
bad("box 21 with a 4-digit office code", patched(ACCEPTED, (W + ("registered",), {"office_code": "5520", "journal_number": "317"})), ["TIR.21.FORMAT"])
bad("box 21 without the journal number", patched(ACCEPTED, (G + ("registered",), {"office_code": "55201"})), ["TIR.21.FORMAT"])
bad("box 22 empty", patched(ACCEPTED, (G + ("destination_office",), DELETE)), ["TIR.22.REQUIRED"])
bad("box 23 without the personal seal", patched(ACCEPTED, (W + ("processed",), {"date": "2026-10-12", "signed": True})), ["TIR.23.REQUIRED"])
bad("counterfoil No. 1 box 2 is not the number of box 21", patched(ACCEPTED, (CF1 + ("journal_number",), "318")), ["TIR.COUNTERFOIL.MISMATCH"])
bad("counterfoil No. 1 box 1 empty", patched(ACCEPTED, (CF1 + ("departure_office",), DELETE)), ["TIR.CF1.1.REQUIRED"])
bad("counterfoil No. 1 box 2 empty", patched(ACCEPTED, (CF1 + ("journal_number",), " ")), ["TIR.CF1.2.REQUIRED"])
bad("counterfoil No. 1 box 3 empty", patched(ACCEPTED, (CF1 + ("seals",), DELETE)), ["TIR.CF1.3.REQUIRED"])
bad("counterfoil No. 1 box 4 not marked", patched(ACCEPTED, (CF1 + ("seals_intact",), False)), ["TIR.CF1.4.REQUIRED"])
bad("counterfoil No. 1 box 5 empty", patched(ACCEPTED, (CF1 + ("destination_office",), DELETE)), ["TIR.CF1.5.REQUIRED"])
bad("counterfoil No. 1 box 6 empty", patched(ACCEPTED, (CF1 + ("processed",), DELETE)), ["TIR.CF1.6.REQUIRED"])
bad("no counterfoil No. 1", patched(ACCEPTED, (CF1, DELETE)),
    ["TIR.CF1.1.REQUIRED", "TIR.CF1.2.REQUIRED", "TIR.CF1.3.REQUIRED", "TIR.CF1.4.REQUIRED",
     "TIR.CF1.5.REQUIRED", "TIR.CF1.6.REQUIRED"])
bad("counterfoil No. 1 box 3 names another seal", patched(ACCEPTED, (CF1 + ("seals",), {"count": 2, "numbers": ["KZ 001122", "KZ 001124"]})), ["TIR.SEALS.MISMATCH"])
bad("box 16 counts three seals and names two", patched(ACCEPTED, (("sets", 1, "white"), {"seals": {"count": 3, "numbers": ["KZ 001122", "KZ 001123"]}, "opened": OPENED})), ["TIR.SEALS.MISMATCH"])
bad("counterfoil No. 1 box 5 names another destination", patched(ACCEPTED, (CF1 + ("destination_office",), "Т/П «ҚОСТАНАЙ»")), ["TIR.OFFICE.MISMATCH"])
bad("green box 18 names another departure office", patched(ACCEPTED, (G + ("departure_office",), EN_ROUTE)), ["TIR.OFFICE.MISMATCH"])
bad("counterfoil No. 2 box 1 empty", patched(ACCEPTED, (CF2, {})), ["TIR.CF2.1.REQUIRED"])
bad("box 20 before box 17", patched(ACCEPTED, (W + ("transit_limit",), "2026-10-11")), ["TERM.BEFORE_START"])
# 300 km from 12 Oct: ceil(300 × 30 / 2000) = 5 days, 17 Oct < 20 Oct, on both vouchers.
bad("box 20 beyond the 2000 km/month limit with the extension on (300 km: 17 Oct)", ACCEPTED,
    ["TERM.LIMIT"], options={"tir_term_limit": True, "distance_km": 300})
# An empty document of the default state `accepted`: no number, no documents
# (so none certified), no cover, no voucher; without a set nothing else is checked.
bad("an empty carnet", {}, ["TIR.COVER", "TIR.DOCS", "TIR.DOCS.CERTIFIED", "TIR.NUMBER.REQUIRED", "TIR.VOUCHERS"])

# Destination (§66–§69), each patch of the terminated carnet breaking one rule.
bad("arrived with packages in box 26", patched(ACCEPTED, (("state",), "arrived"), (GD, {"packages": 20})), ["TIR.26.ONLY_ON_TERMINATION"])
bad("arrived with packages in counterfoil No. 2 box 3", patched(ACCEPTED, (("state",), "arrived"), (CF2 + ("packages",), 20)), ["TIR.26.ONLY_ON_TERMINATION"])
bad("terminated with box 26 empty", patched(TERMINATED, (GD + ("packages",), DELETE)), ["TIR.26.ONLY_ON_TERMINATION"])
bad("box 24 empty", patched(TERMINATED, (GD + ("office",), DELETE)), ["TIR.24.REQUIRED"])
bad("fully terminated at another office than box 22", patched(TERMINATED, (GD + ("office",), EN_ROUTE)), ["TIR.OFFICE.MISMATCH"])
bad("counterfoil No. 2 box 3 differs from box 26", patched(TERMINATED, (CF2 + ("packages",), 19)), ["TIR.26.MISMATCH"])
bad("more packages terminated than declared", patched(TERMINATED, (GD + ("packages",), 21), (CF2 + ("packages",), 21)), ["TIR.26.PACKAGES"])
bad("reservation with a Cyrillic Р", patched(TERMINATED, (GD + ("seals_intact",), False), (CF2 + ("seals_intact",), False),
                                              (GD + ("reservations",), "Р ПЛОМБА ПОВРЕЖДЕНА"),
                                              (CF2 + ("reservations",), "R ПЛОМБА ПОВРЕЖДЕНА")), ["TIR.27.RESERVATION"])
bad("reservation R without a description", patched(TERMINATED, (CF2 + ("reservations",), "R")), ["TIR.27.RESERVATION"])
bad("seals not intact without a reservation", patched(TERMINATED, (GD + ("seals_intact",), False)), ["TIR.27.MISSING"])
bad("arrived after box 20 without a reservation", patched(TERMINATED, (GD + ("processed",), dict(AT_DESTINATION, date="2026-10-21"))), ["TIR.27.MISSING"])
bad("fully terminated with 18 of 20 packages and no reservation", patched(TERMINATED, (GD + ("packages",), 18), (CF2 + ("packages",), 18)), ["TIR.27.MISSING"])
bad("box 28 empty", patched(TERMINATED, (GD + ("processed",), DELETE)), ["TIR.28.REQUIRED"])
bad("counterfoil No. 2 box 6 unsigned", patched(TERMINATED, (CF2 + ("processed",), dict(AT_DESTINATION, signed=False))), ["TIR.CF2.6.REQUIRED"])
bad("counterfoil No. 2 box 4 without new seals", patched(TERMINATED, (CF2 + ("new_seals",), {"count": 1, "numbers": ["KZ 009001"]})), ["TIR.CF2.4.NEW_SEALS"])
bad("new seals affixed, counterfoil No. 2 box 4 empty", patched(TERMINATED, (("destination", "new_seals_affixed"), True)), ["TIR.CF2.4.NEW_SEALS"])
bad("discharged without the certificate", patched(DISCHARGED, (("destination", "certificate"), DELETE)), ["TIR.CERT"])
bad("discharged without stamp figure 2", patched(DISCHARGED, (("destination", "stamp_figure_2"), False)), ["TIR.STAMP"])

TEXT = json.dumps(ACCEPTED, ensure_ascii=False)
input_errors = [
    vl.input_error("not JSON", "document", document_text="ХЖТ XE63745213"),
    vl.input_error("an unknown state", "document.state", document=patched(ACCEPTED, (("state",), "opened"))),
    vl.input_error("box 20 written DD.MM.YYYY", "document.sets[0].white.transit_limit",
                   document=patched(ACCEPTED, (W + ("transit_limit",), "20.10.2026"))),
    vl.input_error("negative packages", "document.goods[0].packages",
                   document=patched(ACCEPTED, (("goods", 0, "packages"), -1))),
    vl.input_error("an unknown member of a voucher", "document.sets[0].white.box_99",
                   document=patched(ACCEPTED, (W + ("box_99",), "X"))),
    vl.input_error("cover box 16 (the cover has 2-15)", "document.cover.16",
                   document=patched(ACCEPTED, (("cover", "16"), "X"))),
    vl.input_error("a seal count as text", "document.sets[1].white.seals.count",
                   document=patched(ACCEPTED, (("sets", 1, "white", "seals", "count"), "2"))),
    vl.input_error("tir_term_limit as text", "options.tir_term_limit", document=ACCEPTED,
                   options={"tir_term_limit": "yes"}, input="options"),
]
assert TEXT

EDGES = {("presented", "accepted"), ("accepted", "arrived"), ("arrived", "partially_terminated"),
         ("arrived", "terminated"), ("partially_terminated", "arrived"), ("terminated", "discharged")}
K = "tir_carnet"
lifecycle = [
    vl.sequence("the whole way", K, ["presented", "accepted", "arrived", "terminated", "discharged"], EDGES, "TIR.STATE"),
    vl.sequence("partial termination, then the rest at the next office", K,
                ["presented", "accepted", "arrived", "partially_terminated", "arrived", "terminated", "discharged"], EDGES, "TIR.STATE"),
    vl.sequence("arrival without acceptance", K, ["presented", "arrived"], EDGES, "TIR.STATE"),
    vl.sequence("discharge after a partial termination", K, ["accepted", "arrived", "partially_terminated", "discharged"], EDGES, "TIR.STATE"),
    vl.sequence("back from discharged", K, ["terminated", "discharged", "presented"], EDGES, "TIR.STATE"),
    vl.sequence("terminated twice", K, ["arrived", "terminated", "terminated"], EDGES, "TIR.STATE"),
]

data = vl.document_file(K, OPTIONS, valid, invalid, input_errors, lifecycle)

# --------------------------------------------------------------------------
# The annex 16 certificate issued at Т/П «АҚТӨБЕ-ЦОТО» on 19 October 2026
# for the carnet, with the security document 55201/13106/00088 of
# 13 October 2026 registered at Т/П «ЖАЙСАҢ» (55201).

CERT = {
    "date": "2026-10-19",
    "number": "0043",
    "destination_office": {"name": DESTINATION, "code": "15101"},
    "carnet_number": "XE63745213",
    "security": {"number": "55201/13106/00088", "date": "2026-10-13",
                 "office": {"name": DEPARTURE, "code": "55201"}},
    "official": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311", "signed": True},
}
cert_valid = [
    {"name": "the certificate of 19 October 2026", "document": CERT},
    {"name": "a carnet number without series letters, office codes not given",
     "document": patched(CERT, (("carnet_number",), "63745213"), (("destination_office",), {"name": DESTINATION}),
                         (("security", "office"), {"name": DEPARTURE}))},
]
cert_invalid = []


def cbad(name, doc, rules):
    cert_invalid.append({"name": name, "document": doc, "rules": sorted(rules)})


cbad("no date", patched(CERT, (("date",), DELETE)), ["TIR.CERT.DATE.REQUIRED"])
cbad("a blank number", patched(CERT, (("number",), " ")), ["TIR.CERT.NUMBER.REQUIRED"])
cbad("no destination office", patched(CERT, (("destination_office",), DELETE)), ["TIR.CERT.OFFICE.REQUIRED"])
cbad("no carnet number", patched(CERT, (("carnet_number",), DELETE)), ["TIR.CERT.CARNET.REQUIRED"])
cbad("a DCD number for the carnet", patched(CERT, (("carnet_number",), "55201/14106/00317")), ["TIR.CERT.CARNET.FORMAT"])
cbad("no security document number", patched(CERT, (("security", "number"), DELETE)), ["TIR.CERT.SECURITY.REQUIRED"])
cbad("a security number of four-digit sequence", patched(CERT, (("security", "number"), "55201/13106/0088")), ["TIR.CERT.SECURITY.FORMAT"])
cbad("a security number dated after the reference", patched(CERT, (("security", "number"), "55201/13126/00088")), ["NUM.FUTURE"])
cbad("the security date is not the date in its number", patched(CERT, (("security", "date"), "2026-10-14")), ["TIR.CERT.SECURITY.DATE"])
cbad("the registering office is not the office in the number", patched(CERT, (("security", "office", "code"), "15101")), ["TIR.CERT.SECURITY.OFFICE"])
cbad("unsigned", patched(CERT, (("official", "signed"), False)), ["TIR.CERT.OFFICIAL.REQUIRED"])
cbad("an empty certificate", {}, ["TIR.CERT.CARNET.REQUIRED", "TIR.CERT.DATE.REQUIRED", "TIR.CERT.NUMBER.REQUIRED",
                                  "TIR.CERT.OFFICE.REQUIRED", "TIR.CERT.OFFICIAL.REQUIRED", "TIR.CERT.SECURITY.DATE",
                                  "TIR.CERT.SECURITY.OFFICE", "TIR.CERT.SECURITY.REQUIRED"])
cert_errors = [
    vl.input_error("not JSON", "document", document_text="[1, 2"),
    vl.input_error("the annex 10 seal (annex 16 has none)", "document.sealed", document=patched(CERT, (("sealed",), True))),
    vl.input_error("date written DD.MM.YYYY", "document.date", document=patched(CERT, (("date",), "19.10.2026"))),
]
cert = vl.document_file("tir_delivery_certificate", OPTIONS, cert_valid, cert_invalid, cert_errors)

if __name__ == "__main__":
    vl.write(OUT, data)
    vl.write(OUT_CERT, cert)
    print(f"{OUT.name}: {vl.counts(data)}")
    print(f"{OUT_CERT.name}: {vl.counts(cert)}")
