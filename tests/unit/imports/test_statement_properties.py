"""Property tests: generated statements round-trip exactly; junk is only ever refused.

Security matrix F-1: random bytes and CSV-shaped text must raise nothing but
``ImportRejected`` and must not hang. The fuzz tests call the strict reader (without
``read_statement``'s last-resort guard) so a real bug fails here instead of hiding.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from statement_writers import HAS_BALANCE, WRITERS, GenRow

from dpwallet.domain.errors import ImportRejected
from dpwallet.imports import read_statement
from dpwallet.imports.detect import _read

WORD = st.text(
    alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzé&-."',
    min_size=1,
    max_size=10,
)
PAYEE = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
ROW = st.tuples(
    st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)),
    st.integers(-(10**8), 10**8).filter(bool),
    PAYEE,
)


@st.composite
def statements(draw: st.DrawFn) -> tuple[str, list[GenRow]]:
    preset = draw(st.sampled_from(sorted(WRITERS)))
    raw = draw(st.lists(ROW, min_size=1, max_size=25))
    raw.sort(key=lambda r: r[0])  # time order; same-day rows keep drawn order
    balance = draw(st.integers(-(10**9), 10**9))
    rows = []
    for day, pence, payee in raw:
        balance += pence
        rows.append(GenRow(day, pence, payee, balance))
    return preset, rows


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statements())
def test_generated_statements_round_trip(case: tuple[str, list[GenRow]]) -> None:
    preset, rows = case
    parsed = read_statement(WRITERS[preset](rows), f"{preset}.csv")
    assert parsed.preset == preset
    got = [(r.date, r.amount.pence, r.payee) for r in parsed.rows]
    assert got == [(r.date, r.pence, r.payee) for r in rows]
    if preset in HAS_BALANCE:
        assert [r.balance.pence if r.balance else None for r in parsed.rows] == [
            r.balance for r in rows
        ]
        assert parsed.closing_balance is not None
        assert parsed.closing_balance.pence == rows[-1].balance
        assert parsed.opening_balance is not None
        assert parsed.opening_balance.pence == rows[0].balance - rows[0].pence


def _only_refusals(data: bytes, name: str) -> None:
    try:
        _read(data, name, "auto", None)
    except ImportRejected as exc:
        assert str(exc)
        assert "Traceback" not in str(exc)


FUZZ = settings(max_examples=300, deadline=1000)


@pytest.mark.timeout(60)
@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["s.csv", "s.ofx", "s.qif", "s.txt", "s"]))
def test_random_bytes_only_refused(data: bytes, name: str) -> None:
    _only_refusals(data, name)


CSV_ALPHABET = ",,,;\"'\n\r\t 0123456789/.-£()CRDate AmountBalanceé\x00"
HEADERS = [
    "",
    "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,"
    "Debit Amount,Credit Amount,Balance\n",
    "Number,Date,Account,Amount,Subcategory,Memo\n",
    "Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes\n",
    '"Date","Transaction type","Description","Paid out","Paid in","Balance"\n',
    "Date,Description,Money In,Money Out,Balance\n",
    "01/01/2026,x,1.00\n",
]


@pytest.mark.timeout(60)
@FUZZ
@given(st.sampled_from(HEADERS), st.text(alphabet=CSV_ALPHABET, max_size=600))
def test_csv_shaped_junk_only_refused(header: str, body: str) -> None:
    _only_refusals((header + body).encode("utf-8"), "s.csv")


OFX_HEAD = [
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
    "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n",
    '<?xml version="1.0"?>\n<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" '
    'OLDFILEUID="NONE" NEWFILEUID="NONE"?>\n',
]
OFX_TAGS = st.sampled_from(
    [
        "<OFX>",
        "</OFX>",
        "<STMTRS>",
        "</STMTRS>",
        "<CCSTMTRS>",
        "<BANKTRANLIST>",
        "</BANKTRANLIST>",
        "<STMTTRN>",
        "</STMTTRN>",
        "<DTPOSTED>",
        "<TRNAMT>",
        "<NAME>",
        "<LEDGERBAL>",
        "<BALAMT>",
        "<![CDATA[",
        "]]>",
        "&amp;",
        "<",
        ">",
        "20260131",
        "-8.00",
        "x",
        "\n",
        "<BANKACCTFROM><ACCTID>12345678</BANKACCTFROM>",
    ]
)


@pytest.mark.timeout(60)
@FUZZ
@given(st.sampled_from(OFX_HEAD), st.lists(OFX_TAGS, max_size=60).map("".join))
def test_ofx_shaped_junk_only_refused(head: str, body: str) -> None:
    _only_refusals((head + body).encode(), "s.ofx")


QIF_LINES = st.sampled_from(
    [
        "!Type:Bank",
        "!Type:CCard",
        "!Account",
        "D15/01/2026",
        "D1/15'26",
        "D2026-01-15",
        "D31/02/2026",
        "T-8.00",
        "U1,000.00",
        "Tx",
        "PCITY TAXIS",
        "M",
        "N12",
        "^",
        "",
        "L",
        "D13/13/13",
    ]
)


@pytest.mark.timeout(60)
@FUZZ
@given(st.lists(QIF_LINES, max_size=40).map("\n".join))
def test_qif_shaped_junk_only_refused(text: str) -> None:
    _only_refusals(text.encode(), "s.qif")
