"""Santander UK's "text file" statement download.

Santander's long-standing download (``.txt``, Windows-1252) is not CSV but blocks of
"Key: value" lines, with a non-breaking space after each colon::

    From: 01/01/2026 to 31/01/2026

    Account: XXXX XXXX XXXX 4821

    Date: 15/01/2026
    Description: CARD PAYMENT TO CITY TAXIS,8.00 GBP, RATE 1.00/GBP ON 14-01-2026
    Amount: -8.00
    Balance: 1226.56

Dates "DD/MM/YYYY"; "Amount" is signed (negative is money out), sometimes followed by
"GBP"; "Balance" is the running balance. Newest first. Each "Date:" line starts a
transaction and its line number is the row's line.
"""

from __future__ import annotations

import re

from dpwallet.domain.errors import ImportRejected
from dpwallet.domain.money import Money

from .errors import CHECK_DOWNLOAD, at_line, shown
from .ordering import account_hint, chronological
from .rows import MAX_FIELD_CHARS, ParsedStatement, StatementRow
from .values import date_parser, parse_pence

_FIELD = re.compile(r"^(Date|Description|Amount|Balance|Account|From):(.*)$", re.IGNORECASE)
_LINES = re.compile(r"\r\n|\r|\n")
_PARSE_DATE = date_parser("%d/%m/%Y")
LOOKS_LIKE = re.compile(r"^Date:.*\n(?:.*\n){0,2}?Amount:", re.MULTILINE | re.IGNORECASE)


_PREFIX = re.compile(
    r"^(?:CARD PAYMENT TO|DIRECT DEBIT PAYMENT TO|BILL PAYMENT VIA FASTER PAYMENT TO|"
    r"STANDING ORDER VIA FASTER PAYMENT TO|FASTER PAYMENTS RECEIPT(?: REF)?|"
    r"BANK GIRO CREDIT REF|TRANSFER TO|TRANSFER FROM|CASH WITHDRAWAL AT)\s+",
    re.IGNORECASE,
)
_SUFFIX = re.compile(r"(?:,| REF | ON \d{2}-\d{2}-\d{4}| MANDATE NO ).*$", re.IGNORECASE)


def _payee(description: str) -> str:
    """Santander has no payee column: take the name out of "CARD PAYMENT TO X,8.00 GBP..."."""
    name = _SUFFIX.sub("", _PREFIX.sub("", description)).strip()
    return name or description


def _amount(value: str) -> int | None:
    value = value.strip()
    if value.upper().endswith("GBP"):
        value = value[:-3]
    return parse_pence(value)


def read_santander_text(text: str) -> ParsedStatement:
    """Rows of a Santander text-file statement."""
    blocks: list[tuple[int, dict[str, str]]] = []
    hint = None
    for number, raw in enumerate(_LINES.split(text), start=1):
        line = raw.replace("\u00a0", " ").strip()
        if not line:
            continue
        if len(line) > MAX_FIELD_CHARS:
            raise at_line(number, "has a piece of text over 10,000 characters long")
        match = _FIELD.match(line)
        if match is None:
            raise at_line(number, f'is not a line dpwallet expects here ("{shown(line)}")')
        key, value = match[1].casefold(), match[2].strip()
        if key == "account":
            hint = account_hint(value)
        elif key == "from":
            continue
        elif key == "date":
            blocks.append((number, {"date": value}))
        elif not blocks:
            raise at_line(number, "comes before the first transaction's date")
        else:
            blocks[-1][1][key] = value
    rows = []
    for line, block in blocks:
        date = _PARSE_DATE(block["date"])
        if date is None:
            raise at_line(line, f'has a date dpwallet cannot read ("{shown(block["date"])}")')
        if "amount" not in block:
            raise at_line(line, "starts a transaction with no amount")
        pence = _amount(block["amount"])
        if pence is None:
            raise at_line(line, f'has an amount dpwallet cannot read ("{shown(block["amount"])}")')
        balance = None
        if block.get("balance"):
            balance_pence = _amount(block["balance"])
            if balance_pence is None:
                raise at_line(
                    line, f'has a balance dpwallet cannot read ("{shown(block["balance"])}")'
                )
            balance = Money(balance_pence)
        description = " ".join(block.get("description", "").split())
        rows.append(
            StatementRow(
                line=line,
                date=date,
                amount=Money(pence),
                payee=_payee(description),
                description=description,
                balance=balance,
            )
        )
    if not rows:
        raise ImportRejected("This statement has no payments in it. " + CHECK_DOWNLOAD)
    return ParsedStatement(
        rows=chronological(rows, newest_first_usual=True),
        format="santander_text",
        preset="santander",
        account_hint=hint,
    )
