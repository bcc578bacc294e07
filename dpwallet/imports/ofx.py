"""OFX and QFX statements (SGML 1.x and XML 2.x) through ``ofxtools``.

``ofxtools`` parses both generations into an ElementTree with its own regex tokenizer
(it never expands entities or fetches anything). We read the tree directly rather than
calling ``convert()``: its full schema validation refuses many real UK bank files over
details that do not matter here (missing sign-on fields, unknown tags).

Before parsing we:

* refuse any ``<!DOCTYPE``/``<!ENTITY`` and put OFX 2.x XML through ``defusedxml``
  (security matrix F-2), so entity tricks are refused, not just ignored;
* unwrap ``<![CDATA[...]]>`` ourselves in one linear pass, because ofxtools' CDATA
  pattern can backtrack for a very long time on a hostile file.

Dates come from the first eight digits of ``DTPOSTED`` (the bank's own calendar day);
converting the timestamp through UTC could move a payment to the previous day.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import xml.etree.ElementTree as ET

import defusedxml
import defusedxml.ElementTree as SafeET
from ofxtools.Parser import OFXTree

from dpwallet.domain.errors import ImportRejected
from dpwallet.domain.money import Money

from .errors import CHECK_DOWNLOAD, shown
from .ordering import account_hint, chronological
from .rows import MAX_FIELD_CHARS, ParsedStatement, StatementRow
from .values import parse_pence

_DANGEROUS = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_START = re.compile(rb"^\s*<\?xml", re.IGNORECASE)
_CDATA_OPEN = b"<![CDATA["
_CDATA_CLOSE = b"]]>"
_STMTTRN = re.compile(rb"<STMTTRN>")
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})")

# About 14 tags a transaction: 120,000 is over 8,000 payments, years of a DP account.
# ofxtools does per-tag work in Python, so a tag flood is refused before it is parsed.
MAX_TAGS = 120_000
_UNREADABLE = "This OFX file could not be read. " + CHECK_DOWNLOAD


def _unwrap_cdata(data: bytes) -> bytes:
    """Replace CDATA sections by their escaped text, linearly."""
    if _CDATA_OPEN not in data:
        return data
    out = []
    pos = 0
    while True:
        start = data.find(_CDATA_OPEN, pos)
        if start < 0:
            out.append(data[pos:])
            return b"".join(out)
        end = data.find(_CDATA_CLOSE, start + len(_CDATA_OPEN))
        if end < 0:
            raise ImportRejected(_UNREADABLE)
        inner = data[start + len(_CDATA_OPEN) : end]
        out.append(data[pos:start])
        out.append(inner.replace(b"&", b"&amp;").replace(b"<", b"&lt;").replace(b">", b"&gt;"))
        pos = end + len(_CDATA_CLOSE)


def _check_xml(data: bytes) -> None:
    """OFX 2.x is XML: let defusedxml refuse DTDs, entities and external references."""
    try:
        SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException:
        raise ImportRejected(
            "This OFX file contains XML features that statements never use, so dpwallet "
            "will not open it. " + CHECK_DOWNLOAD
        ) from None
    except (ET.ParseError, ValueError, UnicodeError):
        # Not well-formed XML; ofxtools' forgiving tokenizer gets its chance below.
        return


def _text(element: ET.Element | None, path: str) -> str:
    if element is None:
        return ""
    found = element.find(path)
    if found is None or found.text is None:
        return ""
    value = found.text
    if len(value) > MAX_FIELD_CHARS:
        raise ImportRejected(
            "This OFX file has a piece of text over 10,000 characters long. " + CHECK_DOWNLOAD
        )
    return " ".join(html.unescape(value).split())


def _line_numbers(data: bytes, count: int) -> list[int]:
    """File line of each <STMTTRN>, so messages can point at the right place."""
    lines = []
    last_pos = 0
    line = 1
    for match in _STMTTRN.finditer(data):
        line += data.count(b"\n", last_pos, match.start())
        last_pos = match.start()
        lines.append(line)
    return lines if len(lines) == count else list(range(1, count + 1))


def read_ofx(data: bytes) -> ParsedStatement:
    """Rows of an OFX/QFX statement holding one bank or card account."""
    if _DANGEROUS.search(data):
        raise ImportRejected(
            "This OFX file contains XML features that statements never use, so dpwallet "
            "will not open it. " + CHECK_DOWNLOAD
        )
    if data.count(b"<") > MAX_TAGS:
        raise ImportRejected(
            "This OFX file is far bigger than a statement. Check you chose the right file, "
            "or download a shorter date range."
        )
    data = _unwrap_cdata(data)
    if _XML_START.match(data):
        _check_xml(data)
    tree = OFXTree()
    try:
        root = tree.parse(io.BytesIO(data))
    except Exception:  # ofxtools raises many kinds (SyntaxError, ValueError, KeyError...)
        raise ImportRejected(_UNREADABLE) from None
    if not isinstance(root, ET.Element):
        raise ImportRejected(_UNREADABLE)
    statements = [el for el in root.iter() if el.tag in ("STMTRS", "CCSTMTRS")]
    if not statements:
        raise ImportRejected("This OFX file has no bank or card statement in it. " + CHECK_DOWNLOAD)
    if len(statements) > 1:
        raise ImportRejected(
            "This OFX file holds statements for more than one account. Download one "
            "account at a time and import each file."
        )
    statement = statements[0]
    account = _text(statement, "BANKACCTFROM/ACCTID") or _text(statement, "CCACCTFROM/ACCTID")
    transactions = statement.findall("BANKTRANLIST/STMTTRN")
    lines = _line_numbers(data, len(transactions))
    rows = [_row(trn, line) for trn, line in zip(transactions, lines, strict=True)]
    ledger = _text(statement, "LEDGERBAL/BALAMT")
    stated = None
    if ledger:
        pence = _pence(ledger)
        if pence is None:
            raise ImportRejected(
                f'This OFX file has a closing balance dpwallet cannot read ("{shown(ledger)}"). '
                + CHECK_DOWNLOAD
            )
        stated = Money(pence)
    return ParsedStatement(
        rows=chronological(rows),
        format="ofx",
        preset=None,
        account_hint=account_hint(account),
        stated_closing_balance=stated,
    )


def _pence(text: str) -> int | None:
    """OFX amounts use "." (or "," in some locales) and no thousands separators."""
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    return parse_pence(text)


def _row(trn: ET.Element, line: int) -> StatementRow:
    raw_date = _text(trn, "DTPOSTED")
    match = _DATE.match(raw_date)
    date = None
    if match:
        try:
            date = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            date = None
    if date is None:
        raise ImportRejected(
            f'Line {line} has a date dpwallet cannot read ("{shown(raw_date)}"). ' + CHECK_DOWNLOAD
        )
    raw_amount = _text(trn, "TRNAMT")
    pence = _pence(raw_amount)
    if pence is None:
        raise ImportRejected(
            f'Line {line} has an amount dpwallet cannot read ("{shown(raw_amount)}"). '
            + CHECK_DOWNLOAD
        )
    payee = _text(trn, "NAME") or _text(trn, "PAYEE/NAME")
    memo = _text(trn, "MEMO")
    reference = _text(trn, "FITID") or _text(trn, "REFNUM") or _text(trn, "CHECKNUM")
    return StatementRow(
        line=line,
        date=date,
        amount=Money(pence),
        payee=payee or memo,
        description=memo,
        reference=reference,
        balance=None,
    )
