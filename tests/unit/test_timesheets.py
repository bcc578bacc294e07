"""Timesheet rules: impossible and overlapping shifts, and hours split at midnight."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dpwallet.domain.timesheets import (
    ShiftEntry,
    ShiftType,
    hours_by_day,
    overlap_message,
    overlaps,
    paid_hours,
    problems,
    sick_days,
    sick_spells,
)

D = dt.datetime


def entry(start: dt.datetime, end: dt.datetime, **kw: object) -> ShiftEntry:
    return ShiftEntry(start, end, **kw)  # type: ignore[arg-type]


def test_an_ordinary_shift_has_no_problems_and_pays_less_its_break() -> None:
    shift = entry(D(2026, 4, 7, 9), D(2026, 4, 7, 17), break_minutes=30)
    assert problems(shift) == []
    assert paid_hours(shift) == Decimal("7.50")


def test_end_before_start_is_refused_kindly() -> None:
    [text] = problems(entry(D(2026, 4, 7, 17), D(2026, 4, 7, 9)))
    assert "ends before it starts" in text and "Tuesday 7 April 2026" in text
    assert "please" in text.lower()


def test_more_than_sixteen_hours_is_refused_with_what_to_do() -> None:
    [text] = problems(entry(D(2026, 4, 7, 6), D(2026, 4, 7, 23)))
    assert "longer than 16 hours" in text and "split it" in text
    assert problems(entry(D(2026, 4, 7, 6), D(2026, 4, 7, 22))) == []  # exactly 16 is fine


def test_a_break_as_long_as_the_shift_is_refused() -> None:
    [text] = problems(entry(D(2026, 4, 7, 9), D(2026, 4, 7, 10), break_minutes=60))
    assert "break" in text and "as long as the shift" in text
    assert problems(entry(D(2026, 4, 7, 9), D(2026, 4, 7, 10), break_minutes=-5))


def test_sleep_in_awake_hours_must_fit_inside_it() -> None:
    bad = entry(
        D(2026, 4, 7, 22), D(2026, 4, 8, 7), kind=ShiftType.SLEEP_IN, awake_hours=Decimal(10)
    )
    assert "do not fit" in problems(bad)[0]
    good = entry(
        D(2026, 4, 7, 22), D(2026, 4, 8, 7), kind=ShiftType.SLEEP_IN, awake_hours=Decimal(1)
    )
    assert problems(good) == [] and paid_hours(good) == 1


def test_overlaps_found_but_touching_shifts_and_the_shift_itself_are_fine() -> None:
    morning = ShiftEntry(D(2026, 4, 7, 9), D(2026, 4, 7, 13), ident=1)
    afternoon = ShiftEntry(D(2026, 4, 7, 13), D(2026, 4, 7, 17), ident=2)
    clash = ShiftEntry(D(2026, 4, 7, 12), D(2026, 4, 7, 14))
    assert overlaps(afternoon, [morning]) == []
    assert overlaps(clash, [morning, afternoon]) == [morning, afternoon]
    assert overlaps(morning, [morning]) == []  # editing a shift does not clash with itself
    text = overlap_message("Ana", clash, morning)
    assert "Ana already has a shift from 09:00 to 13:00 on Tuesday 7 April 2026" in text
    assert "overlap" in text and "fault" not in text


def test_night_over_midnight_splits_by_day_with_the_break_from_the_first_part() -> None:
    night = entry(D(2026, 4, 10, 22), D(2026, 4, 11, 6, 20), break_minutes=30)
    assert hours_by_day(night) == [
        (dt.date(2026, 4, 10), Decimal("1.50")),
        (dt.date(2026, 4, 11), Decimal("6.33")),
    ]
    assert sum(h for _d, h in hours_by_day(night)) == paid_hours(night) == Decimal("7.83")


def test_shift_kinds_read_from_their_stored_spelling() -> None:
    assert ShiftType.parse("sleep-in") is ShiftType.SLEEP_IN
    assert ShiftType.parse("Normal") is ShiftType.NORMAL


def test_a_sick_day_pays_no_hours_and_must_end_by_midnight() -> None:
    sick = entry(D(2026, 4, 20, 9), D(2026, 4, 20, 17), kind=ShiftType.SICK)
    assert problems(sick) == [] and paid_hours(sick) == 0
    assert hours_by_day(sick) == [(dt.date(2026, 4, 20), Decimal(0))]
    two_days = entry(D(2026, 4, 20, 9), D(2026, 4, 21, 9), kind=ShiftType.SICK)
    assert "one day at a time" in " ".join(problems(two_days))
    assert ShiftType.parse("Sick") is ShiftType.SICK


def test_consecutive_sick_days_form_one_spell() -> None:
    day = dt.date(2026, 4, 20)
    rows = [entry(D(2026, 4, d, 9), D(2026, 4, d, 17), kind=ShiftType.SICK) for d in (24, 20, 21)]
    rows.append(entry(D(2026, 4, 22, 9), D(2026, 4, 22, 17)))  # worked: not sick
    days = sick_days(rows)
    assert days == [day, day + dt.timedelta(days=1), dt.date(2026, 4, 24)]
    assert sick_spells(days) == [(day, day + dt.timedelta(days=1)), (dt.date(2026, 4, 24),) * 2]
