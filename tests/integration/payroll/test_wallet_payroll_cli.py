"""``dpwallet payroll run`` and ``dpwallet payslips`` as a person would run them.

The figures are checked three ways: against the hand sums in payroll_setup,
against ``calculate_payslip`` called directly with the same shifts, and week 2
against the core again with week 1's year to date carried in.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf

from dpwallet.domain.money import Money
from dpwallet.domain.payroll.pay_lines import PayRates, Shift, ShiftKind
from dpwallet.domain.payroll.payslip import (
    PaDetails,
    PayPeriod,
    PayRunInput,
    Payslip,
    PensionSetup,
    YearToDate,
    calculate_payslip,
)
from dpwallet.domain.payroll.periods import Frequency
from tests.integration.payroll.payroll_setup import (
    PA_NAME,
    WEEK1_END,
    WEEK2_END,
    Setup,
    run_cli,
)

D = Decimal
RATES = PayRates(
    basic=D("13.00"),
    weekend=D("15.00"),
    bank_holiday=D("20.00"),
    sleep_in_allowance=Money(5000),
)


def core_payslip(monday: dt.date, ytd: YearToDate) -> Payslip:
    """The same week worked out by the core directly, shifts split at midnight by hand."""

    def day(n: int) -> dt.date:
        return monday + dt.timedelta(days=n)

    shifts = (
        Shift(day(0), D("7.50")),
        Shift(day(1), D("7.50")),
        Shift(day(2), D("6.00")),
        Shift(day(4), D("2.00"), ShiftKind.NIGHT),
        Shift(day(5), D("6.00"), ShiftKind.NIGHT),
        Shift(day(5), D("6.00")),
        Shift(day(6), D("1.5"), ShiftKind.SLEEP_IN),
    )
    pa = PaDetails(
        name=PA_NAME,
        rates=RATES,
        date_of_birth=dt.date(1990, 5, 5),
        pension=PensionSetup(enrolled=True),
    )
    period = PayPeriod(Frequency.WEEKLY, monday, day(6), day(6))
    return calculate_payslip(PayRunInput(pa, period, shifts, year_to_date=ytd))


def assert_same(cli: dict[str, Any], core: Payslip) -> None:
    pension = core.pension
    assert pension is not None
    assert cli["assistant"] == PA_NAME
    assert cli["gross"] == core.gross.to_str()
    assert cli["tax"] == core.tax.to_str()
    assert cli["employee_ni"] == core.employee_ni.to_str()
    assert cli["employer_ni"] == core.employer_ni.to_str()
    assert cli["employee_pension"] == core.pension_deducted.to_str()
    assert cli["employer_pension"] == pension.employer.to_str()
    assert cli["net"] == core.net_pay.to_str()
    assert cli["notes"] == list(core.notes)


def test_pay_run_matches_the_core_and_hand_sums_and_carries_the_year(
    setup: Setup, tmp_path: Path
) -> None:
    setup.wallet.lock()
    week1 = json.loads(
        run_cli("payroll", "run", setup.path, "--period-end", str(WEEK1_END), "--json").stdout
    )
    assert week1["period_end"] == "2026-04-12" and len(week1["payslips"]) == 1
    first = week1["payslips"][0]
    assert first["gross"] == "604.00"  # the hand sum in payroll_setup
    core1 = core_payslip(dt.date(2026, 4, 6), YearToDate())
    assert_same(first, core1)
    # tax month 1 (6 April to 5 May) is due to HMRC by Friday 22 May 2026
    hmrc = core1.tax + core1.employee_ni + core1.employer_ni - core1.employment_allowance
    assert week1["hmrc_due"] == {"amount": hmrc.to_str(), "date": "2026-05-22"}
    assert core1.pension is not None
    assert week1["pension_due"]["amount"] == core1.pension.total_to_scheme.to_str()

    week2 = json.loads(
        run_cli("payroll", "run", setup.path, "--period-end", str(WEEK2_END), "--json").stdout
    )
    second = week2["payslips"][0]
    assert second["gross"] == "551.50"
    core2 = core_payslip(dt.date(2026, 4, 13), core1.year_to_date)
    assert_same(second, core2)
    assert core2.year_to_date.gross == Money(60400 + 55150)

    again = run_cli("payroll", "run", setup.path, "--period-end", str(WEEK2_END), ok=False)
    assert again.returncode == 2
    assert "already been confirmed for Zoë Nguyễn-Kowalczyk" in again.stderr
    assert again.stdout == "" and again.stderr.count("\n") == 1

    out = tmp_path / "slips"
    out.mkdir()
    args = ("payslips", setup.path, "--period-end", str(WEEK2_END), "--out", str(out), "--json")
    paths = json.loads(run_cli(*args).stdout)["payslips"]
    assert [Path(p).name for p in paths] == ["payslip 2026-04-19 Zoë Nguyễn-Kowalczyk.pdf"]
    text = "".join(page.extract_text() for page in pypdf.PdfReader(paths[0]).pages)
    assert f"£{core2.net_pay}" in text  # take-home pay
    assert "36.5" in text and "Hours" in text  # hours paid for
    assert "£1,155.50" in text  # pay so far this tax year
    assert PA_NAME in text and "AB 12 34 56 C" in text


def test_payslips_for_a_period_with_no_confirmed_run_is_a_kind_refusal(
    setup: Setup, tmp_path: Path
) -> None:
    setup.wallet.lock()
    args = ("payslips", setup.path, "--period-end", "2026-04-12", "--out", str(tmp_path))
    result = run_cli(*args, ok=False)
    assert result.returncode == 2
    assert "no confirmed pay for the period ending 2026-04-12 yet" in result.stderr
    bad = run_cli("payroll", "run", setup.path, "--period-end", "12/04/2026", ok=False)
    assert bad.returncode == 2 and "needs a date like" in bad.stderr
