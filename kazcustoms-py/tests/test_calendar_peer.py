"""The built-in working-day calendar against an independent peer: every day
of 2013-01-01…2027-12-31 compared with the `holidays` package's KZ calendar
(its own reading of the Law on holidays, the government decrees and the
ministerial orders; pinned in the root Makefile's venv).

Two comparisons, each with the days where the two may differ listed below
with the source that decides them:

* whether the day is a working day (weekends, holidays, the moving rule and
  the moves made by decree or order) — the answer every caller depends on;
* what the day is (working, weekend, holiday, moved day off, moved working
  day) — the peer's substituted and observed days are the library's moved
  days, its weekend workdays the library's moved working days.

A disagreement that is not listed fails the test, and so does a listed one
that no longer occurs, so the lists stay honest. A calendar with one day
changed shows that the comparison notices a difference."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from holidays.countries.kazakhstan import KZ
from holidays.version import __version__ as HOLIDAYS_VERSION

from kazcustoms import Calendar

FIRST = datetime.date(2013, 1, 1)
LAST = datetime.date(2027, 12, 31)
DAYS = [FIRST + datetime.timedelta(days=k) for k in range((LAST - FIRST).days + 1)]
PEER = KZ(years=range(FIRST.year, LAST.year + 1), language="en_US")
BUILTIN = Calendar()

#: Days where the peer and the library disagree on whether the day is a
#: working day, each with the source that decides it. There are none: for
#: every day of 2013–2027 both give the same answer (the decrees of 2013–2019
#: in kazcustoms-core/src/calendar/data.rs are the acts the peer cites, and
#: each was also read in the press reports named there). A disagreement found
#: later goes here with its source, or is fixed in data.rs.
WORKING_EXCEPTIONS: dict[datetime.date, str] = {}

#: Days where both agree on working or not but call the day differently.
KIND_EXCEPTIONS: dict[datetime.date, str] = {
    datetime.date(2020, 5, 11): (
        "library: moved working day, peer: working day. Victory Day fell on Saturday 9 May 2020, "
        "so the law made Monday 11 May a day off, and Government Decree No. 820 of 1 November 2019 "
        "moved that day off to Friday 8 May (adilet.zan.kz P1900000820, quoted by kyzylorda-news.kz). "
        "The peer lists the move but not the statutory day off it undoes, so 11 May is an ordinary "
        "working day to it. Both say 11 May is worked."
    ),
    datetime.date(2027, 5, 16): (
        "library: weekend, peer: holiday (Eid al-Adha, estimated). The first day of Kurban Ait 2027 "
        "is not fixed yet: it is set each year with the Spiritual Administration of Muslims of "
        "Kazakhstan, and 2027 is a statutory-only year until it is (the caller sets it with "
        "Calendar(kurban_ait={2027: ...})). The peer's date is an astronomical estimate; it is a "
        "Sunday, so both say the day is not worked."
    ),
}

PEER_MOVED = re.compile(r"\(observed|^Day off \(substituted from ")


def peer_kind(day: datetime.date) -> str:
    """The peer's day in the library's kinds."""
    if day in PEER.weekend_workdays:
        return "moved_working_day"
    names = PEER.get_list(day)
    if any(not PEER_MOVED.search(name) for name in names):
        return "holiday"
    if names:
        return "moved_day_off"
    return "weekend" if day.weekday() >= 5 else "working"


def working_disagreements(cal: Calendar) -> dict[datetime.date, str]:
    return {
        day: f"library {'working' if cal.is_working_day(day) else 'off'}, peer {PEER.get_list(day) or peer_kind(day)}"
        for day in DAYS
        if cal.is_working_day(day) != PEER.is_working_day(day)
    }


def kind_disagreements(cal: Calendar) -> dict[datetime.date, str]:
    found = {}
    for day in DAYS:
        ours, theirs = cal.day_kind(day).kind, peer_kind(day)
        if ours != theirs:
            found[day] = f"library {ours}, peer {theirs} {PEER.get_list(day)}"
    return found


def check_listed(found: dict[datetime.date, str], listed: dict[datetime.date, str], what: str) -> None:
    unlisted = {d: r for d, r in found.items() if d not in listed}
    stale = sorted(d for d in listed if d not in found)
    problems = [f"{d}: {r}" for d, r in sorted(unlisted.items())]
    problems += [f"{d}: listed as an exception but no longer differs" for d in stale]
    assert not problems, f"{what} vs holidays {HOLIDAYS_VERSION}:\n  " + "\n  ".join(problems)


def test_the_peer_is_the_pinned_version() -> None:
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text(encoding="utf-8")
    pinned = re.search(r'"holidays==([^"]+)"', makefile)
    assert pinned is not None, "the root Makefile does not pin holidays"
    assert HOLIDAYS_VERSION == pinned.group(1), "the venv's holidays is not the pinned one: rebuild .venv"
    assert len(DAYS) == 5478


def test_working_days_agree_with_the_peer() -> None:
    check_listed(working_disagreements(BUILTIN), WORKING_EXCEPTIONS, "working days")


def test_day_kinds_agree_with_the_peer() -> None:
    check_listed(kind_disagreements(BUILTIN), KIND_EXCEPTIONS, "day kinds")


def test_kurban_ait_agrees_with_the_peer() -> None:
    peer = {d.year: d for d in DAYS if any("Eid al-Adha" in n for n in PEER.get_list(d))}
    assert sorted(peer) == list(range(FIRST.year, LAST.year + 1))
    for year in range(FIRST.year, LAST.year + 1):
        if BUILTIN.is_verified(year):
            assert BUILTIN.kurban_ait(year) == peer[year], year
        else:
            # 2027: only the peer's estimate, see KIND_EXCEPTIONS
            assert BUILTIN.kurban_ait(year) is None and "(estimated)" in PEER[peer[year]], year
    assert [y for y in range(FIRST.year, LAST.year + 1) if not BUILTIN.is_verified(y)] == [2027]


@pytest.mark.parametrize(
    ("changed", "day"),
    [
        (Calendar(working_days=[datetime.date(2027, 3, 15)]), datetime.date(2027, 3, 15)),
        (Calendar(days_off=[datetime.date(2015, 9, 25)]), datetime.date(2015, 9, 25)),
        (Calendar(kurban_ait={2018: datetime.date(2018, 8, 22)}), datetime.date(2018, 8, 21)),
    ],
    ids=["working Constitution Day 2027", "a day off in 2015", "Kurban Ait 2018 a day late"],
)
def test_a_changed_day_is_noticed(changed: Calendar, day: datetime.date) -> None:
    found = working_disagreements(changed)
    assert day in found
    with pytest.raises(AssertionError, match=str(day)):
        check_listed(found, WORKING_EXCEPTIONS, "working days")
    # a listed exception that no longer differs fails too
    with pytest.raises(AssertionError, match="no longer differs"):
        check_listed(working_disagreements(BUILTIN), {day: "stale"}, "working days")
