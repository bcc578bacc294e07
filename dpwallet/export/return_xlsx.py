"""The council return as a spreadsheet whose totals are live formulas.

Council finance teams often check a return by re-adding it. So the Summary sheet does
not hold typed totals: every figure except the opening balances is a formula over the
Transactions sheet (SUMPRODUCT with exact matches, not SUMIFS, whose criteria treat
"*" and "?" in an account name as wildcards). LibreOffice and Excel recalculate them to
the same pence as the PDF. Amounts are written as ``Decimal`` (never float) with a
"£" number format; text cells are forced to text so a payee called "=HYPERLINK(...)"
stays words.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from dpwallet.domain.money import Money
from dpwallet.domain.reconciliation import ReturnSheet, counts_as
from dpwallet.export.return_text import document_gettext, texts
from dpwallet.storage import atomic

__all__ = ["MONEY_FORMAT", "return_xlsx_bytes", "write_return_xlsx"]

MONEY_FORMAT = "£#,##0.00;-£#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="E8EEF4")
# Transactions sheet columns
COL = {"id": "A", "date": "B", "account": "C", "who": "D", "description": "E", "category": "F"}
COL |= {"outcome": "G", "kind": "H", "counts": "I", "amount": "J", "receipts": "K"}


def _text(ws: Worksheet, row: int, col: int, value: str, *, bold: bool = False) -> None:
    """A cell that is always text, even if it starts with "=" (no formula injection)."""
    cell = ws.cell(row=row, column=col)
    cell.value = value
    cell.data_type = "s"
    if bold:
        cell.font = BOLD


def _money(ws: Worksheet, row: int, col: int, value: Money | Decimal | str) -> None:
    """A money cell: a Decimal, or a formula string when ``value`` is a str."""
    cell = ws.cell(row=row, column=col)
    cell.value = value.to_decimal() if isinstance(value, Money) else value
    cell.number_format = MONEY_FORMAT


def _header(ws: Worksheet, row: int, labels: list[str]) -> None:
    for col, label in enumerate(labels, start=1):
        _text(ws, row, col, label, bold=True)
        ws.cell(row=row, column=col).fill = HEAD_FILL


def _transactions(ws: Worksheet, sheet: ReturnSheet, t: dict[str, str]) -> None:
    labels = [t["line_id"], t["date"], t["account"], t["who"], t["description"], t["category"]]
    labels += [t["outcome"], t["kind"], "counts_as", t["amount"], t["receipt"]]
    _header(ws, 1, labels)
    for row, ln in enumerate(sheet.lines, start=2):
        ws.cell(row=row, column=1, value=ln.id)
        date_cell = ws.cell(row=row, column=2, value=ln.date)
        date_cell.number_format = DATE_FORMAT
        for col, value in enumerate(
            [ln.account, ln.payee, ln.description, ln.category, ln.outcome or "", ln.kind],
            start=3,
        ):
            _text(ws, row, col, value)
        _text(ws, row, 9, counts_as(ln))
        _money(ws, row, 10, ln.amount)
        _text(ws, row, 11, ", ".join(ln.receipt_refs))
    widths = (7, 12, 24, 26, 24, 22, 28, 16, 11, 13, 16)
    for letter, width in zip("ABCDEFGHIJK", widths, strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"


def _range(key: str, last: int) -> str:
    return f"Transactions!${COL[key]}$2:${COL[key]}${last}"


def _sum(last: int, counts: str, extra: str = "") -> str:
    """SUMPRODUCT of amounts whose counts_as is ``counts`` (and an extra condition)."""
    cond = f'({_range("counts", last)}="{counts}")'
    return f"SUMPRODUCT({cond}{extra}*{_range('amount', last)})"


def _accounts_block(ws: Worksheet, sheet: ReturnSheet, t: dict[str, str], top: int) -> int:
    """Per-account rows with formulas; returns the row of the totals line."""
    last = max(2, len(sheet.lines) + 1)
    _header(ws, top, [t["account"], t["start"], t["money_in"], t["money_out"], t["transfers"]])
    _text(ws, top, 6, t["end"], bold=True)
    ws.cell(row=top, column=6).fill = HEAD_FILL
    first = top + 1
    for row, account in enumerate(sheet.accounts, start=first):
        _text(ws, row, 1, account.name)
        _money(ws, row, 2, account.opening_balance)
        same = f"*({_range('account', last)}=$A{row})"
        _money(ws, row, 3, "=" + _sum(last, "in", same))
        _money(ws, row, 4, "=-" + _sum(last, "out", same))
        _money(ws, row, 5, "=" + _sum(last, "transfer", same))
        _money(ws, row, 6, f"=B{row}+C{row}-D{row}+E{row}")
    end = first + len(sheet.accounts)
    _text(ws, end, 1, t["total"], bold=True)
    for col in "BCDEF":
        rng = f"{col}{first}:{col}{max(first, end - 1)}"
        _money(ws, end, "BCDEF".index(col) + 2, f"=SUM({rng})")
        ws[f"{col}{end}"].font = BOLD
    return end


def _summary(ws: Worksheet, sheet: ReturnSheet, t: dict[str, str]) -> None:
    i = sheet.inputs
    _text(ws, 1, 1, t["title"], bold=True)
    ws["A1"].font = Font(bold=True, size=14)
    about = [
        (t["name"], i.person_name),
        (t["council"], i.council),
        (t["reference"], i.council_reference),
        (t["nominated"], i.nominated_person or t["none"]),
        (t["period"], f"{i.period_from.isoformat()} – {i.period_to.isoformat()}"),
    ]
    for row, (label, value) in enumerate(about, start=3):
        _text(ws, row, 1, label, bold=True)
        _text(ws, row, 2, value)
    totals = _accounts_block(ws, sheet, t, 9)
    last = max(2, len(sheet.lines) + 1)
    kind = _range("kind", last)
    rows: list[tuple[str, str]] = [
        (t["opening"], f"=B{totals}"),
        (t["money_in"], "=" + _sum(last, "in")),
        (t["council_payments"], "=" + _sum(last, "in", f'*({kind}="council_payment")')),
        (t["contributions"], "=" + _sum(last, "in", f'*({kind}="contribution")')),
        (t["money_out"], "=-" + _sum(last, "out")),
        (t["transfers"], "=" + _sum(last, "transfer")),
    ]
    top = totals + 2
    for row, (label, formula) in enumerate(rows, start=top):
        _text(ws, row, 1, label, bold=row in (top, top + 1, top + 4))
        _money(ws, row, 2, formula)
    closing = top + len(rows)
    _text(ws, closing, 1, t["closing"], bold=True)
    _money(ws, closing, 2, f"=B{top}+B{top + 1}-B{top + 4}+B{top + 5}")
    ws[f"B{closing}"].font = BOLD
    _text(ws, closing + 1, 1, t["reconciles"], bold=True)
    statements = (
        "TRUE" if all(a.statement_matches is not False for a in sheet.accounts) else "FALSE"
    )
    check = f'=IF(AND(B{closing}=F{totals},{statements}),"{t["yes"]}","{t["no"]}")'
    ws.cell(row=closing + 1, column=2, value=check)
    ws.column_dimensions["A"].width = 40
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16


def _receipts(ws: Worksheet, sheet: ReturnSheet, t: dict[str, str]) -> None:
    _header(ws, 1, [t["line_id"], t["date"], t["who"], t["amount"], t["file"]])
    row = 2
    for ln in sheet.lines:
        for ref in ln.receipt_refs:
            ws.cell(row=row, column=1, value=ln.id)
            ws.cell(row=row, column=2, value=ln.date).number_format = DATE_FORMAT
            _text(ws, row, 3, ln.payee)
            _money(ws, row, 4, ln.amount)
            _text(ws, row, 5, ref)
            row += 1
    for letter, width in zip("ABCDE", (7, 12, 30, 13, 30), strict=True):
        ws.column_dimensions[letter].width = width


def return_xlsx_bytes(sheet: ReturnSheet) -> bytes:
    """The workbook in memory: Summary, Transactions and Receipts sheets."""
    t = texts(document_gettext(sheet.language))
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = t["summary_sheet"][:31]
    transactions = book.create_sheet("Transactions")  # formulas refer to this exact name
    receipts = book.create_sheet(t["receipts_index"][:31])
    _transactions(transactions, sheet, t)
    _summary(summary, sheet, t)
    _receipts(receipts, sheet, t)
    for ws in (summary, transactions, receipts):
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(vertical="top")
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    book.properties.title = t["title"]
    book.properties.creator = sheet.inputs.declaration_name or sheet.inputs.person_name
    book.properties.created = dt.datetime.combine(sheet.inputs.declaration_date, dt.time())
    book.properties.language = "cy-GB" if sheet.language == "cy" else "en-GB"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_return_xlsx(sheet: ReturnSheet, path: Path) -> Path:
    """Write the workbook atomically and return its path."""
    atomic.write_bytes(path, return_xlsx_bytes(sheet))
    return path
