"""Who changed what, and when; and the record of schema upgrades."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dpwallet.models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(200))  # the person or their nominated person
    action: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50), default="")
    entity_id: Mapped[int | None]
    detail: Mapped[str] = mapped_column(Text, default="")


class MigrationLog(Base):
    __tablename__ = "migration_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    from_revision: Mapped[str] = mapped_column(String(50))
    to_revision: Mapped[str] = mapped_column(String(50))
    app_version: Mapped[str] = mapped_column(String(20))
    backup_file: Mapped[str] = mapped_column(String(300), default="")
