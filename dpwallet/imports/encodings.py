"""Turning statement bytes into text.

UK bank exports come as UTF-8, UTF-8 with a byte-order mark (Excel re-saves), or
Windows-1252 (older systems; "£" is the single byte 0xA3). We try them in that order:
valid UTF-8 is almost never accidental, and Windows-1252 is the only legacy code page
UK banks use. UTF-16 with a BOM is accepted too because Excel's "Unicode text" makes it.
"""

from __future__ import annotations

import codecs

from dpwallet.domain.errors import ImportRejected

from .errors import CHECK_DOWNLOAD


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding name)``; refuse binary files kindly."""
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text.removeprefix("\ufeff"), encoding
    raise ImportRejected(
        "This file does not look like a statement: it is not plain text. " + CHECK_DOWNLOAD
    )
