"""The checking tabs of the Money screen: against a statement, receipts, the agreement.

Why these three together: each keeps the records fit to show the council. Checking
against a statement compares first and locks only when asked ("Check", then "Mark as
checked"), so nothing is locked by surprise; the result is said in words, never colour
alone. Receipts live in ``check_receipts`` (it is the largest). The agreement form reads
the council's letter as typed: amounts are exact pence, never floats.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QSpinBox

from dpwallet.domain.errors import DpwalletError
from dpwallet.domain.money import Money
from dpwallet.i18n import _, ngettext
from dpwallet.i18n.formatting import format_date, format_money
from dpwallet.i18n.money_input import MoneyInputError, parse_money
from dpwallet.services import money_reconcile, money_service
from dpwallet.services.money_reconcile import ReconcileCheck
from dpwallet.services.money_service import AgreementDetails
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.money.check_receipts import ReceiptsPage, big_button
from dpwallet.ui.money.common import frequency_words, run_command
from dpwallet.ui.money.forms import Problems, combo, fill_accounts, line_edit, read_date, read_money
from dpwallet.ui.money.ledger_pages import Page
from dpwallet.ui.people.parts import MIN_TARGET, DateInput
from dpwallet.ui.widgets import Field, label, set_text

__all__ = ["AgreementPage", "ReceiptsPage", "ReconcilePage"]

FREQUENCY_KEYS = ("weekly", "four-weekly", "monthly")


class _Retranslating(Page):
    """A Money page that words itself again when the language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ReconcilePage(_Retranslating):
    """Compare an account with a statement's balance; lock the rows when they agree."""

    def __init__(self) -> None:
        super().__init__("reconcilePage")
        self.account = combo("reconcileAccount")
        self.account_field = Field(self.account, "reconcileAccount")
        self.date = DateInput("reconcileDate")
        self.date_field = Field(self.date, "reconcileDate")
        self.balance = line_edit("reconcileBalance")
        self.balance_field = Field(self.balance, "reconcileBalance")
        self.check_button = big_button("reconcileCheck", primary=True)
        self.lock_button = big_button("reconcileLock")
        self.check_button.clicked.connect(self.check)
        self.lock_button.clicked.connect(self.mark_checked)
        self.result = label(name="reconcileResult")
        self.done = label("secondary", name="reconcileDone")
        self.last = label("secondary", name="reconcileLast")
        for field in (self.account_field, self.date_field, self.balance_field):
            self.box.addWidget(field)
        self.box.addLayout(flow_row(self.check_button, self.lock_button))
        for part in (self.result, self.done, self.last):
            self.box.addWidget(part)
        self.box.addStretch(1)
        self.account.currentIndexChanged.connect(self._forget)
        self.balance.textEdited.connect(self._forget)
        for edit in self.date.edits:
            edit.textEdited.connect(self._forget)
        self.outcome: ReconcileCheck | None = None
        self.retranslate_ui()

    def reload(self) -> None:
        chosen = self.account.currentData()
        if self.wallet is None:
            self.account.clear()
        else:
            fill_accounts(self.account, self.wallet, chosen)
            if self.date.is_empty():
                self.date.set_date(self.wallet.clock.today())
        self._forget()
        self._show_last()

    def _forget(self, *_args: object) -> None:
        """Any change to the inputs means the last result no longer applies."""
        self.outcome = None
        self.lock_button.setEnabled(False)
        self.result.clear()
        self.result.hide()

    def _show_last(self) -> None:
        key = self.account.currentData()
        rows = money_reconcile.reconciliations(self.wallet, int(key)) if self.wallet and key else []
        if rows:
            self.last.setText(
                _("Last checked against the statement of {date}, balance {balance}.").format(
                    date=format_date(rows[0].statement_date), balance=format_money(rows[0].balance)
                )
            )
        else:
            self.last.setText(_("This account has not been checked against a statement yet."))
        self.last.setVisible(self.wallet is not None)

    def _read(self) -> tuple[int, dt.date, Money] | None:
        problems: Problems = []
        key = self.account.currentData()
        if key is None:
            problems.append((_("Add an account first, then check it."), self.account))
        day = read_date(self.date_field, self.date, problems)
        try:
            balance = parse_money(self.balance.text())
        except MoneyInputError as exc:
            self.balance_field.set_error(str(exc))
            problems.append((str(exc), self.balance))
            balance = None
        else:
            self.balance_field.set_error("")
        if problems or key is None or day is None or balance is None:
            self.errors.show_problems(problems)
            return None
        return int(key), day, balance

    def check(self) -> None:
        self.done.hide()
        read = self._read()
        if read is None or self.wallet is None:
            self._forget()
            return
        try:
            outcome = money_reconcile.check_reconcile(self.wallet, *read)
        except DpwalletError as exc:
            self._forget()
            self.errors.show_problems([(str(exc), self.balance)])
            return
        self.errors.clear()
        self.outcome = outcome
        if outcome.agrees:
            words = _("They agree. {explanation}").format(explanation=outcome.explanation())
            words += " " + ngettext(
                "{count} payment up to {date} will be marked as checked.",
                "{count} payments up to {date} will be marked as checked.",
                outcome.to_lock,
            ).format(count=outcome.to_lock, date=format_date(outcome.statement_date))
        else:
            words = _("They do not agree. {explanation}").format(explanation=outcome.explanation())
        self.result.setText(words)
        self.result.setAccessibleName(words)
        self.result.show()
        self.lock_button.setEnabled(outcome.agrees)

    def mark_checked(self) -> None:
        outcome, wallet = self.outcome, self.wallet
        if outcome is None or wallet is None or not outcome.agrees:
            return
        changes = run_command(
            lambda: money_reconcile.reconcile(
                wallet, outcome.account_id, outcome.statement_date, outcome.statement_balance
            ),
            self.errors,
            self.balance,
        )
        if changes is not None:
            self._forget()
            self.done.setText(
                _("Done. Payments up to {date} are marked as checked.").format(
                    date=format_date(outcome.statement_date)
                )
            )
            self.done.show()
            self._show_last()

    def retranslate_ui(self) -> None:
        self.heading.setText(_("Check against a statement"))
        self.intro.setText(
            _(
                "Type the balance and date from your bank or card statement. If your records "
                "agree, you can mark the payments up to that date as checked, so they cannot "
                "be changed by mistake."
            )
        )
        self.account_field.set_texts(_("Account"))
        self.date_field.set_texts(_("Statement date"), _("For example, 27 3 2026"))
        self.date.set_names(_("Statement date"))
        self.balance_field.set_texts(
            _("Balance on the statement"), _("Like £1,234.50. Put a minus sign if overdrawn.")
        )
        set_text(self.check_button, _("Check"))
        set_text(self.lock_button, _("Mark as checked"))
        self.lock_button.setAccessibleDescription(
            _("Locks the payments up to the statement date. Check first.")
        )
        if self.outcome is not None:
            self.check()
        self._show_last()


class AgreementPage(_Retranslating):
    """The council's direct payment agreement: amounts, how often and the next payment."""

    def __init__(self) -> None:
        super().__init__("agreementPage")
        self.current = label(name="agreementCurrent")
        self.box.addWidget(self.current)
        self.start = DateInput("agreementStart")
        self.start_field = Field(self.start, "agreementStart")
        self.gross = line_edit("agreementGross")
        self.gross_field = Field(self.gross, "agreementGross")
        self.contribution = line_edit("agreementContribution")
        self.contribution_field = Field(self.contribution, "agreementContribution")
        self.net = line_edit("agreementNet")
        self.net_field = Field(self.net, "agreementNet")
        self.frequency = combo("agreementFrequency")
        for key in FREQUENCY_KEYS:
            self.frequency.addItem("", key)
        self.frequency_field = Field(self.frequency, "agreementFrequency")
        self.next_date = DateInput("agreementNext")
        self.next_field = Field(self.next_date, "agreementNext")
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 52)
        self.weeks.setValue(8)
        self.weeks.setMinimumHeight(MIN_TARGET)
        self.weeks_field = Field(self.weeks, "agreementWeeks")
        for part in (
            self.start_field,
            self.gross_field,
            self.contribution_field,
            self.net_field,
            self.frequency_field,
            self.next_field,
            self.weeks_field,
        ):
            self.box.addWidget(part)
        self.save = big_button("agreementSave", primary=True)
        self.save.clicked.connect(self.save_agreement)
        self.saved = label("secondary", name="agreementSaved")
        self.saved.hide()
        self.box.addLayout(flow_row(self.save))
        self.box.addWidget(self.saved)
        self.box.addStretch(1)
        self.shown: AgreementDetails | None = None
        self.retranslate_ui()

    def reload(self) -> None:
        found = money_service.current_agreement(self.wallet) if self.wallet else None
        self.shown = found
        self._word_current()
        today = self.wallet.clock.today() if self.wallet else None
        self.start.set_date(found.start_date if found else today)
        self.gross.setText(found.gross_budget.to_str() if found else "")
        self.contribution.setText(found.contribution.to_str() if found else "")
        self.net.setText(found.net_payment.to_str() if found else "")
        index = self.frequency.findData(found.payment_frequency if found else "four-weekly")
        self.frequency.setCurrentIndex(max(index, 0))
        self.next_date.set_date(found.next_payment_date if found else None)
        self.weeks.setValue(found.contingency_weeks if found else 8)

    def _word_current(self) -> None:
        found = self.shown
        if found is None:
            text = _("You have not entered your agreement yet. Copy it from the council's letter.")
        else:
            text = _(
                "Your agreement now: budget {gross}, your contribution {contribution}, the "
                "council pays {net}, {often}. Next payment: {next}. Contingency: {weeks} weeks."
            ).format(
                gross=format_money(found.gross_budget),
                contribution=format_money(found.contribution),
                net=format_money(found.net_payment),
                often=frequency_words(found.payment_frequency).lower(),
                next=format_date(found.next_payment_date)
                if found.next_payment_date
                else _("not known"),
                weeks=found.contingency_weeks,
            )
        self.current.setText(text)

    def details(self, problems: Problems) -> AgreementDetails | None:
        start = read_date(self.start_field, self.start, problems)
        gross = read_money(self.gross_field, self.gross, problems)
        contribution = read_money(self.contribution_field, self.contribution, problems)
        net = read_money(self.net_field, self.net, problems)
        try:
            next_day = self.next_date.date()
            self.next_field.set_error("")
        except ValueError as exc:
            self.next_field.set_error(str(exc))
            problems.append((str(exc), self.next_date.edits[0]))
            next_day = None
        if problems or start is None or gross is None or contribution is None or net is None:
            return None
        frequency = str(self.frequency.currentData())
        old = self.shown
        return AgreementDetails(
            start,
            gross,
            contribution,
            net,
            frequency,
            next_day,
            old.contribution_frequency if old else frequency,
            self.weeks.value(),
            old.end_date if old else None,
        )

    def save_agreement(self) -> None:
        self.saved.hide()
        problems: Problems = []
        details = self.details(problems)
        wallet = self.wallet
        if details is None or wallet is None:
            self.errors.show_problems(problems)
            return
        if run_command(lambda: money_service.set_up_agreement(wallet, details), self.errors):
            self.reload()
            self.saved.setText(_("Saved. Your agreement is up to date."))
            self.saved.show()

    def retranslate_ui(self) -> None:
        self.heading.setText(_("Your agreement"))
        self.intro.setText(
            _(
                "Copy these from the council's letter about your direct payment. Amounts are "
                "for each time the council pays."
            )
        )
        self.start_field.set_texts(_("Start date"), _("For example, 27 3 2026"))
        self.start.set_names(_("Start date"))
        self.gross_field.set_texts(_("Your personal budget (gross)"), _("Like £1,200.00"))
        self.contribution_field.set_texts(
            _("Your contribution"), _("What you pay towards your care. Put 0 if none.")
        )
        self.net_field.set_texts(_("What the council pays you (net)"), _("Like £1,000.00"))
        for index, key in enumerate(FREQUENCY_KEYS):
            self.frequency.setItemText(index, frequency_words(key))
        self.frequency_field.set_texts(_("How often does the council pay?"))
        self.next_field.set_texts(_("Next payment date (optional)"), _("For example, 27 3 2026"))
        self.next_date.set_names(_("Next payment date"))
        self.weeks.setSuffix(" " + _("weeks"))
        self.weeks_field.set_texts(
            _("Contingency"), _("How many weeks of money the council lets you keep in hand.")
        )
        self.weeks.lineEdit().setAccessibleName(_("Contingency"))
        set_text(self.save, _("Save"))
        self._word_current()
