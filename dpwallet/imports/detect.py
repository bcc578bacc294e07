"""One entry point: statement bytes in, :class:`ParsedStatement` out, or a kind refusal.

:func:`read_statement` checks the limits first (so a huge file is refused in
milliseconds), decides the format from the content (the file name only breaks ties:
people rename files), then for CSV finds the bank layout from the header row or, for
HSBC's header-less export, from the shape of the rows.

The contract (security matrix F-1) is that nothing but ``ImportRejected`` ever leaves
:func:`read_statement`. The readers are written to keep it; a last-resort guard turns
anything unforeseen into a refusal too and logs only the exception type, never the
file's text (statements are private).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from dpwallet.domain.errors import ImportRejected

from .bank_presets import PRESETS_BY_NAME, BankPreset, match_header
from .column_mapping import ColumnMapping, normalise_header
from .csv_reader import Record, read_csv, read_records
from .encodings import decode
from .errors import CHECK_DOWNLOAD, UnknownLayout
from .ofx import read_ofx
from .ordering import account_hint
from .qif import read_qif
from .rows import MAX_FILE_BYTES, MAX_LINES, ParsedStatement
from .santander import LOOKS_LIKE as SANTANDER_TEXT
from .santander import read_santander_text
from .values import date_parser, parse_pence

log = logging.getLogger(__name__)

FORMATS = ("auto", "csv", "ofx", "qif", "santander_text")
_HEADER_SEARCH_ROWS = 30
_OFX_START = re.compile(r"^\s*(?:OFXHEADER\s*:|<\?xml[^>]*>\s*<\?OFX|<OFX>)", re.IGNORECASE)
_QIF_START = re.compile(r"^\s*!(?:Type|Account|Option|Clear)", re.IGNORECASE)
_DMY = date_parser("%d/%m/%Y")


def read_statement(
    data: bytes, filename: str, fmt: str = "auto", mapping: ColumnMapping | None = None
) -> ParsedStatement:
    """Read a whole statement file or refuse it whole with ``ImportRejected``.

    ``fmt`` is "auto" or one of ``FORMATS``; a ``mapping`` (the person's own column
    choices) forces CSV with that layout. Raises :class:`UnknownLayout` (an
    ``ImportRejected``) when a CSV matches no known bank, so the app can offer to
    choose the columns.
    """
    try:
        return _read(data, filename, fmt, mapping)
    except ImportRejected:
        raise
    except Exception as exc:  # last resort for F-1; see the module docstring
        log.warning("statement reader failed unexpectedly: %s", type(exc).__name__)
        raise ImportRejected(
            "dpwallet could not read this file. Nothing was imported. " + CHECK_DOWNLOAD
        ) from None


def check_limits(data: bytes) -> None:
    """Refuse files no real statement reaches, before spending time on them."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ImportRejected("dpwallet could not read this file. " + CHECK_DOWNLOAD)
    size = len(data)
    if size > MAX_FILE_BYTES:
        megabytes = size / (1024 * 1024)
        raise ImportRejected(
            f"This file is {megabytes:.1f} MB, bigger than any statement dpwallet expects "
            "(the limit is 5 MB). Check you chose the right file, or download a shorter "
            "date range."
        )
    if not bytes(data[:MAX_FILE_BYTES]).strip():
        raise ImportRejected("This file is empty. " + CHECK_DOWNLOAD)
    if max(data.count(b"\n"), data.count(b"\r")) > MAX_LINES:
        raise ImportRejected(
            f"This file has more than {MAX_LINES:,} lines, far more than a statement. "
            "Check you chose the right file, or download a shorter date range."
        )


def sniff_format(text: str, filename: str) -> str:
    """The format from the content; the file's extension only breaks ties."""
    head = text[:4096]
    if _OFX_START.match(head):
        return "ofx"
    if _QIF_START.match(head):
        return "qif"
    if SANTANDER_TEXT.search(head):
        return "santander_text"
    extension = filename.rsplit(".", 1)[-1].casefold() if "." in filename else ""
    if extension in ("ofx", "qfx"):
        return "ofx"
    if extension == "qif":
        return "qif"
    return "csv"


def _read(data: bytes, filename: str, fmt: str, mapping: ColumnMapping | None) -> ParsedStatement:
    """The strict reader (no last-resort guard); tests fuzz this directly."""
    check_limits(data)
    data = bytes(data)
    if fmt not in FORMATS:
        raise ImportRejected(f'"{fmt}" is not a statement format dpwallet knows.')
    text, _encoding = decode(data)
    if mapping is not None:
        fmt = "csv"
    elif fmt == "auto":
        fmt = sniff_format(text, filename or "")
    if fmt == "ofx":
        return read_ofx(data)
    if fmt == "qif":
        return read_qif(text)
    if fmt == "santander_text":
        return read_santander_text(text)
    if mapping is not None:
        return read_csv(read_records(text, mapping.delimiter), mapping)
    records = read_records(text)
    preset, header_index = detect_layout(records)
    hint = _preamble_hint(records[:header_index]) if header_index is not None else None
    return read_csv(records, preset.mapping, preset=preset, header_index=header_index, hint=hint)


def detect_layout(records: Sequence[Record]) -> tuple[BankPreset, int | None]:
    """The bank preset and the position of its header row among ``records``."""
    best: tuple[int, BankPreset, int] | None = None
    for index, (_line, fields) in enumerate(records[:_HEADER_SEARCH_ROWS]):
        found = match_header(fields)
        if found is not None and (best is None or found[0] > best[0]):
            best = (found[0], found[1], index)
    if best is not None:
        return best[1], best[2]
    if _looks_like_hsbc(records):
        return PRESETS_BY_NAME["hsbc"], None
    raise UnknownLayout(
        "dpwallet does not recognise the layout of this file. You can choose which "
        "column holds the date, the amount and the payee, and dpwallet will remember it "
        "for next time."
    )


def _looks_like_hsbc(records: Sequence[Record]) -> bool:
    """HSBC's export has no header: every row is date, description, signed amount."""
    sample = [fields for _line, fields in records if any(f.strip() for f in fields)][:5]
    if not sample:
        return False
    for fields in sample:
        while len(fields) > 3 and not fields[-1].strip():
            fields = fields[:-1]
        if len(fields) != 3 or _DMY(fields[0]) is None or parse_pence(fields[2]) is None:
            return False
    return True


def _preamble_hint(records: Sequence[Record]) -> str | None:
    """Account digits from preamble lines like ``"Account Name:","FlexAccount ****12345"``."""
    for _line, fields in records:
        if len(fields) >= 2 and normalise_header(fields[0]).startswith(("account", "card")):
            hint = account_hint(" ".join(fields[1:]))
            if hint:
                return hint
    return None


def preview(data: bytes, max_rows: int = 20) -> list[list[str]]:
    """The first rows of a CSV as cells, for the "choose the columns" screen."""
    check_limits(data)
    text, _encoding = decode(bytes(data))
    return [fields for _line, fields in read_records(text)[:max_rows]]
