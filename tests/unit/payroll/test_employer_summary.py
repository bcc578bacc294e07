"""Amounts due to HMRC (by the 22nd, monthly or quarterly) and to the pension scheme."""

from __future__ import annotations

from datetime import date

from dpwallet.domain.money import Money
from dpwallet.domain.payroll.employer_summary import (
    PaymentRecord,
    hmrc_amounts_due,
    last_working_day_on_or_before,
    pension_amounts_due,
    quarterly_allowed,
)
from dpwallet.domain.payroll.rates import TaxYearRates

from .conftest import m


def record(payday: date, tax: str = "10.00", ee: str = "5.00", er: str = "20.00") -> PaymentRecord:
    return PaymentRecord(payday, m(tax), m(ee), m(er), employment_allowance=m(er))


def test_monthly_groups_by_tax_month_and_due_on_22nd() -> None:
    due = hmrc_amounts_due(
        [record(date(2026, 4, 30)), record(date(2026, 5, 5)), record(date(2026, 5, 6))]
    )
    assert [(d.first_day, d.last_day, d.due) for d in due] == [
        (date(2026, 4, 6), date(2026, 5, 5), date(2026, 5, 22)),
        (date(2026, 5, 6), date(2026, 6, 5), date(2026, 6, 22)),
    ]
    # tax + employee NI + employer NI - Employment Allowance
    assert due[0].amount == m("30.00")
    assert due[0].employer_ni == m("40.00") and due[0].employment_allowance == m("40.00")
    assert due[0].label == "Tax month 1 (6 April to 5 May 2026)"


def test_due_date_moves_back_from_a_weekend() -> None:
    # Tax month 4 of 2026-27 ends 5 August; 22 August 2026 is a Saturday.
    (due,) = hmrc_amounts_due([record(date(2026, 7, 31))])
    assert due.due == date(2026, 8, 21)


def test_cheque_due_on_19th() -> None:
    (due,) = hmrc_amounts_due([record(date(2026, 4, 30))], electronic=False)
    assert due.due == date(2026, 5, 19)


def test_quarterly_periods() -> None:
    due = hmrc_amounts_due(
        [record(date(2025, 4, 11)), record(date(2025, 7, 4)), record(date(2025, 12, 19))],
        quarterly=True,
    )
    assert [(d.first_day, d.last_day, d.due) for d in due] == [
        (date(2025, 4, 6), date(2025, 7, 5), date(2025, 7, 22)),
        (date(2025, 10, 6), date(2026, 1, 5), date(2026, 1, 22)),
    ]
    assert due[0].amount == m("30.00")
    assert due[1].label == "Quarter 3 (6 October 2025 to 5 January 2026)"


def test_quarterly_allowed_under_1500_a_month(rates_2026: TaxYearRates) -> None:
    assert quarterly_allowed(rates_2026, m("1499.99"))
    assert not quarterly_allowed(rates_2026, m("1500.00"))


def test_bank_holidays_are_skipped() -> None:
    assert last_working_day_on_or_before(date(2025, 12, 26)) == date(2025, 12, 24)
    assert last_working_day_on_or_before(date(2026, 4, 6)) == date(2026, 4, 2)


def test_pension_due_22nd_of_next_month() -> None:
    records = [
        PaymentRecord(
            date(2026, 4, 30), Money(0), Money(0), Money(0), Money(0), m("9.85"), m("7.39")
        ),
        PaymentRecord(
            date(2026, 4, 10), Money(0), Money(0), Money(0), Money(0), m("1.00"), m("1.00")
        ),
    ]
    (due,) = pension_amounts_due(records)
    assert due.due == date(2026, 5, 22)
    assert due.amount == m("19.24")
    assert due.payee == "pension scheme"
