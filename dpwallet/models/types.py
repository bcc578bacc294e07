"""Column types: Money as INTEGER pence, Decimal as exact text, UTC timestamps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import Dialect, Integer, String
from sqlalchemy.types import TypeDecorator

from dpwallet.domain.money import Money


class MoneyType(TypeDecorator[Money]):
    """Money stored as whole pence in an INTEGER column."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Money):
            raise TypeError("Money columns take Money values")
        return value.pence

    def process_result_value(self, value: Any, dialect: Dialect) -> Money | None:
        return None if value is None else Money(int(value))


class DecimalText(TypeDecorator[Decimal]):
    """Rates and hours kept exact as text (SQLite has no decimal type)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return str(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes as ISO text, so ordering by text is ordering by time."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return str(value.astimezone(dt.UTC).isoformat(timespec="seconds"))

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)
