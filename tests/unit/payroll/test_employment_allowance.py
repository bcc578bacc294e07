"""Employment Allowance against the £10,500 yearly cap."""

from __future__ import annotations

import pytest

from dpwallet.domain.errors import UsageError
from dpwallet.domain.payroll.employment_allowance import (
    annual_allowance,
    apply_employment_allowance,
)
from dpwallet.domain.payroll.rates import TaxYearRates

from .conftest import m


def test_annual_allowance_both_years(rates_2025: TaxYearRates, rates_2026: TaxYearRates) -> None:
    assert annual_allowance(rates_2025) == m("10500.00")
    assert annual_allowance(rates_2026) == m("10500.00")


def test_covers_employer_ni_while_allowance_lasts(rates_2026: TaxYearRates) -> None:
    use = apply_employment_allowance(rates_2026, m("61.80"), m("0"))
    assert (use.offset, use.employer_ni_payable, use.remaining) == (
        m("61.80"),
        m("0.00"),
        m("10438.20"),
    )


def test_last_part_of_the_allowance(rates_2026: TaxYearRates) -> None:
    use = apply_employment_allowance(rates_2026, m("150.00"), m("10400.00"))
    assert use.offset == m("100.00")
    assert use.employer_ni_payable == m("50.00")
    assert use.used_to_date == m("10500.00")
    assert use.remaining == m("0.00")


def test_used_up(rates_2026: TaxYearRates) -> None:
    use = apply_employment_allowance(rates_2026, m("80.00"), m("10500.00"))
    assert use.offset == m("0.00") and use.employer_ni_payable == m("80.00")


def test_more_than_the_cap_used_is_refused(rates_2026: TaxYearRates) -> None:
    with pytest.raises(UsageError, match="between"):
        apply_employment_allowance(rates_2026, m("1.00"), m("10500.01"))
