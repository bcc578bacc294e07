"""Whole payslips, with every figure worked out by hand in the comments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dpwallet.domain.money import Money
from dpwallet.domain.payroll.check import check_payslip
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
from dpwallet.domain.payroll.pension import ReliefBasis
from dpwallet.domain.payroll.periods import Frequency
from dpwallet.domain.payroll.ssp import SicknessAbsence

from .conftest import m

D = Decimal
SAM_RATES = PayRates(
    basic=D("13.00"),
    weekend=D("15.00"),
    bank_holiday=D("19.50"),
    night=D("14.00"),
    sleep_in_allowance=m("60.00"),
)


def christmas_week() -> PayRunInput:
    """Sam, 35, weekly, paid Fri 2 Jan 2026 (tax week 39), pension enrolled (NEST-like)."""
    sam = PaDetails("Sam", SAM_RATES, date(1990, 5, 1), pension=PensionSetup(enrolled=True))
    shifts = (
        Shift(date(2025, 12, 22), D(8)),  # Monday: 8 x 13.00 = 104.00
        Shift(date(2025, 12, 23), D(2), ShiftKind.SLEEP_IN),  # 2 awake x 13 + 60 allowance
        Shift(date(2025, 12, 24), D(9), ShiftKind.NIGHT),  # 9 x 14.00 = 126.00
        Shift(date(2025, 12, 25), D(6)),  # Christmas Day: 6 x 19.50 = 117.00
        Shift(date(2025, 12, 27), D(5)),  # Saturday: 5 x 15.00 = 75.00
    )
    # Weeks 1-38 at 508.00: taxable 19304.00; tax to date (10111 x 20%) 2022.20.
    ytd = YearToDate(gross=m("19304.00"), taxable_pay=m("19304.00"), tax=m("2022.20"))
    period = PayPeriod(Frequency.WEEKLY, date(2025, 12, 22), date(2025, 12, 28), date(2026, 1, 2))
    return PayRunInput(sam, period, shifts, year_to_date=ytd)


def test_christmas_week_payslip() -> None:
    slip = calculate_payslip(christmas_week())
    assert [(line.label, line.amount) for line in slip.lines] == [
        ("Bank holiday hours", m("117.00")),
        ("Basic hours", m("104.00")),
        ("Hours awake on sleep-ins", m("26.00")),
        ("Night hours", m("126.00")),
        ("Weekend hours", m("75.00")),
        ("Sleep-in allowance (1)", m("60.00")),
    ]
    assert slip.tax_year == "2025-26" and slip.paye_period == 39
    assert slip.hours_paid == D(30)
    assert slip.gross == m("508.00")
    # Week 39: 19812 - 39 x 241.92 = 10377.12 -> 10377 x 20% = 2075.40; less 2022.20.
    assert slip.tax == m("53.20")
    assert slip.employee_ni == m("21.28")  # (508 - 242) x 8%
    assert slip.employer_ni == m("61.80")  # (508 - 96) x 15%
    assert slip.employment_allowance == m("61.80")
    assert slip.employer_ni_payable == m("0.00")
    assert slip.pension is not None
    assert slip.pension.qualifying_earnings == m("388.00")  # 508 - 120
    assert slip.pension.employer == m("11.64")  # 3%
    assert slip.pension_deducted == m("15.52")  # 4% from net pay (relief at source)
    assert slip.net_pay == m("418.00")  # 508 - 53.20 - 21.28 - 15.52
    assert slip.employer_cost == m("519.64")  # 508 + 0 + 11.64
    assert slip.notes == ()
    assert slip.year_to_date.tax == m("2075.40")
    assert slip.year_to_date.taxable_pay == m("19812.00")
    assert slip.year_to_date.employment_allowance_used == m("61.80")


def test_payslip_checks_against_itself() -> None:
    slip = calculate_payslip(christmas_week())
    result = check_payslip(slip, {"gross": "508.00", "tax": "53.20", "net_pay": "418.00"})
    assert result.all_agree


def test_net_pay_pension_lowers_taxable_pay() -> None:
    run = christmas_week()
    pa = PaDetails(
        "Sam",
        SAM_RATES,
        date(1990, 5, 1),
        pension=PensionSetup(enrolled=True, basis=ReliefBasis.NET_PAY),
    )
    slip = calculate_payslip(PayRunInput(pa, run.period, run.shifts, year_to_date=run.year_to_date))
    # Employee 5% of 388 = 19.40 before tax: taxable 488.60, so 19792.60 to date:
    # 19792.60 - 9434.88 = 10357.72 -> 10357 x 20% = 2071.40; this week 49.20.
    assert slip.taxable_pay == m("488.60")
    assert slip.tax == m("49.20")
    assert slip.employee_ni == m("21.28")  # NI is on the full 508.00
    assert slip.net_pay == m("418.12")  # 508 - 49.20 - 21.28 - 19.40


def test_rolled_up_holiday_young_pa_below_minimum_wage() -> None:
    """Alex, 20 on 1 April 2026, irregular hours, £10.50 an hour, monthly, tax month 1."""
    alex = PaDetails(
        "Alex",
        PayRates(basic=D("10.50")),
        date(2005, 4, 15),
        irregular_hours=True,
        holiday_method=HolidayMethod.ROLLED_UP,
    )
    days = (7, 8, 9, 14, 15, 16, 21, 22, 23, 28)  # Tuesdays to Thursdays, no bank holidays
    shifts = tuple(Shift(date(2026, 4, d), D(4)) for d in days)
    period = PayPeriod(Frequency.MONTHLY, date(2026, 4, 1), date(2026, 4, 30), date(2026, 4, 30))
    slip = calculate_payslip(PayRunInput(alex, period, shifts))
    assert [(line.label, line.amount) for line in slip.lines] == [
        ("Basic hours", m("420.00")),  # 40 x 10.50
        ("Rolled-up holiday pay (12.07%)", m("50.69")),  # 420 x 12.07% = 50.694
    ]
    assert slip.gross == m("470.69")
    assert slip.tax == m("0.00")  # under 1048.26 free pay
    assert slip.employee_ni == m("0.00")
    assert slip.employer_ni == m("8.05")  # (470.69 - 417) x 15% = 8.0535
    assert slip.net_pay == m("470.69")
    assert slip.holiday_hours_accrued == D(0)
    assert slip.pension is None and not slip.pension_assessment.must_enrol
    (note,) = slip.notes
    assert "aged 18 to 20 is £10.85" in note and "£0.35 below" in note


def test_irregular_hours_accrue_holiday_when_paid_as_taken() -> None:
    pa = PaDetails("Jo", PayRates(basic=D("13.00")), date(1980, 1, 1), irregular_hours=True)
    period = PayPeriod(Frequency.WEEKLY, date(2026, 4, 13), date(2026, 4, 19), date(2026, 4, 17))
    ytd = YearToDate(holiday_hours_accrued=D("3.00"))
    run = PayRunInput(pa, period, (Shift(date(2026, 4, 14), D(10)),), year_to_date=ytd)
    slip = calculate_payslip(run)
    assert slip.holiday_hours_accrued == D("1.21")
    assert slip.year_to_date.holiday_hours_accrued == D("4.21")


def test_sick_pay_and_bank_holiday_in_first_week_of_2026_27() -> None:
    """Week 6-12 April 2026: Easter Monday worked, off sick Tue-Wed (new SSP rules)."""
    pa = PaDetails("Sam", SAM_RATES, date(1990, 5, 1))
    sick = SicknessAbsence(date(2026, 4, 7), date(2026, 4, 8), frozenset(range(5)), m("300.00"))
    period = PayPeriod(Frequency.WEEKLY, date(2026, 4, 6), date(2026, 4, 12), date(2026, 4, 10))
    run = PayRunInput(pa, period, (Shift(date(2026, 4, 6), D(8)),), sickness=(sick,))
    slip = calculate_payslip(run)
    assert [(line.label, line.amount) for line in slip.lines] == [
        ("Bank holiday hours", m("156.00")),  # 8 x 19.50
        ("Statutory Sick Pay (2 days)", m("49.30")),  # 2 x 123.25 / 5
    ]
    assert slip.ssp == m("49.30")
    assert slip.gross == m("205.30")
    assert slip.tax == m("0.00")
    assert slip.employer_ni == m("16.39")  # 109.30 x 15% = 16.395, half a penny dropped
    assert slip.net_pay == m("205.30")
    # 2025-26 rules would have given nothing (2 days is not a PIW):
    old = SicknessAbsence(date(2026, 3, 3), date(2026, 3, 4), frozenset(range(5)), m("300.00"))
    period_old = PayPeriod(Frequency.WEEKLY, date(2026, 3, 2), date(2026, 3, 8), date(2026, 3, 6))
    old_slip = calculate_payslip(PayRunInput(pa, period_old, (), sickness=(old,)))
    assert old_slip.ssp == Money(0)
    assert any("4 or more days" in note for note in old_slip.notes)


def test_unenrolled_eligible_pa_gets_a_pension_heads_up() -> None:
    pa = PaDetails("Kim", PayRates(basic=D("13.00")), date(1990, 1, 1))
    period = PayPeriod(Frequency.WEEKLY, date(2026, 4, 13), date(2026, 4, 19), date(2026, 4, 17))
    slip = calculate_payslip(PayRunInput(pa, period, (Shift(date(2026, 4, 14), D(20)),)))
    assert slip.pension_assessment.must_enrol
    assert any("workplace pension" in note for note in slip.notes)
