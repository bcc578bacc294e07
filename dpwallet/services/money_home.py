"""The home screen's figures in one read: money you have, coming in, going out, how long
it lasts, contributions, the forecast, spend by outcome and the balance over time.

Why one function: the home screen is what a person waits for after unlocking (design.md),
so every figure comes from a handful of aggregate queries in one session rather than
loading ten years of payments; the pure rules in ``dpwallet.domain`` do the sums.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from dpwallet.domain import budget, categories
from dpwallet.domain.forecast import Forecast, ForecastItem, ForecastPoint, forecast
from dpwallet.domain.matching import ExpectedPayment
from dpwallet.domain.money import Money, total
from dpwallet.domain.spending import OutcomePlan, OutcomeSpend, SpendLine, spend_by_outcome
from dpwallet.domain.summary import AccountBalance
from dpwallet.i18n import _, ngettext
from dpwallet.models import Account, Agreement, Outcome, Transaction, WalletInfo
from dpwallet.services import queries
from dpwallet.services.money_expected import expected_payments, match_period
from dpwallet.services.money_receipts import payments_needing_receipts
from dpwallet.services.returns import profile_for
from dpwallet.services.wallet import Wallet

SERIES_WEEKS = 52
INCOME = frozenset({"council_payment", "contribution"})


@dataclass(frozen=True)
class HomeFigures:
    """Everything the home cards and charts show; all money in pence, all text translated."""

    today: dt.date
    money_you_have: Money
    accounts: tuple[AccountBalance, ...]
    period_start: dt.date
    period_end: dt.date
    came_in: Money  # so far this period (transfers between own accounts left out)
    went_out: Money  # so far this period, as a positive amount
    coming_in: Money  # still expected this period
    going_out: Money  # still expected this period, as a positive amount
    weeks_in_hand: Decimal | None
    contingency: budget.ContingencyCheck | None
    contributions: budget.Contributions | None
    forecast: Forecast
    next_payment: tuple[dt.date, Money] | None
    spend_by_outcome: tuple[OutcomeSpend, ...]
    balance_series: tuple[ForecastPoint, ...]
    receipts_needed: int
    not_seen_yet: tuple[ExpectedPayment, ...]

    def to_do(self) -> list[str]:
        """Friendly heads-ups for the "What to do next" card, most useful first."""
        notes = [self.forecast.warning()]
        notes.append(self.contributions.note() if self.contributions else None)
        if self.receipts_needed:
            notes.append(
                ngettext(
                    "Add a receipt for {n} payment, ready for your financial check-up.",
                    "Add receipts for {n} payments, ready for your financial check-up.",
                    self.receipts_needed,
                ).format(n=self.receipts_needed)
            )
        notes.append(self.contingency.note() if self.contingency else None)
        return [n for n in notes if n]


def _period(agreement: Agreement | None, today: dt.date) -> tuple[dt.date, dt.date]:
    if agreement is not None and agreement.next_payment_date is not None:
        return budget.current_period(
            agreement.payment_frequency, agreement.next_payment_date, today
        )
    first = today.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def _in_out(session: Session, start: dt.date, end: dt.date) -> tuple[Money, Money]:
    rows = session.execute(
        select(Transaction.amount).where(
            Transaction.deleted_at.is_(None),
            Transaction.transfer_group.is_(None),
            Transaction.date >= start,
            Transaction.date <= end,
        )
    ).scalars()
    pence = [a.pence for a in rows]
    return Money(sum(p for p in pence if p > 0)), Money(-sum(p for p in pence if p < 0))


def _spend_lines(session: Session, start: dt.date, end: dt.date) -> list[SpendLine]:
    rows = session.execute(
        select(
            Transaction.date,
            Transaction.amount,
            Transaction.outcome_id,
            Transaction.category,
            Transaction.transfer_group,
        ).where(
            Transaction.deleted_at.is_(None), Transaction.date >= start, Transaction.date <= end
        )
    ).all()
    return [
        SpendLine(d, a, o, c, categories.kind_of(c, transfer_group=g)) for d, a, o, c, g in rows
    ]


def balance_over_time(
    session: Session, end: dt.date, weeks: int = SERIES_WEEKS
) -> tuple[ForecastPoint, ...]:
    """The total balance at the end of each of the last ``weeks`` weeks (one query)."""
    opening = total(b.opening_balance for b in _accounts(session))
    start = end - dt.timedelta(weeks=weeks)
    before = session.scalar(
        select(type_coerce(func.sum(Transaction.amount), Integer)).where(
            Transaction.deleted_at.is_(None), Transaction.date <= start
        )
    )
    daily = dict(
        session.execute(
            select(Transaction.date, type_coerce(func.sum(Transaction.amount), Integer))
            .where(
                Transaction.deleted_at.is_(None), Transaction.date > start, Transaction.date <= end
            )
            .group_by(Transaction.date)
        ).all()
    )
    running = opening.pence + int(before or 0)
    points = []
    day = start
    for _week in range(weeks):
        for _d in range(7):
            day += dt.timedelta(days=1)
            running += int(daily.get(day, 0))
        points.append(ForecastPoint(day, Money(running)))
    return tuple(points)


def _accounts(session: Session) -> list[Account]:
    return list(session.scalars(select(Account)))


def _usual_spending(session: Session, today: dt.date, until: dt.date) -> list[ForecastItem]:
    """An estimate of everyday spending ahead: the average week of the last eight, each week.

    Wages, HMRC and pension come from pay runs instead, so they are left out here.
    """
    lines = _spend_lines(session, today - dt.timedelta(weeks=8) + dt.timedelta(days=1), today)
    out = -sum(ln.amount.pence for ln in lines if ln.kind == "other" and ln.amount.is_negative)
    weekly = Money(out // 8)
    if not weekly:
        return []
    days = range(7, (until - today).days + 1, 7)
    return [
        ForecastItem(today + dt.timedelta(days=d), -weekly, _("Usual spending (estimate)"))
        for d in days
    ]


def home_figures(wallet: Wallet, *, today: dt.date | None = None) -> HomeFigures:
    """All the home screen's figures for ``today`` (the wallet's clock by default)."""
    today = today or wallet.clock.today()
    with wallet.read() as session:
        agreement = session.scalars(select(Agreement).order_by(Agreement.start_date.desc())).first()
        info = session.scalars(select(WalletInfo)).first()
        balances = tuple(queries.account_balances(session))
        have = total(b.balance for b in balances)
        start, end = _period(agreement, today)
        came_in, went_out = _in_out(session, start, min(end, today))
        outcomes = [
            OutcomePlan(o.id, o.text, o.money_per_week, o.archived)
            for o in session.scalars(select(Outcome).order_by(Outcome.position, Outcome.id))
        ]
        spent = spend_by_outcome(_spend_lines(session, start, end), outcomes, start, end)
        series = balance_over_time(session, today)
        until = _horizon(agreement, today)
        usual = _usual_spending(session, today, until)
    profile = profile_for(info)
    expected = expected_payments(wallet, start, max(end, until))
    matched = match_period(wallet, start, end, expected=[e for e in expected if e.date <= end])
    waiting = tuple(e for e in matched.not_seen_yet if e.date >= today)
    items = [ForecastItem(e.date, e.signed, e.payee, e.kind) for e in expected] + usual
    ahead = forecast(have, today, until, items)
    per_period = agreement.gross_budget if agreement else Money(0)
    frequency = agreement.payment_frequency if agreement else "four-weekly"
    cap = agreement.contingency_weeks if agreement else profile.contingency_weeks
    paid = total(ln.amount for ln in _lines_of_kind(wallet, start, min(end, today), "contribution"))
    due = (
        budget.contributions_due(agreement.contribution, frequency, start, today)
        if agreement
        else Money(0)
    )
    return HomeFigures(
        today=today,
        money_you_have=have,
        accounts=balances,
        period_start=start,
        period_end=end,
        came_in=came_in,
        went_out=went_out,
        coming_in=total(e.signed for e in waiting if e.kind in INCOME),
        going_out=-total(e.signed for e in waiting if e.kind not in INCOME),
        weeks_in_hand=budget.weeks_in_hand(have, per_period, frequency),
        contingency=budget.contingency(have, per_period, frequency, cap) if agreement else None,
        contributions=budget.Contributions(due, paid)
        if agreement and agreement.contribution
        else None,
        forecast=ahead,
        next_payment=_next_payment(expected, today),
        spend_by_outcome=spent,
        balance_series=series,
        receipts_needed=len(
            payments_needing_receipts(wallet, profile.receipt_threshold, start, end)
        ),
        not_seen_yet=waiting,
    )


def _lines_of_kind(wallet: Wallet, start: dt.date, end: dt.date, kind: str) -> list[SpendLine]:
    with wallet.read() as session:
        return [ln for ln in _spend_lines(session, start, end) if ln.kind == kind]


def _horizon(agreement: Agreement | None, today: dt.date) -> dt.date:
    """Up to and including the council payment after next (or eight weeks ahead)."""
    if agreement is None or agreement.next_payment_date is None:
        return today + dt.timedelta(weeks=8)
    days = budget.payment_dates(
        agreement.payment_frequency,
        agreement.next_payment_date,
        today + dt.timedelta(days=1),
        today + dt.timedelta(days=120),
    )
    upcoming = list(days)[:2]
    return upcoming[-1] if upcoming else today + dt.timedelta(weeks=8)


def _next_payment(expected: list[ExpectedPayment], today: dt.date) -> tuple[dt.date, Money] | None:
    for item in expected:
        if item.kind == "council_payment" and item.date > today:
            return item.date, item.signed
    return None
