"""Times kazcustoms.validate("tir_carnet", dict) against Rust.

The input is the terminated carnet of the shared vectors
(tests/vectors/tir_carnet.json, "terminated at destination") grown to 4
voucher sets and 20 goods lines of one package each, the document the Rust
bench kazcustoms-core/benches/tir.rs validates, validated with the Rust
bench's options (reference 2026-11-22 and the vectors' office directory).

    python kazcustoms-py/bench/bench_tir.py [--seconds 1.0] [--check]
        [--rust-json-us 20.0]

Target: validate(dict) within 3x of Rust's `tir_carnet/validate_json, 4
sets, 20 goods, terminated` (the JSON text read and the options parsed on
every call, as a binding must read its input); --check exits 1 when it is
missed. Rust's figure is --rust-json-us, or else the last run of `cargo
bench -p kazcustoms-core --bench tir` as criterion saved it under
target/criterion (its age is printed).
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
import os
import sys
from pathlib import Path
from typing import Any, Optional

import kazcustoms

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_short_declaration import load_average, per_call_us, rust_figure  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors" / "tir_carnet.json"
CASE = "terminated at destination: boxes 24-28, counterfoil No. 2 boxes 1-6"
RUST_JSON = "tir_carnet_validate_json, 4 sets, 20 goods, terminated"
RUST_TYPED = "tir_carnet_validate typed, 4 sets, 20 goods, terminated"
REFERENCE = datetime.date(2026, 11, 22)


def carnet(vectors: dict[str, Any]) -> dict[str, Any]:
    """The vector grown to 4 sets and 20 goods lines, as the Rust bench grows it."""
    case = next(c for c in vectors["valid"] if c["name"] == CASE)
    doc: dict[str, Any] = copy.deepcopy(case["document"])
    doc["sets"] += [copy.deepcopy(doc["sets"][1]), copy.deepcopy(doc["sets"][1])]
    doc["goods"] = [{"description": f"ТОВАР {i}", "packages": 1} for i in range(1, 21)]
    return doc


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=1.0, help="time per run (default 1.0)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    ap.add_argument("--rust-json-us", type=float, default=None, help="Rust's validate_json in µs")
    ap.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = ap.parse_args(argv)
    from_json = (args.rust_json_us, "given") if args.rust_json_us else rust_figure(RUST_JSON)
    typed = rust_figure(RUST_TYPED)

    with open(VECTORS, encoding="utf-8") as f:
        vectors = json.load(f)
    document = carnet(vectors)
    offices: list[str] = vectors["options"]["offices"]
    text = json.dumps(document, ensure_ascii=False)
    report = kazcustoms.validate("tir_carnet", document, reference=REFERENCE, offices=offices)
    assert not report.violations, [v.rule for v in report.violations]

    print(f"kazcustoms {kazcustoms.__version__}, Python {sys.version.split()[0]}")
    print(f"load average {load_average()} on {os.cpu_count()} CPUs")
    print(f"TIR carnet: 4 sets, 20 goods lines, terminated ({len(text.encode()):,} bytes of JSON)")

    def ours() -> object:
        return kazcustoms.validate("tir_carnet", document, reference=REFERENCE, offices=offices)

    t_ours = per_call_us(ours, args.seconds, args.repeat)
    print(f"  kazcustoms.validate(dict)                 {t_ours:8.2f} µs per call")
    if typed is not None:
        print(f"  Rust validate typed                       {typed[0]:8.2f} µs per call ({typed[1]})")
    if from_json is None:
        print("  Rust validate_json: no figure (run cargo bench -p kazcustoms-core --bench tir)")
        return 0
    ratio = t_ours / from_json[0]
    print(f"  Rust validate_json                        {from_json[0]:8.2f} µs per call ({from_json[1]})")
    print(f"    ratio kazcustoms(dict) / validate_json  {ratio:8.2f}x")
    ok = ratio <= 3
    print(f"\nload average {load_average()} at the end")
    print(f"target (within 3x of Rust validate_json): {'met' if ok else 'MISSED'}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
