"""Tables the Money screens need: learnt categorisation rules, reconciliations, bank layouts.

Rules remember the person's own choices (payee to category and outcome) so the next
statement needs fewer clicks. A reconciliation records that an account agreed with a
bank statement on a date; the rows it covers are locked (``Transaction.reconciled``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dpwallet.domain.money import Money
from dpwallet.models.base import Base


class CategorisationRule(Base):
    """Payee (normalised) to category and outcome, learnt from what the person chose."""

    __tablename__ = "categorisation_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    payee_key: Mapped[str] = mapped_column(String(300), unique=True)
    payee_example: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey("outcome.id"))
    times_used: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[dt.datetime]


class Reconciliation(Base):
    """An account agreed with a statement balance on a date; who did it and when."""

    __tablename__ = "reconciliation"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    statement_date: Mapped[dt.date]
    balance: Mapped[Money]
    actor: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime]


class BankMapping(Base):
    """A CSV column layout the person chose once for a bank (``ColumnMapping.to_dict`` JSON)."""

    __tablename__ = "bank_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    bank: Mapped[str] = mapped_column(String(200), unique=True)
    mapping_json: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[dt.datetime]
