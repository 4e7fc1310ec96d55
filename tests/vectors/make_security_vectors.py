#!/usr/bin/env python3
"""Writes tests/vectors/security.json.

The shared vectors of the security document ҚРҚ / ДПОУ (SPEC §11 and
SPEC-R1-R3-NOTES.md §6; R3 §1–§18, annexes 1–2), read by the Rust, Python
and C tests. Everything here is written by hand from the Kazakh text of R3,
the notes and the rule catalogue: the base document, the patches that break
it, the exact set of rule ids each broken document must report, the
lifecycle's allowed moves. Nothing is taken from running the library; the
sums of the table are written out by hand and checked here with exact
decimal arithmetic, so that a slip of the pen fails here.

The base document secures the consignment of DCD 55201/14106/00317 (the
first valid document of dcd.json, whose column 44 cites 7C
"55201/13106/00088 ОТ 13.10.2026"); make_dcd_vectors.py and
make_arrival_vectors.py take it from this file for their cross-document
cases, so run this generator first.

Run from anywhere: python3 tests/vectors/make_security_vectors.py
Output is deterministic (same input, same bytes).
"""

import copy
import pathlib
import sys
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import _vectorlib as vl  # noqa: E402  (the generators' shared helpers)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "vectors" / "security.json"

# The caller's directory of office codes (invented; SPEC §13), as in the
# other document files.
OFFICES = ["15101", "39001", "47101", "50101", "55201", "58101", "62001"]
OPTIONS = {"reference": "2026-11-22", "offices": OFFICES}

DELETE = object()

# --------------------------------------------------------------------------
# Item 8: twenty rows. Each row's invoice value in tenge is 1 014 488.40
# (3 160 400.00 RUB at 6.42, split evenly); the amount of row i is
# 5 000.55 × i. By hand: the amounts sum to 5 000.55 × (1 + … + 20) =
# 5 000.55 × 210 = 1 050 115.50; the invoice values to 20 × 1 014 488.40 =
# 20 289 768.00. The weights: 19 rows of 1 000 kg and one of 1 174 kg,
# 20 174 kg in all (the DCD's gross weight).

GOODS_NAMES = [
    ("ТРУБЫ СТАЛЬНЫЕ ЭЛЕКТРОСВАРНЫЕ 530Х8 ММ", "7305319000"),
    ("ОТВОДЫ КРУТОИЗОГНУТЫЕ 90° 530Х10 ММ", "7307930000"),
    ("ЗАДВИЖКИ КЛИНОВЫЕ СТАЛЬНЫЕ ДУ 500", "8481808199"),
    ("ФЛАНЦЫ СТАЛЬНЫЕ ПЛОСКИЕ ДУ 500", "7307910000"),
]
PAYMENTS = [("ПОШЛИНА", "5%"), ("НДС", "12%"), ("ТАМОЖЕННЫЙ СБОР", "0.2%"), ("ПОШЛИНА", "10%")]

ROWS = []
for i in range(1, 21):
    name, code = GOODS_NAMES[(i - 1) % 4]
    kind, rate = PAYMENTS[(i - 1) % 4]
    ROWS.append({
        "name": f"{name}, ПАРТИЯ {i}",
        "commodity_code": code,
        "invoice_value_kzt": 1014488.40,
        "weight_kg": 1174.0 if i == 20 else 1000.0,
        "payment_type": kind,
        "rate": rate,
        "amount": float(Decimal("5000.55") * i),
    })
PAYMENTS_TOTAL = 1050115.50
INVOICE_TOTAL_KZT = 20289768.00
assert sum(Decimal(str(r["amount"])) for r in ROWS) == Decimal("1050115.50")
assert sum(Decimal(str(r["invoice_value_kzt"])) for r in ROWS) == Decimal("20289768.00")
assert sum(Decimal(str(r["weight_kg"])) for r in ROWS) == Decimal("20174")

PARTICIPANT = "ТОО «АКТОБЕСТРОЙМОНТАЖ»"
TAX_NUMBER = "061800012345"
CONTRACT = "ОТЗ-2026/1187"
PURPOSE = "ВНУТРЕННИЙ ТАМОЖЕННЫЙ ТРАНЗИТ Т/П «ЖАЙСАҢ» – Т/П «АҚТӨБЕ-ЦОТО»"

# The whole life of the document, to its return: registered on 13 October
# 2026 at Т/П «ЖАЙСАҢ» (55201) as No 88 of its journal, the bank guarantee
# in force from 12 October; presented at departure for DCD 55201/14106/00317
# (registered 14 October); delivery confirmed by certificate 0042; returned.
FULL = {
    "number": "55201/13106/00088",
    "state": "returned",
    "office": {"name": "Т/П «ЖАЙСАҢ»", "code": "55201"},
    "application": {"date": "2026-10-12", "purpose": PURPOSE, "registration_card": True},
    "participant": {"name": PARTICIPANT,
                    "details": "030006, Г. АКТОБЕ, УЛ. МАРЕСЬЕВА, 95; ИИК KZ12 3456 7890 1234 5678",
                    "resident": True},
    "tax_number": TAX_NUMBER,
    "contract": CONTRACT,
    "recipient": PARTICIPANT,
    "carrier": "ТОО «ЖАЙСАҢ ТРАНС», 030000, Г. АКТОБЕ",
    "total_invoice_value": 3160400.00,
    "currency": "643",
    "goods": ROWS,
    "total": PAYMENTS_TOTAL,
    "security_type": "7.2",
    "security_document": "БАНКОВСКАЯ ГАРАНТИЯ № БГ-0042/2026 ОТ 12.10.2026",
    "purpose": PURPOSE,
    "provided": {"date": "2026-10-12"},
    "copies": 2,
    "payer_signatures": {"head": True, "accountant": True, "sealed": True},
    "certified": {"name": "СЕРІКОВ Н.А.", "personal_seal": "0412", "signed": True},
    "approved": {"name": "ӘБДІРОВ Қ.С.", "deputy": False, "signed": True, "emblem_seal": True},
    "journal": {"number": 88, "payer": PARTICIPANT, "classifier_code": "40123456",
                "tax_number": TAX_NUMBER, "contract": CONTRACT,
                "goods": "ТРУБЫ, ОТВОДЫ, ЗАДВИЖКИ, ФЛАНЦЫ",
                "invoice_value": INVOICE_TOTAL_KZT, "security_amount": 1100000.00,
                "security_type": "7.2",
                "security_document": "БГ-0042/2026",
                "dcd_number": "55201/14106/00317", "certificate_number": "0042",
                "conclusion": "ПАЙДАЛАНЫЛДЫ, ҚАЙТАРУҒА", "officer": "СЕРІКОВ Н.А., 0412"},
    "departure": [{"dcd_number": "55201/14106/00317", "weight_kg": 20174.0,
                   "invoice_value": 3160400.00, "currency": "643",
                   "delivery_date": "2026-10-16",
                   "officer": {"name": "ТЕМІРОВА Г.Б.", "personal_seal": "0217", "signed": True}}],
    "conclusion": {"certificate_number": "0042", "text": "ПАЙДАЛАНЫЛДЫ, ҚАЙТАРУҒА",
                   "officer": {"name": "СЕРІКОВ Н.А.", "personal_seal": "0412", "signed": True}},
    "return_application": {"kind": "return", "date": "2026-10-26",
                           "office": {"name": "Т/П «ЖАЙСАҢ»", "code": "55201"},
                           "original_attached": True},
}
assert 1100000.00 >= PAYMENTS_TOTAL

LATER = ("departure", "conclusion", "return_application")
REGISTRATION = ("number", "certified", "approved", "journal", "provided")


def at_state(state):
    """The base document as it stands in `state`: the marks of the states
    reached, none of the later ones (R3 §4–§18)."""
    d = copy.deepcopy(FULL)
    d["state"] = state
    order = ["applied", "registered", "issued", "presented_at_departure",
             "delivery_confirmed", "conclusion_entered", "returned", "offset_applied"]
    k = order.index(state)
    if k < order.index("registered"):
        for key in REGISTRATION:
            del d[key]
    if k < order.index("presented_at_departure"):
        del d["departure"]
    if k < order.index("delivery_confirmed"):
        del d["conclusion"]
        del d["return_application"]
    elif k == order.index("delivery_confirmed"):
        d["conclusion"] = {"certificate_number": "0042"}
        del d["return_application"]
    if state == "offset_applied":
        d["return_application"]["kind"] = "offset"
    j = d.get("journal")
    if j is not None:
        # The journal's use record (cols. 11–13) follows the reverse.
        if "departure" not in d:
            j["dcd_number"] = ""
        if "conclusion" not in d:
            j["certificate_number"] = ""
        if "conclusion" not in d or "text" not in d["conclusion"]:
            j["conclusion"] = ""
    return d


def patched(base=None, **changes):
    """The base (default FULL) with members set; `a__b` sets member b of a,
    `goods__3__amount` row 3's amount; DELETE removes."""
    d = copy.deepcopy(FULL if base is None else base)
    for key, value in changes.items():
        path = [int(p) if p.isdigit() else p for p in key.split("__")]
        target = d
        for p in path[:-1]:
            target = target[p]
        if value is DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value
    return d


# --------------------------------------------------------------------------
# Valid documents: each type of security, each state.

valid = [
    {"name": "returned: the whole life, bank guarantee (7.2), 20 goods rows", "document": FULL},
    {"name": "pledge by its label 7.1", "document": patched(security_type="7.1", journal__security_type="7.1",
                                                             security_document="ДОГОВОР ЗАЛОГА № З-17 ОТ 11.10.2026")},
    {"name": "money into the deposit account by its name", "document": patched(
        security_type="deposit", journal__security_type="7.3",
        security_document="ПЛАТЁЖНОЕ ПОРУЧЕНИЕ № 1187 ОТ 12.10.2026")},
    {"name": "insurance contract by its label 7.4", "document": patched(
        security_type="7.4", journal__security_type="insurance",
        security_document="ДОГОВОР СТРАХОВАНИЯ № СТ-2026-0042")},
    {"name": "bank guarantee by its name", "document": patched(security_type="bank_guarantee")},
    {"name": "signed by the deputy head of the office (§9)", "document": patched(
        approved={"name": "ҚАСЫМОВ Е.Т.", "deputy": True, "signed": True, "emblem_seal": True})},
    {"name": "a non-resident participant needs no registration card (§6)", "document": patched(
        participant__resident=False, application__registration_card=False)},
    {"name": "no contract (item 3, if any)", "document": patched(contract=DELETE, journal__contract="")},
    {"name": "the security amount exactly the payments' total", "document": patched(
        journal__security_amount=PAYMENTS_TOTAL)},
    {"name": "the security provided on the registration day", "document": patched(provided__date="2026-10-13")},
    {"name": "contract currency written RUB", "document": patched(currency="RUB")},
    {"name": "the return application names the office by name only", "document": patched(
        return_application__office={"name": "Т/П «ЖАЙСАҢ»"})},
    {"name": "the registering office without its code", "document": patched(office={"name": "Т/П «ЖАЙСАҢ»"})},
]
for state in ["applied", "registered", "issued", "presented_at_departure", "delivery_confirmed",
              "conclusion_entered", "offset_applied"]:
    valid.append({"name": f"state {state}", "document": at_state(state)})
valid.append({"name": "no state given: issued", "document": patched(at_state("issued"), state=DELETE)})


# --------------------------------------------------------------------------
# Invalid documents: one per rule id (and a few more), each with exactly the
# rules it breaks.

invalid = []


def bad(name, document, rules, note=None):
    case = {"name": name}
    if note:
        case["note"] = note
    case["document"] = document
    case["rules"] = sorted(set(rules))
    invalid.append(case)


bad("the total is not the sum of the amounts", patched(total=1050115.49), ["SEC.TOTAL"])
bad("the security amount below the payments", patched(journal__security_amount=1000000.00), ["SEC.AMOUNT"])
bad("no security amount in journal column 8", patched(journal__security_amount=DELETE), ["SEC.AMOUNT"])
bad("the security amount beyond 10^13", patched(journal__security_amount=1.0e14), ["SEC.AMOUNT.RANGE"])
bad("type 7.5", patched(security_type="7.5"), ["SEC.TYPE"])
bad("two types left (nothing struck out)", patched(security_type="7.1, 7.2"), ["SEC.TYPE"])
bad("type in words", patched(security_type="банковская гарантия"), ["SEC.TYPE"])
bad("issued, yet marked at departure and concluded", patched(state="issued"), ["SEC.STATE"])
bad("returned, but an offset was applied for", patched(return_application__kind="offset"), ["SEC.STATE"])
bad("applied, yet numbered", patched(at_state("applied"), number="55201/13106/00088"), ["SEC.STATE"])
bad("the security provided after registration (§4)", patched(provided__date="2026-10-14"), ["SEC.NOT_PROVIDED"])
bad("no sign of the security provided", patched(provided=DELETE), ["SEC.NOT_PROVIDED"])
bad("a resident without the registration card copy (§6)", patched(application__registration_card=False),
    ["SEC.CARD"])
bad("the application states no purpose (§5)", patched(application__purpose=" "), ["SEC.APPLICATION.PURPOSE"])
bad("no application", patched(application=DELETE), ["SEC.APPLICATION.PURPOSE", "SEC.CARD"],
    note="a resident's registration card goes with the application: none, no card")
bad("one copy (§7)", patched(copies=1), ["SEC.COPIES"])
bad("copies not stated", patched(copies=DELETE), ["SEC.COPIES"])
bad("the accountant did not sign (§7)", patched(payer_signatures__accountant=False), ["SEC.PAYER.SIGNED"])
bad("no enterprise seal (§7)", patched(payer_signatures__sealed=False), ["SEC.PAYER.SIGNED"])
bad("the officer's personal seal missing (§8)", patched(certified__personal_seal=DELETE),
    ["SEC.OFFICER.CERTIFIED"])
bad("not certified at all (§8)", patched(certified=DELETE), ["SEC.OFFICER.CERTIFIED"])
bad("no emblem seal (§9)", patched(approved__emblem_seal=False), ["SEC.HEAD.SIGNED"])
bad("not signed by the head or a deputy (§9)", patched(approved__signed=False), ["SEC.HEAD.SIGNED"])
bad("not in the journal (§10)", patched(journal=DELETE), ["SEC.JOURNAL"])
bad("registered without a number", patched(at_state("issued"), number=DELETE), ["SEC.JOURNAL"])
bad("journal No 87 for number …/00088", patched(journal__number=87), ["SEC.JOURNAL"])
bad("journal column 4 another taxpayer number", patched(journal__tax_number="061800012346"), ["SEC.JOURNAL"])
bad("journal column 7 not the table's tenge value", patched(journal__invoice_value=20289768.01),
    ["SEC.JOURNAL"])
bad("journal column 9 another type", patched(journal__security_type="7.1"), ["SEC.JOURNAL"])
bad("journal column 2 another payer", patched(journal__payer="ТОО «АСМ»"), ["SEC.JOURNAL"])
bad("the registering office's code is not the number's", patched(office__code="15101"), ["SEC.OFFICE"])
bad("item 1 without details", patched(participant__details=""), ["SEC.1.REQUIRED"])
bad("item 1 missing", patched(participant=DELETE, journal__payer=""), ["SEC.1.REQUIRED"])
bad("item 2 missing", patched(tax_number=DELETE, journal__tax_number=""), ["SEC.2.REQUIRED"])
bad("item 4 missing", patched(recipient=DELETE), ["SEC.4.REQUIRED"])
bad("item 5 missing", patched(carrier="  "), ["SEC.5.REQUIRED"])
bad("item 6 missing", patched(total_invoice_value=DELETE), ["SEC.6.REQUIRED"])
bad("item 6 negative", patched(total_invoice_value=-1.0), ["SEC.6.RANGE"])
bad("item 6 beyond 10^13", patched(total_invoice_value=1.0e300), ["SEC.6.RANGE"])
bad("item 7 missing", patched(currency=DELETE), ["SEC.7.REQUIRED"])
bad("item 7 not an ISO 4217 code", patched(currency="РУБЛЬ"), ["SEC.7.CURRENCY"])
bad("item 7 in lower case", patched(currency="rub"), ["SEC.7.CURRENCY"])
bad("item 8 empty", patched(goods=[]), ["SEC.8.REQUIRED"])
bad("item 8 row 5 without its rate", patched(goods__4__rate=DELETE), ["SEC.8.REQUIRED"])
bad("item 8 row 20 without its commodity code", patched(goods__19__commodity_code=""), ["SEC.8.REQUIRED"])
bad("item 8 without its total", patched(total=DELETE), ["SEC.8.REQUIRED"])
bad("item 8 row 3 weighs 0 kg", patched(goods__2__weight_kg=0.0), ["SEC.8.RANGE"])
bad("item 8 row 3 amount negative: the sums are not checked", patched(goods__2__amount=-5.0),
    ["SEC.8.RANGE"])
bad("item 8 row 2 invoice value beyond 10^13", patched(goods__1__invoice_value_kzt=1.0e14),
    ["SEC.8.RANGE"])
bad("item 8 total beyond 10^13", patched(total=2.0e13), ["SEC.8.RANGE"])
bad("item 9 missing", patched(security_type=DELETE), ["SEC.9.REQUIRED"])
bad("item 10 missing", patched(security_document=DELETE), ["SEC.10.REQUIRED"])
bad("item 11 missing", patched(purpose=""), ["SEC.11.REQUIRED"])
bad("presented, the reverse without the delivery date (§14)", patched(departure__0__delivery_date=DELETE),
    ["SEC.REVERSE.DEPARTURE"])
bad("presented, the reverse not signed", patched(departure__0__officer__signed=False),
    ["SEC.REVERSE.DEPARTURE"])
bad("presented, the reverse empty", patched(departure=[]), ["SEC.REVERSE.DEPARTURE"])
bad("the reverse weighs 0 kg", patched(departure__0__weight_kg=0.0), ["SEC.REVERSE.RANGE"])
bad("the reverse's DCD No not in the dcd pattern", patched(departure__0__dcd_number="55201/14106/317"),
    ["SEC.REVERSE.DCD_MATCH"])
bad("the reverse's DCD No with a 31 September", patched(departure__0__dcd_number="55201/31096/00317"),
    ["NUM.DATE"])
bad("the return applied for at another office (§16)", patched(return_application__office__code="15101"),
    ["SEC.RETURN.OFFICE"])
bad("the return application names no office", patched(return_application__office=DELETE),
    ["SEC.RETURN.OFFICE"])
bad("the return application without the original (§17)",
    patched(return_application__original_attached=False), ["SEC.RETURN.ORIGINAL"])
bad("returned without any application", patched(return_application=DELETE), ["SEC.RETURN.ORIGINAL"])
bad("returned without the certificate No in the conclusion (§18)",
    patched(conclusion__certificate_number=DELETE), ["SEC.RETURN.CONCLUSION"])
bad("returned without a conclusion", patched(conclusion=DELETE), ["SEC.RETURN.CONCLUSION"])
bad("delivery confirmed without the certificate No", patched(at_state("delivery_confirmed"),
                                                           conclusion={}), ["SEC.RETURN.CONCLUSION"])
bad("two DCDs on the reverse: two consignments (§3)", patched(departure=FULL["departure"] + [
    {**FULL["departure"][0], "dcd_number": "55201/15106/00318"}]), ["SEC.CONSIGNMENT"])
bad("the number with a 32nd day", patched(number="55201/32106/00088"), ["NUM.DATE"])
bad("the number registered after the reference date", patched(number="55201/24116/00088"),
    ["NUM.FUTURE"],
    note="24.11.2026 > 22.11.2026; the provided date (12.10) is not after it")
bad("the number of an office not in the directory", patched(number="55209/13106/00088", office__code=DELETE,
                                                           return_application__office={"name": "Т/П «ЖАЙСАҢ»"}),
    ["NUM.OFFICE"])
bad("several rules: an unfinished form", {"state": "applied", "copies": 2},
    ["SEC.1.REQUIRED", "SEC.10.REQUIRED", "SEC.11.REQUIRED", "SEC.2.REQUIRED", "SEC.4.REQUIRED",
     "SEC.5.REQUIRED", "SEC.6.REQUIRED", "SEC.7.REQUIRED", "SEC.8.REQUIRED", "SEC.9.REQUIRED",
     "SEC.APPLICATION.PURPOSE", "SEC.PAYER.SIGNED"])


# --------------------------------------------------------------------------
# Input errors: the document (or the options) cannot be read.

def text(doc):
    return vl.dumps(doc, indent=None).strip()


input_errors = [
    vl.input_error("not JSON", "document", document_text="ҚРҚ № 55201/13106/00088"),
    vl.input_error("JSON cut short", "document", document_text="{\"number\": ", path_prefix=True),
    vl.input_error("an unknown member", "document.amount", document_text=text(patched(amount=1100000.0))),
    vl.input_error("an unknown member in a goods row", "document.goods[2].sum",
                   document_text=text(patched(goods__2__sum=1.0))),
    vl.input_error("goods not a list", "document.goods", document_text=text(patched(goods="many"))),
    vl.input_error("an amount as a string", "document.goods[0].amount",
                   document_text=text(patched(goods__0__amount="5000.55"))),
    vl.input_error("an unknown state", "document.state", document_text=text(patched(state="closed"))),
    vl.input_error("a date not YYYY-MM-DD", "document.application.date",
                   document_text=text(patched(application__date="12.10.2026"))),
    vl.input_error("negative copies", "document.copies", document_text=text(patched(copies=-2))),
    vl.input_error("an unknown return kind", "document.return_application.kind",
                   document_text=text(patched(return_application__kind="refund"))),
    vl.input_error("a journal row's No as a string", "document.journal.number",
                   document_text=text(patched(journal__number="88"))),
    vl.input_error("related security documents not a list", "options.security_documents",
                   input="options", document=FULL, options={"security_documents": "55201/13106/00088"}),
    vl.input_error("a related security document with an unknown member",
                   "options.security_documents[0].amount", input="options", document=FULL,
                   options={"security_documents": [{"amount": 1}]}),
    vl.input_error("more related rows than the items limit", "options.security_documents",
                   input="options", document={},
                   options={"security_documents": [FULL], "limits": {"items": 20}},
                   note="one document and its 20 goods rows and 1 reverse row: 22 entries > 20"),
]


# --------------------------------------------------------------------------
# Lifecycle sequences; the allowed moves, by hand from R3 §4–§18.

EDGES = {
    ("applied", "registered"), ("registered", "issued"), ("issued", "presented_at_departure"),
    ("presented_at_departure", "delivery_confirmed"), ("delivery_confirmed", "conclusion_entered"),
    ("conclusion_entered", "returned"), ("conclusion_entered", "offset_applied"),
}


def seq(name, states):
    return vl.sequence(name, "security", states, EDGES, "SEC.STATE")


lifecycle = [
    seq("the whole life to its return", ["applied", "registered", "issued", "presented_at_departure",
                                          "delivery_confirmed", "conclusion_entered", "returned"]),
    seq("to an offset", ["delivery_confirmed", "conclusion_entered", "offset_applied"]),
    seq("issued before registration", ["applied", "issued"]),
    seq("presented twice (§3)", ["issued", "presented_at_departure", "presented_at_departure"]),
    seq("returned without the conclusion (§18)", ["presented_at_departure", "delivery_confirmed", "returned"]),
    seq("returned, then offset", ["conclusion_entered", "returned", "offset_applied"]),
    seq("back to issued after departure", ["presented_at_departure", "issued"]),
]

out = vl.document_file("security", OPTIONS, valid, invalid, input_errors, lifecycle)
vl.write(OUT, out)
print(f"{OUT.relative_to(ROOT)}: {vl.counts(out)}")
