"""Every row of HMRC's 2026-27 income tax test data, within HMRC's 1p tolerance.

Rows come from HMRC's Tax-test-data-examples-2026-27-v1-1 spreadsheets (rest of
UK, Scotland, Wales; weekly and monthly; cumulative and week 1/month 1). In a
cumulative sheet the tax paid before a row is the previous row's tax to date.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from dpwallet.domain.money import Money
from dpwallet.domain.payroll.paye import calculate_paye
from dpwallet.domain.payroll.periods import Frequency
from dpwallet.domain.payroll.rates import load_rates

DATA = Path(__file__).parent / "data" / "hmrc_tax_test_data_2026-27.json"
ONE_PENNY = Decimal("0.01")


def _rows() -> list[Any]:
    rows = json.loads(DATA.read_text(encoding="utf-8"), parse_float=Decimal)
    previous: dict[tuple[str, str], Decimal] = {}
    cases = []
    seen: dict[str, int] = {}
    for row in rows:
        key = (row["file"], row["sheet"])
        paid = Decimal(0) if row["w1m1"] or row["period"] == 1 else previous[key]
        previous[key] = row["tdtd"]
        name = f"{row['regime']}-{row['sheet']}-{row['code']}-p{row['period']}-{row['gross']}"
        seen[name] = seen.get(name, 0) + 1
        case_id = name if seen[name] == 1 else f"{name}-{seen[name]}"
        cases.append(pytest.param(row, paid, id=case_id))
    return cases


ROWS = _rows()


def test_all_168_rows_are_present() -> None:
    assert len(ROWS) == 168


@pytest.mark.parametrize(("row", "paid_before"), ROWS)
def test_hmrc_2026_27_row(row: dict[str, Any], paid_before: Decimal) -> None:
    frequency = Frequency.MONTHLY if row["freq"] == "Monthly" else Frequency.WEEKLY
    result = calculate_paye(
        load_rates("2026-27"),
        row["code"],
        frequency=frequency,
        paye_period=row["period"],
        pay_this_period=Money.from_decimal(row["gross"]),
        taxable_pay_to_date=Money.from_decimal(row["tptd"]),
        tax_paid_to_date=Money.from_decimal(paid_before),
        week1_month1=row["w1m1"],
    )
    assert abs(result.tax_this_period.to_decimal() - row["tax"]) <= ONE_PENNY
    assert abs(result.tax_due_to_date.to_decimal() - row["tdtd"]) <= ONE_PENNY
