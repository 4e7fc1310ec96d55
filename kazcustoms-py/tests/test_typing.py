"""The Literal types of the stubs reject a misspelt name before the code
runs: ``mypy --strict`` (through ``mypy.api.run``) on a snippet that names
an unknown document kind, number kind, language, convention or state
reports an error on exactly those lines, and a snippet that spells them
right passes clean."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")

WRONG = '''\
import datetime
import kazcustoms

d = datetime.date(2026, 11, 22)
kazcustoms.validate("dcdd", {})
kazcustoms.parse_number("dcdd", "50101/15036/00042", d)
kazcustoms.validate_many("dcdd", [{}])
kazcustoms.is_valid("dcdd", "50101/15036/00042", d)
kazcustoms.validate("dcd", {}, lang="de")
kazcustoms.delivery_deadline(d, 100.0, "thirty_days")
kazcustoms.dcd_transition("drafted", "registred")
kazcustoms.schema("shortdeclaration")
kazcustoms.validate_many("dcd", [{}], errors="ignore")
'''

RIGHT = '''\
import datetime
import kazcustoms

d = datetime.date(2026, 11, 22)
r: kazcustoms.Report = kazcustoms.validate("dcd", {})
n: kazcustoms.Number = kazcustoms.parse_number("dcd", "50101/15036/00042", d)
many: list[kazcustoms.Report] = kazcustoms.validate_many("dcd", [{}, "{}", b"{}"], threads=2)
mixed: list[kazcustoms.Report | kazcustoms.KazcustomsError] = kazcustoms.validate_many(
    "short_declaration", iter([{}]), errors="return", lang="kk"
)
ok: bool = kazcustoms.is_valid("guarantee", "0042/502/10106/0003", d)
kazcustoms.delivery_deadline(d, 100.0, "thirty_day")
kazcustoms.dcd_transition("drafted", "registered")
rows: list[dict[str, object]] = kazcustoms.violations_table(many)
state: dict[str, object] = r.to_dict()
'''


def mypy(tmp_path: Path, source: str) -> tuple[str, int]:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(source, encoding="utf-8")
    # mypy raises the interpreter's recursion limit for itself; other tests
    # (json.loads of a document nested 10,000 deep) depend on the usual one.
    limit = sys.getrecursionlimit()
    try:
        out, err, status = api.run(
            ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(snippet)]
        )
    finally:
        sys.setrecursionlimit(limit)
    return out + err, status


def test_mypy_rejects_unknown_names(tmp_path: Path) -> None:
    out, status = mypy(tmp_path, WRONG)
    assert status == 1, out
    lines = sorted({int(m) for m in re.findall(r"snippet\.py:(\d+): error", out)})
    assert lines == list(range(5, 14)), out
    assert 'Argument 1 to "validate" has incompatible type "Literal[\'dcdd\']"' in out
    assert 'Argument 1 to "parse_number" has incompatible type "Literal[\'dcdd\']"' in out


def test_mypy_accepts_the_names_spelt_right(tmp_path: Path) -> None:
    out, status = mypy(tmp_path, RIGHT)
    assert status == 0, out
