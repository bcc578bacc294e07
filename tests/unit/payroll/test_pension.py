"""Auto-enrolment: categories at the thresholds, and contributions on qualifying earnings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dpwallet.domain.errors import UsageError
from dpwallet.domain.payroll.pension import (
    ReliefBasis,
    WorkerCategory,
    assess_worker,
    contributions,
    postponement_ends,
    qualifying_earnings,
)
from dpwallet.domain.payroll.periods import Frequency
from dpwallet.domain.payroll.rates import TaxYearRates

from .conftest import m


@pytest.mark.parametrize(
    ("pay", "age", "spa", "expected"),
    [
        ("192.01", 30, False, WorkerCategory.ELIGIBLE_JOBHOLDER),  # above the £192 trigger
        ("192.00", 30, False, WorkerCategory.NON_ELIGIBLE_JOBHOLDER),  # at the trigger
        ("120.01", 30, False, WorkerCategory.NON_ELIGIBLE_JOBHOLDER),
        ("120.00", 30, False, WorkerCategory.ENTITLED_WORKER),  # at the £120 lower level
        ("500.00", 21, False, WorkerCategory.NON_ELIGIBLE_JOBHOLDER),  # under 22
        ("500.00", 22, False, WorkerCategory.ELIGIBLE_JOBHOLDER),
        ("500.00", 67, True, WorkerCategory.NON_ELIGIBLE_JOBHOLDER),  # State Pension age
        ("500.00", 75, True, WorkerCategory.OUTSIDE_AGE_RANGE),
        ("500.00", 15, False, WorkerCategory.OUTSIDE_AGE_RANGE),
    ],
)
def test_weekly_assessment(
    rates_2026: TaxYearRates, pay: str, age: int, spa: bool, expected: WorkerCategory
) -> None:
    result = assess_worker(rates_2026, Frequency.WEEKLY, m(pay), age, spa)
    assert result.category is expected
    assert result.must_enrol is (expected is WorkerCategory.ELIGIBLE_JOBHOLDER)


def test_monthly_trigger_is_833(rates_2025: TaxYearRates) -> None:
    assert assess_worker(rates_2025, Frequency.MONTHLY, m("833.01"), 40, False).must_enrol
    assert not assess_worker(rates_2025, Frequency.MONTHLY, m("833.00"), 40, False).must_enrol


def test_relief_at_source_example_from_facts(rates_2025: TaxYearRates) -> None:
    # Weekly £366.30: QE 246.30; employer 3% 7.39; employee 5% 12.32; 4% deducted 9.85.
    paid = contributions(rates_2025, Frequency.WEEKLY, m("366.30"))
    assert paid.qualifying_earnings == m("246.30")
    assert paid.employer == m("7.39")
    assert paid.employee_gross == m("12.32")
    assert paid.employee_deducted == m("9.85")
    assert not paid.deducted_before_tax
    assert paid.total_to_scheme == m("17.24")


def test_net_pay_arrangement_takes_full_share_before_tax(rates_2025: TaxYearRates) -> None:
    paid = contributions(rates_2025, Frequency.WEEKLY, m("366.30"), basis=ReliefBasis.NET_PAY)
    assert paid.employee_deducted == m("12.32")
    assert paid.deducted_before_tax


def test_qualifying_earnings_capped_at_upper_level(rates_2026: TaxYearRates) -> None:
    # Monthly: 4189 - 520 = 3669; employer 3% 110.07; employee 5% 183.45.
    paid = contributions(rates_2026, Frequency.MONTHLY, m("5000.00"))
    assert paid.qualifying_earnings == m("3669.00")
    assert paid.employer == m("110.07")
    assert paid.employee_gross == m("183.45")


def test_no_qualifying_earnings_below_lower_level(rates_2026: TaxYearRates) -> None:
    assert qualifying_earnings(rates_2026, Frequency.FORTNIGHTLY, m("239.99")) == m("0.00")
    assert qualifying_earnings(rates_2026, Frequency.FOUR_WEEKLY, m("500.00")) == m("20.00")


def test_generous_employer_lowers_the_pa_share(rates_2026: TaxYearRates) -> None:
    paid = contributions(rates_2026, Frequency.MONTHLY, m("1520.00"), employer_rate=Decimal("0.05"))
    # QE 1000: employer 5% = 50.00, PA 3% = 30.00 gross, 24.00 taken from net pay.
    assert (paid.employer, paid.employee_gross, paid.employee_deducted) == (
        m("50.00"),
        m("30.00"),
        m("24.00"),
    )


def test_employer_share_below_minimum_is_refused(rates_2026: TaxYearRates) -> None:
    with pytest.raises(UsageError, match="at least 3%"):
        contributions(rates_2026, Frequency.MONTHLY, m("1000"), employer_rate=Decimal("0.02"))


def test_postponement_is_three_months_at_most() -> None:
    assert postponement_ends(date(2025, 11, 30)) == date(2026, 2, 28)
    assert postponement_ends(date(2026, 4, 6)) == date(2026, 7, 6)
