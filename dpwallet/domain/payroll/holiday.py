"""Holiday entitlement and holiday pay.

Why two methods: PAs on regular hours get 5.6 weeks a year (capped at 28 days)
paid when they take it. PAs on irregular hours or part-year contracts (leave
years from 1 April 2024) accrue 12.07% of hours worked, and for them the
employer may instead pay 12.07% "rolled up" with each payslip, itemised.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from dpwallet.domain.money import Money, total
from dpwallet.domain.payroll.rates import TaxYearRates

_HUNDREDTH = Decimal("0.01")
REFERENCE_WEEKS = 52
LOOK_BACK_WEEKS = 104


def irregular_hours_accrual(rates: TaxYearRates, hours_worked: Decimal) -> Decimal:
    """Holiday hours earned in a pay period: 12.07% of hours worked, to 0.01 hour.

    Some advisers round accrued time up to the hour; the regulations' rounding
    was not confirmed, so we keep hundredths and let the caller total them.
    """
    accrued = hours_worked * rates.holiday.irregular_hours_accrual
    return accrued.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)


def rolled_up_holiday_pay(rates: TaxYearRates, pay_for_work: Money) -> Money:
    """12.07% of the pay for work done in the period, paid with it and itemised."""
    return pay_for_work.times(rates.holiday.irregular_hours_accrual)


def statutory_entitlement_days(rates: TaxYearRates, days_per_week: Decimal) -> Decimal:
    """5.6 weeks of the PA's usual working days, never more than 28 days."""
    days = rates.holiday.statutory_weeks * days_per_week
    return min(days, rates.holiday.max_days)


def entitlement_hours(
    rates: TaxYearRates, hours_per_week: Decimal, days_per_week: Decimal
) -> Decimal:
    """The yearly entitlement in hours, for PAs with regular hours.

    5.6 weeks of their usual hours, capped at 28 days' worth of their usual day.
    """
    weeks_hours = rates.holiday.statutory_weeks * hours_per_week
    if days_per_week <= 0:
        return Decimal(0)
    cap = rates.holiday.max_days * (hours_per_week / days_per_week)
    return min(weeks_hours, cap).quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)


def average_weekly_pay(weekly_pay: Sequence[Money]) -> Money:
    """A week's pay for holiday: the average of the last 52 weeks with pay.

    ``weekly_pay`` runs oldest to newest. Weeks with no pay are skipped, looking
    back at most 104 weeks; with fewer weeks of work we use what there is.
    """
    recent = list(weekly_pay)[-LOOK_BACK_WEEKS:]
    paid = [week for week in recent if week.pence > 0][-REFERENCE_WEEKS:]
    if not paid:
        return Money(0)
    average = total(paid).to_decimal() / len(paid)
    return Money.from_decimal(average.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP))
