"""Easy read Outcomes: each outcome in the support plan and the money spent on it this
year, and the money not linked to an outcome yet.

Why this wording: spending is tracked by outcome, not by activity (domain.md), so easy
read says one outcome a line with the money spent on it, in the person's own plan words,
never a percentage. "This year" is the council's year, from 1 April, and the first line
says that date in words so nobody has to guess. "Add an outcome" opens the normal
screen's own form (the screen does the work).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from dpwallet.domain.money import Money, total
from dpwallet.domain.spending import OutcomePlan, SpendLine, spend_by_outcome
from dpwallet.i18n import npgettext, pgettext
from dpwallet.i18n.formatting import MoneyDirection, easy_read_amount, format_date
from dpwallet.services import money_ledger, money_service
from dpwallet.ui.easyread.button_box import ButtonsView
from dpwallet.ui.easyread.widgets import EasyButton, IdeaRow

if TYPE_CHECKING:
    from dpwallet.services.wallet import Wallet

__all__ = ["EasyOutcomes", "OutcomeFacts", "SpentOn", "outcome_facts", "year_start"]


@dataclass(frozen=True, slots=True)
class SpentOn:
    text: str  # the outcome in the plan's words; "" for money not linked to an outcome
    spent: Money  # negative: more came back (refunds) than went out


@dataclass(frozen=True, slots=True)
class OutcomeFacts:
    since: dt.date
    outcomes: tuple[SpentOn, ...]  # in the plan's order
    not_linked: Money


def year_start(today: dt.date) -> dt.date:
    """1 April: the start of the council's year that ``today`` is in."""
    year = today.year if today.month >= 4 else today.year - 1
    return dt.date(year, 4, 1)


def outcome_facts(wallet: Wallet, today: dt.date | None = None) -> OutcomeFacts:
    """Spend by outcome since 1 April, with the same rules as the normal screen's chart."""
    today = today or wallet.clock.today()
    since = year_start(today)
    plans = [
        OutcomePlan(o.id, o.text, o.money_per_week, o.archived)
        for o in money_service.outcomes(wallet, include_archived=True)
    ]
    lines = [
        SpendLine(r.date, r.amount, r.outcome_id, r.category, r.kind)
        for r in money_ledger.payments(wallet, start=since, end=today)
    ]
    rows = spend_by_outcome(lines, plans, since, today)
    return OutcomeFacts(
        since,
        tuple(SpentOn(r.text, r.spent) for r in rows if r.outcome_id is not None),
        total(r.spent for r in rows if r.outcome_id is None),
    )


class EasyOutcomes(ButtonsView):
    """``add_requested``: the screen opens its own "Add an outcome" form."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("easyOutcomes")
        self.facts: OutcomeFacts | None = None
        self.outcome_rows: list[IdeaRow] = []
        add = self.add_row
        self.count = add(IdeaRow("outcome", name="erOutcomesCount", terms=("outcome",)))
        self.none_yet = add(
            IdeaRow("outcome", name="erOutcomesNone", terms=("outcome", "support_plan"))
        )
        self.since = add(IdeaRow("calendar", name="erOutcomesSince"))
        self.not_linked = add(IdeaRow("question", name="erOutcomesNotLinked", amount=True))
        self.add_button = EasyButton("add", "erOutcomesAdd")
        self.add_button.clicked.connect(self.add_requested)
        self.add_buttons("erOutcomesButtons", self.add_button)
        self.content.addStretch(1)
        self.retranslate_ui()

    # ------------------------------------------------------------ data
    def show_outcomes(self, facts: OutcomeFacts | None) -> None:
        self.facts = facts
        self._rebuild()
        self.retranslate_ui()

    def _rebuild(self) -> None:
        self.remove_rows(self.outcome_rows)
        self.outcome_rows = []
        if self.facts is None:
            return
        self.outcome_rows = [
            IdeaRow("outcome", name=f"erOutcome{i}", amount=True)
            for i in range(len(self.facts.outcomes))
        ]
        self.insert_rows(self.since, self.outcome_rows)

    # ------------------------------------------------------------ words
    def retranslate_ui(self) -> None:
        self.heading.setText(pgettext("easyread", "Outcomes"))
        self.add_button.set_words(
            pgettext("easyread", "Add an outcome"),
            pgettext("easyread", "This opens a form. You write the outcome from your plan."),
        )
        for row in self.rows:
            row.setVisible(False)
        f = self.facts
        self.add_button.setVisible(f is not None)
        if f is None:
            return
        n = len(f.outcomes)
        if n:
            self._show(
                self.count,
                npgettext(
                    "easyread",
                    "Your support plan has {n} outcome.",
                    "Your support plan has {n} outcomes.",
                    n,
                ),
                n=str(n),
            )
        else:
            self._show(
                self.none_yet,
                pgettext("easyread", "You have not added the outcomes from your plan yet."),
            )
        if n or f.not_linked.pence:
            self._show(
                self.since,
                pgettext("easyread", "This is the money you spent since {date}."),
                date=format_date(f.since),
            )
        for spent, row in zip(f.outcomes, self.outcome_rows, strict=True):
            split = easy_read_amount(spent.spent)
            if split.direction is MoneyDirection.POSITIVE:
                template = pgettext("easyread", "You spent {amount} on \u201c{outcome}\u201d.")
            elif split.direction is MoneyDirection.NEGATIVE:
                template = pgettext("easyread", "You got {amount} back for \u201c{outcome}\u201d.")
            else:
                template = pgettext("easyread", "You spent nothing on \u201c{outcome}\u201d yet.")
            values = {"outcome": spent.text}
            if split.direction is not MoneyDirection.ZERO:
                values["amount"] = split.amount
            self._show(row, template, **values)
        if f.not_linked.pence > 0:
            self._show(
                self.not_linked,
                pgettext("easyread", "{amount} is not linked to an outcome yet."),
                amount=easy_read_amount(f.not_linked).amount,
            )
        self.fit_buttons()

    def _show(self, row: IdeaRow, template: str, **values: str) -> None:
        row.set_sentence(template, **values)
        row.setVisible(True)
