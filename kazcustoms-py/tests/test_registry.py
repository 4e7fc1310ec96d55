"""The name-keyed functions over the core's registry of document kinds
(``validate``, ``schema``, ``columns``, ``states``, ``transition``,
``export_journal``, ``DOCUMENT_KINDS``, ``JOURNAL_KINDS``) and the one error
mapping: the same input fails with the same exception class, by the core's
error class alone, in every function that reads it."""

from __future__ import annotations

import datetime
import json
import typing
from collections.abc import Callable
from typing import Any

import pytest

import _vectors
import kazcustoms
from kazcustoms import (
    GuaranteeOffice,
    InvalidDocument,
    Journal,
    KazcustomsError,
    TransitionError,
    _kinds,
    register_arrival,
    validate,
)

D = datetime.date(2026, 11, 22)
LANGS: tuple[_kinds.Lang, ...] = ("kk", "ru", "en")


def literal_values(alias: Any) -> tuple[str, ...]:
    """The names of a Literal alias of kazcustoms._kinds (Literal[a, b] or a
    Union of Literals)."""
    out: list[str] = []
    for arg in typing.get_args(alias):
        out.extend(literal_values(arg) if typing.get_args(arg) else [arg])
    return tuple(out)


# --- the tuples are the registry's ---------------------------------------------------


def test_kind_tuples_are_the_registry() -> None:
    assert kazcustoms.DOCUMENT_KINDS == literal_values(_kinds.DocumentKind)
    assert kazcustoms.JOURNAL_KINDS == literal_values(_kinds.JournalKind)
    assert kazcustoms.NUMBER_KINDS == literal_values(_kinds.NumberKind)
    assert kazcustoms.DCD_STATES == literal_values(_kinds.DcdState) == kazcustoms.states("dcd")
    assert kazcustoms.GUARANTEE_STATES == literal_values(_kinds.GuaranteeState) == kazcustoms.states("guarantee")
    assert {"dcd", "guarantee", "short_declaration", "arrival"} <= set(kazcustoms.DOCUMENT_KINDS)
    assert len(set(kazcustoms.JOURNAL_KINDS)) == len(kazcustoms.JOURNAL_KINDS) >= 6


# --- schema ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", kazcustoms.DOCUMENT_KINDS)
def test_schema_of_every_kind(kind: _kinds.DocumentKind) -> None:
    schema = kazcustoms.schema(kind)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["type"] == "object" and schema["properties"]
    # a new dict on every call, equal to the last
    again = kazcustoms.schema(kind)
    assert again == schema and again is not schema
    schema["properties"].clear()
    assert kazcustoms.schema(kind)["properties"]
    # a member the schema does not have is refused by validate, at its path
    assert "no_such_member" not in again["properties"]
    with pytest.raises(InvalidDocument) as info:
        validate(kind, {"no_such_member": 1}, reference=D)
    assert (info.value.input, info.value.path) == ("document", "document.no_such_member")


def test_schema_names_the_document_members() -> None:
    properties = kazcustoms.schema("dcd")["properties"]
    assert {"sheets", "packages", "principal"} <= set(properties)
    assert json.loads(json.dumps(kazcustoms.schema("short_declaration"))) == kazcustoms.schema("short_declaration")


# --- states and transition -------------------------------------------------------------


def kinds_with_a_lifecycle() -> list[_kinds.DocumentKind]:
    kinds = []
    for kind in kazcustoms.DOCUMENT_KINDS:
        try:
            kazcustoms.states(kind)
        except KazcustomsError:
            continue
        kinds.append(kind)
    return kinds


def kinds_with_lifecycle_vectors() -> list[str]:
    """The kinds whose lifecycle the shared vectors exercise, in registry order."""
    kinds: set[str] = set()
    for name in _vectors.indexed("documents"):
        doc = _vectors.load(name)
        kinds.update(case.get("kind", doc["kind"]) for case in doc.get("lifecycle", []))
    return [k for k in kazcustoms.DOCUMENT_KINDS if k in kinds]


def test_the_lifecycles_of_the_registry() -> None:
    # Every kind with a lifecycle has lifecycle vectors, and no other kind
    # answers states() or transition().
    with_lifecycle = kinds_with_a_lifecycle()
    assert with_lifecycle == kinds_with_lifecycle_vectors()
    assert {"dcd", "guarantee"} <= set(with_lifecycle)
    for kind in sorted(set(kazcustoms.DOCUMENT_KINDS) - set(with_lifecycle)):
        for call in (lambda: kazcustoms.states(kind), lambda: kazcustoms.transition(kind, "drafted", "registered")):
            with pytest.raises(KazcustomsError) as info:
                call()
            assert type(info.value) is KazcustomsError and info.value.rule is None
            assert kind in str(info.value)


@pytest.mark.parametrize(
    ("kind", "alias", "rule"),
    [("dcd", kazcustoms.dcd_transition, "DCD.STATE"), ("guarantee", kazcustoms.guarantee_transition, "GO.STATE")],
)
def test_transition_and_its_alias_agree_on_every_move(kind: _kinds.DocumentKind, alias: Any, rule: str) -> None:
    states = kazcustoms.states(kind)
    allowed = 0
    for state in states:
        for to in states:
            try:
                moved = kazcustoms.transition(kind, state, to)
            except TransitionError as e:
                assert (type(e), e.rule, e.kind) == (TransitionError, rule, None)
                assert state in str(e) and to in str(e)
                with pytest.raises(TransitionError) as same:
                    alias(state, to, lang="ru")
                with pytest.raises(TransitionError) as ru:
                    kazcustoms.transition(kind, state, to, lang="ru")
                assert str(same.value) == str(ru.value) != str(e)
                continue
            assert moved == to and alias(state, to) == to
            assert to != state
            allowed += 1
    # a lifecycle is not everything-to-everything, nor nothing
    assert 0 < allowed < len(states) * (len(states) - 1)


def test_the_tir_carnet_lifecycle_moves() -> None:
    # R1 §59–§70, as the TIR kind reads them: one step at a time, a partial
    # termination going back to `arrived` for the next office.
    states = kazcustoms.states("tir_carnet")
    assert states == ("presented", "accepted", "arrived", "partially_terminated", "terminated", "discharged")
    allowed = {
        ("presented", "accepted"),
        ("accepted", "arrived"),
        ("arrived", "partially_terminated"),
        ("arrived", "terminated"),
        ("partially_terminated", "arrived"),
        ("terminated", "discharged"),
    }
    for state in states:
        for to in states:
            if (state, to) in allowed:
                assert kazcustoms.transition("tir_carnet", state, to) == to
            else:
                with pytest.raises(TransitionError) as info:
                    kazcustoms.transition("tir_carnet", state, to)
                assert info.value.rule == "TIR.STATE"
def test_the_security_document_moves_one_step_at_a_time() -> None:
    states = kazcustoms.states("security")
    assert states[0] == "applied" and states[-2:] == ("returned", "offset_applied")
    for i, state in enumerate(states[:-2]):
        for to in states:
            allowed = to == states[i + 1] or (state == "conclusion_entered" and to == "offset_applied")
            if allowed:
                assert kazcustoms.transition("security", state, to) == to
                continue
            with pytest.raises(TransitionError) as info:
                kazcustoms.transition("security", state, to)
            assert (info.value.rule, info.value.kind) == ("SEC.STATE", None)
    messages = set()
    for lang in LANGS:
        with pytest.raises(TransitionError) as info:
            kazcustoms.transition("security", "returned", "offset_applied", lang=lang)
        messages.add(str(info.value))
    assert len(messages) == 3


def test_transition_messages_in_every_language() -> None:
    final: list[tuple[_kinds.DocumentKind, str]] = [
        ("dcd", "completed"),
        ("guarantee", "returned"),
        ("tir_carnet", "discharged"),
    ]
    for kind, state in final:
        messages = set()
        for lang in LANGS:
            with pytest.raises(TransitionError) as info:
                kazcustoms.transition(kind, state, state, lang=lang)
            messages.add(str(info.value))
        assert len(messages) == 3


def test_transition_input_errors() -> None:
    for args in (("dcd", "closed", "registered"), ("dcd", "drafted", "Registered"), ("guarantee", "drafted", "used")):
        with pytest.raises(KazcustomsError) as info:
            kazcustoms.transition(*args)
        assert type(info.value) is KazcustomsError and info.value.rule is None
    with pytest.raises(KazcustomsError, match="состояние: неизвестное значение"):
        kazcustoms.transition("dcd", "closed", "registered", lang="ru")
    with pytest.raises(TypeError):
        kazcustoms.transition("dcd", None, "registered")  # type: ignore[arg-type]


# --- an unknown kind is an input error everywhere ---------------------------------------


UNKNOWN_KIND: list[Callable[[str], object]] = [
    lambda k: validate(k, {}),  # type: ignore[arg-type]
    lambda k: kazcustoms.schema(k),  # type: ignore[arg-type]
    lambda k: kazcustoms.columns(k),  # type: ignore[arg-type]
    lambda k: kazcustoms.states(k),  # type: ignore[arg-type]
    lambda k: kazcustoms.transition(k, "drafted", "registered"),  # type: ignore[arg-type]
    lambda k: kazcustoms.export_journal(k, []),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("call", UNKNOWN_KIND, ids=["validate", "schema", "columns", "states", "transition", "export"])
def test_an_unknown_kind_is_a_kazcustoms_error_not_a_subclass(call: Callable[[str], object]) -> None:
    for kind in ("DCD", "", "dcd ", "passport"):
        with pytest.raises(KazcustomsError) as info:
            call(kind)
        assert type(info.value) is KazcustomsError
        assert (info.value.rule, info.value.kind) == (None, None)
        assert not hasattr(info.value, "path")


# --- export_journal over every journal ---------------------------------------------------


@pytest.mark.parametrize("journal", kazcustoms.JOURNAL_KINDS)
def test_every_journal_exports_an_empty_table(journal: _kinds.JournalKind) -> None:
    headers = set()
    for lang in LANGS:
        csv = kazcustoms.export_journal(journal, [], lang=lang)
        assert csv.endswith("\r\n") and csv.count("\r\n") == 1  # the headers only
        table = json.loads(kazcustoms.export_journal(journal, "[]", format="json", lang=lang))
        assert table["rows"] == [] and table["title"] and table["headers"]
        assert ",".join(table["headers"]) in csv or '"' in csv
        headers.add(tuple(table["headers"]))
    assert len(headers) == 3  # headers in each language
    with pytest.raises(InvalidDocument) as info:
        kazcustoms.export_journal(journal, [{"no_such_column": 1}])
    assert info.value.input == "entries"
    assert info.value.path is not None and info.value.path.startswith("entries[0]")


# --- the one error mapping: bad options ---------------------------------------------------


def office() -> GuaranteeOffice:
    return GuaranteeOffice("50101")


# Every function that takes a validation context, called with `options`
# (the document does not matter: the options are read first).
TAKES_A_CONTEXT: list[Callable[..., object]] = [
    lambda **options: validate("dcd", {}, **options),
    lambda **options: register_arrival({}, **options),
    lambda **options: office().register({}, **options),
]
CONTEXT_IDS = ["validate", "register_arrival", "GuaranteeOffice.register"]


@pytest.mark.parametrize(
    ("options", "path"),
    [
        ({"usd_rate": "470"}, "options.usd_rate"),
        ({"refrence": D}, "options.refrence"),
        ({"offices": "50101"}, "options.offices"),
        ({"offices": ["50101", 50102]}, "options.offices[1]"),
        ({"headings": {"8413": 8413}}, "options.headings.8413"),
        ({"usd_rate": float("nan")}, "options.usd_rate"),
        ({"distance_km": float("inf")}, "options.distance_km"),
        ({"eseal_departure": "yes"}, "options.eseal_departure"),
        ({"reference": "22.11.2026"}, "options.reference"),
        ({"calendar": {"holidays": []}}, "options.calendar.holidays"),
        ({"calendar": {"days_off": [datetime.datetime(2026, 3, 26, 9, 0)]}}, "options.calendar.days_off[0]"),
        ({"calendar": "{}"}, "options.calendar"),
    ],
    ids=lambda x: repr(x)[:40],
)
def test_bad_options_are_invalid_document_in_every_function(options: dict[str, Any], path: str) -> None:
    messages = set()
    for call in TAKES_A_CONTEXT:
        with pytest.raises(InvalidDocument) as info:
            call(**options, lang="ru")
        e = info.value
        assert type(e) is InvalidDocument
        assert (e.input, e.path, e.rule, e.kind) == ("options", path, None, None)
        messages.add(str(e))
    assert len(messages) == 1, messages  # the same error, word for word
    # and the message is in the language asked for
    with pytest.raises(InvalidDocument) as en:
        validate("dcd", {}, **options)
    assert str(en.value) != messages.pop()


@pytest.mark.parametrize("call", TAKES_A_CONTEXT, ids=CONTEXT_IDS)
def test_a_keyword_of_no_json_type_is_a_type_error(call: Callable[..., object]) -> None:
    for options in ({"usd_rate": b"470"}, {"offices": object()}, {"calendar": 5j}, {"reference": object()}):
        with pytest.raises(TypeError, match="JSON can hold"):
            call(**options)
    with pytest.raises(TypeError, match="должен быть значением"):
        call(usd_rate=b"470", lang="ru")
    with pytest.raises(TypeError):
        call(lang=None)


@pytest.mark.parametrize("call", TAKES_A_CONTEXT, ids=CONTEXT_IDS)
def test_none_is_a_keyword_not_given(call: Callable[..., object]) -> None:
    def outcome(**options: Any) -> str:
        try:
            return repr(call(**options))[:20]
        except KazcustomsError as e:
            return f"{type(e).__name__}: {e}"

    given = {k: None for k in ("reference", "offices", "usd_rate", "headings", "distance_km", "calendar", "convention")}
    assert outcome(**given) == outcome()
    assert outcome(headings=None, usd_rate=0.0) == outcome(usd_rate=0.0)


@pytest.mark.parametrize("call", TAKES_A_CONTEXT, ids=CONTEXT_IDS)
def test_values_out_of_their_domain_are_input_errors(call: Callable[..., object]) -> None:
    for options in ({"usd_rate": 0.0}, {"distance_km": -5}, {"convention": "lunar"}, {"offices": ["5010"]}):
        with pytest.raises(KazcustomsError) as info:
            call(**options)
        assert type(info.value) is KazcustomsError and info.value.rule is None


@pytest.mark.parametrize("call", TAKES_A_CONTEXT, ids=CONTEXT_IDS)
def test_a_context_reads_any_iterable_and_mapping(call: Callable[..., object]) -> None:
    import types

    offices = ("50101", "62001")
    for given in (list(offices), offices, set(offices), iter(offices), (o for o in offices), {o: 1 for o in offices}.keys()):
        try:
            call(offices=given, headings=types.MappingProxyType({"8413": "НАСОСЫ"}), reference=datetime.date(2026, 11, 22))
        except KazcustomsError as e:
            # the options were read: whatever fails is the document
            assert not (isinstance(e, InvalidDocument) and e.input == "options"), str(e)


# --- the one error mapping: saved states, entries, refused moves ---------------------------


def test_bad_saved_states_are_invalid_document() -> None:
    for resume in (Journal.from_json, GuaranteeOffice.from_json):
        for text in ("{}", '{"format": 1}', "[]", "not json"):
            with pytest.raises(InvalidDocument) as info:
                resume(text)
            assert type(info.value) is InvalidDocument
            assert info.value.input == "state", str(info.value)
            assert info.value.path is not None and info.value.path.startswith("state")


def test_a_refused_move_is_a_transition_error_in_every_function() -> None:
    # the generic function, its aliases, and the guarantee office's steps
    refused: list[tuple[Callable[[], object], str]] = [
        (lambda: kazcustoms.transition("dcd", "drafted", "completed"), "DCD.STATE"),
        (lambda: kazcustoms.dcd_transition("drafted", "completed"), "DCD.STATE"),
        (lambda: kazcustoms.transition("guarantee", "used", "used"), "GO.STATE"),
        (lambda: kazcustoms.guarantee_transition("used", "used"), "GO.STATE"),
        (lambda: office().expire("0001/501/01016/9999", datetime.date(2026, 12, 31)), "GO.STATE"),
        (lambda: office().return_unused("0001/501/01016/9999"), "GO.STATE"),
    ]
    for call, rule in refused:
        with pytest.raises(TransitionError) as info:
            call()
        assert type(info.value) is TransitionError
        assert (info.value.rule, info.value.kind) == (rule, None)
