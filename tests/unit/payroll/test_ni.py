"""Class 1 NI against HMRC's published 2025-26 NIC test figures (facts.md section 8),
and cases worked by hand from HMRC's published thresholds and rates.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dpwallet.domain.errors import UsageError
from dpwallet.domain.payroll.ni import calculate_ni, ni_round
from dpwallet.domain.payroll.periods import Frequency
from dpwallet.domain.payroll.rates import TaxYearRates

from .conftest import m

W, F, FW, M = Frequency.WEEKLY, Frequency.FORTNIGHTLY, Frequency.FOUR_WEEKLY, Frequency.MONTHLY

# (HMRC id, category, frequency, gross, employee, employer) from HMRC's 2025-26 NIC data.
HMRC_2025_26 = [
    ("Cat_A/1", "A", W, "96.03", "0.00", "0.00"),
    ("Cat_A/2", "A", W, "96.04", "0.00", "0.01"),
    ("Cat_A/3", "A", W, "125.00", "0.00", "4.35"),
    ("Cat_A/5", "A", W, "242.07", "0.00", "21.91"),
    ("Cat_A/6", "A", W, "242.08", "0.01", "21.91"),
    ("Cat_A/9", "A", W, "481.03", "19.12", "57.75"),
    ("Cat_A/13", "A", W, "967.04", "58.00", "130.66"),
    ("Cat_A/16", "A", F, "193.05", "0.00", "0.01"),
    ("Cat_A/20", "A", F, "484.08", "0.01", "43.66"),
    ("Cat_A/30", "A", FW, "385.04", "0.00", "0.01"),
    ("Cat_A/34", "A", FW, "967.08", "0.01", "87.31"),
    ("Cat_A/41", "A", FW, "3867.04", "232.00", "522.31"),
    ("Cat_A/44", "A", M, "417.04", "0.00", "0.01"),
    ("Cat_A/45", "A", M, "542.00", "0.00", "18.75"),
    ("Cat_A/51", "A", M, "2083.05", "82.80", "249.91"),
    ("Cat_A/55", "A", M, "4189.04", "251.28", "565.81"),
    ("Cat_C/51", "C", M, "2083.05", "0.00", "249.91"),
    ("Cat_M/9", "M", W, "481.03", "19.12", "0.00"),
    ("Cat_M/13", "M", W, "967.04", "58.00", "0.01"),
    ("Cat_H/51", "H", M, "2083.05", "82.80", "0.00"),
    ("Cat_J/9", "J", W, "481.03", "4.78", "57.75"),
    ("Cat_Z/13", "Z", W, "967.04", "14.50", "0.01"),
]

# Worked by hand from the published thresholds (PT 242/484/967/1048, ST 96/193/385/417,
# UEL 967/1934/3867/4189) and rates (8%/2%, B 1.85%, J/Z 2%, employer 15%).
BY_HAND = [
    # B: (481.03 - 242) x 1.85% = 4.422 -> 4.42; employer (481.03 - 96) x 15% = 57.7545 -> 57.75
    ("B-weekly", "B", W, "481.03", "4.42", "57.75"),
    # V is like M: employer nothing up to the VUST (967), then 15%
    ("V-weekly", "V", W, "967.04", "58.00", "0.01"),
    # H above the AUST: employee 725 x 8% + 33 x 2% = 58.66; employer 33 x 15% = 4.95
    ("H-weekly-1000", "H", W, "1000.00", "58.66", "4.95"),
    # A fortnightly: (1000 - 484) x 8% = 41.28; (1000 - 193) x 15% = 121.05
    ("A-fortnightly-1000", "A", F, "1000.00", "41.28", "121.05"),
    # Z monthly above the UEL: 3141 x 2% + 811 x 2% = 62.82 + 16.22; employer 811 x 15%
    ("Z-monthly-5000", "Z", M, "5000.00", "79.04", "121.65"),
    # M four-weekly: (2000 - 967) x 8% = 82.64; below UST so no employer NI
    ("M-four-weekly-2000", "M", FW, "2000.00", "82.64", "0.00"),
    # C weekly: no employee NI; (300 - 96) x 15% = 30.60
    ("C-weekly-300", "C", W, "300.00", "0.00", "30.60"),
    # J monthly: (3000 - 1048) x 2% = 39.04; (3000 - 417) x 15% = 387.45
    ("J-monthly-3000", "J", M, "3000.00", "39.04", "387.45"),
    # X: not liable
    ("X-weekly-500", "X", W, "500.00", "0.00", "0.00"),
]


@pytest.mark.parametrize(
    ("category", "frequency", "gross", "employee", "employer"),
    [pytest.param(*case[1:], id=case[0]) for case in HMRC_2025_26 + BY_HAND],
)
def test_ni_2025_26(
    rates_2025: TaxYearRates,
    category: str,
    frequency: Frequency,
    gross: str,
    employee: str,
    employer: str,
) -> None:
    result = calculate_ni(rates_2025, category, frequency, m(gross))
    assert (result.employee, result.employer) == (m(employee), m(employer))


@pytest.mark.parametrize(
    ("category", "frequency", "gross", "employee", "employer"),
    [pytest.param(*case[1:], id=case[0]) for case in HMRC_2025_26 + BY_HAND],
)
def test_ni_2026_27_amounts_unchanged(
    rates_2026: TaxYearRates,
    category: str,
    frequency: Frequency,
    gross: str,
    employee: str,
    employer: str,
) -> None:
    """Only the LEL moves in 2026-27 (125 -> 129), so every amount stays the same."""
    result = calculate_ni(rates_2026, category, frequency, m(gross))
    assert (result.employee, result.employer) == (m(employee), m(employer))


def test_employer_ni_below_the_lel(rates_2026: TaxYearRates) -> None:
    # facts.md: a PA paid £100 in a week costs £0.60 in employer NI.
    result = calculate_ni(rates_2026, "A", W, m("100.00"))
    assert (result.employee, result.employer) == (m("0.00"), m("0.60"))
    assert result.earnings_at_lel == m("0.00")


def test_rti_earnings_split_2025_26(rates_2025: TaxYearRates) -> None:
    result = calculate_ni(rates_2025, "A", M, m("2083.05"))
    assert result.earnings_at_lel == m("542.00")
    assert result.earnings_lel_to_pt == m("506.00")
    assert result.earnings_pt_to_uel == m("1035.05")


def test_rti_earnings_split_uses_2026_27_lel(rates_2026: TaxYearRates) -> None:
    result = calculate_ni(rates_2026, "A", W, m("300.00"))
    assert result.earnings_at_lel == m("129.00")
    assert result.earnings_lel_to_pt == m("113.00")
    assert result.earnings_pt_to_uel == m("58.00")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.0056", "0.00"),
        ("0.0064", "0.01"),
        ("0.0256", "0.02"),
        ("16.395", "16.39"),
        ("8.0535", "8.05"),
    ],
)
def test_hmrc_third_decimal_rounding(value: str, expected: str) -> None:
    assert ni_round(Decimal(value)) == m(expected)


def test_unknown_category_is_a_plain_usage_error(rates_2026: TaxYearRates) -> None:
    with pytest.raises(UsageError, match="not an NI category"):
        calculate_ni(rates_2026, "Q", W, m("100.00"))
