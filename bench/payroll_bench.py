"""A year of weekly pay for five PAs, against plain Decimal sums of the same shifts.

Why this baseline: the real cost of a pay run is the rules (PAYE tables, NI
bands, pension, holiday, minimum wage), not the hours-times-rate sums. The
baseline does just those sums for the same shifts, so the ratio shows what the
rules cost on this machine.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from bench.__main__ import BenchCase
from dpwallet.domain.money import Money
from dpwallet.domain.payroll.pay_lines import PayRates, Shift, ShiftKind
from dpwallet.domain.payroll.payslip import (
    HolidayMethod,
    PaDetails,
    PayPeriod,
    PayRunInput,
    PensionSetup,
    YearToDate,
    calculate_payslip,
)
from dpwallet.domain.payroll.periods import Frequency
from dpwallet.domain.payroll.rates import load_rates

FIRST_MONDAY = date(2026, 4, 6)
WEEKS = 52


def _pas() -> list[PaDetails]:
    rates = PayRates(
        basic=Decimal("13.25"),
        weekend=Decimal("15.00"),
        bank_holiday=Decimal("19.88"),
        night=Decimal("14.00"),
        sleep_in_allowance=Money.from_decimal("65.00"),
    )
    return [
        PaDetails("PA 1", rates, date(1985, 3, 1), pension=PensionSetup(enrolled=True)),
        PaDetails("PA 2", rates, date(2005, 9, 1), tax_code="BR"),
        PaDetails(
            "PA 3",
            rates,
            date(1970, 1, 1),
            irregular_hours=True,
            holiday_method=HolidayMethod.ROLLED_UP,
        ),
        PaDetails("PA 4", rates, date(1958, 6, 1), ni_category="C", tax_code="S1257L"),
        PaDetails("PA 5", rates, date(1995, 12, 1), tax_code="K100", week1_month1=True),
    ]


def _shifts(monday: date, pa_index: int) -> tuple[Shift, ...]:
    kinds = (ShiftKind.DAY, ShiftKind.DAY, ShiftKind.NIGHT, ShiftKind.SLEEP_IN, ShiftKind.DAY)
    return tuple(
        Shift(monday + timedelta(days=(day + pa_index) % 7), Decimal(6 + day % 3), kinds[day])
        for day in range(5)
    )


def _runs() -> list[PayRunInput]:
    runs = []
    for week in range(WEEKS):
        monday = FIRST_MONDAY + timedelta(weeks=week)
        period = PayPeriod(
            Frequency.WEEKLY, monday, monday + timedelta(days=6), monday + timedelta(days=4)
        )
        for index, pa in enumerate(_pas()):
            runs.append(PayRunInput(pa, period, _shifts(monday, index)))
    return runs


RUNS = _runs()


def pay_year() -> Money:
    """Each PA's 52 weeks in order, carrying year-to-date totals forward."""
    rates = load_rates("2026-27")
    ytd: dict[str, YearToDate] = {}
    net = Money(0)
    for run in RUNS:
        before = ytd.get(run.pa.name)
        if before is not None:
            run = replace(run, year_to_date=before)
        slip = calculate_payslip(run, rates)
        ytd[run.pa.name] = slip.year_to_date
        net += slip.net_pay
    return net


def plain_sums() -> Decimal:
    """The same shifts' hours times the basic rate, with plain Decimals."""
    out = Decimal(0)
    for run in RUNS:
        for shift in run.shifts:
            out += shift.hours * run.pa.rates.basic
    return out


def cases() -> list[BenchCase]:
    return [
        BenchCase(
            name="payroll: 52 weekly payslips x 5 PAs (2026-27)",
            baseline_label="same shifts, hours x rate in plain Decimal",
            baseline=plain_sums,
            subject=pay_year,
            repeat=3,
        )
    ]
