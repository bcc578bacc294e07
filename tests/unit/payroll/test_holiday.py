"""Holiday: 12.07% accrual, rolled-up pay, 5.6 weeks capped at 28 days, a week's pay."""

from __future__ import annotations

from decimal import Decimal

from dpwallet.domain.money import Money
from dpwallet.domain.payroll import holiday
from dpwallet.domain.payroll.rates import TaxYearRates

from .conftest import m


def test_irregular_hours_accrual(rates_2026: TaxYearRates) -> None:
    assert holiday.irregular_hours_accrual(rates_2026, Decimal(100)) == Decimal("12.07")
    assert holiday.irregular_hours_accrual(rates_2026, Decimal(10)) == Decimal("1.21")


def test_rolled_up_holiday_pay(rates_2026: TaxYearRates) -> None:
    assert holiday.rolled_up_holiday_pay(rates_2026, m("500.00")) == m("60.35")
    assert holiday.rolled_up_holiday_pay(rates_2026, m("420.00")) == m("50.69")


def test_statutory_entitlement_days_capped_at_28(rates_2025: TaxYearRates) -> None:
    assert holiday.statutory_entitlement_days(rates_2025, Decimal(5)) == Decimal(28)
    assert holiday.statutory_entitlement_days(rates_2025, Decimal(6)) == Decimal(28)
    assert holiday.statutory_entitlement_days(rates_2025, Decimal(3)) == Decimal("16.8")


def test_entitlement_hours(rates_2025: TaxYearRates) -> None:
    assert holiday.entitlement_hours(rates_2025, Decimal("37.5"), Decimal(5)) == Decimal("210.00")
    # 6 days of 6 hours: 5.6 x 36 = 201.6 but capped at 28 days x 6 hours = 168.
    assert holiday.entitlement_hours(rates_2025, Decimal(36), Decimal(6)) == Decimal("168.00")


def test_average_weekly_pay_skips_unpaid_weeks() -> None:
    assert holiday.average_weekly_pay([m("100"), Money(0), m("200")]) == m("150.00")
    assert holiday.average_weekly_pay([]) == Money(0)


def test_average_weekly_pay_uses_last_52_paid_weeks() -> None:
    weeks = [m("1000")] * 10 + [m("100")] * 52
    assert holiday.average_weekly_pay(weeks) == m("100.00")
    # Only 104 weeks back: pay older than that is ignored even if later weeks are empty.
    old = [m("500")] + [Money(0)] * 104
    assert holiday.average_weekly_pay(old) == Money(0)
