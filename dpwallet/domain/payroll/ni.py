"""Class 1 National Insurance, exact-percentage method, one earnings period at a time.

Why per period: for PAs (not company directors) NI is not cumulative. Each
payment is set against its own frequency's thresholds. Employer NI starts at the
secondary threshold (£96 a week), which is below the lower earnings limit, so an
employer can owe a few pence even when the PA pays nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_DOWN, Decimal

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.domain.payroll.periods import Frequency
from dpwallet.domain.payroll.rates import NiBand, NiRates, TaxYearRates

_PENNY = Decimal("0.01")
_THIRD_DP = Decimal("0.001")


def ni_round(value: Decimal) -> Money:
    """HMRC's NI rounding: to the nearest penny, half a penny or less dropped.

    HMRC's test data look only at the third decimal place: 0.0056 becomes 0.00,
    0.0064 becomes 0.01. So truncate to three places, then round half down.
    """
    three = value.quantize(_THIRD_DP, rounding=ROUND_DOWN)
    return Money.from_decimal(three.quantize(_PENNY, rounding=ROUND_HALF_DOWN))


@dataclass(frozen=True)
class NiResult:
    """NI on one payment, with the earnings split RTI reports."""

    category: str
    employee: Money
    employer: Money
    earnings_at_lel: Money  # up to and including the LEL
    earnings_lel_to_pt: Money
    earnings_pt_to_uel: Money


def _banded(gross: Decimal, bands: tuple[NiBand, ...], ni: NiRates, freq: Frequency) -> Money:
    """Sum of each band's contribution, each band rounded on its own."""
    total = Money(0)
    for index, band in enumerate(bands):
        low = ni.threshold(band.threshold, freq)
        high = ni.threshold(bands[index + 1].threshold, freq) if index + 1 < len(bands) else None
        top = gross if high is None else min(gross, high)
        if top > low and band.rate:
            total += ni_round((top - low) * band.rate)
    return total


def _slice(gross: Decimal, low: Decimal, high: Decimal) -> Money:
    return Money.from_decimal(max(Decimal(0), min(gross, high) - low))


def calculate_ni(
    rates: TaxYearRates, category: str, frequency: Frequency, gross: Money
) -> NiResult:
    """Employee and employer Class 1 NI on one payment's NI-able pay."""
    ni = rates.ni
    letter = category.strip().upper()
    if letter not in ni.categories:
        known = ", ".join(sorted(ni.categories))
        raise UsageError(f"'{category}' is not an NI category letter we know; use one of {known}.")
    cat = ni.categories[letter]
    pay = gross.to_decimal()
    lel = ni.threshold("LEL", frequency)
    pt = ni.threshold("PT", frequency)
    uel = ni.threshold("UEL", frequency)
    if letter == "X":
        return NiResult(letter, Money(0), Money(0), Money(0), Money(0), Money(0))
    employee = _banded(pay, cat.employee, ni, frequency) if pay >= lel else Money(0)
    employer = _banded(pay, cat.employer, ni, frequency)
    reached_lel = pay >= lel
    return NiResult(
        category=letter,
        employee=employee,
        employer=employer,
        earnings_at_lel=Money.from_decimal(lel) if reached_lel else Money(0),
        earnings_lel_to_pt=_slice(pay, lel, pt) if reached_lel else Money(0),
        earnings_pt_to_uel=_slice(pay, pt, uel) if reached_lel else Money(0),
    )
