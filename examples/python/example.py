"""The Python example: reads the sample numbers, parses each strictly, shows
its groups or the rule it breaks; computes and checks a delivery deadline;
issues numbers from a journal and saves it.

Run with ``make run-py`` (or ``python examples/python/example.py [numbers.txt]``
once ``pip install ./kazcustoms-py`` is done). The file has one number per
line, ``kind<TAB>text``.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import kazcustoms
from kazcustoms import InvalidNumber, Journal, JournalError, KazcustomsError

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "numbers.txt"
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


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else SAMPLES
    print(f"kazcustoms {kazcustoms.__version__}")
    if path.exists():
        show_numbers(path)
    else:
        print(f"(no {path}: skipping the sample numbers)")
    show_deadline()
    show_journal()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
