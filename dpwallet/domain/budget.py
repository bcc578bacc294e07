"""Weeks of money in hand, the contingency heads-up, contributions and the payment schedule.

People asked to always know "how many weeks of money you have in hand" and what is due
(domain.md). Councils budget per payment period (weekly, four-weekly, monthly); we turn
that into weeks with exact pence arithmetic (integers and Decimal, never float), and
phrase anything about a large balance as a friendly heads-up, never a warning of blame.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_money, format_number

FREQUENCIES = ("weekly", "four-weekly", "monthly")
# Weeks in one payment period; a month is 52/12 weeks (the usual council convention).
WEEKS_PER_PERIOD: dict[str, Decimal] = {
    "weekly": Decimal(1),
    "four-weekly": Decimal(4),
    "monthly": Decimal(52) / Decimal(12),
}


def weeks_per_period(frequency: str) -> Decimal:
    """Weeks in one period of ``frequency``; unknown words count as four-weekly."""
    return WEEKS_PER_PERIOD.get(frequency, Decimal(4))


def weekly_amount(per_period: Money, frequency: str) -> Money:
    """A per-period amount as a week's worth, rounded once to the penny."""
    return per_period.times(Decimal(1) / weeks_per_period(frequency))


def weeks_in_hand(balance: Money, per_period: Money, frequency: str) -> Decimal | None:
    """How many weeks ``balance`` lasts at the plan's rate, to one decimal place, rounded down.

    Worked from pence without first rounding a weekly figure, so £1,000.00 against
    £250.00 a week is exactly 4.0. ``None`` when there is no budget to divide by.
    """
    if per_period.pence <= 0:
        return None
    if balance.pence <= 0:
        return Decimal("0.0")
    weeks = Decimal(balance.pence) * weeks_per_period(frequency) / Decimal(per_period.pence)
    return weeks.quantize(Decimal("0.1"), rounding=ROUND_DOWN)


@dataclass(frozen=True, slots=True)
class ContingencyCheck:
    """The money in hand against the council's contingency cap (in weeks)."""

    weeks: Decimal | None
    cap_weeks: int
    above_cap_by: Money  # how much is over the cap; zero when within it

    @property
    def over_cap(self) -> bool:
        return self.above_cap_by.pence > 0

    def note(self) -> str | None:
        """A friendly heads-up when over the cap, saying what councils usually do; else None."""
        if not self.over_cap or self.weeks is None:
            return None
        return _(
            "You have {weeks} weeks of money in hand. Your council usually talks about "
            "balances over {cap} weeks. Councils usually have a friendly chat about money "
            "that builds up, and agree with you what to keep for plans or for the unexpected "
            "before asking for any back. You may want to mention your plans for the extra "
            "{extra} in your next financial check-up."
        ).format(
            weeks=format_number(self.weeks),
            cap=self.cap_weeks,
            extra=format_money(self.above_cap_by),
        )


def contingency(
    balance: Money, per_period: Money, frequency: str, cap_weeks: int
) -> ContingencyCheck:
    """Compare the money in hand with ``cap_weeks`` of budget (Cornwall talks at eight)."""
    weeks = weeks_in_hand(balance, per_period, frequency)
    if weeks is None:
        return ContingencyCheck(None, cap_weeks, Money(0))
    cap_money = per_period.times(Decimal(cap_weeks) / weeks_per_period(frequency))
    over = balance - cap_money
    return ContingencyCheck(weeks, cap_weeks, over if over.pence > 0 else Money(0))


@dataclass(frozen=True, slots=True)
class Contributions:
    """The person's own contribution: what was due in a period and what was paid in."""

    due: Money
    paid: Money

    @property
    def behind(self) -> Money:
        """How much is still to pay in; zero when up to date or ahead."""
        gap = self.due - self.paid
        return gap if gap.pence > 0 else Money(0)

    def note(self) -> str | None:
        """A heads-up when contributions are behind, with the next step; else None."""
        if not self.behind:
            return None
        return _(
            "Your contributions are {amount} behind. Paying it in keeps enough money in "
            "the account for your support."
        ).format(amount=format_money(self.behind))


def contributions_due(per_period: Money, frequency: str, start: dt.date, end: dt.date) -> Money:
    """The contribution for the whole weeks from ``start`` to ``end`` (inclusive).

    People usually pay weekly, so a part week at the edge of a period is not yet due
    (the same rule as the financial check-up).
    """
    if per_period.pence <= 0 or end < start:
        return Money(0)
    whole_weeks = ((end - start).days + 1) // 7
    return per_period.times(Decimal(whole_weeks) / weeks_per_period(frequency))


def _add_months(day: dt.date, months: int, anchor_day: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(anchor_day, last))


def _step(day: dt.date, frequency: str, steps: int, anchor_day: int) -> dt.date:
    if frequency == "monthly":
        return _add_months(day, steps, anchor_day)
    days = 7 if frequency == "weekly" else 28
    return day + dt.timedelta(days=days * steps)


def payment_dates(
    frequency: str, next_date: dt.date, start: dt.date, end: dt.date
) -> Iterator[dt.date]:
    """Council payment days from ``start`` to ``end``, stepping from the agreement's next date.

    Monthly payments keep the next date's day of the month (the 31st becomes the last day
    of shorter months). Dates before ``next_date`` are worked backwards, for past periods.
    """
    anchor = next_date.day
    steps = 0
    while _step(next_date, frequency, steps, anchor) > start:
        steps -= 1
    while (day := _step(next_date, frequency, steps, anchor)) <= end:
        if day >= start:
            yield day
        steps += 1


def current_period(frequency: str, next_date: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The payment period ``today`` is in: last payment day to the day before the next."""
    anchor = next_date.day
    steps = 0
    while _step(next_date, frequency, steps, anchor) > today:
        steps -= 1
    while _step(next_date, frequency, steps + 1, anchor) <= today:
        steps += 1
    start = _step(next_date, frequency, steps, anchor)
    return start, _step(next_date, frequency, steps + 1, anchor) - dt.timedelta(days=1)


def next_payment_text(day: dt.date, amount: Money) -> str:
    """The sentence for the next council payment, with its amount and day."""
    return _("Next council payment: {amount} on {date}").format(
        amount=format_money(amount), date=format_date(day)
    )
