"""The reconciliation sheet's figures to the penny, and its to-dos worded kindly."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from dpwallet.domain.money import Money
from dpwallet.domain.reconciliation import AccountPeriod, build_sheet, sheet_to_json

from .conftest import BANK, CARD, line, m, sample_inputs, sample_lines

UNKIND = ("audit", "unauthorised", "unauthorized", "misuse", "must ", "failure", "breach")


def test_the_quarter_to_the_penny() -> None:
    sheet = build_sheet(sample_inputs())
    data = sheet_to_json(sheet)
    assert data["period"] == {"from": "2026-01-01", "to": "2026-03-31"}
    assert data["opening_balance"] == "2150.00"
    assert data["money_in"] == {
        "total": "3125.00",
        "council_payments": "3000.00",
        "contributions": "120.00",
        "other": "5.00",
    }
    assert data["money_out"]["total"] == "1792.90"
    assert data["money_out"]["by_category"][0] == {
        "category": "Personal assistant wages",
        "amount": "1450.00",
        "payments": 1,
    }
    assert [(o["outcome"], o["amount"], o["payments"]) for o in data["by_outcome"]] == [
        ("Get out of the house twice a week", "51.25", 2),
        ("Keep clean and fresh", "1450.00", 1),
        ("Eat well", "0.00", 0),
        (None, "291.65", 3),
    ]
    assert data["closing_balance"] == "3482.10"
    assert [(a["name"], a["closing_balance"]) for a in data["accounts"]] == [
        (BANK, "3177.10"),
        (CARD, "305.00"),
    ]
    assert data["accounts"][0]["statement"]["matches"] is True
    assert data["reconciles"] is True and data["unexplained"] == "0.00"
    assert data["contingency"] == {
        "weekly_budget": "300.00",
        "weeks_in_hand": "11.6",
        "rule_weeks": 8,
        "above_rule": True,
    }
    assert data["contributions"]["outstanding"] == "240.00"
    assert len(data["lines"]) == 11
    assert sheet.weeks_in_hand == Decimal("11.6")


def test_to_dos_are_present_and_kind() -> None:
    sheet = build_sheet(sample_inputs())
    todos = {(t.kind, t.line_id): t.message for t in sheet.todos}
    assert set(todos) == {
        ("receipt", 8),
        ("receipt", 10),
        ("contribution", None),
        ("contingency", None),
    }
    assert todos[("contingency", None)] == (
        "You have 11 weeks of money in hand. Your council usually talks about balances over "
        "8 weeks. You may want to mention your plans in your financial check-up."
    )
    assert "£18.75" in todos[("receipt", 8)] and "Cabs Ltd" in todos[("receipt", 8)]
    assert "£240.00 is still to pay in" in todos[("contribution", None)]
    for message in todos.values():
        assert not any(word in message.lower() for word in UNKIND), message


def test_a_duplicated_line_stops_it_reconciling_and_is_pointed_at() -> None:
    twice = line(12, date(2026, 2, 14), "-18.75", "Cabs Ltd", "Transport")
    sheet = build_sheet(sample_inputs(lines=(*sample_lines(), twice)))
    assert sheet.sums_agree is True  # our own sums still add up ...
    assert sheet.reconciles is False  # ... but the bank statement does not agree
    assert sheet.accounts[0].statement_difference == Money(-1875)
    kinds = [(t.kind, t.line_id) for t in sheet.todos]
    assert ("statement", None) in kinds
    assert ("check_line", 8) in kinds and ("check_line", 12) in kinds
    statement = next(t.message for t in sheet.todos if t.kind == "statement")
    assert "£3,158.35" in statement and "£3,177.10" in statement and "£18.75" in statement


def test_a_transfer_without_its_other_half_is_found() -> None:
    lines = tuple(ln for ln in sample_lines() if ln.id != 4)  # card side missing
    sheet = build_sheet(sample_inputs(lines=lines))
    assert sheet.sums_agree is False and sheet.reconciles is False
    assert sheet.unexplained == Money(20000)
    assert [(t.kind, t.line_id) for t in sheet.todos][0] == ("transfer", 3)
    assert sheet_to_json(sheet)["unexplained"] == "200.00"


def test_no_statement_still_reconciles_on_sums() -> None:
    accounts = (AccountPeriod(BANK, "bank", m("2000.00")), AccountPeriod(CARD, "card", m("150")))
    sheet = build_sheet(sample_inputs(accounts=accounts))
    assert sheet.reconciles is True
    assert all(a.statement_matches is None for a in sheet.accounts)


def test_opening_line_inside_the_period_is_not_money_in() -> None:
    new_account = line(
        20, date(2026, 2, 1), "75.00", "", "Opening", source="opening", account="Savings pot"
    )
    sheet = build_sheet(sample_inputs(lines=(*sample_lines(), new_account)))
    assert sheet.money_in.total == m("3125.00")
    assert sheet.opening_balance == m("2225.00")
    assert sheet.closing_balance == m("3557.10")
    assert sheet.reconciles is True


def test_lines_outside_the_period_are_left_out_and_order_is_by_date() -> None:
    early = line(30, date(2025, 12, 31), "-99.00", "Last year", "Other")
    sheet = build_sheet(sample_inputs(lines=(early, *reversed(sample_lines()))))
    assert 30 not in [ln.id for ln in sheet.lines]
    assert [ln.date for ln in sheet.lines] == sorted(ln.date for ln in sheet.lines)


def test_paperwork_to_dos() -> None:
    inputs = sample_inputs(council_reference="12345", declaration_name=" ", weekly_budget=None)
    employer = dataclasses.replace(inputs.employer, insurance_in_date=False)
    sheet = build_sheet(dataclasses.replace(inputs, employer=employer))
    kinds = {t.kind for t in sheet.todos}
    assert {"reference", "declaration", "insurance"} <= kinds
    assert "contingency" not in kinds and sheet.weeks_in_hand is None
    reference = next(t.message for t in sheet.todos if t.kind == "reference")
    assert "DP123456" in reference


def test_welsh_sheet_language() -> None:
    assert build_sheet(sample_inputs(), language="cy").language == "cy"
    assert build_sheet(sample_inputs(), language="ur").language == "en"
