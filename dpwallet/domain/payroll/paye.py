"""PAYE income tax, following HMRC's "Specification for PAYE Tax Table Routines".

Why not 12,570 / 12: HMRC's own tables give free pay in 500-blocks (1257L is
£1,048.26 a month), round taxable pay down to the pound and tax down to the
penny, and pro-rate the bands to 4 decimal places. Software that takes short
cuts is a few pence out, and HMRC's test data catches it. Every step below is
named after the step in /work/shared/payroll/facts.md section 1.4.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, Decimal
from enum import Enum

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.domain.payroll.periods import Frequency
from dpwallet.domain.payroll.rates import TaxBand, TaxYearRates

_PENNY = Decimal("0.01")
_POUND = Decimal(1)
_FOUR_DP = Decimal("0.0001")
ZERO = Money(0)
_BLOCK_NUMBER = 500  # Tables A split code numbers into blocks of 500


class CodeKind(Enum):
    ALLOWANCE = "allowance"  # nnnnL/M/N/T and 0T: free pay taken off
    K = "K"  # additional pay added on
    FLAT = "flat"  # BR, D0, D1 (and Scottish D2, D3): one rate on all pay
    NO_TAX = "NT"


@dataclass(frozen=True)
class TaxCode:
    """A tax code taken apart. ``region`` is 'rUK', 'SCT' (S prefix) or 'WLS' (C prefix)."""

    text: str
    region: str
    kind: CodeKind
    number: int = 0
    flat: str | None = None
    non_cumulative: bool = False


_NON_CUMULATIVE = re.compile(r"(W1/M1|W1M1|WEEK1/MONTH1|W1|M1|X)$")
_BODY = re.compile(r"^(?:(NT)|(BR)|(D\d)|K(\d{1,6})|(\d{1,6})[LMNT])$")


def parse_tax_code(text: str) -> TaxCode:
    """Read a code such as '1257L', 'S1257L', 'C BR', 'K475 W1', '0T M1', 'NT'."""
    cleaned = re.sub(r"[\s_]", "", text.upper())
    non_cumulative = False
    marker = _NON_CUMULATIVE.search(cleaned)
    if marker and marker.start() > 0:
        non_cumulative = True
        cleaned = cleaned[: marker.start()].rstrip("/")
    region = "rUK"
    if cleaned[:1] in ("S", "C") and len(cleaned) > 1:
        region = "SCT" if cleaned[0] == "S" else "WLS"
        cleaned = cleaned[1:]
    match = _BODY.match(cleaned)
    if not match:
        raise UsageError(
            f"'{text}' does not look like a tax code; check the letter from HMRC "
            "(for example 1257L, BR, 0T or K475)."
        )
    nt, br, dcode, knum, anum = match.groups()
    if nt:
        kind, number, flat = CodeKind.NO_TAX, 0, None
    elif br or dcode:
        kind, number, flat = CodeKind.FLAT, 0, br or dcode
    elif knum:
        kind, number, flat = CodeKind.K, int(knum), None
        if number == 0:
            raise UsageError("K0 is not a tax code; K codes start at K1.")
    else:
        kind, number, flat = CodeKind.ALLOWANCE, int(anum), None
    return TaxCode(text.strip(), region, kind, number, flat, non_cumulative)


@dataclass(frozen=True)
class PayeResult:
    """Tax for one payment. Negative ``tax_this_period`` is a refund."""

    tax_this_period: Money
    tax_due_to_date: Money
    pay_adjustment_to_date: Money  # free pay (positive) or K additional pay (negative)
    taxable_pay_to_date: Money  # after free pay or K pay, before rounding to the pound
    cumulative: bool
    held_back_by_limit: Money  # tax not taken because of the 50% overriding limit


def _ceil_penny(value: Decimal) -> Decimal:
    return value.quantize(_PENNY, rounding=ROUND_CEILING)


def _trunc4(value: Decimal) -> Decimal:
    return value.quantize(_FOUR_DP, rounding=ROUND_DOWN)


def pay_adjustment_period_one(number: int, table_periods: int) -> Decimal:
    """Tables A: one period's free pay (or K additional pay) for a code number.

    ``table_periods`` is 12 (monthly tables) or 52 (weekly tables). The +9 puts
    every code at the top of its £10 range; it applies to K codes too.
    """
    if number == 0:
        return Decimal(0)
    blocks, rest = divmod(number - 1, _BLOCK_NUMBER)
    rest += 1
    block_value = _ceil_penny(Decimal(_BLOCK_NUMBER * 10) / table_periods)
    rest_value = _ceil_penny(_trunc4(Decimal(rest * 10 + 9) / table_periods))
    return blocks * block_value + rest_value


def banded_tax(taxable: Decimal, bands: tuple[TaxBand, ...], n: int, periods: int) -> Decimal:
    """Tax to date on ``taxable`` (whole pounds) with bands pro-rated to n/periods.

    A band is chosen by comparing with its pro-rated top rounded up to the pound
    (the printed Tables B to D); band tops and the tax at each top are kept to
    4 decimal places, truncated, as HMRC's test data require.
    """
    top = Decimal(0)
    tax_at_top = Decimal(0)
    prev_top = Decimal(0)
    prev_tax = Decimal(0)
    for band in bands:
        if band.width is not None:
            top += band.width
            limit = _trunc4(top * n / periods)
            if taxable > limit.quantize(_POUND, rounding=ROUND_CEILING):
                tax_at_top += band.width * band.rate
                prev_top, prev_tax = limit, _trunc4(tax_at_top * n / periods)
                continue
        return prev_tax + (taxable - prev_top) * band.rate
    raise ValueError("tax bands must end with an open band")


def _tax_to_date(
    rates: TaxYearRates, code: TaxCode, pay: Decimal, n: int, periods: int
) -> tuple[Decimal, Decimal, Decimal]:
    """Steps 1 to 6: (tax due to date, pay adjustment to date, taxable pay to date)."""
    regime = rates.regime(code.region)
    if code.kind is CodeKind.NO_TAX:
        return Decimal(0), Decimal(0), pay
    if code.kind is CodeKind.FLAT:
        assert code.flat is not None
        if code.flat not in regime.flat_codes:
            where = {"rUK": "England and Northern Ireland", "SCT": "Scotland", "WLS": "Wales"}
            raise UsageError(
                f"The tax code {code.text} is not used in {where[code.region]}; "
                "please check it against HMRC's letter."
            )
        flat_tax = pay.quantize(_POUND, rounding=ROUND_FLOOR) * regime.flat_codes[code.flat]
        return flat_tax, Decimal(0), pay
    adjustment = pay_adjustment_period_one(code.number, 12 if periods == 12 else 52) * n
    signed = -adjustment if code.kind is CodeKind.K else adjustment
    taxable = pay - signed
    if taxable <= 0:
        return Decimal(0), signed, taxable
    whole = taxable.quantize(_POUND, rounding=ROUND_FLOOR)
    return banded_tax(whole, regime.bands, n, periods), signed, taxable


def calculate_paye(
    rates: TaxYearRates,
    code: TaxCode | str,
    *,
    frequency: Frequency,
    paye_period: int,
    pay_this_period: Money,
    taxable_pay_to_date: Money | None = None,
    tax_paid_to_date: Money = ZERO,
    week1_month1: bool = False,
) -> PayeResult:
    """Tax for one payment.

    ``paye_period`` is the tax month (monthly pay) or the tax week of the payday
    (weekly, fortnightly and four-weekly pay all use the weekly tables).
    ``taxable_pay_to_date`` includes this payment, as in HMRC's test data;
    ``tax_paid_to_date`` is tax already taken this year before this payment.
    Payments in week 53 or later are taxed on a week 1 basis.
    """
    code = parse_tax_code(code) if isinstance(code, str) else code
    periods = 12 if frequency is Frequency.MONTHLY else 52
    this_pay = pay_this_period.to_decimal()
    cumulative = not (week1_month1 or code.non_cumulative or paye_period > periods)
    if cumulative:
        to_date = taxable_pay_to_date if taxable_pay_to_date is not None else pay_this_period
        pay, n = to_date.to_decimal(), paye_period
    else:
        pay, n = this_pay, frequency.weeks or 1
    due, adjustment, taxable = _tax_to_date(rates, code, pay, n, periods)
    due_pence = Money.from_decimal(due.quantize(_PENNY, rounding=ROUND_FLOOR))
    this_period = due_pence - tax_paid_to_date if cumulative else due_pence
    limit = Money.from_decimal((this_pay * rates.max_rate).quantize(_PENNY, rounding=ROUND_FLOOR))
    held_back = Money(0)
    if this_period > limit:
        held_back = this_period - limit
        this_period = limit
    return PayeResult(
        tax_this_period=this_period,
        tax_due_to_date=due_pence if cumulative else tax_paid_to_date + this_period,
        pay_adjustment_to_date=Money.from_decimal(adjustment),
        taxable_pay_to_date=Money.from_decimal(taxable),
        cumulative=cumulative,
        held_back_by_limit=held_back,
    )
