"""The Python example: reads the sample numbers, parses each strictly, shows
its groups or the rule it breaks; computes and checks a delivery deadline;
issues numbers from a journal and saves it; validates the sample delivery
control documents, prints their reports and the departure stamp, and walks
the DCD lifecycle.

Run with ``make run-py`` (or ``python examples/python/example.py
[numbers.txt [dcd_valid.json dcd_invalid.json]]`` once ``pip install
./kazcustoms-py`` is done). The numbers file has one number per line,
``kind<TAB>text``.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Any

import kazcustoms
from kazcustoms import (
    InvalidDocument,
    InvalidNumber,
    Journal,
    JournalError,
    KazcustomsError,
    Report,
    TransitionError,
)

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = DATA / "numbers.txt"
REFERENCE = datetime.date(2026, 11, 22)


def show_numbers(path: Path) -> None:
    print(f"== Registration numbers (reference date {REFERENCE})")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        kind, _, text = line.partition("\t")
        try:
            n = kazcustoms.parse_number(kind, text, REFERENCE)
        except InvalidNumber as e:
            print(f"  FAIL  {kind:<17} {text:<20} {e.rule}")
            for lang in ("en", "ru"):
                try:
                    kazcustoms.parse_number(kind, text, REFERENCE, lang=lang)
                except InvalidNumber as again:
                    print(f"        {lang}: {again}")
            fixed = kazcustoms.normalize(text)
            if fixed != text:
                try:
                    kazcustoms.parse_number(kind, fixed, REFERENCE)
                    print(f"        normalize() would make it {fixed}")
                except InvalidNumber:
                    pass
        except KazcustomsError as e:  # an unknown kind in the file
            print(f"  SKIP  {line!r}: {e}")
        else:
            issuer = n.office or n.office_prefix or n.licence
            extra = f" recipient {n.recipient}" if n.recipient else ""
            print(
                f"  ok    {n.kind:<17} {str(n):<20} date {n.date} issuer {issuer}"
                f"{extra} sequence {n.sequence}"
            )


def show_deadline() -> None:
    print("\n== Delivery deadline, 2000 km per month")
    start = datetime.date(2026, 1, 31)
    for convention in ("calendar", "thirty_day"):
        limit = kazcustoms.delivery_deadline(start, 3000, convention)
        print(f"  {start} + 3000 km ({convention}): deliver by {limit}")
    proposed = datetime.date(2026, 3, 20)
    report = kazcustoms.check_deadline(start, 3000, proposed, lang="kk")
    print(f"  proposed {proposed}: ok = {report.ok}")
    for v in report.violations:
        print(f"    {v.rule} [{v.field}] {v.messages['en']} ({v.source})")
    print(f"  report JSON: {report.to_json()}")
    try:
        kazcustoms.delivery_deadline(start, -5)
    except KazcustomsError as e:
        print(f"  -5 km: input error (rule {e.rule}): {e}")


def show_journal() -> None:
    print("\n== Journal of office 50101")
    journal = Journal("dcd", "50101")
    for day in (datetime.date(2026, 12, 30), datetime.date(2026, 12, 31), datetime.date(2027, 1, 4)):
        print(f"  {day}: {journal.issue(day)}")
    try:
        journal.issue(REFERENCE)
    except JournalError as e:
        print(f"  {REFERENCE}: refused, {e.rule}: {e}")
    saved = journal.to_json()
    print(f"  saved state: {saved}")
    resumed = Journal.from_json(saved)
    print(f"  resumed, next: {resumed.issue(datetime.date(2027, 1, 5))}")
    guarantees = Journal("guarantee", "50101")
    print(f"  guarantee for recipient 0042: {guarantees.issue(REFERENCE, recipient='0042')}")


def print_report(report: Report) -> None:
    """One line per violation: rule, column, sheet and item, message."""
    if not report.violations:
        print("  OK, no violations")
    for v in report.violations:
        where = f"column {v.field}"
        if v.sheet is not None:
            where += f", sheet {v.sheet}"
        if v.item is not None:
            where += f", item {v.item}"
        print(f"  {v.rule:<18}  {where:<26}  {v.message}")


def load(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        document: dict[str, Any] = json.load(f)
    return document


def show_documents(valid: Path, invalid: Path) -> int:
    # The US dollar rate is the rate on each DCD's acceptance date (column
    # 46); the fixed reference date keeps the output reproducible.
    print(f"\n== Delivery control document {valid.name} (US dollar at 470.0)")
    document = load(valid)
    report = kazcustoms.validate("dcd", document, reference=REFERENCE, usd_rate=470.0)
    print_report(report)
    print("  stamp figure 1 (column C), in Russian:")
    for line in kazcustoms.dcd_stamp(document, 1, "ru").splitlines():
        print(f"    | {line}")

    print(f"\n== Delivery control document {invalid.name} (US dollar at 505.0)")
    broken = kazcustoms.validate("dcd", load(invalid), reference=REFERENCE, usd_rate=505.0)
    print_report(broken)
    gross = next((v for v in broken.violations if v.rule == "DCD.38.GT_GROSS"), None)
    if gross is not None:
        print(f"  the same in Kazakh: {gross.messages['kk']}")

    print("\n== Not a DCD")
    try:
        kazcustoms.validate("dcd", {"packages": "24"})
    except InvalidDocument as e:
        print(f"  {{'packages': '24'}}: InvalidDocument, path {e.path}")
        print(f"    {e}")

    print("\n== Columns the declarant fills per goods item")
    for c in kazcustoms.columns("dcd"):
        if c.per_item and c.filled_by == "declarant":
            print(f"  {c.id:>3}  {c.name['ru']:<35} {c.name['en']}")

    print("\n== Lifecycle")
    state = kazcustoms.DCD_STATES[0]
    for following in kazcustoms.DCD_STATES[1:]:
        print(f"  {state} -> {kazcustoms.dcd_transition(state, following)}")
        state = following
    try:
        kazcustoms.dcd_transition("registered", "completed", lang="ru")
    except TransitionError as e:
        print(f"  registered -> completed: {e.rule}: {e}")
    return 0 if report.ok and not broken.ok else 1


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else SAMPLES
    print(f"kazcustoms {kazcustoms.__version__}")
    if path.exists():
        show_numbers(path)
    else:
        print(f"(no {path}: skipping the sample numbers)")
    show_deadline()
    show_journal()
    valid, invalid = (
        (Path(argv[2]), Path(argv[3]))
        if len(argv) > 3
        else (DATA / "dcd_valid.json", DATA / "dcd_invalid.json")
    )
    return show_documents(valid, invalid)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
