"""Every fixture statement parses to exact counts and totals, in time order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from dpwallet.domain.money import Money
from dpwallet.imports import PRESETS, read_statement
from dpwallet.imports.ordering import chronological

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "statements"
Load = Callable[[str], bytes]

# name: (format, preset, rows, money in, money out, opening, closing, account hint)
EXPECTED: dict[str, tuple[str, str | None, int, int, int, int | None, int | None, str | None]] = {
    "nationwide_cp1252.csv": ("csv", "nationwide", 5, 125000, -91690, 123000, 156310, "2345"),
    "nationwide_card.csv": ("csv", "nationwide_card", 3, 800, -3050, None, None, "9876"),
    "lloyds_newest_first.csv": ("csv", "lloyds", 5, 98000, -58865, 65050, 104185, "5678"),
    "barclays.csv": ("csv", "barclays", 5, 110000, -68125, None, None, "2170"),
    "hsbc_no_header.csv": ("csv", "hsbc", 4, 145000, -42480, None, None, None),
    "natwest.csv": ("csv", "natwest", 4, 132000, -74000, 47540, 105540, "4321"),
    "monzo_quoted_linebreak.csv": ("csv", "monzo", 4, 90000, -47125, None, None, None),
    "starling.csv": ("csv", "starling", 3, 104000, -62425, 31000, 72575, None),
    "coop_bom_newest_first.csv": ("csv", "coop", 4, 86670, -26440, 13330, 73560, None),
    "prepaid_card.csv": ("csv", "prepaid_card", 4, 48000, -22320, 3200, 28880, "4821"),
    "santander.txt": ("santander_text", "santander", 3, 120000, -3800, 24000, 140200, "3344"),
    "overlap_1.csv": ("csv", "hsbc", 4, 100000, -2050, None, None, None),
    "overlap_2.csv": ("csv", "hsbc", 5, 100000, -2850, None, None, None),
    "sgml_102.ofx": ("ofx", None, 3, 125000, -69650, 123000, 178350, "5678"),
    "xml_220_card.ofx": ("ofx", None, 3, 5399, -5399, 0, 0, "4821"),
    "bank.qif": ("qif", None, 4, 110000, -59100, None, None, None),
}


def _pence(value: Money | None) -> int | None:
    return None if value is None else value.pence


def test_every_fixture_is_listed() -> None:
    on_disk = {p.name for p in FIXTURES.iterdir() if p.suffix != ".md"}
    assert on_disk == set(EXPECTED)


def test_every_preset_has_a_fixture() -> None:
    covered = {row[1] for row in EXPECTED.values()}
    assert {p.name for p in PRESETS} <= covered


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_totals(name: str, fixture_bytes: Load) -> None:
    fmt, preset, count, money_in, money_out, opening, closing, hint = EXPECTED[name]
    statement = read_statement(fixture_bytes(name), name)
    assert statement.format == fmt
    assert statement.preset == preset
    assert len(statement.rows) == count
    assert statement.money_in.pence == money_in
    assert statement.money_out.pence == money_out
    assert _pence(statement.opening_balance) == opening
    assert _pence(statement.closing_balance) == closing
    assert statement.account_hint == hint
    dates = [row.date for row in statement.rows]
    assert dates == sorted(dates)
    # Reading again gives the same answer (no hidden state between reads).
    assert read_statement(fixture_bytes(name), name) == statement


@pytest.mark.parametrize(
    "name",
    [n for n, e in EXPECTED.items() if e[5] is not None and not n.endswith(".ofx")],
)
def test_balances_chain_in_output_order(name: str, fixture_bytes: Load) -> None:
    rows = read_statement(fixture_bytes(name), name).rows
    for earlier, later in zip(rows, rows[1:], strict=False):
        assert earlier.balance is not None and later.balance is not None
        assert earlier.balance + later.amount == later.balance


def test_newest_first_same_day_rows_come_out_in_the_order_they_happened(
    fixture_bytes: Load,
) -> None:
    rows = read_statement(fixture_bytes("lloyds_newest_first.csv"), "x.csv").rows
    same_day = [r.payee for r in rows if r.date == dt.date(2026, 1, 20)]
    assert same_day == ["J BLOGGS PA WAGES", "SWIM CENTRE LEEDS"]
    assert [r.line for r in rows] == [6, 5, 4, 3, 2]


def test_cp1252_pound_signs_and_month_names(fixture_bytes: Load) -> None:
    data = fixture_bytes("nationwide_cp1252.csv")
    assert b"\xa3" in data  # really Windows-1252
    rows = read_statement(data, "statement.csv").rows
    assert rows[0].date == dt.date(2026, 1, 2)
    assert rows[0].amount == Money(125000)
    assert rows[0].line == 6


def test_bom_is_ignored(fixture_bytes: Load) -> None:
    data = fixture_bytes("coop_bom_newest_first.csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert read_statement(data, "a.csv").preset == "coop"


def test_quoted_line_break_keeps_lines_right(fixture_bytes: Load) -> None:
    rows = read_statement(fixture_bytes("monzo_quoted_linebreak.csv"), "m.csv").rows
    assert [r.line for r in rows] == [2, 3, 4, 5]
    assert rows[-1].reference == "tx_00009Zq1Ab2Cd3Ef4Gh8"
    assert rows[-1].amount == Money(-45525)


def test_quotes_and_commas_inside_fields(fixture_bytes: Load) -> None:
    rows = read_statement(fixture_bytes("starling.csv"), "s.csv").rows
    assert rows[1].payee == 'Taxis "R" Us, Shrewsbury'
    assert "Opening Balance" not in [r.payee for r in rows]


def test_bank_specific_payee_cleaning(fixture_bytes: Load) -> None:
    barclays = read_statement(fixture_bytes("barclays.csv"), "b.csv").rows
    assert barclays[1].payee == "CITY TAXIS"
    natwest = read_statement(fixture_bytes("natwest.csv"), "n.csv").rows
    assert natwest[1].payee == "CITY TAXIS"
    santander = read_statement(fixture_bytes("santander.txt"), "s.txt").rows
    assert [r.payee for r in santander] == ["DORSET COUNCIL DP", "CITY TAXIS", "NEST"]


def test_ofx_details(fixture_bytes: Load) -> None:
    sgml = read_statement(fixture_bytes("sgml_102.ofx"), "s.ofx").rows
    assert sgml[2].payee == "J BLOGGS & CO PA"
    assert sgml[2].reference == "202601120001"
    assert sgml[2].date == dt.date(2026, 1, 12)
    xml = read_statement(fixture_bytes("xml_220_card.ofx"), "c.qfx").rows
    # A BST timestamp keeps the bank's own calendar day.
    assert xml[0].date == dt.date(2026, 1, 4)
    assert xml[1].payee == "Café Relax Massage"


def test_qif_details(fixture_bytes: Load) -> None:
    rows = read_statement(fixture_bytes("bank.qif"), "b.qif").rows
    assert rows[-1].date == dt.date(2026, 1, 20)  # D20/01'26
    assert rows[-1].amount == Money(-57500)  # splits ignored, total kept
    assert rows[0].reference == "BGC"


def test_format_comes_from_content_not_name(fixture_bytes: Load) -> None:
    assert read_statement(fixture_bytes("sgml_102.ofx"), "renamed.csv").format == "ofx"
    assert read_statement(fixture_bytes("bank.qif"), "download.txt").format == "qif"


def test_chronological_is_stable_for_mixed_order() -> None:
    from dpwallet.imports import StatementRow

    rows = [
        StatementRow(1, dt.date(2026, 1, 2), Money(-1), "a"),
        StatementRow(2, dt.date(2026, 1, 1), Money(-2), "b"),
        StatementRow(3, dt.date(2026, 1, 2), Money(-3), "c"),
        StatementRow(4, dt.date(2026, 1, 3), Money(-4), "d"),
    ]
    assert [r.payee for r in chronological(rows)] == ["b", "a", "c", "d"]
