"""Times kazcustoms.validate for every document kind against Rust.

For each kind of the registry (kazcustoms.DOCUMENT_KINDS) the input is the
first valid document of its shared vectors (tests/vectors/, through the
index) with that file's options, the one the Rust bench
kazcustoms-core/benches/registry.rs validates with `validate_json`. The
document is loaded once with json.load and validated as a dict; the Rust
figure is the last run of `cargo bench -p kazcustoms-core --bench registry`
as criterion saved it under target/criterion (its age is printed).

    python kazcustoms-py/bench/bench_registry.py [--seconds 0.5] [--check]

Target: validate(dict) within 3x of Rust's `registry/<kind> validate_json`
(the JSON text read on every call, as a binding must read its input);
--check exits 1 when a kind misses it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Optional

import kazcustoms

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors"
CRITERION = ROOT / "target" / "criterion"


def per_call_us(call: Callable[[], object], seconds: float, repeat: int = 5) -> float:
    """The best of `repeat` runs of about `seconds` each, in µs per call."""
    start = time.perf_counter()
    n = 0
    while time.perf_counter() - start < seconds / 10:
        call()
        n += 1
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(n * 10):
            call()
        best = min(best, (time.perf_counter() - start) / (n * 10))
    return best * 1e6


def rust_figure(kind: str) -> Optional[tuple[float, float]]:
    """Criterion's estimate of `registry/<kind> validate_json` in µs and
    its age in minutes."""
    path = CRITERION / f"registry_{kind} validate_json" / "new" / "estimates.json"
    try:
        with open(path, encoding="utf-8") as f:
            estimates = json.load(f)
        age = (time.time() - path.stat().st_mtime) / 60
    except (OSError, ValueError):
        return None
    best = estimates.get("slope") or estimates.get("mean") or {}
    ns = best.get("point_estimate")
    return (ns / 1000, age) if isinstance(ns, (int, float)) else None


def keywords(options: dict[str, Any]) -> dict[str, Any]:
    """The options JSON as validate's keywords."""
    out: dict[str, Any] = {}
    for key, value in options.items():
        if value is None:
            continue
        if key == "reference":
            out[key] = datetime.date.fromisoformat(value)
        elif key == "eseal":
            out["eseal_departure"] = value.get("departure", False)
            out["eseal_destination"] = value.get("destination", False)
        else:
            out[key] = value
    return out


def samples() -> dict[str, tuple[Any, dict[str, Any]]]:
    """The first valid document of each kind with its keywords."""
    with open(VECTORS / "index.json", encoding="utf-8") as f:
        index = json.load(f)
    found: dict[str, tuple[Any, dict[str, Any]]] = {}
    for name in index["documents"]:
        with open(VECTORS / name, encoding="utf-8") as f:
            doc = json.load(f)
        for case in doc["valid"]:
            kind = case.get("kind", doc["kind"])
            if kind not in found:
                found[kind] = (case["document"], keywords({**doc["options"], **case.get("options", {})}))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=0.5)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    print(f"kazcustoms {kazcustoms.__version__}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'kind':<28} {'Python dict':>12} {'Rust json':>10} {'ratio':>6}")
    missed = []
    table = samples()
    for kind in kazcustoms.DOCUMENT_KINDS:
        if kind not in table:
            print(f"{kind:<28} (no valid vector)")
            continue
        document, kw = table[kind]
        report = kazcustoms.validate(kind, document, **kw)
        assert not report.violations, (kind, [v.rule for v in report.violations])
        py = per_call_us(lambda: kazcustoms.validate(kind, document, **kw), args.seconds)
        rust = rust_figure(kind)
        if rust is None:
            print(f"{kind:<28} {py:>10.2f}µs {'—':>10}")
            continue
        ratio = py / rust[0]
        print(f"{kind:<28} {py:>10.2f}µs {rust[0]:>8.2f}µs {ratio:>5.2f}x  (criterion {rust[1]:.0f} min ago)")
        if ratio > 3:
            missed.append(kind)
    if missed:
        print("over 3x of Rust validate_json:", ", ".join(missed))
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
