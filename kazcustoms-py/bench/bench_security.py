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

import sys
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_short_declaration import compare  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors" / "security.json"
RUST_TYPED = "security_validate typed, directory"
RUST_JSON = "security_validate_json"


def main(argv: Optional[list[str]] = None) -> int:
    return compare(
        "security",
        VECTORS,
        "security document: the base document of the vectors, 20 goods rows",
        RUST_TYPED,
        RUST_JSON,
        "security",
        __doc__.split("\n\n")[0],
        argv,
    )


if __name__ == "__main__":
    sys.exit(main())
