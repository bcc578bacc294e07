"""The period's transactions as CSV, for councils that load returns into their own systems.

UTF-8 with a byte-order mark, so Excel on Windows shows "Siân" and "Łukasz" correctly.
Text cells that start with = + - @ TAB or CR get a leading apostrophe, so a payee
called "=HYPERLINK(...)" can never run as a formula (CSV injection). Amounts stay
plain numbers ("-12.00"): they are produced by ``Money.to_str`` and never guarded.
Headers match the JSON field names (docs/return-format.md) and are not translated.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from dpwallet.domain.reconciliation import ReturnSheet, counts_as
from dpwallet.storage import atomic

__all__ = ["CSV_COLUMNS", "guard_cell", "return_csv_bytes", "write_return_csv"]

CSV_COLUMNS = (
    "id",
    "date",
    "account",
    "payee",
    "description",
    "category",
    "outcome",
    "kind",
    "counts_as",
    "amount",
    "receipts",
)
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(text: str) -> str:
    """Text a spreadsheet will show as text, never evaluate."""
    if text.startswith(DANGEROUS_START) or text.lstrip(" ").startswith(DANGEROUS_START):
        return "'" + text
    return text


def return_csv_bytes(sheet: ReturnSheet) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for ln in sheet.lines:
        texts = [ln.account, ln.payee, ln.description, ln.category, ln.outcome or "", ln.kind]
        guarded = [guard_cell(value) for value in texts]
        writer.writerow(
            [
                ln.id,
                ln.date.isoformat(),
                *guarded,
                counts_as(ln),
                ln.amount.to_str(),
                guard_cell(";".join(ln.receipt_refs)),
            ]
        )
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def write_return_csv(sheet: ReturnSheet, path: Path) -> Path:
    """Write the CSV atomically and return its path."""
    atomic.write_bytes(path, return_csv_bytes(sheet))
    return path
