"""Council returns (financial check-ups) the person has sent, frozen as they were sent."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dpwallet.domain.money import Money
from dpwallet.models.base import Base


class CouncilReturn(Base):
    __tablename__ = "council_return"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_from: Mapped[dt.date]
    period_to: Mapped[dt.date]
    opening_balance: Mapped[Money]
    money_in: Mapped[Money]
    money_out: Mapped[Money]
    closing_balance: Mapped[Money]
    note: Mapped[str] = mapped_column(Text, default="")
    snapshot_json: Mapped[str] = mapped_column(Text)  # the sheet's data as sent
    sent_at: Mapped[dt.datetime]
    sent_by: Mapped[str] = mapped_column(String(200), default="")
