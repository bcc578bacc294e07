"""The people and payroll services a screen calls, with a real (encrypted) wallet."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from dpwallet.domain.employer_checklist import Status
from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.domain.timesheets import ShiftEntry
from dpwallet.export.payslip_pdf import missing_glyphs, payslip_pdf_bytes
from dpwallet.models import Shift
from dpwallet.services import people_service as people
from dpwallet.services.payroll_checklist import employer_checklist_for
from dpwallet.services.payroll_records import confirmed_payslips
from dpwallet.services.payroll_service import (
    ExpectedPayment,
    confirm_pay_run,
    expected_payments,
    preview_pay_run,
)
from tests.integration.payroll.payroll_setup import PA_NAME, WEEK1_END, WEEK2_END, Setup

D = dt.datetime


def test_impossible_and_overlapping_shifts_are_refused_in_kind_words(setup: Setup) -> None:
    wallet, pa = setup.wallet, setup.pa_id
    with pytest.raises(UsageError, match="already has a shift from 09:00 to 17:00") as clash:
        people.add_shift(wallet, pa, ShiftEntry(D(2026, 4, 7, 16), D(2026, 4, 7, 18)))
    assert "Please change the times" in str(clash.value)
    with pytest.raises(UsageError, match="ends before it starts"):
        people.add_shift(wallet, pa, ShiftEntry(D(2026, 4, 9, 17), D(2026, 4, 9, 9)))
    with pytest.raises(UsageError, match="longer than 16 hours"):
        people.add_shift(wallet, pa, ShiftEntry(D(2026, 4, 9, 5), D(2026, 4, 9, 23)))
    with pytest.raises(UsageError, match="as long as the shift"):
        people.add_shift(wallet, pa, ShiftEntry(D(2026, 4, 9, 9), D(2026, 4, 9, 10), 60))
    with pytest.raises(UsageError, match="did not work for you on that date"):
        people.add_shift(wallet, pa, ShiftEntry(D(2025, 12, 1, 9), D(2025, 12, 1, 10)))
    # copying again adds nothing: every shift would overlap its own copy
    assert people.copy_last_week(wallet, pa, dt.date(2026, 4, 13)) == []
    assert len(people.week_shifts(wallet, pa, dt.date(2026, 4, 15))) == 6


def test_ni_numbers_and_tax_codes_are_checked_and_tidied(setup: Setup) -> None:
    assert people.get_assistant(setup.wallet, setup.pa_id).ni_number == "AB123456C"
    for bad in ("AB123456", "QQ123456C", "BG123456A", "AB12345E"):
        with pytest.raises(UsageError, match="does not look like a National Insurance number"):
            people.normalise_ni_number(bad)
    details = people.AssistantDetails(name="  Ola  ", start_date=dt.date(2026, 1, 1))
    with pytest.raises(UsageError, match="does not look like a tax code"):
        people.add_assistant(setup.wallet, replace(details, tax_code="12X"))
    new = people.add_assistant(setup.wallet, details)
    assert people.get_assistant(setup.wallet, new).name == "Ola"


def test_confirmed_run_links_shifts_records_expected_payments_and_locks_paid_shifts(
    setup: Setup,
) -> None:
    wallet = setup.wallet
    preview = preview_pay_run(wallet, WEEK1_END)
    assert not preview.confirmed and confirmed_payslips(wallet) == []
    result = confirm_pay_run(wallet, WEEK1_END, payday=dt.date(2026, 4, 17))
    assert (
        result.confirmed and result.payslips[0].payslip.gross == preview.payslips[0].payslip.gross
    )
    with wallet.read() as session:
        linked = session.scalars(select(Shift).where(Shift.pay_run_id.is_not(None))).all()
        assert len(linked) == 6 and {s.pay_run_id for s in linked} == set(result.pay_run_ids)
        paid_id = linked[0].id
    with pytest.raises(UsageError, match="already been paid"):
        people.delete_shift(wallet, paid_id)
    slip = result.payslips[0].payslip
    expected = expected_payments(wallet, dt.date(2026, 4, 1), dt.date(2026, 5, 31))
    assert [(e.kind, e.due) for e in expected] == [
        ("wages", dt.date(2026, 4, 17)),
        ("hmrc", dt.date(2026, 5, 22)),
        ("pension", dt.date(2026, 5, 22)),
    ]
    assert expected[0] == ExpectedPayment(
        "wages",
        PA_NAME,
        "Personal assistant wages",
        slip.net_pay,
        dt.date(2026, 4, 17),
        setup.pa_id,
    )
    assert expected_payments(wallet, dt.date(2026, 4, 18), dt.date(2026, 5, 21)) == []


def test_periods_follow_on_and_unapproved_shifts_wait(setup: Setup) -> None:
    wallet = setup.wallet
    confirm_pay_run(wallet, WEEK1_END)
    with pytest.raises(UsageError, match="next pay period ends on Sunday 19 April 2026"):
        confirm_pay_run(wallet, dt.date(2026, 4, 16))
    monday = people.week_shifts(wallet, setup.pa_id, dt.date(2026, 4, 13))[0]
    people.update_shift(wallet, monday.id, monday.entry, approved=False)
    result = confirm_pay_run(wallet, WEEK2_END)
    assert result.payslips[0].payslip.gross == Money(55150 - 9750)
    assert any("is not approved yet" in text for text in result.left_out)


def test_employment_allowance_is_shared_across_pas(setup: Setup) -> None:
    wallet = setup.wallet
    other = people.add_assistant(
        wallet,
        people.AssistantDetails(
            name="Łukasz Żółć", start_date=dt.date(2026, 1, 5), date_of_birth=dt.date(1985, 2, 1)
        ),
    )
    people.set_pay_rate(wallet, other, people.RateDetails(dt.date(2026, 1, 1), Money(1400)))
    people.add_shift(wallet, other, ShiftEntry(D(2026, 4, 7, 8), D(2026, 4, 7, 20), 30))
    slips = [s.payslip for s in confirm_pay_run(wallet, WEEK1_END).payslips]
    assert {s.pa_name for s in slips} == {PA_NAME, "Łukasz Żółć"}
    used = sum((s.employment_allowance.pence for s in slips), 0)
    assert slips[-1].year_to_date.employment_allowance_used == Money(used)
    assert all(s.employer_ni_payable == Money(0) for s in slips)


def test_checklist_flags_insurance_renewal_and_p60_kindly(setup: Setup) -> None:
    wallet = setup.wallet
    people.add_shift(wallet, setup.pa_id, ShiftEntry(D(2026, 3, 24, 9), D(2026, 3, 24, 13)))
    confirm_pay_run(wallet, dt.date(2026, 3, 29))  # tax year 2025-26: a P60 is due
    items = employer_checklist_for(wallet, today=dt.date(2026, 4, 20))
    by_key = {i.key: i for i in items}
    insurance, p60 = by_key["insurance"], by_key["p60"]
    assert insurance.status is Status.DUE_SOON and insurance.due == dt.date(2026, 5, 10)
    assert "Sunday 10 May 2026" in insurance.text and "help you renew" in insurance.text
    assert p60.who == PA_NAME and p60.due == dt.date(2026, 5, 31)
    assert "P60" in p60.text and "Sunday 31 May 2026" in p60.text
    assert not any(w in (insurance.text + p60.text).lower() for w in ("must", "fail", "penalt"))


def test_payslip_pdf_has_every_glyph_for_latin_names(setup: Setup) -> None:
    confirm_pay_run(setup.wallet, WEEK1_END)
    [slip] = confirmed_payslips(setup.wallet, period_end=WEEK1_END)
    employer = "Siân Ó Briain-Łukasiewicz, Şükrü Ğ, Dvořák, Þórunn"
    assert missing_glyphs(slip, employer) == set()
    assert payslip_pdf_bytes(slip, employer).startswith(b"%PDF")
    assert slip.hours == Decimal("36.50") and slip.year_to_date.gross == slip.gross
