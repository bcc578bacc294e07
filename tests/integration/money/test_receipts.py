"""Receipts (F-3, F-4): shrunk, refused kindly when huge, stored by hash, never on disk."""

from __future__ import annotations

import datetime as dt
import io
import os
import struct
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from dpwallet.domain.errors import BadInputFile
from dpwallet.domain.money import Money
from dpwallet.services import money_ledger as ml
from dpwallet.services import money_receipts as mrc
from dpwallet.services import money_service as ms
from dpwallet.services.undo import stack_for
from dpwallet.services.wallet import Wallet

NASTY = [
    "../../.ssh/x",
    "..\\..\\win.ini",
    "/etc/passwd",
    "CON.txt",
    "nul",
    "a\x00b.png",
    "x" * 5000 + ".png",
    "invoice\u202egnp.exe",
    "\u2066evil\u2069.pdf",
    "",
    "...",
]


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 220, 240)).save(out, "PNG", compress_level=1)
    return out.getvalue()


def _bomb_png(width: int, height: int) -> bytes:
    """A tiny file that claims a huge picture (1-bit, all zero): only the header is read."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = zlib.compress(b"\x00" * ((width + 7) // 8 + 1) * height, 9)
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _files(folder: Path) -> set[str]:
    return {str(p) for p in folder.rglob("*")}


@pytest.fixture()
def payment(wallet: Wallet) -> int:
    account = ms.accounts(wallet)[0].id
    details = ml.PaymentDetails(account, dt.date(2026, 3, 3), Money(-4500), "Gym")
    return ml.add_payment(wallet, details).ids[0]


def test_a_big_photo_is_shrunk_and_nothing_lands_on_disk(
    wallet: Wallet, payment: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    before = _files(tmp_path)
    changes = mrc.attach_receipt(wallet, payment, _png(6000, 4000), "../../photo.png")
    label, media, content = mrc.receipt_content(wallet, changes.ids[0])
    assert (label, media) == ("photo.png", "image/png")
    with Image.open(io.BytesIO(content)) as img:
        assert max(img.size) <= 2000 and img.size == (2000, 1333)
    # only the wallet's own database files may change; no temp files anywhere
    after = _files(tmp_path)
    new = {p for p in after - before if not os.path.basename(p).startswith("wallet.db")}
    assert new == set() and list(temp.iterdir()) == []
    again = mrc.attach_receipt(wallet, payment, _png(6000, 4000), "same.png")
    assert again.ids == changes.ids and not again.undoable  # stored once, by SHA-256


def test_a_60_megapixel_bomb_is_refused_quickly(wallet: Wallet, payment: int) -> None:
    bomb = _bomb_png(10000, 6000)
    start = time.perf_counter()
    with pytest.raises(BadInputFile, match="very large picture"):
        mrc.attach_receipt(wallet, payment, bomb, "bomb.png")
    assert time.perf_counter() - start < 0.5


def test_an_11_mb_file_is_refused_kindly(wallet: Wallet, payment: int) -> None:
    start = time.perf_counter()
    with pytest.raises(BadInputFile, match="too big to keep as a receipt .the limit is 10 MB"):
        mrc.attach_receipt(wallet, payment, b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024), "scan.pdf")
    assert time.perf_counter() - start < 0.5
    with pytest.raises(BadInputFile, match="not a photo or PDF"):
        mrc.attach_receipt(wallet, payment, b"hello", "note.txt")


def test_pdfs_are_kept_as_they_are_and_undo_removes_them(wallet: Wallet, payment: int) -> None:
    pdf = b"%PDF-1.4\n% a receipt\n%%EOF\n"
    changes = mrc.attach_receipt(wallet, payment, pdf, "gym.pdf")
    assert mrc.receipt_content(wallet, changes.ids[0]) == ("gym.pdf", "application/pdf", pdf)
    assert (
        mrc.payments_needing_receipts(
            wallet, Money(1000), dt.date(2026, 3, 1), dt.date(2026, 3, 31)
        )
        == []
    )
    stack_for(wallet).undo()
    needed = mrc.payments_needing_receipts(
        wallet, Money(1000), dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    )
    assert [n.tx_id for n in needed] == [payment]
    assert (
        mrc.payments_needing_receipts(
            wallet, Money(4500), dt.date(2026, 3, 1), dt.date(2026, 3, 31)
        )
        == []
    )


@pytest.mark.parametrize("name", NASTY)
def test_nasty_names_become_plain_labels(name: str) -> None:
    _check_label(mrc.safe_label(name, "png"))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_name_becomes_a_plain_label(name: str) -> None:
    _check_label(mrc.safe_label(name, "pdf"))


def _check_label(label: str) -> None:
    assert "/" not in label and "\\" not in label and "\x00" not in label
    assert ".." not in label and not label.startswith(".")
    assert not any(ch in label for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert len(label) <= mrc.MAX_LABEL + 4
    assert label.split(".")[0].lower() not in {"con", "nul", "prn", "aux"}
