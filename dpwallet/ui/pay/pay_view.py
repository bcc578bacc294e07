"""Pay: work out pay for a period, confirm it, save payslips, and see what you owe.

Why this order: running pay is the task people come here for, so the period end comes
first, already filled in with the next one due. Below it is the pay already confirmed
(with "Save payslips (PDF)..." and "Check a payslip from your payroll service"), then
what is owed as an employer for a tax month or quarter: net pay to each PA, HMRC's
amount by the 22nd, the pension scheme's. The sums come from ``pay_figures``; writing
PDFs runs off the GUI thread and says exactly where the files went.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from dpwallet.domain.errors import DpwalletError
from dpwallet.i18n import _, ngettext
from dpwallet.i18n.formatting import format_date
from dpwallet.services import payroll_service
from dpwallet.services.changes import Changes
from dpwallet.services.payroll_service import PayRunResult
from dpwallet.ui import tasks
from dpwallet.ui.easyread import EasyReadView, attach_easy_read, easy_read_state
from dpwallet.ui.easyread.pay import EasyPay, pay_facts
from dpwallet.ui.event_bus import bus
from dpwallet.ui.pay import pay_figures
from dpwallet.ui.pay.check_page import CheckPage
from dpwallet.ui.pay.pay_models import ConfirmedRunTableModel
from dpwallet.ui.pay.preview_page import PreviewPage
from dpwallet.ui.pay.summary_box import SummaryBox
from dpwallet.ui.people.parts import DateInput, flow_row, name_table, selected_row, table_view
from dpwallet.ui.session import Session
from dpwallet.ui.widgets import (
    BusyLine,
    ErrorSummary,
    Field,
    ScreenView,
    card,
    label,
    set_text,
)
from dpwallet.ui.wrap_text import wrap_button

PAY_ENTITIES = ("pay_run", "payslip", "shift", "personal_assistant", "pay_rate")


class PayView(ScreenView):
    """The "Pay" section: a main page, the preview page and the payslip check page."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payView")
        self.session = session
        self.suggested: dt.date | None = None
        self.written: list[Path] = []
        self.main = QWidget()
        self.main.setObjectName("payMainPage")
        page = QVBoxLayout(self.main)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(14)
        self.title = label("h1", name="payTitle")
        self.errors = ErrorSummary()
        self.done = label("label", name="payDone")
        self.done.hide()
        self.run_card, run = card("payRunCard")
        self.run_heading = label("h2", name="payRunHeading")
        self.period_end = DateInput("payPeriodEnd")
        self.period_field = Field(self.period_end, "payPeriodEnd")
        self.payday = DateInput("payPayday")
        self.payday_field = Field(self.payday, "payPayday")
        self.preview_button = wrap_button("payPreview", primary=True)
        self.preview_button.clicked.connect(self.preview)
        for edit in (*self.period_end.edits, *self.payday.edits):
            edit.returnPressed.connect(self.preview)
        for part in (self.run_heading, self.period_field, self.payday_field):
            run.addWidget(part)
        run.addLayout(flow_row(self.preview_button))
        self.runs_heading = label("h2", name="payRunsHeading")
        self.runs_model = ConfirmedRunTableModel()
        self.runs_table = table_view("payRunsTable", self.runs_model, rows_shown=4)
        self.runs_empty = label(name="payRunsEmpty")
        self.save_button = wrap_button("paySavePdf")
        self.save_button.clicked.connect(self.save_payslips)
        self.check_button = wrap_button("payCheck")
        self.check_button.clicked.connect(self.show_check)
        self.busy = BusyLine()
        self.summary = SummaryBox()
        parts: tuple[QWidget, ...] = (self.title, self.errors, self.done, self.run_card)
        for widget in (*parts, self.runs_heading, self.runs_table, self.runs_empty):
            page.addWidget(widget)
        page.addLayout(flow_row(self.save_button, self.check_button))
        page.addWidget(self.busy)
        page.addWidget(self.summary)
        self.preview_page = PreviewPage()
        self.preview_page.back.connect(self.show_main)
        self.preview_page.confirmed.connect(self._confirmed)
        self.check_page = CheckPage()
        self.check_page.back.connect(self.show_main)
        self.add(self.main, self.preview_page, self.check_page)
        self.content.addStretch(1)
        self.summary.changed.connect(self._summary_changed)
        bus().changes_applied.connect(self._changes_applied)
        self.easy = EasyPay()
        self.easy.work_out_requested.connect(self._easy_work_out)
        self._easy_switch = attach_easy_read(self, self.easy)
        self.show_main()
        self.retranslate_ui()

    def easy_read_view(self) -> EasyReadView | None:
        """The easy read pay while easy read is on (the shell's corner asks for it)."""
        return self._easy_switch.active_easy_view()

    def _easy_work_out(self) -> None:
        """Easy read's "Work out pay": the same check page; Back or Confirm returns."""
        self._easy_switch.stack.setCurrentWidget(self.scroller)
        if self.period_end.is_empty() and self.suggested is not None:
            self.period_end.set_date(self.suggested)
        self.preview()

    # ------------------------------------------------------------------ data
    def today(self) -> dt.date:
        wallet = self.session.wallet
        return wallet.clock.today() if wallet is not None else dt.date.today()

    def refresh(self) -> None:
        wallet = self.session.wallet
        if wallet is None or wallet.is_locked:
            self.clear()
            return
        self.suggested = pay_figures.suggest_period_end(wallet, self.today())
        if self.period_end.is_empty():
            self.period_end.set_date(self.suggested)
        runs = pay_figures.confirmed_runs(wallet)
        self.runs_model.set_rows(runs)
        has_runs = bool(runs)
        for part in (self.runs_table, self.save_button, self.check_button, self.summary):
            part.setVisible(has_runs)
        self.runs_empty.setVisible(not has_runs)
        if has_runs:
            self.runs_table.selectRow(0)
        self.summary.set_today(self.today())
        self._summary_changed()
        self.retranslate_ui()
        self.easy.show_pay(pay_facts(wallet, self.today(), self.suggested, runs))

    def clear(self) -> None:
        self.suggested = None
        self.period_end.set_date(None)
        self.payday.set_date(None)
        self.runs_model.set_rows([])
        self.summary.show_summary(None)
        self.done.hide()
        self.errors.clear()
        self.easy.show_pay(None)
        self.show_main()

    def _changes_applied(self, changes: Changes) -> None:
        if changes.touches(*PAY_ENTITIES) and self.session.wallet is not None:
            self.refresh()

    def _summary_changed(self) -> None:
        wallet = self.session.wallet
        if wallet is None or wallet.is_locked:
            return
        day, quarterly = self.summary.chosen()
        self.summary.show_summary(pay_figures.employer_summary(wallet, day, quarterly=quarterly))

    # ------------------------------------------------------------------ pages
    def _page(self, shown: QWidget) -> None:
        for page in (self.main, self.preview_page, self.check_page):
            page.setVisible(page is shown)
        self.scroller.verticalScrollBar().setValue(0)

    def show_main(self) -> None:
        self._page(self.main)
        if hasattr(self, "_easy_switch"):  # back from the check page: easy read if it is on
            self._easy_switch.follow(easy_read_state().on)

    def first_focus(self) -> QWidget | None:
        return self.period_end.edits[0]

    # ------------------------------------------------------------------ commands
    def _dates(self) -> tuple[dt.date, dt.date | None] | None:
        problems: list[tuple[str, QWidget | None]] = []
        found: list[dt.date | None] = []
        for field, editor in (
            (self.period_field, self.period_end),
            (self.payday_field, self.payday),
        ):
            field.set_error("")
            try:
                found.append(editor.date())
            except ValueError as exc:
                field.set_error(str(exc))
                problems.append((str(exc), editor.edits[0]))
                found.append(None)
        if not problems and found[0] is None:
            message = _("Enter the last day of the pay period. {example}").format(
                example=_("For example, 27 3 2026")
            )
            self.period_field.set_error(message)
            problems.append((message, self.period_end.edits[0]))
        if problems or found[0] is None:
            self.errors.show_problems(problems)
            return None
        return found[0], found[1]

    def preview(self) -> None:
        """Work the pay out without saving, and show it on the check page."""
        wallet = self.session.wallet
        dates = self._dates()
        if wallet is None or dates is None:
            return
        try:
            result = payroll_service.preview_pay_run(wallet, dates[0], dates[1])
        except DpwalletError as exc:
            self.errors.show_problems([(str(exc), self.period_end.edits[0])])
            return
        self.errors.clear()
        self.done.hide()
        self.preview_page.show_result(wallet, result)
        self._page(self.preview_page)
        self.preview_page.confirm_button.setFocus()

    def _confirmed(self, result: PayRunResult) -> None:
        self.period_end.set_date(None)
        self.payday.set_date(None)
        self.refresh()
        self.show_main()
        names = len(result.payslips)
        sentence = ngettext(
            "Pay confirmed for the period ending {date}: {n} payslip. Save it to give to "
            "your personal assistant.",
            "Pay confirmed for the period ending {date}: {n} payslips. Save them to give to "
            "your personal assistants.",
            names,
        ).format(date=format_date(result.period_end), n=names)
        self._say(sentence)
        self.save_button.setFocus()

    def _say(self, sentence: str) -> None:
        self.done.setText(sentence)
        self.done.setAccessibleName(sentence)
        self.done.show()

    def save_payslips(self, folder: Path | None = None) -> None:
        """Ask for a folder, then write the chosen run's payslips there off the GUI thread."""
        wallet = self.session.wallet
        run = self.runs_model.row_at(selected_row(self.runs_table))
        if wallet is None or run is None:
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, _("Choose a folder for the payslips"))
            if not chosen:
                return
            folder = Path(chosen)
        employer = wallet.name()
        slips = run.payslips
        self.busy.start(
            ngettext("Saving {n} payslip…", "Saving {n} payslips…", len(slips)).format(n=len(slips))
        )
        self.save_button.setEnabled(False)
        tasks.run_task(
            lambda: pay_figures.write_payslips(folder, slips, employer),
            self._saved,
            self._save_failed,
            where="save payslips",
        )

    def _saved(self, paths: list[Path]) -> None:
        self.busy.stop()
        self.save_button.setEnabled(True)
        self.written = paths
        folder = paths[0].parent if paths else Path()
        files = ", ".join(p.name for p in paths)
        sentence = ngettext(
            "{n} payslip saved in {folder}: {files}",
            "{n} payslips saved in {folder}: {files}",
            len(paths),
        ).format(n=len(paths), folder=str(folder), files=files)
        self.errors.clear()
        self._say(sentence)

    def _save_failed(self, message: str) -> None:
        self.busy.stop()
        self.save_button.setEnabled(True)
        self.errors.show_problems([(message, self.save_button)])

    def show_check(self) -> None:
        run = self.runs_model.row_at(selected_row(self.runs_table))
        if run is None:
            return
        recent = [s for r in self.runs_model.rows[:12] for s in r.payslips]
        self.check_page.show_payslips(recent, run.payslips[0].payslip_id)
        self._page(self.check_page)
        self.check_page.payslip.setFocus()

    def sentences(self) -> list[str]:
        """The main page as plain sentences, in reading order."""
        return [self.title.text(), self.period_field.hint.text(), *self.summary.sentences()]

    # ------------------------------------------------------------------ words
    def retranslate_ui(self) -> None:
        self.title.setText(_("Pay"))
        self.run_heading.setText(_("Work out pay"))
        self.run_card.setAccessibleName(self.run_heading.text())
        hint = _("For example, 27 3 2026")
        if self.suggested is not None:
            hint = _("The next pay period to pay ends on {date}.").format(
                date=format_date(self.suggested)
            )
        self.period_field.set_texts(_("Last day of the pay period"), hint)
        self.period_end.set_names(_("Last day of the pay period"))
        self.payday_field.set_texts(
            _("Payday (optional)"), _("Leave empty to pay on the last day of the period.")
        )
        self.payday.set_names(_("Payday"))
        set_text(self.preview_button, _("Work out pay"), _("Nothing is saved yet"))
        self.runs_heading.setText(_("Pay you have confirmed"))
        name_table(self.runs_table, self.runs_heading.text())
        self.runs_model.retranslate()
        self.runs_empty.setText(
            _(
                "No pay confirmed yet. When you confirm pay, the payslips will be listed "
                "here, ready to save."
            )
        )
        set_text(self.save_button, _("Save payslips (PDF)…"), _("For the chosen pay period"))
        set_text(self.check_button, _("Check a payslip from your payroll service"))
