"""Personal assistants the person employs, their pay rates and the shifts they work."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from dpwallet.domain.money import Money
from dpwallet.models.base import Base


class PersonalAssistant(Base):
    __tablename__ = "personal_assistant"
    __table_args__ = (
        CheckConstraint(
            "pay_frequency IN ('weekly', 'fortnightly', 'four-weekly', 'monthly')",
            name="frequency",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(500), default="")
    date_of_birth: Mapped[dt.date | None]
    ni_number: Mapped[str] = mapped_column(String(13), default="")
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    tax_code: Mapped[str] = mapped_column(String(12), default="1257L")
    week1_month1: Mapped[bool] = mapped_column(default=False)
    ni_category: Mapped[str] = mapped_column(String(1), default="A")
    pay_frequency: Mapped[str] = mapped_column(String(20), default="weekly")
    irregular_hours: Mapped[bool] = mapped_column(default=False)
    rolled_up_holiday_pay: Mapped[bool] = mapped_column(default=False)
    pension_status: Mapped[str] = mapped_column(String(30), default="not_assessed")
    pension_enrolled_on: Mapped[dt.date | None]
    contract_signed_on: Mapped[dt.date | None]
    insurance_renewal: Mapped[dt.date | None]
    dbs_checked_on: Mapped[dt.date | None]


class PayRate(Base):
    """Hourly rates from a date; a pay rise is a new row, history stays."""

    __tablename__ = "pay_rate"

    id: Mapped[int] = mapped_column(primary_key=True)
    assistant_id: Mapped[int] = mapped_column(ForeignKey("personal_assistant.id"), index=True)
    effective_from: Mapped[dt.date]
    base_hourly: Mapped[Money]
    weekend_hourly: Mapped[Money | None]
    bank_holiday_hourly: Mapped[Money | None]
    night_hourly: Mapped[Money | None]
    sleep_in_flat: Mapped[Money | None]


class Shift(Base):
    __tablename__ = "shift"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="ends_after_start"),
        Index("ix_shift_assistant_start", "assistant_id", "start_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assistant_id: Mapped[int] = mapped_column(ForeignKey("personal_assistant.id"))
    start_at: Mapped[dt.datetime]
    end_at: Mapped[dt.datetime]
    break_minutes: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(20), default="normal")  # normal, sleep_in, night
    hours: Mapped[Decimal]
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey("outcome.id"))
    approved: Mapped[bool] = mapped_column(default=True)
    pay_run_id: Mapped[int | None] = mapped_column(ForeignKey("pay_run.id"))
    note: Mapped[str] = mapped_column(String(500), default="")
