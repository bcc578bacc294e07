"""Accounts, money in and out, and receipts (kept encrypted inside the database)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from dpwallet.domain.money import Money
from dpwallet.models.base import Base

ACCOUNT_KINDS = ("bank", "prepaid_card", "managed", "cash")
SOURCES = ("manual", "import", "payroll", "opening")


class Account(Base):
    __tablename__ = "account"
    __table_args__ = (CheckConstraint(f"kind IN {ACCOUNT_KINDS!r}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="bank")
    opening_balance: Mapped[Money]
    opening_date: Mapped[dt.date | None]
    closed: Mapped[bool] = mapped_column(default=False)


class Transaction(Base):
    """One line of money in (positive) or out (negative) on an account."""

    __tablename__ = "transaction"
    __table_args__ = (
        CheckConstraint(f"source IN {SOURCES!r}", name="source"),
        Index("ix_transaction_account_date", "account_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    date: Mapped[dt.date]
    amount: Mapped[Money]
    payee: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(String(1000), default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey("outcome.id"))
    source: Mapped[str] = mapped_column(String(20), default="manual")
    import_fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)
    statement_balance: Mapped[Money | None]
    transfer_group: Mapped[str | None] = mapped_column(String(36))
    reconciled: Mapped[bool] = mapped_column(default=False)
    deleted_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]


class Receipt(Base):
    """A photo or PDF of a receipt; the bytes live here, encrypted with the wallet."""

    __tablename__ = "receipt"

    id: Mapped[int] = mapped_column(primary_key=True)
    transaction_id: Mapped[int | None] = mapped_column(ForeignKey("transaction.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime]
