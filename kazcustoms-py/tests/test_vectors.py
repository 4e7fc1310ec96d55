"""The Python harness of the document vector files (format 1, see
tests/vectors/README.md): every file the index (tests/vectors/index.json)
lists under ``documents``, walked section by section, as the Rust harness
(kazcustoms-core/tests/document_vectors.rs) walks them:

- ``valid``: ``validate`` gives an empty report, the same for the document
  as a dict and as JSON text;
- ``invalid``: the report's rule set is exactly ``rules``; every violation
  has a message in each language and a source, a GO.* message is its title
  and a detail;
- ``input_errors``: the exception class of ``error`` (one table, ERRORS,
  the exact class), and for ``invalid_document`` its ``input`` and ``path``;
  the document as a dict fails at the same path;
- ``lifecycle``: the generic ``kazcustoms.transition`` through ``states``
  refuses first the move into ``states[fails_at]``, with exactly ``rules``.

A new vector file listed in the index runs here without new code. The saved
journal states that must be refused (journal.json ``bad_states``) are
checked here too, against their ``bad_states_error``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import kazcustoms
from kazcustoms import (
    InvalidDocument,
    InvalidNumber,
    Journal,
    JournalError,
    KazcustomsError,
    Report,
    TransitionError,
    register_arrival,
    validate,
)

from _vectors import VECTORS, index, indexed, keywords, label, load, rule_set

LANGS = ("kk", "ru", "en")

# The one mapping of the core's ErrorClass names to Python exception classes
# (kazcustoms-core/src/error.rs); each is the exact class raised.
ERRORS: dict[str, type[KazcustomsError]] = {
    "invalid_number": InvalidNumber,
    "journal": JournalError,
    "invalid_document": InvalidDocument,
    "invalid_argument": KazcustomsError,
    "transition": TransitionError,
}

FILES: list[tuple[str, Any]] = [(name, load(name)) for name in indexed("documents")]


def kind_of(data: Any, case: dict[str, Any]) -> Any:
    """A case's kind: its own, else its file's (a document kind name, as
    the vector JSON gives it: the harness passes it on unchecked)."""
    return case.get("kind", data["kind"])


def options_of(data: Any, case: dict[str, Any]) -> dict[str, Any]:
    """The keywords of validate for a case: the file's options, the case's
    merged over them."""
    return keywords(data["options"], case.get("options"))


def cases(section: str) -> list[tuple[str, Any, dict[str, Any]]]:
    """(file, file data, case) for every case of a section of every file."""
    return [(name, data, case) for name, data in FILES for case in data[section]]


def ids(section: str) -> list[str]:
    return [
        label(i, name, kind_of(data, case), case["name"][:40])
        for i, (name, data, case) in enumerate(cases(section))
    ]


def both(kind: Any, document: dict[str, Any], **options: Any) -> Report:
    """Validates the document as a dict and as JSON text; both reports must
    be the same, to the byte of their JSON."""
    from_dict = validate(kind, document, **options)
    from_text = validate(kind, json.dumps(document, ensure_ascii=False), **options)
    assert from_dict.to_json() == from_text.to_json()
    assert from_dict.violations == from_text.violations
    return from_dict


def test_the_index_lists_every_vector_file() -> None:
    listed = {f for key, files in index().items() if key != "format" for f in files}
    on_disk = {p.name for p in Path(VECTORS).glob("*.json")} - {"index.json"}
    assert listed == on_disk
    assert len(FILES) >= 4
    for name, data in FILES:
        assert data["format"] == 1, name
        assert data["kind"] in kazcustoms.DOCUMENT_KINDS, name


@pytest.mark.parametrize("file,data,case", cases("valid"), ids=ids("valid"))
def test_valid(file: str, data: Any, case: dict[str, Any]) -> None:
    report = both(kind_of(data, case), case["document"], **options_of(data, case))
    assert report.violations == (), [(v.rule, v.message) for v in report.violations]
    assert report.ok


@pytest.mark.parametrize("file,data,case", cases("invalid"), ids=ids("invalid"))
def test_invalid(file: str, data: Any, case: dict[str, Any]) -> None:
    report = both(kind_of(data, case), case["document"], **options_of(data, case))
    assert rule_set(report) == case["rules"], report.to_json()
    for v in report.violations:
        assert all(v.messages[lang].strip() for lang in LANGS) and v.source, v
        if v.rule.startswith("GO."):
            # the rule's title, then the detail, in every language
            for lang in LANGS:
                title, sep, detail = v.messages[lang].partition(": ")
                assert sep and title and detail.strip(), (v.rule, lang, v.messages[lang])


def raised(kind: Any, document: Any, options: dict[str, Any], check: Any) -> KazcustomsError:
    """The exception `check(kind, document, **options)` raises."""
    with pytest.raises(KazcustomsError) as info:
        check(kind, document, **options)
    return info.value


def expect_error(case: dict[str, Any], e: KazcustomsError) -> None:
    """`e` is of the case's class, and for invalid_document of its input at
    its path (a path that starts with it, with path_prefix)."""
    assert type(e) is ERRORS[case["error"]], (type(e).__name__, str(e))
    if case["error"] != "invalid_document":
        return
    assert isinstance(e, InvalidDocument)
    assert e.input == case["input"], (e.input, str(e))
    assert e.path is not None, str(e)
    if case.get("path_prefix"):
        assert e.path.startswith(case["path"]), (e.path, str(e))
    else:
        assert e.path == case["path"], (e.path, str(e))
    assert (e.rule, e.kind) == (None, None)
    # Every field that cannot be read, the first at the error's path.
    assert e.problems and e.problems[0]["path"] == e.path, e.problems
    assert all(p["message"] and p["kind"] for p in e.problems), e.problems
    if "paths" in case:
        assert sorted(p["path"] for p in e.problems) == sorted(case["paths"]), e.problems


@pytest.mark.parametrize("file,data,case", cases("input_errors"), ids=ids("input_errors"))
def test_input_errors(file: str, data: Any, case: dict[str, Any]) -> None:
    kind = kind_of(data, case)
    options = options_of(data, case)
    text = case.get("document_text")
    if text is None:
        text = json.dumps(case["document"], ensure_ascii=False)
    e = raised(kind, text, options, validate)
    expect_error(case, e)
    if kind == "arrival":
        # registering the arrival reads it the same way
        assert str(raised(kind, text, options, lambda _, d, **o: register_arrival(d, **o))) == str(e)
    # The same document as a dict, where json can read it as one, fails at
    # the same path, with the same words without the text's line and column
    # (but for a limit of the text: its size and nesting).
    if case.get("text_only"):
        return
    try:
        parsed = json.loads(text)
    except (ValueError, RecursionError):
        return
    if isinstance(parsed, dict):
        again = raised(kind, parsed, options, validate)
        expect_error(case, again)
        assert getattr(again, "path", None) == getattr(e, "path", None)
        assert str(e).startswith(str(again))
    elif not isinstance(parsed, str):  # a str would be read as JSON text again
        with pytest.raises(TypeError):
            validate(kind, parsed, **options)


@pytest.mark.parametrize("file,data,case", cases("lifecycle"), ids=ids("lifecycle"))
def test_lifecycle(file: str, data: Any, case: dict[str, Any]) -> None:
    kind = kind_of(data, case)
    states = case["states"]
    current = states[0]
    got: tuple[int | None, list[str]] = (None, [])
    for i, following in enumerate(states[1:], start=1):
        try:
            moved = kazcustoms.transition(kind, current, following)
        except TransitionError as e:
            assert type(e) is ERRORS["transition"] and e.rule is not None
            got = (i, [e.rule])
            break
        assert moved == following, (i, moved)
        current = moved
    assert got == (case["fails_at"], case["rules"])


def test_every_error_class_of_the_vectors_is_in_the_table() -> None:
    used = {case["error"] for _, _, case in cases("input_errors")}
    assert used <= set(ERRORS) and "invalid_document" in used
    assert {case["input"] for _, _, case in cases("input_errors")} >= {"document", "options"}


JOURNALS: list[tuple[str, Any]] = [(name, load(name)) for name in indexed("journal")]


@pytest.mark.parametrize(
    "expect,text",
    [(data["bad_states_error"], text) for _, data in JOURNALS for text in data["bad_states"]],
    ids=[label(i) for i, _ in enumerate(t for _, d in JOURNALS for t in d["bad_states"])],
)
def test_bad_journal_states(expect: dict[str, str], text: str) -> None:
    with pytest.raises(KazcustomsError) as info:
        Journal.from_json(text)
    e = info.value
    assert type(e) is ERRORS[expect["error"]], (type(e).__name__, str(e))
    assert isinstance(e, InvalidDocument) and e.input == expect["input"], str(e)
    assert e.rule is None
