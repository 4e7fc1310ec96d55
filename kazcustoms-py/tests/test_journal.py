"""Journals: the shared vectors (tests/vectors/journal.json), and a Journal
shared by Python threads."""

from __future__ import annotations

import datetime
import json
import threading
from typing import Any

import pytest

import kazcustoms
from kazcustoms import InvalidDocument, InvalidNumber, Journal, JournalError, KazcustomsError, Number

from _vectors import day, label, load

DATA = load("journal")


def error_class(rule: str) -> type[KazcustomsError]:
    return JournalError if rule.startswith("JOURNAL.") else InvalidNumber


def open_journal(scenario: dict[str, Any]) -> Journal:
    if scenario.get("state") is not None:
        return Journal.from_json(json.dumps(scenario["state"]))
    return Journal(scenario["kind"], scenario["issuer"])


@pytest.mark.parametrize(
    "scenario",
    DATA["scenarios"],
    ids=[label(i, s["name"]) for i, s in enumerate(DATA["scenarios"])],
)
def test_scenario(scenario: dict[str, Any]) -> None:
    journal = open_journal(scenario)
    if scenario.get("state") is None:
        assert (journal.kind, journal.issuer) == (scenario["kind"], scenario["issuer"])
    else:
        assert json.loads(journal.to_json()) == scenario["state"]
    for i, step in enumerate(scenario["steps"]):
        where = f"step {i}: {step}"
        kwargs = {}
        if step.get("recipient") is not None:
            kwargs["recipient"] = step["recipient"]
        before = journal.to_json()
        if "expect" in step:
            number = journal.issue(day(step["date"]), **kwargs)
            assert isinstance(number, Number)
            assert str(number) == step["expect"], where
            assert number.kind == journal.kind
            assert number.date == day(step["date"])
            continue
        with pytest.raises(KazcustomsError) as info:
            journal.issue(day(step["date"]), **kwargs)
        if "expect_rule" in step:
            assert type(info.value) is error_class(step["expect_rule"]), where
            assert info.value.rule == step["expect_rule"], where
            assert info.value.kind == journal.kind, where
        else:
            assert step["expect_error"] == "input", where
            assert type(info.value) is KazcustomsError, where
            assert info.value.rule is None, where
        assert journal.to_json() == before, f"a refused step changed the journal: {where}"
    if scenario.get("final_state") is not None:
        assert json.loads(journal.to_json()) == scenario["final_state"]
        resumed = Journal.from_json(journal.to_json())
        assert resumed.to_json() == journal.to_json()


@pytest.mark.parametrize(
    "text",
    DATA["bad_states"],
    ids=[label(i) for i in range(len(DATA["bad_states"]))],
)
def test_bad_state_is_an_input_error(text: str) -> None:
    # a saved state that cannot be resumed is an unreadable input, 'state'
    with pytest.raises(InvalidDocument) as info:
        Journal.from_json(text)
    assert type(info.value) is InvalidDocument
    assert info.value.input == "state"
    assert info.value.path is not None and info.value.path.startswith("state")
    assert info.value.rule is None


@pytest.mark.parametrize(
    "case",
    DATA["state_checks"],
    ids=[label(i, c["name"]) for i, c in enumerate(DATA["state_checks"])],
)
def test_state_check(case: dict[str, Any]) -> None:
    # loads and saves back the same state, or is refused at exactly its path
    reference = day(case["reference"]) if case["reference"] is not None else None
    if case["path"] is None:
        journal = Journal.from_json(case["text"], reference=reference)
        assert json.loads(journal.to_json()) == json.loads(case["text"])
        return
    with pytest.raises(InvalidDocument) as info:
        Journal.from_json(case["text"], reference=reference)
    assert type(info.value) is InvalidDocument
    assert (info.value.input, info.value.path) == ("state", case["path"])
    assert info.value.rule is None


@pytest.mark.parametrize(
    "case",
    DATA["entries_checks"],
    ids=[label(i, c["name"]) for i, c in enumerate(DATA["entries_checks"])],
)
def test_entries_check(case: dict[str, Any]) -> None:
    # the entries as text (a key may be given twice there) and, where the
    # text reads as JSON with no key twice, as a list of dicts: the same answer
    given: list[Any] = [case["entries_text"]]
    once = True

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal once
        once = once and len({k for k, _ in items}) == len(items)
        return dict(items)

    entries = json.loads(case["entries_text"], object_pairs_hook=pairs)
    if once:
        given.append(entries)
    for value in given:
        if case["path"] is None:
            assert kazcustoms.export_journal(case["journal"], value).endswith("\r\n")
            continue
        with pytest.raises(InvalidDocument) as info:
            kazcustoms.export_journal(case["journal"], value)
        assert (info.value.input, info.value.path) == ("entries", case["path"])


def test_a_reference_date_is_a_date() -> None:
    text = '{"format":1,"kind":"dcd","issuer":"50101","last_sequence":3,"last_date":"2026-03-01"}'
    with pytest.raises(TypeError):
        Journal.from_json(text, reference="2026-03-01")  # type: ignore[arg-type]
    assert Journal.from_json(text, reference=datetime.date(2026, 3, 1)).to_json() == text


@pytest.mark.parametrize(
    "case",
    DATA["bad_issuers"],
    ids=[label(i, c["kind"], repr(c["issuer"])) for i, c in enumerate(DATA["bad_issuers"])],
)
def test_bad_issuer(case: dict[str, Any]) -> None:
    with pytest.raises(KazcustomsError) as info:
        Journal(case["kind"], case["issuer"])
    if "expect_rule" in case:
        assert type(info.value) is error_class(case["expect_rule"])
        assert info.value.rule == case["expect_rule"]
        assert info.value.kind == case["kind"]
    else:
        assert case["expect_error"] == "input"
        assert type(info.value) is KazcustomsError
        assert info.value.rule is None


# --- Python-specific ---------------------------------------------------------

D = datetime.date(2026, 5, 4)


def test_guarantee_needs_a_recipient_and_only_that() -> None:
    journal = Journal("guarantee", "50101")
    number = journal.issue(D, recipient="0042")
    assert str(number) == "0042/501/04056/0001"
    assert (number.recipient, number.office_prefix) == ("0042", "501")
    with pytest.raises(InvalidNumber) as info:
        journal.issue(D, recipient="0000")
    assert info.value.rule == "NUM.RECIPIENT" and info.value.kind == "guarantee"
    with pytest.raises(KazcustomsError) as err:
        journal.issue(D)
    assert type(err.value) is KazcustomsError and err.value.rule is None
    with pytest.raises(TypeError):
        journal.issue(D, recipient="0042", office="50101")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        journal.issue(D, "0042")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        journal.issue(D, recipient=42)  # type: ignore[arg-type]
    dcd = Journal("dcd", "50101")
    with pytest.raises(TypeError):
        dcd.issue(D, licence="123456")  # type: ignore[call-arg]
    with pytest.raises(KazcustomsError) as err:
        dcd.issue(D, recipient="0042")
    assert type(err.value) is KazcustomsError


def test_errors_in_the_chosen_language() -> None:
    journal = Journal("dcd", "50101")
    journal.issue(D)
    messages = set()
    for lang in ("kk", "ru", "en"):
        with pytest.raises(JournalError) as info:
            journal.issue(D - datetime.timedelta(days=1), lang=lang)
        assert info.value.rule == "JOURNAL.BACKDATED"
        messages.add(str(info.value))
    assert len(messages) == 3
    with pytest.raises(KazcustomsError) as err:
        Journal("dcd", "5010", lang="ru")
    assert "5010" in str(err.value)
    with pytest.raises(KazcustomsError):
        Journal("dcd", "50101", lang="fr")  # type: ignore[arg-type]


def test_attributes_repr_and_frozen() -> None:
    journal = Journal("tsw", "10000417")
    assert journal.kind == "tsw" and journal.issuer == "10000417"
    assert str(journal.issue(D)) == "000417/04056/000001"
    assert repr(journal) == "kazcustoms.Journal('tsw', '10000417')"
    with pytest.raises(AttributeError):
        journal.kind = "dcd"  # type: ignore[misc]
    state = json.loads(journal.to_json())
    assert state == {
        "format": 1,
        "kind": "tsw",
        "issuer": "10000417",
        "last_sequence": 1,
        "last_date": "2026-05-04",
    }


def test_shared_between_threads_no_duplicate_no_gap() -> None:
    threads, per_thread = 8, 2_000
    journal = Journal("dcd", "50101")
    barrier = threading.Barrier(threads)
    results: list[list[int]] = [[] for _ in range(threads)]
    failures: list[BaseException] = []

    def work(slot: int) -> None:
        try:
            barrier.wait()
            out = results[slot]
            for _ in range(per_thread):
                out.append(journal.issue(D).sequence)
        except BaseException as e:  # pragma: no cover - reported below
            failures.append(e)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert not failures
    issued = sorted(s for r in results for s in r)
    assert issued == list(range(1, threads * per_thread + 1))
    # each thread saw its own numbers increase
    assert all(r == sorted(r) for r in results)
    assert json.loads(journal.to_json())["last_sequence"] == threads * per_thread
