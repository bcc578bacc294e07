"""The direct payment agreement and the support-plan outcomes the money is for."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from dpwallet.domain.money import Money
from dpwallet.models.base import Base


class Agreement(Base):
    __tablename__ = "agreement"
    __table_args__ = (
        CheckConstraint(
            "payment_frequency IN ('weekly', 'four-weekly', 'monthly')", name="frequency"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    gross_budget: Mapped[Money]  # per payment period
    contribution: Mapped[Money]  # the person's assessed contribution per period
    net_payment: Mapped[Money]  # what the council pays in per period
    payment_frequency: Mapped[str] = mapped_column(String(20))
    next_payment_date: Mapped[dt.date | None]
    contribution_frequency: Mapped[str] = mapped_column(String(20), default="weekly")
    contingency_weeks: Mapped[int] = mapped_column(default=8)


class Outcome(Base):
    __tablename__ = "outcome"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(500))
    hours_per_week: Mapped[Decimal | None]
    money_per_week: Mapped[Money | None]
    position: Mapped[int] = mapped_column(default=0)
    archived: Mapped[bool] = mapped_column(default=False)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
