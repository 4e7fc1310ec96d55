"""Typed use of the public API, checked with ``mypy --strict`` (not a test
module: pytest does not collect it). If the stubs drift from what a user
writes, this file stops type-checking."""

from __future__ import annotations

import datetime
import json
from typing import TYPE_CHECKING, Any

import kazcustoms
from kazcustoms._kinds import DcdState, DocumentKind, JournalKind, NumberKind

if TYPE_CHECKING:
    from kazcustoms import Context
from kazcustoms import (
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
    add_working_days,
    check_deadline,
    columns,
    dcd_copies,
    dcd_stamp,
    dcd_transition,
    delivery_deadline,
    export_journal,
    guarantee_transition,
    is_working_day,
    next_working_day,
    normalize,
    parse_number,
    register_arrival,
    schema,
    states,
    transition,
    uppercase,
    validate,
    working_days_between,
)


def groups(n: Number) -> dict[str, object]:
    office: str | None = n.office
    prefix: str | None = n.office_prefix
    recipient: str | None = n.recipient
    licence: str | None = n.licence
    day: datetime.date = n.date
    sequence: int = n.sequence
    kind: str = n.kind
    return {
        "kind": kind,
        "date": day.isoformat(),
        "sequence": sequence,
        "office": office,
        "office_prefix": prefix,
        "recipient": recipient,
        "licence": licence,
    }


def parse_all(lines: list[tuple[NumberKind, str]], reference: datetime.date) -> list[Number]:
    out: list[Number] = []
    for kind, text in lines:
        try:
            out.append(parse_number(kind, normalize(text), reference, offices=["50101"], lang="ru"))
        except InvalidNumber as e:
            rule: str | None = e.rule
            which: str | None = e.kind
            print(rule, which, str(e))
        except KazcustomsError as e:
            print("input error", e.rule is None)
    return sorted(out)


def deadlines(start: datetime.date) -> bool:
    limit: datetime.date = delivery_deadline(start, 2000.0, "thirty_day", lang="kk")
    report: Report = check_deadline(start, 2000, limit, lang="en")
    violations: tuple[Violation, ...] = report.violations
    for v in violations:
        messages: dict[str, str] = v.messages
        item: int | None = v.item
        sheet: int | None = v.sheet
        print(v.rule, v.field, v.severity, v.message, v.source, messages["kk"], item, sheet)
    parsed: object = json.loads(report.to_json())
    return report.ok and report.lang == "en" and parsed is not None


def journal(day: datetime.date) -> str:
    j = Journal("guarantee", "50101")
    n: Number = j.issue(day, recipient="0042")
    try:
        j.issue(day - datetime.timedelta(days=1), recipient="0042", lang="kk")
    except JournalError as e:
        print(e.rule)
    resumed: Journal = Journal.from_json(j.to_json())
    return f"{resumed.kind} {resumed.issuer} {n}"


def surface() -> tuple[str, ...]:
    version: str = kazcustoms.__version__
    kinds: tuple[str, ...] = NUMBER_KINDS
    a = parse_number("dcd", "50101/15036/00042", datetime.date(2026, 11, 22))
    b = parse_number("dcd", "50101/15036/00043", datetime.date(2026, 11, 22))
    ordered: bool = a < b and a != b and hash(a) != 0
    return (version, *kinds, str(ordered))


def documents(document: dict[str, object], text: str) -> list[str]:
    kinds: tuple[DocumentKind, ...] = DOCUMENT_KINDS
    out: list[str] = list(kinds)
    try:
        report: Report = validate(
            "dcd",
            document,
            reference=datetime.date(2026, 11, 22),
            lang="ru",
            offices=["50101", "50102"],
            usd_rate=470.0,
            headings={"8413": "НАСОСЫ"},
            eseal_departure=True,
            eseal_destination=False,
            distance_km=1890,
            convention="thirty_day",
        )
        out += [f"{v.rule} {v.field} {v.sheet} {v.item}" for v in report.violations]
        out.append(validate("dcd", text).to_json())
    except InvalidDocument as e:
        path: str | None = e.path
        out.append(f"{path}: {e}")
    for c in columns("dcd"):
        column: Column = c
        names: dict[str, str] = column.name
        fields: tuple[str, ...] = column.fields
        per_item: bool = column.per_item
        out.append(f"{column.id} {names['kk']} {column.filled_by} {column.required} {fields} {per_item} {column.source}")
    for copy in dcd_copies():
        which: DcdCopy = copy
        number: int = which.number
        out.append(f"{number} {which.destination['en']}")
    stamp: str = dcd_stamp(document, 1, "ru") + dcd_stamp(text, 2, lang="kk")
    state: DcdState = DCD_STATES[0]
    for following in DCD_STATES[1:]:
        try:
            state = dcd_transition(state, following, lang="kk")
        except TransitionError as e:
            out.append(f"{e.rule}")
    return [*out, stamp, state, uppercase("әліппе")]


def working_days(day: datetime.date) -> list[object]:
    builtin = Calendar()
    changed: Calendar = Calendar(
        days_off=[datetime.date(2027, 1, 8)],
        working_days=(datetime.date(2027, 1, 9),),
        kurban_ait={2027: datetime.date(2027, 5, 17)},
        lang="ru",
    )
    same: Calendar = Calendar.from_overrides({"days_off": ["2027-01-08"]}, lang="kk")
    text: Calendar = Calendar.from_overrides('{"working_days": ["2027-01-09"]}')
    kind: DayKind = changed.day_kind(day, lang="kk")
    name: str | None = kind.text
    texts: dict[str, str] | None = kind.texts
    years: tuple[int, ...] = builtin.verified_years
    first, last = builtin.supported_years
    kurban: datetime.date | None = builtin.kurban_ait(2026)
    overrides: dict[str, object] = same.overrides
    between: int = working_days_between(day, next_working_day(day)) + builtin.working_days_between(day, day)
    after: datetime.date = add_working_days(day, 2, lang="en") or changed.add_working_days(day, 0)
    working: bool = is_working_day(day) and builtin.is_working_day(day) and builtin.is_verified(2026)
    report: Report = validate("short_declaration", {}, calendar=changed)
    report = validate("short_declaration", {}, calendar={"days_off": ["2026-03-26"]})
    return [kind.kind, kind.is_working, kind.lang, name, texts, years, first, last, kurban, overrides,
            between, after, working, report.ok, text == same, hash(text)]


def guarantees(application: dict[str, object], day: datetime.date) -> list[object]:
    states: tuple[str, ...] = GUARANTEE_STATES
    try:
        state: str = guarantee_transition("registered", "used", lang="ru")
    except TransitionError as e:
        state = f"{e.rule}"
    office = GuaranteeOffice("50101", lang="kk")
    outcome: GuaranteeOutcome = office.register(
        application, reference=day, offices=["50101"], distance_km=1200.0, convention="calendar"
    )
    grounds: tuple[str, ...] = outcome.grounds
    number: str | None = outcome.number
    until: datetime.date | None = outcome.valid_until
    review: datetime.date | None = outcome.review_deadline
    obligation: dict[str, object] | None = outcome.obligation
    out: list[object] = [states, state, outcome.state, outcome.as_of, outcome.recipient_number, grounds,
                         until, review, obligation, outcome.report.ok]
    if number is not None:
        dcd = parse_number("dcd", "62001/10026/00017", day)
        used: dict[str, object] = office.take_at_departure(number, dcd, reference=day)
        done = office.fulfil(number, short_declaration="50101/20026/000005", reference=day, lang="en")
        out += [used, done, office.obligation(number)]
        try:
            office.expire(number, day)
            office.fail(number, day, lang="ru")
            office.return_unused(number, mark="ru")
        except TransitionError as e:
            out.append(e.rule)
    lists: list[list[dict[str, object]]] = [office.obligations, office.recipients, office.failed]
    resumed: GuaranteeOffice = GuaranteeOffice.from_json(office.to_json(), lang="en")
    return [*out, lists, resumed.office]


def arrivals(document: dict[str, object], text: str) -> list[object]:
    record: ArrivalRecord = register_arrival(
        document, reference=datetime.date(2026, 11, 22), offices=["15101"], lang="ru"
    )
    again: ArrivalRecord = register_arrival(text, calendar=Calendar())
    stamp: dict[str, str] | None = record.stamp
    entry: dict[str, object] | None = record.entry
    delivered: datetime.date | None = record.delivered_on
    in_time: bool | None = record.in_time
    kinds: tuple[JournalKind, ...] = JOURNAL_KINDS
    entries = [entry] if entry is not None else []
    csv: str = export_journal("arrivals", entries, format="csv", lang="ru")
    as_json: str = export_journal(kinds[-1], "[]", format="json")
    return [record.registered, record.state, record.deadline, record.stamp_d, record.report.ok,
            record.lang, record.to_json(), again.registered, stamp, delivered, in_time, csv, as_json]


def registry(document: dict[str, object]) -> list[object]:
    """The name-keyed functions over the registry, and one context given
    once and passed to every function that takes one."""
    context: Context = {"reference": datetime.date(2026, 11, 22), "offices": ("50101",), "usd_rate": 470.0}
    out: list[object] = []
    for kind in DOCUMENT_KINDS:
        described: dict[str, Any] = schema(kind, lang="kk")
        out.append(described.get("title"))
        try:
            out.append(states(kind))
        except KazcustomsError as e:
            out.append(e.rule)
    report: Report = validate("dcd", document, lang="ru", **context)
    record: ArrivalRecord = register_arrival({}, **context)
    outcome: GuaranteeOutcome = GuaranteeOffice("50101").register({}, **context)
    moved: str = transition("guarantee", "registered", "used", lang="en")
    try:
        validate("dcd", {}, usd_rate="470")  # type: ignore[arg-type]
    except InvalidDocument as e:
        which: str | None = e.input
        out.append(which)
    return [*out, report.ok, record.state, outcome.state, moved]
