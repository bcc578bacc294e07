"""The reconciliation sheet as JSON, for council systems (schema: docs/return.schema.json).

Amounts are decimal strings with two places ("1234.50", "-12.00"), never floats, so a
council's system reads exactly the pence the person sees. Dates are ISO 8601. The
shape is versioned by ``format_version``; fields are only ever added.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from dpwallet import __version__
from dpwallet.domain.money import Money

if TYPE_CHECKING:
    from dpwallet.domain.reconciliation import (
        AccountClose,
        EmployerSummary,
        LedgerLine,
        ReturnSheet,
    )

__all__ = ["FORMAT", "FORMAT_VERSION", "sheet_to_json"]

FORMAT = "dpwallet-council-return"
FORMAT_VERSION = 1


def _m(amount: Money | None) -> str | None:
    return None if amount is None else amount.to_str()


def _d(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _account(a: AccountClose) -> dict[str, Any]:
    statement = None
    if a.statement_balance is not None:
        statement = {
            "balance": _m(a.statement_balance),
            "date": _d(a.statement_date),
            "matches": a.statement_matches,
            "difference": _m(a.statement_difference),
        }
    return {
        "name": a.name,
        "kind": a.kind,
        "opening_balance": a.opening_balance.to_str(),
        "money_in": a.money_in.to_str(),
        "money_out": a.money_out.to_str(),
        "transfers": a.transfers.to_str(),
        "closing_balance": a.closing_balance.to_str(),
        "statement": statement,
    }


def _line(line: LedgerLine) -> dict[str, Any]:
    from dpwallet.domain.reconciliation import counts_as

    return {
        "id": line.id,
        "date": line.date.isoformat(),
        "account": line.account,
        "amount": line.amount.to_str(),
        "payee": line.payee,
        "description": line.description,
        "category": line.category,
        "outcome": line.outcome,
        "source": line.source,
        "kind": line.kind,
        "counts_as": counts_as(line),
        "receipts": list(line.receipt_refs),
    }


def _employer(e: EmployerSummary | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {
        "gross_pay": e.gross_pay.to_str(),
        "tax_and_ni_paid_to_hmrc": e.tax_and_ni_paid_to_hmrc.to_str(),
        "pension_paid": e.pension_paid.to_str(),
        "insurance_in_date": e.insurance_in_date,
        "insurance_renewal": _d(e.insurance_renewal),
    }


def _people(sheet: ReturnSheet) -> dict[str, Any]:
    i = sheet.inputs
    return {
        "person": {"name": i.person_name, "nominated_person": i.nominated_person},
        "council": {
            "name": i.council,
            "reference": i.council_reference,
            "profile": i.profile.id,
            "return_email": i.profile.return_email,
        },
        "communication_needs": list(i.communication_needs),
    }


def _money(sheet: ReturnSheet) -> dict[str, Any]:
    mi, mo = sheet.money_in, sheet.money_out
    return {
        "opening_balance": sheet.opening_balance.to_str(),
        "money_in": {
            "total": mi.total.to_str(),
            "council_payments": mi.council_payments.to_str(),
            "contributions": mi.contributions.to_str(),
            "other": mi.other.to_str(),
        },
        "money_out": {
            "total": mo.total.to_str(),
            "by_category": [
                {"category": c.category, "amount": c.amount.to_str(), "payments": c.payments}
                for c in mo.by_category
            ],
        },
        "by_outcome": [
            {"outcome": o.name, "note": o.note, "amount": o.amount.to_str(), "payments": o.payments}
            for o in mo.by_outcome
        ],
        "closing_balance": sheet.closing_balance.to_str(),
        "unexplained": sheet.unexplained.to_str(),
    }


def _extras(sheet: ReturnSheet) -> dict[str, Any]:
    i = sheet.inputs
    rule = i.contingency_weeks_rule or i.profile.contingency_weeks
    weeks = sheet.weeks_in_hand
    return {
        "contributions": {
            "due": i.contributions_due.to_str(),
            "paid": i.contributions_paid.to_str(),
            "outstanding": sheet.contributions_outstanding.to_str(),
        },
        "contingency": {
            "weekly_budget": _m(i.weekly_budget),
            "weeks_in_hand": None if weeks is None else str(weeks),
            "rule_weeks": rule,
            "above_rule": weeks is not None and weeks > rule,
        },
        "receipt_threshold": i.profile.receipt_threshold.to_str(),
        "employer": _employer(i.employer),
        "todos": [
            {"kind": t.kind, "message": t.message, "line_id": t.line_id} for t in sheet.todos
        ],
        "note": i.note,
        "declaration": {"name": i.declaration_name, "date": i.declaration_date.isoformat()},
    }


def sheet_to_json(sheet: ReturnSheet) -> dict[str, Any]:
    """The whole sheet as a JSON-ready dict (see docs/return-format.md)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"dpwallet {__version__}",
        "language": sheet.language,
        "period": {
            "from": sheet.inputs.period_from.isoformat(),
            "to": sheet.inputs.period_to.isoformat(),
        },
        **_people(sheet),
        **_money(sheet),
        "reconciles": sheet.reconciles,
        "sums_agree": sheet.sums_agree,
        "accounts": [_account(a) for a in sheet.accounts],
        **_extras(sheet),
        "lines": [_line(line) for line in sheet.lines],
    }
