"""kazcustoms: Kazakhstan customs registration numbers, journals, the
2000 km per month delivery deadline, the delivery control document, the
short declaration, guarantee obligations, arrivals and the working days of
Kazakhstan.

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

Documents are validated from a dict (as ``json.load`` gives it, read
directly by the core, never turned back into text) or from a str of JSON;
the report lists every violation, with the column and, for goods columns,
the sheet and item. A dict is read as its ``json.dumps`` would be: a
``bool`` is not a number, a date is exactly a ``datetime.date`` (not a
``datetime.datetime``, whose time would be lost), a ``str`` with a lone
surrogate is refused, never repaired; no Python code of the caller's runs
while it is read. Date arguments (``start``, ``reference``, ``on``, …)
refuse a ``datetime.datetime`` too, and number arguments a ``bool``:

>>> report = kazcustoms.validate("dcd", {"packages": 3},
...                              reference=datetime.date(2026, 11, 22))
>>> report.ok, report.violations[0].rule
(False, 'DCD.1.DIRECTION')
>>> try:
...     kazcustoms.validate("dcd", {"sheets": [{"items": [{"gross_kg": "9"}]}]})
... except kazcustoms.InvalidDocument as e:
...     print(e.path)
document.sheets[0].items[0].gross_kg

The context keywords of ``validate`` (and of ``register_arrival`` and
``GuaranteeOffice.register``) are the options JSON of the C
``kazcustoms_validate_json``, read by the core as that JSON is:
``reference``, ``offices``, ``usd_rate``, ``headings``, ``distance_km``,
``convention``, ``tir_term_limit``; its ``{"eseal": {"departure": …, "destination": …}}`` is
the two booleans ``eseal_departure=`` and ``eseal_destination=``; its
``"calendar"`` member (the working calendar's overrides) is ``calendar=``,
given as a ``Calendar`` or as that mapping; ``security_documents=`` is a
list of related security documents (dicts in the shape of
``validate("security", …)``), which a DCD citing one in column 44 (7C) or
a delivery certificate naming one is checked against. ``lang=`` is the language of
the messages; None is a keyword not given. For annotations, the keywords
are the ``TypedDict`` ``kazcustoms.Context`` (in the stubs only: import it
under ``typing.TYPE_CHECKING``). Options that cannot be read are
``InvalidDocument`` with ``input`` 'options', as in C:

>>> try:
...     kazcustoms.validate("dcd", {}, usd_rate="470")
... except kazcustoms.InvalidDocument as e:
...     print(e.input, e.path)
options options.usd_rate

Every document kind is known by its name (``DOCUMENT_KINDS``), and each
operation takes the name: ``validate``, ``schema`` (the JSON Schema),
``columns`` (the form's columns), ``states`` and ``transition`` (the
lifecycle, for the kinds that have one):

>>> kazcustoms.states("dcd")
('drafted', 'registered', 'arrived', 'completed')
>>> kazcustoms.schema("short_declaration")["type"]
'object'

Working days (SPEC §13) come from the built-in calendar of Kazakhstan, or
from a ``Calendar`` with the caller's changes:

>>> friday = datetime.date(2026, 3, 20)
>>> kazcustoms.next_working_day(friday)  # Nauryz, then the days off it moved
datetime.date(2026, 3, 26)
>>> kazcustoms.Calendar().day_kind(datetime.date(2026, 3, 23)).text
'Nauryz'
>>> bridge = kazcustoms.Calendar(days_off=[datetime.date(2026, 3, 26)])
>>> bridge.next_working_day(friday)
datetime.date(2026, 3, 27)

The monthly calculation index (МРП) in force on a date is asked for by
purpose: ``'fees'`` (the default: customs fees such as the escort fee,
fines, taxes) or ``'benefits'`` (benefits and social payments); they differ
from 1 April 2022. A date the table does not cover is ``KazcustomsError``:

>>> kazcustoms.mrp(datetime.date(2022, 6, 15))
3063
>>> kazcustoms.mrp(datetime.date(2022, 6, 15), "benefits")
3180
>>> try:
...     kazcustoms.mrp(datetime.date(2027, 1, 1))
... except kazcustoms.KazcustomsError as e:
...     print(e)
invalid date: no МРП for fees, fines and taxes is known on 2027-01-01: the table covers 2003-01-01 to 2026-12-31

A customs escort (R2) is the document kind ``escort``; its fee is the rate
in МРП × the МРП for fees on the decision date, and a convoy of n motor
vehicles needs ceil(n / 10) teams (R2 §22):

>>> kazcustoms.escort_fee(10, datetime.date(2022, 6, 15))
30630
>>> kazcustoms.teams_needed(25)
3

Lifecycles refuse a move they do not have with ``TransitionError``,
whichever function asked (``dcd_transition`` and ``guarantee_transition``
are ``transition`` for their kind):

>>> kazcustoms.transition("guarantee", "registered", "used")
'used'
>>> try:
...     kazcustoms.transition("guarantee", "used", "used")
... except kazcustoms.TransitionError as e:
...     print(e.rule)
GO.STATE

Every error is one of five classes, the same as the C result codes:
``InvalidNumber``, ``JournalError``, ``InvalidDocument``,
``TransitionError`` (all subclasses of ``KazcustomsError``) and
``KazcustomsError`` itself for any other input error (an unknown kind, a
bad language, a distance of zero).

``GuaranteeOffice`` decides applications and keeps the registers of
obligations, ``register_arrival`` registers goods arriving under a DCD, and
``export_journal`` writes any journal (``JOURNAL_KINDS``) as CSV or JSON
(``delimiter=";", bom=True`` for spreadsheet programs in Kazakh and
Russian locales). ``rule_title`` names a rule id in a language:

>>> kazcustoms.rule_title("TERM.LIMIT", lang="en")
'the deadline is later than the limit of 2000 km per month'

The command line is ``python -m kazcustoms`` (or the ``kazcustoms``
script): ``validate KIND PATH…``, ``parse``, ``deadline``,
``working-days`` (see ``kazcustoms.cli``).
"""

from collections.abc import Iterable

from kazcustoms._kazcustoms import (
    DCD_STATES,
    DOCUMENT_KINDS,
    GUARANTEE_STATES,
    JOURNAL_KINDS,
    NUMBER_KINDS,
    ArrivalRecord,
    Calendar,
    Column,
    DayKind,
    DcdCopy,
    GuaranteeOffice,
    GuaranteeOutcome,
    InvalidDocument,
    InvalidNumber,
    Journal,
    JournalError,
    KazcustomsError,
    Number,
    Report,
    TransitionError,
    Violation,
    __version__,
    add_working_days,
    check_deadline,
    columns,
    dcd_copies,
    dcd_stamp,
    dcd_transition,
    delivery_deadline,
    escort_fee,
    export_journal,
    guarantee_transition,
    is_valid,
    is_working_day,
    mrp,
    next_working_day,
    normalize,
    parse_number,
    register_arrival,
    rule_title,
    schema,
    states,
    teams_needed,
    transition,
    uppercase,
    validate,
    validate_many,
    working_days_between,
)

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
) -> list[dict[str, object]]:
    """The violations of many reports as rows, one dict per violation:
    'document' (the report's position in ``reports``, or its label from
    ``documents``), 'rule', 'field', 'sheet', 'item', 'severity',
    'message' (in each report's language) and 'source'. A list that
    ``pandas.DataFrame(rows)`` or ``pyarrow.Table.from_pylist(rows)`` takes
    as it is; a valid report adds no row.

    ``documents``, when given, labels the reports (file names, ids), one
    label per report; a count that differs is a ValueError (from
    ``zip(strict=True)``).

    >>> reports = validate_many("dcd", [{}, {"packages": 3}], threads=1)
    >>> rows = violations_table(reports, documents=["a.json", "b.json"])
    >>> rows[0]["document"], rows[0]["rule"]
    ('a.json', 'DCD.1.DIRECTION')
    """
    reports = list(reports)
    labels = range(len(reports)) if documents is None else documents
    return [
        {
            "document": label,
            "rule": v.rule,
            "field": v.field,
            "sheet": v.sheet,
            "item": v.item,
            "severity": v.severity,
            "message": v.message,
            "source": v.source,
        }
        for label, report in zip(labels, reports, strict=True)
        for v in report.violations
    ]
