"""What every statement reader produces, whatever the file looked like.

The readers (CSV, OFX, QIF, Santander text) all hand back the same two frozen types so
the rest of the app never needs to know which bank a row came from. Amounts are
:class:`~dpwallet.domain.money.Money` in whole pence; nothing here is ever a float.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dpwallet.domain.money import Money, total

# Limits (security matrix F-4): a direct-payment account has a few hundred rows a year,
# so anything near these is not a real statement and is refused before parsing.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_FIELD_CHARS = 10_000
MAX_LINES = 50_000


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One payment in or out, exactly as the statement told it.

    ``line`` is the 1-based line of the file the row starts on, so messages and the
    review screen can point the person at the right place. ``amount`` is negative for
    money going out. ``balance`` is the running balance after this row, when the file
    carries one.
    """

    line: int
    date: dt.date
    amount: Money
    payee: str
    description: str = ""
    reference: str = ""
    balance: Money | None = None


@dataclass(frozen=True, slots=True)
class ParsedStatement:
    """A whole statement file, rows oldest first.

    ``rows`` are in chronological order; same-day rows keep the order the bank gave
    them (read forwards in time). ``account_hint`` is what the file says about the
    account (usually the last four digits) so the app can suggest which account it
    belongs to; it is never trusted for anything else. ``stated_closing_balance`` is a
    balance the file gives for the whole statement (OFX ``LEDGERBAL``) when its rows
    carry none.
    """

    rows: tuple[StatementRow, ...]
    format: str
    preset: str | None = None
    account_hint: str | None = None
    stated_closing_balance: Money | None = None

    @property
    def money_in(self) -> Money:
        return total(r.amount for r in self.rows if r.amount.pence > 0)

    @property
    def money_out(self) -> Money:
        return total(r.amount for r in self.rows if r.amount.pence < 0)

    @property
    def net(self) -> Money:
        return total(r.amount for r in self.rows)

    @property
    def opening_balance(self) -> Money | None:
        """Balance before the first row: its balance minus its amount (when known)."""
        if self.rows and self.rows[0].balance is not None:
            return self.rows[0].balance - self.rows[0].amount
        if self.stated_closing_balance is not None:
            return self.stated_closing_balance - self.net
        return None

    @property
    def closing_balance(self) -> Money | None:
        """Balance after the last row, when the file carries balances."""
        if self.rows and self.rows[-1].balance is not None:
            return self.rows[-1].balance
        return self.stated_closing_balance

    @property
    def first_date(self) -> dt.date | None:
        return self.rows[0].date if self.rows else None

    @property
    def last_date(self) -> dt.date | None:
        return self.rows[-1].date if self.rows else None
