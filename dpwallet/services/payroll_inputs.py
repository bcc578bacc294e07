"""From a PA's record, rates and shift rows to the payroll core's ``PayRunInput``.

Why separate: this is where the wallet's words ("enrolled", "sleep_in", a rate
row from a date) become the core's types, and where we say kindly what is
missing (a date of birth, a pay rate) before any sums are done.

Rates: each shift is priced with the rate row in force on its date. When a pay
rise starts in the middle of a period, the core can only take one set of rates
per payslip, so we use whichever of the rates in force that period gives the
PA more, and say so on the payslip (a PA is never paid less than agreed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.domain.payroll.minimum_wage import age_on
from dpwallet.domain.payroll.pay_lines import PayRates, ShiftKind, work_pay
from dpwallet.domain.payroll.pay_lines import Shift as WorkShift
from dpwallet.domain.payroll.payslip import (
    HolidayMethod,
    PaDetails,
    PayPeriod,
    PayRunInput,
    PensionSetup,
)
from dpwallet.domain.timesheets import ShiftType, hours_by_day
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date
from dpwallet.models import PayRate, PersonalAssistant, Shift
from dpwallet.services.people_service import shift_entry

STATE_PENSION_AGE = 66  # for everyone paid now; rising to 67 from 2026 to 2028 (UNCONFIRMED)
_KINDS = {ShiftType.NORMAL: ShiftKind.DAY, ShiftType.NIGHT: ShiftKind.NIGHT}


@dataclass(frozen=True)
class Inputs:
    run: PayRunInput
    notes: tuple[str, ...] = ()


def _pay_rates(row: PayRate) -> PayRates:
    def dec(amount: Money | None) -> Decimal | None:
        return None if amount is None else amount.to_decimal()

    return PayRates(
        basic=row.base_hourly.to_decimal(),
        weekend=dec(row.weekend_hourly),
        bank_holiday=dec(row.bank_holiday_hourly),
        night=dec(row.night_hourly),
        sleep_in_allowance=row.sleep_in_flat,
    )


def _work_shifts(shifts: list[Shift]) -> tuple[list[WorkShift], Decimal]:
    """Timesheet rows as the core's shifts (split at midnight), and holiday hours taken."""
    work: list[WorkShift] = []
    holiday = Decimal(0)
    for row in shifts:
        entry = shift_entry(row)
        if entry.kind is ShiftType.HOLIDAY:
            holiday += row.hours
        elif entry.kind is ShiftType.SLEEP_IN:
            work.append(WorkShift(entry.day, row.hours, ShiftKind.SLEEP_IN))
        else:
            work += [WorkShift(d, h, _KINDS[entry.kind]) for d, h in hours_by_day(entry)]
    return work, holiday


def _rates_in_force(session: Session, pa: PersonalAssistant, days: list[dt.date]) -> list[PayRate]:
    rows = list(
        session.scalars(
            select(PayRate).where(PayRate.assistant_id == pa.id).order_by(PayRate.effective_from)
        )
    )
    used: dict[int, PayRate] = {}
    for day in days:
        in_force = [r for r in rows if r.effective_from <= day]
        if not in_force:
            raise UsageError(
                _(
                    "Please add {name}'s pay rate (from {date} or earlier) before working out "
                    "their pay."
                ).format(name=pa.name, date=format_date(day))
            )
        used[in_force[-1].id] = in_force[-1]
    return sorted(used.values(), key=lambda r: r.effective_from)


def _choose_rates(
    pa: PersonalAssistant, rows: list[PayRate], work: list[WorkShift]
) -> tuple[PayRates, list[str]]:
    if len(rows) == 1:
        return _pay_rates(rows[0]), []
    options = [_pay_rates(r) for r in rows]
    best = max(options, key=lambda rates: work_pay(work, rates).amount)
    note = _(
        "{name}'s pay rate changed during this period, so the higher rate was used for the "
        "whole period."
    ).format(name=pa.name)
    return best, [note]


def _pension(pa: PersonalAssistant, payday: dt.date) -> PensionSetup:
    if pa.pension_status == "enrolled":
        return PensionSetup(enrolled=True)
    if pa.pension_status in ("postponed", "opted_out", "not_eligible"):
        return PensionSetup(postponed_until=payday)  # already decided: no reminder
    return PensionSetup()


def build(
    session: Session, pa: PersonalAssistant, period: PayPeriod, shifts: list[Shift]
) -> Inputs:
    """The core's input for one PA and period, plus notes for the payslip."""
    if pa.date_of_birth is None:
        raise UsageError(
            _(
                "Please add {name}'s date of birth first: the minimum wage and pension rules "
                "depend on age."
            ).format(name=pa.name)
        )
    work, holiday_hours = _work_shifts(shifts)
    days = [s.day for s in work] or [period.last_day]
    rates, notes = _choose_rates(pa, _rates_in_force(session, pa, days), work)
    details = PaDetails(
        name=pa.name,
        rates=rates,
        date_of_birth=pa.date_of_birth,
        tax_code=pa.tax_code,
        week1_month1=pa.week1_month1,
        ni_category=pa.ni_category,
        reached_state_pension_age=age_on(pa.date_of_birth, period.first_day) >= STATE_PENSION_AGE,
        irregular_hours=pa.irregular_hours,
        holiday_method=HolidayMethod.ROLLED_UP
        if pa.rolled_up_holiday_pay
        else HolidayMethod.PAID_WHEN_TAKEN,
        pension=_pension(pa, period.payday),
    )
    run = PayRunInput(
        pa=details, period=period, shifts=tuple(work), holiday_hours_taken=holiday_hours
    )
    return Inputs(run, tuple(notes))
