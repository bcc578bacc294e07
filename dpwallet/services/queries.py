"""Read-only queries that turn ORM rows into domain pictures (never ORM objects to the UI)."""

from __future__ import annotations

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from dpwallet.domain.money import Money, total
from dpwallet.domain.summary import AccountBalance, WalletSummary
from dpwallet.models import (
    Account,
    Outcome,
    PersonalAssistant,
    Receipt,
    Shift,
    Transaction,
    WalletInfo,
)

__all__ = ["WalletSummary", "account_balances", "counts", "wallet_summary"]


def account_balances(session: Session) -> list[AccountBalance]:
    query = (
        select(Transaction.account_id, type_coerce(func.sum(Transaction.amount), Integer))
        .where(Transaction.deleted_at.is_(None))
        .group_by(Transaction.account_id)
    )
    sums: dict[int, int] = {
        account_id: int(pence or 0) for account_id, pence in session.execute(query)
    }
    rows = []
    for account in session.scalars(select(Account).order_by(Account.id)):
        moved = Money(sums.get(account.id, 0))
        rows.append(
            AccountBalance(account.id, account.name, account.kind, account.opening_balance + moved)
        )
    return rows


def counts(session: Session) -> dict[str, int]:
    def count(model: type, *where: object) -> int:
        query = select(func.count()).select_from(model)
        for clause in where:
            query = query.where(clause)  # type: ignore[arg-type]
        return int(session.scalar(query) or 0)

    return {
        "transactions": count(Transaction, Transaction.deleted_at.is_(None)),
        "personal_assistants": count(PersonalAssistant),
        "shifts": count(Shift),
        "receipts": count(Receipt),
        "outcomes": count(Outcome),
        "accounts": count(Account),
    }


def wallet_summary(session: Session, *, migrate_revision: str = "") -> WalletSummary:
    info = session.scalars(select(WalletInfo)).first()
    balances = account_balances(session)
    return WalletSummary(
        name=info.name if info else "",
        council=info.council if info else "",
        is_demo=bool(info and info.is_demo),
        balance=total(a.balance for a in balances),
        accounts=tuple(balances),
        counts=counts(session),
        schema=migrate_revision,
    )
