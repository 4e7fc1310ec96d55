#!/usr/bin/env python3
"""Writes tests/vectors/accompanying_documents.json.

The shared vectors of accompanying documents used as a DCD (SPEC §8; R1
§49–§57, annexes 14–15; SPEC-R1-R3-NOTES §3), read by the Rust, Python and
C tests. Written by hand from the Kazakh text of R1 chapter 9 and the rule
catalogue: the base documents, the patches that break them, and the exact
set of rule ids each broken document must report. Nothing is taken from
running the library.

Run from anywhere: python3 tests/vectors/make_accompanying_vectors.py
"""

import copy
import datetime
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import _vectorlib as vl  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "vectors" / "accompanying_documents.json"
KIND = "accompanying_documents"
D = datetime.date

OFFICES = ["15101", "50101", "55201", "62001"]
# The offices equipped under §50 (the Committee's published list; invented).
EQUIPPED = ["55201", "62001"]
OPTIONS = {"reference": "2026-11-22", "offices": OFFICES, "equipped_offices": EQUIPPED}

ACCEPTED = D(2026, 10, 14)
KM = 1200
NUMBER = "55201/14106/00317"  # 55201, 14.10.2026, No 317

GOODS = {"name": "ТРУБЫ СТАЛЬНЫЕ", "quantity": "120 ШТ", "value": "3 160 400 RUB",
         "code": "7305 31", "gross_weight_or_volume": "20174 КГ"}

PARTICULARS = {
    "consignor": "ООО «ОТЗ», Г. ОРЕНБУРГ", "consignee": "ТОО «АСМ», Г. АКТОБЕ",
    "country_of_dispatch": "РОССИЯ", "country_of_destination": "КАЗАХСТАН",
    "declarant": "ТОО «АСМ»", "carrier": "ТОО «ЖАЙСАҢ ТРАНС»", "vehicle": "777OPN56",
    "goods": [GOODS], "packages": "27", "destination_point": "Г. АКТОБЕ",
    "restriction_documents": [], "planned_operations": [],
}
PRELIMINARY = {**PARTICULARS, "accompanying_documents": ["CMR 0458812", "ИНВОЙС 15/10"]}

SHEETS = [
    {"number": 1, "kind": "transport", "language": "ru", "certified": True},
    {"number": 2, "kind": "commercial", "language": "en", "translated": True, "certified": True},
    {"number": 3, "kind": "commercial", "language": "ru", "translation": True, "certified": True},
]

INVENTORY = {
    "copies": 2, "dcd_number": NUMBER, "post": "Т/П «ЖАЙСАҢ»", "vehicle": "777OPN56",
    "rows": [{"item": 1, "number": "0458812", "sheets": 1},
             {"item": 2, "number": "15/10", "sheets": 2}],
    "total": 3,
    "undertaking": {"carrier": "ТЕМИРОВ Б.К.", "quantity": "27 МЕСТ",
                    "deliver_by": "2026-10-20", "signed": True},
    "compiled": {"name": "ТЕМИРОВ Б.К.", "date": "2026-10-14", "time": "10:20"},
    "acceptance": {"stamp_1": True, "destination_code": "50101", "seal_numbers": ["ТП 0217"],
                   "official": "ОРАЗОВА А.М.", "personal_seal": True,
                   "date": ACCEPTED.isoformat(), "time": "11:05"},
}

BASE = {
    "state": "accepted", "departure_office": "55201", "destination_office": "50101",
    "preliminary": PRELIMINARY,
    "proof": {"registration_code": "KZ-PI-2026-000417", "on_transport_document": True},
    "sheets": SHEETS, "dcd_number": NUMBER, "dcd_number_on_documents": NUMBER,
    "sealed": True, "distance_km": KM, "inventory": INVENTORY,
}


def patched(base=BASE, **changes):
    doc = copy.deepcopy(base)
    for key, value in changes.items():
        if value is None:
            doc.pop(key, None)
        else:
            doc[key] = value
    return doc


def inv(**changes):
    i = copy.deepcopy(INVENTORY)
    for key, value in changes.items():
        if value is None:
            i.pop(key, None)
        else:
            i[key] = value
    return i


def pre(**changes):
    p = copy.deepcopy(PRELIMINARY)
    for key, value in changes.items():
        if value is None:
            p.pop(key, None)
        else:
            p[key] = value
    return p


# The documents as the basis: no preliminary information, the documents
# carry the §52 particulars (no item 12).
DOCS_BASIS = patched(preliminary=None, proof=None, documents=copy.deepcopy(PARTICULARS))

# Presented, not yet accepted: no number, no certification, no acceptance.
PRESENTED = patched(state="presented", dcd_number=None, dcd_number_on_documents=None,
                    sheets=[{**s, "certified": False} for s in SHEETS],
                    inventory=inv(dcd_number=None, acceptance=None))

COMPLETED = patched(state="completed",
                    inventory=inv(completion={"stamp_2": True, "signed": True, "personal_seal": True}))

valid = [
    {"name": "accepted, on preliminary information (the base)", "document": BASE},
    {"name": "accepted, the documents carry the §52 particulars", "document": DOCS_BASIS},
    {"name": "presented: nothing of acceptance yet", "document": PRESENTED},
    {"name": "completed: stamp figure 2 with signature and personal seal", "document": COMPLETED},
    {"name": "proof by the portal's barcode",
     "document": patched(proof={"barcode": True, "on_transport_document": True})},
    {"name": "a code written with dots, 10 digits",
     "document": patched(preliminary=pre(goods=[{**GOODS, "code": "7305.31.900.0"}]))},
    {"name": "an e-seal with its number in the inventory",
     "document": patched(eseal=True, inventory=inv(eseal_numbers=["ЭП 000451"]))},
    {"name": "rows 3 to 24 where such documents exist",
     "document": patched(inventory=inv(rows=INVENTORY["rows"] + [{"item": 3, "sheets": 1}, {"item": 24, "sheets": 4}], total=8))},
    {"name": "without the caller's list of equipped offices, not judged",
     "document": patched(departure_office="15101"), "options": {"equipped_offices": None}},
    {"name": "delivery on the last day of the 2000 km/month limit",
     "document": patched(inventory=inv(undertaking={**INVENTORY["undertaking"],
                                                     "deliver_by": vl.limit(ACCEPTED, KM).isoformat()}))},
    {"name": "a sheet with no language given is not judged",
     "document": patched(sheets=[SHEETS[0], {**SHEETS[1], "language": None, "translated": False}, SHEETS[2]])},
    {"name": "a permit in Chinese: not a transport or commercial document",
     "document": patched(sheets=SHEETS + [{"number": 4, "kind": "other", "language": "zh", "certified": True}])},
]

items = [
    ("consignor", "PRE.PARTIES.REQUIRED", "PRE.DOCS.PARTIES.MISSING"),
    ("country_of_destination", "PRE.COUNTRIES.REQUIRED", "PRE.DOCS.COUNTRIES.MISSING"),
    ("declarant", "PRE.DECLARANT.REQUIRED", "PRE.DOCS.DECLARANT.MISSING"),
    ("carrier", "PRE.CARRIER.REQUIRED", "PRE.DOCS.CARRIER.MISSING"),
    ("vehicle", "PRE.VEHICLE.REQUIRED", "PRE.DOCS.VEHICLE.MISSING"),
    ("packages", "PRE.PACKAGES.REQUIRED", "PRE.DOCS.PACKAGES.MISSING"),
    ("destination_point", "PRE.DESTINATION.REQUIRED", "PRE.DOCS.DESTINATION.MISSING"),
    ("restriction_documents", "PRE.RESTRICTIONS.REQUIRED", "PRE.DOCS.RESTRICTIONS.MISSING"),
    ("planned_operations", "PRE.OPERATIONS.REQUIRED", "PRE.DOCS.OPERATIONS.MISSING"),
]

invalid = []
for field, pre_rule, docs_rule in items:
    invalid.append({"name": f"preliminary information without {field}",
                    "document": patched(preliminary=pre(**{field: None})), "rules": [pre_rule]})
    docs = copy.deepcopy(PARTICULARS)
    docs.pop(field)
    invalid.append({"name": f"documents without {field}",
                    "document": patched(DOCS_BASIS, documents=docs), "rules": [docs_rule]})

for part, pre_rule, docs_rule in [
    ("name", "PRE.GOODS.REQUIRED", "PRE.DOCS.GOODS.MISSING"),
    ("value", "PRE.GOODS.REQUIRED", "PRE.DOCS.GOODS.MISSING"),
    ("code", "PRE.CODE.REQUIRED", "PRE.DOCS.CODE.MISSING"),
    ("gross_weight_or_volume", "PRE.WEIGHT.REQUIRED", "PRE.DOCS.WEIGHT.MISSING"),
]:
    line = {k: v for k, v in GOODS.items() if k != part}
    invalid.append({"name": f"preliminary goods line without {part}",
                    "document": patched(preliminary=pre(goods=[line])), "rules": [pre_rule]})
    docs = {**PARTICULARS, "goods": [line]}
    invalid.append({"name": f"documents goods line without {part}",
                    "document": patched(DOCS_BASIS, documents=docs), "rules": [docs_rule]})

invalid += [
    {"name": "preliminary information with no goods line",
     "document": patched(preliminary=pre(goods=[])), "rules": ["PRE.GOODS.REQUIRED"]},
    {"name": "preliminary information without accompanying documents (item 12)",
     "document": patched(preliminary=pre(accompanying_documents=[])), "rules": ["PRE.DOCUMENTS.REQUIRED"]},
    {"name": "the documents need no item 12: a preliminary-only item",
     "document": patched(DOCS_BASIS, documents={**PARTICULARS, "consignee": " "}),
     "rules": ["PRE.DOCS.PARTIES.MISSING"]},
    {"name": "a code of 4 digits in the preliminary information",
     "document": patched(preliminary=pre(goods=[{**GOODS, "code": "7305"}])), "rules": ["PRE.CODE.DIGITS"]},
    {"name": "a code with a letter in the documents",
     "document": patched(DOCS_BASIS, documents={**PARTICULARS, "goods": [{**GOODS, "code": "7305X1"}]}),
     "rules": ["PRE.DOCS.CODE.DIGITS"]},
    {"name": "neither the particulars nor preliminary information",
     "document": patched(preliminary=None, proof=None), "rules": ["PRE.BASIS"]},
    {"name": "a departure office not in the list of equipped offices",
     "document": patched(departure_office="15101"), "rules": ["PRE.OFFICE.EQUIPPED"]},
    {"name": "no departure office, with the list given",
     "document": patched(departure_office=None), "rules": ["PRE.OFFICE.EQUIPPED"]},
    {"name": "no proof of filing", "document": patched(proof=None), "rules": ["PRE.PROOF"]},
    {"name": "the registration code not on the transport document",
     "document": patched(proof={"registration_code": "KZ-PI-2026-000417"}), "rules": ["PRE.PROOF"]},
    {"name": "an invoice in English without translation",
     "document": patched(sheets=[SHEETS[0], {**SHEETS[1], "translated": False}, SHEETS[2]]),
     "rules": ["PRE.LANGUAGE"]},
    {"name": "a waybill in Chinese without translation",
     "document": patched(sheets=[{**SHEETS[0], "language": "zh"}] + SHEETS[1:]), "rules": ["PRE.LANGUAGE"]},
    {"name": "sheets numbered 1, 3, 4",
     "document": patched(sheets=[SHEETS[0], {**SHEETS[1], "number": 3}, {**SHEETS[2], "number": 4}]),
     "rules": ["PRE.PAGES.NUMBERED"]},
    {"name": "a sheet without its number",
     "document": patched(sheets=[SHEETS[0], {k: v for k, v in SHEETS[1].items() if k != "number"}, SHEETS[2]]),
     "rules": ["PRE.PAGES.NUMBERED"]},
    {"name": "an accepted sheet not certified",
     "document": patched(sheets=[SHEETS[0], {**SHEETS[1], "certified": False}, SHEETS[2]]),
     "rules": ["PRE.PAGES.CERTIFIED"]},
    {"name": "accepted without the DCD number",
     "document": patched(dcd_number=None), "rules": ["PRE.DCD_NUMBER"]},
    {"name": "a DCD number of 4 digits of sequence",
     "document": patched(dcd_number="55201/14106/0317"), "rules": ["PRE.DCD_NUMBER"]},
    {"name": "a DCD number dated 31 September (NUM.DATE on dcd_number)",
     "document": patched(dcd_number="55201/31096/00317", dcd_number_on_documents="55201/31096/00317",
                         inventory=inv(dcd_number="55201/31096/00317")),
     "rules": ["NUM.DATE"]},
    {"name": "the number on the documents differs",
     "document": patched(dcd_number_on_documents="55201/14106/00318"), "rules": ["PRE.DCD_NUMBER"]},
    {"name": "the number not written on the documents",
     "document": patched(dcd_number_on_documents=None), "rules": ["PRE.DCD_NUMBER"]},
    {"name": "the inventory's header number differs",
     "document": patched(inventory=inv(dcd_number="55201/14106/00318")), "rules": ["PRE.DCD_NUMBER"]},
    {"name": "no inventory", "document": patched(inventory=None), "rules": ["INV.REQUIRED"]},
    {"name": "the inventory in one copy", "document": patched(inventory=inv(copies=1)), "rules": ["INV.COPIES"]},
    {"name": "the inventory's copies not given", "document": patched(inventory=inv(copies=None)), "rules": ["INV.COPIES"]},
    {"name": "the header without the vehicle", "document": patched(inventory=inv(vehicle=None)),
     "rules": ["INV.HEADER.REQUIRED"]},
    {"name": "the header without the post", "document": patched(inventory=inv(post="")),
     "rules": ["INV.HEADER.REQUIRED"]},
    {"name": "accepted, the header without the DCD number", "document": patched(inventory=inv(dcd_number=None)),
     "rules": ["INV.HEADER.REQUIRED"]},
    {"name": "no invoice row (item 2)",
     "document": patched(inventory=inv(rows=INVENTORY["rows"][:1], total=1)), "rules": ["INV.ROW.REQUIRED"]},
    {"name": "a row of item 25",
     "document": patched(inventory=inv(rows=INVENTORY["rows"] + [{"item": 25, "sheets": 1}], total=4)),
     "rules": ["INV.ROW.ITEM"]},
    {"name": "item 2 twice",
     "document": patched(inventory=inv(rows=INVENTORY["rows"] + [{"item": 2, "sheets": 1}], total=4)),
     "rules": ["INV.ROW.ITEM"]},
    {"name": "a row of 0 sheets",
     "document": patched(inventory=inv(rows=INVENTORY["rows"] + [{"item": 3, "sheets": 0}])),
     "rules": ["INV.ROW.SHEETS"]},
    {"name": "a row without sheets",
     "document": patched(inventory=inv(rows=INVENTORY["rows"] + [{"item": 3}])),
     "rules": ["INV.ROW.SHEETS"]},
    {"name": "a total of 4 for 1 + 2 sheets", "document": patched(inventory=inv(total=4)), "rules": ["INV.TOTAL"]},
    {"name": "no total", "document": patched(inventory=inv(total=None)), "rules": ["INV.TOTAL"]},
    {"name": "the undertaking not signed",
     "document": patched(inventory=inv(undertaking={**INVENTORY["undertaking"], "signed": False})),
     "rules": ["INV.UNDERTAKING"]},
    {"name": "the undertaking without the quantity",
     "document": patched(inventory=inv(undertaking={**INVENTORY["undertaking"], "quantity": None})),
     "rules": ["INV.UNDERTAKING"]},
    {"name": "the undertaking without its date (and so no deadline to check)",
     "document": patched(inventory=inv(undertaking={**INVENTORY["undertaking"], "deliver_by": None})),
     "rules": ["INV.UNDERTAKING"]},
    {"name": "no one named as having compiled it",
     "document": patched(inventory=inv(compiled={"date": "2026-10-14", "time": "10:20"})),
     "rules": ["INV.UNDERTAKING"]},
    {"name": "delivery one day after the 2000 km/month limit",
     "document": patched(inventory=inv(undertaking={**INVENTORY["undertaking"],
                                                     "deliver_by": (vl.limit(ACCEPTED, KM) + datetime.timedelta(days=1)).isoformat()})),
     "rules": ["TERM.LIMIT"]},
    {"name": "delivery the day before acceptance",
     "document": patched(inventory=inv(undertaking={**INVENTORY["undertaking"], "deliver_by": "2026-10-13"})),
     "rules": ["TERM.BEFORE_START"]},
    {"name": "an e-seal without its number", "document": patched(eseal=True), "rules": ["INV.ESEAL"]},
    {"name": "accepted without the acceptance entries",
     "document": patched(inventory=inv(acceptance=None)), "rules": ["INV.ACCEPTANCE"]},
    {"name": "no stamp figure 1",
     "document": patched(inventory=inv(acceptance={**INVENTORY["acceptance"], "stamp_1": False})),
     "rules": ["INV.ACCEPTANCE"]},
    {"name": "sealed, no seal numbers in the lower right",
     "document": patched(inventory=inv(acceptance={**INVENTORY["acceptance"], "seal_numbers": []})),
     "rules": ["INV.ACCEPTANCE"]},
    {"name": "the lower-right code differs from the destination office",
     "document": patched(inventory=inv(acceptance={**INVENTORY["acceptance"], "destination_code": "15101"})),
     "rules": ["INV.ACCEPTANCE"]},
    {"name": "the acceptance time as 11.05",
     "document": patched(inventory=inv(acceptance={**INVENTORY["acceptance"], "time": "11.05"})),
     "rules": ["INV.ACCEPTANCE"]},
    {"name": "the acceptance entries not certified with the personal seal",
     "document": patched(inventory=inv(acceptance={**INVENTORY["acceptance"], "personal_seal": False})),
     "rules": ["INV.ACCEPTANCE"]},
    {"name": "arrived without stamp figure 2",
     "document": patched(COMPLETED, state="arrived", inventory=inv(completion={"signed": True, "personal_seal": True})),
     "rules": ["INV.ARRIVAL"]},
    {"name": "completed with no completion entries",
     "document": patched(COMPLETED, inventory=inv()), "rules": ["INV.ARRIVAL"]},
    {"name": "every violation at once: nothing but an accepted state",
     "document": {"state": "accepted"},
     "rules": ["INV.REQUIRED", "PRE.BASIS", "PRE.DCD_NUMBER", "PRE.OFFICE.EQUIPPED"]},
]

text = lambda d: json.dumps(d, ensure_ascii=False)

input_errors = [
    vl.input_error("an unknown member", "document.preliminary.shipper",
                   document_text=text(patched(preliminary=pre(shipper="X")))),
    vl.input_error("an unknown state", "document.state", document_text=text(patched(state="closed"))),
    vl.input_error("negative sheets", "document.inventory.rows[0].sheets",
                   document_text=text(patched(inventory=inv(rows=[{"item": 1, "sheets": -1}])))),
    vl.input_error("a date with a time", "document.inventory.undertaking.deliver_by",
                   document_text=text(patched(inventory=inv(undertaking={**INVENTORY["undertaking"], "deliver_by": "2026-10-20T00:00"})))),
    vl.input_error("a sheet kind that is not one", "document.sheets[0].kind",
                   document_text=text(patched(sheets=[{**SHEETS[0], "kind": "invoice"}]))),
    vl.input_error("equipped offices as one str", "options.equipped_offices", input="options",
                   document=BASE, options={"equipped_offices": "55201"}),
]

EDGES = {("presented", "accepted"), ("accepted", "scanned"), ("scanned", "released"),
         ("released", "arrived"), ("arrived", "completed")}
lifecycle = [
    vl.sequence("the whole way", KIND, ["presented", "accepted", "scanned", "released", "arrived", "completed"], EDGES, "PRE.STATE"),
    vl.sequence("released before scanning", KIND, ["presented", "accepted", "released"], EDGES, "PRE.STATE"),
    vl.sequence("arrived straight from presented", KIND, ["presented", "arrived"], EDGES, "PRE.STATE"),
    vl.sequence("back from completed", KIND, ["presented", "accepted", "scanned", "released", "arrived", "completed", "arrived"], EDGES, "PRE.STATE"),
]

out = vl.document_file(KIND, OPTIONS, valid, invalid, input_errors, lifecycle)
vl.write(OUT, out)
print(f"{OUT.relative_to(ROOT)}: {vl.counts(out)}")
