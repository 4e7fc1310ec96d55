"""Times kazcustoms.validate("security", dict) against Rust.

The input is the base document of the shared vectors
(tests/vectors/security.json, the first valid case: the whole life of a
security document, its item 8 table of 20 goods rows, its number, the DCD
of its reverse, its journal row and return application), the one the Rust
bench kazcustoms-core/benches/security.rs validates, loaded once with
json.load and validated with the Rust bench's options (reference
2026-11-22 and the vectors' office directory; then without the directory).

    python kazcustoms-py/bench/bench_security.py [--seconds 1.0]
        [--check] [--rust-typed-us 1.5] [--rust-json-us 12.0]

Target: validate(dict) within 3x of Rust's `security/validate_json` (the
JSON text read and the options parsed on every call, as a binding must read
its input); the ratio to Rust's typed validation is printed too, and
--check exits 1 when neither is met. Rust's figures are the --rust-*-us
options, or else the last run of `cargo bench -p kazcustoms-core --bench
security` as criterion saved it under target/criterion (its age is
printed: compare figures taken under the same load, which is printed too).
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
VECTORS = ROOT / "tests" / "vectors" / "security.json"
RUST_TYPED = "security_validate typed, directory"
RUST_JSON = "security_validate_json"
REFERENCE = datetime.date(2026, 11, 22)


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
    document: dict[str, Any] = vectors["valid"][0]["document"]
    offices: list[str] = vectors["options"]["offices"]
    text = json.dumps(document, ensure_ascii=False)
    report = kazcustoms.validate("security", document, reference=REFERENCE, offices=offices)
    assert not report.violations, [v.rule for v in report.violations]

    print(f"kazcustoms {kazcustoms.__version__}, Python {sys.version.split()[0]}")
    print(f"load average {load_average()} on {os.cpu_count()} CPUs")
    print(f"security document: the base document of the vectors, 20 goods rows ({len(text.encode()):,} bytes of JSON)")

    def ours() -> object:
        return kazcustoms.validate("security", document, reference=REFERENCE, offices=offices)

    def ours_no_directory() -> object:
        return kazcustoms.validate("security", document, reference=REFERENCE)

    def ours_text() -> object:
        return kazcustoms.validate("security", text, reference=REFERENCE, offices=offices)

    t_ours = per_call_us(ours, args.seconds, args.repeat)
    t_plain = per_call_us(ours_no_directory, args.seconds, args.repeat)
    t_text = per_call_us(ours_text, args.seconds, args.repeat)
    print(f"  kazcustoms.validate(dict)                 {t_ours:8.2f} µs per call")
    print(f"  kazcustoms.validate(dict), no directory   {t_plain:8.2f} µs per call")
    print(f"  kazcustoms.validate(json str)             {t_text:8.2f} µs per call")
    ratios = []
    for label, figure in (("Rust validate typed", typed), ("Rust validate_json", from_json)):
        if figure is None:
            print(f"  {label}: no figure (run cargo bench -p kazcustoms-core --bench security)")
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


if __name__ == "__main__":
    sys.exit(main())
