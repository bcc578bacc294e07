"""Which rows of a new statement are not already in the account.

People download overlapping date ranges, or the same file twice. Rows have no stable
id across banks, so a row is known by its :class:`Fingerprint`: date, amount in pence,
normalised payee and (when the statement has one) the running balance.

Rules, for each (date, amount, payee) key:

1. Where both sides carry balances, a balance identifies the row: a new row whose
   balance matches an existing row of the key is the same payment.
2. Otherwise count occurrences: if the account has *k* rows with the key and the file
   has *n*, the first *k* of the file's are already there and the remaining *n - k*
   are new. So two genuine £8.00 taxi fares on one day are both kept, importing the
   same file twice adds nothing, and an overlapping file adds only its new days.

The storage layer keeps ``fingerprint(row)`` (a short string) per transaction and
passes those strings back in; nothing else about the account is needed.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .rows import ParsedStatement, StatementRow

_PAYEE_CHARS = 24
_VERSION = "v1"


def normalise_payee(text: str) -> str:
    """Payee text compared loosely: case, accents, punctuation and spacing ignored.

    Cut to 24 characters because banks truncate names differently between exports.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch if ch.isalnum() and ch.isascii() else " " for ch in decomposed)
    return " ".join(kept.split())[:_PAYEE_CHARS].rstrip()


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What identifies a statement row for de-duplication."""

    date: dt.date
    pence: int
    payee: str
    balance: int | None = None

    @property
    def key(self) -> tuple[dt.date, int, str]:
        return (self.date, self.pence, self.payee)

    def __str__(self) -> str:
        balance = "-" if self.balance is None else str(self.balance)
        return f"{_VERSION}|{self.date.isoformat()}|{self.pence}|{self.payee}|{balance}"

    @classmethod
    def parse(cls, text: str) -> Fingerprint:
        """Read back ``str(fingerprint)``. ``ValueError`` if the stored text is damaged."""
        parts = text.split("|")
        if len(parts) != 5 or parts[0] != _VERSION:
            raise ValueError("not a dpwallet statement fingerprint")
        balance = None if parts[4] == "-" else int(parts[4])
        return cls(dt.date.fromisoformat(parts[1]), int(parts[2]), parts[3], balance)


def fingerprint_of(row: StatementRow) -> Fingerprint:
    return Fingerprint(
        date=row.date,
        pence=row.amount.pence,
        payee=normalise_payee(row.payee or row.description),
        balance=None if row.balance is None else row.balance.pence,
    )


def fingerprint(row: StatementRow) -> str:
    """The string the storage layer keeps for an imported transaction."""
    return str(fingerprint_of(row))


class _Existing:
    """Existing rows of one key: balances still unmatched, and rows without one."""

    __slots__ = ("balances", "without_balance")

    def __init__(self) -> None:
        self.balances: Counter[int] = Counter()
        self.without_balance = 0

    def take_balance(self, balance: int) -> bool:
        if self.balances[balance] > 0:
            self.balances[balance] -= 1
            return True
        return False

    def take_any(self, row_has_balance: bool) -> bool:
        """Match by count. A row with a balance only pairs with a row that had none:
        two different balances are two different payments."""
        if self.without_balance > 0:
            self.without_balance -= 1
            return True
        if not row_has_balance:
            for balance, count in self.balances.items():
                if count > 0:
                    self.balances[balance] -= 1
                    return True
        return False


def new_rows(
    existing: Iterable[str | Fingerprint], statement: ParsedStatement
) -> list[StatementRow]:
    """The statement's rows that the account does not have yet, in statement order."""
    by_key: defaultdict[tuple[dt.date, int, str], _Existing] = defaultdict(_Existing)
    for item in existing:
        fp = item if isinstance(item, Fingerprint) else Fingerprint.parse(item)
        bucket = by_key[fp.key]
        if fp.balance is None:
            bucket.without_balance += 1
        else:
            bucket.balances[fp.balance] += 1
    prints = [fingerprint_of(row) for row in statement.rows]
    known = [False] * len(prints)
    # Pass 1: balances identify rows exactly.
    for index, fp in enumerate(prints):
        if fp.balance is not None and fp.key in by_key:
            known[index] = by_key[fp.key].take_balance(fp.balance)
    # Pass 2: count what is left, earliest rows of the file first.
    for index, fp in enumerate(prints):
        if not known[index] and fp.key in by_key:
            known[index] = by_key[fp.key].take_any(fp.balance is not None)
    return [row for row, seen in zip(statement.rows, known, strict=True) if not seen]
