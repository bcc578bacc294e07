"""Spend by outcome; switching activity under one outcome is never flagged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from dpwallet.domain.money import Money
from dpwallet.domain.spending import OutcomePlan, SpendLine, spend_by_outcome

START, END = dt.date(2026, 3, 2), dt.date(2026, 3, 29)  # four weeks
OUTCOMES = [
    OutcomePlan(1, "Keep active", Money(2000)),
    OutcomePlan(2, "See friends", None),
    OutcomePlan(3, "Old outcome", None, archived=True),
]


def test_spend_is_added_up_per_outcome() -> None:
    lines = [
        SpendLine(dt.date(2026, 3, 3), Money(-520), 1, "Swimming"),
        SpendLine(dt.date(2026, 3, 10), Money(-520), 1, "Swimming"),
        SpendLine(dt.date(2026, 3, 4), Money(-1250), 2, "Transport"),
        SpendLine(dt.date(2026, 3, 5), Money(200), 2, "Transport"),  # a refund
        SpendLine(dt.date(2026, 3, 6), Money(-999), None, "Food"),
        SpendLine(dt.date(2026, 3, 7), Money(120000), None, "Council payment", "council_payment"),
        SpendLine(dt.date(2026, 3, 8), Money(-4000), None, "Transfer", "transfer"),
        SpendLine(dt.date(2026, 4, 1), Money(-5000), 1, "Swimming"),  # outside the period
    ]
    rows = spend_by_outcome(lines, OUTCOMES, START, END)
    assert [(r.outcome_id, r.spent) for r in rows] == [
        (1, Money(1040)),
        (2, Money(1050)),
        (None, Money(999)),
    ]
    assert rows[0].planned == Money(8000)
    assert rows[0].share_of_plan is not None and rows[0].share_of_plan == Decimal("0.13")


def test_switching_swimming_to_cycling_changes_nothing_but_the_breakdown() -> None:
    swim = [SpendLine(dt.date(2026, 3, d), Money(-520), 1, "Swimming") for d in (3, 10, 17)]
    cycle = [dataclasses.replace(line, category="Cycling") for line in swim]
    before = spend_by_outcome(swim, OUTCOMES, START, END)[0]
    after = spend_by_outcome(cycle, OUTCOMES, START, END)[0]
    assert before.spent == after.spent and before.planned == after.planned
    assert after.by_category == (("Cycling", Money(1560)),)
    # nothing in the result carries a flag or a note for the change of activity
    fields = {f.name for f in dataclasses.fields(after)}
    assert fields == {"outcome_id", "text", "spent", "planned", "by_category"}


def test_archived_outcome_only_shows_when_used() -> None:
    assert 3 not in [r.outcome_id for r in spend_by_outcome([], OUTCOMES, START, END)]
    used = [SpendLine(dt.date(2026, 3, 3), Money(-100), 3, "Old")]
    assert 3 in [r.outcome_id for r in spend_by_outcome(used, OUTCOMES, START, END)]
