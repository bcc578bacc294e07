"""A hand-built quarter for the council return tests (sums worked out on paper).

Opening £2,150.00 (bank £2,000.00, card £150.00); money in £3,125.00 (council
£3,000.00, contribution £120.00, a £5.00 refund); money out £1,792.90; closing
£3,482.10 (bank £3,177.10, card £305.00). Weekly budget £300.00, so 11.6 weeks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from dpwallet.domain.council_profile import bundled_profiles
from dpwallet.domain.money import Money
from dpwallet.domain.reconciliation import (
    AccountPeriod,
    EmployerSummary,
    LedgerLine,
    OutcomeInfo,
    ReturnInputs,
)

BANK = "Direct payment account"
CARD = "Prepaid card"
OUT_AND_ABOUT = "Get out of the house twice a week"
FRESH = "Keep clean and fresh"


def m(text: str) -> Money:
    return Money.from_decimal(text)


def line(
    id: int,
    day: date,
    amount: str,
    payee: str,
    category: str,
    kind: str = "other",
    *,
    account: str = BANK,
    outcome: str | None = None,
    source: str = "import",
    receipts: tuple[str, ...] = (),
) -> LedgerLine:
    return LedgerLine(
        id, day, account, m(amount), payee, "", category, outcome, source, kind, receipts
    )


def sample_lines() -> tuple[LedgerLine, ...]:
    return (
        line(
            1,
            date(2026, 1, 5),
            "3000.00",
            "Brackenford Council",
            "Council payment",
            "council_payment",
        ),
        line(2, date(2026, 1, 6), "120.00", "Me", "Contribution", "contribution"),
        line(3, date(2026, 1, 10), "-200.00", "To card", "Transfer", "transfer"),
        line(4, date(2026, 1, 10), "200.00", "From bank", "Transfer", "transfer", account=CARD),
        line(
            5,
            date(2026, 1, 28),
            "-1450.00",
            "Anna Kowalska",
            "Personal assistant wages",
            "wages",
            outcome=FRESH,
            source="payroll",
        ),
        line(6, date(2026, 2, 19), "-210.40", "HMRC", "HMRC", "hmrc", source="payroll"),
        line(
            7,
            date(2026, 2, 3),
            "-32.50",
            "Leisure Centre",
            "Activities",
            outcome=OUT_AND_ABOUT,
            receipts=("R-0007",),
        ),
        line(8, date(2026, 2, 14), "-18.75", "Cabs Ltd", "Transport", outcome=OUT_AND_ABOUT),
        line(9, date(2026, 3, 2), "5.00", "Leisure Centre", "Activities"),
        line(
            10,
            date(2026, 3, 9),
            "-45.00",
            "Calm Hands Massage",
            "Therapies",
            account=CARD,
            source="manual",
        ),
        line(
            11,
            date(2026, 3, 15),
            "-36.25",
            "Pension provider",
            "Pension",
            "pension",
            source="payroll",
        ),
    )


def sample_inputs(**changes: Any) -> ReturnInputs:
    profile = bundled_profiles()["brackenford"]
    inputs = ReturnInputs(
        person_name="Siân Jones",
        council="Brackenford Borough Council",
        council_reference="DP123456",
        nominated_person="Gareth Jones",
        period_from=date(2026, 1, 1),
        period_to=date(2026, 3, 31),
        accounts=(
            AccountPeriod(BANK, "bank", m("2000.00"), m("3177.10"), date(2026, 3, 31)),
            AccountPeriod(CARD, "prepaid_card", m("150.00")),
        ),
        lines=sample_lines(),
        outcomes=(
            OutcomeInfo(OUT_AND_ABOUT, "Swimming on Tuesdays and a taxi to see friends."),
            OutcomeInfo(FRESH, "Anna helps every morning."),
            OutcomeInfo("Eat well", ""),
        ),
        employer=EmployerSummary(m("1450.00"), m("210.40"), m("36.25"), True, date(2026, 9, 1)),
        profile=profile,
        note="I saved a little for Anna's holiday cover in April.",
        declaration_name="Siân Jones",
        declaration_date=date(2026, 4, 2),
        contingency_weeks_rule=8,
        weekly_budget=m("300.00"),
        contributions_due=m("360.00"),
        contributions_paid=m("120.00"),
        communication_needs=("Large print",),
    )
    return dataclasses.replace(inputs, **changes)


@pytest.fixture()
def make_inputs() -> Callable[..., ReturnInputs]:
    return sample_inputs
