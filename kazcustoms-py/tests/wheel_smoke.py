"""Run by `make test-wheel` inside a fresh venv where only the built wheel
is installed, with no cargo or rustc on the PATH (not collected by pytest):
the wheel's kazcustoms imports from that venv and validates the sample
documents, giving the reports the README shows.

    <fresh venv>/bin/python kazcustoms-py/tests/wheel_smoke.py VENV_DIR
"""

from __future__ import annotations

import datetime
import json
import pickle
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "examples" / "data"
REFERENCE = datetime.date(2026, 11, 22)


def main() -> int:
    venv = Path(sys.argv[1]).resolve()
    assert shutil.which("cargo") is None and shutil.which("rustc") is None, "a Rust toolchain is on the PATH"
    import kazcustoms

    where = Path(kazcustoms.__file__).resolve()
    assert venv in where.parents, f"kazcustoms imported from {where}, not from {venv}"
    with open(DATA / "dcd_valid.json", encoding="utf-8") as f:
        valid = json.load(f)
    with open(DATA / "dcd_invalid.json", encoding="utf-8") as f:
        invalid = json.load(f)
    report = kazcustoms.validate("dcd", valid, reference=REFERENCE, usd_rate=470.0)
    assert report.ok and report.violations == (), report.to_json()
    broken = kazcustoms.validate("dcd", invalid, reference=REFERENCE, usd_rate=505.0, lang="kk")
    assert not broken.ok and broken.violations, broken.to_json()
    many = kazcustoms.validate_many("dcd", [valid, json.dumps(invalid)], threads=2, reference=REFERENCE, usd_rate=470.0)
    assert [r.ok for r in many] == [True, False]
    assert pickle.loads(pickle.dumps(broken)) == broken
    n = kazcustoms.parse_number("dcd", "50101/15036/00042", REFERENCE)
    assert (n.office, n.sequence) == ("50101", 42)
    print(f"wheel OK: kazcustoms {kazcustoms.__version__} from {where.parent}; "
          f"dcd_invalid.json breaks {len(broken.violations)} rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
