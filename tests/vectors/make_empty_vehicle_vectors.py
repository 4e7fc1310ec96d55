#!/usr/bin/env python3
"""Writes tests/vectors/empty_vehicle.json.

The shared vectors for the import certificate of an empty foreign motor
vehicle (R1 ch. 7, §36–§39, annexes 11–12; SPEC §6; SPEC-R1-R3-NOTES §1,
§A.1–§A.2), kind `empty_vehicle`. Every certificate, every patch that breaks
it and every expected rule set is written here by hand from the Kazakh text
of R1 and the notes; the term-of-arrival limits are worked out with the
2000 km/month arithmetic of SPEC §2 (`_vectorlib.limit`). Nothing is taken
from running the library.

Run from anywhere: python3 tests/vectors/make_empty_vehicle_vectors.py
Output is deterministic (same input, same bytes).
"""

import copy
import datetime
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import _vectorlib as vl  # noqa: E402  (the generators' shared helpers)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "vectors" / "empty_vehicle.json"

OPTIONS = {"reference": "2026-11-22"}
KIND = "empty_vehicle"

# A VOLVO tractor unit from Orenburg enters empty at Т/П «ЖАЙСАҢ» on
# 10 November 2026 to load at Aktobe (250 km): term of arrival 12 November,
# term of temporary import 10 December.
DATE = datetime.date(2026, 11, 10)
KM = 250
LIMIT = vl.limit(DATE, KM)  # 250 km: ceil(250 * 30 / 2000) = 4 days
assert LIMIT == datetime.date(2026, 11, 14), LIMIT

ZHAISAN = {"name": "Т/П «ЖАЙСАҢ»", "code": "55201"}
AKTOBE = {"name": "Т/П «АҚТӨБЕ-ЦОТО»", "code": "15101"}

BASE = {
    "blank_number": "0012345",
    "office": ZHAISAN,
    "entry_office": ZHAISAN,
    "vehicle": {
        "make_model": "VOLVO FH 460",
        "category": "C",
        "year": 2019,
        "engine_number": "D13K 1234567",
        "chassis_number": "YV2RT40A5KB123456",
        "body_number": "ЖОҚ",
        "service_life_years": 7,
        "mileage_km": 612000,
        "engine_cc": 12780,
    },
    "owner": {"name": "ООО «ОРЕНБУРГТРАНС»", "address": "460048, РОССИЯ, Г. ОРЕНБУРГ, ПР. ПОБЕДЫ, 118"},
    "customs_mark": {"import_term": "2026-12-10", "restrictions": True},
    "exit_place": "Т/П «ЖАЙСАҢ»",
    "date": DATE.isoformat(),
    "official": {"name": "НУРЛАНОВ Е.С.", "personal_seal": "0217", "signed": True},
    "emblem_seal": True,
    "copies": 2,
    "receipt": {"name": "ИВАНОВ И.И.", "signed": True},
    "destination_office": AKTOBE,
    "arrival_term": {"deadline": "2026-11-12", "distance_km": KM},
}

ENTRY = {
    "number": 41,
    "date": "2026-11-10",
    "destination_office": "Т/П «АҚТӨБЕ-ЦОТО»",
    "blank_number": "0012345",
    "make_model": "VOLVO FH 460",
    "registration_number": "А 777 ОР 56",
    "owner": "ООО «ОРЕНБУРГТРАНС»",
    "driver": "ИВАНОВ И.И.",
    "country": "РОССИЯ",
    "arrival_term": "2026-11-12",
    "official": "НУРЛАНОВ Е.С.",
}
OTHER = dict(ENTRY, number=40, blank_number="0012344", make_model="MAN TGX 18.440",
             registration_number="В 123 ВС 02", owner="ТОО «ЖОЛ»", driver="ПЕТРОВ П.П.",
             country="КЫРГЫЗСТАН", arrival_term="2026-11-15")


def patched(changes, base=BASE):
    """`base` with `changes` applied: a key path (`a.b`) to a value, `None`
    for null; `DELETE` removes the member."""
    doc = copy.deepcopy(base)
    for path, value in changes.items():
        *parents, last = path.split(".")
        node = doc
        for p in parents:
            node = node[p]
        if value is DELETE:
            del node[last]
        else:
            node[last] = value
    return doc


DELETE = object()


def case(name, changes=None, rules=None, options=None, note=None, base=BASE):
    c = {"name": name}
    if note:
        c["note"] = note
    if options is not None:
        c["options"] = options
    c["document"] = patched(changes or {}, base)
    if rules is not None:
        c["rules"] = sorted(rules)
    return c


WITH_JOURNAL = patched({"journal": [OTHER, ENTRY]})

valid = [
    case("a lorry entering empty, both terms set, not yet arrived"),
    case("registered in the journal (entry 41 of 2026)", base=WITH_JOURNAL),
    case("a trailer: no engine number, no engine displacement",
         {"vehicle.category": "прицеп", "vehicle.make_model": "SCHMITZ SKO 24",
          "vehicle.engine_number": None, "vehicle.engine_cc": None},
         note="reading: a trailer has no engine (fields 5 and 10)"),
    case("category C written in Cyrillic", {"vehicle.category": "С"}),
    case("arrived on the last day of the term of arrival", {"arrival_date": "2026-11-12"}),
    case("left on the last day of the term of temporary import, judged later",
         {"arrival_date": "2026-11-11", "exit_date": "2026-12-10"},
         options={"reference": "2026-12-20"}),
    case("still in Kazakhstan on the last day of the term of temporary import",
         options={"reference": "2026-12-10"}),
    case("term of arrival on the limit day (250 km: 4 days)",
         {"arrival_term.deadline": LIMIT.isoformat()}),
    case("route distance from the options",
         {"arrival_term": {"deadline": LIMIT.isoformat()}}, options={"distance_km": KM}),
    case("no route distance: the limit is not checked",
         {"arrival_term": {"deadline": "2026-12-01"}},
         note="reading: without a route the 2000 km/month limit cannot be computed"),
    case("the place of entry not stated: the issuer is not compared", {"entry_office": None}),
    case("offices compared by name where a code is missing",
         {"entry_office": {"name": "Т/П «ЖАЙСАҢ»"}}),
]

invalid = [
    case("no blank number", {"blank_number": None}, ["EV.BLANK_NUMBER"]),
    case("the blank number twice in the journal",
         {"journal": [ENTRY, dict(ENTRY, number=42)]}, ["EV.BLANK_NUMBER"]),
    case("no issuing office", {"office": None}, ["EV.OFFICE.REQUIRED"]),
    case("issued by an office that is not at the place of entry",
         {"office": AKTOBE}, ["EV.ISSUER"]),
    case("no make and model", {"vehicle.make_model": " "}, ["EV.MAKE_MODEL.REQUIRED"]),
    case("no category", {"vehicle.category": None}, ["EV.CATEGORY.REQUIRED"]),
    case("category B", {"vehicle.category": "B"}, ["EV.CATEGORY"]),
    case("no year of manufacture", {"vehicle.year": None}, ["EV.YEAR.REQUIRED"]),
    case("made after the certificate's year", {"vehicle.year": 2027}, ["EV.YEAR.RANGE"]),
    case("no engine number", {"vehicle.engine_number": ""}, ["EV.ENGINE.REQUIRED"]),
    case("no chassis number", {"vehicle.chassis_number": None}, ["EV.CHASSIS.REQUIRED"]),
    case("no body number", {"vehicle.body_number": None}, ["EV.BODY.REQUIRED"]),
    case("no service life", {"vehicle.service_life_years": None}, ["EV.SERVICE_LIFE.REQUIRED"]),
    case("no mileage", {"vehicle.mileage_km": None}, ["EV.MILEAGE.REQUIRED"]),
    case("no engine displacement", {"vehicle.engine_cc": None}, ["EV.ENGINE_VOLUME.REQUIRED"]),
    case("no owner's address", {"owner.address": None}, ["EV.OWNER.REQUIRED"]),
    case("no term of temporary import in the mark", {"customs_mark.import_term": None},
         ["EV.IMPORT_TERM"]),
    case("the mark states no restrictions", {"customs_mark.restrictions": False},
         ["EV.MARK.REQUIRED"]),
    case("no place of exit", {"exit_place": None}, ["EV.EXIT_PLACE.REQUIRED"]),
    case("no date", {"date": None}, ["EV.DATE.REQUIRED"],
         note="without the date the term of arrival has no start: TERM.* is not checked"),
    case("no emblem seal", {"emblem_seal": False}, ["EV.CERTIFIED"]),
    case("no personal numbered seal, not signed",
         {"official": {"name": "НУРЛАНОВ Е.С.", "personal_seal": None, "signed": False}},
         ["EV.CERTIFIED"]),
    case("one copy", {"copies": 1}, ["EV.COPIES"]),
    case("copies not stated", {"copies": None}, ["EV.COPIES"]),
    case("the receipt not signed", {"receipt.signed": False}, ["EV.RECEIPT"]),
    case("no term of arrival", {"arrival_term": None}, ["EV.TERM"]),
    case("term of arrival a day past the limit",
         {"arrival_term.deadline": (LIMIT + datetime.timedelta(days=1)).isoformat()},
         ["TERM.LIMIT"]),
    case("term of arrival a month past the limit, 30-day convention",
         {"arrival_term.deadline": "2026-12-14"}, ["TERM.LIMIT"],
         options={"convention": "thirty_day"}),
    case("term of arrival before the certificate's date",
         {"arrival_term.deadline": "2026-11-09"}, ["TERM.BEFORE_START"]),
    case("arrived after the term of arrival", {"arrival_date": "2026-11-13"}, ["EV.TERM.OVERDUE"]),
    case("still in Kazakhstan the day after the term of temporary import", {},
         ["EV.STAY.OVERDUE"], options={"reference": "2026-12-11"}),
    case("left a day after the term of temporary import",
         {"arrival_date": "2026-11-11", "exit_date": "2026-12-11"}, ["EV.STAY.OVERDUE"],
         options={"reference": "2026-12-20"}),
    case("not in the journal given", {"journal": [OTHER]}, ["EV.JOURNAL"]),
    case("the journal names another make and term",
         {"journal": [dict(ENTRY, make_model="VOLVO FH 500", arrival_term="2026-11-13")]},
         ["EV.JOURNAL.MISMATCH"]),
    case("the journal names another destination office",
         {"journal": [dict(ENTRY, destination_office="Т/П «ҚОСТАНАЙ»")]},
         ["EV.JOURNAL.MISMATCH"]),
    {"name": "an empty certificate", "document": {},
     "rules": sorted(["EV.BLANK_NUMBER", "EV.OFFICE.REQUIRED", "EV.MAKE_MODEL.REQUIRED",
                      "EV.CATEGORY.REQUIRED", "EV.YEAR.REQUIRED", "EV.ENGINE.REQUIRED",
                      "EV.CHASSIS.REQUIRED", "EV.BODY.REQUIRED", "EV.SERVICE_LIFE.REQUIRED",
                      "EV.MILEAGE.REQUIRED", "EV.ENGINE_VOLUME.REQUIRED", "EV.OWNER.REQUIRED",
                      "EV.IMPORT_TERM", "EV.MARK.REQUIRED", "EV.EXIT_PLACE.REQUIRED",
                      "EV.DATE.REQUIRED", "EV.CERTIFIED", "EV.COPIES", "EV.RECEIPT",
                      "EV.TERM"])},
    case("several faults at once: stayed too long, one copy, no receipt",
         {"copies": 1, "receipt": None}, ["EV.COPIES", "EV.RECEIPT", "EV.STAY.OVERDUE"],
         options={"reference": "2027-01-05"}),
]

input_errors = [
    vl.input_error("not JSON", "document", document_text="КУӘЛІК 0012345"),
    vl.input_error("a negative number of copies", "document.copies",
                   document=patched({"copies": -1})),
    vl.input_error("an unknown member", "document.colour", document=patched({"colour": "WHITE"})),
    vl.input_error("the date written DD.MM.YYYY", "document.date",
                   document=patched({"date": "10.11.2026"})),
    vl.input_error("the year as text", "document.vehicle.year",
                   document=patched({"vehicle.year": "2019"})),
    vl.input_error("a negative mileage", "document.vehicle.mileage_km",
                   document=patched({"vehicle.mileage_km": -5})),
    vl.input_error("a route of zero km", "document.arrival_term.distance_km",
                   document=patched({"arrival_term.distance_km": 0})),
    vl.input_error("a journal entry with an unknown column", "document.journal[0].plate",
                   document=patched({"journal": [dict(ENTRY, plate="X")]})),
    vl.input_error("a misspelt option", "options.referense", document=BASE,
                   options={"referense": "2026-11-22"}, input="options"),
]

# The lifecycle, written by hand (module docs of kazcustoms_core::empty_vehicle):
# issued → arrived → exited; issued or arrived → overdue → exited.
EDGES = {("issued", "arrived"), ("issued", "overdue"), ("arrived", "exited"),
         ("arrived", "overdue"), ("overdue", "exited")}
lifecycle = [
    vl.sequence("arrived and left", KIND, ["issued", "arrived", "exited"], EDGES, "EV.STATE"),
    vl.sequence("overdue before arriving, then left", KIND, ["issued", "overdue", "exited"], EDGES, "EV.STATE"),
    vl.sequence("arrived, overdue, left", KIND, ["issued", "arrived", "overdue", "exited"], EDGES, "EV.STATE"),
    vl.sequence("left without arriving at the destination office", KIND, ["issued", "exited"], EDGES, "EV.STATE"),
    vl.sequence("back to issued", KIND, ["issued", "arrived", "issued"], EDGES, "EV.STATE"),
    vl.sequence("staying put", KIND, ["arrived", "arrived"], EDGES, "EV.STATE"),
    vl.sequence("nothing after leaving", KIND, ["exited", "overdue"], EDGES, "EV.STATE"),
]

data = vl.document_file(KIND, OPTIONS, valid, invalid, input_errors, lifecycle)
vl.write(OUT, data)
print(f"{OUT.name}: {vl.counts(data)}")
