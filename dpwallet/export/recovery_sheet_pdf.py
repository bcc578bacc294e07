"""The printable recovery sheet: the one piece of paper that always opens the wallet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from dpwallet import __version__
from dpwallet.i18n import _
from dpwallet.storage import atomic


def _wrap(canvas: Canvas, text: str, x: float, y: float, width: float, size: int) -> float:
    """Draw ``text`` wrapped to ``width``; returns the y below it."""
    words = text.split()
    line = ""
    for word in words:
        trial = f"{line} {word}".strip()
        if canvas.stringWidth(trial, "Helvetica", size) > width and line:
            canvas.drawString(x, y, line)
            y -= size * 1.5
            line = word
        else:
            line = trial
    if line:
        canvas.drawString(x, y, line)
        y -= size * 1.5
    return y


def recovery_sheet_bytes(code: str, wallet_file: str, created: dt.date) -> bytes:
    """A4 PDF bytes. Latin text only: the sheet stays in English so any helper can read it."""
    import io

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(_("dpwallet recovery sheet"))
    canvas.setAuthor("dpwallet " + __version__)
    canvas.setSubject(_("Recovery code for a dpwallet wallet"))
    canvas.setCreator("dpwallet")
    width, height = A4
    x, y = 25 * mm, height - 30 * mm
    canvas.setFont("Helvetica-Bold", 22)
    canvas.drawString(x, y, _("Your dpwallet recovery sheet"))
    y -= 14 * mm
    canvas.setFont("Helvetica", 12)
    body = width - 50 * mm
    for line in (
        _("Keep this sheet somewhere safe, like a spare key: in a sealed envelope at home."),
        _("If you forget your passphrase, this code opens your wallet and every backup of it."),
        _("Anyone who has this sheet and a copy of your wallet can open it. Do not share it."),
    ):
        y = _wrap(canvas, line, x, y, body, 12)
    y -= 8 * mm
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(x, y, _("Wallet:"))
    canvas.setFont("Helvetica", 12)
    canvas.drawString(x + 30 * mm, y, wallet_file)
    y -= 7 * mm
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(x, y, _("Made on:"))
    canvas.setFont("Helvetica", 12)
    canvas.drawString(x + 30 * mm, y, created.isoformat())
    y -= 16 * mm
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(x, y, _("Recovery code"))
    y -= 14 * mm
    canvas.setLineWidth(1.5)
    canvas.rect(x - 4 * mm, y - 8 * mm, body + 8 * mm, 22 * mm)
    canvas.setFont("Courier-Bold", 20)
    canvas.drawString(x, y, code)
    y -= 26 * mm
    canvas.setFont("Helvetica", 11)
    for line in (
        _("Letters and numbers only. Capitals or small letters both work; dashes are optional."),
        _(
            "To use it: open dpwallet, choose your wallet, then "
            "\u201cI have forgotten my passphrase\u201d."
        ),
        _("If you make a new recovery code in dpwallet, this sheet stops working. Shred it then."),
    ):
        y = _wrap(canvas, line, x, y, body, 11)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_recovery_sheet(path: Path, code: str, wallet_file: str, created: dt.date) -> Path:
    atomic.write_bytes(path, recovery_sheet_bytes(code, wallet_file, created))
    return path
