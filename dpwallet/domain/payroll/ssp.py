"""Statutory Sick Pay under the rules of the day the absence began.

Why rules by start date: SSP changed on 6 April 2026 (Employment Rights Act
2025 s.10). From then it is paid from the first day off sick, with no lower
earnings limit, at the lower of £123.25 a week or 80% of average weekly
earnings. Absences that began before then stay on the old rules: four or more
days in a row, three unpaid waiting days, and earnings at least the LEL.

Daily amounts are the weekly rate divided by the qualifying days in the week;
each week's total is rounded up to the penny, as HMRC's daily-rate tables do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.domain.payroll.rates import SspRules, rates_for_date

_PENNY = Decimal("0.01")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class SicknessAbsence:
    """One period of sickness, first to last day inclusive.

    ``qualifying_weekdays`` are the agreed working days (0 = Monday ... 6 =
    Sunday). ``linked_to_earlier`` means an earlier absence ended no more than
    8 weeks before, so waiting days already served are not served again.
    ``qualifying_days_paid_earlier`` counts SSP days already paid in that
    linked series, towards the 28-week maximum.
    """

    first_day: date
    last_day: date
    qualifying_weekdays: frozenset[int]
    average_weekly_earnings: Money
    linked_to_earlier: bool = False
    qualifying_days_paid_earlier: int = 0


@dataclass(frozen=True)
class SspWeek:
    week_starting: date  # a Sunday: SSP weeks run Sunday to Saturday
    days: int
    amount: Money


@dataclass(frozen=True)
class SspResult:
    due: bool
    rules_from: str  # the tax year whose rules apply, e.g. '2025-26'
    weekly_rate: Decimal
    amount: Money
    waiting_days: tuple[date, ...] = ()
    paid_days: tuple[date, ...] = ()
    weeks: tuple[SspWeek, ...] = field(default=())
    message: str = ""


def _rules(absence: SicknessAbsence) -> tuple[str, SspRules]:
    rates = rates_for_date(absence.first_day)
    return rates.tax_year, rates.ssp


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _ineligible(absence: SicknessAbsence, rules: SspRules) -> str | None:
    """A kind sentence saying why no SSP is due, or None if it may be."""
    length = (absence.last_day - absence.first_day).days + 1
    if length < rules.min_piw_days:
        return (
            f"Under the rules for this absence, SSP starts when someone is off sick for "
            f"{rules.min_piw_days} or more days in a row (counting days they don't usually "
            f"work). This absence is {length} day{'s' if length != 1 else ''}, so no SSP is due."
        )
    if (
        rules.lel_weekly is not None
        and absence.average_weekly_earnings.to_decimal() < rules.lel_weekly
    ):
        return (
            f"Average weekly earnings of £{absence.average_weekly_earnings} are below "
            f"£{rules.lel_weekly}, so SSP isn't due for this absence. Please give your PA "
            "form SSP1 so they can look at other support."
        )
    return None


def weekly_rate(rules: SspRules, average_weekly_earnings: Money) -> Decimal:
    """The flat weekly rate, or 80% of average weekly earnings if lower (from April 2026)."""
    if rules.awe_fraction_cap is None:
        return rules.weekly_rate
    return min(rules.weekly_rate, average_weekly_earnings.to_decimal() * rules.awe_fraction_cap)


def _week_start(day: date) -> date:
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _by_week(days: list[date], rate_for: dict[date, Decimal], qds: int) -> list[SspWeek]:
    weeks: dict[date, list[date]] = {}
    for day in days:
        weeks.setdefault(_week_start(day), []).append(day)
    out = []
    for start, in_week in sorted(weeks.items()):
        amount = sum((rate_for[d] / qds for d in in_week), Decimal(0))
        out.append(
            SspWeek(start, len(in_week), Money.from_decimal(amount.quantize(_PENNY, ROUND_CEILING)))
        )
    return out


def statutory_sick_pay(
    absence: SicknessAbsence, *, pay_from: date | None = None, pay_to: date | None = None
) -> SspResult:
    """SSP for an absence, or for the part of it inside a pay period.

    Waiting days and the 28-week limit are worked out over the whole absence;
    ``pay_from``/``pay_to`` then pick the days this payslip pays.
    """
    if not absence.qualifying_weekdays or not absence.qualifying_weekdays <= set(range(7)):
        raise UsageError("Please agree which days of the week are this PA's working days for SSP.")
    if absence.last_day < absence.first_day:
        raise UsageError(
            "The last day of sickness is before the first day; please check the dates."
        )
    year, rules = _rules(absence)
    rate = weekly_rate(rules, absence.average_weekly_earnings)
    reason = _ineligible(absence, rules)
    if reason:
        return SspResult(False, year, rate, Money(0), message=reason)
    qualifying = [
        d
        for d in _days(absence.first_day, absence.last_day)
        if d.weekday() in absence.qualifying_weekdays
    ]
    waiting_count = 0 if absence.linked_to_earlier else rules.waiting_days
    waiting, payable = qualifying[:waiting_count], qualifying[waiting_count:]
    limit = (
        rules.max_weeks * len(absence.qualifying_weekdays) - absence.qualifying_days_paid_earlier
    )
    payable = payable[: max(0, limit)]
    in_period = [
        d
        for d in payable
        if (pay_from is None or d >= pay_from) and (pay_to is None or d <= pay_to)
    ]
    rate_for = {d: _rate_on(d, rules, absence.average_weekly_earnings) for d in in_period}
    weeks = _by_week(in_period, rate_for, len(absence.qualifying_weekdays))
    amount = Money(sum(w.amount.pence for w in weeks))
    days_word = ", ".join(_WEEKDAYS[i] for i in sorted(absence.qualifying_weekdays))
    message = (
        f"SSP of £{amount} for {len(in_period)} working day(s) ({days_word} are working days)."
    )
    return SspResult(
        True, year, rate, amount, tuple(waiting), tuple(in_period), tuple(weeks), message
    )


def _rate_on(day: date, rules: SspRules, awe: Money) -> Decimal:
    """The weekly rate for one day: that day's tax-year flat rate, under the absence's rules."""
    flat = rates_for_date(day).ssp.weekly_rate
    if rules.awe_fraction_cap is None:
        return flat
    return min(flat, awe.to_decimal() * rules.awe_fraction_cap)
