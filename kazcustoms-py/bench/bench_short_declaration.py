"""Times kazcustoms.validate("short_declaration", dict) against Rust.

The input is the base document of the shared vectors
(tests/vectors/short_declaration.json, the first valid case: 17 columns,
three registration numbers, the SD.LATE working-day check), the one the
Rust bench kazcustoms-core/benches/short_declaration.rs validates, loaded
once with json.load and validated with the Rust bench's options (reference
2026-11-22 and the vectors' office directory; then without the directory).

    python kazcustoms-py/bench/bench_short_declaration.py [--seconds 1.0]
        [--check] [--rust-typed-us 0.31] [--rust-json-us 6.4]

Target: validate(dict) within 3x of Rust's `short_declaration/validate
typed, directory` (the typed document, no reading at all) or of
`short_declaration/validate_json` (the JSON text read and the options
parsed on every call, as a binding must read its input); both ratios are
printed, and --check exits 1 when neither is met. Rust's figures are the
--rust-*-us options, or else the last run of `cargo bench -p
kazcustoms-core --bench short_declaration` as criterion saved it under
target/criterion (its age is printed: compare figures taken under the same
load, which is printed too).
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
from kazcustoms import _kinds

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors" / "short_declaration.json"
CRITERION = ROOT / "target" / "criterion"
RUST_TYPED = "short_declaration_validate typed, directory"
RUST_JSON = "short_declaration_validate_json"
REFERENCE = datetime.date(2026, 11, 22)


def per_call_us(call: Callable[[], object], seconds: float, repeat: int) -> float:
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


def rust_figure(name: str) -> Optional[tuple[float, str]]:
    """Criterion's estimate of a bench in µs (the slope, as criterion prints
    it, else the mean) and where it came from."""
    path = CRITERION / name / "new" / "estimates.json"
    try:
        with open(path, encoding="utf-8") as f:
            estimates = json.load(f)
        age = (time.time() - path.stat().st_mtime) / 60
    except (OSError, ValueError):
        return None
    best = estimates.get("slope") or estimates.get("mean") or {}
    ns = best.get("point_estimate")
    if not isinstance(ns, (int, float)):
        return None
    return ns / 1000, f"criterion, run {age:.0f} min ago"


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def compare(
    kind: _kinds.DocumentKind,
    vectors_path: Path,
    what: str,
    rust_typed: str,
    rust_json: str,
    bench: str,
    description: str,
    argv: Optional[list[str]] = None,
) -> int:
    """Times validate(kind, dict) on the first valid document of
    `vectors_path` (with the file's office directory, then without, then as
    a str) against Rust's figures `rust_typed` and `rust_json` of
    `cargo bench --bench {bench}`; the target is within 3x of either."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seconds", type=float, default=1.0, help="time per run (default 1.0)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    ap.add_argument("--rust-typed-us", type=float, default=None, help="Rust's typed validation in µs")
    ap.add_argument("--rust-json-us", type=float, default=None, help="Rust's validate_json in µs")
    ap.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = ap.parse_args(argv)
    typed = (args.rust_typed_us, "given") if args.rust_typed_us else rust_figure(rust_typed)
    from_json = (args.rust_json_us, "given") if args.rust_json_us else rust_figure(rust_json)

    with open(vectors_path, encoding="utf-8") as f:
        vectors = json.load(f)
    document: dict[str, Any] = vectors["valid"][0]["document"]
    offices: list[str] = vectors["options"]["offices"]
    text = json.dumps(document, ensure_ascii=False)
    report = kazcustoms.validate(kind, document, reference=REFERENCE, offices=offices)
    assert not report.violations, [v.rule for v in report.violations]

    print(f"kazcustoms {kazcustoms.__version__}, Python {sys.version.split()[0]}")
    print(f"load average {load_average()} on {os.cpu_count()} CPUs")
    print(f"{what} ({len(text.encode()):,} bytes of JSON)")

    def ours() -> object:
        return kazcustoms.validate(kind, document, reference=REFERENCE, offices=offices)

    def ours_no_directory() -> object:
        return kazcustoms.validate(kind, document, reference=REFERENCE)

    def ours_text() -> object:
        return kazcustoms.validate(kind, text, reference=REFERENCE, offices=offices)

    t_ours = per_call_us(ours, args.seconds, args.repeat)
    t_plain = per_call_us(ours_no_directory, args.seconds, args.repeat)
    t_text = per_call_us(ours_text, args.seconds, args.repeat)
    print(f"  kazcustoms.validate(dict)                 {t_ours:8.2f} µs per call")
    print(f"  kazcustoms.validate(dict), no directory   {t_plain:8.2f} µs per call")
    print(f"  kazcustoms.validate(json str)             {t_text:8.2f} µs per call")
    ratios = []
    for label, figure in (("Rust validate typed", typed), ("Rust validate_json", from_json)):
        if figure is None:
            print(f"  {label}: no figure (run cargo bench -p kazcustoms-core --bench {bench})")
            continue
        ratio = t_ours / figure[0]
        ratios.append(ratio)
        print(f"  {label:<40}  {figure[0]:8.2f} µs per call ({figure[1]})")
        print(f"    ratio kazcustoms(dict) / {label[5:]:<22} {ratio:8.2f}x")
    ok = any(r <= 3 for r in ratios)
    print(f"\nload average {load_average()} at the end")
    if ratios:
        print(f"target (within 3x of Rust typed or validate_json): {'met' if ok else 'MISSED'}")
    return 0 if ok or not ratios or not args.check else 1


def main(argv: Optional[list[str]] = None) -> int:
    return compare(
        "short_declaration",
        VECTORS,
        "short declaration: the base document of the vectors",
        RUST_TYPED,
        RUST_JSON,
        "short_declaration",
        __doc__.split("\n\n")[0],
        argv,
    )


if __name__ == "__main__":
    sys.exit(main())
