"""Workplace pension automatic enrolment: who must be enrolled, and contributions.

Why per pay reference period: the law assesses each PA against the earnings
trigger for the period they are paid in, so a PA on irregular hours can be an
"eligible jobholder" one week and not the next. Contributions are on
"qualifying earnings": pay between the lower and upper levels for the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.domain.payroll.periods import Frequency
from dpwallet.domain.payroll.rates import TaxYearRates


class WorkerCategory(Enum):
    ELIGIBLE_JOBHOLDER = "eligible jobholder"
    NON_ELIGIBLE_JOBHOLDER = "non-eligible jobholder"
    ENTITLED_WORKER = "entitled worker"
    OUTSIDE_AGE_RANGE = "outside the age range"


class ReliefBasis(Enum):
    """How the scheme gives tax relief on the PA's share."""

    RELIEF_AT_SOURCE = "relief at source"  # e.g. NEST: 80% taken from net pay
    NET_PAY = "net pay"  # full share taken before tax


@dataclass(frozen=True)
class Assessment:
    category: WorkerCategory
    earnings: Money
    must_enrol: bool  # the employer must enrol them (eligible jobholder)
    can_opt_in: bool  # they may ask to join
    employer_must_contribute_if_member: bool
    explanation: str


def assess_worker(
    rates: TaxYearRates,
    frequency: Frequency,
    earnings: Money,
    age: int,
    reached_state_pension_age: bool,
) -> Assessment:
    """Sort a PA into the auto-enrolment categories for one pay reference period."""
    p = rates.pension
    pay = earnings.to_decimal()
    lower = p.lower[frequency.value]
    trigger = p.trigger[frequency.value]
    if age < p.min_age or age > p.max_age:
        return Assessment(
            WorkerCategory.OUTSIDE_AGE_RANGE,
            earnings,
            False,
            False,
            False,
            "No pension duties: auto-enrolment covers workers aged 16 to 74.",
        )
    core_age = p.eligible_from_age <= age and not reached_state_pension_age
    if pay > trigger and core_age:
        return Assessment(
            WorkerCategory.ELIGIBLE_JOBHOLDER,
            earnings,
            True,
            True,
            True,
            f"Earnings of £{earnings} are above £{trigger} for the period, so this PA "
            "should be enrolled in a workplace pension.",
        )
    if pay > lower:
        return Assessment(
            WorkerCategory.NON_ELIGIBLE_JOBHOLDER,
            earnings,
            False,
            True,
            True,
            "This PA can choose to join; if they do, you pay in too.",
        )
    return Assessment(
        WorkerCategory.ENTITLED_WORKER,
        earnings,
        False,
        True,
        False,
        "This PA can ask to join a pension; you don't have to pay in for them.",
    )


@dataclass(frozen=True)
class Contributions:
    """Pension money for one period. ``employee_deducted`` is what leaves their pay."""

    qualifying_earnings: Money
    employer: Money
    employee_gross: Money
    employee_deducted: Money
    basis: ReliefBasis

    @property
    def deducted_before_tax(self) -> bool:
        return self.basis is ReliefBasis.NET_PAY

    @property
    def total_to_scheme(self) -> Money:
        return self.employer + self.employee_deducted


def qualifying_earnings(rates: TaxYearRates, frequency: Frequency, earnings: Money) -> Money:
    """Pay between the lower and upper levels for the period (never negative)."""
    p = rates.pension
    pay = earnings.to_decimal()
    top = min(pay, p.upper[frequency.value])
    return Money.from_decimal(max(Decimal(0), top - p.lower[frequency.value]))


def contributions(
    rates: TaxYearRates,
    frequency: Frequency,
    earnings: Money,
    *,
    employer_rate: Decimal | None = None,
    employee_rate: Decimal | None = None,
    basis: ReliefBasis = ReliefBasis.RELIEF_AT_SOURCE,
) -> Contributions:
    """Minimum contributions on qualifying earnings unless higher rates are given.

    The employer pays at least 3%; the PA's share makes the total up to 8%.
    Under relief at source the PA has 80% of their share taken from net pay and
    the scheme claims the 20% basic-rate relief. Rounding is to the nearest
    penny (schemes vary; UNCONFIRMED against NEST's own rule).
    """
    p = rates.pension
    employer_rate = p.employer_minimum if employer_rate is None else employer_rate
    if employer_rate < p.employer_minimum:
        least = (p.employer_minimum * 100).normalize()
        raise UsageError(f"The employer's share must be at least {least:f}% of qualifying pay.")
    if employee_rate is None:
        employee_rate = max(Decimal(0), p.total_minimum - employer_rate)
    qe = qualifying_earnings(rates, frequency, earnings)
    employee_gross = qe.times(employee_rate)
    if basis is ReliefBasis.RELIEF_AT_SOURCE:
        relief = rates.regime("rUK").flat_codes["BR"]
        deducted = qe.times(employee_rate * (1 - relief))
    else:
        deducted = employee_gross
    return Contributions(qe, qe.times(employer_rate), employee_gross, deducted, basis)


def postponement_ends(start: date) -> date:
    """Latest end of postponement: three months after the start date (TPR guidance 3a)."""
    month = start.month + 3
    year = start.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for day in range(start.day, 0, -1):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError("unreachable")
