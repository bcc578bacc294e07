"""Easy read Money: how much money you have and where, the last few payments as
sentences, what still needs a receipt or an outcome, and when you last checked with the bank.

Why this wording: people asked to always know how much money there is and where it went
(domain.md). Easy read says it one idea a line, with digits, dates with the weekday and
month name, and never a minus sign ("You need to pay back £12.50"). What still needs
doing is said kindly, as a count, never as a fault. "Add a bank statement" and "Add a
payment" open the normal screen's own import page and payment form (the screen does the
work), so nothing is done twice.

The facts come from the same services the normal Money tabs read
(:func:`money_facts`); the view only words them, so a language switch rewords them all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from dpwallet.domain.money import Money, total
from dpwallet.domain.spending import NOT_SPENDING
from dpwallet.i18n import npgettext, pgettext
from dpwallet.i18n.formatting import MoneyDirection, easy_read_amount, format_date
from dpwallet.services import money_ledger, money_receipts, money_reconcile, money_service
from dpwallet.services.council_profiles import current_setting
from dpwallet.ui.easyread.button_box import ButtonsView
from dpwallet.ui.easyread.outcomes import year_start
from dpwallet.ui.easyread.widgets import EasyButton, IdeaRow

if TYPE_CHECKING:
    from dpwallet.services.wallet import Wallet

__all__ = ["AccountFacts", "EasyMoney", "MoneyFacts", "PaymentFacts", "money_facts"]

RECENT = 5  # the last few payments easy read says as sentences
LOOK_BACK_DAYS = 92  # as the normal Receipts tab: about three months
ACCOUNT_PICTURES = {"bank": "bank", "prepaid_card": "card", "managed": "bank", "cash": "coin"}


@dataclass(frozen=True, slots=True)
class AccountFacts:
    name: str
    kind: str
    balance: Money
    checked_on: dt.date | None  # the last bank statement it was checked against


@dataclass(frozen=True, slots=True)
class PaymentFacts:
    date: dt.date
    amount: Money  # negative: money out
    payee: str


@dataclass(frozen=True, slots=True)
class MoneyFacts:
    today: dt.date
    accounts: tuple[AccountFacts, ...]
    recent: tuple[PaymentFacts, ...]  # newest first
    receipts_needed: int
    outcomes_needed: int
    has_payments: bool

    @property
    def balance(self) -> Money:
        return total(a.balance for a in self.accounts)


def money_facts(wallet: Wallet, today: dt.date | None = None) -> MoneyFacts:
    """What easy read Money says, read through the services the normal tabs use."""
    today = today or wallet.clock.today()
    accounts = []
    for row in money_service.accounts(wallet):
        if row.closed and not row.balance.pence:
            continue  # a closed, empty account is nothing to tell
        checks = money_reconcile.reconciliations(wallet, row.id)
        accounts.append(
            AccountFacts(
                row.name, row.kind, row.balance, checks[0].statement_date if checks else None
            )
        )
    start = today - dt.timedelta(days=LOOK_BACK_DAYS)
    since = year_start(today)
    # This year's payments are enough to say everything; all of them only when there are
    # none this year (a wallet with years of payments stays quick).
    rows = money_ledger.payments(wallet, start=min(start, since)) or money_ledger.payments(wallet)
    recent = tuple(
        PaymentFacts(r.date, r.amount, r.payee)
        for r in rows
        if r.kind != "transfer" and r.amount.pence and r.date <= today
    )[:RECENT]
    threshold = current_setting(wallet).profile.receipt_threshold
    receipts = money_receipts.payments_needing_receipts(wallet, threshold, start, today)
    # As easy read Outcomes and the spend chart count "not linked to an outcome yet":
    # spending (not money in or moves between your own accounts) since 1 April.
    no_outcome = [
        r
        for r in rows
        if since <= r.date <= today
        and r.amount.is_negative
        and r.outcome_id is None
        and r.kind not in NOT_SPENDING
    ]
    return MoneyFacts(today, tuple(accounts), recent, len(receipts), len(no_outcome), bool(rows))


def _money_row(row: IdeaRow, amount: Money, positive: str, negative: str, **values: str) -> None:
    """Fill ``row`` with the sentence for ``amount``'s direction (never a minus sign)."""
    split = easy_read_amount(amount)
    template = negative if split.direction is MoneyDirection.NEGATIVE else positive
    row.set_sentence(template, amount=split.amount, **values)
    row.setVisible(True)


class EasyMoney(ButtonsView):
    """``statement_requested`` / ``payment_requested``: the screen opens its own page/form."""

    statement_requested = Signal()
    payment_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("easyMoney")
        self.facts: MoneyFacts | None = None
        self.account_rows: list[IdeaRow] = []
        self.checked_rows: list[IdeaRow] = []
        self.payment_rows: list[IdeaRow] = []
        add = self.add_row
        self.have = add(
            IdeaRow("money", name="erMoneyHave", amount=True, terms=("money_you_have", "pay_back"))
        )
        self.places = add(IdeaRow("bank", name="erMoneyPlaces", terms=("bank_account",)))
        self.checked = add(IdeaRow("tick", name="erMoneyChecked", terms=("check_with_bank",)))
        self.recent = add(IdeaRow("calendar", name="erMoneyRecent"))
        self.receipts = add(IdeaRow("receipt", name="erMoneyReceipts", terms=("receipt",)))
        self.outcomes = add(IdeaRow("outcome", name="erMoneyOutcomes", terms=("outcome",)))
        self.start = add(IdeaRow("statement", name="erMoneyStart", terms=("bank_statement",)))
        self.all_ok = add(IdeaRow("tick", name="erMoneyAllOk"))
        self.statement_button = EasyButton("statement", "erMoneyAddStatement")
        self.statement_button.clicked.connect(self.statement_requested)
        self.payment_button = EasyButton("add", "erMoneyAddPayment")
        self.payment_button.clicked.connect(self.payment_requested)
        self.add_buttons("erMoneyButtons", self.statement_button, self.payment_button)
        self.content.addStretch(1)
        self.retranslate_ui()

    # ------------------------------------------------------------ data
    def show_money(self, facts: MoneyFacts | None) -> None:
        self.facts = facts
        self._rebuild()
        self.retranslate_ui()

    def _rebuild(self) -> None:
        self.remove_rows(self.account_rows + self.checked_rows + self.payment_rows)
        self.account_rows, self.checked_rows, self.payment_rows = [], [], []
        f = self.facts
        if f is None:
            return
        self.account_rows = [
            IdeaRow(
                ACCOUNT_PICTURES.get(a.kind, "bank"),
                name=f"erMoneyAccount{i}",
                amount=True,
                terms=("pay_back",) if a.balance.is_negative else (),
            )
            for i, a in enumerate(f.accounts)
        ]
        self.insert_rows(self.places, self.account_rows)
        checkable = [a for a in f.accounts if a.kind != "cash"]
        self.checked_rows = [
            IdeaRow(
                "tick" if a.checked_on else "statement",
                name=f"erMoneyChecked{i}",
                terms=("check_with_bank",),
            )
            for i, a in enumerate(checkable)
        ]
        self.insert_rows(self.checked, self.checked_rows)
        self.payment_rows = [
            IdeaRow(
                "money-out" if p.amount.is_negative else "money-in",
                name=f"erMoneyPayment{i}",
                amount=True,
            )
            for i, p in enumerate(f.recent)
        ]
        self.insert_rows(self.recent, self.payment_rows)

    # ------------------------------------------------------------ words
    def retranslate_ui(self) -> None:
        self.heading.setText(pgettext("easyread", "Money"))
        self.statement_button.set_words(
            pgettext("easyread", "Add a bank statement"),
            pgettext("easyread", "You choose the file from your bank. You check it first."),
        )
        self.payment_button.set_words(
            pgettext("easyread", "Add a payment"),
            pgettext("easyread", "This opens a form for the payment."),
        )
        for row in self.rows:
            row.setVisible(False)
        f = self.facts
        self.statement_button.setVisible(f is not None)
        self.payment_button.setVisible(f is not None and bool(f.accounts))
        if f is None:
            return
        self._balance_rows(f)
        self._checked_rows(f)
        self._payment_rows(f)
        self._to_do_rows(f)
        self.fit_buttons()

    def _show(self, row: IdeaRow, template: str, **values: str) -> None:
        row.set_sentence(template, **values)
        row.setVisible(True)

    def _balance_rows(self, f: MoneyFacts) -> None:
        if not f.accounts:
            return
        _money_row(
            self.have,
            f.balance,
            pgettext("easyread", "You have {amount}."),
            pgettext("easyread", "You need to pay back {amount}."),
        )
        n = len(f.accounts)
        if n > 1:
            self._show(
                self.places,
                npgettext(
                    "easyread", "This money is in {n} place.", "This money is in {n} places.", n
                ),
                n=str(n),
            )
        for account, row in zip(f.accounts, self.account_rows, strict=True):
            _money_row(
                row,
                account.balance,
                pgettext("easyread", "{account} has {amount}."),
                pgettext("easyread", "{account}: you need to pay back {amount}."),
                account=account.name,
            )

    def _checked_rows(self, f: MoneyFacts) -> None:
        checkable = [a for a in f.accounts if a.kind != "cash"]
        for account, row in zip(checkable, self.checked_rows, strict=True):
            if account.checked_on is not None:
                self._show(
                    row,
                    pgettext("easyread", "You last checked {account} with the bank on {date}."),
                    account=account.name,
                    date=format_date(account.checked_on),
                )
            else:
                self._show(
                    row,
                    pgettext("easyread", "You have not checked {account} with the bank yet."),
                    account=account.name,
                )

    def _payment_rows(self, f: MoneyFacts) -> None:
        n = len(f.recent)
        if not n:
            return
        self._show(
            self.recent,
            npgettext(
                "easyread", "Here is your last payment.", "Here are your last {n} payments.", n
            ),
            n=str(n),
        )
        for payment, row in zip(f.recent, self.payment_rows, strict=True):
            amount = easy_read_amount(payment.amount).amount
            date = format_date(payment.date)
            name = payment.payee.strip()
            if payment.amount.is_negative:
                template = (
                    pgettext("easyread", "On {date} you paid {amount} to {name}.")
                    if name
                    else pgettext("easyread", "On {date} you paid {amount}.")
                )
            else:
                template = (
                    pgettext("easyread", "On {date} {name} paid you {amount}.")
                    if name
                    else pgettext("easyread", "On {date} {amount} came in.")
                )
            values = {"date": date, "amount": amount}
            if name:
                values["name"] = name
            self._show(row, template, **values)

    def _to_do_rows(self, f: MoneyFacts) -> None:
        busy = False
        if f.receipts_needed:
            busy = True
            n = f.receipts_needed
            self._show(
                self.receipts,
                npgettext(
                    "easyread", "{n} payment needs a receipt.", "{n} payments need a receipt.", n
                ),
                n=str(n),
            )
        if f.outcomes_needed:
            busy = True
            n = f.outcomes_needed
            self._show(
                self.outcomes,
                npgettext(
                    "easyread",
                    "{n} payment needs an outcome chosen.",
                    "{n} payments need an outcome chosen.",
                    n,
                ),
                n=str(n),
            )
        if not f.has_payments:
            busy = True
            self._show(self.start, pgettext("easyread", "Add a bank statement to start."))
        if not busy:
            self._show(self.all_ok, pgettext("easyread", "Nothing to do right now. Well done."))
