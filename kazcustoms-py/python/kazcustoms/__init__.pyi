"""kazcustoms: Kazakhstan customs registration numbers, journals, the
2000 km per month delivery deadline and the documents of the registry
(re-exports ``kazcustoms._kazcustoms``)."""

from collections.abc import Iterable

from kazcustoms._kazcustoms import Context as Context

from kazcustoms._kazcustoms import DCD_STATES as DCD_STATES
from kazcustoms._kazcustoms import DOCUMENT_KINDS as DOCUMENT_KINDS
from kazcustoms._kazcustoms import GUARANTEE_STATES as GUARANTEE_STATES
from kazcustoms._kazcustoms import JOURNAL_KINDS as JOURNAL_KINDS
from kazcustoms._kazcustoms import NUMBER_KINDS as NUMBER_KINDS
from kazcustoms._kazcustoms import ArrivalRecord as ArrivalRecord
from kazcustoms._kazcustoms import Calendar as Calendar
from kazcustoms._kazcustoms import Column as Column
from kazcustoms._kazcustoms import DayKind as DayKind
from kazcustoms._kazcustoms import DcdCopy as DcdCopy
from kazcustoms._kazcustoms import GuaranteeOffice as GuaranteeOffice
from kazcustoms._kazcustoms import GuaranteeOutcome as GuaranteeOutcome
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
from kazcustoms._kazcustoms import add_working_days as add_working_days
from kazcustoms._kazcustoms import check_deadline as check_deadline
from kazcustoms._kazcustoms import columns as columns
from kazcustoms._kazcustoms import dcd_copies as dcd_copies
from kazcustoms._kazcustoms import dcd_stamp as dcd_stamp
from kazcustoms._kazcustoms import dcd_transition as dcd_transition
from kazcustoms._kazcustoms import delivery_deadline as delivery_deadline
from kazcustoms._kazcustoms import escort_fee as escort_fee
from kazcustoms._kazcustoms import export_journal as export_journal
from kazcustoms._kazcustoms import guarantee_transition as guarantee_transition
from kazcustoms._kazcustoms import is_valid as is_valid
from kazcustoms._kazcustoms import is_working_day as is_working_day
from kazcustoms._kazcustoms import mrp as mrp
from kazcustoms._kazcustoms import next_working_day as next_working_day
from kazcustoms._kazcustoms import normalize as normalize
from kazcustoms._kazcustoms import parse_number as parse_number
from kazcustoms._kazcustoms import register_arrival as register_arrival
from kazcustoms._kazcustoms import rule_title as rule_title
from kazcustoms._kazcustoms import schema as schema
from kazcustoms._kazcustoms import states as states
from kazcustoms._kazcustoms import teams_needed as teams_needed
from kazcustoms._kazcustoms import transition as transition
from kazcustoms._kazcustoms import uppercase as uppercase
from kazcustoms._kazcustoms import validate as validate
from kazcustoms._kazcustoms import validate_many as validate_many
from kazcustoms._kazcustoms import working_days_between as working_days_between

__all__ = [
    "DCD_STATES",
    "DOCUMENT_KINDS",
    "GUARANTEE_STATES",
    "JOURNAL_KINDS",
    "NUMBER_KINDS",
    "ArrivalRecord",
    "Calendar",
    "Column",
    "DayKind",
    "DcdCopy",
    "GuaranteeOffice",
    "GuaranteeOutcome",
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
    "add_working_days",
    "check_deadline",
    "columns",
    "dcd_copies",
    "dcd_stamp",
    "dcd_transition",
    "delivery_deadline",
    "escort_fee",
    "export_journal",
    "guarantee_transition",
    "is_valid",
    "is_working_day",
    "mrp",
    "next_working_day",
    "normalize",
    "parse_number",
    "register_arrival",
    "rule_title",
    "schema",
    "states",
    "teams_needed",
    "transition",
    "uppercase",
    "validate",
    "validate_many",
    "violations_table",
    "working_days_between",
]

def violations_table(
    reports: Iterable[Report], *, documents: Iterable[object] | None = None
) -> list[dict[str, object]]: ...
