"""Shifts on a timesheet: which are possible, and how their hours split by day.

Why pure and separate: the week grid, the CLI and the pay run all need the same
answer to "can this shift be right?", and a person typing in a week of shifts
deserves a kind sentence saying what looks wrong, not a database error.

Times are the wall-clock times written on the timesheet (what the PA and the
person agreed), so a night shift over the clock change counts its clock hours.
A shift is paid in the pay period in which it *starts*. For weekend and
bank-holiday enhancements a shift that runs past midnight is split at midnight,
so Friday 10pm to Saturday 6am is 2 weekday hours and 6 weekend hours; an
unpaid break comes off the first part first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date

MAX_SHIFT_HOURS = 16
HUNDREDTH = Decimal("0.01")
_MINUTES = Decimal(60)


class ShiftType(Enum):
    """What kind of time a timesheet row records. Values are the database spellings."""

    NORMAL = "normal"
    NIGHT = "night"  # a waking night
    SLEEP_IN = "sleep_in"  # a flat allowance; hours awake and working are paid on top
    HOLIDAY = "holiday"  # paid holiday taken: hours of holiday pay, no work
    SICK = "sick"  # one day off sick: no hourly pay; the pay run works out SSP

    @classmethod
    def parse(cls, text: str) -> ShiftType:
        cleaned = text.strip().lower().replace("-", "_").replace(" ", "_")
        for member in cls:
            if member.value == cleaned:
                return member
        raise ValueError(text)


@dataclass(frozen=True)
class ShiftEntry:
    """One row of a timesheet, as the person typed it."""

    start: dt.datetime
    end: dt.datetime
    break_minutes: int = 0
    kind: ShiftType = ShiftType.NORMAL
    awake_hours: Decimal | None = None  # sleep-ins only: hours awake and working
    ident: int | None = None  # the stored shift's id, so an edit does not overlap itself

    @property
    def day(self) -> dt.date:
        return self.start.date()


def _naive(moment: dt.datetime) -> dt.datetime:
    """Wall-clock time without a zone (stored shifts come back tagged UTC)."""
    return moment.replace(tzinfo=None)


def _minutes(entry: ShiftEntry) -> int:
    return int((_naive(entry.end) - _naive(entry.start)).total_seconds() // 60)


def _hours(minutes: int) -> Decimal:
    """Minutes as hours to the hundredth, the way timesheets are usually totalled."""
    return (Decimal(minutes) / _MINUTES).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def paid_hours(entry: ShiftEntry) -> Decimal:
    """Hours paid at an hourly rate: the shift less its break; a sleep-in's awake hours."""
    if entry.kind is ShiftType.SLEEP_IN:
        return entry.awake_hours or Decimal(0)
    if entry.kind is ShiftType.SICK:
        return Decimal(0)  # paid as SSP by the day, never by the hour
    return _hours(_minutes(entry) - entry.break_minutes)


def problems(entry: ShiftEntry) -> list[str]:
    """Kind sentences for anything impossible about one shift (empty when it is fine)."""
    when = format_date(entry.day)
    found: list[str] = []
    minutes = _minutes(entry)
    if minutes <= 0:
        found.append(
            _(
                "The shift on {day} ends before it starts. Please check the start and end times."
            ).format(day=when)
        )
        return found
    if minutes > MAX_SHIFT_HOURS * 60:
        found.append(
            _(
                "The shift on {day} is longer than {hours} hours. If that is right, please "
                "split it into two shifts with the break between them."
            ).format(day=when, hours=MAX_SHIFT_HOURS)
        )
    if entry.break_minutes < 0:
        found.append(_("The break on {day} cannot be less than nothing.").format(day=when))
    elif entry.break_minutes >= minutes:
        found.append(
            _("The break on {day} is as long as the shift itself. Please check the break.").format(
                day=when
            )
        )
    next_midnight = dt.datetime.combine(entry.day + dt.timedelta(days=1), dt.time())
    if entry.kind is ShiftType.SICK and _naive(entry.end) > next_midnight:
        found.append(
            _(
                "Days off sick are recorded one day at a time. Please end the sick day on "
                "{day} by midnight, and add another sick day for each day after it."
            ).format(day=when)
        )
    awake = entry.awake_hours
    if entry.kind is ShiftType.SLEEP_IN and awake is not None and not 0 <= awake * 60 <= minutes:
        found.append(
            _("The hours awake on the sleep-in on {day} do not fit inside it.").format(day=when)
        )
    return found


def sick_days(entries: Iterable[ShiftEntry]) -> list[dt.date]:
    """The days off sick among ``entries``, each once, in order."""
    return sorted({e.day for e in entries if e.kind is ShiftType.SICK})


def sick_spells(days: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Days off sick as (first, last) runs of consecutive calendar days.

    Only days recorded as sick count: a PA off sick Friday and Monday with nothing
    recorded for the weekend has two absences, as the timesheet says.
    """
    spells: list[tuple[dt.date, dt.date]] = []
    for day in sorted(set(days)):
        if spells and day - spells[-1][1] == dt.timedelta(days=1):
            spells[-1] = (spells[-1][0], day)
        else:
            spells.append((day, day))
    return spells


def overlaps(entry: ShiftEntry, others: Iterable[ShiftEntry]) -> list[ShiftEntry]:
    """Shifts of the same PA that share some time with ``entry`` (touching ends is fine)."""
    start, end = _naive(entry.start), _naive(entry.end)
    return [
        other
        for other in others
        if (entry.ident is None or other.ident != entry.ident)
        and _naive(other.start) < end
        and start < _naive(other.end)
    ]


def overlap_message(name: str, entry: ShiftEntry, clash: ShiftEntry) -> str:
    """The kind sentence for two shifts of one PA at the same time."""
    return _(
        "{name} already has a shift from {start} to {end} on {day}, so this one would overlap "
        "it. Please change the times, or edit the shift that is already there."
    ).format(
        name=name,
        start=f"{_naive(clash.start):%H:%M}",
        end=f"{_naive(clash.end):%H:%M}",
        day=format_date(clash.day),
    )


def hours_by_day(entry: ShiftEntry) -> list[tuple[dt.date, Decimal]]:
    """Paid hours split at midnight (break off the first part first); totals match."""
    total = paid_hours(entry)
    if entry.kind in (ShiftType.SLEEP_IN, ShiftType.HOLIDAY, ShiftType.SICK):
        return [(entry.day, total)]
    pieces: list[tuple[dt.date, int]] = []
    cursor, end = _naive(entry.start), _naive(entry.end)
    while cursor < end:
        midnight = dt.datetime.combine(cursor.date() + dt.timedelta(days=1), dt.time())
        stop = min(midnight, end)
        pieces.append((cursor.date(), int((stop - cursor).total_seconds() // 60)))
        cursor = stop
    unpaid = max(entry.break_minutes, 0)
    out: list[tuple[dt.date, Decimal]] = []
    for day, minutes in pieces:
        taken = min(unpaid, minutes)
        unpaid -= taken
        out.append((day, _hours(minutes - taken)))
    out = [(day, hours) for day, hours in out if hours]
    if out:  # keep the rounded parts adding up to the shift's total
        last_day, last = out[-1]
        out[-1] = (last_day, last + total - sum((h for _d, h in out), Decimal(0)))
    return out
