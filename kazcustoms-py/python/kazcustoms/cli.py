"""The command line of kazcustoms: ``kazcustoms …`` or ``python -m kazcustoms …``.

Subcommands answer the questions people ask most:

- ``validate KIND PATH…``: validate documents of one kind from files,
  folders (walked recursively for ``*.json`` and ``*.jsonl``, in sorted
  order) or ``-`` (standard input), with the report in ``--lang kk|ru|en``
  as a table, JSON or CSV, and a summary by rule at the end;
- ``parse KIND NUMBER…``: check registration numbers;
- ``deadline START DISTANCE_KM``: the delivery deadline (R1 §19), or with
  ``--proposed DATE`` whether a proposed deadline keeps it;
- ``working-days``: the working days of Kazakhstan (``is``, ``next``,
  ``add``, ``between``).

Exit status: 0 when everything asked about is valid, 1 when some document
or number breaks a rule, 2 on an input error (an unreadable file, text that
is not JSON, a document that cannot be read, a bad argument). Every input is
looked at: an input error is reported with its path and the others are
still checked; 2 wins over 1.

The customs messages (violations, errors) are the core's, in the language
of ``--lang``; the command line's own words (headers, the summary line) are
English.

>>> main(["parse", "dcd", "50101/15036/00042", "--reference", "2026-11-22"])
50101/15036/00042  valid  dcd  office 50101  date 2026-03-15  sequence 42
0
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import kazcustoms
from kazcustoms._kinds import DocumentKind, Lang

__all__ = ["main"]

EXIT_OK = 0
"""Every document or number is valid."""
EXIT_VIOLATIONS = 1
"""Some document or number breaks a rule."""
EXIT_INPUT_ERROR = 2
"""Some input could not be read (or an argument is wrong)."""

LANGS = ("kk", "ru", "en")
FORMATS = ("table", "json", "csv")
PROGRESS_MIN = 20
"""The progress bar shows for at least this many inputs (and a terminal)."""
SUFFIXES = (".json", ".jsonl")
"""What a folder walk picks up."""
QUOTE_MAX = 80
"""The longest prefix of a bad argument quoted in an error message."""


class UsageError(Exception):
    """An argument the command line cannot use (exit status 2)."""


# --- arguments ----------------------------------------------------------------


def _quote(text: str) -> str:
    """A bounded, quoted prefix of a bad value for an error message."""
    if len(text) > QUOTE_MAX:
        return repr(text[:QUOTE_MAX]) + "…"
    return repr(text)


def _date(text: str) -> datetime.date:
    """A date argument: ``YYYY-MM-DD`` exactly."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {_quote(text)}")


def _json_value(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise UsageError(f"{what} is not JSON ({e.msg} at character {e.pos}): {_quote(text)}") from None


def _context_of(options: dict[str, Any]) -> dict[str, Any]:
    """The keywords of ``validate`` from an options object as the C
    ``kazcustoms_validate_json`` reads it: the same names, except that
    ``{"eseal": {"departure": …, "destination": …}}`` is the two keywords
    ``eseal_departure`` and ``eseal_destination`` and an ISO ``reference``
    is a ``datetime.date``. The core reads and judges the values."""
    out: dict[str, Any] = {}
    for key, value in options.items():
        if value is None:
            continue
        if key == "eseal" and isinstance(value, dict) and set(value) <= {"departure", "destination"}:
            if "departure" in value:
                out["eseal_departure"] = value["departure"]
            if "destination" in value:
                out["eseal_destination"] = value["destination"]
        elif key == "reference" and isinstance(value, str):
            try:
                out["reference"] = _date(value)
            except argparse.ArgumentTypeError as e:
                raise UsageError(f"context: reference: {e}") from None
        else:
            out[key] = value
    return out


def _context(args: argparse.Namespace) -> dict[str, Any]:
    """The validation context: ``--context-file``, then ``--context``, then
    each ``--option KEY=JSON``, then the flags, each over the one before."""
    merged: dict[str, Any] = {}
    if args.context_file is not None:
        try:
            text = Path(args.context_file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise UsageError(f"--context-file {args.context_file}: {e}") from None
        value = _json_value(text, f"--context-file {args.context_file}")
        if not isinstance(value, dict):
            raise UsageError(f"--context-file {args.context_file}: not a JSON object")
        merged.update(_context_of(value))
    if args.context is not None:
        value = _json_value(args.context, "--context")
        if not isinstance(value, dict):
            raise UsageError("--context: not a JSON object")
        merged.update(_context_of(value))
    for option in args.option:
        key, sep, text = option.partition("=")
        if not sep or not key:
            raise UsageError(f"--option wants KEY=JSON: {_quote(option)}")
        merged.update(_context_of({key: _json_value(text, f"--option {key}")}))
    flags = {
        "reference": args.reference,
        "usd_rate": args.usd_rate,
        "distance_km": args.distance_km,
        "convention": args.convention,
        "offices": None if args.offices is None else [o for o in args.offices.split(",") if o],
        "equipped_offices": None
        if args.equipped_offices is None
        else [o for o in args.equipped_offices.split(",") if o],
    }
    merged.update({k: v for k, v in flags.items() if v is not None})
    for name in ("eseal_departure", "eseal_destination", "tir_term_limit"):
        if getattr(args, name):
            merged[name] = True
    return merged


# --- reading documents ----------------------------------------------------------


@dataclass
class Source:
    """One input: a file, or standard input (``-``)."""

    path: str
    stdin: bool = False


@dataclass
class Outcome:
    """What became of one document: a report, or an input error."""

    name: str
    report: kazcustoms.Report | None = None
    error: str | None = None
    error_path: str | None = None
    error_input: str | None = None


def _walk(paths: Sequence[str]) -> list[Source | Outcome]:
    """The inputs in the order named: each file, each folder walked
    recursively for ``*.json`` and ``*.jsonl`` in sorted order, ``-``; a
    path that does not exist is an input error of its own, in its place."""
    inputs: list[Source | Outcome] = []
    for path in paths:
        if path == "-":
            inputs.append(Source("-", stdin=True))
        elif os.path.isdir(path):
            found: list[str] = []
            for root, dirs, files in os.walk(path):
                dirs.sort()
                found.extend(os.path.join(root, f) for f in files if f.endswith(SUFFIXES))
            inputs.extend(Source(p) for p in sorted(found))
        elif os.path.exists(path):
            inputs.append(Source(path))
        else:
            inputs.append(Outcome(path, error="no such file or folder", error_input="file"))
    return inputs


def _text(source: Source) -> str:
    """The UTF-8 text of a source; a UTF-8 BOM at its start is dropped (as
    spreadsheet programs write one). Raises OSError or UnicodeDecodeError."""
    if source.stdin:
        data = sys.stdin.buffer.read()
    else:
        with open(source.path, "rb") as f:
            data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8")


def _documents(source: Source) -> Iterator[tuple[str, str | Any]]:
    """The documents of a source, each with its name: a file holding one
    JSON object is one document (its text, read by the core); a file
    holding a JSON array is a list of documents (``path[i]``); a
    ``*.jsonl`` file (and ``-`` whose text is not one JSON value) holds one
    document per non-blank line (``path:line``). Raises OSError,
    UnicodeDecodeError, ValueError (the text is not JSON)."""
    text = _text(source)
    head = text.lstrip()
    if source.path.endswith(".jsonl"):
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield f"{source.path}:{number}", line
    elif head.startswith("["):
        for i, document in enumerate(_elements(text)):
            yield f"{source.path}[{i}]", document
    else:
        yield source.path, text


_WHITESPACE = " \t\n\r"


def _elements(text: str) -> list[str]:
    """The texts of the elements of the JSON array ``text``, each exactly
    as written (so that the core reads each as a file holding it alone
    would be: the same numbers, the same duplicate keys). Raises ValueError
    when ``text`` is not a JSON array."""
    decoder = json.JSONDecoder()
    at = text.index("[") + 1
    out: list[str] = []
    try:
        while True:
            while at < len(text) and text[at] in _WHITESPACE:
                at += 1
            if at < len(text) and text[at] == "]" and not out:
                at += 1
                break
            _, end = decoder.raw_decode(text, at)
            out.append(text[at:end])
            at = end
            while at < len(text) and text[at] in _WHITESPACE:
                at += 1
            if at < len(text) and text[at] == ",":
                at += 1
                continue
            if at < len(text) and text[at] == "]":
                at += 1
                break
            raise json.JSONDecodeError("expected ',' or ']'", text, at)
    except json.JSONDecodeError as e:
        raise ValueError(f"not JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    except RecursionError:
        raise ValueError("not a document: nested too deeply") from None
    if text[at:].strip(_WHITESPACE):
        raise ValueError(f"not JSON: extra data after the array at character {at}")
    return out


BATCH = 256
"""How many documents go to one ``validate_many`` call."""


def _check_all(
    kind: DocumentKind, batch: list[tuple[str, str]], lang: Lang, context: dict[str, Any], threads: int | None
) -> list[Outcome]:
    """The outcomes of a batch of (name, JSON text) documents, checked by
    ``validate_many`` on ``threads`` threads, in order."""
    if not batch:
        return []
    try:
        results = kazcustoms.validate_many(
            kind, [text for _, text in batch], threads=threads, errors="return", lang=lang, **context
        )
    except kazcustoms.InvalidDocument as e:
        if e.input == "options":
            raise UsageError(f"context: {e}") from None
        raise
    except TypeError as e:
        # An option the core has no keyword for (``--option nope=1``).
        raise UsageError(f"context: {e}") from None
    outcomes = []
    for (name, _), result in zip(batch, results, strict=True):
        if isinstance(result, kazcustoms.Report):
            outcomes.append(Outcome(name, report=result))
        else:
            outcomes.append(
                Outcome(
                    name,
                    error=str(result),
                    error_path=getattr(result, "path", None),
                    error_input=getattr(result, "input", None) or "document",
                )
            )
    return outcomes


# --- progress bar -------------------------------------------------------------------


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """A one-line progress bar on stderr, drawn at most 10 times a second;
    by default only when stderr is a terminal and there are enough inputs
    (and not over a table written to the same terminal)."""

    def __init__(self, total: int, stream: IO[str], enabled: bool | None) -> None:
        if enabled is None:
            enabled = total >= PROGRESS_MIN and _isatty(stream)
        self.total, self.stream, self.enabled = total, stream, enabled
        self.done, self.last = 0, 0.0

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self.last >= 0.1 or self.done == self.total):
            self.last = now
            width = 30
            filled = width * self.done // max(self.total, 1)
            bar = "#" * filled + "." * (width - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 50 + "\r")
            self.stream.flush()


# --- output ------------------------------------------------------------------------------


CSV_COLUMNS = ("document", "status", "rule", "severity", "field", "sheet", "item", "source", "message")
"""The columns of ``--format csv``: one row per violation, one row
(status ``ok``) per valid document, one (status ``input_error``, the
unreadable field's path in ``field``) per document that cannot be read."""


@dataclass
class RuleCount:
    """How often one rule was broken: in how many documents, how many times."""

    documents: int = 0
    violations: int = 0
    severity: str = "error"
    title: str = ""


@dataclass
class Summary:
    """The counts of a run."""

    documents: int = 0
    valid: int = 0
    invalid: int = 0
    input_errors: int = 0
    rules: dict[str, RuleCount] = field(default_factory=dict)

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        if outcome.report is None:
            self.input_errors += 1
            return
        if outcome.report.ok:
            self.valid += 1
        else:
            self.invalid += 1
        seen: set[str] = set()
        for v in outcome.report.violations:
            count = self.rules.setdefault(v.rule, RuleCount(severity=v.severity))
            count.violations += 1
            if v.rule not in seen:
                seen.add(v.rule)
                count.documents += 1

    def titled(self, lang: Lang) -> dict[str, RuleCount]:
        """The rule counts in rule-id order, each with its title in ``lang``."""
        out = {}
        for rule in sorted(self.rules):
            count = self.rules[rule]
            count.title = kazcustoms.rule_title(rule, lang=lang)
            out[rule] = count
        return out

    def line(self) -> str:
        return (
            f"{self.invalid} of {self.documents} documents break rules, "
            f"{self.input_errors} could not be read, {self.valid} valid"
        )

    def exit_status(self) -> int:
        if self.input_errors:
            return EXIT_INPUT_ERROR
        return EXIT_VIOLATIONS if self.invalid else EXIT_OK


def _cell(value: int | None) -> str:
    return "" if value is None else str(value)


def _csv_writer(stream: IO[str], delimiter: str, bom: bool) -> Any:
    """A CSV writer as the core's journal export writes (RFC 4180: CRLF line
    ends, fields quoted where they hold the delimiter, a quote or a line
    break), with the same ``delimiter`` and ``bom`` options."""
    if bom:
        stream.write("\ufeff")
    return csv.writer(stream, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def _table_lines(outcome: Outcome) -> Iterator[str]:
    if outcome.report is None:
        where = f" at {outcome.error_path}" if outcome.error_path else ""
        yield f"{outcome.name}: cannot be read{where}: {outcome.error}"
        return
    report = outcome.report
    if not report.violations:
        yield f"{outcome.name}: valid"
        return
    state = "valid, with warnings" if report.ok else "breaks rules"
    yield f"{outcome.name}: {state} ({report.found} found)"
    for v in report.violations:
        place = "".join(
            [
                f" sheet {v.sheet}" if v.sheet is not None else "",
                f" item {v.item}" if v.item is not None else "",
            ]
        )
        yield f"  {v.severity:<7} {v.rule:<28} {v.field}{place} [{v.source}]: {v.message}"


class Writer:
    """Writes the outcomes in one of the formats as they come."""

    def __init__(self, fmt: str, out: IO[str], delimiter: str, bom: bool) -> None:
        self.fmt, self.out = fmt, out
        # JSON is written as it comes too: the documents' array is opened
        # here and each document added to it (the text json.dump would write
        # of the whole, indent 1), so no run holds its reports in memory.
        self.written = 0
        if fmt == "json":
            out.write('{\n "documents": [')
        self.csv = _csv_writer(out, delimiter, bom) if fmt == "csv" else None
        if self.csv is not None:
            self.csv.writerow(CSV_COLUMNS)

    def write(self, outcome: Outcome) -> None:
        if self.fmt == "table":
            for line in _table_lines(outcome):
                print(line, file=self.out)
        elif self.fmt == "json":
            if outcome.report is None:
                document: dict[str, Any] = {
                    "document": outcome.name,
                    "status": "input_error",
                    "error": {"message": outcome.error, "input": outcome.error_input, "path": outcome.error_path},
                }
            else:
                document = {
                    "document": outcome.name,
                    "status": "ok" if outcome.report.ok else "violations",
                    "report": json.loads(outcome.report.to_json()),
                }
            text = json.dumps(document, ensure_ascii=False, indent=1).replace("\n", "\n  ")
            self.out.write(("," if self.written else "") + "\n  " + text)
            self.written += 1
        else:
            assert self.csv is not None
            if outcome.report is None:
                self.csv.writerow(
                    [outcome.name, "input_error", "", "", outcome.error_path or "", "", "", "", outcome.error or ""]
                )
            elif not outcome.report.violations:
                self.csv.writerow([outcome.name, "ok", "", "", "", "", "", "", ""])
            else:
                status = "ok" if outcome.report.ok else "violations"
                for v in outcome.report.violations:
                    self.csv.writerow(
                        [outcome.name, status, v.rule, v.severity, v.field, _cell(v.sheet), _cell(v.item), v.source, v.message]
                    )

    def finish(self, summary: Summary, lang: Lang, err: IO[str], show_summary: bool) -> None:
        rules = summary.titled(lang)
        if self.fmt == "json":
            totals = {
                "documents": summary.documents,
                "valid": summary.valid,
                "invalid": summary.invalid,
                "input_errors": summary.input_errors,
                "rules": [
                    {
                        "rule": rule,
                        "severity": c.severity,
                        "title": c.title,
                        "documents": c.documents,
                        "violations": c.violations,
                    }
                    for rule, c in rules.items()
                ],
            }
            text = json.dumps(totals, ensure_ascii=False, indent=1).replace("\n", "\n ")
            self.out.write(("\n ]" if self.written else "]") + ',\n "summary": ' + text + "\n}\n")
            return
        # The table's summary goes with it to stdout; after CSV it goes to
        # stderr, so that stdout stays one CSV table.
        stream = self.out if self.fmt == "table" else err
        if not show_summary:
            return
        if rules:
            print("", file=stream)
            print(f"{'rule':<28} {'documents':>9} {'violations':>10}  title", file=stream)
            for rule, c in rules.items():
                print(f"{rule:<28} {c.documents:>9} {c.violations:>10}  {c.title}", file=stream)
        print(summary.line(), file=stream)


# --- subcommands -------------------------------------------------------------------------


def _cmd_validate(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    context = _context(args)
    inputs = _walk(args.paths)
    summary = Summary()
    writer = Writer(args.format, out, args.delimiter, args.bom)
    # A table written to the same terminal shows the progress itself.
    shown = args.progress
    if shown is None and args.format == "table" and _isatty(out):
        shown = False
    progress = Progress(len(inputs), err, shown)

    def emit(outcome: Outcome) -> None:
        summary.add(outcome)
        writer.write(outcome)

    # Documents wait in `batch` for validate_many; an input error found
    # meanwhile waits in `after` so that the output keeps the input order.
    batch: list[tuple[str, str]] = []
    after: list[tuple[int, Outcome]] = []
    steps = 0

    def flush() -> None:
        nonlocal steps
        done = _check_all(args.kind, batch, args.lang, context, args.threads)
        at = 0
        for position, outcome in after:
            while at < position:
                emit(done[at])
                at += 1
            emit(outcome)
        for outcome in done[at:]:
            emit(outcome)
        batch.clear()
        after.clear()
        for _ in range(steps):
            progress.step()
        steps = 0

    for source in inputs:
        if isinstance(source, Outcome):
            after.append((len(batch), source))
            steps += 1
            continue
        name = source.path
        try:
            for name, document in _documents(source):
                batch.append((name, document))
                if len(batch) >= BATCH:
                    flush()
        except OSError as e:
            after.append((len(batch), Outcome(name, error=e.strerror or str(e), error_input="file")))
        except UnicodeDecodeError as e:
            after.append(
                (len(batch), Outcome(name, error=f"not UTF-8: invalid byte at offset {e.start}", error_input="file"))
            )
        except ValueError as e:
            after.append((len(batch), Outcome(name, error=str(e), error_input="document", error_path="document")))
        steps += 1
        if steps >= 64:
            flush()
    flush()
    progress.close()
    writer.finish(summary, args.lang, err, not args.no_summary)
    return summary.exit_status()


def _number_row(n: kazcustoms.Number) -> dict[str, Any]:
    return {
        "kind": n.kind,
        "office": n.office,
        "office_prefix": n.office_prefix,
        "recipient": n.recipient,
        "licence": n.licence,
        "date": n.date.isoformat(),
        "sequence": n.sequence,
    }


def _cmd_parse(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    offices = None if args.offices is None else [o for o in args.offices.split(",") if o]
    rows: list[dict[str, Any]] = []
    status = EXIT_OK
    for text in args.numbers:
        row: dict[str, Any] = {"number": text}
        try:
            n = kazcustoms.parse_number(args.kind, text, args.reference, offices=offices, lang=args.lang)
        except kazcustoms.InvalidNumber as e:
            row.update(status="invalid", rule=e.rule, message=str(e))
            status = max(status, EXIT_VIOLATIONS)
        except kazcustoms.KazcustomsError as e:
            row.update(status="input_error", rule=e.rule, message=str(e))
            status = EXIT_INPUT_ERROR
        else:
            row.update(status="valid", normalized=str(n), **_number_row(n))
        rows.append(row)
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.format == "csv":
        columns = ("number", "status", "normalized", "kind", "office", "office_prefix", "recipient", "licence",
                   "date", "sequence", "rule", "message")
        writer = _csv_writer(out, args.delimiter, args.bom)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else row[c] for c in columns])
    else:
        for row in rows:
            if row["status"] == "valid":
                parts = [row["normalized"], "valid", row["kind"]]
                for key in ("office", "office_prefix", "recipient", "licence"):
                    if row[key] is not None:
                        parts.append(f"{key.replace('_', ' ')} {row[key]}")
                parts += [f"date {row['date']}", f"sequence {row['sequence']}"]
                print("  ".join(parts), file=out)
            else:
                rule = f" {row['rule']}" if row["rule"] else ""
                print(f"{row['number']}  {row['status']}{rule}: {row['message']}", file=out)
    return status


def _cmd_deadline(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    due = kazcustoms.delivery_deadline(args.start, args.distance_km, args.convention, lang=args.lang)
    result: dict[str, Any] = {
        "start": args.start.isoformat(),
        "distance_km": args.distance_km,
        "convention": args.convention,
        "deadline": due.isoformat(),
    }
    status = EXIT_OK
    report = None
    if args.proposed is not None:
        report = kazcustoms.check_deadline(args.start, args.distance_km, args.proposed, args.convention, lang=args.lang)
        result["proposed"] = args.proposed.isoformat()
        result["report"] = json.loads(report.to_json())
        status = EXIT_OK if report.ok else EXIT_VIOLATIONS
    if args.format == "json":
        json.dump(result, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        print(due.isoformat(), file=out)
        if report is not None:
            for v in report.violations:
                print(f"{args.proposed.isoformat()}: {v.rule} [{v.source}]: {v.message}", file=out)
            if report.ok:
                print(f"{args.proposed.isoformat()}: keeps the deadline", file=out)
    return status


def _calendar(args: argparse.Namespace) -> kazcustoms.Calendar:
    if args.calendar_file is None:
        return kazcustoms.Calendar(lang=args.lang)
    try:
        text = Path(args.calendar_file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"--calendar-file {args.calendar_file}: {e}") from None
    return kazcustoms.Calendar.from_overrides(text, lang=args.lang)


def _cmd_working_days(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    calendar = _calendar(args)
    result: Any
    if args.action == "is":
        result = []
        for day in args.dates:
            kind = calendar.day_kind(day, lang=args.lang)
            result.append({"date": day.isoformat(), "working": kind.is_working, "kind": kind.kind, "text": kind.text})
        lines = [
            f"{r['date']}  {'working day' if r['working'] else 'day off'}  {r['kind']}"
            + (f"  {r['text']}" if r["text"] else "")
            for r in result
        ]
    elif args.action == "next":
        day = calendar.next_working_day(args.date, lang=args.lang)
        result = {"date": args.date.isoformat(), "next_working_day": day.isoformat()}
        lines = [day.isoformat()]
    elif args.action == "add":
        day = calendar.add_working_days(args.date, args.n, lang=args.lang)
        result = {"date": args.date.isoformat(), "n": args.n, "result": day.isoformat()}
        lines = [day.isoformat()]
    else:
        count = calendar.working_days_between(args.start, args.end)
        result = {"start": args.start.isoformat(), "end": args.end.isoformat(), "working_days": count}
        lines = [str(count)]
    if args.format == "json":
        json.dump(result, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for line in lines:
            print(line, file=out)
    return EXIT_OK


# --- the parser --------------------------------------------------------------------------


def _common(p: argparse.ArgumentParser, formats: Sequence[str] = FORMATS, csv_options: bool = True) -> None:
    p.add_argument("--lang", choices=LANGS, default="en", help="language of the messages (default en)")
    p.add_argument("--format", choices=formats, default="table", help="output format (default table)")
    if csv_options:
        p.add_argument(
            "--delimiter",
            choices=(",", ";"),
            default=",",
            help="CSV delimiter (default ','; ';' for spreadsheet programs in Kazakh and Russian locales)",
        )
        p.add_argument("--bom", action="store_true", help="start the CSV with a UTF-8 BOM (for spreadsheet programs)")


def parser() -> argparse.ArgumentParser:
    """The argument parser of the command line (every subcommand)."""
    top = argparse.ArgumentParser(
        prog="kazcustoms",
        description="Kazakhstan customs documents and numbers (Order No. 197), checked by kazcustoms-core.",
        epilog="Exit status: 0 all valid, 1 some break rules, 2 input errors.",
    )
    top.add_argument("--version", action="version", version=f"kazcustoms {kazcustoms.__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    v = sub.add_parser(
        "validate",
        help="validate documents of one kind",
        description=(
            "Validate documents of KIND. PATH is a file, a folder (walked recursively for *.json and "
            "*.jsonl in sorted order) or - for standard input. A file holding a JSON object is one "
            "document; a file holding a JSON array is a list of documents (named path[i]); a *.jsonl "
            "file has one document per line (named path:line)."
        ),
    )
    v.add_argument("kind", choices=kazcustoms.DOCUMENT_KINDS, metavar="KIND", help=", ".join(kazcustoms.DOCUMENT_KINDS))
    v.add_argument("paths", nargs="+", metavar="PATH")
    _common(v)
    ctx = v.add_argument_group(
        "context",
        "The validation context, as the options JSON of the C kazcustoms_validate_json: "
        "--context-file, then --context, then each --option, then the flags, each over the one before.",
    )
    ctx.add_argument("--context", metavar="JSON", help='the options as a JSON object, e.g. \'{"usd_rate": 505}\'')
    ctx.add_argument("--context-file", metavar="FILE", help="the options as a JSON file")
    ctx.add_argument("--option", action="append", default=[], metavar="KEY=JSON", help="one option (repeatable)")
    ctx.add_argument("--reference", type=_date, metavar="DATE", help="the reference date (default: today)")
    ctx.add_argument("--usd-rate", type=float, metavar="RATE", help="tenge per US dollar")
    ctx.add_argument("--distance-km", type=float, metavar="KM", help="the distance of the transit")
    ctx.add_argument("--convention", choices=("calendar", "thirty_day"), help="how a distance becomes a term")
    ctx.add_argument("--offices", metavar="CODES", help="the directory of customs offices, comma-separated")
    ctx.add_argument("--equipped-offices", metavar="CODES", help="offices equipped to read e-seals, comma-separated")
    ctx.add_argument("--eseal-departure", action="store_true", help="an electronic seal at departure")
    ctx.add_argument("--eseal-destination", action="store_true", help="an electronic seal at destination")
    ctx.add_argument("--tir-term-limit", action="store_true", help="apply the term limit to a TIR carnet")
    v.add_argument(
        "--threads", type=int, metavar="N", help="check on N threads (default: every core; validate_many)"
    )
    v.add_argument("--no-summary", action="store_true", help="leave out the summary by rule (table, csv)")
    bar = v.add_mutually_exclusive_group()
    bar.add_argument("--progress", action="store_true", default=None, help="always show the progress bar")
    bar.add_argument("--no-progress", action="store_false", dest="progress", help="never show the progress bar")
    v.set_defaults(run=_cmd_validate)

    p = sub.add_parser("parse", help="check registration numbers", description="Check registration numbers of KIND.")
    p.add_argument("kind", choices=kazcustoms.NUMBER_KINDS, metavar="KIND", help=", ".join(kazcustoms.NUMBER_KINDS))
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--reference", type=_date, metavar="DATE", help="the reference date (default: today)")
    p.add_argument("--offices", metavar="CODES", help="the directory of customs offices, comma-separated")
    _common(p)
    p.set_defaults(run=_cmd_parse)

    d = sub.add_parser(
        "deadline",
        help="the delivery deadline (R1 §19)",
        description="The delivery deadline of goods leaving on START over DISTANCE_KM (2000 km per month, R1 §19).",
    )
    d.add_argument("start", type=_date, metavar="START")
    d.add_argument("distance_km", type=float, metavar="DISTANCE_KM")
    d.add_argument("--convention", choices=("calendar", "thirty_day"), default="calendar")
    d.add_argument("--proposed", type=_date, metavar="DATE", help="check a proposed deadline (exit 1 when too late)")
    _common(d, formats=("table", "json"), csv_options=False)
    d.set_defaults(run=_cmd_deadline)

    w = sub.add_parser("working-days", help="working days of Kazakhstan (SPEC §13)")
    w.add_argument("--calendar-file", metavar="FILE", help="the calendar's overrides (Calendar.from_overrides) as JSON")
    actions = w.add_subparsers(dest="action", required=True, metavar="ACTION")
    wi = actions.add_parser("is", help="what each DATE is")
    wi.add_argument("dates", nargs="+", type=_date, metavar="DATE")
    wn = actions.add_parser("next", help="the first working day after DATE")
    wn.add_argument("date", type=_date, metavar="DATE")
    wa = actions.add_parser("add", help="DATE plus N working days")
    wa.add_argument("date", type=_date, metavar="DATE")
    wa.add_argument("n", type=int, metavar="N")
    wb = actions.add_parser("between", help="the working days in (START, END]")
    wb.add_argument("start", type=_date, metavar="START")
    wb.add_argument("end", type=_date, metavar="END")
    for a in (wi, wn, wa, wb):
        _common(a, formats=("table", "json"), csv_options=False)
    w.set_defaults(run=_cmd_working_days)
    return top


def main(argv: Sequence[str] | None = None, *, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    """Runs the command line with ``argv`` (default ``sys.argv[1:]``) and
    returns the exit status (0, 1 or 2); ``stdout`` and ``stderr`` default
    to the process's. Usage errors are reported by argparse (status 2)."""
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            args = parser().parse_args(argv)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else EXIT_INPUT_ERROR
    try:
        status: int = args.run(args, out, err)
    except UsageError as e:
        print(f"kazcustoms: {e}", file=err)
        return EXIT_INPUT_ERROR
    except kazcustoms.KazcustomsError as e:
        print(f"kazcustoms: {e}", file=err)
        return EXIT_VIOLATIONS if e.rule is not None else EXIT_INPUT_ERROR
    try:
        out.flush()
    except BrokenPipeError:  # pragma: no cover - `kazcustoms … | head`
        pass
    return status
