"""Weeks in hand (exact pence), the contingency heads-up, contributions and payment days."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dpwallet.domain import budget
from dpwallet.domain.money import Money


def test_weeks_in_hand_is_exact_from_pence() -> None:
    assert budget.weeks_in_hand(Money(100000), Money(25000), "weekly") == Decimal("4.0")
    # £1,000.00 against £1,000.00 every four weeks: exactly 4 weeks
    assert budget.weeks_in_hand(Money(100000), Money(100000), "four-weekly") == Decimal("4.0")
    # one penny short of 4 weeks rounds down, never up
    assert budget.weeks_in_hand(Money(99999), Money(25000), "weekly") == Decimal("3.9")
    # monthly is 52/12 weeks: £433.33 a month is £100.00 a week less a fraction
    assert budget.weeks_in_hand(Money(100000), Money(43333), "monthly") == Decimal("10.0")
    assert budget.weeks_in_hand(Money(-500), Money(25000), "weekly") == Decimal("0.0")
    assert budget.weeks_in_hand(Money(500), Money(0), "weekly") is None


def test_weekly_amount_rounds_once() -> None:
    assert budget.weekly_amount(Money(100001), "four-weekly") == Money(25000)
    assert budget.weekly_amount(Money(130000), "monthly") == Money(30000)


def test_within_the_cap_there_is_no_note() -> None:
    check = budget.contingency(Money(200000), Money(100000), "four-weekly", 8)
    assert check.weeks == Decimal("8.0") and not check.over_cap and check.note() is None


def test_over_the_cap_note_is_a_friendly_heads_up() -> None:
    check = budget.contingency(Money(275000), Money(100000), "four-weekly", 8)
    assert check.weeks == Decimal("11.0")
    assert check.above_cap_by == Money(75000)
    note = check.note()
    assert note is not None
    assert note.startswith(
        "You have 11 weeks of money in hand. Your council usually talks about balances "
        "over 8 weeks."
    )
    assert "friendly chat" in note and "£750.00" in note and "financial check-up" in note
    for unkind in ("unauthorised", "misuse", "must", "clawback", "claw back"):
        assert unkind not in note.lower()


def test_fractional_weeks_are_shown_plainly() -> None:
    check = budget.contingency(Money(287500), Money(25000), "weekly", 8)
    assert "11.5 weeks" in (check.note() or "")


def test_contributions_due_and_paid() -> None:
    due = budget.contributions_due(
        Money(14000), "four-weekly", dt.date(2026, 3, 2), dt.date(2026, 3, 29)
    )
    assert due == Money(14000)
    # 13 days: one whole week due
    assert budget.contributions_due(
        Money(14000), "four-weekly", dt.date(2026, 3, 2), dt.date(2026, 3, 14)
    ) == Money(3500)
    status = budget.Contributions(due=Money(14000), paid=Money(10500))
    assert status.behind == Money(3500)
    assert status.note() == (
        "Your contributions are £35.00 behind. Paying it in keeps enough money in the "
        "account for your support."
    )
    assert budget.Contributions(Money(100), Money(200)).note() is None


def test_payment_dates_four_weekly_and_backwards() -> None:
    days = list(
        budget.payment_dates(
            "four-weekly", dt.date(2026, 3, 2), dt.date(2026, 1, 1), dt.date(2026, 4, 30)
        )
    )
    assert days == [
        dt.date(2026, 1, 5),
        dt.date(2026, 2, 2),
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 30),
        dt.date(2026, 4, 27),
    ]


def test_monthly_payment_on_the_31st_uses_the_last_day_of_short_months() -> None:
    days = list(
        budget.payment_dates(
            "monthly", dt.date(2026, 1, 31), dt.date(2026, 1, 1), dt.date(2026, 4, 30)
        )
    )
    assert days == [
        dt.date(2026, 1, 31),
        dt.date(2026, 2, 28),
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 30),
    ]


def test_current_period() -> None:
    start, end = budget.current_period("weekly", dt.date(2026, 3, 9), dt.date(2026, 3, 4))
    assert (start, end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 8))
    start, end = budget.current_period("four-weekly", dt.date(2026, 3, 2), dt.date(2026, 3, 2))
    assert (start, end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 29))
