"""What the vector generators (make_*_vectors.py) share.

Written once here, by hand from SPEC.md and the law, never from running the
library:

- the working days of Kazakhstan in 2026 (SPEC §13) and the day arithmetic
  on them (next working day, n-th working day after a date);
- the delivery-term arithmetic of SPEC §2 (2000 km a month, calendar months
  or 30-day months);
- the common layout of a document vector file (format 1, see README.md):
  `document_file` builds it and checks what every file must satisfy, and
  `write` writes it deterministically.

Plain Python 3, stdlib only; imported by the generators, which put this
directory on sys.path (they are run as scripts from anywhere).
"""

import calendar
import datetime
import json
from decimal import Decimal

D = datetime.date

# --------------------------------------------------------------------------
# The calendar.
#
# Days off of 2026 other than Saturdays and Sundays, from the law:
#   1-2 Jan (Thu, Fri), 7 Jan (Wed); 8 Mar is a Sunday -> Mon 9 Mar off;
#   Nauryz 21-23 Mar (Sat, Sun, Mon): Sat 21 and Sun 22 fall on days off ->
#   the next working days after the holidays, Tue 24 and Wed 25, are off;
#   1 May (Fri), 7 May (Thu), 9 May is a Saturday -> Mon 11 May off;
#   Kurban Ait 27 May (Wed, never moved); 6 Jul (Mon);
#   25 Oct is a Sunday -> Mon 26 Oct off; 16 Dec (Wed; 17 Dec is no longer a
#   holiday since 2022). No decree moved days off in 2026.
# August is left out on purpose: whether 30 August 2026 is still a holiday
# (the new Constitution of 2026 moves Constitution Day to 15 March) is not a
# question these vectors should hang on.
DAYS_OFF_2026 = frozenset({
    D(2026, 1, 1), D(2026, 1, 2), D(2026, 1, 7),
    D(2026, 3, 9),
    D(2026, 3, 23), D(2026, 3, 24), D(2026, 3, 25),
    D(2026, 5, 1), D(2026, 5, 7), D(2026, 5, 11),
    D(2026, 5, 27),
    D(2026, 7, 6),
    D(2026, 10, 26),
    D(2026, 12, 16),
})


def working(day):
    """Whether `day` is a working day. Known here: 2026 except August, and
    28 January to 7 March 2028 (no holiday in it; the leap-day cases)."""
    if day.year == 2028:
        assert D(2028, 1, 28) <= day <= D(2028, 3, 7), day
        return day.weekday() < 5
    assert day.year == 2026 and day.month != 8, day
    return day.weekday() < 5 and day not in DAYS_OFF_2026


def next_working_day(day):
    """The first working day strictly after `day`."""
    return add_working_days(day, 1)


def add_working_days(day, n):
    """The n-th working day strictly after `day` (`day` itself for n = 0)."""
    while n:
        day += datetime.timedelta(days=1)
        if working(day):
            n -= 1
    return day


# --------------------------------------------------------------------------
# The delivery term (SPEC §2).

METRES_A_MONTH = 2_000_000


def add_months(d, n):
    """`d` plus n calendar months, the day clamped to the month's last."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return D(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def limit(start, km, convention="calendar"):
    """The last date delivery over `km` is still in time (SPEC §2): the
    distance in whole metres (half up), 2000 km a month; with the calendar
    convention whole months are calendar months and the rest is counted in
    30-day months, rounded up to a whole day; with `thirty_day` every month
    is 30 days."""
    metres = int(Decimal(repr(km)) * 1000 + Decimal("0.5"))
    if convention == "calendar":
        whole, rest = divmod(metres, METRES_A_MONTH)
        return add_months(start, whole) + datetime.timedelta(days=-(-rest * 30 // METRES_A_MONTH))
    assert convention == "thirty_day", convention
    return start + datetime.timedelta(days=-(-metres * 30 // METRES_A_MONTH))


# --------------------------------------------------------------------------
# The document vector file.

FORMAT = 1
SECTIONS = ("valid", "invalid", "input_errors", "lifecycle")
INPUTS = ("document", "options")


def input_error(name, path, *, kind=None, document=None, document_text=None,
                options=None, input="document", **more):
    """An input-error case: validating fails with an `invalid_document`
    error of `input` at exactly `path` (with `path_prefix=True`: at a path
    that starts with `path`). Exactly one of `document` (a JSON value) and
    `document_text` (raw text); `options`, a case override merged over the
    file's, holds the bad option of an input error of the options."""
    assert (document is None) != (document_text is None), name
    assert input in INPUTS, input
    case = {"name": name}
    if kind is not None:
        case["kind"] = kind
    if document_text is not None:
        case["document_text"] = document_text
    else:
        case["document"] = document
    if options is not None:
        case["options"] = options
    case.update(error="invalid_document", input=input, path=path, **more)
    return case


def sequence(name, kind, states, edges, rule):
    """A lifecycle sequence through `states` from the first; the expected
    first refused move (`fails_at`) is derived from `edges`, the allowed
    (from, to) pairs written by hand from SPEC."""
    steps = list(zip(states, states[1:]))
    bad = [i + 1 for i, e in enumerate(steps) if e not in edges]
    fails_at = bad[0] if bad else None
    return {"name": name, "kind": kind, "states": list(states), "fails_at": fails_at,
            "rules": [] if fails_at is None else [rule]}


def document_file(kind, options, valid, invalid, input_errors, lifecycle=(), **extra):
    """A document vector file: the common sections and the file's own
    `extra` sections (after them). Checks that case names are unique within
    each section and kind, rule sets are sorted and duplicate-free, every input error
    names its class, input and path, and lifecycle sequences name their kind."""
    for section, cases in (("valid", valid), ("invalid", invalid),
                           ("input_errors", input_errors), ("lifecycle", lifecycle)):
        names = [(c.get("kind", kind), c["name"]) for c in cases]
        dup = sorted({n for n in names if names.count(n) > 1})
        assert not dup, (section, dup)
    for c in invalid:
        assert c["rules"] == sorted(set(c["rules"])), c["name"]
    for c in valid:
        assert "rules" not in c, c["name"]
    for c in input_errors:
        assert c["error"] == "invalid_document" and c["input"] in INPUTS and "path" in c, c["name"]
        assert ("document" in c) != ("document_text" in c), c["name"]
    for c in lifecycle:
        assert c["kind"] and c["states"] and c["rules"] == sorted(c["rules"]), c["name"]
        assert (c["fails_at"] is None) == (not c["rules"]), c["name"]
    data = {"format": FORMAT, "kind": kind, "options": options,
            "valid": list(valid), "invalid": list(invalid),
            "input_errors": list(input_errors), "lifecycle": list(lifecycle)}
    for key in extra:
        assert key not in data, key
    data.update(extra)
    return data


def dumps(data, indent=1):
    """The JSON text of a vector file (deterministic, UTF-8 as is)."""
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


def write(path, data, indent=1):
    """Writes a vector file; returns its text."""
    text = dumps(data, indent)
    path.write_text(text, encoding="utf-8")
    return text


def counts(data):
    """`section: n` for the common sections, for the generators' summaries."""
    return ", ".join(f"{len(data[s])} {s}" for s in SECTIONS)
