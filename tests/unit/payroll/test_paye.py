"""PAYE details beyond HMRC's rows: Tables A, code parsing, limits, other frequencies."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dpwallet.domain.errors import UsageError
from dpwallet.domain.payroll.paye import (
    CodeKind,
    calculate_paye,
    parse_tax_code,
    pay_adjustment_period_one,
)
from dpwallet.domain.payroll.periods import Frequency
from dpwallet.domain.payroll.rates import TaxYearRates

from .conftest import m


@pytest.mark.parametrize(
    ("number", "periods", "expected"),
    [
        (1257, 12, "1048.26"),  # facts.md gotcha 1: not 12,570 / 12
        (1257, 52, "241.92"),
        (45, 12, "38.25"),
        (585, 12, "488.26"),  # K585 monthly
        (0, 12, "0"),
        (500, 12, "417.42"),
        (501, 12, "418.26"),  # one block of 416.67 + (19 / 12 rounded up) 1.59
    ],
)
def test_tables_a_period_one_values(number: int, periods: int, expected: str) -> None:
    assert pay_adjustment_period_one(number, periods) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "region", "kind", "number", "flat", "non_cumulative"),
    [
        ("1257L", "rUK", CodeKind.ALLOWANCE, 1257, None, False),
        ("s1257l", "SCT", CodeKind.ALLOWANCE, 1257, None, False),
        ("C BR", "WLS", CodeKind.FLAT, 0, "BR", False),
        ("K475 W1", "rUK", CodeKind.K, 475, None, True),
        ("SK630", "SCT", CodeKind.K, 630, None, False),
        ("0T M1", "rUK", CodeKind.ALLOWANCE, 0, None, True),
        ("1257L W1/M1", "rUK", CodeKind.ALLOWANCE, 1257, None, True),
        ("1257LX", "rUK", CodeKind.ALLOWANCE, 1257, None, True),
        ("1257M", "rUK", CodeKind.ALLOWANCE, 1257, None, False),
        ("1257N", "rUK", CodeKind.ALLOWANCE, 1257, None, False),
        ("999999T", "rUK", CodeKind.ALLOWANCE, 999999, None, False),
        ("SD2", "SCT", CodeKind.FLAT, 0, "D2", False),
        ("D1", "rUK", CodeKind.FLAT, 0, "D1", False),
        ("NT", "rUK", CodeKind.NO_TAX, 0, None, False),
    ],
)
def test_parse_tax_code(
    text: str, region: str, kind: CodeKind, number: int, flat: str | None, non_cumulative: bool
) -> None:
    code = parse_tax_code(text)
    assert (code.region, code.kind, code.number, code.flat, code.non_cumulative) == (
        region,
        kind,
        number,
        flat,
        non_cumulative,
    )


@pytest.mark.parametrize("text", ["", "ABC", "K0", "1257", "L1257", "BRX1"])
def test_bad_codes_are_refused_plainly(text: str) -> None:
    with pytest.raises(UsageError, match="tax code|K0"):
        parse_tax_code(text)


def test_d2_is_only_scottish(rates_2026: TaxYearRates) -> None:
    with pytest.raises(UsageError, match="not used in England"):
        calculate_paye(
            rates_2026, "D2", frequency=Frequency.MONTHLY, paye_period=1, pay_this_period=m("100")
        )


def test_fifty_percent_overriding_limit(rates_2026: TaxYearRates) -> None:
    # K500 monthly adds 417.42; (100 + 417.42) -> 517 x 20% = 103.40, capped at 50.00.
    result = calculate_paye(
        rates_2026,
        "K500",
        frequency=Frequency.MONTHLY,
        paye_period=1,
        pay_this_period=m("100.00"),
        week1_month1=True,
    )
    assert result.tax_this_period == m("50.00")
    assert result.held_back_by_limit == m("53.40")


def test_week_53_is_taxed_on_week_1_basis(rates_2026: TaxYearRates) -> None:
    # 500 - 241.92 = 258.08 -> 258 x 20% = 51.60, ignoring the year so far.
    result = calculate_paye(
        rates_2026,
        "1257L",
        frequency=Frequency.WEEKLY,
        paye_period=53,
        pay_this_period=m("500.00"),
        taxable_pay_to_date=m("26000.00"),
        tax_paid_to_date=m("2800.00"),
    )
    assert not result.cumulative
    assert result.tax_this_period == m("51.60")


def test_fortnightly_week1_uses_two_weeks_free_pay(rates_2026: TaxYearRates) -> None:
    # Free pay 2 x 241.92 = 483.84; 1000 - 483.84 -> 516 x 20% = 103.20.
    result = calculate_paye(
        rates_2026,
        "1257L W1",
        frequency=Frequency.FORTNIGHTLY,
        paye_period=2,
        pay_this_period=m("1000.00"),
    )
    assert result.tax_this_period == m("103.20")


def test_four_weekly_cumulative_in_week_8(rates_2026: TaxYearRates) -> None:
    # Free pay 8 x 241.92 = 1935.36; 4000 - 1935.36 -> 2064 x 20% = 412.80.
    result = calculate_paye(
        rates_2026,
        "1257L",
        frequency=Frequency.FOUR_WEEKLY,
        paye_period=8,
        pay_this_period=m("2000.00"),
        taxable_pay_to_date=m("4000.00"),
        tax_paid_to_date=m("400.00"),
    )
    assert result.tax_due_to_date == m("412.80")
    assert result.tax_this_period == m("12.80")


def test_2025_26_first_hmrc_vector(rates_2025: TaxYearRates) -> None:
    result = calculate_paye(
        rates_2025,
        "1257L",
        frequency=Frequency.MONTHLY,
        paye_period=1,
        pay_this_period=m("1156.25"),
    )
    assert result.tax_this_period == m("21.40")
    assert result.pay_adjustment_to_date == m("1048.26")


def test_nt_refunds_everything_cumulatively(rates_2026: TaxYearRates) -> None:
    result = calculate_paye(
        rates_2026,
        "NT",
        frequency=Frequency.WEEKLY,
        paye_period=10,
        pay_this_period=m("300.00"),
        taxable_pay_to_date=m("3000.00"),
        tax_paid_to_date=m("120.00"),
    )
    assert result.tax_this_period == m("-120.00")
    assert result.tax_due_to_date == m("0.00")
