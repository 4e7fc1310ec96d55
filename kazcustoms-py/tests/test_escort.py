"""The customs escort (R2): the two computations only the escort has
(``teams_needed``, ``escort_fee``) and what only the Python call can get
wrong (argument types, the message language). Validation, lifecycle and
journal go through the generic functions; the shared vectors
(tests/vectors/escort.json) run in test_vectors.py."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

import kazcustoms
from kazcustoms import InvalidDocument, KazcustomsError, TransitionError, escort_fee, teams_needed

from _vectors import load

DATA = load("escort")


@pytest.mark.parametrize(
    "vehicles,teams", [(1, 1), (9, 1), (10, 1), (11, 2), (20, 2), (21, 3), (25, 3), (2**32 - 1, 429496730)]
)
def test_teams_needed(vehicles: int, teams: int) -> None:
    assert teams_needed(vehicles) == teams


@pytest.mark.parametrize("bad", [0, -1, 2**32])
def test_teams_needed_input_errors(bad: int) -> None:
    with pytest.raises(KazcustomsError) as info:
        teams_needed(bad)
    assert type(info.value) is KazcustomsError
    assert info.value.rule is None


@pytest.mark.parametrize("bad", [True, 2.0, "10", None])
def test_teams_needed_type_errors(bad: Any) -> None:
    with pytest.raises(TypeError, match="vehicles must be an int"):
        teams_needed(bad)


def test_teams_needed_message_language() -> None:
    with pytest.raises(KazcustomsError, match="колонне"):
        teams_needed(0, lang="ru")


def test_escort_fee() -> None:
    # 10 МРП × 3063 (fees, all of 2022), not × 3180 (benefits from 1 April).
    assert escort_fee(10, datetime.date(2022, 6, 15)) == 30630
    assert escort_fee(10, datetime.date(2026, 11, 5)) == 43250
    assert escort_fee(1, datetime.date(2020, 4, 1)) == 2778
    with pytest.raises(KazcustomsError):
        escort_fee(0, datetime.date(2026, 11, 5))
    with pytest.raises(KazcustomsError, match="2027-01-01"):
        escort_fee(10, datetime.date(2027, 1, 1))
    with pytest.raises(TypeError):
        escort_fee(10, datetime.datetime(2026, 11, 5, 10, 0))
    with pytest.raises(TypeError, match="rate must be an int"):
        escort_fee(False, datetime.date(2026, 11, 5))


def test_fee_arithmetic_in_every_language() -> None:
    case = next(c for c in DATA["invalid"] if c["name"] == "fee computed with last year's МРП")
    options = dict(DATA["options"])
    options["reference"] = datetime.date.fromisoformat(options["reference"])
    report = kazcustoms.validate("escort", case["document"], **options)
    (v,) = report.violations
    assert v.rule == "ESC.FEE.AMOUNT"
    for lang in ("kk", "ru", "en"):
        assert "10 × 4325 = 43250" in v.messages[lang]


def test_uncovered_fee_date_is_an_input_error() -> None:
    case = next(c for c in DATA["input_errors"] if "МРП" in c["name"])
    with pytest.raises(InvalidDocument) as info:
        kazcustoms.validate("escort", case["document"], reference=datetime.date(2026, 11, 22))
    assert info.value.path == "document.decision.date"


def test_lifecycle_and_journal_are_generic() -> None:
    assert kazcustoms.states("escort") == ("decided", "fee_paid", "under_way", "handed_over", "completed")
    assert kazcustoms.transition("escort", "handed_over", "under_way") == "under_way"
    with pytest.raises(TransitionError) as info:
        kazcustoms.transition("escort", "decided", "under_way")
    assert info.value.rule == "ESC.STATE"
    entries = [{"number": 12, "escort_number": "0012-55201-05116", "date": "2026-11-05",
                "team_leader": "НУРЛАНОВ Е.С.", "leader_signed": True}]
    csv = kazcustoms.export_journal("escorts", entries, format="csv", lang="ru")
    assert csv.startswith("№ п/п,")
    assert "0012-55201-05116" in csv
    entries[0]["number"] = 13
    with pytest.raises(InvalidDocument) as err:
        kazcustoms.export_journal("escorts", entries)
    assert err.value.path == "entries[0].escort_number"
