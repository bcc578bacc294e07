"""Shared helpers for the payroll tests: rates and a pounds-to-Money shorthand."""

from __future__ import annotations

import pytest

from dpwallet.domain.money import Money
from dpwallet.domain.payroll.rates import TaxYearRates, load_rates


def m(pounds: str) -> Money:
    """'12.34' to Money, exactly."""
    return Money.from_decimal(pounds)


@pytest.fixture(scope="session")
def rates_2025() -> TaxYearRates:
    return load_rates("2025-26")


@pytest.fixture(scope="session")
def rates_2026() -> TaxYearRates:
    return load_rates("2026-27")
