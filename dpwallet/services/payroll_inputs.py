"""From a PA's record, rates and shift rows to the payroll core's ``PayRunInput``.

Why separate: this is where the wallet's words ("enrolled", "sleep_in", a rate
row from a date) become the core's types, and where we say kindly what is
missing (a date of birth, a pay rate) before any sums are done.

Rates: each shift is priced with the rate row in force on its date. When a pay
rise starts in the middle of a period, the core can only take one set of rates
per payslip, so we use whichever of the rates in force that period gives the
PA more, and say so on the payslip (a PA is never paid less than agreed).

Sickness: each day off sick is a timesheet row of kind "sick"; runs of consecutive
sick days are one absence each (a weekend with nothing recorded splits them, as the
timesheet says). The core applies the rules of the tax year the absence began in
(from 6 April 2026: from day one, no lower earnings limit). Our choices, said on
the payslip:

* Qualifying days are the weekdays the PA worked (or took holiday) in the 8 weeks
  before the absence began, since a direct-payment employer rarely writes down
  "agreed working days"; with no shifts then, Monday to Friday. The weekdays of
  the sick days themselves are always added: a sick row stands in for a shift the
  PA would have worked.
* Average weekly earnings are the gross pay of confirmed payslips paid in the 8
  weeks before the absence, over the weeks those payslips cover. With none (a new
  PA), this period's pay for work is used instead, per week.
* Absences link when one began no more than 8 weeks after an earlier one of at
  least the minimum length ended: no new waiting days, and the 28-week limit counts
  SSP days the earlier ones would have paid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from babel.dates import get_day_names
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
from dpwallet.domain.payroll.rates import rates_for_date
from dpwallet.domain.payroll.ssp import SicknessAbsence, statutory_sick_pay
from dpwallet.domain.timesheets import ShiftType, hours_by_day, sick_days, sick_spells
from dpwallet.i18n import _
from dpwallet.i18n.formatting import babel_locale, format_date, format_money
from dpwallet.models import PayRate, PayRun, PersonalAssistant, Shift
from dpwallet.models import Payslip as PayslipRow
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
        if entry.kind is ShiftType.SICK:
            continue  # paid as SSP (see _sickness)
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


# ------------------------------------------------------------------ sickness
LOOK_BACK = dt.timedelta(weeks=8)
WEEKDAYS_DEFAULT = frozenset(range(5))  # Monday to Friday


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def _earlier_sick_days(session: Session, pa: PersonalAssistant, before: dt.date) -> list[dt.date]:
    rows = session.scalars(
        select(Shift).where(
            Shift.assistant_id == pa.id,
            Shift.kind == ShiftType.SICK.value,
            Shift.start_at < _utc(before),
        )
    )
    return sick_days(shift_entry(r) for r in rows)


def _qualifying_days(
    session: Session, pa: PersonalAssistant, first: dt.date
) -> tuple[frozenset[int], bool]:
    """Weekdays worked in the 8 weeks before ``first``; Monday to Friday if none (True)."""
    starts = session.scalars(
        select(Shift.start_at).where(
            Shift.assistant_id == pa.id,
            Shift.kind != ShiftType.SICK.value,
            Shift.start_at >= _utc(first - LOOK_BACK),
            Shift.start_at < _utc(first),
        )
    ).all()
    worked = frozenset(s.weekday() for s in starts)
    return (worked, False) if worked else (WEEKDAYS_DEFAULT, True)


def _average_weekly_earnings(
    session: Session, pa: PersonalAssistant, first: dt.date
) -> Money | None:
    """Gross of payslips paid in the 8 weeks before ``first``, per week covered; None if none."""
    rows = session.execute(
        select(PayslipRow.gross_pay, PayRun.period_start, PayRun.period_end)
        .join(PayRun, PayRun.id == PayslipRow.pay_run_id)
        .where(
            PayslipRow.assistant_id == pa.id,
            PayRun.status == "confirmed",
            PayRun.pay_date >= first - LOOK_BACK,
            PayRun.pay_date < first,
        )
    ).all()
    days = sum((end - start).days + 1 for _gross, start, end in rows)
    if not days:
        return None
    gross = sum((g.to_decimal() for g, _s, _e in rows), Decimal(0))
    return Money.from_decimal(gross * 7 / days, exact=False)


def _weekday_names(days: frozenset[int]) -> str:
    names = get_day_names("wide", locale=babel_locale())
    return ", ".join(str(names[d]) for d in sorted(days))


def _sickness(
    session: Session,
    pa: PersonalAssistant,
    period: PayPeriod,
    shifts: list[Shift],
    period_pay: Money,
) -> tuple[tuple[SicknessAbsence, ...], list[str]]:
    """The absences touching this period, linked to earlier ones, and notes saying how."""
    here = sick_days(shift_entry(r) for r in shifts)
    if not here:
        return (), []
    days = _earlier_sick_days(session, pa, period.first_day) + here
    per_week = Money.from_decimal(
        period_pay.to_decimal() * 7 / ((period.last_day - period.first_day).days + 1),
        exact=False,
    )
    absences: list[SicknessAbsence] = []
    notes: list[str] = []
    prev_end: dt.date | None = None
    paid_before = 0
    for first, last in sick_spells(days):
        rules = rates_for_date(first).ssp
        if (last - first).days + 1 < rules.min_piw_days and last < period.first_day:
            continue  # too short to count, and not in this period: links nothing
        linked = prev_end is not None and (first - prev_end).days - 1 <= rules.linking_weeks * 7
        if not linked:
            paid_before = 0
        weekdays, defaulted = _qualifying_days(session, pa, first)
        weekdays |= {d.weekday() for d in days if first <= d <= last}
        awe = _average_weekly_earnings(session, pa, first)
        absence = SicknessAbsence(
            first, last, weekdays, per_week if awe is None else awe, linked, paid_before
        )
        if last < period.first_day:
            paid_before += len(statutory_sick_pay(absence).paid_days)
        else:
            absences.append(absence)
            notes += _sick_notes(pa.name, absence, defaulted, estimated=awe is None)
        if (last - first).days + 1 >= rules.min_piw_days:
            prev_end = last
    return tuple(absences), notes


def _sick_notes(
    name: str, absence: SicknessAbsence, defaulted: bool, *, estimated: bool
) -> list[str]:
    when = {"first": format_date(absence.first_day), "last": format_date(absence.last_day)}
    days = _weekday_names(absence.qualifying_weekdays)
    if defaulted:
        note = _(
            "Statutory Sick Pay for {name}'s sickness from {first} to {last} counts {days} as "
            "their working days: Monday to Friday and the days off sick, because they had no "
            "shifts in the 8 weeks before."
        ).format(name=name, days=days, **when)
    else:
        note = _(
            "Statutory Sick Pay for {name}'s sickness from {first} to {last} counts {days} as "
            "their working days: the days they worked in the 8 weeks before, and the days "
            "off sick."
        ).format(name=name, days=days, **when)
    notes = [note]
    if estimated:
        notes.append(
            _(
                "{name} has no payslips from the 8 weeks before they were off sick, so their "
                "average weekly earnings for sick pay were taken from this period's pay "
                "({amount} a week)."
            ).format(name=name, amount=format_money(absence.average_weekly_earnings))
        )
    return notes


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
    sickness, sick_notes = _sickness(session, pa, period, shifts, work_pay(work, rates).amount)
    run = PayRunInput(
        pa=details,
        period=period,
        shifts=tuple(work),
        holiday_hours_taken=holiday_hours,
        sickness=sickness,
    )
    return Inputs(run, tuple(notes + sick_notes))
