"""Loads the shared test vectors of tests/vectors/ (see its README.md).

The same files drive the Rust, Python and C tests, so the three languages
can never disagree. They are read from the repository, never copied here,
and found through the index, tests/vectors/index.json.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from kazcustoms import Report

VECTORS = Path(__file__).resolve().parents[2] / "tests" / "vectors"


def load(name: str) -> Any:
    """The parsed JSON of tests/vectors/<name>.json."""
    with open(VECTORS / f"{name}.json", encoding="utf-8") as f:
        return json.load(f)


def index() -> Any:
    """The index of the vector files, tests/vectors/index.json."""
    return load("index")


def indexed(key: str) -> list[str]:
    """The files the index lists under `key` (documents, calendar, numbers,
    deadline, journal), as names for `load` (without .json); at least one."""
    files = [f.removesuffix(".json") for f in index()[key]]
    assert files, f"index.json lists no {key} file"
    return files


def day(text: str) -> datetime.date:
    """An ISO YYYY-MM-DD date of a vector."""
    return datetime.date.fromisoformat(text)


def label(i: int, *parts: object) -> str:
    """A pytest id: the index, then the distinguishing parts of the case."""
    return "-".join([f"{i:03d}", *(str(p) for p in parts)])


def keywords(file_options: dict[str, Any], case_options: dict[str, Any] | None = None) -> dict[str, Any]:
    """The context keywords of validate for a case: the file's options with
    the case's own put over them (a shallow merge; null means not given).
    The options JSON's {"eseal": {"departure", "destination"}} is the two
    keywords eseal_departure and eseal_destination (an eseal with other
    members is passed as it is, to be refused); an ISO reference date is a
    datetime.date (anything else is passed as it is, to be refused);
    "calendar" is passed as the mapping it is."""
    merged = {**file_options, **(case_options or {})}
    out: dict[str, Any] = {}
    for key, value in merged.items():
        if value is None:
            continue
        if key == "reference" and isinstance(value, str):
            try:
                out["reference"] = day(value)
            except ValueError:
                out["reference"] = value
        elif key == "eseal" and isinstance(value, dict) and set(value) <= {"departure", "destination"}:
            out["eseal_departure"] = value.get("departure", False)
            out["eseal_destination"] = value.get("destination", False)
        else:
            out[key] = value
    return out


def rule_set(report: Report) -> list[str]:
    """The rule ids of a report, without repeats, in string order (as the
    vectors' ``rules`` lists are)."""
    return sorted({v.rule for v in report.violations})
