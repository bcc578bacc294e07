"""Timesheets: one PA's week, Monday to Sunday, filled in from the keyboard.

Why this shape: most people copy last week and change a shift or two, so the week grid,
"Copy last week" and a shift form with Enter to save sit together. Removing a shift is
immediate with an Undo button beside the sentence saying what was removed (ux.md: undo
is better than "Are you sure?"). Overlaps and impossible shifts are refused by the
service before anything is written, and its kind sentence goes in the error summary.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from dpwallet.domain.errors import DpwalletError, UsageError
from dpwallet.i18n import _, ngettext, pgettext
from dpwallet.i18n.formatting import format_date
from dpwallet.services import money_service, people_service
from dpwallet.services.changes import Changes
from dpwallet.services.people_service import ShiftRow
from dpwallet.services.undo import stack_for
from dpwallet.ui.easyread import EasyButton, EasyReadView, attach_easy_read, easy_read_state
from dpwallet.ui.easyread.timesheets import EasyTimesheets, week_facts
from dpwallet.ui.event_bus import bus
from dpwallet.ui.people.parts import (
    MIN_TARGET,
    compact_combo,
    flow_row,
    name_table,
    selected_row,
    table_view,
)
from dpwallet.ui.session import Session
from dpwallet.ui.timesheets.shift_form import ShiftForm
from dpwallet.ui.timesheets.week_model import (
    ShiftTableModel,
    WeekRow,
    monday_of,
    total_sentence,
    week_rows,
)
from dpwallet.ui.widgets import ErrorSummary, Field, ScreenView, button, label, set_text

SHIFT_ENTITIES = ("shift", "personal_assistant", "pay_run")


class TimesheetView(ScreenView):
    """The "Timesheets" section."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timesheetView")
        self.session = session
        self.monday = monday_of(dt.date.today())
        self.removed: tuple[int, ShiftRow] | None = None
        self.title = label("h1", name="timesheetTitle")
        self.errors = ErrorSummary()
        self.assistant = compact_combo(QComboBox())
        self.assistant.setMinimumHeight(MIN_TARGET)
        self.assistant.currentIndexChanged.connect(lambda _i: self.show_week())
        self.assistant_field = Field(self.assistant, "timesheetAssistant")
        self.empty = label(name="timesheetEmpty")
        self.week_label = label("h2", name="timesheetWeek")
        self.previous_button = button("weekPrevious")
        self.previous_button.clicked.connect(lambda: self.move_week(-1))
        self.this_week_button = button("weekThis")
        self.this_week_button.clicked.connect(self.this_week)
        self.next_button = button("weekNext")
        self.next_button.clicked.connect(lambda: self.move_week(1))
        self.copy_button = button("weekCopy")
        self.copy_button.clicked.connect(self.copy_last_week)
        self.done = label("label", name="timesheetDone")
        self.undo_button = button("shiftUndo")
        self.undo_button.clicked.connect(self.undo_remove)
        done_row = QHBoxLayout()
        done_row.addWidget(self.done, 1)
        done_row.addWidget(self.undo_button)
        self.model = ShiftTableModel()
        self.table = table_view("weekTable", self.model, rows_shown=12)
        self.table.clicked.connect(lambda _index: self._row_chosen())
        self.table.activated.connect(lambda _index: self._row_chosen(focus=True))
        self.table.installEventFilter(self)
        self.total = label("label", name="weekTotal")
        self.form = ShiftForm()
        self.form.submitted.connect(self.save_shift)
        self.save_button = button("shiftSave", primary=True)
        self.save_button.clicked.connect(self.save_shift)
        self.new_button = button("shiftNew")
        self.new_button.clicked.connect(lambda: self.form.new_shift())
        self.remove_button = button("shiftRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.add(self.title, self.errors, self.assistant_field, self.empty, self.week_label)
        self.content.addLayout(
            flow_row(self.previous_button, self.this_week_button, self.next_button)
        )
        self.content.addLayout(done_row)
        self.add(self.table, self.total)
        self.content.addLayout(flow_row(self.copy_button))
        self.add(self.form)
        self.content.addLayout(flow_row(self.save_button, self.new_button, self.remove_button))
        self.content.addStretch(1)
        self._show_done("")
        bus().changes_applied.connect(self._changes_applied)
        # Easy read: the same week in sentences; "Add hours" shows this form with a way back.
        self.easy_back = EasyButton("easy-read", "timesheetBackToEasyRead")
        self.content.insertWidget(0, self.easy_back, 0, Qt.AlignmentFlag.AlignLeading)
        self.easy = EasyTimesheets()
        self.easy.move_requested.connect(self.move_week)
        self.easy.this_week_requested.connect(self.this_week)
        self.easy.add_requested.connect(self._easy_add)
        self._easy_switch = attach_easy_read(self, self.easy)
        self.easy_back.clicked.connect(lambda: self._easy_switch.follow(True))
        self._easy_switch.stack.currentChanged.connect(lambda _i: self._easy_back_shown())
        easy_read_state().changed.connect(self._easy_back_shown)  # bound: ends with the screen
        self._easy_back_shown()
        self.retranslate_ui()
        self._set_visible(False)

    def easy_read_view(self) -> EasyReadView | None:
        """The easy read week while easy read is on (the shell's corner asks for it)."""
        return self._easy_switch.active_easy_view()

    def _easy_add(self) -> None:
        """Easy read's "Add hours": this screen's shift form; saving goes back to easy read."""
        self._easy_switch.stack.setCurrentWidget(self.scroller)
        self.form.new_shift(self.today() if self.monday == monday_of(self.today()) else None)
        self.form.start.setFocus()

    def _easy_back_shown(self, *_ignored: object) -> None:
        away = easy_read_state().on and self._easy_switch.active_easy_view() is None
        self.easy_back.setVisible(away)

    def _feed_easy(self) -> None:
        wallet = self.session.wallet
        if wallet is None or wallet.is_locked:
            self.easy.show_week(None)
            return
        self.easy.show_week(week_facts(wallet, self.monday, self.today()))

    # ------------------------------------------------------------------ data
    def today(self) -> dt.date:
        wallet = self.session.wallet
        return wallet.clock.today() if wallet is not None else dt.date.today()

    def refresh(self) -> None:
        wallet = self.session.wallet
        if wallet is None or wallet.is_locked:
            self.clear()
            return
        chosen = self.assistant.currentData()
        self.assistant.blockSignals(True)
        self.assistant.clear()
        for pa in people_service.list_assistants(wallet):
            self.assistant.addItem(pa.name, pa.id)
        index = self.assistant.findData(chosen)
        self.assistant.setCurrentIndex(index if index >= 0 else 0)
        self.assistant.blockSignals(False)
        if chosen is None:
            self.monday = monday_of(self.today())
        self._set_visible(self.assistant.count() > 0)
        self.form.set_outcomes([(o.id, o.text) for o in money_service.outcomes(wallet)])
        self.show_week()
        if self.assistant.count() == 0:
            self._feed_easy()

    def clear(self) -> None:
        self.assistant.clear()
        self.model.set_rows([])
        self.removed = None
        self._show_done("")
        self._set_visible(False)
        self.easy.show_week(None)

    def _set_visible(self, has_people: bool) -> None:
        for part in (self.assistant_field, self.week_label, self.previous_button,
                     self.this_week_button, self.next_button, self.copy_button, self.table,
                     self.total, self.form, self.save_button, self.new_button,
                     self.remove_button):  # fmt: skip
            part.setVisible(has_people)
        self.empty.setVisible(not has_people)

    def _changes_applied(self, changes: Changes) -> None:
        if changes.touches(*SHIFT_ENTITIES) and self.session.wallet is not None:
            self.refresh()
        if changes.action == "save shift" and easy_read_state().on:
            self._easy_switch.follow(True)  # the hours added from easy read: show them there

    def assistant_id(self) -> int | None:
        value = self.assistant.currentData()
        return int(value) if value is not None else None

    def show_week(self) -> None:
        wallet, pa = self.session.wallet, self.assistant_id()
        if wallet is None or pa is None:
            return
        shifts = people_service.week_shifts(wallet, pa, self.monday)
        self.model.set_rows(week_rows(self.monday, shifts))
        self.form.set_week(self.monday)
        if self.form.editing is not None and self.form.editing.id not in {s.id for s in shifts}:
            self.form.new_shift()
        self.retranslate_ui()
        self._feed_easy()

    def move_week(self, weeks: int) -> None:
        self.monday += dt.timedelta(days=7 * weeks)
        self.errors.clear()
        self.form.new_shift(self.monday)
        self.show_week()

    def this_week(self) -> None:
        self.monday = monday_of(self.today())
        self.errors.clear()
        self.form.new_shift(self.today())
        self.show_week()

    def _row_chosen(self, *, focus: bool = False) -> None:
        row = self.model.row_at(selected_row(self.table))
        if row is None:
            return
        if row.shift is not None:
            self.form.load(row.shift)
        else:
            self.form.new_shift(row.day)
        if focus:
            self.form.start.setFocus()

    # ------------------------------------------------------------------ commands
    def _announce(self, action: str, sentence: str) -> None:
        bus().announce(Changes(action, frozenset({"shift"}), text=sentence))

    def save_shift(self) -> None:
        """Add or change the shift in the form (Enter in any box does the same)."""
        wallet, pa = self.session.wallet, self.assistant_id()
        if wallet is None or pa is None:
            return
        problems: list[tuple[str, QWidget | None]] = []
        entry = self.form.entry(problems)
        if entry is None:
            self.errors.show_problems(problems)
            return
        try:
            if self.form.editing is not None:
                people_service.update_shift(
                    wallet, self.form.editing.id, entry, outcome_id=self.form.outcome_id()
                )
                sentence = _("The shift on {day} has been changed.")
            else:
                people_service.add_shift(wallet, pa, entry, outcome_id=self.form.outcome_id())
                sentence = _("The shift on {day} has been added.")
        except DpwalletError as exc:
            self.errors.show_problems([(str(exc), self.form.start)])
            return
        self.errors.clear()
        sentence = sentence.format(day=format_date(entry.day))
        self.removed = None
        self._show_done(sentence)
        self._announce("save shift", sentence)
        self.form.new_shift(entry.day + dt.timedelta(days=1) if entry.day.weekday() < 6 else None)
        self.form.start.setFocus()

    def remove_selected(self) -> None:
        """Remove the chosen shift now; Undo puts it back."""
        wallet = self.session.wallet
        row = self.model.row_at(selected_row(self.table))
        shift = row.shift if row is not None else self.form.editing
        if wallet is None or shift is None:
            message = _("Choose a shift in the week to remove it.")
            self.errors.show_problems([(message, self.table)])
            return
        try:
            people_service.delete_shift(wallet, shift.id)
        except DpwalletError as exc:
            self.errors.show_problems([(str(exc), self.table)])
            return
        self.errors.clear()
        self.removed = (shift.assistant_id, shift)
        sentence = _("The shift on {day} has been removed.").format(
            day=format_date(shift.entry.day)
        )
        self._show_done(sentence)
        self._announce("remove shift", sentence)
        self.form.new_shift(shift.entry.day)
        self.undo_button.setFocus()

    def undo_remove(self) -> None:
        """Put the removed shift back (the same row) from the wallet's undo stack."""
        wallet = self.session.wallet
        if wallet is None or self.removed is None:
            return
        _pa, shift = self.removed
        stack = stack_for(wallet)
        try:
            if stack.undo_text() != people_service.removal_label(shift.entry.day):
                raise UsageError(
                    _("Something else was changed since, so the shift cannot be put back here.")
                )
            stack.undo()
        except DpwalletError as exc:
            self.errors.show_problems([(str(exc), self.undo_button)])
            return
        self.removed = None
        sentence = _("The shift on {day} is back.").format(day=format_date(shift.entry.day))
        self._show_done(sentence)
        self._announce("undo remove shift", sentence)
        self.table.setFocus()

    def copy_last_week(self) -> None:
        wallet, pa = self.session.wallet, self.assistant_id()
        if wallet is None or pa is None:
            return
        try:
            added = people_service.copy_last_week(wallet, pa, self.monday)
        except DpwalletError as exc:
            self.errors.show_problems([(str(exc), self.copy_button)])
            return
        self.errors.clear()
        self.removed = None
        if added:
            sentence = ngettext(
                "{n} shift copied from last week.", "{n} shifts copied from last week.", len(added)
            ).format(n=len(added))
        else:
            sentence = _("Those shifts are already in this week, so nothing was copied.")
        self._show_done(sentence)
        self._announce("copy last week", sentence)

    def _show_done(self, sentence: str) -> None:
        self.done.setText(sentence)
        self.done.setAccessibleName(sentence)
        self.done.setVisible(bool(sentence))
        self.undo_button.setVisible(self.removed is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Delete in the week grid removes the chosen shift (with Undo)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def first_focus(self) -> QWidget | None:
        return self.assistant if self.assistant.isVisible() else None

    def sentences(self) -> list[str]:
        """The week as plain sentences, in reading order (for easy read or read aloud)."""
        rows: list[WeekRow] = self.model.rows
        return [self.title.text(), self.week_label.text(), *(r.sentence() for r in rows),
                self.total.text()]  # fmt: skip

    # ------------------------------------------------------------------ words
    def retranslate_ui(self) -> None:
        self.title.setText(_("Timesheets"))
        self.easy_back.set_words(pgettext("easyread", "Back to easy read"))
        self.assistant_field.set_texts(_("Whose timesheet"))
        self.empty.setText(
            _(
                "No personal assistants yet. Add one in Personal assistants, then their "
                "week of shifts will show here."
            )
        )
        sunday = self.monday + dt.timedelta(days=6)
        self.week_label.setText(
            _("Week from {monday} to {sunday}").format(
                monday=format_date(self.monday), sunday=format_date(sunday)
            )
        )
        set_text(self.previous_button, _("Previous week"))
        set_text(self.this_week_button, _("This week"))
        set_text(self.next_button, _("Next week"))
        set_text(self.copy_button, _("Copy last week"), _("Copy the week before into this week"))
        set_text(self.undo_button, _("Undo"), _("Put back the shift you removed"))
        set_text(self.save_button, _("Save shift"), _("Enter in any box saves too"))
        set_text(self.new_button, _("New shift"))
        set_text(self.remove_button, _("Remove shift"), _("The Delete key in the week does too"))
        name_table(self.table, self.week_label.text())
        self.table.setAccessibleDescription(
            _("Choose a row to change it. Press Delete to remove a shift.")
        )
        self.model.retranslate()
        self.total.setText(total_sentence(self.model.rows))
