"""Easy read Pay: the next pay day and who gets how much, what goes to the tax office and
the pension, and the last time you paid.

Why this wording: "how much do I owe, and by when?" is what people ask about being an
employer, and letters from the tax office frighten them (domain.md). So each amount is one
short sentence with the date in words, never a minus sign or a percentage. "Work out pay"
opens the normal screen's own check page for the same dates: nothing is saved until the
person confirms there (the screen does the work).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from dpwallet.domain.errors import DpwalletError
from dpwallet.domain.money import Money
from dpwallet.i18n import pgettext
from dpwallet.i18n.formatting import easy_read_amount, format_date
from dpwallet.services import payroll_service, people_service
from dpwallet.ui.easyread.button_box import ButtonsView
from dpwallet.ui.easyread.widgets import EasyButton, IdeaRow
from dpwallet.ui.pay import pay_figures

if TYPE_CHECKING:
    from dpwallet.services.wallet import Wallet
    from dpwallet.ui.pay.pay_figures import ConfirmedRun

__all__ = ["Due", "EasyPay", "PayFacts", "pay_facts"]


@dataclass(frozen=True, slots=True)
class Due:
    to: str  # "tax" (the tax office) or "pension"
    amount: Money
    by: dt.date


@dataclass(frozen=True, slots=True)
class PayFacts:
    today: dt.date
    has_people: bool
    period_end: dt.date
    payday: dt.date | None  # None: nothing to pay for that period yet
    next_pay: tuple[tuple[str, Money], ...]  # each person's take-home pay, worked out now
    dues: tuple[Due, ...]  # still to pay, soonest first
    last_payday: dt.date | None
    last_total: Money


def _dues(wallet: Wallet, today: dt.date) -> list[Due]:
    """Tax and pension still to pay for this tax month and the one before (due by now or
    later), from confirmed pay, as the normal screen's summary works them out."""
    found: dict[tuple[str, dt.date], Money] = {}
    first, _last = pay_figures.tax_period(today, quarterly=False)
    for day in (first - dt.timedelta(days=1), today):
        summary = pay_figures.employer_summary(wallet, day, quarterly=False)
        for to, amounts in (("tax", summary.hmrc), ("pension", summary.pension)):
            for due in amounts:
                if due.due >= today and due.amount.pence > 0:
                    found[(to, due.due)] = due.amount
    return sorted(
        (Due(to, amount, by) for (to, by), amount in found.items()), key=lambda d: (d.by, d.to)
    )


def pay_facts(
    wallet: Wallet, today: dt.date, period_end: dt.date, runs: list[ConfirmedRun]
) -> PayFacts:
    """What easy read Pay says: the next pay worked out (nothing saved), dues, last pay."""
    has_people = bool(people_service.list_assistants(wallet, include_leavers=False))
    payday: dt.date | None = None
    next_pay: tuple[tuple[str, Money], ...] = ()
    if has_people:
        try:
            result = payroll_service.preview_pay_run(wallet, period_end)
        except DpwalletError:
            pass  # nothing to pay for that period yet: easy read says so kindly
        else:
            payday = result.payday
            next_pay = tuple((s.payslip.pa_name, s.payslip.net_pay) for s in result.payslips)
    last = runs[0] if runs else None
    return PayFacts(
        today,
        has_people,
        period_end,
        payday,
        next_pay,
        tuple(_dues(wallet, today)),
        last.payday if last else None,
        last.net if last else Money(0),
    )


class EasyPay(ButtonsView):
    """``work_out_requested``: open the normal screen's "check before you confirm" page."""

    work_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("easyPay")
        self.facts: PayFacts | None = None
        self.pay_rows: list[IdeaRow] = []
        self.due_rows: list[IdeaRow] = []
        self._due_kinds: list[str] = []
        add = self.add_row
        self.nobody = add(IdeaRow("person", name="erPayNobody", terms=("personal_assistant",)))
        self.payday = add(IdeaRow("calendar", name="erPayDay", terms=("pay_day",)))
        self.nothing_yet = add(IdeaRow("clock", name="erPayNothingYet"))
        self.owe_nothing = add(IdeaRow("tick", name="erPayOweNothing", terms=("tax_office",)))
        self.last = add(IdeaRow("money-out", name="erPayLast", amount=True))
        self.never = add(IdeaRow("pay", name="erPayNever"))
        self.work_out_button = EasyButton("pay", "erPayWorkOut")
        self.work_out_button.clicked.connect(self.work_out_requested)
        self.add_buttons("erPayButtons", self.work_out_button)
        self.content.addStretch(1)
        self.retranslate_ui()

    # ------------------------------------------------------------ data
    def show_pay(self, facts: PayFacts | None) -> None:
        self.facts = facts
        self._rebuild()
        self.retranslate_ui()

    def _rebuild(self) -> None:
        f = self.facts
        shape = (len(f.next_pay), [d.to for d in f.dues]) if f is not None else (0, [])
        if shape == (len(self.pay_rows), self._due_kinds):
            return  # the same rows say the new figures: nothing to build again
        self.remove_rows(self.pay_rows + self.due_rows)
        self.pay_rows, self.due_rows, self._due_kinds = [], [], shape[1]
        if self.facts is None:
            return
        self.pay_rows = [
            IdeaRow("pay", name=f"erPayPerson{i}", amount=True)
            for i in range(len(self.facts.next_pay))
        ]
        self.insert_rows(self.payday, self.pay_rows)
        self.due_rows = [
            IdeaRow(
                "tax" if due.to == "tax" else "pension",
                name=f"erPayDue{i}",
                amount=True,
                terms=("tax", "tax_office") if due.to == "tax" else ("pension",),
            )
            for i, due in enumerate(self.facts.dues)
        ]
        self.insert_rows(self.nothing_yet, self.due_rows)

    # ------------------------------------------------------------ words
    def retranslate_ui(self) -> None:
        self.heading.setText(pgettext("easyread", "Pay"))
        self.work_out_button.set_words(
            pgettext("easyread", "Work out pay"),
            pgettext("easyread", "You can check it all first. Nothing is saved yet."),
        )
        for row in self.rows:
            row.setVisible(False)
        f = self.facts
        self.work_out_button.setVisible(f is not None and f.payday is not None)
        if f is None:
            return
        if not f.has_people:
            self._show(self.nobody, pgettext("easyread", "You have no personal assistants yet."))
        self._next_pay(f)
        self._dues(f)
        if f.last_payday is not None:
            self._show(
                self.last,
                pgettext("easyread", "Last time you paid {amount} on {date}."),
                amount=easy_read_amount(f.last_total).amount,
                date=format_date(f.last_payday),
            )
        elif f.has_people:
            self._show(self.never, pgettext("easyread", "You have not paid anyone here yet."))
        self.fit_buttons()

    def _show(self, row: IdeaRow, template: str, **values: str) -> None:
        row.set_sentence(template, **values)
        row.setVisible(True)

    def _next_pay(self, f: PayFacts) -> None:
        if f.payday is None:
            if f.has_people:
                self._show(
                    self.nothing_yet,
                    pgettext("easyread", "There is no new pay to work out yet."),
                )
            return
        if f.payday >= f.today:
            self._show(
                self.payday,
                pgettext("easyread", "Your next pay day is {date}."),
                date=format_date(f.payday),
            )
        else:  # the period is over: its pay is waiting to be worked out
            self._show(
                self.payday,
                pgettext("easyread", "The pay for work up to {date} is ready to work out."),
                date=format_date(f.period_end),
            )
        so_far = f.today < f.period_end  # more hours may still be added before then
        for row, (name, amount) in zip(self.pay_rows, f.next_pay, strict=True):
            self._show(
                row,
                pgettext("easyread", "So far {name} gets {amount}.")
                if so_far
                else pgettext("easyread", "{name} gets {amount}."),
                name=name,
                amount=easy_read_amount(amount).amount,
            )

    def _dues(self, f: PayFacts) -> None:
        for row, due in zip(self.due_rows, f.dues, strict=True):
            self._show(
                row,
                pgettext("easyread", "You pay {amount} to the tax office by {date}.")
                if due.to == "tax"
                else pgettext("easyread", "You pay {amount} into the pension by {date}."),
                amount=easy_read_amount(due.amount).amount,
                date=format_date(due.by),
            )
        if not f.dues and f.last_payday is not None:
            self._show(
                self.owe_nothing,
                pgettext("easyread", "You do not need to pay the tax office now."),
            )
