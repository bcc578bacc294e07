"""Gross pay from shifts: hours times the right rate, itemised for the payslip.

Why itemised by rate: the law asks payslips of hourly-paid workers to show
the hours paid for, and PAs like to see their weekend and bank-holiday
enhancements. Where more than one enhancement applies to a shift (a night
shift on a bank holiday) the highest rate is paid, a common contract term.
For the minimum wage only the basic rate counts, so we also total the pay and
hours the minimum wage check uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money, total
from dpwallet.domain.payroll.bank_holidays import is_bank_holiday


class ShiftKind(Enum):
    DAY = "day"
    NIGHT = "night"  # a waking night
    SLEEP_IN = "sleep-in"  # flat allowance; ``hours`` are hours awake and working


class LineKind(Enum):
    WORK = "work"
    SLEEP_IN = "sleep-in allowance"
    HOLIDAY = "holiday pay"
    ROLLED_UP_HOLIDAY = "rolled-up holiday pay"
    SICK = "statutory sick pay"


@dataclass(frozen=True)
class Shift:
    day: date
    hours: Decimal
    kind: ShiftKind = ShiftKind.DAY


@dataclass(frozen=True)
class PayRates:
    """A PA's agreed rates. Enhancements left as None are paid at the basic rate."""

    basic: Decimal
    weekend: Decimal | None = None
    bank_holiday: Decimal | None = None
    night: Decimal | None = None
    sleep_in_allowance: Money | None = None  # flat amount per sleep-in


@dataclass(frozen=True)
class PayLine:
    label: str
    amount: Money
    kind: LineKind
    hours: Decimal | None = None
    rate: Decimal | None = None


@dataclass(frozen=True)
class WorkPay:
    lines: tuple[PayLine, ...]
    hours_worked: Decimal  # including awake time on sleep-ins
    pay_for_minimum_wage: Money  # basic-rate part of hours, plus sleep-in allowances

    @property
    def amount(self) -> Money:
        return total(line.amount for line in self.lines)


def rate_for(shift: Shift, rates: PayRates) -> tuple[str, Decimal]:
    """The label and hourly rate for a shift: the highest that applies."""
    options = [("Basic hours", rates.basic)]
    if rates.weekend is not None and shift.day.weekday() >= 5:
        options.append(("Weekend hours", rates.weekend))
    if rates.bank_holiday is not None and is_bank_holiday(shift.day):
        options.append(("Bank holiday hours", rates.bank_holiday))
    if rates.night is not None and shift.kind is ShiftKind.NIGHT:
        options.append(("Night hours", rates.night))
    if shift.kind is ShiftKind.SLEEP_IN:
        label, rate = max(options, key=lambda o: o[1])
        return "Hours awake on sleep-ins", rate
    return max(options, key=lambda o: o[1])


def work_pay(shifts: Iterable[Shift], rates: PayRates) -> WorkPay:
    """Pay lines for the period's shifts, grouped by label and rate."""
    if rates.basic <= 0:
        raise UsageError("Please set this PA's basic hourly rate before working out pay.")
    grouped: dict[tuple[str, Decimal], Decimal] = {}
    sleep_ins = 0
    hours = Decimal(0)
    for shift in shifts:
        if shift.hours < 0:
            raise UsageError(f"The shift on {shift.day:%-d %B %Y} has negative hours.")
        hours += shift.hours
        sleep_ins += shift.kind is ShiftKind.SLEEP_IN
        if shift.hours:
            key = rate_for(shift, rates)
            grouped[key] = grouped.get(key, Decimal(0)) + shift.hours
    lines = [
        PayLine(label, _pay(h, r), LineKind.WORK, h, r) for (label, r), h in sorted(grouped.items())
    ]
    allowance = Money(0)
    if sleep_ins:
        if rates.sleep_in_allowance is None:
            raise UsageError("Please set the sleep-in allowance for this PA.")
        allowance = rates.sleep_in_allowance * sleep_ins
        lines.append(PayLine(f"Sleep-in allowance ({sleep_ins})", allowance, LineKind.SLEEP_IN))
    return WorkPay(tuple(lines), hours, _pay(hours, rates.basic) + allowance)


def _pay(hours: Decimal, rate: Decimal) -> Money:
    """Hours times rate, rounded once to the nearest penny."""
    return Money.from_decimal(hours * rate, exact=False)
