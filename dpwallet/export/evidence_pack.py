"""One ZIP with everything the council asks for: the sheet, receipts and payslips.

"People get too much paperwork"; the evidence pack gathers the period's papers in one
file, each receipt named after its transaction so a finance officer can match it to
the sheet line without asking. File names come from people and scanners, so every
name is made safe: no folders, no "..", no absolute paths, no NUL or control
characters and no right-to-left override tricks ("invoice\u202efdp.exe").
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dpwallet.domain.reconciliation import ReturnSheet
from dpwallet.export.email_draft import base_name
from dpwallet.export.return_json import return_json_bytes
from dpwallet.storage import atomic

__all__ = [
    "PayslipFile",
    "ReceiptFile",
    "evidence_pack_bytes",
    "safe_name",
    "write_evidence_pack",
]

MAX_NAME = 80
_BIDI_AND_INVISIBLE = dict.fromkeys(
    [0x061C, 0x200B, 0x200E, 0x200F, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.I)


@dataclass(frozen=True, slots=True)
class ReceiptFile:
    """A receipt or invoice for one transaction, as stored in the wallet."""

    line_id: int
    file_name: str
    media_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class PayslipFile:
    """A payslip PDF made by dpwallet's payroll for the period."""

    file_name: str
    content: bytes


def safe_name(name: str, fallback: str = "file") -> str:
    """A plain file name with no folder part, hidden direction marks or control characters."""
    text = unicodedata.normalize("NFC", name).translate(_BIDI_AND_INVISIBLE)
    text = text.replace("\\", "/").split("/")[-1]  # last path component only
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = _UNSAFE.sub("_", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    if _WINDOWS_RESERVED.match(text):
        text = "_" + text
    if len(text) > MAX_NAME:
        stem, dot, suffix = text.rpartition(".")
        keep = suffix if dot and len(suffix) <= 8 else ""
        text = text[: MAX_NAME - len(keep) - 1].rstrip(" .") + ("." + keep if keep else "")
    return text or fallback


def _unique(name: str, used: set[str]) -> str:
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    candidate, n = name, 2
    while candidate.lower() in used:
        candidate = f"{stem}-{n}{'.' + suffix if suffix else ''}"
        n += 1
    used.add(candidate.lower())
    return candidate


def _sheet_files(sheet: ReturnSheet) -> list[tuple[str, bytes]]:
    from dpwallet.export.return_pdf import return_pdf_bytes
    from dpwallet.export.return_xlsx import return_xlsx_bytes

    base = base_name(sheet)
    files = []
    if "pdf" in sheet.profile.formats:
        files.append((f"{base}.pdf", return_pdf_bytes(sheet)))
    if "xlsx" in sheet.profile.formats:
        files.append((f"{base}.xlsx", return_xlsx_bytes(sheet)))
    files.append((f"{base}.json", return_json_bytes(sheet)))
    return files


def _receipt_files(sheet: ReturnSheet, receipts: Sequence[ReceiptFile]) -> list[tuple[str, bytes]]:
    """Receipts for lines in the period, named "2026-02-03 line 7 Leisure Centre - x.pdf"."""
    lines = {ln.id: ln for ln in sheet.lines}
    files = []
    for receipt in receipts:
        line = lines.get(receipt.line_id)
        if line is None:
            continue  # not in this period
        who = safe_name(line.payee, "payment")[:30].strip(" .")
        prefix = f"{line.date.isoformat()} line {line.id} {who}"
        files.append((safe_name(f"{prefix} - {safe_name(receipt.file_name)}"), receipt.content))
    return files


def evidence_pack_bytes(
    sheet: ReturnSheet,
    receipts: Sequence[ReceiptFile] = (),
    payslips: Sequence[PayslipFile] = (),
) -> bytes:
    """The ZIP in memory: the sheet at the top, then receipts/ and payslips/ folders."""
    entries: list[tuple[str, bytes]] = []
    used: set[str] = set()
    for name, data in _sheet_files(sheet):
        entries.append((_unique(name, used), data))
    for name, data in _receipt_files(sheet, receipts):
        entries.append(("receipts/" + _unique(name, used), data))
    for slip in payslips:
        entries.append(
            ("payslips/" + _unique(safe_name(slip.file_name, "payslip.pdf"), used), slip.content)
        )
    stamp = sheet.inputs.declaration_date.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(max(stamp[0], 1980), *stamp[1:]))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def write_evidence_pack(
    sheet: ReturnSheet,
    path: Path,
    receipts: Sequence[ReceiptFile] = (),
    payslips: Sequence[PayslipFile] = (),
) -> Path:
    """Write the ZIP atomically and return its path."""
    atomic.write_bytes(path, evidence_pack_bytes(sheet, receipts, payslips))
    return path
