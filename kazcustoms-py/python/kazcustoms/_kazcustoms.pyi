"""The compiled module of kazcustoms (re-exported by ``kazcustoms``)."""

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Literal, TypedDict, final, overload, type_check_only

from typing_extensions import Unpack

from kazcustoms._kinds import (
    Convention,
    DcdState,
    DocumentKind,
    GuaranteeState,
    Input,
    JournalKind,
    Lang,
    MrpPurpose,
    NumberKind,
    Severity,
    TableFormat,
)

__all__ = [
    "parse_number",
    "normalize",
    "delivery_deadline",
    "check_deadline",
    "Number",
    "Report",
    "Violation",
    "Journal",
    "KazcustomsError",
    "InvalidNumber",
    "JournalError",
    "__version__",
    "NUMBER_KINDS",
    "validate",
    "validate_many",
    "is_valid",
    "_violation_from_json",
    "schema",
    "columns",
    "states",
    "transition",
    "dcd_copies",
    "dcd_stamp",
    "dcd_transition",
    "uppercase",
    "Column",
    "DcdCopy",
    "InvalidDocument",
    "TransitionError",
    "DOCUMENT_KINDS",
    "DCD_STATES",
    "Calendar",
    "DayKind",
    "is_working_day",
    "next_working_day",
    "add_working_days",
    "working_days_between",
    "guarantee_transition",
    "GUARANTEE_STATES",
    "GuaranteeOffice",
    "GuaranteeOutcome",
    "register_arrival",
    "ArrivalRecord",
    "export_journal",
    "JOURNAL_KINDS",
    "rule_title",
    "mrp",
    "teams_needed",
    "escort_fee",
]

__version__: str
NUMBER_KINDS: tuple[NumberKind, ...]
DOCUMENT_KINDS: tuple[DocumentKind, ...]
DCD_STATES: tuple[DcdState, ...]
GUARANTEE_STATES: tuple[GuaranteeState, ...]
JOURNAL_KINDS: tuple[JournalKind, ...]

@type_check_only
class Context(TypedDict, total=False):
    """The validation context: the keyword arguments of ``validate``,
    ``register_arrival`` and ``GuaranteeOffice.register``, the members of
    the options JSON of the C ``kazcustoms_validate_json`` (its ``eseal``
    object as two booleans); None is a keyword not given. For annotations
    only (``if TYPE_CHECKING: from kazcustoms import Context``); at run time
    the keywords are a dict."""

    reference: datetime.date | None
    offices: Iterable[str] | None
    usd_rate: float | None
    headings: Mapping[str, str] | None
    eseal_departure: bool
    eseal_destination: bool
    distance_km: float | None
    convention: Convention
    calendar: Calendar | Mapping[str, Any] | None
    limits: Mapping[str, int] | None
    equipped_offices: Iterable[str] | None
    tir_term_limit: bool
    security_documents: Iterable[Mapping[str, Any]] | None

class KazcustomsError(ValueError):
    """A call could not be answered; ``rule`` is None for an input error.
    Raised as such (not a subclass) for any other input error: an unknown
    kind, a bad language, a value out of its domain."""

    rule: str | None
    kind: NumberKind | None
    index: int | None
    """The position of the document in ``validate_many``'s documents (None
    outside a batch)."""

class InvalidNumber(KazcustomsError):
    """A registration number breaks a NUM.* rule."""

class JournalError(KazcustomsError):
    """A journal refused to issue a number (JOURNAL.*)."""

class InvalidDocument(KazcustomsError):
    """A structured input could not be read: ``input`` says which
    ('document', 'options', 'calendar', 'entries', 'state'), ``path`` is the
    JSON path of the offending field under it (both always str when raised
    by kazcustoms)."""

    input: Input | None
    path: str | None
    problems: list[Problem]

@type_check_only
class Problem(TypedDict):
    """One field of an input that cannot be read (InvalidDocument.problems)."""

    path: str
    kind: Literal["type", "required", "unknown_field", "not_allowed", "format", "range", "unreadable"]
    message: str

class TransitionError(KazcustomsError):
    """A lifecycle refused a move, whichever function asked: ``rule``
    'DCD.STATE' (a DCD) or 'GO.STATE' (a guarantee obligation)."""

@final
class Number:
    """A registration number that passed every NUM.* rule (frozen, hashable, ordered)."""

    @property
    def kind(self) -> NumberKind: ...
    @property
    def date(self) -> datetime.date: ...
    @property
    def sequence(self) -> int: ...
    @property
    def office(self) -> str | None: ...
    @property
    def office_prefix(self) -> str | None: ...
    @property
    def recipient(self) -> str | None: ...
    @property
    def licence(self) -> str | None: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __lt__(self, other: Number, /) -> bool: ...
    def __le__(self, other: Number, /) -> bool: ...
    def __gt__(self, other: Number, /) -> bool: ...
    def __ge__(self, other: Number, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[object, tuple[str, str, datetime.date]]: ...

@final
class Violation:
    """One broken rule, with its message in the report's language."""

    @property
    def rule(self) -> str: ...
    @property
    def field(self) -> str: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def message(self) -> str: ...
    @property
    def messages(self) -> dict[str, str]: ...
    @property
    def source(self) -> str: ...
    @property
    def item(self) -> int | None: ...
    @property
    def sheet(self) -> int | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __reduce__(self) -> tuple[object, tuple[str]]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Report:
    """The result of a check: every violation found."""

    @property
    def ok(self) -> bool: ...
    @property
    def found(self) -> int: ...
    @property
    def truncated(self) -> bool: ...
    @property
    def violations(self) -> tuple[Violation, ...]: ...
    @property
    def lang(self) -> Lang: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    @staticmethod
    def from_json(text: str, *, lang: Lang = "en") -> Report: ...
    def __reduce__(self) -> tuple[object, tuple[str]]: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@final
class Journal:
    """Issues numbers of one kind for one issuer; safe to share between threads."""

    def __new__(cls, kind: NumberKind, issuer: str, *, lang: Lang = "en") -> Journal: ...
    def issue(
        self, date: datetime.date, *, recipient: str | None = None, lang: Lang = "en"
    ) -> Number: ...
    @property
    def kind(self) -> NumberKind: ...
    @property
    def issuer(self) -> str: ...
    def to_json(self) -> str: ...
    @staticmethod
    def from_json(
        text: str, *, reference: datetime.date | None = None, lang: Lang = "en"
    ) -> Journal: ...

def parse_number(
    kind: NumberKind,
    text: str,
    reference: datetime.date | None = None,
    *,
    offices: Iterable[str] | None = None,
    lang: Lang = "en",
) -> Number: ...
def _violation_from_json(text: str, /) -> Violation:
    """What a pickled Violation calls to load itself (the JSON of a report
    of that violation alone, checked as Report.from_json checks it)."""

def is_valid(
    kind: NumberKind,
    text: str,
    reference: datetime.date | None = None,
    *,
    offices: Iterable[str] | None = None,
    lang: Lang = "en",
) -> bool: ...
def normalize(text: str, /) -> str: ...
def delivery_deadline(
    start: datetime.date,
    distance_km: float,
    convention: Convention = "calendar",
    *,
    lang: Lang = "en",
) -> datetime.date: ...
def check_deadline(
    start: datetime.date,
    distance_km: float,
    proposed: datetime.date,
    convention: Convention = "calendar",
    *,
    lang: Lang = "en",
) -> Report: ...

@final
class Column:
    """One column of a document form (frozen, hashable)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> dict[str, str]: ...
    @property
    def filled_by(self) -> str: ...
    @property
    def required(self) -> str: ...
    @property
    def per_item(self) -> bool: ...
    @property
    def fields(self) -> tuple[str, ...]: ...
    @property
    def source(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class DcdCopy:
    """One of the four copies of a DCD and where it goes (frozen, hashable)."""

    @property
    def number(self) -> int: ...
    @property
    def destination(self) -> dict[str, str]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def validate(
    kind: DocumentKind,
    document: dict[str, Any] | str,
    *,
    lang: Lang = "en",
    **context: Unpack[Context],
) -> Report: ...
@overload
def validate_many(
    kind: DocumentKind,
    documents: Iterable[dict[str, Any] | str | bytes],
    *,
    threads: int | None = None,
    errors: Literal["raise"] = "raise",
    lang: Lang = "en",
    **context: Unpack[Context],
) -> list[Report]: ...
@overload
def validate_many(
    kind: DocumentKind,
    documents: Iterable[dict[str, Any] | str | bytes],
    *,
    threads: int | None = None,
    errors: Literal["return"],
    lang: Lang = "en",
    **context: Unpack[Context],
) -> list[Report | KazcustomsError]: ...
def schema(kind: DocumentKind, *, lang: Lang = "en") -> dict[str, Any]: ...
def columns(kind: DocumentKind, *, lang: Lang = "en") -> tuple[Column, ...]: ...
def states(kind: DocumentKind, *, lang: Lang = "en") -> tuple[str, ...]: ...
def transition(kind: DocumentKind, state: str, to: str, *, lang: Lang = "en") -> str: ...
def dcd_transition(from_state: DcdState, to_state: DcdState, *, lang: Lang = "en") -> DcdState: ...
def guarantee_transition(
    from_state: GuaranteeState, to_state: GuaranteeState, *, lang: Lang = "en"
) -> GuaranteeState: ...
def dcd_copies() -> tuple[DcdCopy, ...]: ...
def dcd_stamp(document: dict[str, Any] | str, figure: int, lang: Lang) -> str: ...
def uppercase(text: str, /) -> str: ...

# --- working days (SPEC §13) ----------------------------------------------------

@final
class DayKind:
    """What a day is (frozen, hashable)."""

    @property
    def kind(self) -> str: ...
    @property
    def is_working(self) -> bool: ...
    @property
    def text(self) -> str | None: ...
    @property
    def texts(self) -> dict[str, str] | None: ...
    @property
    def lang(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Calendar:
    """The working-day calendar of Kazakhstan (immutable; == and hash() by its changes)."""

    def __new__(
        cls,
        *,
        days_off: Iterable[datetime.date] = (),
        working_days: Iterable[datetime.date] = (),
        kurban_ait: Mapping[int, datetime.date] | None = None,
        lang: Lang = "en",
    ) -> Calendar: ...
    @staticmethod
    def from_overrides(overrides: Mapping[str, Any] | str, *, lang: Lang = "en") -> Calendar: ...
    def is_working_day(self, date: datetime.date) -> bool: ...
    def next_working_day(self, date: datetime.date, *, lang: Lang = "en") -> datetime.date: ...
    def add_working_days(
        self, date: datetime.date, n: int, *, lang: Lang = "en"
    ) -> datetime.date: ...
    def working_days_between(self, start: datetime.date, end: datetime.date) -> int: ...
    def day_kind(self, date: datetime.date, *, lang: Lang = "en") -> DayKind: ...
    def kurban_ait(self, year: int) -> datetime.date | None: ...
    def is_verified(self, year: int) -> bool: ...
    @property
    def verified_years(self) -> tuple[int, ...]: ...
    @property
    def supported_years(self) -> tuple[int, int]: ...
    @property
    def overrides(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[object, tuple[str]]: ...

def is_working_day(date: datetime.date) -> bool: ...
def next_working_day(date: datetime.date, *, lang: Lang = "en") -> datetime.date: ...
def add_working_days(date: datetime.date, n: int, *, lang: Lang = "en") -> datetime.date: ...
def working_days_between(start: datetime.date, end: datetime.date) -> int: ...

# --- guarantee obligations (SPEC §4) --------------------------------------------

@final
class GuaranteeOutcome:
    """What GuaranteeOffice.register did (frozen)."""

    @property
    def report(self) -> Report: ...
    @property
    def grounds(self) -> tuple[str, ...]: ...
    @property
    def state(self) -> GuaranteeState: ...
    @property
    def review_deadline(self) -> datetime.date | None: ...
    @property
    def as_of(self) -> datetime.date: ...
    @property
    def recipient_number(self) -> str: ...
    @property
    def number(self) -> str | None: ...
    @property
    def valid_until(self) -> datetime.date | None: ...
    @property
    def obligation(self) -> dict[str, Any] | None: ...

@final
class GuaranteeOffice:
    """A destination office with its registers; safe to share between threads."""

    def __new__(cls, office: str, *, lang: Lang = "en") -> GuaranteeOffice: ...
    def register(
        self,
        application: dict[str, Any] | str,
        *,
        lang: Lang = "en",
        **context: Unpack[Context],
    ) -> GuaranteeOutcome: ...
    def take_at_departure(
        self,
        number: str,
        dcd_number: Number | str,
        *,
        reference: datetime.date | None = None,
        lang: Lang = "en",
    ) -> dict[str, Any]: ...
    def fulfil(
        self,
        number: str,
        *,
        short_declaration: Number | str | None = None,
        customs_declaration: str | None = None,
        reference: datetime.date | None = None,
        lang: Lang = "en",
    ) -> dict[str, Any]: ...
    def expire(self, number: str, on: datetime.date, *, lang: Lang = "en") -> dict[str, Any]: ...
    def fail(self, number: str, on: datetime.date, *, lang: Lang = "en") -> dict[str, Any]: ...
    def return_unused(self, number: str, *, mark: Lang = "kk", lang: Lang = "en") -> dict[str, Any]: ...
    def obligation(self, number: str) -> dict[str, Any] | None: ...
    @property
    def office(self) -> str: ...
    @property
    def obligations(self) -> list[dict[str, Any]]: ...
    @property
    def recipients(self) -> list[dict[str, Any]]: ...
    @property
    def failed(self) -> list[dict[str, Any]]: ...
    def to_json(self) -> str: ...
    @staticmethod
    def from_json(
        text: str, *, reference: datetime.date | None = None, lang: Lang = "en"
    ) -> GuaranteeOffice: ...

# --- arrival (SPEC §3, R1 §34–§35) and journals ----------------------------------

@final
class ArrivalRecord:
    """The outcome of registering an arrival (frozen)."""

    @property
    def report(self) -> Report: ...
    @property
    def registered(self) -> bool: ...
    @property
    def state(self) -> DcdState: ...
    @property
    def delivered_on(self) -> datetime.date | None: ...
    @property
    def deadline(self) -> datetime.date | None: ...
    @property
    def in_time(self) -> bool | None: ...
    @property
    def stamp(self) -> dict[str, str] | None: ...
    @property
    def stamp_d(self) -> dict[str, Any] | None: ...
    @property
    def entry(self) -> dict[str, Any] | None: ...
    @property
    def lang(self) -> str: ...
    def to_json(self) -> str: ...

def register_arrival(
    document: dict[str, Any] | str,
    *,
    lang: Lang = "en",
    **context: Unpack[Context],
) -> ArrivalRecord: ...
def export_journal(
    journal: JournalKind,
    entries: list[dict[str, Any]] | tuple[dict[str, Any], ...] | str,
    *,
    format: TableFormat = "csv",
    lang: Lang = "en",
    delimiter: Literal[",", ";"] = ",",
    bom: bool = False,
) -> str: ...
def rule_title(rule: str, *, lang: Lang = "en") -> str:
    """The one-line title of the rule with the id ``rule`` in ``lang``, as
    a summary by rule names it. KazcustomsError for an id the catalogue does not have."""

# --- the monthly calculation index (МРП) -----------------------------------------

def mrp(date: datetime.date, purpose: MrpPurpose = "fees", *, lang: Lang = "en") -> int:
    """The МРП, tenge, in force on ``date`` (a ``datetime.date``, not a
    ``datetime.datetime``) for ``purpose``: 'fees' (customs fees such as the
    escort fee, fines, taxes) or 'benefits' (benefits and social payments).
    KazcustomsError for a date the table does not cover."""

# --- customs escort (R2) ------------------------------------------------------

def teams_needed(vehicles: int, *, lang: Lang = "en") -> int:
    """How many customs teams a convoy of ``vehicles`` motor vehicles needs
    (R2 §22: at most 10 per team): ceil(vehicles / 10). KazcustomsError for
    0 or a number outside 0 to 2**32 - 1, TypeError for a non-int."""

def escort_fee(rate: int, date: datetime.date, *, lang: Lang = "en") -> int:
    """The escort fee, tenge: ``rate`` (МРП, from the decision) × the МРП
    for fees in force on the decision ``date``. KazcustomsError for a rate
    of 0 or a date the МРП table does not cover."""
