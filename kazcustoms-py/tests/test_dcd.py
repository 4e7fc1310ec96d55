"""The delivery control document (SPEC §3): the report's JSON and
languages; the column table, copies, stamps, lifecycle; junk documents and
options. The shared vectors tests/vectors/dcd.json are walked by
test_vectors.py."""

from __future__ import annotations

import datetime
import decimal
import json
import threading
import types
from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest

import kazcustoms
from kazcustoms._kinds import DcdState, Lang
from kazcustoms import InvalidDocument, KazcustomsError, Report, TransitionError, validate

from _vectors import day, load

VECTORS = load("dcd")
D = datetime.date(2026, 11, 22)
LANGS: tuple[Lang, ...] = ("kk", "ru", "en")


def keywords(case_options: dict[str, Any] | None = None) -> dict[str, Any]:
    """The keywords of validate for a case: the file's options with the
    case's own put over them (a shallow merge; null means not given)."""
    merged = {**VECTORS["options"], **(case_options or {})}
    out: dict[str, Any] = {}
    for key, value in merged.items():
        if value is None:
            continue
        if key == "reference":
            out["reference"] = day(value)
        elif key == "eseal":
            out["eseal_departure"] = value.get("departure", False)
            out["eseal_destination"] = value.get("destination", False)
        else:
            out[key] = value
    return out


def both(document: dict[str, Any], **kw: Any) -> Report:
    """Validates the document as a dict and as JSON text; both reports must
    be the same, to the byte of their JSON."""
    from_dict = validate("dcd", document, **kw)
    from_text = validate("dcd", json.dumps(document, ensure_ascii=False), **kw)
    assert from_dict.to_json() == from_text.to_json()
    assert from_dict.violations == from_text.violations
    return from_dict


def rule_set(report: Report) -> list[str]:
    return sorted({v.rule for v in report.violations})


def sample(index: int = 0) -> dict[str, Any]:
    """A fresh copy of a valid document of the vectors."""
    document: dict[str, Any] = json.loads(json.dumps(VECTORS["valid"][index]["document"]))
    return document


# --- the shared vectors ------------------------------------------------------


def test_vector_counts() -> None:
    assert len(VECTORS["valid"]) >= 18
    assert len(VECTORS["invalid"]) >= 165
    assert len(VECTORS["input_errors"]) >= 20


# --- the report: JSON and languages ----------------------------------------------

REPORT_KEYS = {"ok", "lang", "found", "truncated", "violations"}
VIOLATION_KEYS = {"rule", "field", "severity", "message", "messages", "source", "item", "sheet"}


@pytest.mark.parametrize("lang", LANGS)
def test_report_json_shape(lang: Lang) -> None:
    for case in VECTORS["invalid"][::7]:
        report = validate("dcd", case["document"], lang=lang, **keywords(case.get("options")))
        parsed = json.loads(report.to_json())
        assert set(parsed) == REPORT_KEYS
        expected = {
            "ok": report.ok,
            "lang": lang,
            "found": report.found,
            "truncated": report.truncated,
            "violations": [
                {
                    "rule": v.rule,
                    "field": v.field,
                    "severity": v.severity,
                    "message": v.message,
                    "messages": v.messages,
                    "source": v.source,
                    "item": v.item,
                    "sheet": v.sheet,
                }
                for v in report.violations
            ],
        }
        assert parsed == expected
        for v in parsed["violations"]:
            assert set(v) == VIOLATION_KEYS
            assert set(v["messages"]) == set(LANGS)
            assert v["severity"] in ("error", "warning")


def test_goods_violations_name_sheet_and_item() -> None:
    document = sample()
    document["sheets"][0]["items"][1]["gross_kg"] = -5
    report = validate("dcd", document, **keywords())
    v = next(v for v in report.violations if v.rule == "DCD.35.POSITIVE")
    assert (v.field, v.sheet, v.item) == ("35", 1, 2)
    assert v.source.startswith("R1")


def test_messages_differ_by_language_and_nothing_else() -> None:
    seen = 0
    for case in VECTORS["invalid"]:
        kw = keywords(case.get("options"))
        reports = {lang: validate("dcd", case["document"], lang=lang, **kw) for lang in LANGS}
        facts = {
            lang: [(v.rule, v.field, v.severity, v.source, v.item, v.sheet) for v in r.violations]
            for lang, r in reports.items()
        }
        assert facts["kk"] == facts["ru"] == facts["en"]
        for lang, report in reports.items():
            assert report.lang == lang
            for v in report.violations:
                assert v.message == v.messages[lang]
        for kk, ru, en in zip(*(reports[lang].violations for lang in LANGS)):
            assert kk.messages == ru.messages == en.messages
            assert len({kk.message, ru.message, en.message}) == 3, en.messages
            seen += 1
    assert seen > 165


# --- the column table -------------------------------------------------------------

COLUMN_IDS = (
    "1 2 3 4 5 6 7 8 9 15 16 17 18 21 22 23 25 29 31 32 33 35 38 40 42 44 46 50 53 54 A C D"
).split()


def test_columns() -> None:
    cols = kazcustoms.columns("dcd")
    assert len(cols) == 33
    assert tuple(c.id for c in cols) == tuple(COLUMN_IDS)
    assert kazcustoms.columns("dcd") is cols  # one immutable table
    by_id = {c.id: c for c in cols}
    c35 = by_id["35"]
    assert c35.name == {"kk": "Жалпы салмақ (кг)", "ru": "Вес брутто (кг)", "en": "Gross weight (kg)"}
    assert (c35.filled_by, c35.required, c35.per_item) == ("declarant", "always", True)
    assert c35.fields == ("sheets[].items[].gross_kg",)
    assert c35.source == "R1 §8–§9"
    assert by_id["50"].filled_by == "carrier_representative"
    assert by_id["50"].name["ru"] == "Принципал"
    assert (by_id["7"].filled_by, by_id["7"].required) == ("customs_officer", "at_registration")
    assert by_id["D"].required == "on_arrival"
    assert by_id["3"].required == "when_additional_sheets"
    assert {c.filled_by for c in cols} == {"declarant", "carrier_representative", "customs_officer"}
    assert {c.required for c in cols} == {
        "always",
        "when_additional_sheets",
        "when_goods_list",
        "when_escorted",
        "when_available",
        "at_registration",
        "on_arrival",
    }
    assert [c.id for c in cols if c.per_item] == ["31", "32", "33", "35", "38", "40", "42", "44", "46"]
    for c in cols:
        assert set(c.name) == set(LANGS) and all(c.name.values())
        assert c.fields and all(isinstance(f, str) for f in c.fields)
        assert repr(c).startswith(f"<Column {c.id} ")
    # frozen, hashable, compared by value
    assert len(set(cols)) == 33 and cols[0] == cols[0] and cols[0] != cols[1]
    with pytest.raises(AttributeError):
        cols[0].id = "99"  # type: ignore[misc]
    c35.name["en"] = "changed"  # a new dict each time
    assert c35.name["en"] == "Gross weight (kg)"


def test_every_field_of_the_table_is_in_the_document_model() -> None:
    # Each field of the table, with its [] steps removed, is a key of a
    # complete valid document (or of one of its items).
    document = sample()
    item = document["sheets"][0]["items"][0]
    for c in kazcustoms.columns("dcd"):
        for field in c.fields:
            path = field.split(".")
            if path[0] == "sheets[]" and len(path) == 3:
                assert path[2] in {*item, "containers", "previous_document"}, field
            elif path[0] == "sheets[]":
                assert path[1] in {"forms", "items"}, field
            else:
                assert path[0] in {*document, "loading_lists", "escort_number", "stamp_d"}, field


def test_columns_of_an_unknown_kind() -> None:
    for kind in ("DCD", "guarantee", "", "dcd "):
        with pytest.raises(KazcustomsError) as info:
            kazcustoms.columns(kind)  # type: ignore[arg-type]
        assert info.value.rule is None
    with pytest.raises(KazcustomsError, match="вид документа: неизвестное значение"):
        kazcustoms.columns("x", lang="ru")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kazcustoms.columns(None)  # type: ignore[arg-type]


def test_document_kinds_and_states() -> None:
    assert kazcustoms.DOCUMENT_KINDS[0] == "dcd"
    assert len(set(kazcustoms.DOCUMENT_KINDS)) == len(kazcustoms.DOCUMENT_KINDS)
    for kind in kazcustoms.DOCUMENT_KINDS:
        # every kind validates (an empty document breaks rules or is refused)
        try:
            report = validate(kind, {})
        except InvalidDocument as e:
            assert e.path is not None and e.path.startswith("document")
        else:
            assert isinstance(report, Report)
    assert kazcustoms.DCD_STATES == ("drafted", "registered", "arrived", "completed")


# --- copies, stamps, capitals ------------------------------------------------------


def test_copies() -> None:
    copies = kazcustoms.dcd_copies()
    assert [c.number for c in copies] == [1, 2, 3, 4]
    assert "control copy" in copies[0].destination["en"]
    assert "fast communication" in copies[3].destination["en"]
    assert copies[1].destination == copies[2].destination
    for c in copies:
        assert set(c.destination) == set(LANGS)
        assert repr(c).startswith(f"<DcdCopy {c.number}: ")
    assert copies == kazcustoms.dcd_copies() and len(set(copies)) == 4


def test_stamp_figure_1() -> None:
    document = sample()
    ru = kazcustoms.dcd_stamp(document, 1, "ru")
    kk = kazcustoms.dcd_stamp(document, 1, "kk")
    number = document["reference_number"]
    packages = document["packages"]
    assert f"ДКД № {number}" in ru and f"{packages} мест" in ru
    assert f"(ЖБҚ) N {number}" in kk and f"{packages} орын" in kk
    assert ru.count("\n") == 4 and "Инспектор" in ru
    assert kazcustoms.dcd_stamp(json.dumps(document), 1, "ru") == ru


def test_stamp_figure_2_and_blanks() -> None:
    assert kazcustoms.dcd_stamp({}, 2, "kk") == "________\nТауар келіп түсті\nИнспектор ________\n________"
    assert kazcustoms.dcd_stamp("{}", 2, "ru") == "________\nТовар прибыл\nИнспектор ________\n________"
    stamped = {
        "stamp_d": {"office": "Т/П АЛМАТЫ-ЦЕНТР", "inspector": "ӘЛІБЕКОВ Б.", "date": "2026-03-27"}
    }
    assert kazcustoms.dcd_stamp(stamped, 2, lang="ru") == (
        "Т/П АЛМАТЫ-ЦЕНТР\nТовар прибыл\nИнспектор ӘЛІБЕКОВ Б.\n27.03.2026"
    )
    # a document that breaks rules still has stamps
    assert "________ мест" in kazcustoms.dcd_stamp({"packages": None}, 1, "ru")


def test_stamp_errors() -> None:
    for figure in (0, 3, -1, 2**40):
        with pytest.raises(KazcustomsError) as info:
            kazcustoms.dcd_stamp({}, figure, "ru")
        assert info.value.rule is None and "figure" in str(kazcustoms.dcd_stamp.__doc__)
    with pytest.raises(KazcustomsError, match="в приложении 3 нет рисунка 3"):
        kazcustoms.dcd_stamp({}, 3, "ru")
    with pytest.raises(KazcustomsError, match="Kazakh and Russian only"):
        kazcustoms.dcd_stamp({}, 1, "en")
    with pytest.raises(KazcustomsError):
        kazcustoms.dcd_stamp({}, 1, "de")  # type: ignore[arg-type]
    with pytest.raises(InvalidDocument) as bad:
        kazcustoms.dcd_stamp({"packages": "24"}, 1, "kk")
    assert bad.value.path == "document.packages"
    with pytest.raises(TypeError):
        kazcustoms.dcd_stamp([], 1, "ru")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kazcustoms.dcd_stamp({}, "1", "ru")  # type: ignore[arg-type]


def test_uppercase() -> None:
    assert kazcustoms.uppercase("Әлихан, қазақ тілі, ёлка, №5") == "ӘЛИХАН, ҚАЗАҚ ТІЛІ, ЁЛКА, №5"
    assert kazcustoms.uppercase("ғ ұ ү һ і ң ө") == "Ғ Ұ Ү Һ І Ң Ө"
    assert kazcustoms.uppercase("") == ""
    with pytest.raises(UnicodeError):
        kazcustoms.uppercase("a\ud800")
    with pytest.raises(TypeError):
        kazcustoms.uppercase(None)  # type: ignore[arg-type]


# --- the lifecycle ----------------------------------------------------------------


@pytest.mark.parametrize("to_state", kazcustoms.DCD_STATES)
@pytest.mark.parametrize("from_state", kazcustoms.DCD_STATES)
def test_transitions(from_state: DcdState, to_state: DcdState) -> None:
    states = kazcustoms.DCD_STATES
    if states.index(to_state) == states.index(from_state) + 1:
        assert kazcustoms.dcd_transition(from_state, to_state) == to_state
        return
    messages = set()
    for lang in LANGS:
        with pytest.raises(TransitionError) as info:
            kazcustoms.dcd_transition(from_state, to_state, lang=lang)
        e = info.value
        assert (e.rule, e.kind) == ("DCD.STATE", None)
        assert from_state in str(e) and to_state in str(e)
        assert isinstance(e, KazcustomsError)
        messages.add(str(e))
    assert len(messages) == 3


def test_transition_input_errors() -> None:
    for bad in ("closed", "Drafted", "", "drafted "):
        with pytest.raises(KazcustomsError) as info:
            kazcustoms.dcd_transition(bad, "registered")  # type: ignore[arg-type]
        assert not isinstance(info.value, TransitionError) and info.value.rule is None
        with pytest.raises(KazcustomsError):
            kazcustoms.dcd_transition("drafted", bad)  # type: ignore[arg-type]
    with pytest.raises(KazcustomsError, match="состояние: неизвестное значение"):
        kazcustoms.dcd_transition("closed", "registered", lang="ru")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kazcustoms.dcd_transition(None, "registered")  # type: ignore[arg-type]


# --- the options (keywords) ----------------------------------------------------------


def test_keywords_change_the_report() -> None:
    document = sample()
    base = keywords()
    assert validate("dcd", document, **base).violations == ()
    # column 50 without an e-seal number, where both offices run the system
    both_sides = validate("dcd", document, **base, eseal_departure=True, eseal_destination=True)
    assert rule_set(both_sides) == ["DCD.50.ESEAL"]
    one_side = validate("dcd", document, **base, eseal_departure=True)
    assert one_side.violations == ()
    # an office directory without the document's offices
    strangers = {**base, "offices": ["99999"]}
    assert "NUM.OFFICE" in rule_set(validate("dcd", document, **strangers))
    # offices from any iterable of str
    assert validate("dcd", document, **{**base, "offices": iter(base["offices"])}).ok
    assert validate("dcd", document, **{**base, "offices": tuple(base["offices"])}).ok
    headings = types.MappingProxyType(dict(base["headings"]))
    assert validate("dcd", document, **{**base, "headings": headings}).ok
    assert validate("dcd", document, **{**base, "headings": OrderedDict(headings)}).ok


def test_reference_none_is_today() -> None:
    document = sample()
    kw = keywords()
    del kw["reference"]
    assert validate("dcd", document, **kw).ok


@pytest.mark.parametrize(
    "bad",
    [
        {"usd_rate": 0.0},
        {"usd_rate": -470.0},
        {"usd_rate": 1e200},
        {"distance_km": -5.0},
        {"distance_km": 1e6},
        {"distance_km": 0},
        {"convention": "lunar"},
        {"lang": "de"},
        {"offices": ["5010"]},
        {"offices": ["abcde"]},
    ],
    ids=lambda b: repr(b)[:40],
)
def test_bad_option_values(bad: dict[str, Any]) -> None:
    with pytest.raises(KazcustomsError) as info:
        validate("dcd", sample(), **bad)
    assert info.value.rule is None
    assert not isinstance(info.value, InvalidDocument)


def test_bad_option_value_messages() -> None:
    with pytest.raises(KazcustomsError, match="курс доллара США"):
        validate("dcd", {}, usd_rate=0.0, lang="ru")
    with pytest.raises(KazcustomsError, match="US dollar rate"):
        validate("dcd", {}, usd_rate=-1.0)


@pytest.mark.parametrize(
    ("bad", "path"),
    [
        ({"options": {}}, "options.options"),
        ({"usd_rate": "470"}, "options.usd_rate"),
        ({"usd_rate": float("nan")}, "options.usd_rate"),
        ({"distance_km": float("nan")}, "options.distance_km"),
        ({"offices": "50101"}, "options.offices"),
        ({"offices": [50101]}, "options.offices[0]"),
        ({"offices": 5}, "options.offices"),
        ({"headings": ["8413"]}, "options.headings"),
        ({"headings": {"8413": 5}}, "options.headings.8413"),
        ({"headings": {8413: "X"}}, "options.headings.?"),  # a key that is not a str
        ({"eseal_departure": 1}, "options.eseal_departure"),
        ({"eseal_destination": "yes"}, "options.eseal_destination"),
        ({"distance_km": "1890"}, "options.distance_km"),
        ({"eseal": {"both": True}}, "options.eseal.both"),
    ],
    ids=lambda b: repr(b)[:40],
)
def test_bad_option_types(bad: dict[str, Any], path: str) -> None:
    # the keywords are read as the options JSON is (the same error as the
    # C kazcustoms_validate_json gives for the same options)
    with pytest.raises(InvalidDocument) as info:
        validate("dcd", sample(), **bad)
    assert (info.value.input, info.value.path, info.value.rule) == ("options", path, None)
    with pytest.raises(TypeError):
        validate("dcd", sample(), lang=None)  # type: ignore[arg-type]


def test_options_read_as_their_json_form() -> None:
    document, kw = sample(), keywords()
    want = validate("dcd", document, **kw).to_json()
    # None is an absent member; a date may be its ISO text, as in the JSON
    assert validate("dcd", document, **kw, convention=None).to_json() == want  # type: ignore[arg-type]
    assert validate("dcd", document, **{**kw, "reference": D.isoformat()}).to_json() == want
    # the JSON form's eseal object is the two booleans
    flat = validate("dcd", document, **{**kw, "eseal_departure": True})
    nested = validate("dcd", document, **{**kw, "eseal": {"departure": True}})
    assert flat.to_json() == nested.to_json()


def test_bad_kind() -> None:
    for kind in ("DCD", "Dcd", "unknown", "", "dcd\x00", " dcd"):
        with pytest.raises(KazcustomsError) as info:
            validate(kind, {})  # type: ignore[arg-type]
        assert info.value.rule is None and not isinstance(info.value, InvalidDocument)
    with pytest.raises(TypeError):
        validate(None, {})  # type: ignore[arg-type]


# --- junk documents ------------------------------------------------------------------


def nested_list(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


def nested_dict(depth: int, key: str) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth):
        value = {key: value}
    return value


@pytest.mark.parametrize(
    "document",
    [
        {"sheets": nested_list(10_000)},
        {"sheets": [{"items": nested_list(10_000)}]},
        {"other_columns": nested_dict(10_000, "12")},
        {"consignee": nested_dict(10_000, "name_address")},
        nested_dict(10_000, "sheets"),
        {"sheets": [nested_dict(10_000, "forms")]},
        {"packages": nested_list(10_000)},
    ],
    ids=["sheets-list", "items-list", "other-columns", "consignee", "top", "forms", "packages"],
)
def test_deep_documents(document: dict[str, Any]) -> None:
    with pytest.raises(InvalidDocument) as info:
        validate("dcd", document)
    assert info.value.path is not None and info.value.path.startswith("document")


@pytest.mark.parametrize(
    ("patch", "path"),
    [
        ({"packages": True}, "document.packages"),
        ({"packages": 24.0}, "document.packages"),
        ({"packages": 10**30}, "document.packages"),
        ({"packages": decimal.Decimal("24.5")}, "document.packages"),
        ({"packages": {24}}, "document.packages"),
        ({"consignor": b"bytes"}, "document.consignor"),
        ({"consignor": 5}, "document.consignor"),
        ({"exchange_rate": float("nan")}, "document.exchange_rate"),
        ({"exchange_rate": float("inf")}, "document.exchange_rate"),
        ({"exchange_rate": 10**400}, "document.exchange_rate"),
        ({"exchange_rate": "5.12"}, "document.exchange_rate"),
        ({"place_and_date": {"date": datetime.datetime(2026, 3, 15, 9, 0)}}, "document.place_and_date.date"),
        ({"place_and_date": {"date": "15.03.2026"}}, "document.place_and_date.date"),
        ({"bulk_cargo": 0}, "document.bulk_cargo"),
        ({"bulk_cargo": None}, "document.bulk_cargo"),
        ({"sheets": {"0": {}}}, "document.sheets"),
        ({"sheets": "[]"}, "document.sheets"),
        ({"other_columns": {"12": 5}}, "document.other_columns.12"),
        ({"Consignor": "X"}, "document.Consignor"),
        ({"consignee": {"name_address": "X", "extra": 1}}, "document.consignee.extra"),
        # a key that is not a str has no name in the path
        ({5: "X"}, "document.?"),
        ({None: "X"}, "document.?"),
        ({("a",): "X"}, "document.?"),
    ],
    ids=lambda p: repr(p)[:40],
)
def test_junk_values_name_their_path(patch: dict[Any, Any], path: str) -> None:
    document: dict[Any, Any] = {**sample(), **patch}
    with pytest.raises(InvalidDocument) as info:
        validate("dcd", document, **keywords())
    assert info.value.path == path, str(info.value)
    for lang in LANGS:
        with pytest.raises(InvalidDocument):
            validate("dcd", document, lang=lang)


def test_junk_that_reads_as_json_would() -> None:
    # A float that is a whole number is a float, not an int (as in JSON);
    # an int is a fine float; a tuple is a list; an item may be positional.
    document = sample()
    document["sheets"][0]["items"][0]["gross_kg"] = int(document["sheets"][0]["items"][0]["gross_kg"])
    document["sheets"] = tuple(document["sheets"])
    assert validate("dcd", document, **keywords()).ok
    positional = {"consignee": ["ТОО «Х»", None], "packages": 3}
    from_dict = validate("dcd", positional, **keywords())
    text = json.dumps(positional)
    assert from_dict.to_json() == validate("dcd", text, **keywords()).to_json()


def test_lone_surrogates_and_odd_text() -> None:
    document = sample()
    document["delivery_address"] = "\x00" * 1000
    assert isinstance(validate("dcd", document, **keywords()), Report)
    # A lone surrogate is not valid Unicode: refused as in JSON text (where
    # json.dumps writes it as an escape that serde_json refuses), never
    # replaced, at the same path.
    document["consignor"] = "ТОО \ud800 «Х»"
    for given in (document, json.dumps(document)):
        with pytest.raises(InvalidDocument) as info:
            validate("dcd", given, **keywords())
        assert info.value.path == "document.consignor"
    with pytest.raises(InvalidDocument, match="lone surrogate"):
        validate("dcd", document, **keywords())
    with pytest.raises(InvalidDocument):
        validate("dcd", {"packages\ud800": 1})
    with pytest.raises(InvalidDocument):
        validate("dcd", {"transport_mode": "3\udc000"})


def test_subclasses_of_the_json_types() -> None:
    class Text(str):
        pass

    class Count(int):
        def __float__(self) -> float:
            raise AssertionError("no Python code runs while a document is read")

    class Doc(dict):  # type: ignore[type-arg]
        def items(self) -> Any:
            raise AssertionError("no Python code runs while a document is read")

    document = Doc(sample())
    document["consignor"] = Text(document["consignor"])
    document["packages"] = Count(document["packages"])
    assert validate("dcd", document, **keywords()).ok
    with pytest.raises(InvalidDocument):
        validate("dcd", {"exchange_rate": Count(10) ** 400})


@pytest.mark.parametrize(
    "junk",
    [None, [], [{}], (), 5, 5.0, b"{}", bytearray(b"{}"), object(), types.MappingProxyType({}), {"a"}],
    ids=lambda j: type(j).__name__,
)
def test_not_a_document_is_a_type_error(junk: Any) -> None:
    with pytest.raises(TypeError, match="document must be a dict or a str"):
        validate("dcd", junk)
    with pytest.raises(TypeError):
        kazcustoms.dcd_stamp(junk, 1, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "null",
        "[]",
        "{",
        "\x00",
        "[" * 100_000,
        "\ud800",
        '{"packages": 1}{}',
        "{}" * 1000,
        "{} x",
    ],
    ids=lambda t: repr(t)[:20],
)
def test_junk_text(text: str) -> None:
    with pytest.raises(InvalidDocument) as info:
        validate("dcd", text)
    path = info.value.path
    assert path is not None
    if text.startswith("{"):
        assert path.startswith("document")
    else:
        assert path == "document"


def test_empty_document_is_a_report() -> None:
    documents: list[dict[str, Any] | str] = [{}, "{}", " {} "]
    for document in documents:
        report = validate("dcd", document)
        assert not report.ok and "DCD.7.REQUIRED" in rule_set(report)


def test_huge_document() -> None:
    document = sample()
    item = document["sheets"][0]["items"][0]
    document["sheets"] = [{"items": [dict(item, item_number=i + 1) for i in range(20_000)]}]
    document["total_items"] = 20_000
    # More entries (items, their column 44 lines, ...) than the default
    # limit (10 000) is an input error naming the limit, from a dict and
    # from text alike ...
    for given in (document, json.dumps(document, ensure_ascii=False)):
        with pytest.raises(kazcustoms.InvalidDocument) as e:
            validate("dcd", given, **keywords())
        assert e.value.path == "document" and "limits.items" in str(e.value)
    # ... and within a raised limit the document is validated.
    report = both(document, **keywords(), limits={"items": 100_000})
    assert "DCD.22.TOTAL" in rule_set(report)


def test_threads_agree() -> None:
    cases = VECTORS["invalid"][:40]
    expected = [validate("dcd", c["document"], **keywords(c.get("options"))).to_json() for c in cases]
    texts = [json.dumps(c["document"]) for c in cases]
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                for c, text, want in zip(cases, texts, expected):
                    kw = keywords(c.get("options"))
                    assert validate("dcd", text, **kw).to_json() == want
                    assert validate("dcd", c["document"], **kw).to_json() == want
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[0]


def test_dates_in_keywords() -> None:
    document = sample()
    kw = keywords()
    kw["reference"] = datetime.datetime(2026, 11, 22, 12, 0)  # a datetime is not a date
    with pytest.raises(TypeError, match="datetime"):
        validate("dcd", document, **kw)
    kw["reference"] = datetime.date(2026, 10, 1)  # before the registration date
    assert "NUM.FUTURE" in rule_set(validate("dcd", document, **kw))
    kw["reference"] = D
    assert validate("dcd", document, **kw).ok


def test_dates_may_be_datetime_date_objects() -> None:
    import datetime as dt

    examples = Path(__file__).resolve().parents[2] / "examples" / "data"
    with open(examples / "dcd_valid.json", encoding="utf-8") as f:
        text = f.read()
    as_text = json.loads(text)
    as_dates = json.loads(text)
    as_dates["principal"]["deadline"] = dt.date(2026, 3, 30)
    as_dates["place_and_date"]["date"] = dt.date(2026, 3, 15)
    a = validate("dcd", as_text, usd_rate=470.0, reference=dt.date(2026, 11, 22))
    b = validate("dcd", as_dates, usd_rate=470.0, reference=dt.date(2026, 11, 22))
    assert a.to_json() == b.to_json()
    late = json.loads(text)
    late["principal"]["deadline"] = dt.date(2026, 12, 30)
    report = validate("dcd", late, usd_rate=470.0, reference=dt.date(2026, 11, 22))
    assert [v.rule for v in report.violations] == ["TERM.LIMIT"]
    with_time = json.loads(text)
    with_time["principal"]["deadline"] = dt.datetime(2026, 3, 30, 12, 0)
    with pytest.raises(InvalidDocument) as info:
        validate("dcd", with_time)
    assert info.value.path == "document.principal.deadline"
