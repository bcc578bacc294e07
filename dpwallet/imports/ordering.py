"""Putting rows in time order, whichever way round the bank wrote them.

Many UK exports (Lloyds, HSBC, Co-op) are newest first. We decide the direction
from the running balances when there are any (they say exactly which row came after
which), otherwise from the first and last dates, and failing both from the bank's
known habit. A newest-first file is reversed
(so same-day rows come out in the order they happened), then a stable sort by date
tidies any stragglers without reordering rows of the same day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .rows import StatementRow

_DIGITS = re.compile(r"\d")


def _balance_votes(rows: Sequence[StatementRow]) -> tuple[int, int]:
    forward = backward = 0
    for earlier, later in zip(rows, rows[1:], strict=False):
        if earlier.balance is None or later.balance is None:
            continue
        before, after = earlier.balance.pence, later.balance.pence
        if before + later.amount.pence == after:
            forward += 1
        if after + earlier.amount.pence == before:
            backward += 1
    return forward, backward


def is_newest_first(rows: Sequence[StatementRow], usual: bool = False) -> bool:
    """True when the statement lists its most recent row first.

    ``usual`` is the bank's known habit, used only when neither balances nor dates
    decide (for example "+£8" then "-£8" on one day reads correctly both ways).
    """
    if len(rows) < 2:
        return usual
    forward, backward = _balance_votes(rows)
    if forward != backward:
        return backward > forward
    if rows[0].date != rows[-1].date:
        return rows[0].date > rows[-1].date
    return usual


def chronological(
    rows: Sequence[StatementRow], newest_first_usual: bool = False
) -> tuple[StatementRow, ...]:
    """Rows oldest first, same-day rows in the order they happened."""
    newest_first = is_newest_first(rows, newest_first_usual)
    ordered = list(reversed(rows)) if newest_first else list(rows)
    ordered.sort(key=lambda row: row.date)
    return tuple(ordered)


def account_hint(text: str | None) -> str | None:
    """The last four digits of an account or card number, if the text has four."""
    if not text:
        return None
    digits = _DIGITS.findall(text)
    return "".join(digits[-4:]) if len(digits) >= 4 else None
