#!/usr/bin/env python3
"""Writes tests/vectors/goods_declaration_checklist.json.

The shared vectors for the supporting documents of a goods declaration
filed through the e-government portal (S0 items 5–8; SPEC §12;
SPEC-R1-R3-NOTES §7), kind `goods_declaration_checklist`. Every case and its
expected rules are written here by hand from the Kazakh text of S0
(`seeds/000_0840c7de78f7f66a.txt`). Nothing is taken from running the
library.

Run from anywhere: python3 tests/vectors/make_checklist_vectors.py
"""

import copy
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import _vectorlib as vl  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "vectors" / "goods_declaration_checklist.json"
KIND = "goods_declaration_checklist"

CONTRACT = {"category": 1, "name": "КОНТРАКТ № 12 ОТ 01.09.2026"}
CMR = {"category": 2, "name": "CMR 0458812"}
LICENCE = {"category": 3, "name": "ЛИЦЕНЗИЯ № 0001"}
ORIGIN = {"category": 4, "name": "СЕРТИФИКАТ СТ-1 № 4471"}
PAYMENT = {"category": 5, "name": "ПЛАТЁЖНОЕ ПОРУЧЕНИЕ № 118"}
PRIVILEGE = {"category": 6, "name": "ЗАКЛЮЧЕНИЕ О ЦЕЛЕВОМ ИСПОЛЬЗОВАНИИ"}

# Default facts: a transaction, goods carried, payments due (categories 1, 2, 5).
PAPER = {"filing": "paper", "documents": [CONTRACT, CMR, PAYMENT], "electronic_form": True}
ALL_FACTS = {"transaction": True, "transported": True, "restrictions": True,
             "origin_claimed": True, "payments_due": True, "privileges_claimed": True}


def doc(**kw):
    d = copy.deepcopy(PAPER)
    d.update(copy.deepcopy(kw))
    return d


valid = [
    {"name": "electronic, no document check: no documents", "document": {"filing": "electronic"}},
    {"name": "filing not given: electronic", "document": {}},
    {"name": "electronic with a document check: the documents of categories 1, 2, 5",
     "document": {"filing": "electronic", "risk_document_check": True,
                  "documents": [CONTRACT, CMR, PAYMENT]}},
    {"name": "paper: categories 1, 2, 5 and the electronic form", "document": doc()},
    {"name": "paper, every category applies and is presented",
     "document": doc(facts=ALL_FACTS, documents=[CONTRACT, CMR, LICENCE, ORIGIN, PAYMENT, PRIVILEGE])},
    {"name": "paper, no transaction: documents on the right to the goods as category 1",
     "document": doc(facts={"transaction": False},
                     documents=[{"category": 1, "name": "ДОГОВОР ХРАНЕНИЯ"}, CMR, PAYMENT])},
    {"name": "paper, goods not carried and nothing to pay: category 1 alone",
     "document": doc(facts={"transported": False, "payments_due": False}, documents=[CONTRACT])},
]

invalid = [
    {"name": "a document of category 7", "document": doc(documents=[CONTRACT, CMR, PAYMENT, {"category": 7}]),
     "rules": ["S0.DOCS.CATEGORY"]},
    {"name": "a document of category 0 with an electronic declaration",
     "document": {"filing": "electronic", "documents": [{"category": 0}]},
     "rules": ["S0.DOCS.CATEGORY", "S0.DOCS.ELECTRONIC"]},
    {"name": "electronic, no document check, documents presented",
     "document": {"filing": "electronic", "documents": [CONTRACT]},
     "rules": ["S0.DOCS.ELECTRONIC"], "note": "a warning: the report stays ok"},
    {"name": "electronic with a document check, no transport document",
     "document": {"filing": "electronic", "risk_document_check": True, "documents": [CONTRACT, PAYMENT]},
     "rules": ["S0.DOCS.CHECK"]},
    {"name": "paper without the payment document", "document": doc(documents=[CONTRACT, CMR]),
     "rules": ["S0.DOCS.PAPER"]},
    {"name": "paper without its electronic form", "document": doc(electronic_form=False),
     "rules": ["S0.DOCS.PAPER"]},
    {"name": "paper, origin claimed without an origin document",
     "document": doc(facts={"origin_claimed": True}), "rules": ["S0.DOCS.PAPER"]},
    {"name": "paper, privileges claimed, restrictions apply, neither document",
     "document": doc(facts={"restrictions": True, "privileges_claimed": True}),
     "rules": ["S0.DOCS.PAPER"]},
    {"name": "paper with nothing", "document": {"filing": "paper"}, "rules": ["S0.DOCS.PAPER"]},
]

input_errors = [
    vl.input_error("not JSON", "document", document_text="ДТ НА БУМАГЕ"),
    vl.input_error("an unknown filing", "document.filing", document={"filing": "fax"}),
    vl.input_error("a negative category", "document.documents[0].category",
                   document={"filing": "paper", "documents": [{"category": -1}]}),
    vl.input_error("a document without its category", "document.documents[0]",
                   document={"filing": "paper", "documents": [{"name": "CMR"}]}),
    vl.input_error("an unknown fact", "document.facts.licence",
                   document={"facts": {"licence": True}}),
    vl.input_error("an unknown member", "document.copies", document={"copies": 2}),
]

data = vl.document_file(KIND, {}, valid, invalid, input_errors)
vl.write(OUT, data)
print(f"{OUT.name}: {vl.counts(data)}")
