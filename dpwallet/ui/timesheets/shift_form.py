"""The shift row being typed: day, start, end, break and kind; Enter saves it.

Why a form under the grid rather than editable cells: each box has its own label, hint
and error beside it (a screen reader hears all three), and the same checks run as in the
CLI when the person presses Enter or Save. A waking night or sleep-in whose end time is
earlier than its start ends the next morning; any other shift like that is refused with
the service's kind sentence.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from dpwallet.domain.timesheets import ShiftEntry, ShiftType
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date
from dpwallet.i18n.money_input import normalise_digits
from dpwallet.services.people_service import ShiftRow
from dpwallet.ui.flow_layout import FlowLayout
from dpwallet.ui.people.parts import MIN_TARGET, compact_combo, parse_time
from dpwallet.ui.timesheets.week_model import KINDS, day_words, kind_words
from dpwallet.ui.widgets import Field, label

Problems = list[tuple[str, QWidget | None]]
OVERNIGHT = (ShiftType.NIGHT, ShiftType.SLEEP_IN)


def _edit(name: str, width_chars: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMinimumHeight(MIN_TARGET)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0") * width_chars + 24)
    return edit


class ShiftForm(QWidget):
    """``submitted`` when Enter is pressed in any box."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftForm")
        self.monday = dt.date.today()
        self.editing: ShiftRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label("h2", name="shiftFormHeading")
        layout.addWidget(self.heading)
        self.day = compact_combo(QComboBox())
        self.day.setObjectName("shiftDay")
        self.day.setMinimumHeight(MIN_TARGET)
        self.kind = compact_combo(QComboBox())
        self.kind.setObjectName("shiftKind")
        self.kind.setMinimumHeight(MIN_TARGET)
        for kind in KINDS:
            self.kind.addItem(kind.value, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.start = _edit("shiftStart", 5)
        self.end = _edit("shiftEnd", 5)
        self.break_minutes = _edit("shiftBreak", 4)
        self.awake = _edit("shiftAwake", 4)
        self.outcome = compact_combo(QComboBox())
        self.outcome.setObjectName("shiftOutcome")
        self.outcome.setMinimumHeight(MIN_TARGET)
        self.outcome.addItem("", None)
        self.fields = {
            "day": Field(self.day, "shiftDay"),
            "kind": Field(self.kind, "shiftKind"),
            "start": Field(self.start, "shiftStart"),
            "end": Field(self.end, "shiftEnd"),
            "break": Field(self.break_minutes, "shiftBreak"),
            "awake": Field(self.awake, "shiftAwake"),
            "outcome": Field(self.outcome, "shiftOutcome"),
        }
        # A flow, not a fixed grid: at 200% text in long-worded languages two fields side
        # by side are wider than the window, so they move onto the next line instead.
        fields = FlowLayout(spacing=20, pack="start")
        for key in ("day", "kind", "start", "end", "break", "awake", "outcome"):
            fields.addWidget(self.fields[key])
        layout.addLayout(fields)
        for edit in (self.start, self.end, self.break_minutes, self.awake):
            edit.returnPressed.connect(self.submitted)
        self._kind_changed()
        self.retranslate_ui()

    # ------------------------------------------------------------------ filling in
    def set_week(self, monday: dt.date) -> None:
        self.monday = monday
        current = max(0, self.day.currentIndex())
        self.day.clear()
        for offset in range(7):
            day = monday + dt.timedelta(days=offset)
            self.day.addItem(self._day_text(day), day)
        self.day.setCurrentIndex(current)

    def set_outcomes(self, outcomes: list[tuple[int, str]]) -> None:
        """The care-plan outcomes to choose from (id, words); "None" always comes first."""
        chosen = self.outcome_id()
        self.outcome.clear()
        self.outcome.addItem(_("None"), None)
        for ident, text in outcomes:
            self.outcome.addItem(text, ident)
        self._choose_outcome(chosen)

    def outcome_id(self) -> int | None:
        value = self.outcome.currentData()
        return value if isinstance(value, int) else None

    def _choose_outcome(self, outcome_id: int | None) -> None:
        index = self.outcome.findData(outcome_id) if outcome_id is not None else 0
        self.outcome.setCurrentIndex(max(0, index))

    def _day_text(self, day: dt.date) -> str:
        words = day_words(day)
        when = format_date(day)
        return _("{day} ({words})").format(day=when, words=words) if words else when

    def new_shift(self, day: dt.date | None = None) -> None:
        """An empty row for ``day`` (the chosen day stays when None)."""
        self.editing = None
        if day is not None:
            self._choose_day(day)
        self.start.clear()
        self.end.clear()
        self.break_minutes.clear()
        self.awake.clear()
        self.kind.setCurrentIndex(0)
        self._choose_outcome(None)
        self.clear_errors()
        self.retranslate_ui()

    def load(self, row: ShiftRow) -> None:
        self.editing = row
        e = row.entry
        self._choose_day(e.day)
        self.start.setText(f"{e.start:%H:%M}")
        self.end.setText(f"{e.end:%H:%M}")
        self.break_minutes.setText(str(e.break_minutes) if e.break_minutes else "")
        self.kind.setCurrentIndex(KINDS.index(e.kind))
        self.awake.setText(str(e.awake_hours) if e.awake_hours is not None else "")
        self._choose_outcome(row.outcome_id)
        self.clear_errors()
        self.retranslate_ui()

    def _choose_day(self, day: dt.date) -> None:
        offset = (day - self.monday).days
        if 0 <= offset < self.day.count():
            self.day.setCurrentIndex(offset)

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.set_error("")

    def _kind_changed(self) -> None:
        self.fields["awake"].setVisible(self.kind.currentIndex() == KINDS.index(ShiftType.SLEEP_IN))

    # ------------------------------------------------------------------ reading
    def _time(self, key: str, edit: QLineEdit, problems: Problems) -> dt.time | None:
        try:
            return parse_time(edit.text())
        except ValueError as exc:
            self.fields[key].set_error(str(exc))
            problems.append((str(exc), edit))
            return None

    def _whole(self, key: str, edit: QLineEdit, problems: Problems, message: str) -> Decimal:
        text = normalise_digits(edit.text().strip())
        try:
            value = Decimal(text) if text else Decimal(0)
        except InvalidOperation:
            self.fields[key].set_error(message)
            problems.append((message, edit))
            return Decimal(0)
        return value

    def entry(self, problems: Problems) -> ShiftEntry | None:
        """The typed shift, or None with ``problems`` filled in (in screen order)."""
        self.clear_errors()
        day = self.monday + dt.timedelta(days=max(0, self.day.currentIndex()))
        kind = KINDS[max(0, self.kind.currentIndex())]
        start = self._time("start", self.start, problems)
        end = self._time("end", self.end, problems)
        minutes = self._whole(
            "break", self.break_minutes, problems, _("Enter the break in minutes, like 30.")
        )
        if minutes != minutes.to_integral_value():
            message = _("Enter the break in whole minutes, like 30.")
            self.fields["break"].set_error(message)
            problems.append((message, self.break_minutes))
        awake = None
        if kind is ShiftType.SLEEP_IN and self.awake.text().strip():
            awake = self._whole(
                "awake", self.awake, problems, _("Enter the hours awake as a number, like 1.5.")
            )
        if problems or start is None or end is None:
            return None
        begins = dt.datetime.combine(day, start)
        ends = dt.datetime.combine(day, end)
        if ends <= begins and kind in OVERNIGHT:
            ends += dt.timedelta(days=1)
        return ShiftEntry(begins, ends, int(minutes), kind, awake)

    # ------------------------------------------------------------------ words
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self.editing is not None:
            self.heading.setText(
                _("Change the shift on {day}").format(day=format_date(self.editing.entry.day))
            )
        else:
            self.heading.setText(_("Add a shift"))
        for index in range(self.day.count()):
            self.day.setItemText(index, self._day_text(self.monday + dt.timedelta(days=index)))
        for index, kind in enumerate(KINDS):
            self.kind.setItemText(index, kind_words(kind))
        like = _("Like 09:00 or 17:30")
        self.fields["day"].set_texts(_("Day"))
        self.fields["kind"].set_texts(_("Kind of shift"))
        self.fields["start"].set_texts(_("Start time"), like)
        self.fields["end"].set_texts(
            _("End time"), _("A waking night or sleep-in can end the next morning.")
        )
        self.fields["break"].set_texts(_("Unpaid break in minutes (optional)"), _("Like 30"))
        self.fields["awake"].set_texts(
            _("Hours awake and working in the night (optional)"), _("Like 1.5")
        )
        if self.outcome.count():
            self.outcome.setItemText(0, _("None"))
        self.fields["outcome"].set_texts(
            _("What this was for (optional)"), _("An outcome from the care and support plan")
        )
