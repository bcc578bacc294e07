"""Minimum wage bands by age and pay reference period, with a friendly heads-up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dpwallet.domain.payroll.minimum_wage import (
    age_on,
    check_hourly_rate,
    check_period_pay,
    minimum_for,
)

from .conftest import m


@pytest.mark.parametrize(
    ("start", "age", "apprentice", "expected"),
    [
        (date(2025, 4, 1), 25, False, "12.21"),
        (date(2025, 4, 1), 21, False, "12.21"),
        (date(2025, 4, 1), 20, False, "10.00"),
        (date(2025, 4, 1), 18, False, "10.00"),
        (date(2025, 4, 1), 17, False, "7.55"),
        (date(2025, 4, 1), 30, True, "7.55"),
        (date(2026, 3, 31), 25, False, "12.21"),  # period started before 1 April 2026
        (date(2026, 4, 1), 25, False, "12.71"),
        (date(2026, 4, 1), 19, False, "10.85"),
        (date(2026, 4, 1), 16, False, "8.00"),
        (date(2026, 4, 1), 18, True, "8.00"),
    ],
)
def test_minimum_by_band(start: date, age: int, apprentice: bool, expected: str) -> None:
    assert minimum_for(start, age, apprentice)[0] == Decimal(expected)


def test_under_16_has_no_minimum() -> None:
    assert minimum_for(date(2026, 4, 1), 15)[0] is None
    assert check_hourly_rate(date(2026, 4, 1), 15, Decimal("5.00")).ok


def test_rate_at_the_minimum_is_fine() -> None:
    result = check_hourly_rate(date(2025, 5, 1), 25, Decimal("12.21"))
    assert result.ok and result.message is None


def test_rate_below_gives_a_kind_heads_up() -> None:
    result = check_hourly_rate(date(2026, 4, 6), 25, Decimal("12.21"), who="Sam")
    assert not result.ok
    assert result.minimum == Decimal("12.71")
    assert result.message is not None
    assert "heads-up" in result.message
    assert "Sam is paid £12.21 an hour, which is £0.50 below it" in result.message
    for word in ("illegal", "unauthorised", "breach", "fail"):
        assert word not in result.message.lower()


def test_period_average_counts_sleep_in_awake_hours() -> None:
    # £250 for 20 hours is £12.50 an hour: fine in 2025, short in April 2026.
    assert check_period_pay(date(2025, 6, 1), 30, m("250.00"), Decimal(20)).ok
    later = check_period_pay(date(2026, 4, 6), 30, m("250.00"), Decimal(20))
    assert not later.ok
    assert later.paid_per_hour == Decimal("12.50")


def test_age_on_birthday() -> None:
    assert age_on(date(2005, 4, 15), date(2026, 4, 14)) == 20
    assert age_on(date(2005, 4, 15), date(2026, 4, 15)) == 21
