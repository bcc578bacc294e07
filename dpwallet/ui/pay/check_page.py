"""Check a payslip from your payroll service against our sums, in plain words.

Why: many people pay a payroll service and only want to know the figures are right.
They type the six figures from that payslip; each one is compared with our confirmed
payslip for the same PA and period, and the page says which agree and by how much the
others differ, as something worth asking about, never as anyone's mistake.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from dpwallet.domain.money import Money
from dpwallet.domain.payroll.check import FieldCheck, PayslipCheck
from dpwallet.export.payslip_pdf import StoredPayslip
from dpwallet.i18n import _, ngettext
from dpwallet.i18n.formatting import format_date_short, format_money
from dpwallet.ui.discard import discard
from dpwallet.ui.pay.pay_figures import CHECK_FIELDS, check_against
from dpwallet.ui.people.parts import MIN_TARGET, StatusRow, check_money, compact_combo, flow_row
from dpwallet.ui.widgets import ErrorSummary, Field, button, label, set_text


def field_words(key: str) -> str:
    return {
        "gross": _("Pay before deductions (gross pay)"),
        "tax": _("Income tax"),
        "employee_ni": _("Employee National Insurance"),
        "employer_ni": _("Employer National Insurance"),
        "pension_employee": _("Pension taken from pay"),
        "net_pay": _("Take-home pay (net pay)"),
    }[key]


def check_sentence(check: FieldCheck) -> str:
    label_text = field_words(check.field)
    if check.agrees:
        return _("{field}: both say {amount}.").format(
            field=label_text, amount=format_money(check.ours)
        )
    template = (
        _("{field}: their payslip says {theirs} and we make it {ours}, so theirs is {diff} more.")
        if check.difference.pence > 0
        else _(
            "{field}: their payslip says {theirs} and we make it {ours}, so theirs is {diff} less."
        )
    )
    return template.format(
        field=label_text,
        theirs=format_money(check.theirs),
        ours=format_money(check.ours),
        diff=format_money(abs(check.difference)),
    )


def summary_sentence(result: PayslipCheck) -> str:
    agreeing = sum(f.agrees for f in result.fields)
    if result.all_agree:
        return ngettext(
            "{n} figure agrees with our sums.", "All {n} figures agree with our sums.", agreeing
        ).format(n=agreeing)
    return _(
        "{agree} of {n} figures agree. The others may come from a different tax code, pay date "
        "or rounding; it is worth asking your payroll service about them."
    ).format(agree=agreeing, n=len(result.fields))


class CheckPage(QWidget):
    """``back`` to the Pay page."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payCheckPage")
        self.slips: list[StoredPayslip] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.title = label("h1", name="checkTitle")
        self.errors = ErrorSummary()
        self.intro = label(name="checkIntro")
        self.payslip = compact_combo(QComboBox())
        self.payslip.setMinimumHeight(MIN_TARGET)
        self.payslip_field = Field(self.payslip, "checkPayslip")
        self.inputs: dict[str, tuple[Field, QLineEdit]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for index, key in enumerate(CHECK_FIELDS):
            edit = QLineEdit()
            edit.setMinimumHeight(MIN_TARGET)
            edit.returnPressed.connect(self.check)
            field = Field(edit, f"check_{key}")
            self.inputs[key] = (field, edit)
            grid.addWidget(field, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.check_button = button("checkGo", primary=True)
        self.check_button.clicked.connect(self.check)
        self.back_button = button("checkBack")
        self.back_button.clicked.connect(self.back)
        self.result_heading = label("h2", name="checkResultHeading")
        self.summary = label("label", name="checkSummary")
        self.result_box = QVBoxLayout()
        for part in (self.title, self.errors, self.intro, self.payslip_field):
            layout.addWidget(part)
        layout.addLayout(grid)
        layout.addLayout(flow_row(self.check_button, self.back_button))
        layout.addWidget(self.result_heading)
        layout.addWidget(self.summary)
        layout.addLayout(self.result_box)
        self.result_rows: list[StatusRow] = []
        self.last: PayslipCheck | None = None
        self._show_result(None)
        self.retranslate_ui()

    def show_payslips(self, slips: list[StoredPayslip], chosen: int | None = None) -> None:
        self.slips = slips
        self.payslip.clear()
        for slip in slips:
            self.payslip.addItem("", slip.payslip_id)
        self.payslip.setCurrentIndex(max(0, self.payslip.findData(chosen)))
        for field, edit in self.inputs.values():
            field.set_error("")
            edit.clear()
        self.errors.clear()
        self._show_result(None)
        self.retranslate_ui()
        self.payslip.setFocus()

    def check(self) -> None:
        """Compare the typed figures (empty boxes are skipped) with our payslip."""
        index = self.payslip.currentIndex()
        if not 0 <= index < len(self.slips):
            return
        problems: list[tuple[str, QWidget | None]] = []
        theirs: dict[str, Money] = {}
        for key, (field, edit) in self.inputs.items():
            field.set_error("")
            amount = check_money(field, edit, problems)
            if amount is not None:
                theirs[key] = amount
        if not problems and not theirs:
            message = _("Type at least one figure from their payslip, like 123.45")
            self.inputs["gross"][0].set_error(message)
            problems.append((message, self.inputs["gross"][1]))
        if problems:
            self.errors.show_problems(problems)
            return
        self.errors.clear()
        self._show_result(check_against(self.slips[index], theirs))
        self.summary.setFocus()

    def _show_result(self, result: PayslipCheck | None) -> None:
        self.last = result
        for old in self.result_rows:
            discard(old)
        self.result_rows = []
        for index, item in enumerate(result.fields if result else ()):
            row = StatusRow(f"checkRow{index}")
            word = _("Agrees") if item.agrees else _("Different")
            row.show_status("tick" if item.agrees else "warning", word, check_sentence(item))
            row.setProperty("checkField", item.field)
            self.result_box.addWidget(row)
            self.result_rows.append(row)
        self.summary.setText(summary_sentence(result) if result else "")
        self.summary.setAccessibleName(self.summary.text())
        self.result_heading.setVisible(result is not None)
        self.summary.setVisible(result is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(_("Check a payslip from your payroll service"))
        self.intro.setText(
            _(
                "Type the figures from their payslip. Leave a box empty if their payslip "
                "does not show it. We compare each one with our own sums."
            )
        )
        self.payslip_field.set_texts(_("Which payslip"))
        for index, slip in enumerate(self.slips):
            self.payslip.setItemText(
                index,
                _("{name}, paid on {date}").format(
                    name=slip.assistant, date=format_date_short(slip.payday)
                ),
            )
        for key, (field, _edit) in self.inputs.items():
            field.set_texts(field_words(key), _("Like 123.45"))
        set_text(self.check_button, _("Check the figures"))
        set_text(self.back_button, _("Go back"))
        self.result_heading.setText(_("What we found"))
        if self.last is not None:
            self._show_result(self.last)
