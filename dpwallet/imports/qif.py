"""QIF (Quicken Interchange Format) bank and card statements, hand-written.

QIF is a list of records, one field per line, each line starting with a code letter:
``D`` date, ``T``/``U`` amount, ``P`` payee, ``M`` memo, ``N`` cheque or reference
number, ``^`` end of record. A ``!Type:Bank`` (or ``CCard``, ``Cash``, ``Oth A``,
``Oth L``) line starts the list. Other codes (category, cleared flag, address, splits)
do not affect the money and are ignored.

QIF dates have no fixed form. We accept "15/01/2026", "15/01/26", "1/15'26"
(Quicken's apostrophe marks a 2000s year, " 6" padded), "2026-01-15", "15.01.2026"
and "15 Jan 2026". Day/month order is decided once for the whole file: a first number
over 12 means day first, a second over 12 means month first; if nothing decides it,
UK day-first wins except for the apostrophe form, which only US Quicken writes.
"""

from __future__ import annotations

import datetime as dt
import re

from dpwallet.domain.errors import ImportRejected
from dpwallet.domain.money import Money

from .errors import CHECK_DOWNLOAD, at_line, shown
from .ordering import account_hint, chronological
from .rows import MAX_FIELD_CHARS, ParsedStatement, StatementRow
from .values import date_parser, full_year, parse_pence

_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*([/.-]|')\s*(\d{1,4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDY = (date_parser("%d %b %Y"), date_parser("%d-%b-%Y"), date_parser("%d %b %y"))
_BANK_TYPES = {"bank", "ccard", "cash", "oth a", "oth l"}
_LINES = re.compile(r"\r\n|\r|\n")


class _Record:
    __slots__ = ("line", "date", "amount", "payee", "memo", "number")

    def __init__(self, line: int) -> None:
        self.line = line
        self.date = ""
        self.amount = ""
        self.payee = ""
        self.memo = ""
        self.number = ""


def _day_first(records: list[_Record]) -> bool:
    day_first_seen = month_first_seen = apostrophe = False
    for record in records:
        match = _NUMERIC.match(record.date)
        if not match:
            continue
        first, second = int(match[1]), int(match[2])
        day_first_seen |= first > 12
        month_first_seen |= second > 12
        apostrophe |= match[3] == "'"
    if day_first_seen and month_first_seen:
        raise ImportRejected(
            "The dates in this QIF file are written in two different orders, so dpwallet "
            "cannot tell days from months. " + CHECK_DOWNLOAD
        )
    if day_first_seen or month_first_seen:
        return day_first_seen
    return not apostrophe


def _date(text: str, day_first: bool) -> dt.date | None:
    match = _NUMERIC.match(text)
    try:
        if match:
            first, second, sep, year_text = int(match[1]), int(match[2]), match[3], match[4]
            year = int(year_text)
            if len(year_text) <= 2:
                year = 2000 + year if sep == "'" else full_year(year)
            elif len(year_text) == 3:
                return None
            day, month = (first, second) if day_first else (second, first)
            return dt.date(year, month, day)
        match = _ISO.match(text)
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    for parse in _WORDY:
        parsed = parse(text)
        if parsed is not None:
            return parsed
    return None


def read_qif(text: str) -> ParsedStatement:
    """Rows of a QIF bank, cash or card list."""
    records: list[_Record] = []
    current: _Record | None = None
    in_account_block = False
    account_name = ""
    seen_type = False
    for number, raw in enumerate(_LINES.split(text), start=1):
        line = raw.strip()
        if not line:
            continue
        if len(line) > MAX_FIELD_CHARS:
            raise at_line(number, "has a piece of text over 10,000 characters long")
        code, value = line[0], line[1:].strip()
        if code == "!":
            header = value.casefold()
            if header.startswith("type:"):
                kind = header[5:].strip()
                if kind not in _BANK_TYPES:
                    raise ImportRejected(
                        f'This QIF file holds "{shown(value[5:].strip())}" records, not a bank '
                        "or card statement. " + CHECK_DOWNLOAD
                    )
                seen_type = True
                in_account_block = False
            elif header.startswith("account"):
                in_account_block = True
            continue
        if in_account_block:
            if code == "N":
                account_name = value
            elif code == "^":
                in_account_block = False
            continue
        if code == "^":
            if current is not None:
                records.append(current)
            current = None
            continue
        if current is None:
            current = _Record(number)
        if code == "D":
            current.date = value
        elif code in "TU" and not current.amount:
            current.amount = value
        elif code == "P":
            current.payee = value
        elif code == "M":
            current.memo = value
        elif code == "N":
            current.number = value
    if current is not None and (current.date or current.amount):
        records.append(current)
    if not seen_type and not records:
        raise ImportRejected("This QIF file has no payments in it. " + CHECK_DOWNLOAD)
    day_first = _day_first(records)
    rows = []
    for record in records:
        if not record.date:
            raise at_line(record.line, "starts a payment with no date (no D line)")
        date = _date(record.date, day_first)
        if date is None:
            raise at_line(record.line, f'has a date dpwallet cannot read ("{shown(record.date)}")')
        if not record.amount:
            raise at_line(record.line, "starts a payment with no amount (no T line)")
        pence = parse_pence(record.amount)
        if pence is None:
            raise at_line(
                record.line, f'has an amount dpwallet cannot read ("{shown(record.amount)}")'
            )
        rows.append(
            StatementRow(
                line=record.line,
                date=date,
                amount=Money(pence),
                payee=" ".join((record.payee or record.memo).split()),
                description=" ".join(record.memo.split()),
                reference=record.number,
                balance=None,
            )
        )
    return ParsedStatement(
        rows=chronological(rows),
        format="qif",
        account_hint=account_hint(account_name),
    )
