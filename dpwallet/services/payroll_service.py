"""Running payroll inside a wallet: shifts and rates in, confirmed payslips out.

Which PAs are in a run ending on DATE (one clear rule, so nobody is paid twice):

* a weekly PA's period is the 7 days ending on DATE, fortnightly 14 days,
  four-weekly 28 days; a monthly PA's period is the calendar month, so DATE
  must be the last day of a month;
* once a PA has been paid, their periods follow on from the last one, so DATE
  must be a whole number of periods after it (a PA paid up to Sunday is next
  paid for a week ending on a Sunday);
* a PA is included when they have approved, unpaid shifts (or holiday taken)
  starting in the period; shifts are paid in the period in which they start;
* payday is DATE unless the person chooses another day; PAYE and NI follow
  the payday, as HMRC's rules say.

Figures come from ``calculate_payslip`` with the year to date carried from the
PA's latest earlier payslip in the same tax year. Employment Allowance is the
employer's, so what was used is summed across every PA's payslips that year.
Confirming is one ``wallet.command``: pay runs, payslips (with ``details_json``)
and the shifts' links, all or nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money, total
from dpwallet.domain.payroll.employer_summary import (
    AmountDue,
    hmrc_amounts_due,
    pension_amounts_due,
)
from dpwallet.domain.payroll.payslip import (
    PayPeriod,
    Payslip,
    YearToDate,
    calculate_payslip,
)
from dpwallet.domain.payroll.periods import Frequency, paye_period, tax_year_of
from dpwallet.i18n import _
from dpwallet.models import PayRun, PersonalAssistant, Shift
from dpwallet.models import Payslip as PayslipRow
from dpwallet.services import payroll_inputs
from dpwallet.services import payroll_messages as messages
from dpwallet.services.payroll_records import (
    ExpectedPayment,
    details_json,
    expected_payments,
    load_details,
    payment_record,
    ytd_from_json,
)
from dpwallet.services.wallet import Wallet

__all__ = [
    "ExpectedPayment",
    "PayRunResult",
    "RunPayslip",
    "confirm_pay_run",
    "expected_payments",
    "period_for",
    "preview_pay_run",
]

_DAYS = {Frequency.WEEKLY: 7, Frequency.FORTNIGHTLY: 14, Frequency.FOUR_WEEKLY: 28}


@dataclass(frozen=True)
class RunPayslip:
    assistant_id: int
    payslip: Payslip


@dataclass(frozen=True)
class PayRunResult:
    """A worked-out (and maybe confirmed) pay run, for the screen and the CLI."""

    period_end: dt.date
    payday: dt.date
    payslips: tuple[RunPayslip, ...]
    hmrc_due: AmountDue | None
    pension_due: AmountDue | None
    left_out: tuple[str, ...] = ()  # kind sentences: who is not in this run, and why
    confirmed: bool = False
    pay_run_ids: tuple[int, ...] = ()


@dataclass
class _Candidate:
    pa: PersonalAssistant
    period: PayPeriod
    shifts: list[Shift] = field(default_factory=list)


# ------------------------------------------------------------------ periods
def period_for(frequency: Frequency, period_end: dt.date, payday: dt.date) -> PayPeriod | None:
    """The pay period ending on ``period_end``, or None (a monthly PA mid-month)."""
    if frequency is Frequency.MONTHLY:
        last = calendar.monthrange(period_end.year, period_end.month)[1]
        if period_end.day != last:
            return None
        return PayPeriod(frequency, period_end.replace(day=1), period_end, payday)
    first = period_end - dt.timedelta(days=_DAYS[frequency] - 1)
    return PayPeriod(frequency, first, period_end, payday)


def _last_paid_end(session: Session, assistant_id: int) -> dt.date | None:
    return session.scalar(
        select(PayRun.period_end)
        .join(PayslipRow, PayslipRow.pay_run_id == PayRun.id)
        .where(PayslipRow.assistant_id == assistant_id, PayRun.status == "confirmed")
        .order_by(PayRun.period_end.desc())
        .limit(1)
    )


def _follows_on(frequency: Frequency, last_end: dt.date | None, period_end: dt.date) -> bool:
    if last_end is None or frequency is Frequency.MONTHLY:
        return last_end is None or period_end > last_end
    gap = (period_end - last_end).days
    return gap > 0 and gap % _DAYS[frequency] == 0


def _next_end(frequency: Frequency, last_end: dt.date) -> dt.date:
    if frequency is Frequency.MONTHLY:
        nxt = last_end + dt.timedelta(days=1)
        return nxt.replace(day=calendar.monthrange(nxt.year, nxt.month)[1])
    return last_end + dt.timedelta(days=_DAYS[frequency])


# ------------------------------------------------------------------ choosing PAs
def _unpaid_shifts(
    session: Session, pa: PersonalAssistant, first: dt.date, last: dt.date
) -> list[Shift]:
    lo = dt.datetime.combine(first, dt.time(), tzinfo=dt.UTC)
    hi = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    return list(
        session.scalars(
            select(Shift)
            .where(
                Shift.assistant_id == pa.id,
                Shift.start_at >= lo,
                Shift.start_at < hi,
                Shift.pay_run_id.is_(None),
            )
            .order_by(Shift.start_at)
        )
    )


def _candidates(
    session: Session, period_end: dt.date, payday: dt.date
) -> tuple[list[_Candidate], list[str], list[str]]:
    """PAs in this run; kind sentences about the rest; names of those already paid."""
    chosen: list[_Candidate] = []
    left_out: list[str] = []
    already: list[str] = []
    for pa in session.scalars(select(PersonalAssistant).order_by(PersonalAssistant.name)):
        frequency = Frequency.parse(pa.pay_frequency)
        period = period_for(frequency, period_end, payday)
        if period is None or pa.start_date > period.last_day:
            continue
        if pa.end_date and pa.end_date < period.first_day:
            continue
        last_end = _last_paid_end(session, pa.id)
        if last_end == period_end:
            already.append(pa.name)
            continue
        if not _follows_on(frequency, last_end, period_end):
            if last_end is not None and last_end < period_end:
                left_out.append(messages.not_aligned(pa.name, _next_end(frequency, last_end)))
            continue
        shifts = _unpaid_shifts(session, pa, period.first_day, period.last_day)
        approved = [s for s in shifts if s.approved]
        if len(approved) < len(shifts):
            left_out.append(messages.unapproved(pa.name, len(shifts) - len(approved)))
        earlier = _unpaid_before(session, pa, period.first_day)
        if earlier:
            left_out.append(messages.earlier_unpaid(pa.name, earlier))
        if approved:
            chosen.append(_Candidate(pa, period, approved))
    return chosen, left_out, already


def _unpaid_before(session: Session, pa: PersonalAssistant, first: dt.date) -> int:
    """Approved shifts from before this period that no pay run has paid."""
    start = dt.datetime.combine(first, dt.time(), tzinfo=dt.UTC)
    return len(
        session.scalars(
            select(Shift.id).where(
                Shift.assistant_id == pa.id,
                Shift.start_at < start,
                Shift.approved.is_(True),
                Shift.pay_run_id.is_(None),
            )
        ).all()
    )


# ------------------------------------------------------------------ year to date
def _year_to_date(session: Session, pa_id: int, payday: dt.date) -> YearToDate:
    """The latest earlier payslip's totals in the same tax year, or a fresh year."""
    row = session.execute(
        select(PayslipRow.details_json)
        .join(PayRun, PayRun.id == PayslipRow.pay_run_id)
        .where(
            PayslipRow.assistant_id == pa_id,
            PayRun.status == "confirmed",
            PayRun.tax_year == tax_year_of(payday),
            PayRun.pay_date <= payday,
        )
        .order_by(PayRun.pay_date.desc(), PayRun.id.desc())
        .limit(1)
    ).first()
    return ytd_from_json(load_details(row[0]).get("year_to_date") if row else None)


def _allowance_used(session: Session, payday: dt.date) -> Money:
    """Employment Allowance already used this tax year, across every PA."""
    rows = session.scalars(
        select(PayslipRow.details_json)
        .join(PayRun, PayRun.id == PayslipRow.pay_run_id)
        .where(PayRun.status == "confirmed", PayRun.tax_year == tax_year_of(payday))
    )
    return total(
        Money.from_decimal(str(load_details(text).get("employment_allowance", "0")))
        for text in rows
    )


# ------------------------------------------------------------------ the run
def _work_out(
    session: Session, period_end: dt.date, payday: dt.date
) -> tuple[list[tuple[_Candidate, Payslip]], list[str]]:
    chosen, left_out, already = _candidates(session, period_end, payday)
    if not chosen:
        raise messages.nothing_to_pay(period_end, already, left_out)
    allowance = _allowance_used(session, payday)
    done: list[tuple[_Candidate, Payslip]] = []
    for c in chosen:
        inputs = payroll_inputs.build(session, c.pa, c.period, c.shifts)
        ytd = replace(_year_to_date(session, c.pa.id, payday), employment_allowance_used=allowance)
        slip = calculate_payslip(replace(inputs.run, year_to_date=ytd))
        if inputs.notes:
            slip = replace(slip, notes=(*slip.notes, *inputs.notes))
        allowance += slip.employment_allowance
        done.append((c, slip))
    for name in already:
        left_out.append(_("{name} has already been paid for this period.").format(name=name))
    return done, left_out


def _result(
    period_end: dt.date,
    payday: dt.date,
    done: list[tuple[_Candidate, Payslip]],
    left_out: list[str],
    ids: tuple[int, ...] = (),
) -> PayRunResult:
    records = [payment_record(slip) for _c, slip in done]
    hmrc = hmrc_amounts_due(records)
    pension = [p for p in pension_amounts_due(records) if p.amount]
    return PayRunResult(
        period_end=period_end,
        payday=payday,
        payslips=tuple(RunPayslip(c.pa.id, slip) for c, slip in done),
        hmrc_due=hmrc[0] if hmrc else None,
        pension_due=pension[0] if pension else None,
        left_out=tuple(left_out),
        confirmed=bool(ids),
        pay_run_ids=ids,
    )


def _check_payday(period_end: dt.date, payday: dt.date | None) -> dt.date:
    payday = payday or period_end
    if not period_end - dt.timedelta(days=31) <= payday <= period_end + dt.timedelta(days=31):
        raise UsageError(
            _("Payday should be within a month of the end of the pay period; please check it.")
        )
    return payday


def preview_pay_run(
    wallet: Wallet, period_end: dt.date, payday: dt.date | None = None
) -> PayRunResult:
    """Work out the run without saving anything (for the "check before you confirm" screen)."""
    payday = _check_payday(period_end, payday)
    with wallet.read() as session:
        done, left_out = _work_out(session, period_end, payday)
    return _result(period_end, payday, done, left_out)


def confirm_pay_run(
    wallet: Wallet, period_end: dt.date, payday: dt.date | None = None
) -> PayRunResult:
    """Work out and confirm the run in one transaction; refuses a period already paid."""
    payday = _check_payday(period_end, payday)
    with wallet.command("confirm pay run", "pay_run", "payslip", "shift") as session:
        done, left_out = _work_out(session, period_end, payday)
        ids = _store(session, wallet, done)
    return _result(period_end, payday, done, left_out, ids)


def _store(
    session: Session, wallet: Wallet, done: list[tuple[_Candidate, Payslip]]
) -> tuple[int, ...]:
    """One PayRun per pay frequency, a Payslip row per PA, and the shifts linked."""
    by_frequency: dict[Frequency, list[tuple[_Candidate, Payslip]]] = defaultdict(list)
    for c, slip in done:
        by_frequency[c.period.frequency].append((c, slip))
    ids = []
    for frequency, items in by_frequency.items():
        period = items[0][0].period
        run = PayRun(
            tax_year=tax_year_of(period.payday),
            frequency=frequency.value,
            period=paye_period(period.payday, frequency),
            period_start=period.first_day,
            period_end=period.last_day,
            pay_date=period.payday,
            status="confirmed",
            confirmed_at=wallet.clock.now(),
        )
        session.add(run)
        session.flush()
        ids.append(run.id)
        for c, slip in items:
            session.add(payslip_row(run.id, c.pa.id, slip))
            for shift in c.shifts:
                shift.pay_run_id = run.id
    return tuple(ids)


def payslip_row(run_id: int, pa_id: int, slip: Payslip) -> PayslipRow:
    holiday = total(
        line.amount
        for line in slip.lines
        if line.kind.value in ("holiday pay", "rolled-up holiday pay")
    )
    pension = slip.pension
    return PayslipRow(
        pay_run_id=run_id,
        assistant_id=pa_id,
        hours=slip.hours_paid,
        gross_pay=slip.gross,
        holiday_pay=holiday,
        sick_pay=slip.ssp,
        tax=slip.tax,
        employee_ni=slip.employee_ni,
        employer_ni=slip.employer_ni,
        employee_pension=slip.pension_deducted,
        employer_pension=pension.employer if pension else Money(0),
        net_pay=slip.net_pay,
        tax_code=slip.tax_code,
        ni_category=slip.ni_category,
        details_json=details_json(slip, pa_id),
    )
