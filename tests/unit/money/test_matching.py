"""Expected payments matched to statement lines, once each; the rest are "not seen yet"."""

from __future__ import annotations

import datetime as dt

from dpwallet.domain.matching import ExpectedPayment, StatementLine, match
from dpwallet.domain.money import Money

D = dt.date


def test_council_payment_matched_a_day_late() -> None:
    expected = [
        ExpectedPayment(D(2026, 3, 2), Money(120000), "Testshire Council", "council_payment")
    ]
    lines = [
        StatementLine(1, D(2026, 3, 3), Money(120000), "TESTSHIRE COUNCIL DP 8812"),
        StatementLine(2, D(2026, 3, 3), Money(-120000), "Testshire Council"),
    ]
    result = match(expected, lines)
    assert [(m.line_id, m.days_apart) for m in result.matched] == [(1, 1)]
    assert result.not_seen_yet == () and result.unmatched_lines == (2,)
    assert result.status(expected[0]) == "Seen on your statement"


def test_two_identical_taxi_fares_are_not_over_matched() -> None:
    fare = ExpectedPayment(D(2026, 3, 5), Money(1250), "A2B Taxis", "agency", "invoice:7")
    lines = [
        StatementLine(10, D(2026, 3, 5), Money(-1250), "A2B TAXIS"),
        StatementLine(11, D(2026, 3, 5), Money(-1250), "A2B TAXIS"),
    ]
    one = match([fare], lines)
    assert len(one.matched) == 1 and len(one.unmatched_lines) == 1
    two = match([fare, fare], lines)
    assert sorted(m.line_id for m in two.matched) == [10, 11]


def test_unmatched_expected_is_not_seen_yet() -> None:
    wages = ExpectedPayment(D(2026, 3, 6), Money(-25000), "Sam Jones", "wages", "payrun:3:pa:1")
    hmrc = ExpectedPayment(D(2026, 3, 22), Money(8000), "HMRC", "hmrc", "payrun:3")
    lines = [StatementLine(5, D(2026, 3, 6), Money(-25000), "S JONES")]
    result = match([wages, hmrc], lines)
    assert [m.expected for m in result.matched] == [wages]
    assert result.not_seen_yet == (hmrc,)
    assert result.status(hmrc) == "Not seen yet"


def test_payee_likeness_and_date_break_ties() -> None:
    pension = ExpectedPayment(D(2026, 3, 19), Money(-4000), "NEST Pensions", "pension")
    lines = [
        StatementLine(1, D(2026, 3, 19), Money(-4000), "Corner shop"),
        StatementLine(2, D(2026, 3, 20), Money(-4000), "DD NEST PENSIONS"),
        StatementLine(3, D(2026, 3, 30), Money(-4000), "NEST PENSIONS"),  # too late
    ]
    assert [m.line_id for m in match([pension], lines).matched] == [2]
