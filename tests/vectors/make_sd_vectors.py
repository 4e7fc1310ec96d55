#!/usr/bin/env python3
"""Writes tests/vectors/short_declaration.json.

The shared short-declaration vectors (SPEC §5; R1 §26–§33, annex 7), read by
the Rust, Python and C tests. Everything here is written by hand from SPEC.md,
the Kazakh text of R1 and the rule catalogue: the base document, the patches
that break it, the exact set of rule ids each broken document must report,
and the next working day after each arrival date. Nothing is taken from
running the library.

The next working days are derived from the law (Law on holidays; Labour Code:
a holiday falling on a day off moves the day off to the next working day,
except 7 January and Kurban Ait) for 2026, whose holidays and moved days off
are written out in DAYS_OFF_2026 below; the script checks its hand-written
answers against that table so that a slip of the pen fails here.

Run from anywhere: python3 tests/vectors/make_sd_vectors.py
Output is deterministic (same input, same bytes).
"""

import copy
import datetime
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import _vectorlib as vl  # noqa: E402  (the generators' shared helpers)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "vectors" / "short_declaration.json"

D = datetime.date

# The caller's directory of office codes (invented; SPEC §13).
OFFICES = ["15101", "39001", "47101", "50101", "55201", "58101", "62001"]
OPTIONS = {"reference": "2026-11-22", "offices": OFFICES}

# --------------------------------------------------------------------------
# The working days of 2026: DAYS_OFF_2026 and its arithmetic in _vectorlib.
DAYS_OFF_2026 = vl.DAYS_OFF_2026
working = vl.working
next_working_day = vl.next_working_day


def iso(d):
    return d.isoformat()


def ddmmy(d):
    return f"{d.day:02}{d.month:02}{d.year % 10}"


# --------------------------------------------------------------------------
# The base document: the goods of the DCD 55201/14106/00317 (the first valid
# document of dcd.json) arrive at Т/П «АҚТӨБЕ-ЦОТО» (15101) on Friday
# 16 October 2026 and are declared on Monday 19 October, the next working day.

ARRIVED = D(2026, 10, 16)
FILED = D(2026, 10, 19)

CARRIER_SIDE = {str(n): "carrier_representative" for n in range(1, 15)}
OFFICER_SIDE = {str(n): "customs_officer" for n in range(15, 18)}

BASE = {
    "number": "15101/19106/000123",
    "tsw_number": "000417/19106/000058",
    "arrival_date": iso(ARRIVED),
    "consignor": {
        "name_address": "ООО «ОРЕНБУРГСКИЙ ТРУБНЫЙ ЗАВОД», 460048, Г. ОРЕНБУРГ, ПР. ПОБЕДЫ, 118",
        "country": "РОССИЯ",
    },
    "consignee": {
        "name_address": "ТОО «АКТОБЕСТРОЙМОНТАЖ», 030006, Г. АКТОБЕ, УЛ. МАРЕСЬЕВА, 95",
        "country": "КАЗАХСТАН",
    },
    "carrier": {
        "type": "organisation",
        "name_address": "ТОО «ЖАЙСАҢ ТРАНС», 030000, Г. АКТОБЕ, УЛ. САНКИБАЙ БАТЫРА, 22",
    },
    "vehicle": {
        "mode": "АВТОМОБИЛЬНЫЙ (30)",
        "name": "VOLVO FH / ПОЛУПРИЦЕП",
        "number": "777OPN56 / АК 4521 56",
    },
    "transport_documents": [
        {"name": "CMR", "number": "0458812"},
        {"name": "ИНВОЙС", "number": "ОТЗ-2026/1187"},
    ],
    "goods": [
        {"name": "ТРУБЫ СТАЛЬНЫЕ ЭЛЕКТРОСВАРНЫЕ 530Х8 ММ", "commodity_code": "7305319000"},
        {"name": "ОТВОДЫ КРУТОИЗОГНУТЫЕ 90° 530Х10 ММ", "commodity_code": "7307930000"},
        {"name": "ЗАДВИЖКИ КЛИНОВЫЕ СТАЛЬНЫЕ ДУ 500", "commodity_code": "8481808199"},
    ],
    "goods_addition": None,
    "packages": 27,
    "weight_kg": 20174,
    "identification": {"count": 1, "numbers": ["ТП «ЖАЙСАҢ» 0217"]},
    "invoice_value": 3160400.0,
    "currency": "643",
    "previous_document": "55201/14106/00317",
    "additional_information": None,
    "storage_place": {
        "name": "СВХ ТОО «АКТОБЕ-ТЕРМИНАЛ»",
        "location": "030006, Г. АКТОБЕ, УЛ. МАРЕСЬЕВА, 95",
        "owner": "ТОО «АКТОБЕ-ТЕРМИНАЛ», ЛИЦЕНЗИЯ № 0000417",
        "placed": True,
    },
    "storage_term": "2026-12-19",
    "customs_office": "ТАМОЖЕННЫЙ ПОСТ «АҚТӨБЕ-ЦОТО» ДГД ПО АКТЮБИНСКОЙ ОБЛАСТИ",
    "decision": "РАЗРЕШИТЬ РАЗМЕЩЕНИЕ НА СВХ ТОО «АКТОБЕ-ТЕРМИНАЛ»",
    "declarant": {"role": "carrier_representative", "name": "ТЕМИРОВ Б.К.", "date": iso(FILED)},
    "officer": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311", "date": iso(FILED)},
    "filled_by": {**CARRIER_SIDE, **OFFICER_SIDE},
}


def base():
    return copy.deepcopy(BASE)


def patched(**changes):
    """The base with top-level members replaced (None means JSON null)."""
    doc = base()
    for k, v in changes.items():
        doc[k] = v
    return doc


def without(*keys):
    doc = base()
    for k in keys:
        del doc[k]
    return doc


def dated(arrived, filed):
    """The base document arriving on `arrived` and filed on `filed`, its
    numbers dated coherently: the DCD two days before arrival, the warehouse
    registration and the declaration on the filing day."""
    doc = base()
    dcd_day = arrived - datetime.timedelta(days=2)
    doc["arrival_date"] = iso(arrived)
    doc["declarant"]["date"] = iso(filed)
    doc["officer"]["date"] = iso(filed)
    doc["number"] = f"15101/{ddmmy(filed)}/000123"
    doc["tsw_number"] = f"000417/{ddmmy(filed)}/000058"
    doc["previous_document"] = f"55201/{ddmmy(dcd_day)}/00317"
    return doc


# --------------------------------------------------------------------------
# Next working day after an arrival, written by hand (and checked against
# DAYS_OFF_2026 below).

DEADLINES = [
    (D(2026, 3, 20), D(2026, 3, 26),
     "Friday before Nauryz: Sat 21, Sun 22 and Mon 23 are Nauryz, Tue 24 and Wed 25 "
     "the days off moved from Saturday 21 and Sunday 22; Thursday 26 is the next working day"),
    (D(2026, 3, 6), D(2026, 3, 10),
     "Friday: 8 March is a Sunday, so Monday 9 March is off; Tuesday 10"),
    (D(2026, 4, 10), D(2026, 4, 13), "an ordinary Friday: the Monday"),
    (D(2026, 4, 11), D(2026, 4, 13), "a Saturday: the Monday"),
    (D(2026, 4, 15), D(2026, 4, 16), "a Wednesday: the Thursday"),
    (D(2026, 4, 30), D(2026, 5, 4), "Thursday before 1 May (Friday): the Monday"),
    (D(2026, 5, 6), D(2026, 5, 8), "Wednesday before 7 May (Thursday): Friday 8 May"),
    (D(2026, 5, 8), D(2026, 5, 12),
     "Friday: 9 May is a Saturday, so Monday 11 May is off; Tuesday 12"),
    (D(2026, 5, 26), D(2026, 5, 28), "Tuesday before Kurban Ait (Wednesday 27 May): Thursday 28"),
    (D(2026, 10, 23), D(2026, 10, 27),
     "Friday: 25 October is a Sunday, so Monday 26 October is off; Tuesday 27"),
    (D(2026, 10, 16), D(2026, 10, 19), "the base document: Friday, then Monday"),
    (D(2026, 12, 15), D(2026, 12, 17),
     "Tuesday before Independence Day (Wednesday 16 December); 17 December is a working day since 2022"),
    (D(2026, 1, 6), D(2026, 1, 8), "Tuesday before Christmas (Wednesday 7 January, never moved)"),
]

for arrived, want, note in DEADLINES:
    assert next_working_day(arrived) == want, (arrived, next_working_day(arrived), want)


def reference_for(filed):
    """A reference date that is not before the numbers' dates."""
    return max(D(2026, 11, 22), filed).isoformat()


def late_case(arrived, filed, note):
    doc = dated(arrived, filed)
    in_time = filed <= next_working_day(arrived)
    case = {"name": f"arrived {iso(arrived)} ({arrived:%a}), filed {iso(filed)} ({filed:%a})",
            "note": note, "document": doc}
    if reference_for(filed) != OPTIONS["reference"]:
        case["options"] = {"reference": reference_for(filed)}
    if not in_time:
        case["rules"] = ["SD.LATE"]
    return in_time, case


# (arrived, filed, in time?, note) -- the in-time answers are written by hand
# and checked against the table.
FILINGS = [
    (D(2026, 3, 20), D(2026, 3, 20), True, "filed on the day of arrival"),
    (D(2026, 3, 20), D(2026, 3, 21), True,
     "filed on Saturday 21 March, a day off and Nauryz, before the next working day: in time"),
    (D(2026, 3, 20), D(2026, 3, 23), True, "filed on Nauryz (Monday 23 March): in time"),
    (D(2026, 3, 20), D(2026, 3, 25), True,
     "filed on Wednesday 25 March, a moved day off, still before the next working day: in time"),
    (D(2026, 3, 20), D(2026, 3, 26), True, "filed on Thursday 26 March, the next working day: in time"),
    (D(2026, 3, 20), D(2026, 3, 27), False, "filed on Friday 27 March, a day after the next working day: late"),
    (D(2026, 3, 20), D(2026, 3, 24), True,
     "filed on Tuesday 24 March (moved day off for Saturday 21 March): in time"),
    (D(2026, 3, 6), D(2026, 3, 9), True, "filed on Monday 9 March (day off for 8 March): in time"),
    (D(2026, 3, 6), D(2026, 3, 10), True, "filed on Tuesday 10 March: in time"),
    (D(2026, 3, 6), D(2026, 3, 11), False, "filed on Wednesday 11 March: late"),
    (D(2026, 4, 10), D(2026, 4, 11), True, "Friday arrival, filed on the Saturday: in time"),
    (D(2026, 4, 10), D(2026, 4, 12), True, "Friday arrival, filed on the Sunday: in time"),
    (D(2026, 4, 10), D(2026, 4, 13), True, "Friday arrival, filed on the Monday: in time"),
    (D(2026, 4, 10), D(2026, 4, 14), False, "Friday arrival, filed on the Tuesday: late"),
    (D(2026, 4, 11), D(2026, 4, 13), True, "Saturday arrival, filed on the Monday: in time"),
    (D(2026, 4, 11), D(2026, 4, 14), False, "Saturday arrival, filed on the Tuesday: late"),
    (D(2026, 4, 15), D(2026, 4, 16), True, "Wednesday arrival, filed on the Thursday: in time"),
    (D(2026, 4, 15), D(2026, 4, 17), False, "Wednesday arrival, filed on the Friday: late"),
    (D(2026, 4, 30), D(2026, 5, 1), True, "filed on 1 May, a holiday before the next working day: in time"),
    (D(2026, 4, 30), D(2026, 5, 4), True, "filed on Monday 4 May: in time"),
    (D(2026, 4, 30), D(2026, 5, 5), False, "filed on Tuesday 5 May: late"),
    (D(2026, 5, 6), D(2026, 5, 8), True, "filed on Friday 8 May, after the 7 May holiday: in time"),
    (D(2026, 5, 6), D(2026, 5, 9), False,
     "filed on Saturday 9 May: a day off, but after the next working day (Friday 8 May): late"),
    (D(2026, 5, 6), D(2026, 5, 11), False,
     "filed on Monday 11 May, a day off after the next working day: late"),
    (D(2026, 5, 8), D(2026, 5, 11), True, "filed on Monday 11 May (day off for 9 May): in time"),
    (D(2026, 5, 8), D(2026, 5, 12), True, "filed on Tuesday 12 May: in time"),
    (D(2026, 5, 8), D(2026, 5, 13), False, "filed on Wednesday 13 May: late"),
    (D(2026, 5, 26), D(2026, 5, 28), True, "filed on the day after Kurban Ait: in time"),
    (D(2026, 5, 26), D(2026, 5, 29), False, "filed two days after Kurban Ait: late"),
    (D(2026, 10, 23), D(2026, 10, 27), True, "filed on Tuesday 27 October: in time"),
    (D(2026, 10, 23), D(2026, 10, 28), False, "filed on Wednesday 28 October: late"),
    (D(2026, 12, 15), D(2026, 12, 17), True, "filed on Thursday 17 December: in time"),
    (D(2026, 12, 15), D(2026, 12, 18), False, "filed on Friday 18 December: late (17 December is a working day)"),
    (D(2026, 1, 6), D(2026, 1, 8), True, "filed on Thursday 8 January: in time"),
    (D(2026, 1, 6), D(2026, 1, 9), False, "filed on Friday 9 January: late"),
]

# --------------------------------------------------------------------------

valid = [
    {"name": "the base document: Friday arrival, filed on Monday, every column filled",
     "document": base()},
    {"name": "not registered yet: no number of its own", "document": without("number")},
    {"name": "number null, column 13 null, no addition needed",
     "document": patched(number=None)},
    {"name": "column 13 filled: goods restricted to particular storage places",
     "document": patched(additional_information="ТОВАРЫ ПОДЛЕЖАТ ХРАНЕНИЮ В ОТАПЛИВАЕМОМ СКЛАДЕ № 2")},
    {"name": "five goods names with the mark 'addition to column 6', dated and certified",
     "document": patched(
         goods=BASE["goods"] + [
             {"name": "ФЛАНЦЫ СТАЛЬНЫЕ ПЛОСКИЕ ДУ 500", "commodity_code": "7307910000"},
             {"name": "ПРОКЛАДКИ ПАРОНИТОВЫЕ ДУ 500"},
         ],
         goods_addition={"date": iso(FILED), "certified": True})},
    {"name": "three goods names with an unneeded addition mark",
     "document": patched(goods_addition={"date": iso(FILED), "certified": True})},
    {"name": "goods without commodity codes (the transport documents carry none)",
     "document": patched(goods=[{"name": "ТРУБЫ СТАЛЬНЫЕ"}, {"name": "ОТВОДЫ", "commodity_code": None}])},
    {"name": "no authorised person: the driver fills columns 1–14 and signs",
     "document": patched(
         declarant={"role": "driver", "name": "СЕРІКБАЕВ Н.", "date": iso(FILED)},
         filled_by={**{str(n): "driver" for n in range(1, 15)}, **OFFICER_SIDE})},
    {"name": "declarant's role not given: the carrier's representative",
     "document": patched(declarant={"name": "ТЕМИРОВ Б.К.", "date": iso(FILED)})},
    {"name": "no record of who filled the columns",
     "document": without("filled_by")},
    {"name": "only the officer's columns recorded",
     "document": patched(filled_by=OFFICER_SIDE)},
    {"name": "carrier type not given: an organisation",
     "document": patched(carrier={"name_address": BASE["carrier"]["name_address"]})},
    {"name": "carrier a natural person: name, passport, residence",
     "document": patched(carrier={
         "type": "natural_person", "full_name": "СЕРІКБАЕВ НҰРЛАН АСҚАРҰЛЫ",
         "passport": "N12345678, МЮ РК, 12.03.2021", "residence": "Г. АКТОБЕ, УЛ. АБАЯ, 4, КВ. 12"})},
    {"name": "carrier the railway: the word 'railway' and nothing more",
     "document": patched(
         carrier={"type": "railway"},
         vehicle={"mode": "ЖЕЛЕЗНОДОРОЖНЫЙ (20)", "number": "ВАГОН 52814763"},
         transport_documents=[{"name": "ЖЕЛЕЗНОДОРОЖНАЯ НАКЛАДНАЯ СМГС", "number": "ЭА 027361"}])},
    {"name": "carrier an airline: flight number and the aircraft's arrival date",
     "document": patched(
         carrier={"type": "air", "name_address": "АО «ЭЙР АСТАНА»", "trip_number": "KC 912",
                  "trip_date": iso(ARRIVED)},
         vehicle={"mode": "ВОЗДУШНЫЙ (40)", "name": "AIRBUS A321", "number": "P4-KDA"},
         transport_documents=[{"name": "АВИАНАКЛАДНАЯ", "number": "465-12345675"}])},
    {"name": "carrier a sea vessel: voyage number and date",
     "document": patched(
         carrier={"type": "vessel", "trip_number": "РЕЙС 17", "trip_date": "2026-10-14"},
         vehicle={"mode": "МОРСКОЙ (10)", "name": "Т/Х «БЕЙНЕУ»", "number": "IMO 9417012"},
         transport_documents=[{"name": "КОНОСАМЕНТ", "number": "AKT-2026-0871"}])},
    {"name": "a transport document without a number (the number is written where there is one)",
     "document": patched(transport_documents=[{"name": "CMR"}])},
    {"name": "nothing sealed: column 9 says 0",
     "document": patched(identification={"count": 0, "numbers": []})},
    {"name": "bulk cargo: 0 packages", "document": patched(packages=0)},
    {"name": "invoice value 0 (free of charge)", "document": patched(invoice_value=0.0)},
    {"name": "currency as ISO 4217 letters", "document": patched(currency="RUB")},
    {"name": "currency tenge 398", "document": patched(currency="398")},
    {"name": "weight below one kilogram", "document": patched(weight_kg=0.4)},
    {"name": "column 12 DCD registered on the reference date",
     "document": patched(previous_document="55201/22116/00001")},
    {"name": "column 12 the number of the TIR carnet used as the DCD (R1 §58)",
     "document": patched(previous_document="XE63745213")},
    {"name": "column 12 a TIR carnet number without series letters",
     "document": patched(previous_document="63745213")},
]

for arrived, filed, in_time, note in FILINGS:
    assert (filed <= next_working_day(arrived)) == in_time, (arrived, filed)
    ok, case = late_case(arrived, filed, note)
    assert ok == in_time
    if in_time:
        valid.append(case)

# --------------------------------------------------------------------------
REQ = {n: f"SD.{n}.REQUIRED" for n in list(range(1, 13)) + [14, 15, 16, 17]}

invalid = []


def bad(name, doc, rules, note=None, options=None):
    case = {"name": name}
    if note:
        case["note"] = note
    case["document"] = doc
    if options:
        case["options"] = options
    case["rules"] = sorted(rules)
    invalid.append(case)


def set_in(path, value, doc=None):
    doc = doc or base()
    target = doc
    for k in path[:-1]:
        target = target[k]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


DELETE = object()

# Required columns, each alone.
bad("1: no consignor", without("consignor"), [REQ[1]])
bad("1: consignor without country", set_in(["consignor", "country"], None), [REQ[1]])
bad("1: consignor's name blank", set_in(["consignor", "name_address"], "  "), [REQ[1]])
bad("2: no consignee", patched(consignee=None), [REQ[2]])
bad("2: consignee without country", set_in(["consignee", "country"], ""), [REQ[2]])
bad("3: no carrier", without("carrier"), [REQ[3]])
bad("3: organisation without name and address", patched(carrier={"type": "organisation"}), [REQ[3]])
bad("3: natural person without passport data",
    patched(carrier={"type": "natural_person", "full_name": "СЕРІКБАЕВ НҰРЛАН АСҚАРҰЛЫ",
                     "residence": "Г. АКТОБЕ"}), [REQ[3]])
bad("3: airline without the aircraft's arrival date",
    patched(carrier={"type": "air", "trip_number": "KC 912"}), [REQ[3]])
bad("3: vessel without the voyage number",
    patched(carrier={"type": "vessel", "trip_date": "2026-10-14"}), [REQ[3]])
bad("4: no vehicle", without("vehicle"), [REQ[4]])
bad("4: vehicle without a number", set_in(["vehicle", "number"], None), [REQ[4]])
bad("4: vehicle without the mode of transport", set_in(["vehicle", "mode"], ""), [REQ[4]])
bad("5: no transport documents", patched(transport_documents=[]), [REQ[5]])
bad("5: a transport document without a name",
    patched(transport_documents=[{"name": "CMR", "number": "0458812"}, {"number": "ОТЗ-2026/1187"}]),
    [REQ[5]])
bad("6: no goods", patched(goods=[]), [REQ[6]])
bad("6: a goods entry without a name", patched(goods=[{"commodity_code": "7305319000"}]), [REQ[6]])
bad("7: no number of packages", without("packages"), [REQ[7]])
bad("8: no weight", patched(weight_kg=None), [REQ[8]])
bad("9: no column 9", without("identification"), [REQ[9]])
bad("9: count not given", patched(identification={"numbers": ["ТП «ЖАЙСАҢ» 0217"]}), [REQ[9]])
bad("9: two seals without identifiers", patched(identification={"count": 2, "numbers": []}), [REQ[9]])
bad("10: no invoice value", without("invoice_value"), [REQ[10]])
bad("11: no currency", patched(currency=None), [REQ[11]])
bad("11: currency blank", patched(currency=" "), [REQ[11]])
bad("12: no previous document", without("previous_document"), [REQ[12]])
bad("12: previous document blank", patched(previous_document=""), [REQ[12]])
bad("14: no storage place", without("storage_place"), [REQ[14]])
bad("14: storage place without its owner", set_in(["storage_place", "owner"], None), [REQ[14]])
bad("14: no warehouse mark that the goods were placed", set_in(["storage_place", "placed"], False),
    [REQ[14]])
bad("15: no storage term", without("storage_term"), [REQ[15]])
bad("16: no customs office", patched(customs_office=None), [REQ[16]])
bad("17: no decision", patched(decision="   "), [REQ[17]])

# Column rules.
four = BASE["goods"] + [{"name": "ФЛАНЦЫ СТАЛЬНЫЕ ПЛОСКИЕ ДУ 500"}]
bad("6: four goods names without the addition mark", patched(goods=four), ["SD.6.ADDITION"])
bad("6: four goods names, the mark undated",
    patched(goods=four, goods_addition={"certified": True}), ["SD.6.ADDITION"])
bad("6: four goods names, the mark not signed and sealed by the officer",
    patched(goods=four, goods_addition={"date": iso(FILED), "certified": False}), ["SD.6.ADDITION"])
bad("8: weight 0", patched(weight_kg=0), ["SD.8.POSITIVE"])
bad("8: weight negative", patched(weight_kg=-20174), ["SD.8.POSITIVE"])
bad("10: invoice value negative", patched(invoice_value=-1.0), ["SD.10.NEGATIVE"])
bad("7: more than 10^9 packages", patched(packages=1000000001), ["SD.7.RANGE"])
bad("8: weight 1.7e308 kg", patched(weight_kg=1.7e308), ["SD.8.RANGE"])
bad("10: invoice value 1e300", patched(invoice_value=1e300), ["SD.10.RANGE"])
bad("11: the withdrawn rouble code 810 (RUR, replaced by 643 in 1998)", patched(currency="810"), ["SD.11.CURRENCY"])
bad("11: currency in Cyrillic letters", patched(currency="РУБ"), ["SD.11.CURRENCY"])
bad("11: currency code with a space", patched(currency="643 "), ["SD.11.CURRENCY"])
bad("12 SD.12.FORMAT: sequence of four digits", patched(previous_document="55201/14106/0317"),
    ["SD.12.FORMAT"])
bad("12 SD.12.FORMAT: a short declaration number instead of a DCD number",
    patched(previous_document="15101/19106/000123"), ["SD.12.FORMAT"])
bad("12 SD.12.FORMAT: dashes", patched(previous_document="55201-14106-00317"), ["SD.12.FORMAT"])
bad("12 SD.12.FORMAT: a TIR carnet number with a space", patched(previous_document="XE 63745213"),
    ["SD.12.FORMAT"])
bad("12 SD.12.FORMAT: a TIR carnet number of seven digits", patched(previous_document="XE6374521"),
    ["SD.12.FORMAT"])
bad("12 NUM.DATE: 30 February", patched(previous_document="55201/30026/00317"), ["NUM.DATE"])
bad("12 NUM.OFFICE: office not in the directory", patched(previous_document="99999/14106/00317"),
    ["NUM.OFFICE"])
bad("12 NUM.OFFICE: office all zeros", patched(previous_document="00000/14106/00317"),
    ["NUM.OFFICE"], options={"offices": None})
bad("12 NUM.SEQUENCE: sequence all zeros", patched(previous_document="55201/14106/00000"),
    ["NUM.SEQUENCE"])
bad("12 NUM.FUTURE: registered after the reference date",
    patched(previous_document="55201/30116/00317"), ["NUM.FUTURE"])
bad("number NUM.FORMAT: its own number with five sequence digits",
    patched(number="15101/19106/00123"), ["NUM.FORMAT"])
bad("number NUM.SEQUENCE: its own number's sequence all zeros",
    patched(number="15101/19106/000000"), ["NUM.SEQUENCE"])
bad("number NUM.OFFICE: its own number from an office not in the directory",
    patched(number="15102/19106/000123"), ["NUM.OFFICE"])

# SD.TSW_NUMBER: missing or not a valid tsw number, for any reason.
bad("TSW number missing", without("tsw_number"), ["SD.TSW_NUMBER"])
bad("TSW number blank", patched(tsw_number=" "), ["SD.TSW_NUMBER"])
bad("TSW number too short", patched(tsw_number="417/19106/58"), ["SD.TSW_NUMBER"])
bad("TSW number: a DCD number written instead", patched(tsw_number="55201/14106/00317"),
    ["SD.TSW_NUMBER"])
bad("TSW number: day 32 (NUM.DATE fault, reported as SD.TSW_NUMBER)",
    patched(tsw_number="000417/32106/000058"), ["SD.TSW_NUMBER"])
bad("TSW number: sequence all zeros", patched(tsw_number="000417/19106/000000"), ["SD.TSW_NUMBER"])
bad("TSW number: dated after the reference date", patched(tsw_number="000417/23116/000058"),
    ["SD.TSW_NUMBER"])

# SD.FILLED_BY.
bad("FILLED_BY: column 15 filled by the carrier's representative",
    patched(filled_by={**CARRIER_SIDE, **OFFICER_SIDE, "15": "carrier_representative"}),
    ["SD.FILLED_BY"])
bad("FILLED_BY: column 17 filled by the driver",
    patched(filled_by={**CARRIER_SIDE, **OFFICER_SIDE, "17": "driver"}), ["SD.FILLED_BY"])
bad("FILLED_BY: column 3 filled by the customs officer",
    patched(filled_by={**CARRIER_SIDE, **OFFICER_SIDE, "3": "customs_officer"}), ["SD.FILLED_BY"])
bad("FILLED_BY: the driver fills column 6 although the carrier's representative signs",
    patched(filled_by={**CARRIER_SIDE, **OFFICER_SIDE, "6": "driver"}), ["SD.FILLED_BY"])
bad("FILLED_BY: the driver signs although the carrier's representative filled columns 1–14",
    patched(declarant={"role": "driver", "name": "СЕРІКБАЕВ Н.", "date": iso(FILED)}),
    ["SD.FILLED_BY"])
bad("FILLED_BY: a customs officer signs as declarant",
    patched(declarant={"role": "customs_officer", "name": "ОРАЗОВА А.М.", "date": iso(FILED)},
            filled_by=OFFICER_SIDE),
    ["SD.FILLED_BY"])
bad("FILLED_BY: only column 1 recorded, by the customs officer",
    patched(filled_by={"1": "customs_officer"}), ["SD.FILLED_BY"])

# Signatures.
bad("DECLARANT: no footer", without("declarant"), ["SD.DECLARANT.REQUIRED"],
    note="without the filing date SD.LATE is not checked")
bad("DECLARANT: no name", set_in(["declarant", "name"], None), ["SD.DECLARANT.REQUIRED"])
bad("DECLARANT: no date", set_in(["declarant", "date"], DELETE), ["SD.DECLARANT.REQUIRED"])
bad("OFFICER: no certification", without("officer"), ["SD.OFFICER.REQUIRED"])
bad("OFFICER: no personal seal", set_in(["officer", "personal_seal"], ""), ["SD.OFFICER.REQUIRED"])
bad("OFFICER: no date", set_in(["officer", "date"], None), ["SD.OFFICER.REQUIRED"])

# SD.LATE.
for arrived, filed, in_time, note in FILINGS:
    if not in_time:
        _, case = late_case(arrived, filed, note)
        invalid.append(case)
bad("LATE: the base document filed on Tuesday 20 October",
    set_in(["declarant", "date"], "2026-10-20"), ["SD.LATE"])

# Several at once.
bad("an empty document: every required column, the TSW number and both signatures", {},
    [REQ[n] for n in REQ] + ["SD.TSW_NUMBER", "SD.DECLARANT.REQUIRED", "SD.OFFICER.REQUIRED"])
bad("late, no TSW number and column 15 by the carrier",
    patched(tsw_number=None,
            declarant={"role": "carrier_representative", "name": "ТЕМИРОВ Б.К.", "date": "2026-10-21"},
            filled_by={**CARRIER_SIDE, **OFFICER_SIDE, "15": "carrier_representative"}),
    ["SD.FILLED_BY", "SD.LATE", "SD.TSW_NUMBER"])
bad("five goods without the mark, weight 0 and a bad DCD number",
    patched(goods=four + [{"name": "ПРОКЛАДКИ"}], weight_kg=0, previous_document="55201/14106/317"),
    ["SD.12.FORMAT", "SD.6.ADDITION", "SD.8.POSITIVE"])

# --------------------------------------------------------------------------
def text(doc):
    return json.dumps(doc, ensure_ascii=False)


base_text = text(BASE)
input_errors = [
    {"name": "not JSON at all", "document_text": "КРАТКАЯ ДЕКЛАРАЦИЯ № 15101/19106/000123",
     "path": "document"},
    {"name": "a JSON array", "document_text": "[" + base_text + "]", "path": "document"},
    {"name": "a JSON string", "document_text": "\"15101/19106/000123\"", "path": "document"},
    {"name": "a negative number of packages",
     "document_text": text(patched(packages=-1)), "path": "document.packages"},
    {"name": "packages as a string", "document_text": text(patched(packages="27")),
     "path": "document.packages"},
    {"name": "a fractional number of packages", "document_text": text(patched(packages=2.5)),
     "path": "document.packages"},
    {"name": "an unknown member", "document_text": text(patched(column_18="X")),
     "path": "document.column_18"},
    {"name": "filled_by names column 18", "document_text": text(patched(filled_by={"18": "customs_officer"})),
     "path": "document.filled_by.18"},
    {"name": "filled_by names column 0", "document_text": text(patched(filled_by={"0": "customs_officer"})),
     "path": "document.filled_by.0"},
    {"name": "filled_by names an unknown party",
     "document_text": text(patched(filled_by={"15": "inspector"})),
     "path": "document.filled_by.15"},
    {"name": "unknown carrier type", "document_text": text(patched(carrier={"type": "truck"})),
     "path": "document.carrier.type"},
    {"name": "unknown declarant role",
     "document_text": text(patched(declarant={"role": "broker", "name": "X", "date": iso(FILED)})),
     "path": "document.declarant.role"},
    {"name": "arrival date 30 February", "document_text": text(patched(arrival_date="2026-02-30")),
     "path": "document.arrival_date"},
    {"name": "goods as an object", "document_text": text(patched(goods={"name": "ТРУБЫ"})),
     "path": "document.goods"},
    {"name": "weight as a string", "document_text": text(patched(weight_kg="20174")),
     "path": "document.weight_kg"},
    {"name": "column 9 count negative",
     "document_text": text(patched(identification={"count": -1, "numbers": []})),
     "path": "document.identification.count"},
    {"name": "an unknown member in column 14",
     "document_text": text(patched(storage_place={**BASE["storage_place"], "mark": "X"})),
     "path": "document.storage_place.mark"},
    {"name": "the addition mark's certified flag as a string",
     "document_text": text(patched(goods_addition={"date": iso(FILED), "certified": "yes"})),
     "path": "document.goods_addition.certified"},
]

deadlines = [{"arrival": iso(a), "next_working_day": iso(w), "note": n} for a, w, n in DEADLINES]

names = [c["name"] for c in valid + invalid + input_errors]
assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]

# Options that cannot be read (input options), with the base document.
option_errors = [
    vl.input_error("a misspelt option (ofices)", "options.ofices", input="options",
                   document=BASE, options={"ofices": OFFICES}),
    vl.input_error("the office directory as a number", "options.offices", input="options",
                   document=BASE, options={"offices": 15101}),
]

out = vl.document_file("short_declaration", OPTIONS, valid, invalid,
                       [vl.input_error(**c) for c in input_errors] + option_errors,
                       deadlines=deadlines)
vl.write(OUT, out)
print(f"{OUT.relative_to(ROOT)}: {vl.counts(out)}, {len(deadlines)} deadlines")
