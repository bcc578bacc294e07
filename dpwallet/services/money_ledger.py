"""Payments in and out, transfers between the person's own accounts, and listing them.

Each command is one transaction with an audit entry, returns ``Changes`` and can be
undone. Deleting is soft (``deleted_at``), so a payment comes back exactly on undo and
the financial check-up never loses history. A payment ticked off against a bank
statement (reconciled) is locked: changing it needs an explicit ``unlock_transaction``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dpwallet.domain import categories
from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_money
from dpwallet.models import Account, Outcome, Receipt, Transaction
from dpwallet.services.changes import Changes
from dpwallet.services.money_common import (
    check_amount,
    check_date,
    clean_text,
    get,
    locked_error,
)
from dpwallet.services.undo import undoable
from dpwallet.services.wallet import Wallet

ENTITIES = ("transaction",)


@dataclass(frozen=True)
class PaymentDetails:
    """What the person types for a payment: negative ``amount`` is money out."""

    account_id: int
    date: dt.date
    amount: Money
    payee: str = ""
    description: str = ""
    category: str = ""
    outcome_id: int | None = None


@dataclass(frozen=True)
class LedgerRow:
    """One live payment, as the Money tables show it."""

    id: int
    account_id: int
    account: str
    date: dt.date
    amount: Money
    payee: str
    description: str
    category: str
    outcome_id: int | None
    kind: str
    source: str
    locked: bool
    transfer_group: str | None
    receipts: int


def _checked(session: Session, details: PaymentDetails, today: dt.date) -> PaymentDetails:
    account = get(session, Account, details.account_id, _("account"))
    if account.closed:
        raise UsageError(
            _("The account \u201c{name}\u201d is closed. Reopen it to add payments.").format(
                name=account.name
            )
        )
    if details.outcome_id is not None:
        get(session, Outcome, details.outcome_id, _("outcome"))
    return PaymentDetails(
        details.account_id,
        check_date(details.date, today, _("date")),
        check_amount(details.amount),
        clean_text(details.payee, 300, _("payee")),
        clean_text(details.description, 1000, _("description")),
        clean_text(details.category, 100, _("category")),
        details.outcome_id,
    )


def _payment_label(verb: str, amount: Money, payee: str) -> str:
    return verb.format(amount=format_money(abs(amount)), payee=payee or _("no name"))


def add_payment(wallet: Wallet, details: PaymentDetails) -> Changes:
    label = _payment_label(_("Add {amount} for {payee}"), details.amount, details.payee)
    with undoable(wallet, "add payment", label, *ENTITIES) as session:
        clean = _checked(session, details, wallet.clock.today())
        row = Transaction(
            **vars(clean), source="manual", reconciled=False, created_at=wallet.clock.now()
        )
        session.add(row)
        session.flush()
        key = row.id
    return Changes("add payment", frozenset(ENTITIES), (key,), label, True)


def _editable(session: Session, tx_id: int) -> Transaction:
    row = get(session, Transaction, tx_id, _("payment"))
    if row.reconciled:
        raise locked_error()
    return row


def _partner(session: Session, row: Transaction) -> Transaction | None:
    if not row.transfer_group:
        return None
    return session.scalars(
        select(Transaction).where(
            Transaction.transfer_group == row.transfer_group,
            Transaction.id != row.id,
            Transaction.deleted_at.is_(None),
        )
    ).first()


def edit_payment(wallet: Wallet, tx_id: int, details: PaymentDetails) -> Changes:
    """Change a payment; a transfer's other half follows (same day, opposite amount)."""
    label = _payment_label(_("Change {amount} for {payee}"), details.amount, details.payee)
    with undoable(wallet, "edit payment", label, *ENTITIES) as session:
        row = _editable(session, tx_id)
        clean = _checked(session, details, wallet.clock.today())
        partner = _partner(session, row)
        if partner is not None:
            if partner.reconciled:
                raise locked_error()
            partner.date, partner.amount = clean.date, -clean.amount
        for name, value in vars(clean).items():
            setattr(row, name, value)
    return Changes("edit payment", frozenset(ENTITIES), (tx_id,), label, True)


def delete_payment(wallet: Wallet, tx_id: int) -> Changes:
    """Remove a payment (both halves of a transfer); undo brings it back as it was."""
    with wallet.read() as session:
        row = get(session, Transaction, tx_id, _("payment"))
        label = _payment_label(_("Remove {amount} for {payee}"), row.amount, row.payee)
    with undoable(wallet, "delete payment", label, *ENTITIES) as session:
        row = _editable(session, tx_id)
        partner = _partner(session, row)
        now = wallet.clock.now()
        for each in (row, partner):
            if each is not None:
                if each.reconciled:
                    raise locked_error()
                each.deleted_at = now
    return Changes("delete payment", frozenset(ENTITIES), (tx_id,), label, True)


def transfer(
    wallet: Wallet,
    from_account: int,
    to_account: int,
    amount: Money,
    day: dt.date,
    note: str = "",
) -> Changes:
    """Move money between the person's own accounts: a pair of lines, never spending."""
    check_amount(amount)
    if amount.is_negative:
        raise UsageError(_("Enter the amount to move without a minus sign, like \u00a340.00."))
    if from_account == to_account:
        raise UsageError(_("Choose two different accounts to move money between."))
    label = _("Move {amount} between your accounts").format(amount=format_money(amount))
    with undoable(wallet, "transfer", label, *ENTITIES) as session:
        src = get(session, Account, from_account, _("account"))
        dst = get(session, Account, to_account, _("account"))
        group = str(uuid.uuid4())
        rows = []
        for account, other, signed in ((src, dst, -amount), (dst, src, amount)):
            details = PaymentDetails(
                account.id, day, signed, other.name, note, categories.TRANSFER, None
            )
            clean = _checked(session, details, wallet.clock.today())
            row = Transaction(
                **vars(clean),
                source="manual",
                transfer_group=group,
                reconciled=False,
                created_at=wallet.clock.now(),
            )
            session.add(row)
            rows.append(row)
        session.flush()
        keys = tuple(r.id for r in rows)
    return Changes("transfer", frozenset(ENTITIES), keys, label, True)


def unlock_transaction(wallet: Wallet, tx_id: int) -> Changes:
    """Allow changes to a reconciled payment (it will need ticking off again)."""
    label = _("Unlock a payment to change it")
    with undoable(wallet, "unlock payment", label, *ENTITIES) as session:
        get(session, Transaction, tx_id, _("payment")).reconciled = False
    return Changes("unlock payment", frozenset(ENTITIES), (tx_id,), label, True)


def payments(
    wallet: Wallet,
    *,
    account_id: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    search: str = "",
) -> list[LedgerRow]:
    """Live payments, newest first, optionally for one account, a period or a search word."""
    query = (
        select(Transaction, Account.name, func.count(Receipt.id))
        .join(Account, Account.id == Transaction.account_id)
        .outerjoin(Receipt, Receipt.transaction_id == Transaction.id)
        .where(Transaction.deleted_at.is_(None))
        .group_by(Transaction.id)
        .order_by(Transaction.date.desc(), Transaction.id.desc())
    )
    if account_id is not None:
        query = query.where(Transaction.account_id == account_id)
    if start is not None:
        query = query.where(Transaction.date >= start)
    if end is not None:
        query = query.where(Transaction.date <= end)
    if search.strip():
        like = f"%{search.strip()}%"
        query = query.where(
            Transaction.payee.ilike(like)
            | Transaction.description.ilike(like)
            | Transaction.category.ilike(like)
        )
    with wallet.read() as session:
        return [_row(t, name, count) for t, name, count in session.execute(query)]


def _row(t: Transaction, account: str, receipts: int) -> LedgerRow:
    return LedgerRow(
        t.id,
        t.account_id,
        account,
        t.date,
        t.amount,
        t.payee,
        t.description,
        t.category,
        t.outcome_id,
        categories.kind_of(t.category, transfer_group=t.transfer_group),
        t.source,
        t.reconciled,
        t.transfer_group,
        int(receipts),
    )
