"""The exception hierarchy and the module surface."""

from __future__ import annotations

import datetime
import doctest
import pickle

import pytest

import kazcustoms
from kazcustoms._kinds import NumberKind
from kazcustoms import (
    InvalidDocument,
    InvalidNumber,
    JournalError,
    KazcustomsError,
    TransitionError,
    parse_number,
)

D = datetime.date(2026, 11, 22)


def test_hierarchy() -> None:
    assert issubclass(KazcustomsError, ValueError)
    assert issubclass(InvalidNumber, KazcustomsError)
    assert issubclass(JournalError, KazcustomsError)
    assert issubclass(InvalidDocument, KazcustomsError)
    assert issubclass(TransitionError, KazcustomsError)
    assert not issubclass(InvalidNumber, JournalError)
    assert not issubclass(InvalidDocument, TransitionError)
    for cls in (KazcustomsError, InvalidNumber, JournalError, InvalidDocument, TransitionError):
        assert cls.__module__ == "kazcustoms"


def test_rule_and_kind_attributes() -> None:
    with pytest.raises(ValueError) as info:
        parse_number("escort", "0000-50101-05116", D)
    e = info.value
    assert isinstance(e, InvalidNumber)
    assert (e.rule, e.kind) == ("NUM.SEQUENCE", "escort")
    assert e.args == (str(e),)
    # raised from Python, the attributes default to None
    plain = KazcustomsError("x")
    assert (plain.rule, plain.kind) == (None, None)
    assert (InvalidNumber("y").rule, JournalError("z").kind) == (None, None)
    assert (InvalidDocument("w").path, InvalidDocument("w").rule) == (None, None)
    assert InvalidDocument("w").input is None
    assert not hasattr(KazcustomsError("x"), "path")
    assert not hasattr(KazcustomsError("x"), "input")


@pytest.mark.parametrize(
    ("kind", "text", "rule"),
    [
        ("dcd", "50101/15036/0042", "NUM.FORMAT"),
        ("dcd", "50101/30026/00001", "NUM.DATE"),
        ("dcd", "00000/15036/00001", "NUM.OFFICE"),
        ("guarantee", "0000/501/10106/0003", "NUM.RECIPIENT"),
        ("tsw", "000417/21116/000000", "NUM.SEQUENCE"),
        ("security", "62001/30126/00001", "NUM.FUTURE"),
    ],
)
def test_rule_values(kind: NumberKind, text: str, rule: str) -> None:
    with pytest.raises(InvalidNumber) as info:
        parse_number(kind, text, D)
    assert info.value.rule == rule
    assert info.value.kind == kind


def test_exceptions_pickle_with_their_attributes() -> None:
    with pytest.raises(InvalidNumber) as info:
        parse_number("dcd", "50101/15036/0042", D, lang="kk")
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is InvalidNumber
    assert (again.rule, again.kind, str(again)) == (
        "NUM.FORMAT",
        "dcd",
        str(info.value),
    )


def test_document_exceptions_pickle_with_their_attributes() -> None:
    with pytest.raises(InvalidDocument) as info:
        kazcustoms.validate("dcd", {"packages": "24"}, lang="ru")
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is InvalidDocument
    assert (again.path, again.rule, str(again)) == ("document.packages", None, str(info.value))
    assert again.input == "document"
    with pytest.raises(TransitionError) as t:
        kazcustoms.dcd_transition("completed", "drafted")
    again_t = pickle.loads(pickle.dumps(t.value))
    assert type(again_t) is TransitionError and again_t.rule == "DCD.STATE"


def test_module_surface() -> None:
    assert kazcustoms.__version__ == "0.1.0" or kazcustoms.__version__.count(".") == 2
    assert set(kazcustoms.__all__) == {
        "DCD_STATES",
        "DOCUMENT_KINDS",
        "Column",
        "DcdCopy",
        "InvalidDocument",
        "TransitionError",
        "columns",
        "dcd_copies",
        "dcd_stamp",
        "dcd_transition",
        "uppercase",
        "validate",
        "schema",
        "states",
        "transition",
        "NUMBER_KINDS",
        "InvalidNumber",
        "Journal",
        "JournalError",
        "KazcustomsError",
        "Number",
        "Report",
        "Violation",
        "__version__",
        "check_deadline",
        "delivery_deadline",
        "normalize",
        "parse_number",
        # working days, guarantee obligations, arrival, journals
        "Calendar",
        "DayKind",
        "is_working_day",
        "next_working_day",
        "add_working_days",
        "working_days_between",
        "GUARANTEE_STATES",
        "GuaranteeOffice",
        "GuaranteeOutcome",
        "guarantee_transition",
        "ArrivalRecord",
        "register_arrival",
        "JOURNAL_KINDS",
        "export_journal",
        "rule_title",
        "mrp",
        "teams_needed",
        "escort_fee",
        # batches (validate_many, is_valid; violations_table is Python's)
        "is_valid",
        "validate_many",
        "violations_table",
    }
    for name in set(kazcustoms.__all__) - {"violations_table"}:
        assert getattr(kazcustoms, name) is getattr(kazcustoms._kazcustoms, name)
    for cls in (
        kazcustoms.Number,
        kazcustoms.Column,
        kazcustoms.DcdCopy,
        kazcustoms.Report,
        kazcustoms.Calendar,
        kazcustoms.DayKind,
        kazcustoms.GuaranteeOffice,
        kazcustoms.GuaranteeOutcome,
        kazcustoms.ArrivalRecord,
    ):
        assert cls.__module__ == "kazcustoms"


def test_package_docstring_examples() -> None:
    failed, attempted = doctest.testmod(kazcustoms)
    assert failed == 0 and attempted >= 7
