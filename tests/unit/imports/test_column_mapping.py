"""The person's own column choices: reading with them and remembering them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dpwallet.domain.errors import ImportRejected
from dpwallet.domain.money import Money
from dpwallet.imports import PRESETS, ColumnMapping, UnknownLayout, preview, read_statement

UNKNOWN_COMMA = (
    b"Statement for J Example\n"
    b"When,What,Who,Out,In,Left\n"
    b"02.01.2026,Load,Council,,500.00,510.00\n"
    b"03.01.2026,Taxi,City Taxis,8.00,,502.00\n"
)


def test_unknown_layout_asks_for_columns() -> None:
    with pytest.raises(UnknownLayout) as caught:
        read_statement(UNKNOWN_COMMA, "credit-union.csv")
    assert isinstance(caught.value, ImportRejected)
    assert "choose which column" in str(caught.value)


def test_mapping_reads_unknown_layout() -> None:
    mapping = ColumnMapping(
        date="When",
        paid_out="Out",
        paid_in="In",
        payee="Who",
        description="What",
        balance="Left",
        date_format="%d.%m.%Y",
        skip_lines=1,
    )
    statement = read_statement(UNKNOWN_COMMA, "x.csv", mapping=mapping)
    assert statement.preset is None
    assert [(r.date, r.amount, r.payee) for r in statement.rows] == [
        (dt.date(2026, 1, 2), Money(50000), "Council"),
        (dt.date(2026, 1, 3), Money(-800), "City Taxis"),
    ]
    assert statement.opening_balance == Money(1000)


def test_mapping_by_position_without_header_and_other_delimiter() -> None:
    data = b"2026-01-03;City Taxis;-8.00\n2026-01-04;Swim;-4.50\n"
    mapping = ColumnMapping(
        date=0, payee=1, amount=2, has_header_row=False, delimiter=";", date_format="%Y-%m-%d"
    )
    rows = read_statement(data, "x.csv", mapping=mapping).rows
    assert [r.amount.pence for r in rows] == [-800, -450]


def test_negated_card_amounts() -> None:
    data = b"Date,Shop,Amount\n03/01/2026,City Taxis,8.00\n05/01/2026,Refund,-2.00\n"
    mapping = ColumnMapping(date="Date", payee="Shop", amount="Amount", negate_amounts=True)
    rows = read_statement(data, "card.csv", mapping=mapping).rows
    assert [r.amount.pence for r in rows] == [-800, 200]


def test_missing_column_is_named() -> None:
    mapping = ColumnMapping(date="When", amount="Value", skip_lines=1)
    with pytest.raises(ImportRejected, match='"Value" is not in this file'):
        read_statement(UNKNOWN_COMMA, "x.csv", mapping=mapping)


@pytest.mark.parametrize("mapping", [p.mapping for p in PRESETS])
def test_round_trip_through_json(mapping: ColumnMapping) -> None:
    stored = json.loads(json.dumps(mapping.to_dict()))
    assert ColumnMapping.from_dict(stored) == mapping


def test_round_trip_custom() -> None:
    mapping = ColumnMapping(
        date=0, amount=3, payee=1, has_header_row=False, skip_lines=2, date_format="%d %b %y"
    )
    assert ColumnMapping.from_dict(json.loads(json.dumps(mapping.to_dict()))) == mapping


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"date": "Date"},  # no amount column
        {"date": "Date", "amount": "A", "paid_in": "B"},
        {"date": "Date", "amount": "A", "colour": "red"},
        {"date": "Date", "amount": "A", "date_format": "%Q"},
        {"date": "Date", "amount": "A", "date_format": "%d/%m"},
        {"date": "Date", "amount": "A", "skip_lines": -1},
        {"date": "Date", "amount": "A", "skip_lines": "2"},
        {"date": 1.5, "amount": "A"},
        {"date": True, "amount": "A"},
        {"date": "Date", "amount": "A", "has_header_row": False},
        {"date": "Date", "amount": "A", "delimiter": ",,"},
        {"date": "Date", "amount": "A", "version": 9},
    ],
)
def test_damaged_mapping_is_refused_kindly(bad: dict[str, object]) -> None:
    with pytest.raises(ImportRejected):
        ColumnMapping.from_dict(bad)


def test_preview_shows_cells() -> None:
    rows = preview(UNKNOWN_COMMA, max_rows=3)
    assert rows[1] == ["When", "What", "Who", "Out", "In", "Left"]
    assert len(rows) == 3
