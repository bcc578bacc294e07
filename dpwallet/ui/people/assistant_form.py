"""Add or change one personal assistant: one form, one Save, problems said kindly.

Why one page: adding a PA is one task (ux.md "one thing per screen"), and the person
can check everything they typed before saving. Checks happen when they press Save:
dates are read from day/month/year boxes, the NI number and tax code go through the
same service and domain checks the CLI uses, so the message beside the field is the
service's own sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from dpwallet.domain.errors import DpwalletError
from dpwallet.domain.payroll.paye import parse_tax_code
from dpwallet.i18n import _
from dpwallet.services import people_service
from dpwallet.services.people_service import PENSION_STATUSES, AssistantDetails, AssistantRow
from dpwallet.services.wallet import Wallet
from dpwallet.ui.people.parts import MIN_TARGET, DateInput, compact_combo, flow_row
from dpwallet.ui.people.words import (
    FREQUENCIES,
    NI_CATEGORIES,
    frequency_words,
    ni_category_words,
    pension_words,
)
from dpwallet.ui.widgets import ErrorSummary, Field, button, label, set_text

Problems = list[tuple[str, QWidget | None]]


def _line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMinimumHeight(MIN_TARGET)
    return edit


def _combo(name: str, values: tuple[str, ...]) -> QComboBox:
    combo = compact_combo(QComboBox())
    combo.setObjectName(name)
    combo.setMinimumHeight(MIN_TARGET)
    for value in values:
        combo.addItem(value, value)
    return combo


def _check(name: str) -> QCheckBox:
    box = QCheckBox()
    box.setObjectName(name)
    box.setMinimumHeight(MIN_TARGET)
    return box


class AssistantForm(QWidget):
    """``saved(id, sentence)`` after a good save; ``back`` when the person goes back."""

    saved = Signal(int, str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistantForm")
        self.wallet: Wallet | None = None
        self.editing: AssistantRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = label("h1", name="assistantFormTitle")
        self.errors = ErrorSummary()
        layout.addWidget(self.title)
        layout.addWidget(self.errors)
        self.name = _line("paName")
        self.contact = _line("paContact")
        self.birth = DateInput("paBirth")
        self.ni_number = _line("paNiNumber")
        self.start = DateInput("paStart")
        self.end = DateInput("paEnd")
        self.tax_code = _line("paTaxCode")
        self.week1 = _check("paWeek1")
        self.ni_category = _combo("paNiCategory", NI_CATEGORIES)
        self.frequency = _combo("paFrequency", FREQUENCIES)
        self.irregular = _check("paIrregular")
        self.rolled_up = _check("paRolledUp")
        self.pension = _combo("paPension", PENSION_STATUSES)
        self.enrolled = DateInput("paEnrolled")
        self.contract = DateInput("paContract")
        self.insurance = DateInput("paInsurance")
        self.dbs = DateInput("paDbs")
        self.fields: dict[str, Field] = {}
        self.headings: list[tuple[Any, Callable[[], str]]] = []
        groups: list[tuple[Callable[[], str], list[tuple[str, QWidget]]]] = [
            (lambda: _("About them"), [
                ("name", self.name), ("contact", self.contact), ("birth", self.birth),
                ("start", self.start), ("end", self.end),
            ]),
            (lambda: _("Tax and National Insurance"), [
                ("ni_number", self.ni_number), ("tax_code", self.tax_code),
                ("week1", self.week1), ("ni_category", self.ni_category),
            ]),
            (lambda: _("Pay and pension"), [
                ("frequency", self.frequency), ("irregular", self.irregular),
                ("rolled_up", self.rolled_up), ("pension", self.pension),
                ("enrolled", self.enrolled),
            ]),
            (lambda: _("Your employer records"), [
                ("contract", self.contract), ("insurance", self.insurance), ("dbs", self.dbs),
            ]),
        ]  # fmt: skip
        for heading_text, members in groups:
            heading = label("h2")
            layout.addWidget(heading)
            self.headings.append((heading, heading_text))
            for key, editor in members:
                if isinstance(editor, QCheckBox):
                    layout.addWidget(editor)
                    continue
                field = Field(editor, editor.objectName())
                self.fields[key] = field
                layout.addWidget(field)
        self.save_button = button("paSave", primary=True)
        self.save_button.clicked.connect(self.save)
        self.back_button = button("paBack")
        self.back_button.clicked.connect(self.back)
        layout.addLayout(flow_row(self.save_button, self.back_button))
        for edit in (self.name, self.contact, self.ni_number, self.tax_code):
            edit.returnPressed.connect(self.save)
        self.retranslate_ui()

    # ------------------------------------------------------------------ filling in
    def start_new(self, wallet: Wallet, today: dt.date) -> None:
        self.wallet, self.editing = wallet, None
        self._fill(AssistantDetails(name="", start_date=today))
        self.start.set_date(None)

    def start_edit(self, wallet: Wallet, row: AssistantRow) -> None:
        self.wallet, self.editing = wallet, row
        self._fill(row)

    def _fill(self, d: AssistantDetails) -> None:
        self.errors.clear()
        for field in self.fields.values():
            field.set_error("")
        self.name.setText(d.name)
        self.contact.setText(d.contact)
        self.birth.set_date(d.date_of_birth)
        self.ni_number.setText(d.ni_number)
        self.start.set_date(d.start_date)
        self.end.set_date(d.end_date)
        self.tax_code.setText(d.tax_code)
        self.week1.setChecked(d.week1_month1)
        self.ni_category.setCurrentIndex(max(0, self.ni_category.findData(d.ni_category)))
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(d.pay_frequency)))
        self.irregular.setChecked(d.irregular_hours)
        self.rolled_up.setChecked(d.rolled_up_holiday_pay)
        self.pension.setCurrentIndex(max(0, self.pension.findData(d.pension_status)))
        self.enrolled.set_date(d.pension_enrolled_on)
        self.contract.set_date(d.contract_signed_on)
        self.insurance.set_date(d.insurance_renewal)
        self.dbs.set_date(d.dbs_checked_on)
        self.retranslate_ui()
        self.name.setFocus()

    # ------------------------------------------------------------------ saving
    def _date(self, key: str, editor: DateInput, problems: Problems) -> dt.date | None:
        try:
            return editor.date()
        except ValueError as exc:
            self.fields[key].set_error(str(exc))
            problems.append((str(exc), editor.edits[0]))
            return None

    def _service_check(self, key: str, check: Callable[[], object], problems: Problems) -> None:
        try:
            check()
        except DpwalletError as exc:
            self.fields[key].set_error(str(exc))
            problems.append((str(exc), self.fields[key].editor))

    def details(self, problems: Problems) -> AssistantDetails | None:
        """What the form says, or None with ``problems`` filled in (in screen order)."""
        for field in self.fields.values():
            field.set_error("")
        if not self.name.text().strip():
            message = _("Enter the personal assistant's name.")
            self.fields["name"].set_error(message)
            problems.append((message, self.name))
        dates = {
            key: self._date(key, editor, problems)
            for key, editor in (
                ("birth", self.birth), ("start", self.start), ("end", self.end),
                ("enrolled", self.enrolled), ("contract", self.contract),
                ("insurance", self.insurance), ("dbs", self.dbs),
            )
        }  # fmt: skip
        if dates["start"] is None and self.start.is_empty():
            message = _("Enter the date they started working for you. {example}").format(
                example=_("For example, 27 3 2026")
            )
            self.fields["start"].set_error(message)
            problems.append((message, self.start.edits[0]))
        text = self.ni_number.text()
        self._service_check("ni_number", lambda: people_service.normalise_ni_number(text), problems)
        code = self.tax_code.text().strip().upper() or "1257L"
        self._service_check("tax_code", lambda: parse_tax_code(code), problems)
        start = dates["start"]
        if problems or start is None:
            return None
        return AssistantDetails(
            name=self.name.text(),
            start_date=start,
            date_of_birth=dates["birth"],
            ni_number=text,
            contact=self.contact.text().strip(),
            tax_code=code,
            week1_month1=self.week1.isChecked(),
            ni_category=str(self.ni_category.currentData()),
            pay_frequency=str(self.frequency.currentData()),
            irregular_hours=self.irregular.isChecked(),
            rolled_up_holiday_pay=self.rolled_up.isChecked(),
            pension_status=str(self.pension.currentData()),
            pension_enrolled_on=dates["enrolled"],
            contract_signed_on=dates["contract"],
            insurance_renewal=dates["insurance"],
            dbs_checked_on=dates["dbs"],
            end_date=dates["end"],
        )

    def save(self) -> None:
        """Check the form, then add or change the PA in one service command."""
        if self.wallet is None:
            return
        problems: Problems = []
        details = self.details(problems)
        if details is None:
            self.errors.show_problems(problems)
            return
        try:
            if self.editing is None:
                ident = people_service.add_assistant(self.wallet, details)
                done = _("{name} has been added.")
            else:
                ident = self.editing.id
                people_service.update_assistant(self.wallet, ident, details)
                done = _("{name}'s details have been saved.")
        except DpwalletError as exc:
            target = self.end.edits[0] if details.end_date else self.name
            self.errors.show_problems([(str(exc), target)])
            return
        self.saved.emit(ident, done.format(name=" ".join(details.name.split())))

    # ------------------------------------------------------------------ words
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        editing = self.editing
        self.title.setText(
            _("Change {name}'s details").format(name=editing.name)
            if editing
            else _("Add a personal assistant")
        )
        for heading, words_for in self.headings:
            heading.setText(words_for())
        example = _("For example, 27 3 2026")
        texts = {
            "name": (_("Full name"), ""),
            "contact": (_("Phone number or email (optional)"), ""),
            "birth": (_("Date of birth (optional)"), example),
            "start": (_("Date they started working for you"), example),
            "end": (_("Leaving date (leave empty if they still work for you)"), example),
            "ni_number": (
                _("National Insurance number (optional)"),
                _("Like AB 12 34 56 C. It is on their payslips or P60."),
            ),
            "tax_code": (_("Tax code"), _("Most people have 1257L. It is on their P45.")),
            "ni_category": (_("National Insurance category"), _("Most people are A.")),
            "frequency": (_("How often you pay them"), ""),
            "pension": (_("Workplace pension"), ""),
            "enrolled": (_("Date they joined the pension scheme (optional)"), example),
            "contract": (_("Date the contract was signed (optional)"), example),
            "insurance": (
                _("Employers' liability insurance renewal date"),
                _("It is on your insurance policy. We remind you before it runs out."),
            ),
            "dbs": (_("Date of their DBS check (optional)"), example),
        }
        for key, (text, hint) in texts.items():
            self.fields[key].set_texts(text, hint)
            editor = self.fields[key].editor
            if isinstance(editor, DateInput):
                editor.set_names(text)
        for combo, words in (
            (self.ni_category, ni_category_words),
            (self.frequency, frequency_words),
            (self.pension, pension_words),
        ):
            for index in range(combo.count()):
                combo.setItemText(index, words(str(combo.itemData(index))))
        set_text(self.week1, _("They have an emergency tax code (week 1 or month 1)"))
        self.week1.setText(self.week1.accessibleName())
        set_text(self.irregular, _("They work irregular hours"))
        self.irregular.setText(self.irregular.accessibleName())
        set_text(self.rolled_up, _("Holiday pay is added to each payslip (rolled-up)"))
        self.rolled_up.setText(self.rolled_up.accessibleName())
        set_text(self.save_button, _("Save"))
        set_text(self.back_button, _("Go back"))
