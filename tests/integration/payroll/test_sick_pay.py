"""Days off sick on the timesheet become Statutory Sick Pay on the payslip.

Weeks 1 and 2 (see payroll_setup) are paid first, so the PA has 8 weeks' pay
history: gross £604.00 + £551.50 over 14 days, an average of £577.75 a week. In
week 3 (20 to 26 April 2026, tax year 2026-27) the PA is off sick Monday to
Wednesday. Under the rules from 6 April 2026 SSP is paid from the first day, at
the lower of £123.25 or 80% of average weekly earnings (£462.20): £123.25. The
PA's working days, from their shifts in the 8 weeks before, are Monday,
Tuesday, Wednesday, Friday, Saturday and Sunday (6), so 3 days are
3 x 123.25 / 6 = £61.625, rounded up to £61.63. The rest of week 3 is worked as
week 2: £278.50.
"""

from __future__ import annotations

import datetime as dt
import json

from dpwallet.domain.money import Money
from dpwallet.domain.payroll.ssp import SicknessAbsence, statutory_sick_pay
from dpwallet.domain.timesheets import ShiftEntry, ShiftType
from dpwallet.services import payroll_service
from dpwallet.services import people_service as people
from tests.integration.payroll.payroll_setup import WEEK1_END, WEEK2_END, Setup, run_cli

D = dt.datetime
WEEK3_MONDAY = dt.date(2026, 4, 20)
WEEK3_END = dt.date(2026, 4, 26)
WORKED_WEEK3 = Money(27850)


def off_sick_mon_to_wed(setup: Setup) -> None:
    """Pay weeks 1 and 2, copy week 2 into week 3, then swap Mon-Wed for sick days."""
    payroll_service.confirm_pay_run(setup.wallet, WEEK1_END)
    payroll_service.confirm_pay_run(setup.wallet, WEEK2_END)
    people.copy_last_week(setup.wallet, setup.pa_id, WEEK3_MONDAY)
    for row in people.week_shifts(setup.wallet, setup.pa_id, WEEK3_MONDAY):
        if row.entry.day.weekday() < 3:
            people.delete_shift(setup.wallet, row.id)
    for offset in range(3):
        day = WEEK3_MONDAY + dt.timedelta(days=offset)
        people.add_shift(
            setup.wallet,
            setup.pa_id,
            ShiftEntry(D(day.year, day.month, day.day, 9), D(day.year, day.month, day.day, 17),
                       kind=ShiftType.SICK),
        )  # fmt: skip


def expected_ssp() -> Money:
    absence = SicknessAbsence(
        WEEK3_MONDAY,
        WEEK3_MONDAY + dt.timedelta(days=2),
        frozenset({0, 1, 2, 4, 5, 6}),
        Money(57775),
    )
    result = statutory_sick_pay(absence, pay_from=WEEK3_MONDAY, pay_to=WEEK3_END)
    assert result.rules_from == "2026-27" and len(result.paid_days) == 3
    return result.amount


def test_sick_days_are_paid_ssp_on_the_payslip(setup: Setup) -> None:
    off_sick_mon_to_wed(setup)
    sick_rows = [
        r
        for r in people.week_shifts(setup.wallet, setup.pa_id, WEEK3_MONDAY)
        if r.entry.kind is ShiftType.SICK
    ]
    assert len(sick_rows) == 3 and all(r.hours == 0 for r in sick_rows)
    result = payroll_service.confirm_pay_run(setup.wallet, WEEK3_END)
    slip = result.payslips[0].payslip
    ssp = expected_ssp()
    assert ssp == Money(6163)  # the hand sum above
    assert slip.ssp == ssp
    assert slip.gross == WORKED_WEEK3 + ssp
    assert any(line.label == "Statutory Sick Pay (3 days)" for line in slip.lines)
    assert any("Monday, Tuesday, Wednesday, Friday, Saturday, Sunday" in n for n in slip.notes)
    paid = people.week_shifts(setup.wallet, setup.pa_id, WEEK3_MONDAY)
    assert all(r.paid for r in paid)  # sick days are marked paid with the run


def test_cli_pay_run_shows_sick_pay_in_gross_and_notes(setup: Setup) -> None:
    off_sick_mon_to_wed(setup)
    out = json.loads(
        run_cli("payroll", "run", setup.path, "--period-end", str(WEEK3_END), "--json").stdout
    )
    slip = out["payslips"][0]
    assert slip["gross"] == (WORKED_WEEK3 + expected_ssp()).to_str() == "340.13"
    assert any("Statutory Sick Pay" in note and "working days" in note for note in slip["notes"])


def test_a_new_pa_off_sick_gets_monday_to_friday_and_an_estimate_said_kindly(
    setup: Setup,
) -> None:
    """No pay history and no shifts before: Mon-Fri, earnings from this period's pay."""
    pa_id = people.add_assistant(
        setup.wallet,
        people.AssistantDetails(
            name="Sam Okafor", start_date=dt.date(2026, 4, 6), date_of_birth=dt.date(1985, 2, 2)
        ),
    )
    people.set_pay_rate(setup.wallet, pa_id, people.RateDetails(dt.date(2026, 4, 6), Money(1300)))
    people.add_shift(
        setup.wallet, pa_id, ShiftEntry(D(2026, 4, 7, 9), D(2026, 4, 7, 17), kind=ShiftType.SICK)
    )
    people.add_shift(setup.wallet, pa_id, ShiftEntry(D(2026, 4, 8, 9), D(2026, 4, 8, 17)))
    result = payroll_service.preview_pay_run(setup.wallet, WEEK1_END)
    slip = next(p.payslip for p in result.payslips if p.payslip.pa_name == "Sam Okafor")
    # 8 h x £13 = £104 a week; 80% is £83.20 (under £123.25); one day of five: £16.64.
    assert slip.ssp == Money(1664)
    assert slip.gross == Money(10400 + 1664)
    assert any("Monday, Tuesday, Wednesday, Thursday, Friday as" in n for n in slip.notes)
    assert any("no payslips from the 8 weeks" in n for n in slip.notes)
