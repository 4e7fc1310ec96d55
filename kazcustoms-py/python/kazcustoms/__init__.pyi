"""kazcustoms: Kazakhstan customs registration numbers, journals and the
2000 km per month delivery deadline (re-exports ``kazcustoms._kazcustoms``)."""

from kazcustoms._kazcustoms import NUMBER_KINDS as NUMBER_KINDS
from kazcustoms._kazcustoms import InvalidNumber as InvalidNumber
from kazcustoms._kazcustoms import Journal as Journal
from kazcustoms._kazcustoms import JournalError as JournalError
from kazcustoms._kazcustoms import KazcustomsError as KazcustomsError
from kazcustoms._kazcustoms import Number as Number
from kazcustoms._kazcustoms import Report as Report
from kazcustoms._kazcustoms import Violation as Violation
from kazcustoms._kazcustoms import __version__ as __version__
from kazcustoms._kazcustoms import check_deadline as check_deadline
from kazcustoms._kazcustoms import delivery_deadline as delivery_deadline
from kazcustoms._kazcustoms import normalize as normalize
from kazcustoms._kazcustoms import parse_number as parse_number

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
