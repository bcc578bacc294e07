"""The balance carried forward, and the "runs short on" day."""

from __future__ import annotations

import datetime as dt

from dpwallet.domain.forecast import ForecastItem, forecast
from dpwallet.domain.money import Money

TODAY = dt.date(2026, 3, 2)  # a Monday


def test_runs_short_on_the_first_day_below_zero() -> None:
    items = [
        ForecastItem(dt.date(2026, 3, 6), Money(-30000), "Wages", "wages"),
        ForecastItem(dt.date(2026, 3, 10), Money(3500), "Contribution", "contribution"),
        ForecastItem(dt.date(2026, 3, 14), Money(-30000), "Wages", "wages"),
        ForecastItem(dt.date(2026, 3, 19), Money(-5000), "Pension", "pension"),
        ForecastItem(dt.date(2026, 3, 30), Money(120000), "Council payment", "council_payment"),
    ]
    result = forecast(Money(50000), TODAY, dt.date(2026, 4, 26), items)
    assert result.runs_short_on == dt.date(2026, 3, 14)
    assert result.lowest.balance == Money(-11500) and result.lowest.date == dt.date(2026, 3, 19)
    assert result.end_balance == Money(108500)
    warning = result.warning()
    assert warning is not None
    assert "Saturday 14 March 2026" in warning and "£115.00" in warning
    assert "unauthorised" not in warning.lower()


def test_money_arriving_the_same_day_is_no_false_alarm() -> None:
    items = [
        ForecastItem(dt.date(2026, 3, 30), Money(-60000), "Wages", "wages"),
        ForecastItem(dt.date(2026, 3, 30), Money(120000), "Council", "council_payment"),
    ]
    result = forecast(Money(10000), TODAY, dt.date(2026, 4, 26), items)
    assert result.runs_short_on is None and result.warning() is None


def test_items_today_or_past_or_after_the_horizon_are_ignored() -> None:
    items = [
        ForecastItem(TODAY, Money(-99999), "already in balance"),
        ForecastItem(dt.date(2026, 5, 1), Money(-99999), "after"),
    ]
    result = forecast(Money(100), TODAY, dt.date(2026, 4, 26), items)
    assert result.points == () and result.runs_short_on is None
    assert forecast(Money(-1), TODAY, TODAY, []).runs_short_on == TODAY
