"""kazcustoms: Kazakhstan customs registration numbers, journals and the
2000 km per month delivery deadline.

A thin Python layer over the Rust crate ``kazcustoms-core``: the compiled
module ``kazcustoms._kazcustoms`` does the work and this package re-exports
it. The same core answers in Python, Rust and C.

>>> import datetime, kazcustoms
>>> n = kazcustoms.parse_number("dcd", "50101/15036/00042",
...                             reference=datetime.date(2026, 11, 22))
>>> n.office, n.date, n.sequence
('50101', datetime.date(2026, 3, 15), 42)
>>> str(n)
'50101/15036/00042'

``repr(number)`` is a ``parse_number`` call that rebuilds the number; it
uses the number's own registration date as the reference date.
"""

from kazcustoms._kazcustoms import (
    NUMBER_KINDS,
    InvalidNumber,
    Journal,
    JournalError,
    KazcustomsError,
    Number,
    Report,
    Violation,
    __version__,
    check_deadline,
    delivery_deadline,
    normalize,
    parse_number,
)

__all__ = [
    "NUMBER_KINDS",
    "InvalidNumber",
    "Journal",
    "JournalError",
    "KazcustomsError",
    "Number",
    "Report",
    "Violation",
    "__version__",
    "check_deadline",
    "delivery_deadline",
    "normalize",
    "parse_number",
]
