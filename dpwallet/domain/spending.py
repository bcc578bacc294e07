"""Spend by outcome for a period.

Good councils budget by outcome ("two hours of exercise a week"), not by activity, so
the person can switch from swimming to cycling without asking (domain.md). We therefore
add money up per outcome only: the categories under an outcome are shown as a
breakdown for the person's own interest and are never compared with the past or flagged.
Transfers between the person's own accounts and money coming in are not spending.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from dpwallet.domain.money import Money
from dpwallet.i18n import _

NOT_SPENDING = frozenset({"council_payment", "contribution", "transfer"})


@dataclass(frozen=True, slots=True)
class SpendLine:
    """One live ledger line, reduced to what spending needs (amount negative = out)."""

    date: dt.date
    amount: Money
    outcome_id: int | None
    category: str = ""
    kind: str = "other"


@dataclass(frozen=True, slots=True)
class OutcomePlan:
    """An outcome from the support plan and, if costed, its money per week."""

    id: int
    text: str
    money_per_week: Money | None = None
    archived: bool = False


@dataclass(frozen=True, slots=True)
class OutcomeSpend:
    """Money spent towards one outcome (``outcome_id`` None: not linked to an outcome yet)."""

    outcome_id: int | None
    text: str
    spent: Money
    planned: Money | None
    by_category: tuple[tuple[str, Money], ...]

    @property
    def share_of_plan(self) -> Decimal | None:
        """Spent over planned as a fraction (0.5 is half); None without a plan figure."""
        if not self.planned or self.planned.pence <= 0:
            return None
        return Decimal(self.spent.pence) / Decimal(self.planned.pence)


def _weeks(start: dt.date, end: dt.date) -> Decimal:
    return Decimal((end - start).days + 1) / Decimal(7)


def spend_by_outcome(
    lines: Iterable[SpendLine],
    outcomes: Sequence[OutcomePlan],
    start: dt.date,
    end: dt.date,
) -> tuple[OutcomeSpend, ...]:
    """Spending per outcome from ``start`` to ``end`` inclusive, in the plan's order.

    A refund (money back with an outcome) reduces that outcome's spend. Archived outcomes
    appear only when something was spent towards them in the period.
    """
    spent: dict[int | None, int] = defaultdict(int)
    cats: dict[int | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in lines:
        if line.kind in NOT_SPENDING or not start <= line.date <= end:
            continue
        spent[line.outcome_id] -= line.amount.pence
        cats[line.outcome_id][line.category or _("Other")] -= line.amount.pence
    weeks = _weeks(start, end)
    rows = []
    known = {o.id for o in outcomes}
    for outcome in outcomes:
        if outcome.archived and outcome.id not in spent:
            continue
        planned = outcome.money_per_week.times(weeks) if outcome.money_per_week else None
        rows.append(_row(outcome.id, outcome.text, spent, cats, planned))
    unlinked = [key for key in spent if key is None or key not in known]
    if unlinked:
        merged: dict[int | None, int] = {None: sum(spent[k] for k in unlinked)}
        merged_cats: dict[int | None, dict[str, int]] = {None: defaultdict(int)}
        for key in unlinked:
            for cat, pence in cats[key].items():
                merged_cats[None][cat] += pence
        rows.append(_row(None, _("Not linked to an outcome yet"), merged, merged_cats, None))
    return tuple(rows)


def _row(
    key: int | None,
    text: str,
    spent: dict[int | None, int],
    cats: dict[int | None, dict[str, int]],
    planned: Money | None,
) -> OutcomeSpend:
    breakdown = tuple(
        sorted(((c, Money(p)) for c, p in cats.get(key, {}).items()), key=lambda cp: -cp[1].pence)
    )
    return OutcomeSpend(key, text, Money(spent.get(key, 0)), planned, breakdown)
