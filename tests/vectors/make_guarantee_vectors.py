#!/usr/bin/env python3
"""Writes tests/vectors/guarantee.json.

The shared guarantee-obligation vectors (SPEC §4; R1 §11-§25, annexes 4-6),
read by the Rust, Python and C tests. Everything here is written by hand
from SPEC.md and the Kazakh text of R1: the base documents, the patches that
break them, and the exact set of rule ids each broken document must report.
Nothing is taken from running the library.

The working days used below are those of Kazakhstan in 2026 (SPEC §13):
Saturdays and Sundays, and the statutory holidays with their moved days off
(8 March 2026 is a Sunday, so Monday 9 March is a day off; Nauryz 21-23 March
2026 is Saturday to Monday, so Tuesday 24 and Wednesday 25 March are days
off). No decree moved days off in 2026. The script checks every review term it
states against that list, and every validity term against the 2000 km/month
arithmetic of SPEC §2, so that a typo fails here rather than in three
harnesses.

Run from anywhere: python3 tests/vectors/make_guarantee_vectors.py
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
OUT = ROOT / "tests" / "vectors" / "guarantee.json"

D = datetime.date.fromisoformat

# The caller's directory of customs office codes (invented; SPEC §13).
OFFICES = ["15101", "50101", "50103", "62001"]

# The file's options. The reference date is the date the state of an
# obligation is judged on; applications are judged on their decision date.
OPTIONS = {"reference": "2026-03-02", "offices": OFFICES}

# --------------------------------------------------------------------------
# SPEC arithmetic, used only to check the hand-written documents.

working = vl.working
add_working_days = vl.add_working_days


def review_deadline(received, extension):
    """R1 §14 as the library reads it: 2 working days after receipt, then
    the extension in calendar days (at most 5), ending on a working day."""
    end = add_working_days(received, 2)
    if extension:
        end += datetime.timedelta(days=min(extension, 5))
        while not working(end):
            end += datetime.timedelta(days=1)
    return end


limit = vl.limit


# --------------------------------------------------------------------------
# Applications (kind guarantee_application).

APPLICATION = {
    "recipient": {
        "name": "ТОО «АЛМА-ТРЕЙД»",
        "address": "АЛМАТЫ, ПР. АБАЯ, 1",
        "classifier_code": "12345678",
        "tax_number": "060140001234",
    },
    "destination_office": "50101",
    "application_date": "2026-02-02",
    "attachments": {
        "filled_forms": 2,
        "registration_card": True,
        "foreign_trade_contracts": {"held": True, "attached": True},
        "warehouse_contracts": {"held": True, "attached": True},
    },
    "facts": {
        "registration_card": True,
        "own_warehouse": False,
        "storage_contract": True,
        "violations_last_year": False,
        "debt_at_check": False,
        "earlier_obligations": [
            {"number": "0001/501/10015/0003", "state": "fulfilled"},
            {"number": "0001/501/02095/0011", "state": "returned"},
        ],
        "on_failed_register": False,
        "offence_cases": [
            # One day before the year that ends on the decision date.
            {"against": "carrier", "opened": "2025-02-03", "case_number": "АП-17"}
        ],
    },
    "decision": {"date": "2026-02-04", "extended": False, "officer": "АХМЕТОВ А."},
    "carriage": {
        "country_of_dispatch": "CN",
        "departure_office": "62001",
        "goods": "НАСОСЫ ЦЕНТРОБЕЖНЫЕ",
        "carrier": "ТОО «ТРАНС-ЭКСПРЕСС», АЛМАТЫ",
        "warehouse": "СВХ «ТЕМІР ЖОЛ»",
        "distance_km": 1200,
    },
    "additional_documents": ["СПРАВКА ОБ ОТСУТСТВИИ ЗАДОЛЖЕННОСТИ"],
}

# A recipient with its own warehouse and no contracts at all: the minimum.
MINIMAL_APPLICATION = {
    "recipient": {"name": "ИП ЖАНҰЗАҚОВ"},
    "destination_office": "50101",
    "application_date": "2026-02-02",
    "attachments": {"filled_forms": 2, "registration_card": True},
    "facts": {"registration_card": True, "own_warehouse": True},
    "decision": {"date": "2026-02-04"},
}


def patched(base, changes):
    """A deep copy of base with changes: {"a.b.c": value}; value DELETE removes."""
    doc = copy.deepcopy(base)
    for path, value in changes.items():
        keys = path.split(".")
        node = doc
        for k in keys[:-1]:
            node = node[int(k)] if isinstance(node, list) else node.setdefault(k, {})
        last = keys[-1]
        if value is DELETE:
            del node[last]
        elif isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return doc


DELETE = object()


def dates(received, decided, extension=0, late=False):
    """Checks a review-term claim against the working days of 2026."""
    end = review_deadline(D(received), extension)
    assert (D(decided) > end) == late, (received, decided, extension, end)


def app(name, changes=None, base=APPLICATION, rules=None, note=None, options=None):
    case = {"name": name, "kind": "guarantee_application"}
    if note:
        case["note"] = note
    case["document"] = patched(base, changes or {})
    if options:
        case["options"] = options
    if rules is not None:
        case["rules"] = sorted(rules)
    return case


dates("2026-02-02", "2026-02-04")
dates("2026-02-06", "2026-02-10")
dates("2026-02-07", "2026-02-10")
dates("2026-03-05", "2026-03-10")
dates("2026-03-20", "2026-03-27")
dates("2026-02-02", "2026-02-09", 5)
dates("2026-02-04", "2026-02-09", 1)
dates("2026-02-02", "2026-02-05", late=True)
dates("2026-02-06", "2026-02-11", late=True)
dates("2026-03-05", "2026-03-11", late=True)
dates("2026-03-20", "2026-03-30", late=True)
dates("2026-02-02", "2026-02-10", 5, late=True)
dates("2026-02-02", "2026-02-10", 7, late=True)
dates("2026-02-04", "2026-02-10", 1, late=True)
dates("2026-03-20", "2026-03-30", 1)

VALID_APPLICATIONS = [
    app("storage contract, every attachment, earlier obligations fulfilled and returned, "
        "a carrier's offence case one day before the year"),
    app("own warehouse, no contracts held: two forms and the card suffice", base=MINIMAL_APPLICATION),
    app("more than two filled forms", {"attachments.filled_forms": 3}),
    app("received on a Friday, decided on the second working day (Tuesday)",
        {"application_date": "2026-02-06", "decision.date": "2026-02-10"}),
    app("received on a Saturday: the term counts from Monday",
        {"application_date": "2026-02-07", "decision.date": "2026-02-10"}),
    app("8 March 2026 is a Sunday, so Monday 9 March is a day off: received Thursday 5 March, "
        "decided Tuesday 10 March",
        {"application_date": "2026-03-05", "decision.date": "2026-03-10",
         "facts.offence_cases": []}),
    app("Nauryz 2026 (21-23 March with 24 and 25 March off): received Friday 20 March, "
        "decided Friday 27 March",
        {"application_date": "2026-03-20", "decision.date": "2026-03-27",
         "facts.offence_cases": []}),
    app("extended by 5 calendar days after the 2 working days: decided Monday 9 February",
        {"decision.date": "2026-02-09", "decision.extended": True, "decision.extension_days": 5}),
    app("extended without a stated length counts as 5 days",
        {"decision.date": "2026-02-09", "decision.extended": True}),
    app("an extension stated as 7 days counts as 5",
        {"decision.date": "2026-02-09", "decision.extended": True, "decision.extension_days": 7}),
    app("extended by 1 day ending on a Saturday: the term ends on Monday",
        {"application_date": "2026-02-04", "decision.date": "2026-02-09",
         "decision.extended": True, "decision.extension_days": 1}),
    app("extended by 1 day from Friday 27 March (Nauryz): ends Saturday 28, so Monday 30 March",
        {"application_date": "2026-03-20", "decision.date": "2026-03-30",
         "decision.extended": True, "decision.extension_days": 1,
         "facts.offence_cases": []}),
    app("extended but decided within the 2 working days",
        {"decision.extended": True, "decision.extension_days": 3}),
    app("earlier obligations still within their term (registered, used) and never registered "
        "(applied, refused) do not count",
        {"facts.earlier_obligations": [
            {"state": "registered"}, {"state": "used"}, {"state": "applied"},
            {"number": "0001/501/10016/0001", "state": "refused"}]}),
    app("an offence case opened after the decision date is not a ground",
        {"facts.offence_cases": [{"against": "recipient", "opened": "2026-02-05"}]}),
    app("not decided yet: no review term is checked; the year of offences ends on the "
        "reference date",
        {"decision": DELETE,
         "facts.offence_cases": [{"against": "recipient", "opened": "2025-02-02"}]},
        options={"reference": "2026-02-03"}),
    app("leap year: decided 29 February 2028, the year starts on 28 February 2027; a case of "
        "27 February 2027 is outside it",
        {"application_date": "2028-02-28", "decision.date": "2028-02-29",
         "facts.offence_cases": [{"against": "carrier", "opened": "2027-02-27"}]}),
    app("no office directory given: any 5-digit code will do",
        {"destination_office": "99999"}, options={"offices": None}),
    app("warehouse contract copies attached without saying they are held",
        {"attachments.warehouse_contracts": {"attached": True}}),
]
dates("2028-02-28", "2028-02-29")

INVALID_APPLICATIONS = [
    # §12 conditions
    app("GO.CONDITION.CARD: no registration card (and so none attached: reported once)",
        {"facts.registration_card": False, "attachments.registration_card": False},
        rules=["GO.CONDITION.CARD"]),
    app("GO.CONDITION.CARD: a card attached that the office did not accept",
        {"facts.registration_card": False}, rules=["GO.CONDITION.CARD"]),
    app("GO.CONDITION.CARD: the fact absent means not shown",
        {"facts.registration_card": DELETE}, rules=["GO.CONDITION.CARD"]),
    app("GO.CONDITION.STORAGE: neither an own warehouse nor a storage contract",
        {"facts.storage_contract": False,
         "attachments.warehouse_contracts": {"held": False, "attached": False}},
        rules=["GO.CONDITION.STORAGE"]),
    app("GO.CONDITION.STORAGE: both facts absent",
        {"facts.own_warehouse": DELETE}, base=MINIMAL_APPLICATION,
        rules=["GO.CONDITION.STORAGE"]),
    app("GO.CONDITION.VIOLATIONS: violations within the last year",
        {"facts.violations_last_year": True}, rules=["GO.CONDITION.VIOLATIONS"]),
    # §14 review term
    app("GO.REVIEW.LATE: decided on the third working day",
        {"decision.date": "2026-02-05"}, rules=["GO.REVIEW.LATE"]),
    app("GO.REVIEW.LATE: received Friday, decided Wednesday",
        {"application_date": "2026-02-06", "decision.date": "2026-02-11"},
        rules=["GO.REVIEW.LATE"]),
    app("GO.REVIEW.LATE: 9 March 2026 is a day off, but 11 March is too late",
        {"application_date": "2026-03-05", "decision.date": "2026-03-11",
         "facts.offence_cases": []}, rules=["GO.REVIEW.LATE"]),
    app("GO.REVIEW.LATE: Nauryz, decided Monday 30 March without extension",
        {"application_date": "2026-03-20", "decision.date": "2026-03-30",
         "facts.offence_cases": []}, rules=["GO.REVIEW.LATE"]),
    app("GO.REVIEW.LATE: one day past the 5-day extension",
        {"decision.date": "2026-02-10", "decision.extended": True, "decision.extension_days": 5},
        rules=["GO.REVIEW.LATE"]),
    app("GO.REVIEW.LATE: an extension of 7 days counts as 5",
        {"decision.date": "2026-02-10", "decision.extended": True, "decision.extension_days": 7},
        rules=["GO.REVIEW.LATE"]),
    app("GO.REVIEW.LATE: the extension is in calendar days, not working days",
        {"decision.date": "2026-02-10", "decision.extended": True, "decision.extension_days": 4},
        rules=["GO.REVIEW.LATE"],
        note="Wednesday 4 February + 4 calendar days = Sunday 8, so Monday 9; "
             "4 working days would run to Tuesday 10."),
    app("GO.REVIEW.LATE: extended by 1 day ending on a Saturday ends Monday, not Tuesday",
        {"application_date": "2026-02-04", "decision.date": "2026-02-10",
         "decision.extended": True, "decision.extension_days": 1},
        rules=["GO.REVIEW.LATE"]),
    # §16 refusal grounds
    app("GO.REFUSE.DOCUMENTS: one filled form", {"attachments.filled_forms": 1},
        rules=["GO.REFUSE.DOCUMENTS"]),
    app("GO.REFUSE.DOCUMENTS: no forms", {"attachments.filled_forms": DELETE},
        rules=["GO.REFUSE.DOCUMENTS"]),
    app("GO.REFUSE.DOCUMENTS: the card exists but is not attached",
        {"attachments.registration_card": False}, rules=["GO.REFUSE.DOCUMENTS"]),
    app("GO.REFUSE.DOCUMENTS: foreign trade contracts held, copies not attached",
        {"attachments.foreign_trade_contracts.attached": False}, rules=["GO.REFUSE.DOCUMENTS"]),
    app("GO.REFUSE.DOCUMENTS: warehouse contracts held, copies not attached",
        {"attachments.warehouse_contracts.attached": False, "facts.own_warehouse": True,
         "facts.storage_contract": False},
        rules=["GO.REFUSE.DOCUMENTS"]),
    app("GO.REFUSE.DOCUMENTS: the storage contract of §12 is a contract with a warehouse owner "
        "whose copy §13 requires",
        {"attachments.warehouse_contracts": DELETE}, rules=["GO.REFUSE.DOCUMENTS"]),
    app("GO.REFUSE.DOCUMENTS: no attachments at all (the card exists)",
        {"attachments": DELETE}, rules=["GO.REFUSE.DOCUMENTS"]),
    app("GO.REFUSE.PREVIOUS: on the register of recipients who failed (§20)",
        {"facts.on_failed_register": True}, rules=["GO.REFUSE.PREVIOUS"]),
    app("GO.REFUSE.PREVIOUS: an earlier obligation used and not fulfilled",
        {"facts.earlier_obligations.0.state": "failed"}, rules=["GO.REFUSE.PREVIOUS"]),
    app("GO.REFUSE.PREVIOUS: an earlier obligation expired and not yet handed back (§21)",
        {"facts.earlier_obligations.1.state": "expired"}, rules=["GO.REFUSE.PREVIOUS"]),
    app("GO.REFUSE.DEBT: a debt when checked", {"facts.debt_at_check": True},
        rules=["GO.REFUSE.DEBT"]),
    app("GO.REFUSE.OFFENCE: a case against the carrier opened on the first day of the year",
        {"facts.offence_cases.0.opened": "2025-02-04"}, rules=["GO.REFUSE.OFFENCE"]),
    app("GO.REFUSE.OFFENCE: a case against the recipient opened on the decision date",
        {"facts.offence_cases": [{"against": "recipient", "opened": "2026-02-04"}]},
        rules=["GO.REFUSE.OFFENCE"]),
    app("GO.REFUSE.OFFENCE: leap year, decided 29 February 2028, a case of 28 February 2027",
        {"application_date": "2028-02-28", "decision.date": "2028-02-29",
         "facts.offence_cases": [{"against": "carrier", "opened": "2027-02-28"}]},
        rules=["GO.REFUSE.OFFENCE"]),
    app("GO.REFUSE.OFFENCE: undecided, the year ends on the reference date",
        {"decision": DELETE,
         "facts.offence_cases": [{"against": "recipient", "opened": "2025-02-03"}]},
        options={"reference": "2026-02-03"}, rules=["GO.REFUSE.OFFENCE"]),
    # The destination office
    app("NUM.OFFICE: the destination office is not in the directory",
        {"destination_office": "99999"}, rules=["NUM.OFFICE"]),
    app("NUM.OFFICE: the destination office is all zeros",
        {"destination_office": "00000"}, options={"offices": None}, rules=["NUM.OFFICE"]),
    app("NUM.OFFICE: the destination office is not 5 digits",
        {"destination_office": "5010"}, rules=["NUM.OFFICE"]),
    app("NUM.OFFICE: no destination office", {"destination_office": DELETE},
        rules=["NUM.OFFICE"]),
    # Several at once
    app("every ground at once, decided late",
        {"facts": {"earlier_obligations": [{"state": "failed"}],
                   "violations_last_year": True, "debt_at_check": True,
                   "offence_cases": [{"against": "recipient", "opened": "2025-12-01"}]},
         "attachments": {"filled_forms": 1},
         "decision.date": "2026-02-06"},
        rules=["GO.CONDITION.CARD", "GO.CONDITION.STORAGE", "GO.CONDITION.VIOLATIONS",
               "GO.REVIEW.LATE", "GO.REFUSE.DOCUMENTS", "GO.REFUSE.PREVIOUS",
               "GO.REFUSE.DEBT", "GO.REFUSE.OFFENCE"]),
    app("late and in debt, from another office",
        {"destination_office": "62002", "facts.debt_at_check": True,
         "decision.date": "2026-02-05"},
        rules=["GO.REVIEW.LATE", "GO.REFUSE.DEBT", "NUM.OFFICE"]),
]

APP_INPUT_ERRORS = [
    ("no recipient name", {"recipient.name": DELETE}, "document.recipient.name"),
    ("a blank recipient name", {"recipient.name": "  "}, "document.recipient.name"),
    ("no application date", {"application_date": DELETE}, "document.application_date"),
    ("an application date that is not a date", {"application_date": "02.02.2026"},
     "document.application_date"),
    ("decided before the application was received", {"decision.date": "2026-02-01"},
     "document.decision.date"),
    ("an extension length without extended", {"decision.extension_days": 3},
     "document.decision.extension_days"),
    ("a negative extension length", {"decision.extended": True, "decision.extension_days": -1},
     "document.decision.extension_days"),
    ("an unknown fact", {"facts.debts": True}, "document.facts.debts"),
    ("an unknown state of an earlier obligation",
     {"facts.earlier_obligations.0.state": "closed"},
     "document.facts.earlier_obligations[0].state"),
    ("an offence case without its date",
     {"facts.offence_cases": [{"against": "carrier"}]}, "document.facts.offence_cases[0]"),
    ("an offence case against someone else",
     {"facts.offence_cases.0.against": "consignor"},
     "document.facts.offence_cases[0].against"),
    ("a fact that is not a boolean", {"facts.debt_at_check": "no"}, "document.facts.debt_at_check"),
    ("a distance of zero", {"carriage.distance_km": 0}, "document.carriage.distance_km"),
    ("a negative distance", {"carriage.distance_km": -5}, "document.carriage.distance_km"),
    ("decided, received before the working calendar begins (2013)",
     {"application_date": "2012-12-28", "decision.date": "2013-01-04",
      "facts.offence_cases": []}, "document.application_date"),
]


# --------------------------------------------------------------------------
# Obligations (kind guarantee).

# Registered 4 February 2026 by the office 50101 for the recipient 0001;
# 2000 km: valid until 4 March 2026 (SPEC §2, calendar convention).
OBLIGATION = {
    "number": "0001/501/04026/0001",
    "state": "registered",
    "recipient": {"name": "ТОО «АЛМА-ТРЕЙД»", "tax_number": "060140001234"},
    "destination_office": "50101",
    "valid_until": "2026-03-04",
    "carriage": {
        "country_of_dispatch": "CN",
        "departure_office": "62001",
        "goods": "НАСОСЫ ЦЕНТРОБЕЖНЫЕ",
        "carrier": "ТОО «ТРАНС-ЭКСПРЕСС», АЛМАТЫ",
        "warehouse": "СВХ «ТЕМІР ЖОЛ»",
        "distance_km": 2000,
    },
    "officer": "АХМЕТОВ А.",
}
assert limit(D("2026-02-04"), 2000) == D("2026-03-04")
assert limit(D("2026-02-04"), 2000, "thirty_day") == D("2026-03-06")
assert limit(D("2026-02-04"), 1200) == D("2026-02-22")
assert limit(D("2026-02-04"), 1000) == D("2026-02-19")

USED = {"state": "used", "dcd_number": "62001/10026/00017"}
FULFILLED = dict(USED, state="fulfilled", **{"fulfilment": {"short_declaration": "50101/20026/000005"}})
AFTER = {"reference": "2026-03-05"}


def ob(name, changes=None, rules=None, note=None, options=None):
    case = {"name": name, "kind": "guarantee"}
    if note:
        case["note"] = note
    case["document"] = patched(OBLIGATION, changes or {})
    if options:
        case["options"] = options
    if rules is not None:
        case["rules"] = sorted(rules)
    return case


VALID_OBLIGATIONS = [
    ob("registered, within its term"),
    ob("registered on the last day of its term", options={"reference": "2026-03-04"}),
    ob("no state means registered", {"state": DELETE}),
    ob("a term shorter than the limit", {"valid_until": "2026-02-20"},
       options={"reference": "2026-02-16"}),
    ob("1200 km: valid until 22 February", {"valid_until": "2026-02-22",
                                           "carriage.distance_km": 1200},
       options={"reference": "2026-02-16"}),
    ob("thirty_day convention: 30 days for 2000 km", {"valid_until": "2026-03-06"},
       options={"convention": "thirty_day"}),
    ob("the distance from the options", {"carriage.distance_km": DELETE},
       options={"distance_km": 2000}),
    ob("no distance known: the term is not checked against the limit",
       {"carriage.distance_km": DELETE, "valid_until": "2026-12-31"}),
    ob("applied: no number yet", {"state": "applied", "number": DELETE, "valid_until": DELETE}),
    ob("refused with its grounds",
       {"state": "refused", "number": DELETE, "valid_until": DELETE,
        "refusal_reasons": ["GO.REFUSE.DEBT", "GO.CONDITION.CARD"]}),
    ob("used: taken at departure with the DCD", USED),
    ob("used: taken on the day it was registered", dict(USED, dcd_number="62001/04026/00001")),
    ob("used: taken on the last day of its term", dict(USED, dcd_number="62001/04036/00031"),
       options=AFTER),
    ob("used: its term is over but the mark may still come", USED, options={"reference": "2026-03-20"}),
    ob("fulfilled with a short declaration", FULFILLED),
    ob("fulfilled with a cargo customs declaration",
       dict(USED, state="fulfilled",
            fulfilment={"customs_declaration": "50101/200226/0001234"})),
    ob("failed: used and its term over without the mark", dict(USED, state="failed"),
       options=AFTER),
    ob("expired: unused and its term over", {"state": "expired"}, options=AFTER),
    ob("returned with the mark ҚАЙТАРЫЛДЫ",
       {"state": "returned", "returned_mark": "ҚАЙТАРЫЛДЫ"}, options={"reference": "2026-03-10"}),
    ob("returned with the mark ВОЗВРАЩЕНО",
       {"state": "returned", "returned_mark": "ВОЗВРАЩЕНО"}, options={"reference": "2026-03-10"}),
    ob("no destination office given: the prefix is checked against the directory only",
       {"destination_office": DELETE}),
    ob("empty optional members", {"dcd_number": "", "returned_mark": "", "refusal_reasons": []}),
]

INVALID_OBLIGATIONS = [
    # The number (§18, SPEC §1)
    ob("NUM.FORMAT: a sequence of three digits", {"number": "0001/501/04026/001"},
       rules=["NUM.FORMAT"]),
    ob("NUM.FORMAT: dashes for slashes", {"number": "0001-501-04026-0001"}, rules=["NUM.FORMAT"]),
    ob("NUM.DATE: 30 February", {"number": "0001/501/30026/0001"}, rules=["NUM.DATE"]),
    ob("NUM.OFFICE: the office prefix is all zeros", {"number": "0001/000/04026/0001",
                                                      "destination_office": DELETE},
       rules=["NUM.OFFICE"]),
    ob("NUM.OFFICE: the prefix starts no office in the directory",
       {"number": "0001/999/04026/0001", "destination_office": DELETE}, rules=["NUM.OFFICE"]),
    ob("NUM.OFFICE: the prefix is not the destination office's",
       {"number": "0001/620/04026/0001"}, rules=["NUM.OFFICE"]),
    ob("NUM.OFFICE: the obligation's destination office is not in the directory",
       {"destination_office": "50199"}, rules=["NUM.OFFICE"]),
    ob("NUM.OFFICE: the obligation's destination office is all zeros", {"destination_office": "00000"},
       options={"offices": None}, rules=["NUM.OFFICE"]),
    ob("NUM.RECIPIENT: recipient 0000", {"number": "0000/501/04026/0001"},
       rules=["NUM.RECIPIENT"]),
    ob("NUM.SEQUENCE: sequence 0000", {"number": "0001/501/04026/0000"},
       rules=["NUM.SEQUENCE"]),
    ob("NUM.FUTURE: registered after the reference date", {"number": "0001/501/05036/0001",
                                                           "valid_until": "2026-04-05"},
       rules=["NUM.FUTURE"]),
    ob("NUM.FORMAT in the DCD number", dict(USED, dcd_number="62001/10026/0017"),
       rules=["NUM.FORMAT"]),
    ob("NUM.OFFICE in the DCD number", dict(USED, dcd_number="77001/10026/00017"),
       rules=["NUM.OFFICE"]),
    ob("NUM.FORMAT in the short declaration of the mark",
       dict(FULFILLED, fulfilment={"short_declaration": "50101/20026/00005"}),
       rules=["NUM.FORMAT"]),
    ob("NUM.FUTURE in the short declaration of the mark",
       dict(FULFILLED, fulfilment={"short_declaration": "50101/03036/000005"}),
       rules=["NUM.FUTURE"]),
    # The term (§19)
    ob("TERM.LIMIT: one day past 2000 km", {"valid_until": "2026-03-05"}, rules=["TERM.LIMIT"]),
    ob("TERM.LIMIT: thirty_day convention", {"valid_until": "2026-03-07"},
       options={"convention": "thirty_day"}, rules=["TERM.LIMIT"]),
    ob("TERM.LIMIT: 1000 km from the options", {"carriage.distance_km": DELETE},
       options={"distance_km": 1000}, rules=["TERM.LIMIT"]),
    ob("TERM.BEFORE_START: a term before the registration date",
       {"state": "expired", "valid_until": "2026-02-03"}, rules=["TERM.BEFORE_START"]),
    ob("TERM.BEFORE_START: also without a distance",
       {"state": "expired", "valid_until": "2026-02-03", "carriage.distance_km": DELETE},
       rules=["TERM.BEFORE_START"]),
    # The state (§17-§25)
    ob("GO.STATE: registered, but its term is over (it has expired)", options=AFTER,
       rules=["GO.STATE"]),
    ob("GO.STATE: expired while its term still runs", {"state": "expired"},
       rules=["GO.STATE"]),
    ob("GO.STATE: failed while its term still runs", dict(USED, state="failed"),
       rules=["GO.STATE"]),
    ob("GO.STATE: returned while its term still runs",
       {"state": "returned", "returned_mark": "ҚАЙТАРЫЛДЫ"}, rules=["GO.STATE"]),
    ob("GO.STATE: returned without the mark", {"state": "returned"}, options=AFTER,
       rules=["GO.STATE"]),
    ob("GO.STATE: returned with another mark", {"state": "returned", "returned_mark": "RETURNED"},
       options=AFTER, rules=["GO.STATE"]),
    ob("GO.STATE: the mark is written in capitals", {"state": "returned",
                                                    "returned_mark": "возвращено"},
       options=AFTER, rules=["GO.STATE"]),
    ob("GO.STATE: a registered obligation without its number", {"number": DELETE},
       rules=["GO.STATE"]),
    ob("GO.STATE: a registered obligation without its term", {"valid_until": DELETE},
       rules=["GO.STATE"]),
    ob("GO.STATE: an application with a number", {"state": "applied"}, rules=["GO.STATE"]),
    ob("GO.STATE: refused with a number",
       {"state": "refused", "refusal_reasons": ["GO.REFUSE.DEBT"]}, rules=["GO.STATE"]),
    ob("GO.STATE: refused without grounds",
       {"state": "refused", "number": DELETE, "valid_until": DELETE}, rules=["GO.STATE"]),
    ob("GO.STATE: grounds of refusal on a registered obligation",
       {"refusal_reasons": ["GO.REFUSE.DEBT"]}, rules=["GO.STATE"]),
    ob("GO.STATE: registered, yet linked to a DCD", {"dcd_number": "62001/10026/00017"},
       rules=["GO.STATE"]),
    ob("GO.STATE: expired, yet linked to a DCD (an expired obligation was never used)",
       {"state": "expired", "dcd_number": "62001/10026/00017"}, options=AFTER,
       rules=["GO.STATE"]),
    ob("GO.STATE: used without the DCD number", {"state": "used"}, rules=["GO.STATE"]),
    ob("GO.STATE: taken at departure before it was registered",
       dict(USED, dcd_number="62001/03026/00017"), rules=["GO.STATE"]),
    ob("GO.STATE: taken at departure after its term ended",
       dict(USED, dcd_number="62001/05036/00017"), options=AFTER, rules=["GO.STATE"]),
    ob("GO.STATE: fulfilled without the mark", dict(USED, state="fulfilled"),
       rules=["GO.STATE"]),
    ob("GO.STATE: fulfilled with two declaration numbers",
       dict(FULFILLED, fulfilment={"short_declaration": "50101/20026/000005",
                                   "customs_declaration": "50101/200226/0001234"}),
       rules=["GO.STATE"]),
    ob("GO.STATE: used with a mark of fulfilment",
       dict(FULFILLED, state="used"), rules=["GO.STATE"]),
    ob("GO.STATE: registered with the mark ҚАЙТАРЫЛДЫ", {"returned_mark": "ҚАЙТАРЫЛДЫ"},
       rules=["GO.STATE"]),
    # Several at once
    ob("a wrong prefix, a term past the limit and a used obligation without its DCD",
       {"number": "0001/151/04026/0001", "valid_until": "2026-03-10", "state": "used"},
       rules=["GO.STATE", "NUM.OFFICE", "TERM.LIMIT"]),
]

OB_INPUT_ERRORS = [
    ("an unknown state", {"state": "closed"}, "document.state"),
    ("an unknown refusal reason",
     {"state": "refused", "number": DELETE, "refusal_reasons": ["GO.REFUSE.NOPE"]},
     "document.refusal_reasons[0]"),
    ("a refusal reason that is not a ground",
     {"state": "refused", "number": DELETE,
      "refusal_reasons": ["GO.REFUSE.DEBT", "DCD.7.REQUIRED"]},
     "document.refusal_reasons[1]"),
    ("GO.REVIEW.LATE is not a ground of refusal",
     {"state": "refused", "number": DELETE, "refusal_reasons": ["GO.REVIEW.LATE"]},
     "document.refusal_reasons[0]"),
    ("a term that is not an ISO date", {"valid_until": "04.03.2026"}, "document.valid_until"),
    ("a distance of zero", {"carriage.distance_km": 0}, "document.carriage.distance_km"),
    ("a number given as a JSON number", {"number": 1}, "document.number"),
    ("an unknown member", {"term": "2026-03-04"}, "document.term"),
    ("an unknown member of the mark",
     {"state": "fulfilled", "fulfilment": {"declaration": "X"}}, "document.fulfilment.declaration"),
]


def input_errors(kind, base, rows):
    out = []
    for name, changes, path in rows:
        out.append(vl.input_error(name, path, kind=kind,
                                  document_text=json.dumps(patched(base, changes),
                                                           ensure_ascii=False)))
    return out


RAW_INPUT_ERRORS = [
    {"name": "truncated JSON", "kind": "guarantee_application", "document_text": "{\"recipient\":",
     "path": "document.recipient"},
    {"name": "not JSON at all", "kind": "guarantee", "document_text": "кепілдік",
     "path": "document"},
    {"name": "an array, not an object", "kind": "guarantee_application",
     "document_text": "[]", "path": "document"},
    {"name": "a string, not an object", "kind": "guarantee", "document_text": "\"0001/501/04026/0001\"",
     "path": "document"},
    {"name": "null", "kind": "guarantee", "document_text": "null", "path": "document"},
]

# --------------------------------------------------------------------------
# The lifecycle (SPEC §4): applied -> registered | refused; registered ->
# used | expired; used -> fulfilled | failed; expired -> returned.

STATES = ["applied", "registered", "refused", "used", "fulfilled", "failed", "expired",
          "returned"]
EDGES = {
    ("applied", "registered"), ("applied", "refused"),
    ("registered", "used"), ("registered", "expired"),
    ("used", "fulfilled"), ("used", "failed"),
    ("expired", "returned"),
}
TRANSITIONS = [{"from": a, "to": b, "ok": (a, b) in EDGES} for a in STATES for b in STATES]

SEQUENCES = [
    {"name": "registered, used, fulfilled",
     "states": ["applied", "registered", "used", "fulfilled"], "fails_at": None},
    {"name": "refused", "states": ["applied", "refused"], "fails_at": None},
    {"name": "used and not fulfilled in its term (§20)",
     "states": ["applied", "registered", "used", "failed"], "fails_at": None},
    {"name": "expired and handed back (§21-§22)",
     "states": ["applied", "registered", "expired", "returned"], "fails_at": None},
    {"name": "single use (§25): used twice",
     "states": ["applied", "registered", "used", "used"], "fails_at": 3},
    {"name": "used without registration", "states": ["applied", "used"], "fails_at": 1},
    {"name": "returned before it expired", "states": ["applied", "registered", "returned"],
     "fails_at": 2},
    {"name": "a used obligation is not handed back",
     "states": ["applied", "registered", "used", "returned"], "fails_at": 3},
    {"name": "an expired obligation is not used",
     "states": ["applied", "registered", "expired", "used"], "fails_at": 3},
    {"name": "a refused application is not registered later",
     "states": ["applied", "refused", "registered"], "fails_at": 2},
    {"name": "a fulfilled obligation is final",
     "states": ["applied", "registered", "used", "fulfilled", "failed"], "fails_at": 4},
    {"name": "a returned obligation is final",
     "states": ["applied", "registered", "expired", "returned", "registered"], "fails_at": 4},
    {"name": "back from used to registered",
     "states": ["applied", "registered", "used", "registered"], "fails_at": 3},
    {"name": "registered twice", "states": ["applied", "registered", "registered"],
     "fails_at": 2},
    {"name": "fulfilled without being used",
     "states": ["applied", "registered", "fulfilled"], "fails_at": 2},
]
LIFECYCLE = [vl.sequence(s["name"], "guarantee", s["states"], EDGES, "GO.STATE")
             for s in SEQUENCES]
for s, ls in zip(SEQUENCES, LIFECYCLE):
    assert ls["fails_at"] == s["fails_at"], s["name"]


# Options that cannot be read (input options), with the base obligation.
OPTION_ERRORS = [
    vl.input_error("the reference date as a number", "options.reference", kind="guarantee",
                   input="options", document=OBLIGATION, options={"reference": 20260302}),
    vl.input_error("a misspelt option (convension)", "options.convension",
                   kind="guarantee_application", input="options", document=APPLICATION,
                   options={"convension": "thirty_day"}),
]


def main():
    valid = VALID_APPLICATIONS + VALID_OBLIGATIONS
    invalid = INVALID_APPLICATIONS + INVALID_OBLIGATIONS
    names = [c["name"] for c in valid + invalid]
    dup = {n for n in names if names.count(n) > 1}
    assert not dup, dup
    data = vl.document_file(
        "guarantee", OPTIONS, valid, invalid,
        input_errors("guarantee_application", APPLICATION, APP_INPUT_ERRORS)
        + input_errors("guarantee", OBLIGATION, OB_INPUT_ERRORS)
        + [vl.input_error(**c) for c in RAW_INPUT_ERRORS] + OPTION_ERRORS,
        LIFECYCLE, transitions=TRANSITIONS)
    vl.write(OUT, data)
    print(f"{OUT.relative_to(ROOT)}: {vl.counts(data)}, {len(TRANSITIONS)} transitions")


if __name__ == "__main__":
    main()
