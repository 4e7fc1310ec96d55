#!/usr/bin/env python3
"""Generate kazcustoms-core/src/reference/data.rs, the reference tables of SPEC §13.

Sources, one per table:

* countries (ISO 3166-1 numeric, alpha-2, English short name) and currencies
  (ISO 4217 numeric, alpha-3, English name): the ``pycountry`` package from
  PyPI, whose version is written into the generated file;
* transport modes: kazcustoms-core/data/transport_modes.tsv (hand-maintained);
* the monthly calculation index (МРП / АЕК) by date and purpose, each value
  with the act that set it: kazcustoms-core/data/mrp.tsv (hand-maintained;
  its header says what the columns mean).

The generated file is committed, so building the core never needs Python.
Run this script after changing a TSV file or upgrading pycountry:

    python3 -m venv /tmp/refvenv && /tmp/refvenv/bin/pip install pycountry
    /tmp/refvenv/bin/python scripts/update_reference.py

``--check`` regenerates in memory and exits 1 if the committed file differs
(with the same pycountry version, the output is byte-for-byte reproducible).
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "kazcustoms-core"
DATA_DIR = CORE / "data"
OUTPUT = CORE / "src" / "reference" / "data.rs"


def rust_str(s: str) -> str:
    """A Rust string literal for ``s``."""
    out = []
    for ch in s:
        if ch in "\"\\":
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def read_tsv(path: Path, columns: int) -> list[list[str]]:
    """Rows of a TSV file; lines starting with ``#`` and blank lines are skipped."""
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != columns or any(not f.strip() or f != f.strip() for f in fields):
            sys.exit(f"{path}:{lineno}: expected {columns} tab-separated, trimmed, non-empty fields")
        rows.append(fields)
    return rows


def countries() -> list[tuple[int, str, str]]:
    import pycountry

    rows = []
    for c in pycountry.countries:
        assert re.fullmatch(r"[0-9]{3}", c.numeric), c
        assert re.fullmatch(r"[A-Z]{2}", c.alpha_2), c
        rows.append((int(c.numeric), c.alpha_2, c.name))
    return check_unique(sorted(rows), "country")


def currencies() -> list[tuple[int, str, str]]:
    import pycountry

    rows = []
    for c in pycountry.currencies:
        assert re.fullmatch(r"[0-9]{3}", c.numeric), c
        assert re.fullmatch(r"[A-Z]{3}", c.alpha_3), c
        rows.append((int(c.numeric), c.alpha_3, c.name))
    return check_unique(sorted(rows), "currency")


def check_unique(rows: list[tuple[int, str, str]], what: str) -> list[tuple[int, str, str]]:
    for i, key in ((0, "numeric"), (1, "alphabetic")):
        seen = [r[i] for r in rows]
        dups = sorted({k for k in seen if seen.count(k) > 1})
        if dups:
            sys.exit(f"duplicate {what} {key} codes: {dups}")
    return rows


def transport_modes() -> list[tuple[int, str, str, str]]:
    path = DATA_DIR / "transport_modes.tsv"
    rows = []
    for code, kk, ru, en in read_tsv(path, 4):
        if not re.fullmatch(r"[0-9]{2}", code):
            sys.exit(f"{path}: transport mode code {code!r} is not two digits")
        rows.append((int(code), kk, ru, en))
    rows.sort()
    codes = [r[0] for r in rows]
    if len(set(codes)) != len(codes):
        sys.exit(f"{path}: duplicate transport mode codes")
    return rows


# The purposes an МРП row may cover, in the order rows of one date are sorted
# (the order of `MrpScope::ALL` in kazcustoms-core/src/reference/mod.rs).
MRP_SCOPES = ("all", "fees", "benefits")


def mrp() -> list[tuple[datetime.date, str, int, str]]:
    """The rows of mrp.tsv: (from, purpose, value, source), sorted by date, then
    purpose (``MRP_SCOPES`` order); one row per date and purpose."""
    path = DATA_DIR / "mrp.tsv"
    rows = []
    for date, scope, value, source in read_tsv(path, 4):
        try:
            d = datetime.date.fromisoformat(date)
        except ValueError:
            sys.exit(f"{path}: {date!r} is not a YYYY-MM-DD date")
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", date):
            sys.exit(f"{path}: {date!r} is not a YYYY-MM-DD date")
        if scope not in MRP_SCOPES:
            sys.exit(f"{path}: МРП purpose {scope!r} is not one of {', '.join(MRP_SCOPES)}")
        if not re.fullmatch(r"[1-9][0-9]*", value) or int(value) > 0xFFFFFFFF:
            sys.exit(f"{path}: МРП value {value!r} is not a positive 32-bit integer")
        rows.append((d, scope, int(value), source))
    rows.sort(key=lambda r: (r[0], MRP_SCOPES.index(r[1])))
    keys = [(r[0], r[1]) for r in rows]
    dups = sorted({f"{d} {p}" for d, p in keys if keys.count((d, p)) > 1})
    if dups:
        sys.exit(f"{path}: more than one МРП row for {', '.join(dups)}")
    return rows


def alpha_index(rows: list[tuple]) -> list[int]:
    """Positions of ``rows`` ordered by their alphabetic code (column 1)."""
    return sorted(range(len(rows)), key=lambda i: rows[i][1])


def render_index(name: str, doc: str, index: list[int]) -> list[str]:
    out = [f"/// {doc}", f"pub(crate) static {name}: &[u16] = &["]
    for start in range(0, len(index), 16):
        out.append("    " + " ".join(f"{i}," for i in index[start : start + 16]))
    out.append("];")
    return out


def generate() -> str:
    version = metadata.version("pycountry")
    cs, cur, tm, mr = countries(), currencies(), transport_modes(), mrp()
    out = [
        "// @generated by scripts/update_reference.py; do not edit.",
        "//",
        f"// Countries (ISO 3166-1) and currencies (ISO 4217): pycountry {version} (PyPI).",
        "// Transport modes: kazcustoms-core/data/transport_modes.tsv.",
        "// Monthly calculation index (МРП / АЕК): kazcustoms-core/data/mrp.tsv.",
        "",
        "use std::borrow::Cow::Borrowed as B;",
        "",
        "use chrono::NaiveDate;",
        "",
        "use super::{Country, Currency, MrpRange, MrpScope, TransportMode};",
        "",
        "/// The package and version the ISO tables were generated from.",
        f'pub(crate) const ISO_SOURCE: &str = "pycountry {version}";',
        "",
        "const fn c(numeric: u16, alpha2: &'static str, name: &'static str) -> Country {",
        "    Country { numeric, alpha2: B(alpha2), name: B(name) }",
        "}",
        "",
        "const fn m(numeric: u16, alpha3: &'static str, name: &'static str) -> Currency {",
        "    Currency { numeric, alpha3: B(alpha3), name: B(name) }",
        "}",
        "",
        "const fn t(code: u8, kk: &'static str, ru: &'static str, en: &'static str) -> TransportMode {",
        "    TransportMode { code, kk: B(kk), ru: B(ru), en: B(en) }",
        "}",
        "",
        "const fn r(",
        "    year: i32,",
        "    month: u32,",
        "    day: u32,",
        "    applies_to: MrpScope,",
        "    value: u32,",
        "    source: &'static str,",
        ") -> MrpRange {",
        "    match NaiveDate::from_ymd_opt(year, month, day) {",
        "        Some(from) => MrpRange { from, applies_to, value, source: B(source) },",
        '        None => panic!("invalid date in the МРП table"),',
        "    }",
        "}",
        "",
        f"/// ISO 3166-1 countries, sorted by numeric code ({len(cs)} rows).",
        "pub(crate) static COUNTRIES: &[Country] = &[",
    ]
    out += [f"    c({n}, {rust_str(a)}, {rust_str(name)})," for n, a, name in cs]
    out += ["];", ""]
    out += render_index("COUNTRIES_BY_ALPHA2", "Positions in `COUNTRIES` sorted by alpha-2 code.", alpha_index(cs))
    out += [
        "",
        f"/// ISO 4217 currencies, sorted by numeric code ({len(cur)} rows).",
        "pub(crate) static CURRENCIES: &[Currency] = &[",
    ]
    out += [f"    m({n}, {rust_str(a)}, {rust_str(name)})," for n, a, name in cur]
    out += ["];", ""]
    out += render_index("CURRENCIES_BY_ALPHA3", "Positions in `CURRENCIES` sorted by alpha-3 code.", alpha_index(cur))
    out += [
        "",
        f"/// Transport modes, sorted by code ({len(tm)} rows).",
        "pub(crate) static TRANSPORT_MODES: &[TransportMode] = &[",
    ]
    out += [f"    t({code}, {rust_str(kk)}, {rust_str(ru)}, {rust_str(en)})," for code, kk, ru, en in tm]
    out += [
        "];",
        "",
        f"/// МРП values by effective date and purpose, sorted by date, then purpose ({len(mr)} rows).",
        "pub(crate) static MRP: &[MrpRange] = &[",
    ]
    scope = {"all": "MrpScope::All", "fees": "MrpScope::Fees", "benefits": "MrpScope::Benefits"}
    out += [
        f"    r({d.year}, {d.month}, {d.day}, {scope[p]}, {v}, {rust_str(src)}),"
        for d, p, v, src in mr
    ]
    out += ["];", ""]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed file is out of date")
    args = parser.parse_args()
    try:
        import pycountry  # noqa: F401
    except ImportError:
        sys.exit("pycountry is not installed: pip install pycountry (in a throwaway venv)")
    text = generate()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run scripts/update_reference.py", file=sys.stderr)
            return 1
        print(f"{OUTPUT.relative_to(ROOT)} is up to date")
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
