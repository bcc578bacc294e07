"""Write generated rows as CSV in a bank's layout (for property tests).

Each writer takes rows in time order with their running balances and returns the
file bytes as that bank would export them (its order, date form, signs, encoding).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True)
class GenRow:
    date: dt.date
    pence: int
    payee: str
    balance: int


def pounds(pence: int, *, sign: bool = True, commas: bool = False, pound: bool = False) -> str:
    value = pence if sign else abs(pence)
    whole, part = divmod(abs(value), 100)
    number = f"{whole:,}" if commas else str(whole)
    prefix = "-" if value < 0 else ""
    return f"{prefix}{'£' if pound else ''}{number}.{part:02d}"


def dmy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _csv(rows: Sequence[Sequence[str]], encoding: str = "utf-8", bom: bool = False) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    data = out.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def nationwide(rows: Sequence[GenRow]) -> bytes:
    def out(r: GenRow) -> str:
        return pounds(r.pence, sign=False, commas=True, pound=True) if r.pence < 0 else ""

    def inn(r: GenRow) -> str:
        return pounds(r.pence, commas=True, pound=True) if r.pence > 0 else ""

    table = [
        ["Account Name:", "FlexAccount ****12345"],
        ["Account Balance:", pounds(rows[-1].balance, pound=True, commas=True)],
        [],
        ["Date", "Transaction type", "Description", "Paid out", "Paid in", "Balance"],
    ] + [
        [
            f"{r.date.day:02d} {MONTHS[r.date.month - 1]} {r.date.year}",
            "Payment to",
            r.payee,
            out(r),
            inn(r),
            pounds(r.balance, pound=True, commas=True),
        ]
        for r in rows
    ]
    return _csv(table, encoding="cp1252")


def lloyds(rows: Sequence[GenRow]) -> bytes:
    header = "Transaction Date,Transaction Type,Sort Code,Account Number,"
    header += "Transaction Description,Debit Amount,Credit Amount,Balance"
    table = [header.split(",")] + [
        [
            dmy(r.date),
            "DEB",
            "'30-99-50",
            "12345678",
            r.payee,
            pounds(r.pence, sign=False) if r.pence < 0 else "",
            pounds(r.pence) if r.pence > 0 else "",
            pounds(r.balance),
        ]
        for r in reversed(rows)
    ]
    return _csv(table)


def barclays(rows: Sequence[GenRow]) -> bytes:
    table = [["Number", "Date", "Account", "Amount", "Subcategory", "Memo"]] + [
        ["", dmy(r.date), "20-32-06 13152170", pounds(r.pence), "PAYMENT", f"{r.payee}\tREF 1"]
        for r in rows
    ]
    return _csv(table)


def hsbc(rows: Sequence[GenRow]) -> bytes:
    return _csv([[dmy(r.date), r.payee, pounds(r.pence, commas=True)] for r in reversed(rows)])


def natwest(rows: Sequence[GenRow]) -> bytes:
    header = ["Date", " Type", " Description", " Value", " Balance", " Account Name"]
    header.append(" Account Number")
    table = [[], header] + [
        [
            dmy(r.date),
            "POS",
            f"'4821 01JAN26 , {r.payee} , LEEDS GB",
            pounds(r.pence),
            pounds(r.balance),
            "'EXAMPLE J",
            "'560036-87654321",
            "",
        ]
        for r in rows
    ]
    return _csv(table)


def monzo(rows: Sequence[GenRow]) -> bytes:
    header = [
        "Transaction ID",
        "Date",
        "Time",
        "Type",
        "Name",
        "Emoji",
        "Category",
        "Amount",
        "Currency",
        "Local amount",
        "Local currency",
        "Notes and #tags",
        "Address",
        "Receipt",
        "Description",
        "Category split",
        "Money Out",
        "Money In",
    ]
    table = [header] + [
        [
            f"tx_{i:020d}",
            dmy(r.date),
            "12:00:00",
            "Card payment",
            r.payee,
            "",
            "General",
            pounds(r.pence),
            "GBP",
            pounds(r.pence),
            "GBP",
            "note, with comma\nand a line break",
            "",
            "",
            r.payee.upper(),
            "",
            pounds(r.pence) if r.pence < 0 else "",
            pounds(r.pence) if r.pence > 0 else "",
        ]
        for i, r in enumerate(rows)
    ]
    return _csv(table)


def starling(rows: Sequence[GenRow]) -> bytes:
    header = "Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes"
    opening = rows[0].balance - rows[0].pence
    table = [header.split(","), [dmy(rows[0].date), "Opening Balance", "", "", "0.00"]]
    table[-1] += [pounds(opening), "", ""]
    table += [
        [dmy(r.date), r.payee, "REF", "CARD", pounds(r.pence), pounds(r.balance), "GENERAL", ""]
        for r in rows
    ]
    return _csv(table)


def coop(rows: Sequence[GenRow]) -> bytes:
    table = [["Date", "Description", "Money In", "Money Out", "Balance"]] + [
        [
            dmy(r.date),
            r.payee,
            pounds(r.pence) if r.pence > 0 else "",
            pounds(r.pence, sign=False) if r.pence < 0 else "",
            pounds(r.balance),
        ]
        for r in reversed(rows)
    ]
    return _csv(table, bom=True)


def prepaid_card(rows: Sequence[GenRow]) -> bytes:
    table = [
        ["Card Number:", "************4821"],
        [],
        ["Date", "Time", "Merchant", "Description", "Debit", "Credit", "Balance"],
    ] + [
        [
            dmy(r.date),
            "10:00",
            r.payee,
            "Card purchase",
            pounds(r.pence, sign=False) if r.pence < 0 else "",
            pounds(r.pence) if r.pence > 0 else "",
            pounds(r.balance),
        ]
        for r in rows
    ]
    return _csv(table)


WRITERS: dict[str, Callable[[Sequence[GenRow]], bytes]] = {
    "nationwide": nationwide,
    "lloyds": lloyds,
    "barclays": barclays,
    "hsbc": hsbc,
    "natwest": natwest,
    "monzo": monzo,
    "starling": starling,
    "coop": coop,
    "prepaid_card": prepaid_card,
}
HAS_BALANCE = {"nationwide", "lloyds", "natwest", "starling", "coop", "prepaid_card"}
