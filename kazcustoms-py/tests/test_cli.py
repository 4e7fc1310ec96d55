"""The command line (``kazcustoms.cli``): ``python -m kazcustoms`` in a
subprocess and ``main([...])`` in-process, over the documents of
examples/data and of the shared vectors (tests/vectors): exit statuses
0/1/2, the table, JSON and CSV outputs (``;`` and the BOM), standard input,
folder walks, JSON arrays and JSON Lines, and the summary by rule against
the reports of ``validate``. The console script installed by pip is run
too."""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import kazcustoms
from _vectors import indexed, load
from kazcustoms.cli import main

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "examples" / "data"
REFERENCE = "2026-11-22"
DCD_OPTIONS = ["--reference", REFERENCE, "--usd-rate", "470"]


def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    """``main(argv)`` in-process: (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        old = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
        try:
            status = main(list(argv), stdout=out, stderr=err)
        finally:
            sys.stdin = old
    else:
        status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def subprocess_run(*argv: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "kazcustoms", *argv], input=stdin, capture_output=True, timeout=120, check=False
    )


def as_json(text: str) -> Any:
    return json.loads(text)


def csv_rows(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def write(path: Path, value: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def dcd(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


REF = datetime.date(2026, 11, 22)


# --- examples/data ----------------------------------------------------------------


def test_a_valid_document_exits_0_and_an_invalid_one_1() -> None:
    status, out, _ = run("validate", "dcd", str(DATA / "dcd_valid.json"), *DCD_OPTIONS)
    assert status == 0, out
    assert f"{DATA / 'dcd_valid.json'}: valid" in out
    assert "0 of 1 documents break rules, 0 could not be read, 1 valid" in out
    status, out, _ = run("validate", "dcd", str(DATA / "dcd_invalid.json"), *DCD_OPTIONS)
    assert status == 1
    assert "1 of 1 documents break rules" in out


def test_the_summary_counts_are_those_of_validate() -> None:
    paths = [DATA / "dcd_valid.json", DATA / "dcd_invalid.json", DATA / "dcd_invalid.json"]
    status, out, _ = run("validate", "dcd", *map(str, paths), *DCD_OPTIONS, "--format", "json", "--lang", "ru")
    assert status == 1
    body = as_json(out)
    reports = [kazcustoms.validate("dcd", dcd(p.name), reference=REF, usd_rate=470.0, lang="ru") for p in paths]
    expected: dict[str, dict[str, int]] = {}
    for report in reports:
        for rule in {v.rule for v in report.violations}:
            expected.setdefault(rule, {"documents": 0, "violations": 0})["documents"] += 1
        for v in report.violations:
            expected[v.rule]["violations"] += 1
    assert expected, "dcd_invalid.json breaks rules"
    summary = body["summary"]
    assert (summary["documents"], summary["valid"], summary["invalid"], summary["input_errors"]) == (3, 1, 2, 0)
    got = {r["rule"]: {"documents": r["documents"], "violations": r["violations"]} for r in summary["rules"]}
    assert got == expected
    assert [r["rule"] for r in summary["rules"]] == sorted(expected)
    for r in summary["rules"]:
        assert r["title"] == kazcustoms.rule_title(r["rule"], lang="ru")
    # The per-document reports are the reports of validate, in the order given.
    assert [d["document"] for d in body["documents"]] == [str(p) for p in paths]
    assert [d["report"] for d in body["documents"]] == [json.loads(r.to_json()) for r in reports]


def test_the_table_summary_names_each_rule_in_the_language_asked() -> None:
    status, out, _ = run("validate", "dcd", str(DATA / "dcd_invalid.json"), *DCD_OPTIONS, "--lang", "kk")
    assert status == 1
    report = kazcustoms.validate("dcd", dcd("dcd_invalid.json"), reference=REF, usd_rate=470.0, lang="kk")
    for v in report.violations:
        assert v.message in out
    rule = report.violations[0].rule
    count = sum(1 for v in report.violations if v.rule == rule)
    line = next(line for line in out.splitlines() if line.startswith(rule + " "))
    assert line.split()[1:3] == ["1", str(count)]
    assert line.endswith(kazcustoms.rule_title(rule, lang="kk"))


def test_csv_with_semicolon_and_bom() -> None:
    status, out, err = run(
        "validate", "dcd", str(DATA / "dcd_invalid.json"), str(DATA / "dcd_valid.json"),
        *DCD_OPTIONS, "--format", "csv", "--delimiter", ";", "--bom", "--lang", "ru",
    )  # fmt: skip
    assert status == 1
    assert out.startswith("\ufeffdocument;status;rule;")
    assert "\r\n" in out
    rows = csv_rows(out.removeprefix("\ufeff"), ";")
    report = kazcustoms.validate("dcd", dcd("dcd_invalid.json"), reference=REF, usd_rate=470.0, lang="ru")
    broken = [r for r in rows if r["document"].endswith("dcd_invalid.json")]
    assert [(r["rule"], r["field"], r["message"]) for r in broken] == [
        (v.rule, v.field, v.message) for v in report.violations
    ]
    assert {r["status"] for r in broken} == {"violations"}
    ok = [r for r in rows if r["document"].endswith("dcd_valid.json")]
    assert [r["status"] for r in ok] == ["ok"]
    # The summary goes to stderr, so that stdout stays one CSV table.
    assert "1 of 2 documents break rules" in err
    # Without the options: comma-separated, no BOM.
    _, plain, _ = run("validate", "dcd", str(DATA / "dcd_invalid.json"), *DCD_OPTIONS, "--format", "csv")
    assert plain.startswith("document,status,rule,")
    assert len(csv_rows(plain)) == len(report.violations)


# --- the shared vectors -----------------------------------------------------------------


def vector_files() -> list[str]:
    return indexed("documents")


@pytest.mark.parametrize("name", vector_files())
def test_vectors_through_the_command_line(name: str, tmp_path: Path) -> None:
    """Every valid document of a vector file exits 0, every invalid one 1
    with exactly the vector's rules, every unreadable document 2 with the
    vector's path; the options are given as the options JSON of C."""
    vectors = load(name)
    groups: dict[tuple[str, str], list[tuple[Path, Any]]] = {}

    def add(case: Any, i: int, group: str) -> None:
        kind = case.get("kind", vectors["kind"])
        options = {**(vectors.get("options") or {}), **(case.get("options") or {})}
        if "document_text" in case:
            path = tmp_path / group / f"{i:03d}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(case["document_text"], encoding="utf-8")
        else:
            path = write(tmp_path / group / f"{i:03d}.json", case["document"])
        groups.setdefault((kind, json.dumps(options, sort_keys=True)), []).append((path, case))

    for i, case in enumerate(vectors["valid"]):
        add(case, i, "valid")
    for i, case in enumerate(vectors["invalid"]):
        add(case, i, "invalid")
    for i, case in enumerate(vectors["input_errors"]):
        if unreadable(case):
            add(case, i, "unreadable")
    checked = 0
    for (kind, options), cases in groups.items():
        status, out, err = run("validate", kind, *(str(p) for p, _ in cases), "--context", options, "--format", "json")
        assert status in (0, 1, 2), err
        body = as_json(out)
        by_path = {d["document"]: d for d in body["documents"]}
        for path, case in cases:
            got = by_path[str(path)]
            if "error" in case:
                assert got["status"] == "input_error", case["name"]
                assert got["error"]["input"] == "document", case["name"]
                if case.get("path_prefix"):
                    assert got["error"]["path"].startswith(case["path"]), case["name"]
                else:
                    assert got["error"]["path"] == case["path"], case["name"]
            elif "rules" in case:
                rules = sorted({v["rule"] for v in got["report"]["violations"]})
                assert rules == case["rules"], case["name"]
                assert got["status"] == ("ok" if got["report"]["ok"] else "violations"), case["name"]
            else:
                assert got["status"] == "ok" and got["report"]["violations"] == [], case["name"]
            checked += 1
        statuses = {d["status"] for d in body["documents"]}
        expected = 2 if "input_error" in statuses else 1 if "violations" in statuses else 0
        assert status == expected, (kind, [c["name"] for _, c in cases])
    assert checked == len(vectors["valid"]) + len(vectors["invalid"]) + sum(map(unreadable, vectors["input_errors"]))


def unreadable(case: Any) -> bool:
    """An input error of the document itself, not of the options, whose
    text is not a JSON array (a file holding an array is a list of
    documents to the command line: see test_a_top_level_array_vector)."""
    return case.get("input") == "document" and not case.get("document_text", "").lstrip().startswith("[")


def test_a_top_level_array_vector(tmp_path: Path) -> None:
    """The vectors' documents that are a JSON array are, to the command
    line, lists of documents: each element is refused on its own, and an
    array nested too deeply is refused whole, with the path 'document'."""
    cases = {c["name"]: c for c in load("dcd")["input_errors"]}
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(cases["the document wrapped in a JSON array"]["document_text"], encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text(cases["an array nested 10,000 deep"]["document_text"], encoding="utf-8")
    empty = tmp_path / "empty.json"
    empty.write_text(cases["an empty JSON array instead of an object"]["document_text"], encoding="utf-8")
    status, out, _ = run("validate", "dcd", str(wrapped), str(deep), str(empty), *DCD_OPTIONS, "--format", "json")
    assert status == 2
    docs = as_json(out)["documents"]
    assert [(d["document"], d["status"]) for d in docs] == [
        (f"{wrapped}[0]", "ok" if docs[0]["status"] == "ok" else "violations"),
        (str(deep), "input_error"),
    ]
    assert docs[1]["error"]["path"] == "document"
    assert run("validate", "dcd", str(empty))[0] == 0


def test_an_options_error_stops_the_run_with_status_2() -> None:
    status, out, err = run("validate", "dcd", str(DATA / "dcd_valid.json"), "--option", 'usd_rate="470"')
    assert status == 2
    assert "options.usd_rate" in err
    status, _, err = run("validate", "dcd", str(DATA / "dcd_valid.json"), "--context", "{not json")
    assert status == 2 and "--context is not JSON" in err
    status, _, err = run("validate", "dcd", str(DATA / "dcd_valid.json"), "--reference", "2026-1-2")
    assert status == 2 and "YYYY-MM-DD" in err
    status, _, err = run("validate", "dcd", str(DATA / "dcd_valid.json"), "--option", "usd_rate")
    assert status == 2 and "KEY=JSON" in err


def test_the_context_sources_stack(tmp_path: Path) -> None:
    """--context-file, then --context, then --option, then the flags."""
    doc = str(DATA / "dcd_valid.json")
    options = write(tmp_path / "options.json", {"reference": REFERENCE, "usd_rate": 1.0})
    low = run("validate", "dcd", doc, "--context-file", str(options), "--format", "json")
    direct = kazcustoms.validate("dcd", dcd("dcd_valid.json"), reference=REF, usd_rate=1.0)
    assert as_json(low[1])["documents"][0]["report"] == json.loads(direct.to_json())
    over = run("validate", "dcd", doc, "--context-file", str(options), "--option", "usd_rate=470", "--format", "json")
    assert over[0] == 0
    flag = run("validate", "dcd", doc, "--context-file", str(options), "--context", '{"usd_rate": 1}',
               "--usd-rate", "470")  # fmt: skip
    assert flag[0] == 0


# --- paths: folders, arrays, JSON Lines, stdin, input errors -------------------------------


def test_a_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    valid, invalid = dcd("dcd_valid.json"), dcd("dcd_invalid.json")
    write(tmp_path / "b" / "2.json", invalid)
    write(tmp_path / "b" / "1.json", valid)
    write(tmp_path / "a.json", valid)
    (tmp_path / "notes.txt").write_text("not a document", encoding="utf-8")
    status, out, _ = run("validate", "dcd", str(tmp_path), *DCD_OPTIONS, "--format", "json")
    assert status == 1
    names = [d["document"] for d in as_json(out)["documents"]]
    assert names == [str(tmp_path / "a.json"), str(tmp_path / "b" / "1.json"), str(tmp_path / "b" / "2.json")]


def test_a_json_array_is_a_list_of_documents_and_jsonl_one_per_line(tmp_path: Path) -> None:
    valid, invalid = dcd("dcd_valid.json"), dcd("dcd_invalid.json")
    array = write(tmp_path / "batch.json", [valid, invalid, {"sheets": [{"items": [{"gross_kg": "9"}]}]}])
    lines = tmp_path / "batch.jsonl"
    lines.write_text(json.dumps(valid) + "\n\n" + json.dumps(invalid) + "\n", encoding="utf-8")
    status, out, _ = run("validate", "dcd", str(array), str(lines), *DCD_OPTIONS, "--format", "json")
    assert status == 2
    docs = as_json(out)["documents"]
    assert [(d["document"], d["status"]) for d in docs] == [
        (f"{array}[0]", "ok"),
        (f"{array}[1]", "violations"),
        (f"{array}[2]", "input_error"),
        (f"{lines}:1", "ok"),
        (f"{lines}:3", "violations"),
    ]
    assert docs[2]["error"]["path"] == "document.sheets[0].items[0].gross_kg"
    assert run("validate", "dcd", str(write(tmp_path / "empty.json", [])))[0] == 0


def test_an_array_element_is_read_as_written(tmp_path: Path) -> None:
    """The core reads each element's own text: a duplicate key is refused
    as it is in a file holding the element alone."""
    text = (DATA / "dcd_valid.json").read_text(encoding="utf-8").strip()
    doubled = text[:-1] + ', "packages": 1}'
    (tmp_path / "one.json").write_text(doubled, encoding="utf-8")
    (tmp_path / "many.json").write_text(f"[{text}, {doubled}]", encoding="utf-8")
    _, out, _ = run("validate", "dcd", str(tmp_path / "one.json"), str(tmp_path / "many.json"), *DCD_OPTIONS,
                    "--format", "json")  # fmt: skip
    docs = as_json(out)["documents"]
    assert [d["status"] for d in docs] == ["input_error", "ok", "input_error"]
    assert docs[0]["error"] == docs[2]["error"]
    (tmp_path / "broken.json").write_text(f"[{text},", encoding="utf-8")
    status, out, _ = run("validate", "dcd", str(tmp_path / "broken.json"), "--format", "json")
    assert status == 2 and as_json(out)["documents"][0]["error"]["message"].startswith("not JSON")


def test_standard_input() -> None:
    text = (DATA / "dcd_invalid.json").read_text(encoding="utf-8")
    status, out, _ = run("validate", "dcd", "-", *DCD_OPTIONS, "--format", "json", stdin=text)
    assert status == 1
    assert as_json(out)["documents"][0]["document"] == "-"
    done = subprocess_run("validate", "dcd", "-", *DCD_OPTIONS, stdin=text.encode("utf-8"))
    assert done.returncode == 1
    assert "-: breaks rules" in done.stdout.decode("utf-8")


def test_input_errors_are_reported_and_the_others_still_checked(tmp_path: Path) -> None:
    (tmp_path / "not_json.json").write_text("ДКД 55201/14106/00317", encoding="utf-8")
    (tmp_path / "cp1251.json").write_bytes('{"consignor": "ТОО"}'.encode("cp1251"))
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + (DATA / "dcd_valid.json").read_bytes())
    paths = [str(tmp_path / "missing.json"), str(tmp_path / "not_json.json"), str(tmp_path / "cp1251.json"),
             str(bom), str(DATA / "dcd_invalid.json")]  # fmt: skip
    status, out, _ = run("validate", "dcd", *paths, *DCD_OPTIONS, "--format", "json")
    assert status == 2
    body = as_json(out)
    docs = {d["document"]: d for d in body["documents"]}
    assert docs[paths[0]]["error"]["message"] == "no such file or folder"
    assert docs[paths[1]]["error"]["input"] == "document" and docs[paths[1]]["error"]["path"] == "document"
    assert docs[paths[2]]["error"]["message"] == "not UTF-8: invalid byte at offset 15"
    assert docs[paths[3]]["status"] == "ok"  # a UTF-8 BOM is dropped
    assert docs[paths[4]]["status"] == "violations"
    s = body["summary"]
    assert (s["documents"], s["valid"], s["invalid"], s["input_errors"]) == (5, 1, 1, 3)
    status, out, _ = run("validate", "dcd", *paths, *DCD_OPTIONS)
    assert status == 2
    assert f"{paths[1]}: cannot be read at document:" in out
    assert "1 of 5 documents break rules, 3 could not be read, 1 valid" in out


def test_json_is_written_as_each_document_comes() -> None:
    """The JSON output streams: a document is on stdout once it is checked,
    before the run ends, and the whole text is what ``json.dump`` of the
    parsed body with indent 1 writes (empty runs and input errors too)."""
    from kazcustoms.cli import Outcome, Summary, Writer

    out = io.StringIO()
    writer = Writer("json", out, ",", False)
    summary = Summary()
    report = kazcustoms.validate("dcd", (DATA / "dcd_invalid.json").read_text(encoding="utf-8"), reference=datetime.date(2026, 11, 22))
    for outcome in (Outcome("a.json", report=report), Outcome("b.json", error="no such file or folder", error_input="file")):
        summary.add(outcome)
        writer.write(outcome)
        assert f'"document": "{outcome.name}"' in out.getvalue()  # written before finish
    assert '"summary"' not in out.getvalue()
    writer.finish(summary, "en", io.StringIO(), True)
    body = as_json(out.getvalue())
    assert [d["document"] for d in body["documents"]] == ["a.json", "b.json"]
    assert body["documents"][0]["report"] == json.loads(report.to_json())
    assert out.getvalue() == json.dumps(body, ensure_ascii=False, indent=1) + "\n"
    empty = io.StringIO()
    Writer("json", empty, ",", False).finish(Summary(), "en", io.StringIO(), True)
    assert empty.getvalue() == json.dumps(as_json(empty.getvalue()), ensure_ascii=False, indent=1) + "\n"
    assert as_json(empty.getvalue())["documents"] == []


def test_usage_errors_exit_2() -> None:
    assert run("validate", "dcdd", str(DATA / "dcd_valid.json"))[0] == 2
    assert run("validate", "dcd")[0] == 2
    assert run("validate", "dcd", "x", "--lang", "de")[0] == 2
    assert run()[0] == 2


def test_the_progress_bar_shows_only_when_asked_or_on_a_terminal(tmp_path: Path) -> None:
    for i in range(25):
        write(tmp_path / f"{i:02d}.json", dcd("dcd_valid.json"))
    _, _, err = run("validate", "dcd", str(tmp_path), *DCD_OPTIONS, "--format", "csv")
    assert "[" not in err  # stderr is not a terminal
    _, _, err = run("validate", "dcd", str(tmp_path), *DCD_OPTIONS, "--format", "csv", "--progress")
    assert "25/25" in err and "#" * 30 in err


# --- parse, deadline, working-days ---------------------------------------------------------


def test_parse() -> None:
    status, out, _ = run("parse", "dcd", "50101/15036/00042", "--reference", REFERENCE)
    assert status == 0
    assert out == "50101/15036/00042  valid  dcd  office 50101  date 2026-03-15  sequence 42\n"
    status, out, _ = run("parse", "dcd", "50101/15036/00042", "00000/15036/00042", "--reference", REFERENCE,
                         "--format", "json", "--lang", "ru")  # fmt: skip
    assert status == 1
    rows = as_json(out)
    assert rows[0]["status"] == "valid" and rows[0]["sequence"] == 42 and rows[0]["date"] == "2026-03-15"
    assert rows[1]["status"] == "invalid" and rows[1]["rule"] == "NUM.OFFICE"
    with pytest.raises(kazcustoms.InvalidNumber) as e:
        kazcustoms.parse_number("dcd", "00000/15036/00042", REF, lang="ru")
    assert rows[1]["message"] == str(e.value)
    status, out, _ = run("parse", "dcd", "50101/15036/00042", "--reference", REFERENCE, "--format", "csv",
                         "--delimiter", ";", "--bom")  # fmt: skip
    assert status == 0 and out.startswith("\ufeffnumber;status;")
    assert csv_rows(out.removeprefix("\ufeff"), ";")[0]["office"] == "50101"


def test_deadline() -> None:
    start = datetime.date(2026, 3, 2)
    due = kazcustoms.delivery_deadline(start, 2500)
    status, out, _ = run("deadline", "2026-03-02", "2500")
    assert (status, out) == (0, due.isoformat() + "\n")
    late = (due + datetime.timedelta(days=1)).isoformat()
    status, out, _ = run("deadline", "2026-03-02", "2500", "--proposed", late, "--format", "json")
    assert status == 1
    body = as_json(out)
    assert body["deadline"] == due.isoformat()
    assert [v["rule"] for v in body["report"]["violations"]] == ["TERM.LIMIT"]
    assert run("deadline", "2026-03-02", "2500", "--proposed", due.isoformat())[0] == 0
    status, _, err = run("deadline", "2026-03-02", "0")
    assert status == 2 and err.startswith("kazcustoms: ")


def test_working_days(tmp_path: Path) -> None:
    friday = datetime.date(2026, 3, 20)
    assert run("working-days", "next", "2026-03-20")[1] == "2026-03-26\n"
    assert run("working-days", "add", "2026-03-20", "3")[1] == kazcustoms.add_working_days(friday, 3).isoformat() + "\n"
    count = kazcustoms.working_days_between(friday, datetime.date(2026, 4, 20))
    assert run("working-days", "between", "2026-03-20", "2026-04-20")[1] == f"{count}\n"
    status, out, _ = run("working-days", "is", "2026-03-23", "2026-03-27", "--format", "json")
    assert status == 0
    days = as_json(out)
    assert days[0]["working"] is False and days[0]["text"] == "Nauryz" and days[1]["working"] is True
    overrides = tmp_path / "calendar.json"
    overrides.write_text(json.dumps(kazcustoms.Calendar(days_off=[datetime.date(2026, 3, 26)]).overrides))
    assert run("working-days", "--calendar-file", str(overrides), "next", "2026-03-20")[1] == "2026-03-27\n"
    assert run("working-days", "add", "2026-03-20", "-1")[0] == 2


# --- the entry points -------------------------------------------------------------------------


def test_python_dash_m() -> None:
    done = subprocess_run("validate", "dcd", str(DATA / "dcd_valid.json"), *DCD_OPTIONS, "--format", "json")
    assert done.returncode == 0, done.stderr
    assert as_json(done.stdout.decode("utf-8"))["summary"]["valid"] == 1
    assert subprocess_run("validate", "dcd", str(DATA / "dcd_invalid.json"), *DCD_OPTIONS).returncode == 1
    assert subprocess_run("--version").stdout.decode().strip() == f"kazcustoms {kazcustoms.__version__}"


def test_the_console_script_is_installed() -> None:
    script = shutil.which("kazcustoms", path=os.path.dirname(sys.executable))
    assert script is not None, "pip installs the kazcustoms console script beside the venv's python"
    done = subprocess.run(
        [script, "parse", "dcd", "50101/15036/00042", "--reference", REFERENCE],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("50101/15036/00042  valid")
