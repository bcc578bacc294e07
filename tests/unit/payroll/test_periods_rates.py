"""Tax periods from dates, rate files, bank holidays."""

from __future__ import annotations

from datetime import date

import pytest

from dpwallet.domain.errors import UsageError
from dpwallet.domain.payroll import bank_holidays
from dpwallet.domain.payroll.periods import (
    Frequency,
    paye_period,
    paye_period_for_pay_period,
    tax_month,
    tax_week,
    tax_year_of,
)
from dpwallet.domain.payroll.rates import available_tax_years, load_rates


@pytest.mark.parametrize(
    ("day", "week", "month", "year"),
    [
        (date(2025, 4, 6), 1, 1, "2025-26"),
        (date(2025, 4, 12), 1, 1, "2025-26"),
        (date(2025, 4, 13), 2, 1, "2025-26"),
        (date(2025, 5, 5), 5, 1, "2025-26"),
        (date(2025, 5, 6), 5, 2, "2025-26"),
        (date(2026, 1, 5), 40, 9, "2025-26"),
        (date(2026, 4, 4), 52, 12, "2025-26"),
        (date(2026, 4, 5), 53, 12, "2025-26"),
        (date(2026, 4, 6), 1, 1, "2026-27"),
    ],
)
def test_tax_periods(day: date, week: int, month: int, year: str) -> None:
    assert (tax_week(day), tax_month(day), tax_year_of(day)) == (week, month, year)


def test_paye_period_uses_weekly_tables_for_fortnightly_pay() -> None:
    assert paye_period(date(2026, 4, 17), Frequency.FORTNIGHTLY) == 2
    assert paye_period(date(2026, 4, 30), Frequency.MONTHLY) == 1
    assert paye_period_for_pay_period(Frequency.FORTNIGHTLY, 3) == 6
    assert paye_period_for_pay_period(Frequency.FOUR_WEEKLY, 14) == 56
    with pytest.raises(UsageError, match="from 1 to 12"):
        paye_period_for_pay_period(Frequency.MONTHLY, 13)


def test_frequency_parse() -> None:
    assert Frequency.parse("4-weekly") is Frequency.FOUR_WEEKLY
    with pytest.raises(UsageError, match="not a pay frequency"):
        Frequency.parse("daily")


def test_rate_files_and_errors() -> None:
    assert {"2025-26", "2026-27"} <= set(available_tax_years())
    assert load_rates("2026-27").ssp.awe_fraction_cap is not None
    with pytest.raises(UsageError, match="no rates for the 2030-31"):
        load_rates("2030-31")
    with pytest.raises(UsageError, match="like 2025-26"):
        load_rates("2025-27")


def test_every_figure_in_the_data_files_has_a_source() -> None:
    """Each number sits inside an object that names its source."""
    import json
    import re

    from dpwallet.domain.payroll.rates import RATES_DIR

    number = re.compile(r"^-?\d+(\.\d+)?$")
    checked = 0

    def walk(node: object, path: str, sourced: bool) -> None:
        nonlocal checked
        if isinstance(node, dict):
            sourced = sourced or "source" in node
            for key, value in node.items():
                walk(value, f"{path}/{key}", sourced)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{path}/{index}", sourced)
        elif isinstance(node, int) or (isinstance(node, str) and number.match(node)):
            checked += 1
            assert sourced, path

    for year in available_tax_years():
        raw = json.loads((RATES_DIR / f"{year}.json").read_text(encoding="utf-8"))
        for section in (k for k in raw if isinstance(raw[k], dict)):
            walk(raw[section], f"{year}/{section}", False)
    assert checked > 200


def test_bank_holidays_england_and_wales() -> None:
    assert bank_holidays.is_bank_holiday(date(2026, 12, 28))  # Boxing Day substitute
    assert bank_holidays.is_bank_holiday(date(2027, 12, 27))
    assert not bank_holidays.is_bank_holiday(date(2026, 12, 26))
    assert bank_holidays.bank_holiday_name(date(2026, 4, 3)) == "Good Friday"
    assert len(bank_holidays.bank_holidays_between(date(2025, 1, 1), date(2027, 12, 31))) == 24
    assert bank_holidays.covered_years() == range(2025, 2028)
