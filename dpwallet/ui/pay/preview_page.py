"""Check the pay before you confirm: every PA's figures, heads-ups and what is due.

Why a page of its own: confirming pay cannot be undone (the payslips are kept for the
year's totals), so the person sees exactly what will be saved first: the figures the
payroll service worked out, each PA's notes as friendly heads-ups (the minimum-wage
check among them), what goes to HMRC and the pension scheme and by when, and who is not
in this run and why. Confirm is one service command; the whole app hears about it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dpwallet.domain.errors import DpwalletError
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_money
from dpwallet.services import payroll_service
from dpwallet.services.changes import Changes
from dpwallet.services.payroll_service import PayRunResult
from dpwallet.services.wallet import Wallet
from dpwallet.ui.discard import discard
from dpwallet.ui.event_bus import bus
from dpwallet.ui.pay.pay_models import PreviewTableModel, preview_rows
from dpwallet.ui.people.parts import StatusRow, flow_row, name_table, table_view
from dpwallet.ui.widgets import ErrorSummary, button, label, set_text


def due_sentences(result: PayRunResult) -> list[str]:
    """What to pay HMRC and the pension scheme, and the latest day, in words."""
    out = []
    if result.hmrc_due is not None and result.hmrc_due.amount:
        out.append(
            _("Pay HMRC {amount} for tax and National Insurance by {date}.").format(
                amount=format_money(result.hmrc_due.amount), date=format_date(result.hmrc_due.due)
            )
        )
    if result.pension_due is not None and result.pension_due.amount:
        out.append(
            _("Pay the pension scheme {amount} by {date}.").format(
                amount=format_money(result.pension_due.amount),
                date=format_date(result.pension_due.due),
            )
        )
    return out


class PreviewPage(QWidget):
    """``confirmed(result)`` after the run is saved; ``back`` to change the dates."""

    confirmed = Signal(object)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payPreviewPage")
        self.wallet: Wallet | None = None
        self.result: PayRunResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.title = label("h1", name="previewTitle")
        self.errors = ErrorSummary()
        self.intro = label(name="previewIntro")
        self.model = PreviewTableModel()
        self.table = table_view("previewTable", self.model, rows_shown=10)
        self.notes_heading = label("h2", name="previewNotesHeading")
        self.notes_box = QVBoxLayout()
        self.due_heading = label("h2", name="previewDueHeading")
        self.due = label(name="previewDue")
        self.left_heading = label("h2", name="previewLeftHeading")
        self.left_out = label(name="previewLeftOut")
        self.confirm_button = button("payConfirm", primary=True)
        self.confirm_button.clicked.connect(self.confirm)
        self.back_button = button("previewBack")
        self.back_button.clicked.connect(self.back)
        for part in (self.title, self.errors, self.intro, self.table, self.notes_heading):
            layout.addWidget(part)
        layout.addLayout(self.notes_box)
        for part in (self.due_heading, self.due, self.left_heading, self.left_out):
            layout.addWidget(part)
        layout.addLayout(flow_row(self.confirm_button, self.back_button))
        self.note_rows: list[StatusRow] = []
        self.retranslate_ui()

    def show_result(self, wallet: Wallet, result: PayRunResult) -> None:
        self.wallet, self.result = wallet, result
        self.errors.clear()
        self.model.set_rows(preview_rows(result))
        for old in self.note_rows:
            discard(old)
        self.note_rows = []
        for row in self.model.rows:
            for note in row.notes:
                status = StatusRow(f"previewNote{len(self.note_rows)}")
                status.show_status("warning", _("Heads-up"), f"{row.name}: {note}")
                self.notes_box.addWidget(status)
                self.note_rows.append(status)
        self.notes_heading.setVisible(bool(self.note_rows))
        self.left_heading.setVisible(bool(result.left_out))
        self.left_out.setVisible(bool(result.left_out))
        self.retranslate_ui()
        self.confirm_button.setFocus()

    def confirm(self) -> None:
        """Work the run out again and save it, all or nothing."""
        if self.wallet is None or self.result is None:
            return
        try:
            done = payroll_service.confirm_pay_run(
                self.wallet, self.result.period_end, self.result.payday
            )
        except DpwalletError as exc:
            self.errors.show_problems([(str(exc), self.back_button)])
            return
        text = _("Pay confirmed for the period ending {date}.").format(
            date=format_date(done.period_end)
        )
        bus().announce(
            Changes(
                "confirm pay run",
                frozenset({"pay_run", "payslip", "shift"}),
                ids=done.pay_run_ids,
                text=text,
            )
        )
        self.confirmed.emit(done)

    def sentences(self) -> list[str]:
        rows = [r.sentence() for r in self.model.rows]
        return [self.title.text(), self.intro.text(), *rows, self.due.text(), self.left_out.text()]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(_("Check the pay before you confirm"))
        result = self.result
        if result is not None:
            self.intro.setText(
                _(
                    "Pay for the period ending {end}, paid on {payday}. Nothing is saved "
                    "until you press Confirm pay."
                ).format(end=format_date(result.period_end), payday=format_date(result.payday))
            )
            self.due.setText(
                "\n".join(due_sentences(result))
                or _("Nothing is due to HMRC or the pension scheme from this pay.")
            )
            self.left_out.setText("\n".join(result.left_out))
        name_table(self.table, _("Pay for each personal assistant"))
        self.model.retranslate()
        self.notes_heading.setText(_("Heads-ups"))
        self.due_heading.setText(_("What you will need to pay"))
        self.left_heading.setText(_("Not in this pay"))
        set_text(
            self.confirm_button, _("Confirm pay"), _("Saves the payslips. This cannot be undone.")
        )
        set_text(self.back_button, _("Go back"))
