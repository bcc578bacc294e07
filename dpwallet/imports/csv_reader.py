"""Reading a CSV statement with a known layout (a bank preset or the person's mapping).

One path for every layout: records come from :mod:`csv` with their starting line
number, the header row resolves column names to positions, then each row becomes a
:class:`~dpwallet.imports.rows.StatementRow`. Any row we cannot read refuses the whole
file, because a return built from half a statement would not reconcile.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from dpwallet.domain.errors import ImportRejected
from dpwallet.domain.money import Money

from .bank_presets import BankPreset
from .column_mapping import ColumnMapping, normalise_header
from .errors import CHECK_DOWNLOAD, at_line, shown
from .ordering import account_hint, chronological
from .rows import MAX_FIELD_CHARS, ParsedStatement, StatementRow
from .values import date_parser, parse_pence

Record = tuple[int, list[str]]
MAX_COLUMNS = 200  # real exports have under 30; thousands of cells only cost time

_BALANCE_MARKERS = frozenset(
    {
        "opening balance",
        "closing balance",
        "balance brought forward",
        "balance carried forward",
        "brought forward",
        "carried forward",
        "start balance",
    }
)


def read_records(text: str, delimiter: str = ",") -> list[Record]:
    """Every CSV record with the 1-based line it starts on (quoted fields may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[Record] = []
    previous = 0
    try:
        for fields in reader:
            start = previous + 1
            previous = reader.line_num
            if len(fields) > MAX_COLUMNS:
                raise at_line(
                    start, f"has more than {MAX_COLUMNS} columns, far more than any bank uses"
                )
            for value in fields:
                if len(value) > MAX_FIELD_CHARS:
                    raise at_line(
                        start,
                        "has a piece of text over 10,000 characters long, far longer than "
                        "any bank statement uses",
                    )
            records.append((start, fields))
    except csv.Error:
        raise at_line(
            previous + 1,
            "could not be read as a table (a quote mark may be missing or a piece of text "
            "is far too long)",
        ) from None
    return records


def _clean(value: str) -> str:
    """Statement text without Excel's leading apostrophe or runs of spaces."""
    return " ".join(value.strip().lstrip("'").split())


def _resolve(mapping: ColumnMapping, header: Sequence[str] | None) -> dict[str, int]:
    """Column roles to positions, naming any chosen column the file lacks."""
    positions: dict[str, int] = {}
    lookup: dict[str, int] = {}
    if header is not None:
        for index, cell in enumerate(header):
            lookup.setdefault(normalise_header(cell), index)
    for role, column in mapping.columns().items():
        if isinstance(column, int):
            positions[role] = column
            continue
        found = lookup.get(normalise_header(column))
        if found is None:
            raise ImportRejected(
                f'The column "{shown(column)}" is not in this file\'s header row. Check you '
                "chose the right file, or choose the columns again."
            )
        positions[role] = found
    return positions


def _amount(fields: list[str], cols: dict[str, int], line: int, negate: bool) -> int | None:
    """Signed pence for a row, or None when the amount cells are all empty."""
    if "amount" in cols:
        raw = fields[cols["amount"]].strip()
        if not raw:
            return None
        pence = parse_pence(raw)
        if pence is None:
            raise at_line(line, f'has an amount dpwallet cannot read ("{shown(raw)}")')
        return -pence if negate else pence
    total = 0
    seen = False
    for role in ("paid_in", "paid_out"):
        if role not in cols:
            continue
        raw = fields[cols[role]].strip()
        if not raw:
            continue
        pence = parse_pence(raw)
        if pence is None:
            raise at_line(line, f'has an amount dpwallet cannot read ("{shown(raw)}")')
        seen = True
        # Money out is written unsigned by most banks, negative by a few: both mean out.
        total += -abs(pence) if role == "paid_out" else pence
    if not seen:
        return None
    return -total if negate else total


def read_csv(
    records: Sequence[Record],
    mapping: ColumnMapping,
    *,
    preset: BankPreset | None = None,
    header_index: int | None = None,
    hint: str | None = None,
) -> ParsedStatement:
    """Rows of a CSV statement. ``header_index`` is the header's position in ``records``
    (found by detection); without it the mapping's ``skip_lines`` decides."""
    if header_index is None:
        body = [r for r in records if r[0] > mapping.skip_lines and any(f.strip() for f in r[1])]
        if mapping.has_header_row:
            if not body:
                raise ImportRejected("This file has no header row. " + CHECK_DOWNLOAD)
            header: list[str] | None = body[0][1]
            body = body[1:]
        else:
            header = None
    else:
        header = list(records[header_index][1])
        body = list(records[header_index + 1 :])
    cols = _resolve(mapping, header)
    width = max(cols.values()) + 1
    parse_date = date_parser(mapping.date_format)
    split = preset.split_payee if preset else None
    rows: list[StatementRow] = []
    for line, fields in body:
        if not any(f.strip() for f in fields):
            continue
        if len(fields) < width:
            fields = fields + [""] * (width - len(fields))
        payee_raw = fields[cols["payee"]] if "payee" in cols else ""
        description = _clean(fields[cols["description"]]) if "description" in cols else ""
        if split is not None:
            payee, extra = split(payee_raw)
            payee = _clean(payee)
            description = _clean(f"{description} {extra}") if extra else description
        else:
            payee = _clean(payee_raw)
        pence = _amount(fields, cols, line, mapping.negate_amounts)
        if (pence is None or pence == 0) and (
            payee.casefold() in _BALANCE_MARKERS or description.casefold() in _BALANCE_MARKERS
        ):
            continue
        raw_date = fields[cols["date"]].strip()
        if not raw_date:
            raise at_line(line, "has no date")
        date = parse_date(raw_date)
        if date is None:
            raise at_line(line, f'has a date dpwallet cannot read ("{shown(raw_date)}")')
        if pence is None:
            raise at_line(line, "has no amount of money in it")
        balance = None
        if "balance" in cols:
            raw_balance = fields[cols["balance"]].strip()
            if raw_balance:
                balance_pence = parse_pence(raw_balance)
                if balance_pence is None:
                    raise at_line(
                        line, f'has a balance dpwallet cannot read ("{shown(raw_balance)}")'
                    )
                balance = Money(balance_pence)
        if hint is None and "account" in cols:
            hint = account_hint(fields[cols["account"]])
        rows.append(
            StatementRow(
                line=line,
                date=date,
                amount=Money(pence),
                payee=payee or description,
                description=description,
                reference=_clean(fields[cols["reference"]]) if "reference" in cols else "",
                balance=balance,
            )
        )
    return ParsedStatement(
        rows=chronological(rows, preset.newest_first if preset else False),
        format="csv",
        preset=preset.name if preset else None,
        account_hint=hint,
    )
