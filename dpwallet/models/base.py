"""Declarative base with the type map that makes ``Mapped[Money]`` an INTEGER pence column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

from dpwallet.domain.money import Money
from dpwallet.models.types import DecimalText, MoneyType, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        Money: MoneyType(),
        Decimal: DecimalText(),
        dt.datetime: UTCDateTime(),
    }
