"""Friendly to-dos for the financial check-up: what to look at before sending.

The wording follows the councils that improved their letters: it asks rather than
demands, assumes the best, and always says what to do next. A to-do is never a
verdict on how the money was spent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING

from dpwallet.domain.money import Money
from dpwallet.i18n import _, ngettext
from dpwallet.i18n.formatting import format_date_short, format_money

if TYPE_CHECKING:
    from dpwallet.domain.reconciliation import AccountClose, LedgerLine, ReturnInputs

__all__ = ["TODO_KINDS", "ToDo", "build_todos", "unmatched_transfers"]

TODO_KINDS = (
    "transfer",
    "statement",
    "check_line",
    "receipt",
    "contribution",
    "contingency",
    "insurance",
    "reference",
    "declaration",
)
# Payroll lines are shown by payslips and HMRC records, not shop receipts.
NO_RECEIPT_KINDS = frozenset({"wages", "hmrc", "pension", "transfer"})
TRANSFER_DAYS = 5


@dataclass(frozen=True, slots=True)
class ToDo:
    """One friendly heads-up; ``line_id`` points at the transaction when there is one."""

    kind: str
    message: str
    line_id: int | None = None


def unmatched_transfers(lines: tuple[LedgerLine, ...]) -> tuple[LedgerLine, ...]:
    """Transfers with no opposite transfer in another account within a few days."""
    transfers = [ln for ln in lines if ln.kind == "transfer" and ln.source != "opening"]
    used: set[int] = set()
    lonely: list[LedgerLine] = []
    for line in transfers:
        if line.id in used:
            continue
        partner = next(
            (
                other
                for other in transfers
                if other.id not in used
                and other.id != line.id
                and other.account != line.account
                and other.amount == -line.amount
                and abs((other.date - line.date).days) <= TRANSFER_DAYS
            ),
            None,
        )
        if partner is None:
            lonely.append(line)
        else:
            used.update({line.id, partner.id})
    return tuple(lonely)


def _transfer_todos(unmatched: tuple[LedgerLine, ...]) -> list[ToDo]:
    text = _(
        "The transfer of {amount} on {date} in “{account}” has no matching transfer in your "
        "other accounts. If the money went to an account outside dpwallet, you could record "
        "it as money out instead."
    )
    return [
        ToDo(
            "transfer",
            text.format(
                amount=format_money(abs(ln.amount)),
                date=format_date_short(ln.date),
                account=ln.account,
            ),
            ln.id,
        )
        for ln in unmatched
    ]


def _statement_todos(
    accounts: tuple[AccountClose, ...], lines: tuple[LedgerLine, ...]
) -> list[ToDo]:
    todos: list[ToDo] = []
    for account in accounts:
        diff, stated = account.statement_difference, account.statement_balance
        when = account.statement_date
        if account.statement_matches is not False or diff is None or stated is None or not when:
            continue
        todos.append(
            ToDo(
                "statement",
                _(
                    "Your records for “{account}” come to {ours} on {date}, and the bank "
                    "statement says {stated}. The difference is {difference}. A payment may be "
                    "missing or entered twice; the lines around that date are a good place to "
                    "start."
                ).format(
                    account=account.name,
                    ours=format_money(stated + diff),
                    date=format_date_short(when),
                    stated=format_money(stated),
                    difference=format_money(abs(diff)),
                ),
            )
        )
        todos += _suspect_lines(account, diff, lines)
    return todos


def _suspect_lines(account: AccountClose, diff: Money, lines: tuple[LedgerLine, ...]) -> list[ToDo]:
    """Lines whose amount is exactly the difference: the likely cause of it."""
    when = account.statement_date or dt.date.max
    text = _(
        "The line for {amount} with “{payee}” on {date} is the same as the difference from "
        "your statement. It may be entered twice, or may not have reached the bank yet. "
        "Please check it."
    )
    return [
        ToDo(
            "check_line",
            text.format(
                amount=format_money(abs(ln.amount)),
                payee=ln.payee or ln.description,
                date=format_date_short(ln.date),
            ),
            ln.id,
        )
        for ln in lines
        if ln.account == account.name and ln.date <= when and ln.amount == diff
    ]


def _receipt_todos(inputs: ReturnInputs, lines: tuple[LedgerLine, ...]) -> list[ToDo]:
    threshold = inputs.profile.receipt_threshold
    text = _(
        "Your council asks for receipts for payments over {threshold}. If you have the "
        "receipt for {amount} to “{payee}” on {date}, please add it."
    )
    return [
        ToDo(
            "receipt",
            text.format(
                threshold=format_money(threshold),
                amount=format_money(-ln.amount),
                payee=ln.payee or ln.description,
                date=format_date_short(ln.date),
            ),
            ln.id,
        )
        for ln in lines
        if ln.source != "opening"
        and ln.kind not in NO_RECEIPT_KINDS
        and -ln.amount.pence > threshold.pence
        and not ln.receipt_refs
    ]


def _contribution_todo(inputs: ReturnInputs, outstanding: Money) -> list[ToDo]:
    if outstanding.pence <= 0:
        return []
    return [
        ToDo(
            "contribution",
            _(
                "Your contribution for this period is {due}. {paid} has been paid in so far, "
                "so {outstanding} is still to pay in. If that is hard at the moment, your "
                "council can talk it through with you."
            ).format(
                due=format_money(inputs.contributions_due),
                paid=format_money(inputs.contributions_paid),
                outstanding=format_money(outstanding),
            ),
        )
    ]


def _contingency_todo(weeks: Decimal | None, rule: int) -> list[ToDo]:
    if weeks is None or weeks <= rule:
        return []
    whole = int(weeks.to_integral_value(rounding=ROUND_DOWN))
    first = ngettext(
        "You have {weeks} week of money in hand.", "You have {weeks} weeks of money in hand.", whole
    ).format(weeks=whole)
    second = ngettext(
        "Your council usually talks about balances over {rule} week.",
        "Your council usually talks about balances over {rule} weeks.",
        rule,
    ).format(rule=rule)
    third = _("You may want to mention your plans in your financial check-up.")
    return [ToDo("contingency", f"{first} {second} {third}")]


def _paperwork_todos(inputs: ReturnInputs) -> list[ToDo]:
    todos: list[ToDo] = []
    if inputs.employer is not None and not inputs.employer.insurance_in_date:
        todos.append(
            ToDo(
                "insurance",
                _(
                    "Your employers’ liability insurance does not look in date. Your council "
                    "will want to see it is in place, so it is worth renewing it soon."
                ),
            )
        )
    profile = inputs.profile
    if not profile.reference_looks_right(inputs.council_reference):
        todos.append(
            ToDo(
                "reference",
                _(
                    "Your council’s references usually look like {example}. Please check "
                    "“{reference}” against a letter from your council."
                ).format(example=profile.reference_example, reference=inputs.council_reference),
            )
        )
    if not inputs.declaration_name.strip():
        todos.append(
            ToDo(
                "declaration",
                _("Please type your name in the declaration, so your council knows who sent it."),
            )
        )
    return todos


def build_todos(
    inputs: ReturnInputs,
    lines: tuple[LedgerLine, ...],
    accounts: tuple[AccountClose, ...],
    *,
    unmatched: tuple[LedgerLine, ...],
    weeks: Decimal | None,
    rule: int,
    outstanding: Money,
) -> tuple[ToDo, ...]:
    """Every to-do, the ones that stop the sheet reconciling first."""
    return tuple(
        _transfer_todos(unmatched)
        + _statement_todos(accounts, lines)
        + _receipt_todos(inputs, lines)
        + _contribution_todo(inputs, outstanding)
        + _contingency_todo(weeks, rule)
        + _paperwork_todos(inputs)
    )
