"""kazcustoms: Kazakhstan customs registration numbers, journals, the
2000 km per month delivery deadline and the delivery control document
(re-exports ``kazcustoms._kazcustoms``)."""

from kazcustoms._kazcustoms import DCD_STATES as DCD_STATES
from kazcustoms._kazcustoms import DOCUMENT_KINDS as DOCUMENT_KINDS
from kazcustoms._kazcustoms import NUMBER_KINDS as NUMBER_KINDS
from kazcustoms._kazcustoms import Column as Column
from kazcustoms._kazcustoms import DcdCopy as DcdCopy
from kazcustoms._kazcustoms import InvalidDocument as InvalidDocument
from kazcustoms._kazcustoms import InvalidNumber as InvalidNumber
from kazcustoms._kazcustoms import Journal as Journal
from kazcustoms._kazcustoms import JournalError as JournalError
from kazcustoms._kazcustoms import KazcustomsError as KazcustomsError
from kazcustoms._kazcustoms import Number as Number
from kazcustoms._kazcustoms import Report as Report
from kazcustoms._kazcustoms import TransitionError as TransitionError
from kazcustoms._kazcustoms import Violation as Violation
from kazcustoms._kazcustoms import __version__ as __version__
from kazcustoms._kazcustoms import check_deadline as check_deadline
from kazcustoms._kazcustoms import columns as columns
from kazcustoms._kazcustoms import dcd_copies as dcd_copies
from kazcustoms._kazcustoms import dcd_stamp as dcd_stamp
from kazcustoms._kazcustoms import dcd_transition as dcd_transition
from kazcustoms._kazcustoms import delivery_deadline as delivery_deadline
from kazcustoms._kazcustoms import normalize as normalize
from kazcustoms._kazcustoms import parse_number as parse_number
from kazcustoms._kazcustoms import uppercase as uppercase
from kazcustoms._kazcustoms import validate as validate

__all__ = [
    "DCD_STATES",
    "DOCUMENT_KINDS",
    "NUMBER_KINDS",
    "Column",
    "DcdCopy",
    "InvalidDocument",
    "InvalidNumber",
    "Journal",
    "JournalError",
    "KazcustomsError",
    "Number",
    "Report",
    "TransitionError",
    "Violation",
    "__version__",
    "check_deadline",
    "columns",
    "dcd_copies",
    "dcd_stamp",
    "dcd_transition",
    "delivery_deadline",
    "normalize",
    "parse_number",
    "uppercase",
    "validate",
]
