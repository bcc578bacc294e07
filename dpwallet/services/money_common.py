"""Shared pieces of the Money services: kind errors, lookups, checks on what people type.

Why one module: every Money command must refuse the same impossible things with the
same kind sentence (what is wrong and how to fix it, with an example), before anything
is written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.i18n import _

T = TypeVar("T")
EARLIEST = dt.date(2000, 1, 1)


class RowLocked(UsageError):
    """A reconciled (locked) payment; it agrees with a bank statement, so it is kept as is."""


def get(session: Session, model: type[T], key: int, what: str) -> T:
    """The row, or a kind sentence saying it is no longer there."""
    row = session.get(model, key)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise UsageError(
            _("That {thing} is no longer in your wallet. It may have been removed.").format(
                thing=what
            )
        )
    return row


def clean_text(value: str, limit: int, field: str, *, required: bool = False) -> str:
    """Trim, refuse control characters and over-long text, with the field named."""
    text = " ".join(value.split())
    if required and not text:
        raise UsageError(_("Enter the {field}.").format(field=field))
    if len(text) > limit:
        raise UsageError(
            _("The {field} is too long. Keep it under {count} characters.").format(
                field=field, count=limit
            )
        )
    return text


def check_amount(amount: Money, *, allow_zero: bool = False) -> Money:
    if not isinstance(amount, Money):
        raise TypeError("amounts are Money")
    if not allow_zero and not amount:
        raise UsageError(_("Enter the amount, like \u00a312.50."))
    return amount


def check_date(day: dt.date, today: dt.date, field: str) -> dt.date:
    """Dates from 2000 to a year ahead: anything else is a typing slip."""
    if not EARLIEST <= day <= today + dt.timedelta(days=366):
        raise UsageError(
            _("Check the {field}: it should be a real date, like 3 March 2026.").format(field=field)
        )
    return day


def locked_error() -> RowLocked:
    return RowLocked(
        _(
            "This payment is ticked off against a bank statement, so it is kept as it is. "
            "If it really needs changing, choose \u201cUnlock\u201d first, then change it."
        )
    )


def as_dict(obj: Any, *names: str) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}
