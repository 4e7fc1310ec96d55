"""Times kazcustoms.validate("escort", dict) against Rust.

The input is the escort the Rust bench kazcustoms-core/benches/escort.rs
validates: the base escort of the shared vectors (tests/vectors/escort.json,
the first valid case: one vehicle under way) with its convoy grown to 20
vehicles (the team in the first and the last) and two teams, built once
and validated with the Rust bench's options (reference 2026-11-22 and the
vectors' office directory).

    python kazcustoms-py/bench/bench_escort.py [--seconds 1.0]
        [--check] [--rust-typed-us 2.0] [--rust-json-us 20.0]

Target: validate(dict) within 3x of Rust's `escort/validate_json, 20
vehicles` (the JSON text read and the options parsed on every call, as a
binding must read its input); the ratio to Rust's typed validation is
printed too, and --check exits 1 when the target is missed. Rust's figures
are the --rust-*-us options, or else the last run of `cargo bench -p
kazcustoms-core --bench escort` as criterion saved it under
target/criterion (its age is printed).
"""

from __future__ import annotations

import argparse
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
VECTORS = ROOT / "tests" / "vectors" / "escort.json"
RUST_TYPED = "escort_validate typed, 20 vehicles"
RUST_JSON = "escort_validate_json, 20 vehicles"
REFERENCE = datetime.date(2026, 11, 22)


def twenty_vehicles(base: dict[str, Any]) -> dict[str, Any]:
    """The base escort with 20 vehicles and two teams (as the Rust bench)."""
    doc: dict[str, Any] = json.loads(json.dumps(base))
    vehicle = doc["convoy"][0]
    doc["convoy"] = [dict(vehicle, number=f"{100 + i}ABC56", team_aboard=i in (0, 19)) for i in range(20)]
    team = doc["plan_task"]["teams"][0]
    doc["plan_task"]["teams"] = [dict(team), dict(team)]
    return doc


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=1.0, help="time per run (default 1.0)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    ap.add_argument("--rust-typed-us", type=float, default=None, help="Rust's typed validation in µs")
    ap.add_argument("--rust-json-us", type=float, default=None, help="Rust's validate_json in µs")
    ap.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = ap.parse_args(argv)
    typed = (args.rust_typed_us, "given") if args.rust_typed_us else rust_figure(RUST_TYPED)
    from_json = (args.rust_json_us, "given") if args.rust_json_us else rust_figure(RUST_JSON)

    with open(VECTORS, encoding="utf-8") as f:
        vectors = json.load(f)
    document = twenty_vehicles(vectors["valid"][0]["document"])
    offices: list[str] = vectors["options"]["offices"]
    text = json.dumps(document, ensure_ascii=False)
    report = kazcustoms.validate("escort", document, reference=REFERENCE, offices=offices)
    assert not report.violations, [v.rule for v in report.violations]

    print(f"kazcustoms {kazcustoms.__version__}, Python {sys.version.split()[0]}")
    print(f"load average {load_average()} on {os.cpu_count()} CPUs")
    print(f"escort: 20 vehicles, 2 teams ({len(text.encode()):,} bytes of JSON)")

    def ours() -> object:
        return kazcustoms.validate("escort", document, reference=REFERENCE, offices=offices)

    def ours_text() -> object:
        return kazcustoms.validate("escort", text, reference=REFERENCE, offices=offices)

    t_ours = per_call_us(ours, args.seconds, args.repeat)
    t_text = per_call_us(ours_text, args.seconds, args.repeat)
    print(f"  kazcustoms.validate(dict)                 {t_ours:8.2f} µs per call")
    print(f"  kazcustoms.validate(json str)             {t_text:8.2f} µs per call")
    ratio_json = None
    for label, figure in (("Rust validate typed", typed), ("Rust validate_json", from_json)):
        if figure is None:
            print(f"  {label}: no figure (run cargo bench -p kazcustoms-core --bench escort)")
            continue
        ratio = t_ours / figure[0]
        if label == "Rust validate_json":
            ratio_json = ratio
        print(f"  {label:<40}  {figure[0]:8.2f} µs per call ({figure[1]})")
        print(f"    ratio kazcustoms(dict) / {label[5:]:<22} {ratio:8.2f}x")
    ok = ratio_json is not None and ratio_json <= 3
    print(f"\nload average {load_average()} at the end")
    if ratio_json is not None:
        print(f"target (within 3x of Rust validate_json): {'met' if ok else 'MISSED'}")
    return 0 if ok or ratio_json is None or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
