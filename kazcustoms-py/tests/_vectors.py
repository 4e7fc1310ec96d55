"""Loads the shared test vectors of tests/vectors/ (see its README.md).

The same files drive the Rust, Python and C tests, so the three languages
can never disagree. They are read from the repository, never copied here.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

VECTORS = Path(__file__).resolve().parents[2] / "tests" / "vectors"


def load(name: str) -> Any:
    """The parsed JSON of tests/vectors/<name>.json."""
    with open(VECTORS / f"{name}.json", encoding="utf-8") as f:
        return json.load(f)


def day(text: str) -> datetime.date:
    """An ISO YYYY-MM-DD date of a vector."""
    return datetime.date.fromisoformat(text)


def label(i: int, *parts: object) -> str:
    """A pytest id: the index, then the distinguishing parts of the case."""
    return "-".join([f"{i:03d}", *(str(p) for p in parts)])
