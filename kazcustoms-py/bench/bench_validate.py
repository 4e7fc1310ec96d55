"""Times kazcustoms.validate("dcd", dict) against a pydantic v2 model.

The inputs are the shared bench documents tests/bench/dcd_{1,100}_items.json
(the same the Rust bench kazcustoms-core/benches/dcd.rs and the C bench
use), loaded once with json.load, validated with the Rust bench's options
(usd_rate=470.0, reference=2026-11-22).

The baseline is a pydantic v2 model of the DCD that declares only the field
types (the shape of kazcustoms_core::dcd::Dcd, unknown fields forbidden as
in the core) and checks no customs rule at all: it is the cost of merely
*reading* the dict into typed objects in the fastest common Python way.
kazcustoms reads the dict into the core's typed model and then checks every
column rule.

    python kazcustoms-py/bench/bench_validate.py [--seconds 1.0] [--check]
        [--rust-us 114.8]

Each figure is printed beside Rust's for the same document, from the last
run of `cargo bench -p kazcustoms-core --bench dcd` as criterion saved it
under target/criterion: the typed validation (`dcd/validate typed, N
items`: the checking alone, the floor) and `dcd/validate_json, N items`
(reading included), with the ratio to each. Criterion's age is printed:
compare figures taken under the same load (`make bench` runs the Rust
bench just before this script).

Targets: validate(dict) on 100 items within 40 µs (issue 13) and within 3x
of Rust's `dcd/validate_json, 100 items`, and faster than the pydantic model
(--check exits 1 when one is missed). --rust-us gives Rust's validate_json
figure for 100 items instead of criterion's.
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

from pydantic import BaseModel, ConfigDict

import kazcustoms

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "tests" / "bench"
CRITERION = ROOT / "target" / "criterion"
TARGET_US = 40.0
REFERENCE = datetime.date(2026, 11, 22)
USD_RATE = 470.0

# --- the pydantic baseline: field types only -----------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DeclarationType(_Model):
    direction: Optional[str] = None
    second: Optional[str] = None
    third: Optional[str] = None


class Consignee(_Model):
    name_address: Optional[str] = None
    rail_station: Optional[str] = None


class Vehicle(_Model):
    count: Optional[int] = None
    details: Optional[str] = None
    country: Optional[str] = None


class Invoice(_Model):
    currency: Optional[str] = None
    total: Optional[float] = None


class Forms(_Model):
    sheet: int
    total: int


class Containers(_Model):
    count: int
    numbers: list[str] = []


class DocumentEntry(_Model):
    code: str
    text: str


class Item(_Model):
    description: Optional[str] = None
    containers: Optional[Containers] = None
    item_number: Optional[int] = None
    commodity_code: Optional[str] = None
    gross_kg: Optional[float] = None
    net_kg: Optional[float] = None
    previous_document: Optional[str] = None
    invoice_value: Optional[float] = None
    documents: list[DocumentEntry] = []
    statistical_value: Optional[float] = None


class Sheet(_Model):
    forms: Optional[Forms] = None
    items: list[Item] = []


class Principal(_Model):
    carrier: Optional[str] = None
    undertaking: Optional[str] = None
    representative: Optional[str] = None
    signed: bool = False
    deadline: Optional[datetime.date] = None
    eseal: Optional[str] = None


class Office(_Model):
    name: Optional[str] = None
    code: Optional[str] = None


class PlaceAndDate(_Model):
    place: Optional[str] = None
    date: Optional[datetime.date] = None


class Stamp(_Model):
    office: Optional[str] = None
    inspector: Optional[str] = None
    personal_seal: Optional[str] = None
    date: Optional[datetime.date] = None


class Dcd(_Model):
    declaration_type: DeclarationType = DeclarationType()
    consignor: Optional[str] = None
    loading_lists: Optional[int] = None
    total_items: Optional[int] = None
    packages: Optional[int] = None
    bulk_cargo: bool = False
    reference_number: Optional[str] = None
    consignee: Optional[Consignee] = None
    escort_number: Optional[str] = None
    country_of_dispatch: Optional[str] = None
    country_of_origin: Optional[str] = None
    country_of_destination: Optional[str] = None
    vehicle_at_departure: Optional[Vehicle] = None
    vehicle_at_border: Optional[Vehicle] = None
    invoice: Optional[Invoice] = None
    exchange_rate: Optional[float] = None
    transport_mode: Optional[str] = None
    border_office: Optional[str] = None
    sheets: list[Sheet] = []
    principal: Optional[Principal] = None
    destination_office: Optional[Office] = None
    place_and_date: Optional[PlaceAndDate] = None
    delivery_address: Optional[str] = None
    stamp_c: Optional[Stamp] = None
    stamp_d: Optional[Stamp] = None
    distance_km: Optional[float] = None
    other_columns: dict[str, str] = {}


# --- timing ---------------------------------------------------------------------


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


def rust_figure(bench: str) -> Optional[tuple[float, str]]:
    """Criterion's estimate of `dcd/<bench>` (e.g. `validate typed, 100
    items`) in µs (the slope, as criterion prints it, else the mean) and
    where it came from."""
    path = CRITERION / f"dcd_{bench}" / "new" / "estimates.json"
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


def load(name: str) -> dict[str, Any]:
    with open(BENCH / name, encoding="utf-8") as f:
        document: dict[str, Any] = json.load(f)
    return document


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=1.0, help="time per run (default 1.0)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    ap.add_argument(
        "--rust-us",
        type=float,
        default=None,
        help="Rust's `dcd/validate_json, 100 items` in µs, for the 3x target",
    )
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)

    print(f"kazcustoms {kazcustoms.__version__}, Python {sys.version.split()[0]}")
    def load_average() -> str:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())

    print(f"load average {load_average()} on {os.cpu_count()} CPUs")
    ok = True
    for n in (1, 100):
        document = load(f"dcd_{n}_items.json")
        # the file's own text (UTF-8, as Rust's bench reads it; json.dumps
        # would escape every Cyrillic letter as \uXXXX, slower to parse)
        text = (BENCH / f"dcd_{n}_items.json").read_text(encoding="utf-8")
        report = kazcustoms.validate("dcd", document, usd_rate=USD_RATE, reference=REFERENCE)
        assert not report.violations, [v.rule for v in report.violations]
        Dcd.model_validate(document)  # the baseline reads it too

        def ours() -> object:
            return kazcustoms.validate("dcd", document, usd_rate=USD_RATE, reference=REFERENCE)

        def ours_text() -> object:
            return kazcustoms.validate("dcd", text, usd_rate=USD_RATE, reference=REFERENCE)

        def baseline() -> object:
            return Dcd.model_validate(document)

        t_ours = per_call_us(ours, args.seconds, args.repeat)
        t_text = per_call_us(ours_text, args.seconds, args.repeat)
        t_base = per_call_us(baseline, args.seconds, args.repeat)
        print(f"\n{n} item{'s' if n > 1 else ''} ({len(text):,} bytes of JSON)")
        print(f"  kazcustoms.validate(dict)      {t_ours:9.1f} µs per call")
        print(f"  kazcustoms.validate(json str)  {t_text:9.1f} µs per call")
        print(f"  pydantic Dcd.model_validate    {t_base:9.1f} µs per call (reads only)")
        print(f"  ratio pydantic / kazcustoms    {t_base / t_ours:9.2f}x")
        items = f"{n} items"  # criterion's names, "1 items" too
        typed = rust_figure(f"validate typed, {items}")
        rust = rust_figure(f"validate_json, {items}")
        if n == 100 and args.rust_us:
            rust = (args.rust_us, "given")
        for name, figure in (("typed Rust (checking only)", typed), ("Rust validate_json", rust)):
            if figure is None:
                print(f"  {name}: no figure (run cargo bench -p kazcustoms-core --bench dcd)")
                continue
            print(f"  {name:<30} {figure[0]:9.1f} µs per call ({figure[1]})")
            print(
                f"    ratio to it: validate(dict) {t_ours / figure[0]:.2f}x, "
                f"validate(json str) {t_text / figure[0]:.2f}x"
            )
        if n == 100:
            ok = ok and t_ours < t_base and t_ours <= TARGET_US
            if rust is not None:
                ok = ok and t_ours / rust[0] <= 3
    targets = f"faster than pydantic, within {TARGET_US:.0f} µs, within 3x of Rust validate_json"
    print(f"\nload average {load_average()} at the end")
    print(f"targets on 100 items ({targets}): {'met' if ok else 'MISSED'}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
