"""What you owe as an employer for a tax month or quarter, in words and amounts.

Why tax months: HMRC counts from the 6th to the 5th and wants the money by the 22nd
after (the last working day before it if the 22nd is a weekend or bank holiday). The
figures come from ``pay_figures.employer_summary``; this box only shows them, with the
amounts lined up at the end of each row.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QWidget

from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_money
from dpwallet.ui.discard import discard
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.pay.pay_figures import EmployerSummary, tax_period
from dpwallet.ui.people.parts import MIN_TARGET, compact_combo
from dpwallet.ui.widgets import Field, label

PERIODS_SHOWN = 12


class SummaryBox(QFrame):
    """``changed`` when the person picks another month or quarter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("employerSummary")
        self.setProperty("role", "card")
        self.today = dt.date.today()
        self.summary: EmployerSummary | None = None
        layout = QGridLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        self.heading = label("h2", name="summaryHeading")
        self.kind = compact_combo(QComboBox())
        self.kind.setMinimumHeight(MIN_TARGET)
        self.kind.addItem("", False)
        self.kind.addItem("", True)
        self.kind_field = Field(self.kind, "summaryKind")
        self.period = compact_combo(QComboBox())
        self.period.setMinimumHeight(MIN_TARGET)
        self.period_field = Field(self.period, "summaryPeriod")
        # Side by side when they fit, one under the other at 200% text in long words.
        pickers = flow_row(self.kind_field, self.period_field)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(24)
        self.rows.setColumnStretch(0, 1)
        layout.addWidget(self.heading, 0, 0)
        layout.addLayout(pickers, 1, 0)
        layout.addLayout(self.rows, 2, 0)
        self.parts: list[QLabel] = []
        self.lines: list[str] = []
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.retranslate_ui()

    def set_today(self, today: dt.date) -> None:
        self.today = today
        self._fill_periods()

    def _fill_periods(self) -> None:
        quarterly = self.kind.currentIndex() == 1
        self.period.blockSignals(True)
        self.period.clear()
        day = self.today
        for _n in range(PERIODS_SHOWN):
            first, last = tax_period(day, quarterly)
            self.period.addItem(
                _("{first} to {last}").format(first=format_date(first), last=format_date(last)),
                first.toordinal(),
            )
            day = first - dt.timedelta(days=1)
        self.period.setCurrentIndex(0)
        self.period.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_periods()
        self.changed.emit()

    def chosen(self) -> tuple[dt.date, bool]:
        first = self.period.currentData()
        day = dt.date.fromordinal(int(first)) if first is not None else self.today
        return day, self.kind.currentIndex() == 1

    def show_summary(self, summary: EmployerSummary | None) -> None:
        self.summary = summary
        for part in self.parts:
            discard(part)
        self.parts, self.lines = [], []
        if summary is None:
            return
        rows: list[tuple[str, str]] = [
            (_("Take-home pay to {name}").format(name=name), format_money(amount))
            for name, amount in summary.net_by_assistant
        ]
        for due in summary.hmrc:
            rows.append((_("Pay HMRC by {date}").format(date=format_date(due.due)),
                         format_money(due.amount)))  # fmt: skip
        for due in summary.pension:
            rows.append((_("Pay the pension scheme by {date}").format(date=format_date(due.due)),
                         format_money(due.amount)))  # fmt: skip
        if not rows:
            rows.append((_("No pay was confirmed with a payday in this period."), ""))
        for index, (words, amount) in enumerate(rows):
            name = label(name=f"summaryRow{index}")
            name.setText(words)
            value = label(wrap=False, name=f"summaryAmount{index}")
            value.setText(amount)
            value.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignTop)
            value.setAccessibleName(f"{words}: {amount}")
            self.rows.addWidget(name, index, 0)
            self.rows.addWidget(value, index, 1)
            self.parts += [name, value]
            self.lines.append(f"{words}: {amount}" if amount else words)

    def sentences(self) -> list[str]:
        return [self.heading.text(), *self.lines]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(_("What you owe as an employer"))
        self.setAccessibleName(self.heading.text())
        self.kind.setItemText(0, _("Tax month (6th to 5th)"))
        self.kind.setItemText(1, _("Tax quarter"))
        self.kind_field.set_texts(_("Show a"))
        self.period_field.set_texts(_("Period"))
        index = self.period.currentIndex()
        self._fill_periods()
        if index >= 0:
            self.period.setCurrentIndex(index)
        self.show_summary(self.summary)
