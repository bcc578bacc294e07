"""The balance carried forward to the next council payments, and an early "runs short" heads-up.

The home screen answers "how long does it last". We start from the money in hand today,
add what is scheduled (council payments, contributions) and take away what is expected
to go out (wages, HMRC, pension, invoices), day by day, up to the council payment after
next. If the balance would dip below zero we say on which day, early and kindly, so
there is time to pay a contribution in or move a payment.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_money


@dataclass(frozen=True, slots=True)
class ForecastItem:
    """Something expected on a day: positive comes in, negative goes out."""

    date: dt.date
    amount: Money
    label: str
    kind: str = "other"


@dataclass(frozen=True, slots=True)
class ForecastPoint:
    date: dt.date
    balance: Money


@dataclass(frozen=True, slots=True)
class Forecast:
    """The balance at the end of each day with something expected, from today to ``until``."""

    start_balance: Money
    today: dt.date
    until: dt.date
    points: tuple[ForecastPoint, ...]
    items: tuple[ForecastItem, ...]

    @property
    def end_balance(self) -> Money:
        return self.points[-1].balance if self.points else self.start_balance

    @property
    def lowest(self) -> ForecastPoint:
        """The lowest balance ahead (the first day it is reached)."""
        low = ForecastPoint(self.today, self.start_balance)
        for point in self.points:
            if point.balance < low.balance:
                low = point
        return low

    @property
    def runs_short_on(self) -> dt.date | None:
        """The first day the balance would be below zero, if any."""
        if self.start_balance.is_negative:
            return self.today
        return next((p.date for p in self.points if p.balance.is_negative), None)

    def warning(self) -> str | None:
        """A friendly early heads-up naming the day, the gap and what to do; else None."""
        day = self.runs_short_on
        if day is None:
            return None
        short_by = -self.lowest.balance
        return _(
            "Heads-up: your money may run short on {date}, by about {amount}. You could pay "
            "in any contribution that is due, or move a payment to after your next council "
            "payment. If this keeps happening, your council can review your budget with you."
        ).format(date=format_date(day), amount=format_money(short_by))


def forecast(
    balance: Money,
    today: dt.date,
    until: dt.date,
    items: Iterable[ForecastItem],
) -> Forecast:
    """Carry ``balance`` forward through the items dated after ``today`` up to ``until``.

    Each day's items are applied together (money arriving and leaving on the same day
    do not make a false alarm); items on or before today are already in the balance.
    """
    ahead = sorted(
        (i for i in items if today < i.date <= until), key=lambda i: (i.date, -i.amount.pence)
    )
    by_day: dict[dt.date, int] = defaultdict(int)
    for item in ahead:
        by_day[item.date] += item.amount.pence
    running = balance.pence
    points = []
    for day in sorted(by_day):
        running += by_day[day]
        points.append(ForecastPoint(day, Money(running)))
    return Forecast(balance, today, until, tuple(points), tuple(ahead))
