"""Overlapping and repeated imports add each payment exactly once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from dpwallet.domain.money import Money
from dpwallet.imports import (
    Fingerprint,
    ParsedStatement,
    StatementRow,
    fingerprint,
    new_rows,
    read_statement,
)

Load = Callable[[str], bytes]
DAY = dt.date(2026, 1, 15)


def statement(*rows: StatementRow) -> ParsedStatement:
    return ParsedStatement(rows=tuple(rows), format="csv")


def taxi(line: int, balance: int | None = None, day: dt.date = DAY) -> StatementRow:
    return StatementRow(
        line, day, Money(-800), "CITY TAXIS", balance=None if balance is None else Money(balance)
    )


def test_same_file_twice_adds_nothing(fixture_bytes: Load) -> None:
    for name in ("overlap_1.csv", "coop_bom_newest_first.csv", "sgml_102.ofx", "bank.qif"):
        parsed = read_statement(fixture_bytes(name), name)
        first = new_rows([], parsed)
        assert first == list(parsed.rows)
        stored = [fingerprint(r) for r in first]
        assert new_rows(stored, parsed) == []


def test_overlapping_files_add_only_new_days(fixture_bytes: Load) -> None:
    january = read_statement(fixture_bytes("overlap_1.csv"), "1.csv")
    february = read_statement(fixture_bytes("overlap_2.csv"), "2.csv")
    stored = [fingerprint(r) for r in new_rows([], january)]
    added = new_rows(stored, february)
    assert [(r.date, r.amount.pence) for r in added] == [
        (dt.date(2026, 2, 2), 100000),
        (dt.date(2026, 2, 5), -800),
    ]
    stored += [fingerprint(r) for r in added]
    assert new_rows(stored, january) == []
    assert new_rows(stored, february) == []


def test_two_identical_fares_on_one_day_are_both_kept() -> None:
    parsed = statement(taxi(1), taxi(2))
    assert len(new_rows([], parsed)) == 2


def test_counting_adds_the_difference() -> None:
    existing = [fingerprint(taxi(1))]
    added = new_rows(existing, statement(taxi(1), taxi(2), taxi(3)))
    assert [r.line for r in added] == [2, 3]


def test_balances_disambiguate() -> None:
    # The account has the second fare (balance 984); a fuller statement has both.
    existing = [fingerprint(taxi(9, balance=984))]
    added = new_rows(existing, statement(taxi(1, balance=992), taxi(2, balance=984)))
    assert [r.line for r in added] == [1]


def test_rows_without_balance_match_by_count() -> None:
    existing = [fingerprint(taxi(9))]
    added = new_rows(existing, statement(taxi(1, balance=992), taxi(2, balance=984)))
    assert [r.line for r in added] == [2]
    existing = [fingerprint(taxi(9, balance=992))]
    assert [r.line for r in new_rows(existing, statement(taxi(1), taxi(2)))] == [2]


def test_payee_compared_loosely() -> None:
    existing = [fingerprint(taxi(1))]
    loud = StatementRow(1, DAY, Money(-800), "  City  Taxis. ")
    assert new_rows(existing, statement(loud)) == []
    other = StatementRow(1, DAY, Money(-800), "Swim Centre")
    assert new_rows(existing, statement(other)) == [other]


def test_fingerprint_round_trip() -> None:
    row = StatementRow(3, DAY, Money(-800), "Café | Bar", balance=Money(-5))
    text = fingerprint(row)
    assert "|" not in Fingerprint.parse(text).payee
    assert str(Fingerprint.parse(text)) == text
    assert Fingerprint.parse(text).balance == -5


@pytest.mark.parametrize("bad", ["", "v2|2026-01-01|1|x|-", "v1|nope|1|x|-", "v1|2026-01-01|x"])
def test_damaged_fingerprint(bad: str) -> None:
    with pytest.raises(ValueError):
        Fingerprint.parse(bad)
