"""The Python example: reads the sample numbers, parses each strictly, shows
its groups or the rule it breaks; computes and checks a delivery deadline;
issues numbers from a journal and saves it; validates the sample delivery
control documents, prints their reports and the departure stamp, and walks
the DCD lifecycle; shows the working days around Nauryz 2026; checks the
sample short declaration for lateness (goods that arrived on Friday
2026-03-20, filed on the 26th and on the 27th); decides the sample guarantee
application and issues the obligation at its destination office; registers
the DCD's arrival; exports the journals of obligations and of arrivals as
CSV in Russian; saves the office durably and resumes it (README, "Saved
states"); checks accompanying documents used as a DCD, a TIR carnet at
departure and at destination, a customs escort decision with its fee and
teams, an empty foreign vehicle's certificate with its two terms (and
exports its journal), a DCD with its identification means, and a security
document (ДПОУ, R3), its journal row, and the DCD that cites another one
against it.

Run with ``make run-py`` (or ``python examples/python/example.py
[numbers.txt [dcd_valid.json dcd_invalid.json [short_declaration.json
guarantee_application.json]]]`` once ``pip install ./kazcustoms-py`` is
done). The numbers file has one number per line, ``kind<TAB>text``; the
documents are those of examples/data, shared with the Rust and C examples.
"""

from __future__ import annotations

import datetime
import json
import os
import sys
import tempfile
import typing
from pathlib import Path
from typing import Any

import kazcustoms
from kazcustoms._kinds import NumberKind
from kazcustoms import (
    GuaranteeOffice,
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
        name, _, text = line.partition("\t")
        kind = typing.cast(NumberKind, name)  # the kind names of NUMBER_KINDS
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


def show_working_days() -> None:
    print("\n== Working days around Nauryz 2026 (the built-in calendar of Kazakhstan)")
    friday = datetime.date(2026, 3, 20)
    for offset in range(8):
        d = friday + datetime.timedelta(days=offset)
        kind = kazcustoms.Calendar().day_kind(d, lang="ru")
        line = f"  {d:%a %Y-%m-%d}  {kind.kind}"
        print(f"{line:<33} {kind.text}" if kind.text else line)
    print(f"  next working day after {friday}: {kazcustoms.next_working_day(friday)}")
    print(f"  2 working days after {friday}: {kazcustoms.add_working_days(friday, 2)}")


def show_short_declaration(path: Path) -> bool:
    print(f"\n== Short declaration {path.name}: filed in time? (R1 §26)")
    document = load(path)
    arrival = datetime.date.fromisoformat(document["arrival_date"])
    deadline = kazcustoms.next_working_day(arrival)
    print(f"  goods arrived {arrival:%A %Y-%m-%d}; file by the next working day, {deadline:%A %Y-%m-%d}")
    ok = True
    for filed, late in ((datetime.date(2026, 3, 26), False), (datetime.date(2026, 3, 27), True)):
        document["declarant"]["date"] = filed.isoformat()
        report = kazcustoms.validate("short_declaration", document, reference=REFERENCE, lang="ru")
        rules = [v.rule for v in report.violations]
        print(f"  filed {filed}: {'in time' if report.ok else 'late'} {rules}")
        for v in report.violations:
            print(f"    {v.rule} [{v.field}] {v.message} ({v.source})")
        ok = ok and rules == (["SD.LATE"] if late else [])
    return ok


def show_guarantee(path: Path) -> tuple[bool, GuaranteeOffice, str]:
    print(f"\n== Guarantee obligation: application {path.name} (R1 §11–§19)")
    application = load(path)
    decision = kazcustoms.validate("guarantee_application", application, reference=REFERENCE)
    print(f"  decision check: {'no ground of refusal' if decision.ok else 'refused'}")
    print_report(decision)
    office = GuaranteeOffice(application["destination_office"])
    outcome = office.register(application, reference=REFERENCE)
    print(
        f"  office {office.office}: {outcome.state}, recipient No {outcome.recipient_number}"
        f" in the register, review due by {outcome.review_deadline}"
    )
    number = outcome.number or ""
    print(f"  obligation {number} valid until {outcome.valid_until}")
    # Decided two days late: still registered, the office's own breach reported.
    late = json.loads(json.dumps(application))
    late["decision"]["date"] = "2026-03-12"
    for v in kazcustoms.validate("guarantee_application", late, reference=REFERENCE, lang="kk").violations:
        print(f"  decided 2026-03-12: {v.rule}: {v.message}")
    # Its lifecycle: taken at departure with the DCD, used once only.
    dcd = kazcustoms.parse_number("dcd", "50101/15036/00042", REFERENCE)
    used = office.take_at_departure(number, dcd)
    print(f"  taken at departure with DCD {used['dcd_number']}: {used['state']}")
    try:
        office.take_at_departure(number, dcd, lang="ru")
    except TransitionError as e:
        print(f"  taken again: {e.rule}: {e}")
    return outcome.state == "registered" and not decision.violations, office, number


def show_arrival(dcd_path: Path, sd_path: Path, office: GuaranteeOffice, obligation: str) -> bool:
    print("\n== Arrival at the destination office (R1 §34–§35)")
    sd = load(sd_path)
    document = {
        "dcd": load(dcd_path),
        "state": "registered",
        "arrival": {
            "date": sd["officer"]["date"],
            "declaration": {"kind": "short_declaration", "number": sd["number"]},
            "officer": {"name": sd["officer"]["name"], "personal_seal": sd["officer"]["personal_seal"]},
            "office": sd["customs_office"],
            "journal_number": 1,
        },
    }
    record = kazcustoms.register_arrival(document, reference=REFERENCE)
    print(
        f"  registered: {record.registered}, DCD now {record.state}, delivered {record.delivered_on}"
        f" (deadline {record.deadline}, in time: {record.in_time})"
    )
    if record.stamp is not None:
        print("  stamp figure 2 with the short declaration, in Russian:")
        for line in record.stamp["ru"].splitlines():
            print(f"    | {line}")
    # The obligation is fulfilled by the short declaration (annex 5 column 9).
    office.fulfil(obligation, short_declaration=sd["number"], reference=REFERENCE)
    entries = [record.entry] if record.entry is not None else []
    print("  journal of arrivals (annex 9), CSV in Russian:")
    for line in kazcustoms.export_journal("arrivals", entries, lang="ru").splitlines():
        print(f"    {line}")
    print("  journal of guarantee obligations (annex 5), CSV in Russian:")
    for line in kazcustoms.export_journal("guarantee_obligations", office.obligations, lang="ru").splitlines():
        print(f"    {line}")
    return record.registered and bool(record.in_time) and record.report.ok


def save_durably(path: Path, text: str) -> None:
    """Writes `text` to `path` so that a crash leaves the old file or the new
    one, whole (POSIX): a temporary file in the same directory, flushed to
    the disk, renamed over `path`, then the directory flushed so that the
    rename itself survives."""
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def show_saved(office: GuaranteeOffice) -> bool:
    print("\n== The office saved durably and resumed")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "office.json"
        # Saved after every step, before the number leaves the program;
        # resumed with the reference date, which refuses a journal dated after it.
        save_durably(path, office.to_json())
        resumed = GuaranteeOffice.from_json(path.read_text(encoding="utf-8"), reference=REFERENCE)
    print(f"  resumed with {len(resumed.obligations)} obligation(s), verified against itself")
    # An edited state that would issue a number again does not load.
    state = json.loads(office.to_json())
    state["journal"].update(last_sequence=0, last_date=None)
    try:
        GuaranteeOffice.from_json(json.dumps(state))
    except InvalidDocument as e:
        print(f"  edited: {e.path}: {e}")
        return resumed.to_json() == office.to_json()
    return False


def show_accompanying(path: Path) -> bool:
    """Accompanying documents presented as a DCD (R1 ch. 9) at an equipped
    office: the invoice is in English and has no translation (PRE.LANGUAGE)."""
    print(f"\nAccompanying documents used as a DCD, {path.name}:")
    try:
        report = kazcustoms.validate(
            "accompanying_documents", load(path), reference=REFERENCE,
            equipped_offices=["55201", "62001"], lang="en",
        )
    except kazcustoms.KazcustomsError as err:
        print(f"  error: {err}", file=sys.stderr)
        return False
    print_report(report)
    return [v.rule for v in report.violations] == ["PRE.LANGUAGE"]


def show_tir_carnet() -> bool:
    """A TIR carnet used as the DCD (R1 ch. 10): accepted at departure, then
    terminated at destination with a broken seal, the reservation written on
    voucher No. 2 but not on its counterfoil No. 2."""
    print("\n== TIR carnet XE63745213 (R1 §58–§70)")
    expected = {"tir_carnet_departure.json": [], "tir_carnet_arrival.json": ["TIR.27.MISSING"]}
    ok = True
    for name, rules in expected.items():
        document = load(DATA / name)
        report = kazcustoms.validate("tir_carnet", document, reference=REFERENCE, lang="en")
        print(f"  {document['state']}: {'OK' if report.ok else 'not OK'}")
        for v in report.violations:
            print(f"    {v.rule} [{v.field}, set {v.sheet}] {v.message} ({v.source})")
        ok = ok and [v.rule for v in report.violations] == rules
    return ok


def show_escort(path: Path) -> bool:
    print(f"\n== Customs escort decision {path.name} (R2 annex 1)")
    document = load(path)
    report = kazcustoms.validate("escort", document, reference=REFERENCE)
    print_report(report)
    decision = document["decision"]
    date = datetime.date.fromisoformat(decision["date"])
    rate = decision["fee"]["rate_mrp"]
    fee = kazcustoms.escort_fee(rate, date)
    print(f"  fee: {rate} МРП × {kazcustoms.mrp(date)} tenge = {fee} tenge (decision of {date})")
    vehicles = len(document["convoy"])
    print(f"  convoy of {vehicles} vehicle(s): {kazcustoms.teams_needed(vehicles)} team(s) (R2 §22)")
    return report.ok and fee == decision["fee"]["amount_tenge"]


def show_empty_vehicle() -> bool:
    print("\n== Empty foreign vehicle: certificate empty_vehicle.json (R1 §36–§39)")
    certificate = load(DATA / "empty_vehicle.json")
    date = datetime.date.fromisoformat(certificate["date"])
    term = certificate["arrival_term"]
    limit = kazcustoms.delivery_deadline(date, term["distance_km"])
    print(f"  term of arrival {term['deadline']} (limit for {term['distance_km']} km from {date}: {limit})")
    print(f"  term of temporary import {certificate['customs_mark']['import_term']}")
    rules = []
    for reference in (datetime.date(2026, 11, 22), datetime.date(2026, 12, 11)):
        report = kazcustoms.validate("empty_vehicle", certificate, reference=reference)
        print(f"  judged on {reference}: ok = {report.ok}")
        print_report(report)
        rules.append([v.rule for v in report.violations])
    print("  journal (annex 12), CSV:")
    for line in kazcustoms.export_journal("empty_vehicles", certificate["journal"], lang="ru").splitlines():
        print(f"    {line}")
    return rules == [[], ["EV.STAY.OVERDUE"]]


def show_identification(valid: Path) -> bool:
    print(f"\n== DCD {valid.name} with identification.json (R1 §40–§48)")
    document = load(valid)
    means = load(DATA / "identification.json")
    rules = []
    for animals in (False, True):
        document["identification"] = {**means, "goods": {"animals": animals}}
        report = kazcustoms.validate("dcd", document, reference=REFERENCE, usd_rate=470.0)
        print(f"  animals = {animals}: ok = {report.ok}")
        print_report(report)
        rules.append([v.rule for v in report.violations])
    return rules == [[], ["ID.SEAL_NOT_APPLICABLE"]]


def show_security(valid: Path) -> bool:
    print("\n== Security document (ДПОУ, R3 §1–§18)")
    document = load(DATA / "security.json")
    report = kazcustoms.validate("security", document, reference=REFERENCE)
    print(f"  {document['number']}: {'OK' if report.ok else [v.rule for v in report.violations]}")
    short = json.loads(json.dumps(document))
    short["journal"]["security_amount"] = 1000000.0
    low = kazcustoms.validate("security", short, reference=REFERENCE, lang="ru")
    for v in low.violations:
        print(f"  {v.rule}: {v.message}")
    row = kazcustoms.export_journal("security_journal", [document["journal"]], format="csv", lang="en")
    print(f"  journal (annex 2): {row.splitlines()[1]}")
    # The sample DCD cites 7C 50101/12036/00017: not the document given.
    dcd = load(valid)
    linked = kazcustoms.validate("dcd", dcd, reference=REFERENCE, security_documents=[document])
    rules = [v.rule for v in linked.violations]
    print(f"  the sample DCD checked against it: {rules}")
    return report.ok and [v.rule for v in low.violations] == ["SEC.AMOUNT"] and "SEC.LINK.NUMBER" in rules


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
    status = show_documents(valid, invalid)
    declaration, application = (
        (Path(argv[4]), Path(argv[5]))
        if len(argv) > 5
        else (DATA / "short_declaration.json", DATA / "guarantee_application.json")
    )
    show_working_days()
    ok = show_short_declaration(declaration)
    decided, office, obligation = show_guarantee(application)
    arrived = show_arrival(valid, declaration, office, obligation)
    saved = show_saved(office)
    accompanying = show_accompanying(DATA / "accompanying_documents.json")
    tir = show_tir_carnet()
    escorted = show_escort(DATA / "escort.json")
    done = ok and decided and arrived and saved and accompanying and tir and escorted
    empty = show_empty_vehicle()
    identified = show_identification(valid)
    secured = show_security(valid)
    done = done and empty and identified and secured
    return status if done else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
