"""Bad files are refused whole, kindly, quickly, and only with ImportRejected."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from dpwallet.domain.errors import ImportRejected
from dpwallet.imports import read_statement

LLOYDS_HEADER = (
    "Transaction Date,Transaction Type,Sort Code,Account Number,"
    "Transaction Description,Debit Amount,Credit Amount,Balance\n"
)


def lloyds(*rows: str) -> bytes:
    return (LLOYDS_HEADER + "".join(r + "\n" for r in rows)).encode()


def test_bad_date_names_line_and_value() -> None:
    data = lloyds(
        "03/01/2026,DEB,'30-99-50,12345678,CITY TAXIS,8.00,,100.00",
        "31/02/2026,DEB,'30-99-50,12345678,CITY TAXIS,8.00,,92.00",
    )
    with pytest.raises(ImportRejected) as caught:
        read_statement(data, "s.csv")
    message = str(caught.value)
    assert message.startswith('Line 3 has a date dpwallet cannot read ("31/02/2026").')
    assert "Check the file" in message


def test_bad_amount_refuses_whole_file() -> None:
    data = lloyds(
        "03/01/2026,DEB,'30-99-50,12345678,CITY TAXIS,8.00,,100.00",
        "04/01/2026,DEB,'30-99-50,12345678,CITY TAXIS,8.0.0,,92.00",
    )
    with pytest.raises(ImportRejected, match=r'^Line 3 has an amount .*\("8\.0\.0"\)'):
        read_statement(data, "s.csv")


@pytest.mark.parametrize("amount", ["8.001", "1e3", "NaN", "£", "--8", "(8.00"])
def test_amounts_never_rounded_or_guessed(amount: str) -> None:
    data = lloyds(f'03/01/2026,DEB,30,12345678,TAXI,"{amount}",,')
    with pytest.raises(ImportRejected, match="^Line 2 has an amount"):
        read_statement(data, "s.csv")


def test_row_without_amount() -> None:
    data = lloyds("03/01/2026,DEB,30,12345678,TAXI,,,")
    with pytest.raises(ImportRejected, match="^Line 2 has no amount"):
        read_statement(data, "s.csv")


def test_message_hides_control_characters_and_long_values() -> None:
    data = lloyds("03/01/2026\x1b[31m" + "9" * 200 + ",DEB,30,1,TAXI,8.00,,")
    with pytest.raises(ImportRejected) as caught:
        read_statement(data, "s.csv")
    assert "\x1b" not in str(caught.value)
    assert len(str(caught.value)) < 200


def test_over_5_mb_refused_fast() -> None:
    data = lloyds("03/01/2026,DEB,30,12345678,TAXI,8.00,,") * 1
    data = data + b"x" * (6 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(ImportRejected, match="limit is 5 MB"):
        read_statement(data, "big.csv")
    assert time.perf_counter() - start < 0.5


def test_too_many_lines_refused_fast() -> None:
    data = b"1\n" * 100_000
    start = time.perf_counter()
    with pytest.raises(ImportRejected, match="more than 50,000 lines"):
        read_statement(data, "rows.csv")
    assert time.perf_counter() - start < 0.5


def test_huge_field_refused_fast() -> None:
    data = lloyds("03/01/2026,DEB,30,12345678," + "A" * 10_001 + ",8.00,,")
    start = time.perf_counter()
    with pytest.raises(ImportRejected, match="^Line 2 has a piece of text over 10,000"):
        read_statement(data, "s.csv")
    assert time.perf_counter() - start < 0.5


def test_unterminated_quote_in_big_file_refused_fast() -> None:
    data = lloyds('03/01/2026,DEB,30,12345678,"TAXI') + b"x" * (4 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(ImportRejected):
        read_statement(data, "s.csv")
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    "data",
    [b"", b"   \r\n\n", b"\x00\x01\x02binary\xff\xfe", b"\x89PNG\r\n\x1a\n\x00\x00"],
)
def test_empty_and_binary_files(data: bytes) -> None:
    with pytest.raises(ImportRejected):
        read_statement(data, "s.csv")


def test_not_bytes_is_refused() -> None:
    with pytest.raises(ImportRejected):
        read_statement("text", "s.csv")  # type: ignore[arg-type]


def test_unknown_format_name() -> None:
    with pytest.raises(ImportRejected):
        read_statement(b"a,b\n", "s.csv", fmt="xlsx")


OFX_XML_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" '
    b'NEWFILEUID="NONE"?>\n'
)


@pytest.mark.parametrize(
    "body",
    [
        b'<!DOCTYPE OFX [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><OFX>&b;</OFX>',
        b'<!DOCTYPE OFX SYSTEM "file:///etc/passwd"><OFX></OFX>',
    ],
)
def test_ofx_xml_entities_refused(body: bytes) -> None:
    with pytest.raises(ImportRejected, match="XML features"):
        read_statement(OFX_XML_HEAD + body, "s.ofx")


def test_ofx_unclosed_cdata_is_quick() -> None:
    body = b"<OFX><STMTRS>" + b"<NAME><![CDATA[" * 50_000 + b"x" * 100_000
    start = time.perf_counter()
    with pytest.raises(ImportRejected):
        read_statement(OFX_XML_HEAD + body, "s.ofx")
    assert time.perf_counter() - start < 2


def test_ofx_without_statement() -> None:
    with pytest.raises(ImportRejected, match="no bank or card statement"):
        read_statement(OFX_XML_HEAD + b"<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>", "s.ofx")


def test_ofx_bad_amount_names_line(fixture_bytes: Callable[[str], bytes]) -> None:
    data = fixture_bytes("sgml_102.ofx").replace(b"<TRNAMT>-8.00", b"<TRNAMT>-8.0.0")
    with pytest.raises(ImportRejected, match=r'^Line 47 has an amount .*"-8\.0\.0"'):
        read_statement(data, "s.ofx")


def test_qif_us_dates_and_mixed_orders() -> None:
    us = b"!Type:CCard\nD1/15'26\nT-8.00\nPCITY TAXIS\n^\nD2/3'26\nT-1.00\nPX\n^\n"
    rows = read_statement(us, "u.qif").rows
    assert [(r.date.month, r.date.day) for r in rows] == [(1, 15), (2, 3)]
    mixed = b"!Type:Bank\nD15/01/2026\nT-1\n^\nD01/15/2026\nT-1\n^\n"
    with pytest.raises(ImportRejected, match="two different orders"):
        read_statement(mixed, "m.qif")


def test_qif_investment_and_missing_fields() -> None:
    with pytest.raises(ImportRejected, match="not a bank or card statement"):
        read_statement(b"!Type:Invst\nD01/01/2026\n^\n", "i.qif")
    with pytest.raises(ImportRejected, match="^Line 2 starts a payment with no amount"):
        read_statement(b"!Type:Bank\nD01/01/2026\nPX\n^\n", "i.qif")
    with pytest.raises(ImportRejected, match="^Line 2 has a date"):
        read_statement(b"!Type:Bank\nD32/01/2026\nT-1.00\n^\n", "i.qif")


def test_column_flood_refused_fast() -> None:
    start = time.perf_counter()
    with pytest.raises(ImportRejected, match="^Line 1 has more than 200 columns"):
        read_statement(b"," * 4_000_000, "s.csv")
    assert time.perf_counter() - start < 0.5


def test_ofx_tag_flood_refused_fast() -> None:
    start = time.perf_counter()
    with pytest.raises(ImportRejected, match="far bigger than a statement"):
        read_statement(OFX_XML_HEAD + b"<OFX>" + b"<A>x" * 1_000_000, "s.ofx")
    assert time.perf_counter() - start < 0.5
