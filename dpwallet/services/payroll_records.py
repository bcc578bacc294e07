"""Confirmed payslips as stored in the wallet, and the payments they lead us to expect.

Why this shape: the ``payslip`` table keeps the headline figures in columns
(for the financial check-up's sums) and everything else a payslip shows in
``details_json``: the itemised lines, hours, notes, year-to-date totals, and the
payments the run leads us to expect (net pay to the PA on payday, this payslip's
share of what HMRC and the pension scheme are owed, with their due dates). The
money screens match those expected payments to the bank statement later.

Amounts in the JSON are decimal strings ("123.45"), hours and rates too, so
nothing ever passes through a float.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from dpwallet.domain import categories
from dpwallet.domain.money import Money, total
from dpwallet.domain.payroll.employer_summary import (
    PaymentRecord,
    hmrc_amounts_due,
    pension_amounts_due,
)
from dpwallet.domain.payroll.payslip import Payslip, YearToDate
from dpwallet.export.payslip_pdf import PayslipLine, StoredPayslip
from dpwallet.models import PayRun, PersonalAssistant
from dpwallet.models import Payslip as PayslipRow
from dpwallet.services.wallet import Wallet

DETAILS_VERSION = 1
HMRC = "HMRC"
PENSION_SCHEME = "pension scheme"
_LOOK_BACK = dt.timedelta(days=100)  # HMRC's 22nd is at most ~7 weeks after a payday


@dataclass(frozen=True)
class ExpectedPayment:
    """Money we expect to leave the account because of a confirmed pay run."""

    kind: str  # "wages", "hmrc" or "pension"
    payee: str  # the PA's name, "HMRC" or "pension scheme"
    category: str  # the spending category the matched bank line should get
    amount: Money  # positive: the amount going out
    due: dt.date  # payday for wages; the latest day to pay for HMRC and pension
    assistant_id: int | None = None


# ------------------------------------------------------------------ to JSON
def _m(amount: Money) -> str:
    return amount.to_str()


def _d(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def ytd_to_json(ytd: YearToDate) -> dict[str, str]:
    return {
        "gross": _m(ytd.gross),
        "taxable_pay": _m(ytd.taxable_pay),
        "tax": _m(ytd.tax),
        "employee_ni": _m(ytd.employee_ni),
        "employer_ni": _m(ytd.employer_ni),
        "employment_allowance_used": _m(ytd.employment_allowance_used),
        "holiday_hours_accrued": format(ytd.holiday_hours_accrued, "f"),
    }


def payment_record(slip: Payslip) -> PaymentRecord:
    pension = slip.pension
    return PaymentRecord(
        payday=slip.period.payday,
        tax=slip.tax,
        employee_ni=slip.employee_ni,
        employer_ni=slip.employer_ni,
        employment_allowance=slip.employment_allowance,
        pension_employee=pension.employee_deducted if pension else Money(0),
        pension_employer=pension.employer if pension else Money(0),
    )


def expected_for(slip: Payslip, assistant_id: int) -> list[ExpectedPayment]:
    """Net pay on payday, and this payslip's share of HMRC's and the pension scheme's money."""
    record = payment_record(slip)
    out = [
        ExpectedPayment(
            "wages", slip.pa_name, categories.WAGES, slip.net_pay, slip.period.payday, assistant_id
        )
    ]
    hmrc = hmrc_amounts_due([record])[0]
    if hmrc.amount:
        out.append(ExpectedPayment("hmrc", HMRC, categories.HMRC, hmrc.amount, hmrc.due))
    pension = pension_amounts_due([record])[0]
    if pension.amount:
        out.append(
            ExpectedPayment(
                "pension", PENSION_SCHEME, categories.PENSION, pension.amount, pension.due
            )
        )
    return out


def _lines_json(slip: Payslip) -> list[dict[str, Any]]:
    return [
        {
            "label": line.label,
            "kind": line.kind.value,
            "amount": _m(line.amount),
            "hours": _d(line.hours),
            "rate": _d(line.rate),
        }
        for line in slip.lines
    ]


def _pension_json(slip: Payslip) -> dict[str, str] | None:
    pension = slip.pension
    if pension is None:
        return None
    return {
        "qualifying_earnings": _m(pension.qualifying_earnings),
        "employer": _m(pension.employer),
        "employee_gross": _m(pension.employee_gross),
        "employee_deducted": _m(pension.employee_deducted),
        "basis": pension.basis.value,
    }


def _expected_json(slip: Payslip, assistant_id: int) -> list[dict[str, str]]:
    return [
        {
            "kind": e.kind,
            "payee": e.payee,
            "category": e.category,
            "amount": _m(e.amount),
            "due": e.due.isoformat(),
        }
        for e in expected_for(slip, assistant_id)
    ]


def details_json(slip: Payslip, assistant_id: int) -> str:
    """Everything a payslip shows beyond the table's columns, for ``Payslip.details_json``."""
    data: dict[str, Any] = {
        "version": DETAILS_VERSION,
        "assistant": slip.pa_name,
        "frequency": slip.period.frequency.value,
        "period_start": slip.period.first_day.isoformat(),
        "period_end": slip.period.last_day.isoformat(),
        "payday": slip.period.payday.isoformat(),
        "tax_year": slip.tax_year,
        "paye_period": slip.paye_period,
        "lines": _lines_json(slip),
        "hours_paid": format(slip.hours_paid, "f"),
        "taxable_pay": _m(slip.taxable_pay),
        "tax_cumulative": slip.tax_cumulative,
        "employment_allowance": _m(slip.employment_allowance),
        "employer_ni_payable": _m(slip.employer_ni_payable),
        "pension_category": slip.pension_assessment.category.value,
        "pension": _pension_json(slip),
        "employer_cost": _m(slip.employer_cost),
        "holiday_hours_accrued": format(slip.holiday_hours_accrued, "f"),
        "notes": list(slip.notes),
        "year_to_date": ytd_to_json(slip.year_to_date),
        "expected_payments": _expected_json(slip, assistant_id),
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


# ------------------------------------------------------------------ from JSON
def _money(data: dict[str, Any], key: str) -> Money:
    value = data.get(key)
    return Money(0) if value in (None, "") else Money.from_decimal(str(value))


def _dec(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def ytd_from_json(data: dict[str, Any] | None) -> YearToDate:
    """Year-to-date totals from a stored payslip ({} or None: a fresh year)."""
    data = data or {}
    return YearToDate(
        gross=_money(data, "gross"),
        taxable_pay=_money(data, "taxable_pay"),
        tax=_money(data, "tax"),
        employee_ni=_money(data, "employee_ni"),
        employer_ni=_money(data, "employer_ni"),
        employment_allowance_used=_money(data, "employment_allowance_used"),
        holiday_hours_accrued=_dec(data.get("holiday_hours_accrued")) or Decimal(0),
    )


def load_details(text: str | None) -> dict[str, Any]:
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def _expected(data: dict[str, Any], assistant_id: int) -> tuple[ExpectedPayment, ...]:
    out = []
    for item in data.get("expected_payments", []):
        out.append(
            ExpectedPayment(
                kind=item["kind"],
                payee=item["payee"],
                category=item["category"],
                amount=_money(item, "amount"),
                due=dt.date.fromisoformat(item["due"]),
                assistant_id=assistant_id if item["kind"] == "wages" else None,
            )
        )
    return tuple(out)


def stored_payslip(row: PayslipRow, run: PayRun, pa: PersonalAssistant) -> StoredPayslip:
    data = load_details(row.details_json)
    lines = tuple(
        PayslipLine(
            line["label"],
            line["kind"],
            _money(line, "amount"),
            _dec(line.get("hours")),
            _dec(line.get("rate")),
        )
        for line in data.get("lines", [])
    )
    return StoredPayslip(
        payslip_id=row.id,
        pay_run_id=run.id,
        assistant_id=pa.id,
        assistant=pa.name,
        ni_number=pa.ni_number,
        tax_code=row.tax_code,
        ni_category=row.ni_category,
        frequency=run.frequency,
        period_start=run.period_start,
        period_end=run.period_end,
        payday=run.pay_date,
        tax_year=run.tax_year,
        paye_period=int(data.get("paye_period", run.period)),
        lines=lines,
        hours=row.hours,
        gross=row.gross_pay,
        taxable_pay=_money(data, "taxable_pay") if "taxable_pay" in data else row.gross_pay,
        tax=row.tax,
        employee_ni=row.employee_ni,
        employer_ni=row.employer_ni,
        employment_allowance=_money(data, "employment_allowance"),
        employee_pension=row.employee_pension,
        employer_pension=row.employer_pension,
        net=row.net_pay,
        notes=tuple(data.get("notes", [])),
        year_to_date=ytd_from_json(data.get("year_to_date")),
    )


# ------------------------------------------------------------------ reading
def confirmed_payslips(
    wallet: Wallet,
    *,
    period_end: dt.date | None = None,
    paid_from: dt.date | None = None,
    paid_to: dt.date | None = None,
) -> list[StoredPayslip]:
    """Confirmed payslips, by period end and/or payday range, in payday then name order."""
    query = (
        select(PayslipRow, PayRun, PersonalAssistant)
        .join(PayRun, PayRun.id == PayslipRow.pay_run_id)
        .join(PersonalAssistant, PersonalAssistant.id == PayslipRow.assistant_id)
        .where(PayRun.status == "confirmed")
    )
    if period_end is not None:
        query = query.where(PayRun.period_end == period_end)
    if paid_from is not None:
        query = query.where(PayRun.pay_date >= paid_from)
    if paid_to is not None:
        query = query.where(PayRun.pay_date <= paid_to)
    with wallet.read() as session:
        rows = session.execute(query).all()
        slips = [stored_payslip(slip, run, pa) for slip, run, pa in rows]
    return sorted(slips, key=lambda s: (s.payday, s.assistant.casefold(), s.payslip_id))


def combine(payments: Iterable[ExpectedPayment]) -> list[ExpectedPayment]:
    """One line per payee and due date for HMRC and pensions; wages stay one per PA."""
    grouped: dict[tuple[str, str, dt.date, int | None], list[ExpectedPayment]] = {}
    for p in payments:
        grouped.setdefault((p.kind, p.payee, p.due, p.assistant_id), []).append(p)
    out = [
        ExpectedPayment(kind, payee, items[0].category, total(i.amount for i in items), due, who)
        for (kind, payee, due, who), items in grouped.items()
    ]
    return sorted(out, key=lambda p: (p.due, p.kind != "wages", p.payee.casefold()))


def expected_payments(wallet: Wallet, start: dt.date, end: dt.date) -> list[ExpectedPayment]:
    """Payments due from ``start`` to ``end`` inclusive because of confirmed pay runs.

    Wages are due on payday; HMRC by the 22nd after the tax month (or the last
    working day before); pension contributions by the 22nd of the next month.
    """
    query = (
        select(PayslipRow.assistant_id, PayslipRow.details_json)
        .join(PayRun, PayRun.id == PayslipRow.pay_run_id)
        .where(
            PayRun.status == "confirmed",
            PayRun.pay_date >= start - _LOOK_BACK,
            PayRun.pay_date <= end,
        )
    )
    with wallet.read() as session:
        rows = session.execute(query).all()
    due = [
        p
        for assistant_id, text in rows
        for p in _expected(load_details(text), assistant_id)
        if start <= p.due <= end
    ]
    return combine(due)
