"""How much slower than bare ``csv`` is reading a real statement?

A generated 10,000-row Lloyds-layout CSV (newest first, debit/credit columns,
running balance) is read by :func:`dpwallet.imports.read_statement` and, as the
baseline, by the standard library's ``csv.reader`` over the same decoded bytes. The
ratio covers everything the importer adds: detection, date and amount parsing into
exact pence, balance-based ordering.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random

from bench.__main__ import BenchCase
from dpwallet.imports import read_statement

ROWS = 10_000
PAYEES = ["CITY TAXIS", "SWIM CENTRE", "J BLOGGS PA WAGES", "HMRC PAYE", "NEST PENSIONS"]


def generate(rows: int = ROWS, seed: int = 7) -> bytes:
    """A Lloyds-style statement of ``rows`` rows, newest first, balances consistent."""
    rng = random.Random(seed)
    day = dt.date(2020, 1, 1)
    balance = 100_000
    lines = []
    for _ in range(rows):
        day += dt.timedelta(days=rng.random() < 0.3)
        pence = rng.choice([-1, -1, -1, 1]) * rng.randint(1, 200_000)
        balance += pence
        debit = f"{-pence // 100}.{-pence % 100:02d}" if pence < 0 else ""
        credit = f"{pence // 100}.{pence % 100:02d}" if pence > 0 else ""
        sign = "-" if balance < 0 else ""
        bal = f"{sign}{abs(balance) // 100}.{abs(balance) % 100:02d}"
        lines.append(
            f"{day:%d/%m/%Y},DEB,'30-99-50,12345678,{rng.choice(PAYEES)},{debit},{credit},{bal}"
        )
    header = (
        "Transaction Date,Transaction Type,Sort Code,Account Number,"
        "Transaction Description,Debit Amount,Credit Amount,Balance"
    )
    return ("\r\n".join([header, *reversed(lines)]) + "\r\n").encode()


def cases() -> list[BenchCase]:
    data = generate()

    def baseline() -> object:
        return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))

    def subject() -> object:
        statement = read_statement(data, "statement.csv")
        assert len(statement.rows) == ROWS
        return statement

    return [
        BenchCase(
            name=f"read_statement {ROWS:,}-row Lloyds CSV",
            baseline_label="csv.reader on the same bytes",
            baseline=baseline,
            subject=subject,
            repeat=5,
        )
    ]
