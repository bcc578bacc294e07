"""Ticking an account off against a bank statement (reconciling), and locking those rows.

Actual Budget's reconcile-and-lock: when the person's records agree with the
statement's balance on a date, every payment up to that date is marked reconciled, so
a later slip cannot quietly change a figure the council has already seen. A mismatch
is explained with the difference and what usually causes it; nothing is locked then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Integer, func, select, type_coerce

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_money
from dpwallet.models import Account, Reconciliation, Transaction
from dpwallet.services.changes import Changes
from dpwallet.services.money_common import check_amount, check_date, get
from dpwallet.services.undo import undoable
from dpwallet.services.wallet import Wallet


@dataclass(frozen=True)
class ReconcileCheck:
    """The wallet's balance on the statement date against the statement's balance."""

    account_id: int
    statement_date: dt.date
    statement_balance: Money
    wallet_balance: Money
    to_lock: int  # payments up to the date not yet ticked off

    @property
    def difference(self) -> Money:
        return self.statement_balance - self.wallet_balance

    @property
    def agrees(self) -> bool:
        return not self.difference

    def explanation(self) -> str:
        if self.agrees:
            return _("Your records agree with the statement.")
        return _(
            "Your records show {ours} on {date} but the statement says {theirs}: a "
            "difference of {gap}. This is usually a payment missing, added twice or on "
            "another day. Check the payments around that date, then try again."
        ).format(
            ours=format_money(self.wallet_balance),
            theirs=format_money(self.statement_balance),
            date=format_date(self.statement_date),
            gap=format_money(abs(self.difference)),
        )


@dataclass(frozen=True)
class ReconciliationRow:
    account_id: int
    statement_date: dt.date
    balance: Money
    actor: str
    at: dt.datetime


def check_reconcile(
    wallet: Wallet, account_id: int, statement_date: dt.date, statement_balance: Money
) -> ReconcileCheck:
    """Compare without changing anything (for the "Check against a statement" screen)."""
    check_amount(statement_balance, allow_zero=True)
    check_date(statement_date, wallet.clock.today(), _("statement date"))
    with wallet.read() as session:
        account = get(session, Account, account_id, _("account"))
        live = (
            Transaction.account_id == account_id,
            Transaction.deleted_at.is_(None),
            Transaction.date <= statement_date,
        )
        moved = session.scalar(
            select(type_coerce(func.sum(Transaction.amount), Integer)).where(*live)
        )
        open_rows = session.scalar(
            select(func.count())
            .select_from(Transaction)
            .where(*live, Transaction.reconciled.is_(False))
        )
        balance = account.opening_balance + Money(int(moved or 0))
    return ReconcileCheck(
        account_id, statement_date, statement_balance, balance, int(open_rows or 0)
    )


def reconcile(
    wallet: Wallet, account_id: int, statement_date: dt.date, statement_balance: Money
) -> Changes:
    """Lock every payment up to the date when the balances agree; else explain the gap."""
    check = check_reconcile(wallet, account_id, statement_date, statement_balance)
    if not check.agrees:
        raise UsageError(check.explanation())
    label = _("Tick off the account against the statement of {date}").format(
        date=format_date(statement_date)
    )
    with undoable(wallet, "reconcile", label, "transaction", "reconciliation") as session:
        rows = session.scalars(
            select(Transaction).where(
                Transaction.account_id == account_id,
                Transaction.deleted_at.is_(None),
                Transaction.date <= statement_date,
                Transaction.reconciled.is_(False),
            )
        )
        for row in rows:
            row.reconciled = True
        record = Reconciliation(
            account_id=account_id,
            statement_date=statement_date,
            balance=statement_balance,
            actor=wallet.actor,
            at=wallet.clock.now(),
        )
        session.add(record)
        session.flush()
        key = record.id
    return Changes("reconcile", frozenset({"transaction", "reconciliation"}), (key,), label, True)


def reconciliations(wallet: Wallet, account_id: int) -> list[ReconciliationRow]:
    with wallet.read() as session:
        rows = session.scalars(
            select(Reconciliation)
            .where(Reconciliation.account_id == account_id)
            .order_by(Reconciliation.statement_date.desc(), Reconciliation.id.desc())
        )
        return [
            ReconciliationRow(r.account_id, r.statement_date, r.balance, r.actor, r.at)
            for r in rows
        ]
