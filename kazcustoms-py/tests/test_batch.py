"""Reports that travel (pickle, deepcopy, to_dict), batches (validate_many
on threads, without the GIL) and is_valid, driven by the shared vectors.

- every report of every document vector (valid and invalid cases) survives
  pickle and copy.deepcopy equal, in each language, and its to_dict() is
  json.loads(to_json());
- a tampered pickle (a rule id not in the catalogue, a severity or message
  changed, counts that disagree) raises InvalidDocument (input 'state');
- validate_many gives, document for document and in order, the report
  validate gives, for dicts, str and bytes, on 1 and 2 threads, from any
  iterable; input errors raise with the index, or take the document's place;
- the GIL is released while a document is checked (validate of a dict,
  validate_many): a Python thread makes progress meanwhile, and none while
  a call that holds the GIL runs;
- is_valid agrees with every case of the number vectors.
"""

from __future__ import annotations

import copy
import json
import pickle
import sys
import threading
import time
from typing import Any, Iterator

import pytest

import kazcustoms
from kazcustoms import (
    InvalidDocument,
    KazcustomsError,
    Report,
    Violation,
    is_valid,
    validate,
    validate_many,
    violations_table,
)

from kazcustoms._kinds import Lang

from _vectors import day, indexed, keywords, load

LANGS: tuple[Lang, ...] = ("kk", "ru", "en")

FILES: list[tuple[str, Any]] = [(name, load(name)) for name in indexed("documents")]


def reports_of_the_vectors(lang: Lang = "en") -> Iterator[tuple[str, Report]]:
    """(label, report) for every valid and invalid case of every vector file."""
    for name, data in FILES:
        for section in ("valid", "invalid"):
            for case in data[section]:
                kind = case.get("kind", data["kind"])
                options = keywords(data["options"], case.get("options"))
                yield f"{name}:{case['name']}", validate(kind, case["document"], lang=lang, **options)


# --- pickle, deepcopy, to_dict ---------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_vector_report_survives_pickle_and_deepcopy(lang: Lang) -> None:
    seen = 0
    for name, report in reports_of_the_vectors(lang):
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            back = pickle.loads(pickle.dumps(report, protocol=protocol))
            assert back == report, name
            assert back.to_json() == report.to_json(), name
        assert copy.deepcopy(report) == report, name
        assert copy.copy(report) == report, name
        for v in report.violations:
            assert pickle.loads(pickle.dumps(v)) == v, name
            assert copy.deepcopy(v) == v
            assert pickle.loads(pickle.dumps(v)).message == v.message
        seen += 1
    assert seen > 100


def test_a_pickled_report_keeps_its_language_counts_and_truncation() -> None:
    cut = validate("dcd", {}, limits={"violations": 2}, lang="kk")
    assert cut.truncated and cut.found > 2
    back = pickle.loads(pickle.dumps(cut))
    assert (back.lang, back.found, back.truncated, back.ok) == ("kk", cut.found, True, False)
    assert back.violations == cut.violations
    assert back != validate("dcd", {}, limits={"violations": 2}, lang="ru")
    assert back != cut.violations


def test_to_dict_is_the_json_of_the_report() -> None:
    for name, report in reports_of_the_vectors("ru"):
        d = report.to_dict()
        assert d == json.loads(report.to_json()), name
        assert set(d) == {"ok", "lang", "found", "truncated", "violations"}
        assert [v.to_dict() for v in report.violations] == d["violations"]
    report = validate("dcd", {"packages": 3}, reference=day("2026-11-22"), lang="ru")
    first = report.violations[0].to_dict()
    assert set(first) == {"rule", "field", "severity", "message", "messages", "source", "item", "sheet"}
    assert first["rule"] == "DCD.1.DIRECTION"
    assert first["message"] == first["messages"]["ru"] == report.violations[0].message
    assert set(first["messages"]) == set(LANGS)
    # plain values only: a new dict on every call, free to change
    assert json.loads(json.dumps(first)) == first
    first["rule"] = "changed"
    assert report.violations[0].to_dict()["rule"] == "DCD.1.DIRECTION"


class Saved:
    """Pickles as a Report would, with any saved JSON: a tampered pickle."""

    def __init__(self, state: str) -> None:
        self.state = state

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (Report.from_json, (self.state,))


def tampered(report: Report, change: Any) -> bytes:
    """The pickle of a report whose saved JSON went through `change`."""
    restore, (saved,) = report.__reduce__()
    assert restore == Report.from_json and saved == report.to_json()
    state = json.loads(saved)
    change(state)
    return pickle.dumps(Saved(json.dumps(state, ensure_ascii=False)))


def test_a_tampered_pickle_raises_rather_than_giving_a_wrong_report() -> None:
    report = validate("dcd", {"packages": 3}, reference=day("2026-11-22"))
    assert not report.ok and report.violations
    # The state is the report's JSON, so the edit below really reaches it.
    assert pickle.loads(tampered(report, lambda s: None)) == report

    def rule(s: Any) -> None:
        s["violations"][0]["rule"] = "DCD.NOT_A_RULE"

    def severity(s: Any) -> None:
        s["violations"][0]["severity"] = "warning"

    def message(s: Any) -> None:
        s["violations"][0]["message"] = "all is well"

    def ok(s: Any) -> None:
        s["ok"] = True

    def found(s: Any) -> None:
        s["found"] = 1000

    def member(s: Any) -> None:
        s["violations"][0]["note"] = "x"

    def lang(s: Any) -> None:
        s["lang"] = "de"

    cases = {
        rule: "state.violations[0].rule",
        severity: "state.violations[0].severity",
        message: "state.violations[0].message",
        ok: "state.ok",
        found: "state.found",
        member: "state.violations[0]",
        lang: "state.lang",
    }
    for change, path in cases.items():
        with pytest.raises(InvalidDocument) as info:
            pickle.loads(tampered(report, change))
        assert info.value.input == "state", change.__name__
        assert info.value.path is not None and info.value.path.startswith(path), (change.__name__, info.value.path)
    with pytest.raises(InvalidDocument):
        Report.from_json("not json")
    with pytest.raises(InvalidDocument):
        Report.from_json('{"ok": true, "ok": true, "lang": "en", "found": 0, "truncated": false, "violations": []}')


def test_a_violation_pickle_holds_one_violation() -> None:
    report = validate("dcd", {}, reference=day("2026-11-22"))
    assert len(report.violations) > 1
    reduced: Any = report.violations[0].__reduce__()
    restore, (state,) = reduced
    assert restore(state) == report.violations[0]
    # the state of a whole report is not a violation
    with pytest.raises(InvalidDocument) as info:
        restore(report.to_json())
    assert info.value.path == "state.violations"


def test_report_from_json_reads_any_language() -> None:
    for lang in LANGS:
        report = validate("short_declaration", {}, lang=lang)
        back = Report.from_json(report.to_json())
        assert back == report and back.lang == lang
        assert isinstance(back.violations[0], Violation)


# --- validate_many -----------------------------------------------------------------


def batch() -> list[tuple[str, Any, dict[str, Any], Report]]:
    """(kind, document, options, report of validate) of the dcd vectors
    that share the file's options (one context for the batch)."""
    data = load("dcd")
    options = keywords(data["options"])
    out = []
    for section in ("valid", "invalid"):
        for case in data[section]:
            if case.get("options") or case.get("kind", "dcd") != "dcd":
                continue
            out.append(("dcd", case["document"], options, validate("dcd", case["document"], **options)))
    assert len(out) > 20
    return out


@pytest.mark.parametrize("threads", [1, 2, 3, None, 1000])
@pytest.mark.parametrize("form", ["dict", "str", "bytes", "mixed"])
def test_validate_many_gives_validate_s_reports_in_order(threads: int | None, form: str) -> None:
    cases = batch()
    options = cases[0][2]
    docs: list[Any] = []
    for i, (_, d, _, _) in enumerate(cases):
        text = json.dumps(d, ensure_ascii=False)
        pick = form if form != "mixed" else ("dict", "str", "bytes")[i % 3]
        docs.append({"dict": d, "str": text, "bytes": text.encode("utf-8")}[pick])
    reports = validate_many("dcd", docs, threads=threads, **options)
    assert isinstance(reports, list)
    assert reports == [r for *_, r in cases]


def test_validate_many_reads_any_iterable() -> None:
    cases = batch()
    options = cases[0][2]
    expected = [r for *_, r in cases]
    docs = [d for _, d, _, _ in cases]
    assert validate_many("dcd", (d for d in docs), threads=2, **options) == expected
    assert validate_many("dcd", tuple(docs), **options) == expected
    assert validate_many("dcd", iter(docs), threads=1, **options) == expected
    assert validate_many("dcd", [], threads=2) == []


def test_validate_many_reads_a_numpy_column() -> None:
    np: Any = pytest.importorskip("numpy")
    cases = batch()
    options = cases[0][2]
    expected = [r for *_, r in cases]
    docs = [d for _, d, _, _ in cases]
    column = np.empty(len(docs), dtype=object)
    column[:] = docs
    assert validate_many("dcd", column, threads=2, **options) == expected


def test_validate_many_language_and_context() -> None:
    doc = {"packages": 3}
    for lang in LANGS:
        [r] = validate_many("dcd", [doc], lang=lang, reference=day("2026-11-22"))
        assert r == validate("dcd", doc, lang=lang, reference=day("2026-11-22"))
        assert r.lang == lang
    bad: dict[str, Any] = {"usd_rate": "470"}
    with pytest.raises(InvalidDocument) as info:
        validate_many("dcd", [doc], **bad)
    assert info.value.path == "options.usd_rate"


def test_validate_many_raises_the_first_input_error_with_its_index() -> None:
    good = {"packages": 3}
    docs: list[Any] = [good, json.dumps(good), "not json", {"packages": "many"}, b"\xff{}"]
    with pytest.raises(InvalidDocument) as info:
        validate_many("dcd", docs, threads=2)
    assert info.value.index == 2 and info.value.path == "document"
    with pytest.raises(InvalidDocument) as info:
        validate_many("dcd", [good, {"packages": "many"}, "not json"], threads=2)
    assert info.value.index == 1 and info.value.path == "document.packages"
    # errors='return': the exception takes the document's place
    out = validate_many("dcd", docs, threads=2, errors="return", lang="ru")
    assert [type(x).__name__ for x in out] == ["Report", "Report", "InvalidDocument", "InvalidDocument", "InvalidDocument"]
    errors = [x for x in out if isinstance(x, InvalidDocument)]
    assert [e.index for e in errors] == [2, 3, 4]
    assert errors[1].path == "document.packages"
    assert "UTF-8" in str(errors[2]) and "0" in str(errors[2])
    assert isinstance(out[0], Report) and out[0].lang == "ru"
    # the message of a batch's error is validate's
    with pytest.raises(InvalidDocument) as one:
        validate("dcd", {"packages": "many"}, lang="ru")
    assert str(errors[1]) == str(one.value)


def test_validate_many_refuses_bad_arguments() -> None:
    for bad in (0, -1, -(10**30)):
        with pytest.raises(KazcustomsError) as info:
            validate_many("dcd", [{}], threads=bad)
        assert type(info.value) is KazcustomsError and "threads" in str(info.value)
    wrongs: list[Any] = [True, 1.5, "2"]
    for wrong in wrongs:
        with pytest.raises(TypeError):
            validate_many("dcd", [{}], threads=wrong)
    with pytest.raises(KazcustomsError):
        validate_many("dcd", [{}], errors="skip")  # type: ignore[call-overload]
    with pytest.raises(KazcustomsError):
        validate_many("dcdd", [{}])  # type: ignore[call-overload]
    ones: list[Any] = [{}, "{}", b"{}", 42]
    for one in ones:
        with pytest.raises(TypeError):
            validate_many("dcd", one)
    mixed: list[Any] = [{}, 42]
    with pytest.raises(TypeError) as wrong_type:
        validate_many("dcd", mixed, errors="return")
    assert getattr(wrong_type.value, "index") == 1
    # a huge thread count is as many threads as there are documents
    assert len(validate_many("dcd", [{}, {}], threads=10**30)) == 2


def test_validate_many_reports_pickle() -> None:
    reports = validate_many("dcd", [{}, {"packages": 3}], threads=2)
    assert pickle.loads(pickle.dumps(reports)) == reports


def test_violations_table_rows() -> None:
    docs: list[Any] = [{"packages": 3}, {}]
    reports = validate_many("dcd", docs, threads=2, reference=day("2026-11-22"), lang="kk")
    rows = violations_table(reports)
    assert len(rows) == sum(len(r.violations) for r in reports)
    assert rows[0] == {
        "document": 0,
        "rule": reports[0].violations[0].rule,
        "field": reports[0].violations[0].field,
        "sheet": reports[0].violations[0].sheet,
        "item": reports[0].violations[0].item,
        "severity": reports[0].violations[0].severity,
        "message": reports[0].violations[0].message,
        "source": reports[0].violations[0].source,
    }
    assert {r["document"] for r in rows} == {0, 1}
    labelled = violations_table(reports, documents=["a.json", "b.json"])
    assert [r["document"] for r in labelled] == ["a.json"] * len(reports[0].violations) + ["b.json"] * len(reports[1].violations)
    with pytest.raises(ValueError):
        violations_table(reports, documents=["a.json"])
    assert violations_table([]) == []


# --- the GIL ------------------------------------------------------------------------


def moves_while(call: Any, tries: int) -> bool:
    """Whether a Python thread makes progress while `call()` runs in this
    one, in one of up to `tries` calls.

    The switch interval is made huge, so this thread never gives up the GIL
    on a timer, and the other thread gives it up after each step
    (time.sleep(0) releases it). The other thread can then only take a
    step while this one has released the GIL: the counter cannot move
    between reading it before a call and after it unless the call released
    the GIL. No timing is asserted: a call that releases it lets the other
    thread in sooner or later, and the loop stops at the first time it did."""
    started = threading.Event()
    stop = threading.Event()
    counts = [0]

    def count() -> None:
        started.set()
        while not stop.is_set():
            counts[0] += 1
            time.sleep(0)

    interval = sys.getswitchinterval()
    t = threading.Thread(target=count)
    t.start()
    started.wait()
    sys.setswitchinterval(1000.0)
    try:
        for _ in range(tries):
            before = counts[0]
            call()
            if counts[0] != before:
                return True
        return False
    finally:
        sys.setswitchinterval(interval)
        stop.set()
        t.join()


def test_checking_runs_without_the_gil() -> None:
    document = load("dcd")["valid"][0]["document"]
    text = json.dumps(document, ensure_ascii=False)
    assert moves_while(lambda: validate_many("dcd", [text] * 2000, threads=1), 50)
    assert moves_while(lambda: validate_many("dcd", [document] * 2000, threads=2), 50)
    assert moves_while(lambda: validate("dcd", document), 20_000)
    # The reference: a call that holds the GIL throughout lets nothing in.
    assert not moves_while(lambda: kazcustoms.normalize("50101/15036/00042" * 100), 2000)


def test_threads_give_the_reports_of_one_thread() -> None:
    cases = batch()
    options = cases[0][2]
    docs = [d for _, d, _, _ in cases] * 10
    one = validate_many("dcd", docs, threads=1, **options)
    results: list[list[Report]] = []

    def run() -> None:
        results.append(validate_many("dcd", docs, threads=2, **options))

    workers = [threading.Thread(target=run) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert results == [one, one, one]


# --- is_valid -----------------------------------------------------------------------


def test_is_valid_agrees_with_every_number_vector() -> None:
    data = load("numbers")
    reference = day(data["reference"])
    for case in data["cases"]:
        ref = day(case["reference"]) if case.get("reference") else reference
        offices = data["offices"] if case.get("use_offices") else None
        assert is_valid(case["kind"], case["text"], ref, offices=offices) is case["valid"], case


def test_is_valid_raises_what_is_not_about_the_number() -> None:
    ref = day("2026-11-22")
    assert is_valid("dcd", "50101/15036/00042", ref)
    assert not is_valid("dcd", " 50101/15036/00042", ref)  # strict, as parse_number
    assert is_valid("dcd", kazcustoms.normalize(" 50101/15036/00042"), ref)
    assert is_valid("dcd", "50101/15036/00042")  # reference: today
    with pytest.raises(KazcustomsError):
        is_valid("dcdd", "50101/15036/00042", ref)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        is_valid("dcd", None, ref)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        is_valid("dcd", "50101/15036/00042", "2026-11-22")  # type: ignore[arg-type]
    with pytest.raises(InvalidDocument):
        is_valid("dcd", "50101/15036/00042", ref, offices="50101")


def test_a_batch_longer_than_a_chunk_keeps_order_and_indices() -> None:
    """validate_many takes 256 documents at a time: across chunks the
    reports stay in order and an error's index counts from the batch's
    start."""
    a = validate("dcd", {})
    b = validate("dcd", {"packages": 3}, reference=day("2026-11-22"))
    docs: list[Any] = [{} if i % 3 else json.dumps({"packages": 3}) for i in range(9000)]
    reports = validate_many("dcd", (d for d in docs), threads=2, reference=day("2026-11-22"))
    assert len(reports) == 9000
    assert all(r == (a if i % 3 else b) for i, r in enumerate(reports))
    docs[5000] = "not json"
    docs[8000] = {"packages": "many"}
    with pytest.raises(InvalidDocument) as info:
        validate_many("dcd", docs, threads=2)
    assert info.value.index == 5000
    out = validate_many("dcd", docs, threads=2, errors="return")
    assert [i for i, x in enumerate(out) if isinstance(x, InvalidDocument)] == [5000, 8000]
    assert [getattr(out[i], "index") for i in (5000, 8000)] == [5000, 8000]
