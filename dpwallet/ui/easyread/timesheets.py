"""Easy read Timesheets: which week this is, and each personal assistant's hours in it.

Why this wording: the normal screen is a week grid for one person at a time; easy read
says the week's dates in words (weekday and month), then one line a person: the hours
they worked, and any days of holiday or off sick. "Last week", "Next week" and "Add
hours" do exactly what the normal screen's buttons do (the screen does the work).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from dpwallet.domain.timesheets import ShiftType
from dpwallet.i18n import npgettext, pgettext
from dpwallet.i18n.formatting import format_date, format_hours, plural_number
from dpwallet.services import people_service
from dpwallet.ui.easyread.button_box import ButtonsView
from dpwallet.ui.easyread.widgets import EasyButton, IdeaRow

if TYPE_CHECKING:
    from dpwallet.services.wallet import Wallet

__all__ = ["EasyTimesheets", "PersonWeek", "WeekFacts", "plural_count", "week_facts"]

NOT_WORK = (ShiftType.HOLIDAY, ShiftType.SICK)


@dataclass(frozen=True, slots=True)
class PersonWeek:
    name: str
    worked: Decimal  # hours paid for work (not holiday or sick days)
    holiday_days: int
    sick_days: int


@dataclass(frozen=True, slots=True)
class WeekFacts:
    monday: dt.date
    today: dt.date
    people: tuple[PersonWeek, ...]

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    @property
    def is_this_week(self) -> bool:
        return self.monday <= self.today <= self.sunday


def week_facts(wallet: Wallet, monday: dt.date, today: dt.date) -> WeekFacts:
    """Every personal assistant working in the week from ``monday``, with their hours."""
    sunday = monday + dt.timedelta(days=6)
    people = []
    for pa in people_service.list_assistants(wallet):
        shifts = people_service.week_shifts(wallet, pa.id, monday)
        if not shifts and (pa.start_date > sunday or (pa.end_date and pa.end_date < monday)):
            continue  # not working for you that week
        worked = sum((s.hours for s in shifts if s.entry.kind not in NOT_WORK), Decimal(0))
        days = {kind: {s.entry.day for s in shifts if s.entry.kind is kind} for kind in NOT_WORK}
        people.append(
            PersonWeek(pa.name, worked, len(days[ShiftType.HOLIDAY]), len(days[ShiftType.SICK]))
        )
    return WeekFacts(monday, today, tuple(people))


def plural_count(hours: Decimal) -> int:
    """The count that picks the plural form: whole hours as they are, parts of hours
    (2.5, 0.5) as the language says a fraction (see :func:`plural_number`)."""
    return plural_number(hours)


class EasyTimesheets(ButtonsView):
    """``move_requested(weeks)``, ``this_week_requested`` and ``add_requested`` ask the
    normal timesheet screen to do the same as its own buttons."""

    move_requested = Signal(int)
    this_week_requested = Signal()
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("easyTimesheets")
        self.facts: WeekFacts | None = None
        self.person_rows: list[tuple[PersonWeek, str, IdeaRow]] = []
        add = self.add_row
        self.week = add(IdeaRow("calendar", name="erWeek"))
        self.nobody = add(IdeaRow("person", name="erWeekNobody", terms=("personal_assistant",)))
        self.previous_button = EasyButton("arrow-back", "erWeekPrevious")
        self.previous_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.next_button = EasyButton("arrow-next", "erWeekNext")
        self.next_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.this_week_button = EasyButton("calendar", "erWeekThis")
        self.this_week_button.clicked.connect(self.this_week_requested)
        self.add_button = EasyButton("add", "erWeekAdd")
        self.add_button.clicked.connect(self.add_requested)
        self.add_buttons(
            "erWeekButtons",
            self.previous_button,
            self.next_button,
            self.this_week_button,
            self.add_button,
        )
        self.content.addStretch(1)
        self.retranslate_ui()

    # ------------------------------------------------------------ data
    def show_week(self, facts: WeekFacts | None) -> None:
        self.facts = facts
        self._rebuild()
        self.retranslate_ui()

    def _rebuild(self) -> None:
        wanted: list[tuple[PersonWeek, str]] = []
        for person in self.facts.people if self.facts is not None else ():
            keys = ["hours"]
            keys += ["holiday"] if person.holiday_days else []
            keys += ["sick"] if person.sick_days else []
            wanted += [(person, key) for key in keys]
        old = self.person_rows
        if [k for _p, k in wanted] == [k for _p, k, _r in old]:
            self.person_rows = [
                (p, k, row) for (p, k), (_o, _k, row) in zip(wanted, old, strict=True)
            ]
            return  # the same rows say the new week: nothing to build again
        self.remove_rows([row for _p, _k, row in old])
        pictures = {
            "hours": ("clock", ()),
            "holiday": ("holiday", ("holiday",)),
            "sick": ("sick", ("off_sick",)),
        }
        self.person_rows = []
        for index, (person, key) in enumerate(wanted):
            picture, terms = pictures[key]
            row = IdeaRow(picture, name=f"erWeekRow{index}{key.title()}", terms=terms)
            self.person_rows.append((person, key, row))
        self.insert_rows(self.week, [row for _p, _k, row in self.person_rows])

    # ------------------------------------------------------------ words
    def retranslate_ui(self) -> None:
        self.heading.setText(pgettext("easyread", "Hours worked"))
        self.previous_button.set_words(pgettext("easyread", "Last week"))
        self.next_button.set_words(pgettext("easyread", "Next week"))
        self.this_week_button.set_words(pgettext("easyread", "Back to this week"))
        self.add_button.set_words(
            pgettext("easyread", "Add hours"),
            pgettext("easyread", "This opens the form for a shift."),
        )
        self._point_arrows()
        for row in self.rows:
            row.setVisible(False)
        f = self.facts
        has_people = f is not None and bool(f.people)
        for button in (self.previous_button, self.next_button, self.add_button):
            button.setVisible(has_people)
        self.this_week_button.setVisible(has_people and f is not None and not f.is_this_week)
        if f is None:
            return
        if not f.people:
            self._show(self.nobody, pgettext("easyread", "You have no personal assistants yet."))
            return
        self._show(
            self.week,
            pgettext("easyread", "This week is from {start} to {end}.")
            if f.is_this_week
            else pgettext("easyread", "This is the week from {start} to {end}."),
            start=format_date(f.monday),
            end=format_date(f.sunday),
        )
        for person, key, row in self.person_rows:
            self._person_row(row, key, person, f.is_this_week)
        self.fit_buttons()

    def _show(self, row: IdeaRow, template: str, **values: str) -> None:
        row.set_sentence(template, **values)
        row.setVisible(True)

    def _person_row(self, row: IdeaRow, key: str, person: PersonWeek, this_week: bool) -> None:
        name = person.name
        if key == "holiday":
            n = person.holiday_days
            self._show(
                row,
                npgettext(
                    "easyread",
                    "{name} had {n} day of holiday.",
                    "{name} had {n} days of holiday.",
                    n,
                ),
                name=name,
                n=str(n),
            )
        elif key == "sick":
            n = person.sick_days
            self._show(
                row,
                npgettext(
                    "easyread",
                    "{name} was off sick for {n} day.",
                    "{name} was off sick for {n} days.",
                    n,
                ),
                name=name,
                n=str(n),
            )
        elif not person.worked:
            self._show(
                row,
                pgettext("easyread", "{name} has no hours this week yet.")
                if this_week
                else pgettext("easyread", "{name} has no hours in that week."),
                name=name,
            )
        else:
            n = plural_count(person.worked)
            template = (
                npgettext(
                    "easyread",
                    "{name} worked {n} hour this week.",
                    "{name} worked {n} hours this week.",
                    n,
                )
                if this_week
                else npgettext(
                    "easyread",
                    "{name} worked {n} hour in that week.",
                    "{name} worked {n} hours in that week.",
                    n,
                )
            )
            self._show(row, template, name=name, n=format_hours(person.worked))

    def _point_arrows(self) -> None:
        """Back points to where reading starts: left in English, right in Urdu."""
        rtl = self.isRightToLeft()
        for button, picture in (
            (self.previous_button, "arrow-next" if rtl else "arrow-back"),
            (self.next_button, "arrow-back" if rtl else "arrow-next"),
        ):
            if button.picture != picture:
                button.picture = picture
                vars(button).pop("_drawn", None)  # draw it again with the other arrow
                button.repaint_picture()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._point_arrows()
