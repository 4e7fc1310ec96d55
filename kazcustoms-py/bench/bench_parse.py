"""Times kazcustoms.parse_number against a plain-Python baseline.

The baseline below is a regex-based implementation of the same checks
(SPEC §1: format, date with year resolution, zero office or prefix, zero
recipient, zero sequence, future date) that returns an equivalent frozen
dataclass. Both are fed the same realistic mix of the six kinds, mostly
valid, with an explicit reference date, and must agree on every number of a
sample before anything is timed.

    python kazcustoms-py/bench/bench_parse.py [-n 1000000] [--check]

Targets: parse_number <= 500 ns per call and >= 4x faster than the baseline
(--check exits 1 when one is missed).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, Optional

import kazcustoms

REFERENCE = datetime.date(2026, 11, 22)

# --- the plain-Python baseline ----------------------------------------------


class BaselineInvalid(ValueError):
    """A number breaks a NUM.* rule (baseline)."""

    def __init__(self, rule: str, kind: str) -> None:
        super().__init__(f"{rule}: {kind}")
        self.rule = rule
        self.kind = kind


@dataclasses.dataclass(frozen=True, order=True)
class BaselineNumber:
    """The baseline's parsed number: the same attributes as kazcustoms.Number."""

    kind: str
    date: datetime.date
    sequence: int
    office: Optional[str] = None
    office_prefix: Optional[str] = None
    recipient: Optional[str] = None
    licence: Optional[str] = None


# Named groups per kind; [0-9] not \d, which would accept any Unicode digit.
_D = r"(?P<day>[0-9]{2})(?P<month>[0-9]{2})(?P<y>[0-9])"
_PATTERNS = {
    "dcd": re.compile(rf"(?P<office>[0-9]{{5}})/{_D}/(?P<seq>[0-9]{{5}})"),
    "guarantee": re.compile(
        rf"(?P<recipient>[0-9]{{4}})/(?P<office_prefix>[0-9]{{3}})/{_D}/(?P<seq>[0-9]{{4}})"
    ),
    "short_declaration": re.compile(rf"(?P<office>[0-9]{{5}})/{_D}/(?P<seq>[0-9]{{6}})"),
    "tsw": re.compile(rf"(?P<licence>[0-9]{{6}})/{_D}/(?P<seq>[0-9]{{6}})"),
    "escort": re.compile(rf"(?P<seq>[0-9]{{4}})-(?P<office>[0-9]{{5}})-{_D}"),
    "security": re.compile(rf"(?P<office>[0-9]{{5}})/{_D}/(?P<seq>[0-9]{{5}})"),
}


def baseline_parse(kind: str, text: str, reference: datetime.date) -> BaselineNumber:
    """parse_number in plain Python: the checks in the precedence of SPEC §1."""
    pattern = _PATTERNS.get(kind)
    if pattern is None:
        raise ValueError(f"unknown kind {kind!r}")
    m = pattern.fullmatch(text)
    if m is None:
        raise BaselineInvalid("NUM.FORMAT", kind)
    g = m.groupdict()
    month = int(g["month"])
    if not 1 <= month <= 12:
        raise BaselineInvalid("NUM.DATE", kind)
    ref_year = reference.year
    year = ref_year - (ref_year - int(g["y"])) % 10
    try:
        date = datetime.date(year, month, int(g["day"]))
    except ValueError:
        raise BaselineInvalid("NUM.DATE", kind) from None
    office = g.get("office")
    prefix = g.get("office_prefix")
    if (office is not None and int(office) == 0) or (prefix is not None and int(prefix) == 0):
        raise BaselineInvalid("NUM.OFFICE", kind)
    recipient = g.get("recipient")
    if recipient is not None and int(recipient) == 0:
        raise BaselineInvalid("NUM.RECIPIENT", kind)
    sequence = int(g["seq"])
    if sequence == 0:
        raise BaselineInvalid("NUM.SEQUENCE", kind)
    if date > reference:
        raise BaselineInvalid("NUM.FUTURE", kind)
    return BaselineNumber(kind, date, sequence, office, prefix, recipient, g.get("licence"))


# --- the input: a realistic mix ---------------------------------------------

# Share of each kind in a day's traffic (DCDs and short declarations dominate).
KIND_WEIGHTS = {
    "dcd": 35,
    "short_declaration": 20,
    "tsw": 15,
    "security": 12,
    "guarantee": 10,
    "escort": 8,
}
OFFICES = ["50101", "50102", "62001", "59001", "03101", "55111", "39801", "06103"]
LICENCES = ["000417", "120033", "998871", "004512", "310002"]


def _ddmmy(rng: random.Random) -> str:
    # a date within the last ~3 years before the reference
    d = REFERENCE - datetime.timedelta(days=rng.randrange(0, 1100))
    return f"{d.day:02d}{d.month:02d}{d.year % 10}"


def _valid(rng: random.Random, kind: str) -> str:
    office = rng.choice(OFFICES)
    date = _ddmmy(rng)
    if kind == "dcd" or kind == "security":
        return f"{office}/{date}/{rng.randrange(1, 100_000):05d}"
    if kind == "guarantee":
        return f"{rng.randrange(1, 10_000):04d}/{office[:3]}/{date}/{rng.randrange(1, 10_000):04d}"
    if kind == "short_declaration":
        return f"{office}/{date}/{rng.randrange(1, 1_000_000):06d}"
    if kind == "tsw":
        return f"{rng.choice(LICENCES)}/{date}/{rng.randrange(1, 1_000_000):06d}"
    return f"{rng.randrange(1, 10_000):04d}-{office}-{date}"


def _broken(rng: random.Random, kind: str, text: str) -> str:
    """One typical mistake: a dropped or extra digit, a wrong separator, a
    stray space or letter, a bad date, a zero sequence, a future date."""
    how = rng.randrange(8)
    if how == 0:
        return text[:-1]
    if how == 1:
        return text + "0"
    if how == 2:
        sep = "-" if kind == "escort" else "/"
        return text.replace(sep, "/" if sep == "-" else "-", 1)
    if how == 3:
        return " " + text
    if how == 4:
        i = rng.randrange(len(text))
        return text[:i] + "O" + text[i + 1 :]
    # the DDMMY group is last for escort, second to last for the others
    groups = text.split("-" if kind == "escort" else "/")
    at = -1 if kind == "escort" else -2
    if how == 5:
        groups[at] = rng.choice(["3104", "2902", "0013", "0001"]) + groups[at][-1]
    elif how == 6:
        groups[at] = "3012" + str(REFERENCE.year % 10)  # later this year: in the future
    else:
        seq = 0 if kind == "escort" else -1
        groups[seq] = "0" * len(groups[seq])
    return ("-" if kind == "escort" else "/").join(groups)


def make_inputs(n: int, valid_share: float = 0.95, seed: int = 20261122) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
    out = []
    for kind in rng.choices(kinds, weights, k=n):
        text = _valid(rng, kind)
        if rng.random() >= valid_share:
            text = _broken(rng, kind, text)
        out.append((kind, text))
    return out


# --- agreement, then timing ---------------------------------------------------


def check_agreement(items: Sequence[tuple[str, str]]) -> tuple[int, int]:
    """Both implementations give the same number or the same rule."""
    valid = invalid = 0
    for kind, text in items:
        try:
            ours = kazcustoms.parse_number(kind, text, REFERENCE)  # type: ignore[arg-type]
        except kazcustoms.InvalidNumber as e:
            try:
                baseline_parse(kind, text, REFERENCE)
            except BaselineInvalid as b:
                assert b.rule == e.rule, (kind, text, b.rule, e.rule)
                invalid += 1
                continue
            raise AssertionError(f"baseline accepts {kind} {text!r}; kazcustoms: {e.rule}")
        theirs = baseline_parse(kind, text, REFERENCE)
        got = (ours.kind, ours.date, ours.sequence, ours.office, ours.office_prefix,
               ours.recipient, ours.licence)
        assert got == dataclasses.astuple(theirs), (kind, text, got, theirs)
        valid += 1
    return valid, invalid


def time_loop(
    parse: Callable[[Any, str, datetime.date], object],
    error: type[BaseException],
    items: Sequence[tuple[str, str]],
    repeat: int,
) -> float:
    """The best of `repeat` runs, in ns per call (loop included)."""
    best = float("inf")
    reference = REFERENCE
    for _ in range(repeat):
        start = time.perf_counter_ns()
        for kind, text in items:
            try:
                parse(kind, text, reference)
            except error:
                pass
        best = min(best, (time.perf_counter_ns() - start) / len(items))
    return best


def empty_loop(items: Sequence[tuple[str, str]], repeat: int) -> float:
    """The cost of the loop alone, in ns per item."""
    def nothing(kind: str, text: str, reference: datetime.date) -> None:
        return None
    return time_loop(nothing, ValueError, items, repeat)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=1_000_000, help="numbers to parse (default 1,000,000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per implementation; the best counts")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)

    items = make_inputs(args.n)
    valid, invalid = check_agreement(items[:50_000])
    print(f"kazcustoms {kazcustoms.__version__}, Python {sys.version.split()[0]}")
    print(f"{len(items):,} numbers, six kinds; agreement on a sample of "
          f"{valid + invalid:,}: {valid:,} valid, {invalid:,} invalid")

    loop = empty_loop(items, args.repeat)
    ours = time_loop(kazcustoms.parse_number, kazcustoms.InvalidNumber, items, args.repeat)
    base = time_loop(baseline_parse, BaselineInvalid, items, args.repeat)
    ratio = base / ours
    print(f"  empty loop (call a no-op) {loop:8.0f} ns per item")
    print(f"  kazcustoms.parse_number   {ours:8.0f} ns per call")
    print(f"  plain-Python baseline     {base:8.0f} ns per call")
    print(f"  ratio baseline / kazcustoms {ratio:6.1f}x")
    ok = ours <= 500 and ratio >= 4
    print(f"  targets (<= 500 ns, >= 4x): {'met' if ok else 'MISSED'}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
