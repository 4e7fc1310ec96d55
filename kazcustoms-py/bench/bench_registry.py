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
import sys
from pathlib import Path
from typing import Any, Optional

import kazcustoms

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_short_declaration import load_average, per_call_us, rust_figure  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors"


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
    print(f"kazcustoms {kazcustoms.__version__}; load average {load_average()}")
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
        py = per_call_us(lambda: kazcustoms.validate(kind, document, **kw), args.seconds, 5)
        rust = rust_figure(f"registry_{kind} validate_json")
        if rust is None:
            print(f"{kind:<28} {py:>10.2f}µs {'—':>10}")
            continue
        ratio = py / rust[0]
        print(f"{kind:<28} {py:>10.2f}µs {rust[0]:>8.2f}µs {ratio:>5.2f}x  ({rust[1]})")
        if ratio > 3:
            missed.append(kind)
    if missed:
        print("over 3x of Rust validate_json:", ", ".join(missed))
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
