#!/usr/bin/env python3
"""Writes tests/vectors/arrival.json.

The shared vectors for the end of internal customs transit (R1 §34–§35,
annexes 3, 9, 10; SPEC §3, §9): registering the arrival of goods under a DCD,
the certificate confirming delivery, and DCD lifecycle sequences through
arrival. Read by the Rust, Python and C tests.

The DCD the goods travel under is the first valid document of dcd.json (read
from there, its relevant columns asserted below); everything else -- the
arrivals, the certificates, the patches that break them, the exact rule sets,
the stamp texts and the journal rows -- is written here by hand from SPEC.md,
the Kazakh text of R1 and the rule catalogue. Nothing is taken from running
the library.

Run from anywhere: python3 tests/vectors/make_arrival_vectors.py
Output is deterministic (same input, same bytes).
"""

import copy
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import _vectorlib as vl  # noqa: E402  (the generators' shared helpers)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "vectors" / "arrival.json"
DCD_VECTORS = ROOT / "tests" / "vectors" / "dcd.json"

OFFICES = ["15101", "39001", "47101", "50101", "55201", "58101", "62001"]
OPTIONS = {"reference": "2026-11-22", "offices": OFFICES}

# --------------------------------------------------------------------------
# The DCD: 55201/14106/00317, registered at Т/П «ЖАЙСАҢ» on 14 October 2026,
# to be delivered to Т/П «АҚТӨБЕ-ЦОТО» (15101) by 16 October 2026.

DCD = json.loads(DCD_VECTORS.read_text(encoding="utf-8"))["valid"][0]["document"]
assert DCD["reference_number"] == "55201/14106/00317"
assert DCD["principal"]["deadline"] == "2026-10-16"
assert DCD["destination_office"] == {"name": "Т/П «АҚТӨБЕ-ЦОТО»", "code": "15101"}
assert DCD["packages"] == 27
assert DCD["invoice"] == {"currency": "643", "total": 3160400.0}
assert DCD["vehicle_at_departure"]["details"] == "VOLVO FH 777OPN56 / ПОЛУПРИЦЕП АК 4521 56"
ITEMS = DCD["sheets"][0]["items"]
assert [i["gross_kg"] for i in ITEMS] == [14870, 2184, 3120]  # 20174 kg
assert [i["statistical_value"] for i in ITEMS] == [22710.27, 5247.87, 12219.61]  # 40177.75
assert "stamp_d" not in DCD

OFFICER = {"name": "ОРАЗОВА А.М.", "personal_seal": "0311"}
SD_NUMBER = "15101/16106/000123"

ARRIVAL = {
    "date": "2026-10-16",
    "declaration": {"kind": "short_declaration", "number": SD_NUMBER},
    "officer": OFFICER,
    "journal_number": 214,
}


def doc(state="registered", dcd=None, **arrival_changes):
    d = {"dcd": copy.deepcopy(dcd or DCD), "state": state, "arrival": copy.deepcopy(ARRIVAL)}
    if state is None:
        del d["state"]
    for k, v in arrival_changes.items():
        if v is DELETE:
            del d["arrival"][k]
        else:
            d["arrival"][k] = v
    return d


DELETE = object()


def dcd_with(path, value):
    d = copy.deepcopy(DCD)
    target = d
    for k in path[:-1]:
        target = target[k]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return d


GOODS = "; ".join(f'{i["description"]} ({i["commodity_code"]})' for i in ITEMS)

BASE_ROW = [
    "214",
    "16.10.2026",
    "55201/14106/00317",
    SD_NUMBER,
    DCD["consignor"],
    DCD["consignee"]["name_address"],
    GOODS,
    "20174",
    "27",
    "643",
    "3160400.00 / 40177.75",
    "VOLVO FH 777OPN56 / ПОЛУПРИЦЕП АК 4521 56",
    "ОРАЗОВА А.М.",
    "",
]

BASE_STAMP = {
    "kk": "Т/П «АҚТӨБЕ-ЦОТО»\nТауар келіп түсті\nИнспектор ОРАЗОВА А.М.\n16.10.2026\n"
          "Қысқаша декларация N 15101/16106/000123",
    "ru": "Т/П «АҚТӨБЕ-ЦОТО»\nТовар прибыл\nИнспектор ОРАЗОВА А.М.\n16.10.2026\n"
          "Краткая декларация № 15101/16106/000123",
}


def registered(date, in_time, deadline="2026-10-16", **more):
    e = {"registered": True, "state": "arrived", "delivered_on": date, "deadline": deadline,
         "in_time": in_time}
    e.update(more)
    return e


def refused(state="registered", deadline="2026-10-16", in_time=None):
    return {"registered": False, "state": state, "delivered_on": None, "deadline": deadline,
            "in_time": in_time}


valid = [
    {"name": "arrival on the deadline day, short declaration number on the stamp",
     "note": "the deadline day is still in time (SPEC §2: the last date on which delivery is in time)",
     "document": doc(),
     "expect": registered("2026-10-16", True, stamp=BASE_STAMP, journal_row=BASE_ROW)},
    {"name": "arrival a day before the deadline",
     "document": doc(date="2026-10-15",
                     declaration={"kind": "short_declaration", "number": "15101/15106/000122"}),
     "expect": registered("2026-10-15", True)},
    {"name": "arrival on the day the DCD was registered",
     "document": doc(date="2026-10-14",
                     declaration={"kind": "short_declaration", "number": "15101/14106/000120"}),
     "expect": registered("2026-10-14", True)},
    {"name": "cargo customs declaration number on the stamp",
     "document": doc(declaration={"kind": "cargo_customs_declaration",
                                  "number": "15101/161026/0004521"},
                     note="ВЫПУСК ДЛЯ СВОБОДНОГО ОБРАЩЕНИЯ"),
     "expect": registered(
         "2026-10-16", True,
         stamp={"kk": "Т/П «АҚТӨБЕ-ЦОТО»\nТауар келіп түсті\nИнспектор ОРАЗОВА А.М.\n16.10.2026\n"
                      "Жүк кедендік декларациясы N 15101/161026/0004521",
                "ru": "Т/П «АҚТӨБЕ-ЦОТО»\nТовар прибыл\nИнспектор ОРАЗОВА А.М.\n16.10.2026\n"
                      "ГТД № 15101/161026/0004521"},
         journal_row=BASE_ROW[:3] + ["15101/161026/0004521"] + BASE_ROW[4:13]
         + ["ВЫПУСК ДЛЯ СВОБОДНОГО ОБРАЩЕНИЯ"])},
    {"name": "the stamp names the office given with the arrival",
     "document": doc(office="ТАМОЖЕННЫЙ ПОСТ «АҚТӨБЕ-ЦОТО»"),
     "expect": registered(
         "2026-10-16", True,
         stamp={"kk": BASE_STAMP["kk"].replace("Т/П «АҚТӨБЕ-ЦОТО»", "ТАМОЖЕННЫЙ ПОСТ «АҚТӨБЕ-ЦОТО»", 1),
                "ru": BASE_STAMP["ru"].replace("Т/П «АҚТӨБЕ-ЦОТО»", "ТАМОЖЕННЫЙ ПОСТ «АҚТӨБЕ-ЦОТО»", 1)})},
    {"name": "state not given: the DCD is taken to be registered",
     "document": doc(state=None), "expect": registered("2026-10-16", True)},
    {"name": "no journal number: the row's No is empty",
     "document": doc(journal_number=DELETE),
     "expect": registered("2026-10-16", True, journal_row=[""] + BASE_ROW[1:])},
    {"name": "goods under a TIR carnet used as the DCD (R1 §58): the carnet number in column 3",
     "note": "a carnet number carries no registration date, so none is compared with the arrival",
     "document": doc(dcd=dcd_with(("reference_number",), "XE63745213"), date="2026-10-13",
                     declaration={"kind": "short_declaration", "number": "15101/13106/000119"}),
     "expect": registered("2026-10-13", True, journal_row=BASE_ROW[:1] + ["13.10.2026", "XE63745213",
                                                                          "15101/13106/000119"] + BASE_ROW[4:])},
]

invalid = []


def bad(name, document, rules, expect, note=None, options=None):
    case = {"name": name}
    if note:
        case["note"] = note
    case["document"] = document
    if options:
        case["options"] = options
    case["rules"] = sorted(rules)
    case["expect"] = expect
    invalid.append(case)


bad("late: arrival on 19 October, three days after the deadline",
    doc(date="2026-10-19", declaration={"kind": "short_declaration", "number": "15101/19106/000124"}),
    ["ARRIVAL.OVERDUE"], registered("2026-10-19", False),
    note="late goods are still registered as arrived; the lateness is reported")
bad("late by one day", doc(date="2026-10-17"), ["ARRIVAL.OVERDUE"], registered("2026-10-17", False))
bad("no deadline in column 50: registered, timeliness unknown",
    doc(dcd=dcd_with(["principal", "deadline"], DELETE)), ["DCD.50.DEADLINE"],
    registered("2026-10-16", None, deadline=None))
bad("DCD.STATE: a drafted DCD cannot arrive", doc(state="drafted"), ["DCD.STATE"],
    refused("drafted", in_time=True))
bad("DCD.STATE: arrival already registered", doc(state="arrived"), ["DCD.STATE"],
    refused("arrived", in_time=True))
bad("DCD.STATE: a completed DCD cannot arrive again", doc(state="completed"), ["DCD.STATE"],
    refused("completed", in_time=True))
bad("DCD.7.REQUIRED: the DCD has no reference number",
    doc(dcd=dcd_with(["reference_number"], DELETE)), ["DCD.7.REQUIRED"], refused(in_time=True))
def huge_gross():
    d = copy.deepcopy(DCD)
    for item in d["sheets"][0]["items"][:2]:
        item["gross_kg"] = 1.7e308
    return d


bad("DCD.35.RANGE: two gross weights of 1.7e308 kg cannot go into the journal row",
    doc(dcd=huge_gross()), ["DCD.35.RANGE"], refused(in_time=True),
    note="the row copies the sum of column 35; a value out of its range stops the registration "
         "(the sum is never wrapped into a negative weight)")
bad("NUM.FORMAT on the DCD number", doc(dcd=dcd_with(["reference_number"], "55201/14106/0317")),
    ["NUM.FORMAT"], refused(in_time=True))
bad("NUM.OFFICE on the DCD number (not in the directory)",
    doc(dcd=dcd_with(["reference_number"], "55202/14106/00317")), ["NUM.OFFICE"], refused(in_time=True))
bad("NUM.FUTURE on the DCD number", doc(dcd=dcd_with(["reference_number"], "55201/30116/00317")),
    ["NUM.FUTURE"], refused(in_time=True))
bad("ARRIVAL.DATE.REQUIRED", doc(date=DELETE), ["ARRIVAL.DATE.REQUIRED"], refused())
bad("ARRIVAL.DATE.BEFORE_REGISTRATION: arrived the day before the DCD was registered",
    doc(date="2026-10-13", declaration={"kind": "short_declaration", "number": "15101/13106/000119"}),
    ["ARRIVAL.DATE.BEFORE_REGISTRATION"], refused(in_time=True))
bad("ARRIVAL.DECLARATION.REQUIRED: no declaration", doc(declaration=DELETE),
    ["ARRIVAL.DECLARATION.REQUIRED"], refused(in_time=True))
bad("ARRIVAL.DECLARATION.REQUIRED: declaration without a number",
    doc(declaration={"kind": "cargo_customs_declaration", "number": " "}),
    ["ARRIVAL.DECLARATION.REQUIRED"], refused(in_time=True))
bad("ARRIVAL.DECLARATION.FORMAT: a DCD number written as the short declaration number",
    doc(declaration={"kind": "short_declaration", "number": "55201/14106/00317"}),
    ["ARRIVAL.DECLARATION.FORMAT"], refused(in_time=True))
bad("NUM.SEQUENCE on the short declaration number",
    doc(declaration={"kind": "short_declaration", "number": "15101/16106/000000"}),
    ["NUM.SEQUENCE"], refused(in_time=True))
bad("NUM.DATE on the short declaration number",
    doc(declaration={"kind": "short_declaration", "number": "15101/31116/000123"}),
    ["NUM.DATE"], refused(in_time=True))
bad("NUM.OFFICE on the short declaration number",
    doc(declaration={"kind": "short_declaration", "number": "15102/16106/000123"}),
    ["NUM.OFFICE"], refused(in_time=True))
bad("NUM.FUTURE on the short declaration number",
    doc(declaration={"kind": "short_declaration", "number": "15101/23116/000123"}),
    ["NUM.FUTURE"], refused(in_time=True))
bad("ARRIVAL.OFFICER.REQUIRED: no officer", doc(officer=DELETE), ["ARRIVAL.OFFICER.REQUIRED"],
    refused(in_time=True))
bad("ARRIVAL.OFFICER.REQUIRED: no personal seal",
    doc(officer={"name": "ОРАЗОВА А.М."}), ["ARRIVAL.OFFICER.REQUIRED"], refused(in_time=True))
bad("late and already arrived", doc(state="arrived", date="2026-10-20"),
    ["ARRIVAL.OVERDUE", "DCD.STATE"], refused("arrived", in_time=False))
bad("an empty arrival on a drafted empty DCD", {"dcd": {}, "state": "drafted", "arrival": {}},
    ["ARRIVAL.DATE.REQUIRED", "ARRIVAL.DECLARATION.REQUIRED", "ARRIVAL.OFFICER.REQUIRED",
     "DCD.50.DEADLINE", "DCD.7.REQUIRED", "DCD.STATE"],
    refused("drafted", deadline=None))


def text(d):
    return json.dumps(d, ensure_ascii=False)


input_errors = [
    {"name": "not JSON", "document_text": "ДКД 55201/14106/00317 ПРИБЫЛ", "path": "document"},
    {"name": "an unknown state", "document_text": text(doc(state="closed")), "path": "document.state"},
    {"name": "an unknown declaration kind",
     "document_text": text(doc(declaration={"kind": "gtd", "number": "1"})),
     "path": "document.arrival.declaration.kind"},
    {"name": "a declaration without its kind",
     "document_text": text(doc(declaration={"number": SD_NUMBER})),
     "path": "document.arrival.declaration"},
    {"name": "arrival date written DD.MM.YYYY", "document_text": text(doc(date="16.10.2026")),
     "path": "document.arrival.date"},
    {"name": "a negative journal number", "document_text": text(doc(journal_number=-1)),
     "path": "document.arrival.journal_number"},
    {"name": "an unknown member of the arrival", "document_text": text(doc(inspector="X")),
     "path": "document.arrival.inspector"},
    {"name": "an unknown member of the DCD",
     "document_text": text(doc(dcd={**DCD, "column_12": "X"})), "path": "document.dcd.column_12"},
    {"name": "a string for the DCD's packages",
     "document_text": text(doc(dcd={**DCD, "packages": "27"})), "path": "document.dcd.packages"},
]

# --------------------------------------------------------------------------
# Certificates confirming delivery (annex 10).

CERT = {
    "date": "2026-10-19",
    "number": "0042",
    "destination_office": {"name": "Т/П «АҚТӨБЕ-ЦОТО»", "code": "15101"},
    "dcd_number": "55201/14106/00317",
    "security": {"number": "55201/13106/00088", "date": "2026-10-13",
                 "office": {"name": "Т/П «ЖАЙСАҢ»", "code": "55201"}},
    "official": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311", "signed": True},
    "sealed": True,
}
# The security document is the one the DCD quotes in column 44 (7C).
assert ITEMS[1]["documents"][0] == {"code": "7C", "text": "55201/13106/00088 ОТ 13.10.2026"}


def cert(**changes):
    c = copy.deepcopy(CERT)
    for k, v in changes.items():
        if v is DELETE:
            del c[k]
        else:
            c[k] = v
    return c


def security(**changes):
    s = copy.deepcopy(CERT["security"])
    for k, v in changes.items():
        if v is DELETE:
            del s[k]
        else:
            s[k] = v
    return s


cert_valid = [
    {"name": "every blank filled; the security document is the one of DCD column 44 (7C)",
     "document": cert()},
    {"name": "office codes not given", "document": cert(
        destination_office={"name": "Т/П «АҚТӨБЕ-ЦОТО»"},
        security=security(office={"name": "Т/П «ЖАЙСАҢ»"}))},
    {"name": "a certificate number with letters", "document": cert(number="15101-СВ-0042")},
]

cert_invalid = []


def cbad(name, document, rules, note=None, options=None):
    case = {"name": name}
    if note:
        case["note"] = note
    case["document"] = document
    if options:
        case["options"] = options
    case["rules"] = sorted(rules)
    cert_invalid.append(case)


cbad("no date", cert(date=DELETE), ["CERT.DATE.REQUIRED"])
cbad("no number", cert(number=DELETE), ["CERT.NUMBER.REQUIRED"])
cbad("number blank", cert(number=""), ["CERT.NUMBER.REQUIRED"])
cbad("no destination office", cert(destination_office=DELETE), ["CERT.OFFICE.REQUIRED"])
cbad("destination office without a name", cert(destination_office={"code": "15101"}),
     ["CERT.OFFICE.REQUIRED"])
cbad("no DCD number", cert(dcd_number=DELETE), ["CERT.DCD.REQUIRED"])
cbad("DCD number not in its pattern", cert(dcd_number="55201/14106/317"), ["CERT.DCD.FORMAT"])
cbad("a TIR carnet number where the DCD number goes", cert(dcd_number="XC 74581234"),
     ["CERT.DCD.FORMAT"])
cbad("NUM.DATE on the DCD number", cert(dcd_number="55201/14136/00317"), ["NUM.DATE"])
cbad("NUM.OFFICE on the DCD number", cert(dcd_number="55202/14106/00317"), ["NUM.OFFICE"])
cbad("NUM.SEQUENCE on the DCD number", cert(dcd_number="55201/14106/00000"), ["NUM.SEQUENCE"])
cbad("NUM.FUTURE on the DCD number", cert(dcd_number="55201/25116/00317"), ["NUM.FUTURE"])
cbad("no security document", cert(security=DELETE),
     ["CERT.SECURITY.DATE", "CERT.SECURITY.OFFICE", "CERT.SECURITY.REQUIRED"])
cbad("security document without its number", cert(security=security(number=DELETE)),
     ["CERT.SECURITY.REQUIRED"])
cbad("security number not in its pattern", cert(security=security(number="55201/13106/0088")),
     ["CERT.SECURITY.FORMAT"])
cbad("a guarantee obligation number where the security number goes",
     cert(security=security(number="0042/151/12106/0089")), ["CERT.SECURITY.FORMAT"])
cbad("NUM.DATE on the security number", cert(security=security(number="55201/31096/00088")),
     ["NUM.DATE"], note="the date check needs a readable number: only NUM.DATE")
cbad("NUM.OFFICE on the security number", cert(security=security(number="55209/13106/00088")),
     ["NUM.OFFICE"])
cbad("NUM.SEQUENCE on the security number", cert(security=security(number="55201/13106/00000")),
     ["NUM.SEQUENCE"])
cbad("NUM.FUTURE on the security number",
     cert(security=security(number="55201/24116/00088", date="2026-11-24")), ["NUM.FUTURE"])
cbad("security document without its date", cert(security=security(date=DELETE)),
     ["CERT.SECURITY.DATE"])
cbad("security date differs from the date in its number",
     cert(security=security(date="2026-10-14")), ["CERT.SECURITY.DATE"])
cbad("registering office not named", cert(security=security(office=DELETE)),
     ["CERT.SECURITY.OFFICE"])
cbad("registering office with a code but no name", cert(security=security(office={"code": "55201"})),
     ["CERT.SECURITY.OFFICE"])
cbad("registering office's code is not the office in the number",
     cert(security=security(office={"name": "Т/П «АҚТӨБЕ-ЦОТО»", "code": "15101"})),
     ["CERT.SECURITY.OFFICE"])
cbad("no official", cert(official=DELETE), ["CERT.OFFICIAL.REQUIRED"])
cbad("official did not sign", cert(official={"name": "ОРАЗОВА А.М.", "personal_seal": "0311"}),
     ["CERT.OFFICIAL.REQUIRED"])
cbad("official without personal seal",
     cert(official={"name": "ОРАЗОВА А.М.", "personal_seal": " ", "signed": True}),
     ["CERT.OFFICIAL.REQUIRED"])
cbad("no seal", cert(sealed=False), ["CERT.SEAL.REQUIRED"])
cbad("an empty certificate", {},
     ["CERT.DATE.REQUIRED", "CERT.DCD.REQUIRED", "CERT.NUMBER.REQUIRED", "CERT.OFFICE.REQUIRED",
      "CERT.OFFICIAL.REQUIRED", "CERT.SEAL.REQUIRED", "CERT.SECURITY.DATE",
      "CERT.SECURITY.OFFICE", "CERT.SECURITY.REQUIRED"])

# The security document itself, given by the caller (option
# security_documents): the document of security.json, registered by
# Т/П «ЖАЙСАҢ» as 55201/13106/00088, its reverse naming DCD 55201/14106/00317.
SECURITY = json.loads((ROOT / "tests" / "vectors" / "security.json").read_text(encoding="utf-8"))[
    "valid"][0]["document"]
assert SECURITY["number"] == CERT["security"]["number"]
assert SECURITY["office"]["name"] == CERT["security"]["office"]["name"]


def related(**changes):
    s = copy.deepcopy(SECURITY)
    s.update(changes)
    return s


cert_valid.append({"name": "the security document given is the one named",
                   "document": cert(), "options": {"security_documents": [SECURITY]}})
cbad("link: the security document given has another sequence", cert(), ["SEC.LINK.NUMBER"],
     options={"security_documents": [related(number="55201/13106/00089")]})
cbad("link: the security document given was registered on another day", cert(), ["SEC.LINK.DATE"],
     options={"security_documents": [related(number="55201/12106/00088")]})
cbad("link: the security document given was registered by another office (by name)", cert(),
     ["SEC.LINK.OFFICE"],
     options={"security_documents": [related(office={"name": "Т/П «ҚОРҒАС»"})]})
cbad("link: the security document given was registered by another office (by code)", cert(),
     ["SEC.LINK.OFFICE"],
     options={"security_documents": [related(number="39001/13106/00088",
                                             office={"name": "Т/П «ЖАЙСАҢ»", "code": "39001"})]})
cbad("link: the security document's reverse names another DCD", cert(), ["SEC.REVERSE.DCD_MATCH"],
     options={"security_documents": [related(
         departure=[{**SECURITY["departure"][0], "dcd_number": "55201/15106/00318"}])]})

cert_input_errors = [
    {"name": "not JSON", "document_text": "СВИДЕТЕЛЬСТВО № 0042", "path": "document"},
    {"name": "sealed as a string", "document_text": text(cert(sealed="yes")), "path": "document.sealed"},
    {"name": "signed as a number",
     "document_text": text(cert(official={"name": "X", "personal_seal": "1", "signed": 1})),
     "path": "document.official.signed"},
    {"name": "an unknown member", "document_text": text(cert(tir_carnet="XC 74581234")),
     "path": "document.tir_carnet"},
    {"name": "security date not a date", "document_text": text(cert(security=security(date="13.10.2026"))),
     "path": "document.security.date"},
]

# --------------------------------------------------------------------------
# Lifecycle: Drafted -> Registered -> Arrived -> Completed, the arrival step
# being the registration of the arrival. A refused step changes nothing.

LATE = {**ARRIVAL, "date": "2026-10-19",
        "declaration": {"kind": "short_declaration", "number": "15101/19106/000124"}}
NO_OFFICER = {k: v for k, v in ARRIVAL.items() if k != "officer"}


def to(state, expect_state, rules=()):
    return {"to": state, "expect_rules": sorted(rules), "expect_state": expect_state}


def arrive(arrival, expect_state, rules=()):
    return {"arrive": copy.deepcopy(arrival), "expect_rules": sorted(rules),
            "expect_state": expect_state}


lifecycle = [
    {"name": "the whole way: drafted, registered, arrived, completed", "start": "drafted",
     "steps": [to("registered", "registered"), arrive(ARRIVAL, "arrived"), to("completed", "completed")]},
    {"name": "arrival registered late still moves the DCD to arrived", "start": "registered",
     "steps": [arrive(LATE, "arrived", ["ARRIVAL.OVERDUE"]), to("completed", "completed")]},
    {"name": "a drafted DCD cannot arrive; once registered it can", "start": "drafted",
     "steps": [arrive(ARRIVAL, "drafted", ["DCD.STATE"]), to("registered", "registered"),
               arrive(ARRIVAL, "arrived")]},
    {"name": "arrival cannot be registered twice", "start": "registered",
     "steps": [arrive(ARRIVAL, "arrived"), arrive(ARRIVAL, "arrived", ["DCD.STATE"])]},
    {"name": "an arrival refused for want of an officer leaves the DCD registered",
     "start": "registered",
     "steps": [arrive(NO_OFFICER, "registered", ["ARRIVAL.OFFICER.REQUIRED"]),
               arrive(ARRIVAL, "arrived")]},
    {"name": "no step may be skipped", "start": "drafted",
     "steps": [to("arrived", "drafted", ["DCD.STATE"]), to("completed", "drafted", ["DCD.STATE"]),
               to("registered", "registered"), to("completed", "registered", ["DCD.STATE"])]},
    {"name": "no step back, no staying put", "start": "arrived",
     "steps": [to("registered", "arrived", ["DCD.STATE"]), to("arrived", "arrived", ["DCD.STATE"]),
               to("completed", "completed"), to("drafted", "completed", ["DCD.STATE"]),
               arrive(ARRIVAL, "completed", ["DCD.STATE"])]},
]

for section in ((valid, invalid, input_errors), (cert_valid, cert_invalid, cert_input_errors)):
    names = [c["name"] for part in section for c in part]
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]


def certificate(case):
    """A certificate case of the file, whose default kind is arrival."""
    return {"name": case["name"], "kind": "delivery_certificate",
            **{k: v for k, v in case.items() if k != "name"}}


out = vl.document_file(
    "arrival", OPTIONS,
    valid + [certificate(c) for c in cert_valid],
    invalid + [certificate(c) for c in cert_invalid],
    [vl.input_error(**c) for c in input_errors]
    + [vl.input_error(**c, kind="delivery_certificate") for c in cert_input_errors],
    dcd=DCD, scenarios=lifecycle)

vl.write(OUT, out)
print(f"{OUT.relative_to(ROOT)}: {vl.counts(out)} (arrivals {len(valid)}/{len(invalid)}/"
      f"{len(input_errors)}, certificates {len(cert_valid)}/{len(cert_invalid)}/"
      f"{len(cert_input_errors)}); {len(lifecycle)} scenarios")
