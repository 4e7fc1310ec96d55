"""Typed use of the public API, checked with ``mypy --strict`` (not a test
module: pytest does not collect it). If the stubs drift from what a user
writes, this file stops type-checking."""

from __future__ import annotations

import datetime
import json

import kazcustoms
from kazcustoms import (
    DCD_STATES,
    DOCUMENT_KINDS,
    NUMBER_KINDS,
    Column,
    DcdCopy,
    InvalidDocument,
    InvalidNumber,
    Journal,
    JournalError,
    KazcustomsError,
    Number,
    Report,
    TransitionError,
    Violation,
    check_deadline,
    columns,
    dcd_copies,
    dcd_stamp,
    dcd_transition,
    delivery_deadline,
    normalize,
    parse_number,
    uppercase,
    validate,
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


def parse_all(lines: list[tuple[str, str]], reference: datetime.date) -> list[Number]:
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
    kinds: tuple[str, ...] = DOCUMENT_KINDS
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
    state: str = DCD_STATES[0]
    for following in DCD_STATES[1:]:
        try:
            state = dcd_transition(state, following, lang="kk")
        except TransitionError as e:
            out.append(f"{e.rule}")
    return [*out, stamp, state, uppercase("әліппе")]
