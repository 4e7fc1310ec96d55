"""Every field of a document that cannot be read, with its path and a
message in the call's language (InvalidDocument.problems), for a document
given as JSON text and as a dict."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kazcustoms import InvalidDocument, validate

BAD = {
    "packages": "27",
    "consignor": 5,
    "colour": "red",
    "consignee": {"name_address": "A", "station": "684106"},
    "principal": {"deadline": "16.10.2026", "signed": "да"},
    "sheets": [{"items": [{"gross_kg": "14870", "documents": [{"code": "2"}]}]}],
}

WANT = {
    ("document.packages", "type"),
    ("document.consignor", "type"),
    ("document.colour", "unknown_field"),
    ("document.consignee.station", "unknown_field"),
    ("document.principal.deadline", "format"),
    ("document.principal.signed", "type"),
    ("document.sheets[0].items[0].gross_kg", "type"),
    ("document.sheets[0].items[0].documents[0]", "required"),
}

# Words of the JSON reader's (serde's) English that must not appear inside a
# Kazakh or Russian message.
ENGLISH = ("invalid type", "invalid value", "expected", "unknown field", "missing field",
           "found", "at line", "string", "integer")


def raised(document: Any, lang: Any) -> InvalidDocument:
    with pytest.raises(InvalidDocument) as info:
        validate("dcd", document, lang=lang)
    return info.value


@pytest.mark.parametrize("as_text", [True, False])
def test_every_bad_field_is_listed(as_text: bool) -> None:
    document: Any = json.dumps(BAD, ensure_ascii=False) if as_text else BAD
    e = raised(document, "en")
    got = {(p["path"], p["kind"]) for p in e.problems}
    assert got == WANT, e.problems
    # the first is serde's first, in the order of the document: packages
    assert e.path == e.problems[0]["path"] == "document.packages"
    assert "found a string \"27\"" in e.problems[0]["message"]


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize(
    "document",
    [json.dumps(BAD), '{"packages": 27.5}', "not json", "[1]", '{"packages": 1,}', '{"a": 1} x'],
)
def test_no_english_of_the_reader_in_kazakh_or_russian(lang: str, document: str) -> None:
    e = raised(document, lang)
    for text in [str(e)] + [p["message"] for p in e.problems]:
        for word in ENGLISH:
            assert word not in text, (word, text)
