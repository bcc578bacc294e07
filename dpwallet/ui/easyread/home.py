"""Easy read Home: the same figures as the normal home, one idea a line, each with a picture.

Why this wording: people asked to always know how much money there is, what comes in and
goes out and how long it lasts (domain.md). Easy read says it in short sentences with
digits, never a percentage, never a minus sign ("You need to pay back £12.50"), and dates
with the weekday and month name ("Monday 2 March 2026").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dpwallet.domain.money import Money
from dpwallet.domain.summary import AccountBalance, WalletSummary
from dpwallet.i18n import npgettext, pgettext
from dpwallet.i18n.formatting import MoneyDirection, easy_read_amount, format_date
from dpwallet.ui.discard import discard
from dpwallet.ui.easyread.view import EasyReadView
from dpwallet.ui.easyread.widgets import IdeaRow

if TYPE_CHECKING:
    from dpwallet.services.money_home import HomeFigures

__all__ = ["EasyHome"]

ACCOUNT_PICTURES = {"bank": "bank", "prepaid_card": "card", "managed": "bank", "cash": "coin"}


def _money_row(row: IdeaRow, amount: Money, positive: str, negative: str, **values: str) -> None:
    """Fill ``row`` with the sentence for ``amount``'s direction (never a minus sign)."""
    split = easy_read_amount(amount)
    template = negative if split.direction is MoneyDirection.NEGATIVE else positive
    row.set_sentence(template, amount=split.amount, **values)


class EasyHome(EasyReadView):
    """Shows a :class:`WalletSummary` and, when given, the :class:`HomeFigures`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("easyHome")
        self.summary: WalletSummary | None = None
        self.figures: HomeFigures | None = None
        add = self.add_row
        self.today = add(IdeaRow("calendar", name="erToday"))
        self.have = add(
            IdeaRow("money", name="erHave", amount=True, terms=("money_you_have", "pay_back"))
        )
        self.places = add(IdeaRow("bank", name="erPlaces", terms=("bank_account",)))
        self.account_rows: list[tuple[AccountBalance, IdeaRow]] = []
        self.weeks = add(IdeaRow("weeks", name="erWeeks", terms=("weeks_in_hand",)))
        self.came_in = add(
            IdeaRow("money-in", name="erCameIn", amount=True, terms=("money_coming_in",))
        )
        self.went_out = add(
            IdeaRow("money-out", name="erWentOut", amount=True, terms=("money_going_out",))
        )
        self.next_payment = add(
            IdeaRow("council", name="erNextPayment", terms=("council", "direct_payment"))
        )
        self.pay_in = add(IdeaRow("heads-up", name="erPayIn", terms=("money_you_pay_in",)))
        self.runs_short = add(IdeaRow("heads-up", name="erRunsShort"))
        self.receipts = add(IdeaRow("receipt", name="erReceipts", terms=("receipt",)))
        self.start = add(IdeaRow("bank", name="erStart", terms=("bank_statement",)))
        self.all_ok = add(IdeaRow("tick", name="erAllOk"))
        self.content.addStretch(1)
        self.retranslate_ui()

    # ------------------------------------------------------------ data
    def show_summary(self, summary: WalletSummary | None) -> None:
        self.summary = summary
        self._rebuild_accounts()
        self.retranslate_ui()

    def show_figures(self, figures: HomeFigures | None) -> None:
        self.figures = figures
        self.retranslate_ui()

    def _rebuild_accounts(self) -> None:
        for _account, row in self.account_rows:
            self.rows.remove(row)
            discard(row)
        self.account_rows = []
        accounts = self.summary.accounts if self.summary else ()
        at = self.content.indexOf(self.places) + 1
        for index, account in enumerate(accounts):
            picture = ACCOUNT_PICTURES.get(account.kind, "bank")
            row = IdeaRow(picture, name=f"erAccount{index}", amount=True, terms=("pay_back",))
            self.content.insertWidget(at + index, row)
            self.rows.insert(self.rows.index(self.places) + 1 + index, row)
            row.set_picture_size(self.places.picture.width())
            self.account_rows.append((account, row))

    # ------------------------------------------------------------ words
    def retranslate_ui(self) -> None:
        s, f = self.summary, self.figures
        self.heading.setText(pgettext("easyread", "Your money"))
        for row in self.rows:
            row.setVisible(False)
        if s is None:
            return
        self._balance_rows(s)
        if f is not None:
            self._figure_rows(f)
        self._to_do_rows(s, f)

    def _show(self, row: IdeaRow, template: str, **values: str) -> None:
        row.set_sentence(template, **values)
        row.setVisible(True)

    def _balance_rows(self, s: WalletSummary) -> None:
        _money_row(
            self.have,
            s.balance,
            pgettext("easyread", "You have {amount}."),
            pgettext("easyread", "You need to pay back {amount}."),
        )
        self.have.setVisible(True)
        n = len(s.accounts)
        if n:
            self._show(
                self.places,
                npgettext(
                    "easyread", "This money is in {n} place.", "This money is in {n} places.", n
                ),
                n=str(n),
            )
        for account, row in self.account_rows:
            _money_row(
                row,
                account.balance,
                pgettext("easyread", "{account} has {amount}."),
                pgettext("easyread", "{account}: you need to pay back {amount}."),
                account=account.name,
            )
            row.setVisible(True)

    def _figure_rows(self, f: HomeFigures) -> None:
        self._show(self.today, pgettext("easyread", "Today is {date}."), date=format_date(f.today))
        if f.weeks_in_hand is not None:
            weeks = int(f.weeks_in_hand)
            if weeks >= 1:
                self._show(
                    self.weeks,
                    npgettext(
                        "easyread",
                        "Your money lasts about {n} week.",
                        "Your money lasts about {n} weeks.",
                        weeks,
                    ),
                    n=str(weeks),
                )
            else:
                self._show(self.weeks, pgettext("easyread", "Your money may run out this week."))
        since = format_date(f.period_start)
        self._show(
            self.came_in,
            pgettext("easyread", "{amount} came in since {date}."),
            amount=easy_read_amount(f.came_in).amount,
            date=since,
        )
        self._show(
            self.went_out,
            pgettext("easyread", "{amount} went out since {date}."),
            amount=easy_read_amount(f.went_out).amount,
            date=since,
        )
        if f.next_payment is not None:
            day, amount = f.next_payment
            self._show(
                self.next_payment,
                pgettext("easyread", "The council pays you {amount} on {date}."),
                amount=easy_read_amount(amount).amount,
                date=format_date(day),
            )

    def _to_do_rows(self, s: WalletSummary, f: HomeFigures | None) -> None:
        busy = False
        if f is not None and f.contributions is not None and f.contributions.behind:
            busy = True
            self._show(
                self.pay_in,
                pgettext("easyread", "Please pay in {amount} of your own money."),
                amount=easy_read_amount(f.contributions.behind).amount,
            )
        if f is not None and f.forecast.lowest.balance.is_negative:
            busy = True
            self._show(
                self.runs_short,
                pgettext("easyread", "Heads-up: your money may run short on {date}."),
                date=format_date(f.forecast.lowest.date),
            )
        if f is not None and f.receipts_needed:
            busy = True
            n = f.receipts_needed
            self._show(
                self.receipts,
                npgettext(
                    "easyread", "{n} payment needs a receipt.", "{n} payments need a receipt.", n
                ),
                n=str(n),
            )
        if not s.counts.get("transactions"):
            busy = True
            self._show(self.start, pgettext("easyread", "Add a bank statement to start."))
        if not busy:
            self._show(self.all_ok, pgettext("easyread", "Nothing to do right now. Well done."))
