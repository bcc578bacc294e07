"""What the employer owes HMRC and the pension scheme, and by when.

Why: the home screen shows "what is due to go out". PAYE tax and NI for a tax
month (6th to 5th) are due to HMRC by the 22nd of the next month when paid
electronically (19th by cheque). Employers whose payments average under £1,500
a month may pay quarterly instead. If the 22nd is a weekend or bank holiday the
money must arrive by the last working day before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from dpwallet.domain.money import Money, total
from dpwallet.domain.payroll.bank_holidays import is_bank_holiday
from dpwallet.domain.payroll.periods import tax_month, tax_year_start
from dpwallet.domain.payroll.rates import TaxYearRates, nearest_rates


@dataclass(frozen=True)
class PaymentRecord:
    """The money side of one payslip, as the employer summary needs it."""

    payday: date
    tax: Money
    employee_ni: Money
    employer_ni: Money
    employment_allowance: Money = Money(0)  # offset claimed this payslip
    pension_employee: Money = Money(0)  # taken from the PA's pay
    pension_employer: Money = Money(0)


@dataclass(frozen=True)
class AmountDue:
    payee: str  # "HMRC" or "pension scheme"
    label: str  # e.g. "Tax month 1 (6 April to 5 May 2026)"
    first_day: date
    last_day: date
    due: date
    amount: Money
    tax: Money = Money(0)
    employee_ni: Money = Money(0)
    employer_ni: Money = Money(0)
    employment_allowance: Money = Money(0)


def last_working_day_on_or_before(day: date) -> date:
    """Step back over weekends and England and Wales bank holidays."""
    while day.weekday() >= 5 or is_bank_holiday(day):
        day -= timedelta(days=1)
    return day


def quarterly_allowed(rates: TaxYearRates, average_monthly: Money) -> bool:
    """Quarterly payment is allowed when monthly payments average under £1,500."""
    return average_monthly.to_decimal() < rates.hmrc_payments.quarterly_if_average_monthly_below


def _period_of(payday: date, quarterly: bool) -> tuple[date, date, str]:
    start_year = tax_year_start(payday)
    month = tax_month(payday)
    first_month = (month - 1) // 3 * 3 + 1 if quarterly else month
    months = 3 if quarterly else 1
    first = _tax_month_start(start_year, first_month)
    last = _tax_month_start(start_year, first_month + months) - timedelta(days=1)
    if quarterly:
        label = f"Quarter {(month - 1) // 3 + 1} ({first:%-d %B %Y} to {last:%-d %B %Y})"
    else:
        label = f"Tax month {month} ({first:%-d %B} to {last:%-d %B %Y})"
    return first, last, label


def _tax_month_start(start_year: int, month: int) -> date:
    """First day (the 6th) of tax month ``month`` (13 = the next year's month 1)."""
    calendar = 4 + month - 1
    return date(start_year + (calendar - 1) // 12, (calendar - 1) % 12 + 1, 6)


def _due_date(last_day: date, electronic: bool) -> date:
    rules = nearest_rates(last_day).hmrc_payments
    day = rules.due_day_electronic if electronic else rules.due_day_cheque
    nominal = date(last_day.year, last_day.month, day)
    return last_working_day_on_or_before(nominal) if electronic else nominal


def hmrc_amounts_due(
    records: Iterable[PaymentRecord], *, quarterly: bool = False, electronic: bool = True
) -> list[AmountDue]:
    """PAYE tax + employee NI + employer NI - Employment Allowance, per tax month or quarter.

    A negative amount means refunds exceeded deductions; HMRC sets it against
    later payments.
    """
    groups: dict[tuple[date, date, str], list[PaymentRecord]] = {}
    for record in records:
        groups.setdefault(_period_of(record.payday, quarterly), []).append(record)
    out = []
    for (first, last, label), items in sorted(groups.items()):
        tax = total(r.tax for r in items)
        employee = total(r.employee_ni for r in items)
        employer = total(r.employer_ni for r in items)
        allowance = total(r.employment_allowance for r in items)
        out.append(
            AmountDue(
                payee="HMRC",
                label=label,
                first_day=first,
                last_day=last,
                due=_due_date(last, electronic),
                amount=tax + employee + employer - allowance,
                tax=tax,
                employee_ni=employee,
                employer_ni=employer,
                employment_allowance=allowance,
            )
        )
    return out


def pension_amounts_due(records: Iterable[PaymentRecord]) -> list[AmountDue]:
    """Pension contributions per calendar month of payday, due by the 22nd of the next.

    UNCONFIRMED: the 22nd is The Pensions Regulator's deadline for employee
    contributions paid electronically; the scheme may ask for an earlier date.
    """
    groups: dict[tuple[int, int], list[PaymentRecord]] = {}
    for record in records:
        groups.setdefault((record.payday.year, record.payday.month), []).append(record)
    out = []
    for (year, month), items in sorted(groups.items()):
        first = date(year, month, 1)
        nxt = date(year + month // 12, month % 12 + 1, 1)
        due_day = nearest_rates(first).pension.contributions_due_day
        amount = total(r.pension_employee + r.pension_employer for r in items)
        out.append(
            AmountDue(
                payee="pension scheme",
                label=f"Pension contributions for {first:%B %Y}",
                first_day=first,
                last_day=nxt - timedelta(days=1),
                due=date(nxt.year, nxt.month, due_day),
                amount=amount,
            )
        )
    return out
