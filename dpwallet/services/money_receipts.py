"""Receipts: photos and PDFs kept inside the encrypted wallet, and which payments need one.

Why this shape (security.md F-3, F-4): the bytes arrive from the UI and never touch the
disk outside the wallet (no temp files); size is checked before anything is decoded;
Pillow's decompression-bomb guard is backed by our own pixel limit, read from the
header before any pixels are; photos are turned upright, stripped of hidden details
(GPS location in EXIF) and shrunk to at most 2000 px; PDFs are kept as they are. The
file name is only a sanitised label: receipts are stored and found by SHA-256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import unicodedata
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import Integer, select, type_coerce

from dpwallet.domain import categories
from dpwallet.domain.errors import BadInputFile
from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.models import Receipt, Transaction
from dpwallet.services.changes import Changes
from dpwallet.services.money_common import get
from dpwallet.services.undo import undoable
from dpwallet.services.wallet import Wallet

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 50_000_000  # a 6000x4000 phone photo is 24 MP; 60 MP is refused
MAX_SIDE = 2000
MAX_LABEL = 120
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.I)
_BIDI_AND_CONTROL = {"Cc", "Cf", "Zl", "Zp"}
NO_EVIDENCE_NEEDED = frozenset({"transfer", "wages", "hmrc", "pension", "council_payment"})


@dataclass(frozen=True)
class PreparedReceipt:
    content: bytes
    media_type: str
    label: str
    sha256: str


@dataclass(frozen=True)
class NeedsReceipt:
    tx_id: int
    date: dt.date
    amount: Money
    payee: str


def safe_label(name: str, extension: str) -> str:
    """A display name only: no folders, control or direction characters, no device names."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(
        ch
        for ch in unicodedata.normalize("NFC", base)
        if unicodedata.category(ch) not in _BIDI_AND_CONTROL
    )
    stem = base.rsplit(".", 1)[0] if "." in base else base
    stem = " ".join(stem.replace("..", " ").split()).strip(" .")
    if not stem or _RESERVED.match(stem):
        stem = f"receipt {stem}".strip() if stem else "receipt"
    return f"{stem[:MAX_LABEL]}.{extension}"


def _too_big(name: str) -> BadInputFile:
    return BadInputFile(
        _(
            "{name} is too big to keep as a receipt (the limit is 10 MB). Take a photo at a "
            "lower size, or save the PDF again with smaller pictures, and try again."
        ).format(name=safe_label(name, "")[:-1] or name[:40])
    )


def _unreadable(name: str) -> BadInputFile:
    return BadInputFile(
        _("{name} is not a photo or PDF dpwallet can read. Try a JPEG, PNG or PDF file.").format(
            name=safe_label(name, "")[:-1]
        )
    )


def _too_many_pixels(name: str) -> BadInputFile:
    return BadInputFile(
        _(
            "{name} is a very large picture. Take the photo at a lower size, or send a "
            "screenshot of it, and try again."
        ).format(name=safe_label(name, "")[:-1])
    )


def _image(data: bytes, name: str) -> tuple[bytes, str, str]:
    """Decode within the pixel limit, turn upright, shrink, re-encode without metadata."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                width, height = img.size
                if width * height > MAX_PIXELS:
                    raise _too_many_pixels(name)
                img.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a smaller size
                picture = ImageOps.exif_transpose(img)
                keep_png = img.format == "PNG" or picture.mode in ("RGBA", "LA", "P", "1")
                picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(name) from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise _unreadable(name) from None
    out = io.BytesIO()
    if keep_png:
        if picture.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            picture = picture.convert("RGBA")
        picture.save(out, "PNG", optimize=True)
        return out.getvalue(), "image/png", "png"
    picture.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue(), "image/jpeg", "jpg"


def prepare(data: bytes, name: str) -> PreparedReceipt:
    """Check and convert a receipt in memory; raises a kind ``BadInputFile`` when unusable."""
    if len(data) > MAX_BYTES:
        raise _too_big(name)
    if not data:
        raise _unreadable(name)
    if data[:5] == b"%PDF-":
        content, media, ext = data, "application/pdf", "pdf"
    else:
        content, media, ext = _image(data, name)
    return PreparedReceipt(
        content, media, safe_label(name, ext), hashlib.sha256(content).hexdigest()
    )


def attach_receipt(wallet: Wallet, tx_id: int, data: bytes, file_name: str) -> Changes:
    """Keep a receipt with a payment; the same file twice on one payment is kept once."""
    prepared = prepare(data, file_name)
    label = _("Add the receipt {name}").format(name=prepared.label)
    with undoable(wallet, "attach receipt", label, "receipt") as session:
        get(session, Transaction, tx_id, _("payment"))
        same = session.scalars(
            select(Receipt.id).where(
                Receipt.transaction_id == tx_id, Receipt.sha256 == prepared.sha256
            )
        ).first()
        if same is not None:
            return Changes("attach receipt", frozenset({"receipt"}), (same,), label, False)
        row = Receipt(
            transaction_id=tx_id,
            file_name=prepared.label,
            media_type=prepared.media_type,
            sha256=prepared.sha256,
            size=len(prepared.content),
            content=prepared.content,
            added_at=wallet.clock.now(),
        )
        session.add(row)
        session.flush()
        key = row.id
    return Changes("attach receipt", frozenset({"receipt"}), (key,), label, True)


def remove_receipt(wallet: Wallet, receipt_id: int) -> Changes:
    label = _("Remove a receipt")
    with undoable(wallet, "remove receipt", label, "receipt") as session:
        session.delete(get(session, Receipt, receipt_id, _("receipt")))
    return Changes("remove receipt", frozenset({"receipt"}), (receipt_id,), label, True)


def payments_needing_receipts(
    wallet: Wallet, threshold: Money, start: dt.date, end: dt.date
) -> list[NeedsReceipt]:
    """Payments out over the council's threshold with no receipt yet.

    Wages, HMRC and pension are evidenced by payslips; transfers are not spending.
    """
    with wallet.read() as session:
        have = select(Receipt.transaction_id).where(Receipt.transaction_id.is_not(None))
        rows = session.execute(
            select(
                Transaction.id,
                Transaction.date,
                Transaction.amount,
                Transaction.payee,
                Transaction.category,
                Transaction.transfer_group,
            )
            .where(
                Transaction.deleted_at.is_(None),
                Transaction.date >= start,
                Transaction.date <= end,
                type_coerce(Transaction.amount, Integer) < -threshold.pence,
                Transaction.id.not_in(have),
            )
            .order_by(Transaction.date, Transaction.id)
        ).all()
    return [
        NeedsReceipt(tx_id, day, amount, payee)
        for tx_id, day, amount, payee, category, group in rows
        if categories.kind_of(category, transfer_group=group) not in NO_EVIDENCE_NEEDED
    ]


def receipt_content(wallet: Wallet, receipt_id: int) -> tuple[str, str, bytes]:
    """(label, media type, bytes) for showing a receipt in the app; nothing is written."""
    with wallet.read() as session:
        row = get(session, Receipt, receipt_id, _("receipt"))
        return row.file_name, row.media_type, row.content
