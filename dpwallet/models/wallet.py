"""The person the wallet belongs to, and anyone managing the money for them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from dpwallet.models.base import Base


class WalletInfo(Base):
    """One row: whose direct payment this is."""

    __tablename__ = "wallet_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    council: Mapped[str] = mapped_column(String(200), default="")
    council_reference: Mapped[str] = mapped_column(String(100), default="")
    council_profile: Mapped[str] = mapped_column(String(100), default="")
    is_demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime]


class NominatedPerson(Base):
    """A nominated or suitable person who manages the money for the person."""

    __tablename__ = "nominated_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    wallet_id: Mapped[int] = mapped_column(ForeignKey("wallet_info.id"))
    name: Mapped[str] = mapped_column(String(200))
    relationship: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20), default="nominated")  # or "suitable"
    contact: Mapped[str] = mapped_column(String(300), default="")
