"""Pay runs (a confirmed pay period) and the payslip figures for each personal assistant."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dpwallet.domain.money import Money
from dpwallet.models.base import Base


class PayRun(Base):
    __tablename__ = "pay_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    tax_year: Mapped[str] = mapped_column(String(7))  # "2026-27"
    frequency: Mapped[str] = mapped_column(String(20))
    period: Mapped[int]
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    pay_date: Mapped[dt.date]
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft, confirmed
    confirmed_at: Mapped[dt.datetime | None]


class Payslip(Base):
    __tablename__ = "payslip"
    __table_args__ = (UniqueConstraint("pay_run_id", "assistant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pay_run_id: Mapped[int] = mapped_column(ForeignKey("pay_run.id"))
    assistant_id: Mapped[int] = mapped_column(ForeignKey("personal_assistant.id"))
    hours: Mapped[Decimal]
    gross_pay: Mapped[Money]
    holiday_pay: Mapped[Money]
    sick_pay: Mapped[Money]
    tax: Mapped[Money]
    employee_ni: Mapped[Money]
    employer_ni: Mapped[Money]
    employee_pension: Mapped[Money]
    employer_pension: Mapped[Money]
    net_pay: Mapped[Money]
    tax_code: Mapped[str] = mapped_column(String(12))
    ni_category: Mapped[str] = mapped_column(String(1))
    details_json: Mapped[str] = mapped_column(Text, default="{}")  # itemised lines, YTD
