"""A PA's pay rates: what they are paid from each date, and a form for a pay rise.

Why rates from a date: a pay rise starts on a day, and earlier shifts keep the old
rate, so the pay run can work out each shift at the rate in force when it was worked.
Empty enhancements are paid at the basic rate, which the table says in words.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from dpwallet.domain.errors import DpwalletError
from dpwallet.i18n import _
from dpwallet.services import people_service
from dpwallet.services.people_service import AssistantRow, RateDetails
from dpwallet.services.wallet import Wallet
from dpwallet.ui.people.parts import (
    MIN_TARGET,
    DateInput,
    check_money,
    flow_row,
    name_table,
    table_view,
)
from dpwallet.ui.people.people_models import RateTableModel
from dpwallet.ui.widgets import ErrorSummary, Field, button, label, set_text


class RatesPage(QWidget):
    """``saved(sentence)`` after new rates are kept; ``back`` to the list."""

    saved = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratesPage")
        self.wallet: Wallet | None = None
        self.assistant: AssistantRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = label("h1", name="ratesTitle")
        self.errors = ErrorSummary()
        self.intro = label(name="ratesIntro")
        self.model = RateTableModel()
        self.table = table_view("ratesTable", self.model, rows_shown=10)
        self.empty = label("secondary", name="ratesEmpty")
        self.new_heading = label("h2", name="ratesNewHeading")
        self.from_date = DateInput("rateFrom")
        self.from_field = Field(self.from_date, "rateFrom")
        self.amounts: dict[str, tuple[Field, QLineEdit]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for index, key in enumerate(("basic", "weekend", "bank_holiday", "night", "sleep_in")):
            edit = QLineEdit()
            edit.setMinimumHeight(MIN_TARGET)
            edit.returnPressed.connect(self.save)
            field = Field(edit, f"rate_{key}")
            self.amounts[key] = (field, edit)
            grid.addWidget(field, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.save_button = button("ratesSave", primary=True)
        self.save_button.clicked.connect(self.save)
        self.back_button = button("ratesBack")
        self.back_button.clicked.connect(self.back)
        for part in (self.title, self.errors, self.intro, self.table, self.empty):
            layout.addWidget(part)
        layout.addWidget(self.new_heading)
        layout.addWidget(self.from_field)
        layout.addLayout(grid)
        layout.addLayout(flow_row(self.save_button, self.back_button))
        for box in (*self.from_date.edits, *(edit for _field, edit in self.amounts.values())):
            box.installEventFilter(self)
        self.retranslate_ui()

    def show_for(self, wallet: Wallet, assistant: AssistantRow, today: dt.date) -> None:
        self.wallet, self.assistant = wallet, assistant
        rates = people_service.pay_rates(wallet, assistant.id)
        self.model.set_rows(rates)
        self.table.setVisible(bool(rates))
        self.empty.setVisible(not rates)
        self.errors.clear()
        self.from_date.set_date(today)
        latest = rates[-1] if rates else None
        for key, (field, edit) in self.amounts.items():
            field.set_error("")
            amount = getattr(latest, key) if latest else None
            edit.setText(amount.to_str() if amount is not None else "")
        self.retranslate_ui()
        self.amounts["basic"][1].setFocus()

    def save(self) -> None:
        """Keep the rates from the chosen date (the same date again replaces that row)."""
        if self.wallet is None or self.assistant is None:
            return
        problems: list[tuple[str, QWidget | None]] = []
        self.from_field.set_error("")
        try:
            start = self.from_date.date()
        except ValueError as exc:
            start = None
            self.from_field.set_error(str(exc))
            problems.append((str(exc), self.from_date.edits[0]))
        else:
            if start is None:
                message = _("Enter the date the new rates start. {example}").format(
                    example=_("For example, 27 3 2026")
                )
                self.from_field.set_error(message)
                problems.append((message, self.from_date.edits[0]))
        values = {}
        for key, (field, edit) in self.amounts.items():
            field.set_error("")
            values[key] = check_money(field, edit, problems)
        basic = values["basic"]
        if basic is None and not any(edit is self.amounts["basic"][1] for _m, edit in problems):
            message = _("Enter the basic rate an hour, like 12.50")
            self.amounts["basic"][0].set_error(message)
            problems.append((message, self.amounts["basic"][1]))
        if problems or start is None or basic is None:
            self.errors.show_problems(problems)
            return
        rate = RateDetails(
            start, basic, values["weekend"], values["bank_holiday"], values["night"],
            values["sleep_in"],
        )  # fmt: skip
        try:
            people_service.set_pay_rate(self.wallet, self.assistant.id, rate)
        except DpwalletError as exc:
            self.errors.show_problems([(str(exc), self.amounts["basic"][1])])
            return
        self.saved.emit(
            _("New pay rates for {name} have been saved.").format(name=self.assistant.name)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A box that takes the focus scrolls fully into view, with its label above it.

        Why: the form sits at the bottom of a long page, and focus that does not come
        from Tab (a "There is a problem" link, a click on the box's visible edge) does not
        scroll, so the box and its focus ring could stay below the edge of the window.
        """
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            area = self.parentWidget()
            while area is not None and not isinstance(area, QScrollArea):
                area = area.parentWidget()
            if isinstance(area, QScrollArea):
                field = watched.parentWidget()
                while field is not None and not isinstance(field, Field):
                    field = field.parentWidget()
                if field is not None:
                    area.ensureWidgetVisible(field, 0, 0)
                area.ensureWidgetVisible(watched)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        name = self.assistant.name if self.assistant else ""
        self.title.setText(_("Pay rates for {name}").format(name=name))
        self.intro.setText(
            _(
                "What you pay {name} for each hour, from each date. Shifts are paid at the "
                "rate in force on the day they were worked."
            ).format(name=name)
        )
        self.empty.setText(_("No pay rates yet. Add the first one below."))
        name_table(self.table, _("Pay rates for {name}").format(name=name))
        self.model.retranslate()
        self.new_heading.setText(_("New rates or a pay rise"))
        self.from_field.set_texts(_("Date the rates start"), _("For example, 27 3 2026"))
        self.from_date.set_names(_("Date the rates start"))
        empty_means = _("Leave empty to pay the basic rate.")
        texts = {
            "basic": (_("Basic rate an hour"), _("Like 12.50")),
            "weekend": (_("Weekend rate an hour (optional)"), empty_means),
            "bank_holiday": (_("Bank holiday rate an hour (optional)"), empty_means),
            "night": (_("Waking night rate an hour (optional)"), empty_means),
            "sleep_in": (
                _("Sleep-in: amount for each night (optional)"),
                _("A set amount for the night; hours awake are paid on top."),
            ),
        }
        for key, (text, hint) in texts.items():
            self.amounts[key][0].set_texts(text, hint)
        set_text(self.save_button, _("Save these rates"))
        set_text(self.back_button, _("Go back"))
