"""Statutory Sick Pay either side of 6 April 2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dpwallet.domain.errors import UsageError
from dpwallet.domain.payroll.ssp import SicknessAbsence, statutory_sick_pay

from .conftest import m

MON_FRI = frozenset(range(5))
EVERY_DAY = frozenset(range(7))


def absence(first: date, last: date, awe: str = "300.00", **kw: object) -> SicknessAbsence:
    return SicknessAbsence(first, last, kw.pop("qds", MON_FRI), m(awe), **kw)  # type: ignore[arg-type]


def test_old_rules_three_waiting_days() -> None:
    # Mon 2 to Fri 6 March 2026: 3 waiting days, 2 days at 118.75 / 5.
    result = statutory_sick_pay(absence(date(2026, 3, 2), date(2026, 3, 6)))
    assert result.rules_from == "2025-26"
    assert result.waiting_days == (date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4))
    assert result.amount == m("47.50")


def test_old_rules_weekly_totals_round_up_like_hmrc_tables() -> None:
    # 7 qualifying days: waiting 1-3 March; 4 days in the week of 1 March (67.86 in
    # HMRC's table) and 3 days in the week of 8 March (50.90).
    result = statutory_sick_pay(absence(date(2026, 3, 1), date(2026, 3, 10), qds=EVERY_DAY))
    assert [w.amount for w in result.weeks] == [m("67.86"), m("50.90")]
    assert result.amount == m("118.76")


def test_old_rules_pay_period_slice() -> None:
    result = statutory_sick_pay(
        absence(date(2026, 3, 1), date(2026, 3, 10), qds=EVERY_DAY), pay_to=date(2026, 3, 7)
    )
    assert result.amount == m("67.86")


def test_old_rules_need_four_days() -> None:
    result = statutory_sick_pay(absence(date(2026, 3, 2), date(2026, 3, 4)))
    assert not result.due
    assert result.amount == m("0.00")
    assert "4 or more days" in result.message


def test_old_rules_need_earnings_at_lel() -> None:
    result = statutory_sick_pay(absence(date(2026, 3, 2), date(2026, 3, 9), awe="124.99"))
    assert not result.due
    assert "SSP1" in result.message


def test_old_rules_linked_absence_has_no_waiting_days() -> None:
    result = statutory_sick_pay(absence(date(2026, 3, 2), date(2026, 3, 6), linked_to_earlier=True))
    assert result.amount == m("118.75")


def test_new_rules_pay_from_day_one() -> None:
    result = statutory_sick_pay(absence(date(2026, 4, 7), date(2026, 4, 7)))
    assert result.rules_from == "2026-27"
    assert result.waiting_days == ()
    assert result.amount == m("24.65")  # 123.25 / 5


def test_new_rules_eighty_percent_of_low_earnings() -> None:
    # AWE 100: lower of 123.25 and 80.00; 3 days x 80 / 5 = 48.00.
    result = statutory_sick_pay(absence(date(2026, 4, 7), date(2026, 4, 9), awe="100.00"))
    assert result.weekly_rate == Decimal("80.00")
    assert result.amount == m("48.00")


def test_new_rules_no_lower_earnings_limit() -> None:
    result = statutory_sick_pay(absence(date(2026, 4, 7), date(2026, 4, 7), awe="50.00"))
    assert result.due
    assert result.amount == m("8.00")  # 40 / 5


def test_absence_starting_before_april_2026_keeps_old_rules() -> None:
    # Thu 2 April to Fri 10 April 2026: waiting 2, 3, 6 April; paid 7-10 April at the
    # new flat rate, 4 x 123.25 / 5 = 98.60.
    result = statutory_sick_pay(absence(date(2026, 4, 2), date(2026, 4, 10)))
    assert result.rules_from == "2025-26"
    assert result.waiting_days == (date(2026, 4, 2), date(2026, 4, 3), date(2026, 4, 6))
    assert result.amount == m("98.60")


def test_28_week_limit() -> None:
    result = statutory_sick_pay(
        absence(
            date(2026, 4, 7),
            date(2026, 4, 10),
            linked_to_earlier=True,
            qualifying_days_paid_earlier=28 * 5 - 1,
        )
    )
    assert result.paid_days == (date(2026, 4, 7),)


def test_working_days_must_be_agreed() -> None:
    with pytest.raises(UsageError, match="working days"):
        statutory_sick_pay(absence(date(2026, 4, 7), date(2026, 4, 7), qds=frozenset()))
