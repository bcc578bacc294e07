"""Employment Allowance: up to £10,500 a year off the employer's Class 1 NI.

Why it matters for PAs' employers: someone employing a care or support worker
(including with a direct payment) can claim it, and for most it covers all the
employer NI. It is one allowance per employer, set against the combined
employer NI of all PAs, period by period until the year's amount is used.
"""

from __future__ import annotations

from dataclasses import dataclass

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.domain.payroll.rates import TaxYearRates


@dataclass(frozen=True)
class AllowanceUse:
    offset: Money  # taken off this period's employer NI
    used_to_date: Money  # including this period
    remaining: Money
    employer_ni_payable: Money  # employer NI left to pay HMRC this period


def annual_allowance(rates: TaxYearRates) -> Money:
    return Money.from_decimal(rates.employment_allowance)


def apply_employment_allowance(
    rates: TaxYearRates, employer_ni: Money, used_before: Money
) -> AllowanceUse:
    """Set this period's employer NI (all PAs together) against what is left."""
    cap = annual_allowance(rates)
    if used_before.is_negative or used_before > cap:
        raise UsageError(f"The Employment Allowance used so far must be between £0.00 and £{cap}.")
    left = cap - used_before
    offset = max(Money(0), min(employer_ni, left))
    return AllowanceUse(
        offset=offset,
        used_to_date=used_before + offset,
        remaining=left - offset,
        employer_ni_payable=employer_ni - offset,
    )
