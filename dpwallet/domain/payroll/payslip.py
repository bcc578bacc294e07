"""One PA's pay for one period: every sum a payslip needs, in one plain dataclass.

Why one function: the ORM and the screens should not know the order of the
rules. Gross pay comes first (shifts, holiday, sick pay), then pension under a
net-pay scheme (which lowers taxable pay), then PAYE on the cumulative basis,
NI on the period's pay, Employment Allowance against the year's cap, and last
the friendly checks (minimum wage, pension enrolment, rolled-up holiday pay).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import Enum

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money, total
from dpwallet.domain.payroll import holiday
from dpwallet.domain.payroll.employment_allowance import apply_employment_allowance
from dpwallet.domain.payroll.minimum_wage import age_on, check_period_pay
from dpwallet.domain.payroll.ni import NiResult, calculate_ni
from dpwallet.domain.payroll.pay_lines import LineKind, PayLine, PayRates, Shift, work_pay
from dpwallet.domain.payroll.paye import PayeResult, calculate_paye
from dpwallet.domain.payroll.pension import (
    Assessment,
    Contributions,
    ReliefBasis,
    WorkerCategory,
    assess_worker,
    contributions,
)
from dpwallet.domain.payroll.periods import Frequency, paye_period, tax_year_of
from dpwallet.domain.payroll.rates import TaxYearRates, load_rates
from dpwallet.domain.payroll.ssp import SicknessAbsence, statutory_sick_pay

ZERO = Money(0)


class HolidayMethod(Enum):
    PAID_WHEN_TAKEN = "paid when taken"
    ROLLED_UP = "rolled up"  # only for irregular-hours and part-year PAs


@dataclass(frozen=True)
class PensionSetup:
    enrolled: bool = False
    employer_rate: Decimal | None = None  # None: the legal minimum (3%)
    employee_rate: Decimal | None = None  # None: makes the total up to 8%
    basis: ReliefBasis = ReliefBasis.RELIEF_AT_SOURCE
    postponed_until: date | None = None


@dataclass(frozen=True)
class PaDetails:
    """What the payroll needs to know about a PA."""

    name: str
    rates: PayRates
    date_of_birth: date
    tax_code: str = "1257L"
    week1_month1: bool = False
    ni_category: str = "A"
    reached_state_pension_age: bool = False
    apprentice_rate_applies: bool = False
    irregular_hours: bool = False  # irregular-hours or part-year worker
    holiday_method: HolidayMethod = HolidayMethod.PAID_WHEN_TAKEN
    pension: PensionSetup = field(default_factory=PensionSetup)


@dataclass(frozen=True)
class YearToDate:
    """Running totals for the tax year, before (input) or after (output) a payslip."""

    gross: Money = ZERO
    taxable_pay: Money = ZERO  # includes any previous employer's pay from a P45
    tax: Money = ZERO  # includes any previous employer's tax from a P45
    employee_ni: Money = ZERO
    employer_ni: Money = ZERO
    employment_allowance_used: Money = ZERO  # employer-wide, across all PAs
    holiday_hours_accrued: Decimal = Decimal(0)


@dataclass(frozen=True)
class PayPeriod:
    frequency: Frequency
    first_day: date
    last_day: date
    payday: date


@dataclass(frozen=True)
class PayRunInput:
    pa: PaDetails
    period: PayPeriod
    shifts: tuple[Shift, ...] = ()
    holiday_hours_taken: Decimal = Decimal(0)
    holiday_hourly_rate: Decimal | None = None  # None: the basic rate
    sickness: tuple[SicknessAbsence, ...] = ()
    year_to_date: YearToDate = field(default_factory=YearToDate)
    claims_employment_allowance: bool = True


@dataclass(frozen=True)
class Payslip:
    pa_name: str
    tax_year: str
    period: PayPeriod
    paye_period: int
    lines: tuple[PayLine, ...]
    hours_paid: Decimal
    gross: Money
    taxable_pay: Money
    tax_code: str
    tax: Money
    tax_cumulative: bool
    ni_category: str
    employee_ni: Money
    employer_ni: Money
    employment_allowance: Money
    employer_ni_payable: Money
    pension_assessment: Assessment
    pension: Contributions | None
    pension_deducted: Money  # taken from the PA's pay, before or after tax
    net_pay: Money
    employer_cost: Money  # gross + employer NI after the allowance + employer pension
    holiday_hours_accrued: Decimal
    ssp: Money
    year_to_date: YearToDate
    notes: tuple[str, ...] = ()  # friendly heads-ups and explanations
    paye_detail: PayeResult | None = None
    ni_detail: NiResult | None = None


def _holiday_lines(
    run: PayRunInput, rates: TaxYearRates, work: Money
) -> tuple[list[PayLine], list[str]]:
    """Holiday pay taken, or rolled-up pay itemised on its own line as the law requires."""
    pa, lines, notes = run.pa, [], []
    if pa.holiday_method is HolidayMethod.ROLLED_UP:
        if not pa.irregular_hours:
            notes.append(
                "Rolled-up holiday pay is only allowed for PAs with irregular hours or who work "
                "part of the year. For regular hours, pay holiday when it is taken instead."
            )
        pay = holiday.rolled_up_holiday_pay(rates, work)
        pct = rates.holiday.irregular_hours_accrual * 100
        lines.append(
            PayLine(
                f"Rolled-up holiday pay ({pct.normalize():f}%)", pay, LineKind.ROLLED_UP_HOLIDAY
            )
        )
        if run.holiday_hours_taken:
            notes.append("Holiday taken this period was already paid as rolled-up holiday pay.")
    elif run.holiday_hours_taken:
        rate = run.holiday_hourly_rate or pa.rates.basic
        amount = Money.from_decimal(run.holiday_hours_taken * rate, exact=False)
        lines.append(
            PayLine("Holiday pay", amount, LineKind.HOLIDAY, run.holiday_hours_taken, rate)
        )
    return lines, notes


def _sick_lines(run: PayRunInput) -> tuple[list[PayLine], list[str]]:
    """SSP for the days of each absence that fall in this pay period."""
    lines, notes = [], []
    for absence in run.sickness:
        result = statutory_sick_pay(
            absence, pay_from=run.period.first_day, pay_to=run.period.last_day
        )
        if result.amount:
            days = len(result.paid_days)
            lines.append(
                PayLine(
                    f"Statutory Sick Pay ({days} day{'s' * (days != 1)})",
                    result.amount,
                    LineKind.SICK,
                )
            )
        if result.message and not result.due:
            notes.append(result.message)
    return lines, notes


def _pension(
    run: PayRunInput, rates: TaxYearRates, gross: Money, age: int
) -> tuple[Assessment, Contributions | None, list[str]]:
    """Assess every period (earnings vary) and work out contributions if enrolled."""
    pa, freq = run.pa, run.period.frequency
    assessment = assess_worker(rates, freq, gross, age, pa.reached_state_pension_age)
    if pa.pension.enrolled:
        setup = pa.pension
        paid = contributions(
            rates,
            freq,
            gross,
            employer_rate=setup.employer_rate,
            employee_rate=setup.employee_rate,
            basis=setup.basis,
        )
        return assessment, paid, []
    postponed = (
        pa.pension.postponed_until is not None and run.period.payday <= pa.pension.postponed_until
    )
    if assessment.category is WorkerCategory.ELIGIBLE_JOBHOLDER and not postponed:
        note = (
            f"A heads-up about pensions: {pa.name} earned enough this period to be enrolled in a "
            "workplace pension. If they are not enrolled yet, your pension provider can help you "
            "set it up."
        )
        return assessment, None, [note]
    return assessment, None, []


def _minimum_wage_notes(run: PayRunInput, pay: Money, hours: Decimal, age: int) -> list[str]:
    """A heads-up if average pay per hour (premiums left out) is under the minimum wage."""
    check = check_period_pay(
        run.period.first_day,
        age,
        pay,
        hours,
        apprentice_rate_applies=run.pa.apprentice_rate_applies,
        who=run.pa.name,
    )
    return [check.message] if check.message else []


@dataclass(frozen=True)
class _Gross:
    lines: tuple[PayLine, ...]
    hours_worked: Decimal
    holiday_hours_paid: Decimal
    pay_for_minimum_wage: Money
    ssp: Money
    notes: tuple[str, ...]

    @property
    def amount(self) -> Money:
        return total(line.amount for line in self.lines)


def _gross(run: PayRunInput, rates: TaxYearRates) -> _Gross:
    """Step 1: shifts, holiday pay and sick pay into itemised lines."""
    work = work_pay(run.shifts, run.pa.rates)
    holiday_lines, notes = _holiday_lines(run, rates, work.amount)
    sick_lines, sick_notes = _sick_lines(run)
    paid_holiday = any(line.kind is LineKind.HOLIDAY for line in holiday_lines)
    return _Gross(
        lines=(*work.lines, *holiday_lines, *sick_lines),
        hours_worked=work.hours_worked,
        holiday_hours_paid=run.holiday_hours_taken if paid_holiday else Decimal(0),
        pay_for_minimum_wage=work.pay_for_minimum_wage,
        ssp=total(line.amount for line in sick_lines),
        notes=tuple(notes + sick_notes),
    )


def _tax(run: PayRunInput, rates: TaxYearRates, taxable: Money) -> tuple[int, PayeResult]:
    """Step 3: PAYE on the cumulative basis (unless the code is week 1/month 1)."""
    period, ytd = run.period, run.year_to_date
    n = paye_period(period.payday, period.frequency)
    result = calculate_paye(
        rates,
        run.pa.tax_code,
        frequency=period.frequency,
        paye_period=n,
        pay_this_period=taxable,
        taxable_pay_to_date=ytd.taxable_pay + taxable,
        tax_paid_to_date=ytd.tax,
        week1_month1=run.pa.week1_month1,
    )
    return n, result


def _accrued(run: PayRunInput, rates: TaxYearRates, hours_worked: Decimal) -> Decimal:
    """Holiday hours earned, for irregular-hours PAs paid holiday when they take it."""
    pa = run.pa
    if pa.irregular_hours and pa.holiday_method is HolidayMethod.PAID_WHEN_TAKEN:
        return holiday.irregular_hours_accrual(rates, hours_worked)
    return Decimal(0)


def calculate_payslip(run: PayRunInput, rates: TaxYearRates | None = None) -> Payslip:
    """Everything for one PA's payslip for one pay period.

    ``rates`` defaults to the tax year of the payday (PAYE and NI follow the
    payment date). Raises UsageError with a plain sentence for bad input.
    """
    period, pa, ytd = run.period, run.pa, run.year_to_date
    if period.last_day < period.first_day:
        raise UsageError("The pay period ends before it starts; please check the dates.")
    rates = rates or load_rates(tax_year_of(period.payday))
    age = age_on(pa.date_of_birth, period.first_day)
    gross_part = _gross(run, rates)
    gross = gross_part.amount
    assessment, pension, pension_notes = _pension(run, rates, gross, age)
    deducted = pension.employee_deducted if pension else ZERO
    taxable = gross - (deducted if pension and pension.deducted_before_tax else ZERO)
    n, paye = _tax(run, rates, taxable)
    ni = calculate_ni(rates, pa.ni_category, period.frequency, gross)
    allowance = ZERO
    if run.claims_employment_allowance:
        used = ytd.employment_allowance_used
        allowance = apply_employment_allowance(rates, ni.employer, used).offset
    accrued = _accrued(run, rates, gross_part.hours_worked)
    notes = [*gross_part.notes, *pension_notes]
    notes += _minimum_wage_notes(run, gross_part.pay_for_minimum_wage, gross_part.hours_worked, age)
    if paye.held_back_by_limit:
        notes.append(
            "Tax was limited to half of this period's pay; "
            f"£{paye.held_back_by_limit} is left for HMRC to collect later."
        )
    return Payslip(
        pa_name=pa.name,
        tax_year=rates.tax_year,
        period=period,
        paye_period=n,
        lines=gross_part.lines,
        hours_paid=gross_part.hours_worked + gross_part.holiday_hours_paid,
        gross=gross,
        taxable_pay=taxable,
        tax_code=pa.tax_code,
        tax=paye.tax_this_period,
        tax_cumulative=paye.cumulative,
        ni_category=ni.category,
        employee_ni=ni.employee,
        employer_ni=ni.employer,
        employment_allowance=allowance,
        employer_ni_payable=ni.employer - allowance,
        pension_assessment=assessment,
        pension=pension,
        pension_deducted=deducted,
        net_pay=gross - paye.tax_this_period - ni.employee - deducted,
        employer_cost=gross + ni.employer - allowance + (pension.employer if pension else ZERO),
        holiday_hours_accrued=accrued,
        ssp=gross_part.ssp,
        year_to_date=_next_ytd(ytd, gross, taxable, paye, ni, allowance, accrued),
        notes=tuple(notes),
        paye_detail=paye,
        ni_detail=ni,
    )


def _next_ytd(
    ytd: YearToDate,
    gross: Money,
    taxable: Money,
    paye: PayeResult,
    ni: NiResult,
    allowance: Money,
    accrued: Decimal,
) -> YearToDate:
    return YearToDate(
        gross=ytd.gross + gross,
        taxable_pay=ytd.taxable_pay + taxable,
        tax=ytd.tax + paye.tax_this_period,
        employee_ni=ytd.employee_ni + ni.employee,
        employer_ni=ytd.employer_ni + ni.employer,
        employment_allowance_used=ytd.employment_allowance_used + allowance,
        holiday_hours_accrued=ytd.holiday_hours_accrued + accrued,
    )


def with_year_to_date(run: PayRunInput, ytd: YearToDate) -> PayRunInput:
    """The same run with different year-to-date totals (for running a year in order)."""
    return replace(run, year_to_date=ytd)
