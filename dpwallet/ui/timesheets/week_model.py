"""One PA's week as rows: every day Monday to Sunday, each with its shifts (no Qt widgets).

Why every day, even empty ones: the person fills in a paper-like week, so a day with no
shift still has its row ("No shift"), and weekends and bank holidays are said in words
on the row itself (never by colour), because they are paid at other rates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from dpwallet.domain.payroll.bank_holidays import bank_holiday_name
from dpwallet.domain.timesheets import ShiftType
from dpwallet.i18n import _, ngettext
from dpwallet.i18n.formatting import format_date, format_date_short, format_hours
from dpwallet.services.people_service import ShiftRow
from dpwallet.ui.people.parts import Column, RowTableModel
from dpwallet.ui.people.words import shift_kind_words


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def day_words(day: dt.date) -> str:
    """'Saturday: weekend', 'Monday: bank holiday (Spring bank holiday)', or ''."""
    holiday = bank_holiday_name(day)
    if holiday:
        return _("Bank holiday ({name})").format(name=holiday)
    if day.weekday() >= 5:
        return _("Weekend")
    return ""


@dataclass(frozen=True)
class WeekRow:
    day: dt.date
    shift: ShiftRow | None

    def start_text(self) -> str:
        return f"{self.shift.entry.start:%H:%M}" if self.shift else _("No shift")

    def end_text(self) -> str:
        if self.shift is None:
            return ""
        end = self.shift.entry.end
        if end.date() > self.day:
            return _("{time} next day").format(time=f"{end:%H:%M}")
        return f"{end:%H:%M}"

    def break_text(self) -> str:
        if self.shift is None:
            return ""
        minutes = self.shift.entry.break_minutes
        return ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes) if minutes else ""

    def hours(self) -> Decimal:
        return self.shift.hours if self.shift else Decimal(0)

    def notes_text(self) -> str:
        parts = [day_words(self.day)]
        if self.shift is not None:
            if self.shift.paid:
                parts.append(_("Paid"))
            elif not self.shift.approved:
                parts.append(_("Not approved yet"))
        return "; ".join(p for p in parts if p)

    def sentence(self) -> str:
        """The row as a plain sentence (for easy read or reading aloud)."""
        when = format_date(self.day)
        if self.shift is None:
            return _("{day}: no shift.").format(day=when)
        return _("{day}: {kind} from {start} to {end}, {hours} hours paid.").format(
            day=when,
            kind=kind_words(self.shift.entry.kind).lower(),
            start=self.start_text(),
            end=self.end_text(),
            hours=format_hours(self.hours()),
        )


def week_rows(monday: dt.date, shifts: list[ShiftRow]) -> list[WeekRow]:
    rows: list[WeekRow] = []
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        todays = [s for s in shifts if s.entry.day == day]
        rows += [WeekRow(day, s) for s in todays] or [WeekRow(day, None)]
    return rows


def week_total(rows: list[WeekRow]) -> Decimal:
    return sum((r.hours() for r in rows), Decimal(0))


def total_sentence(rows: list[WeekRow]) -> str:
    hours = week_total(rows)
    shifts = sum(1 for r in rows if r.shift is not None)
    if not shifts:
        return _("No shifts this week yet.")
    return ngettext(
        "{n} shift this week, {hours} hours paid in total.",
        "{n} shifts this week, {hours} hours paid in total.",
        shifts,
    ).format(n=shifts, hours=format_hours(hours))


def _kind(row: WeekRow) -> str:
    return kind_words(row.shift.entry.kind) if row.shift else ""


def _start_key(row: WeekRow) -> tuple[dt.date, str]:
    return (row.day, f"{row.shift.entry.start:%H:%M}" if row.shift else "")


class ShiftTableModel(RowTableModel[WeekRow]):
    """Day, start, end, break, kind, hours and notes (weekend, bank holiday, paid)."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(lambda: _("Day"), lambda r: format_date_short(r.day), _start_key),
                Column(lambda: _("Start"), lambda r: r.start_text(), _start_key),
                Column(lambda: _("End"), lambda r: r.end_text()),
                Column(lambda: _("Break"), lambda r: r.break_text(), _break_key),
                Column(lambda: _("Kind"), _kind),
                Column(
                    lambda: _("Hours"),
                    lambda r: format_hours(r.hours()) if r.shift else "",
                    lambda r: r.hours(),
                    amount=True,
                ),
                Column(lambda: _("Notes"), lambda r: r.notes_text()),
            ]
        )


def _break_key(row: WeekRow) -> int:
    return row.shift.entry.break_minutes if row.shift else -1


KINDS = (ShiftType.NORMAL, ShiftType.NIGHT, ShiftType.SLEEP_IN, ShiftType.HOLIDAY, ShiftType.SICK)


def kind_words(kind: ShiftType) -> str:
    """The words for a kind of row, with "Off sick" for a day off sick."""
    return _("Off sick") if kind is ShiftType.SICK else shift_kind_words(kind)
