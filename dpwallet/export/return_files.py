"""One door to every return format: the file name's ending picks the writer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from dpwallet.domain.reconciliation import ReturnSheet
from dpwallet.export.email_draft import write_email_draft
from dpwallet.export.evidence_pack import PayslipFile, ReceiptFile, write_evidence_pack
from dpwallet.export.return_csv import write_return_csv
from dpwallet.export.return_json import write_return_json
from dpwallet.export.return_pdf import write_return_pdf
from dpwallet.export.return_xlsx import write_return_xlsx

SIMPLE: dict[str, Callable[[ReturnSheet, Path], Path]] = {
    ".pdf": write_return_pdf,
    ".xlsx": write_return_xlsx,
    ".csv": write_return_csv,
    ".json": write_return_json,
}


def write(
    sheet: ReturnSheet,
    path: Path,
    *,
    receipts: Sequence[ReceiptFile] = (),
    payslips: Sequence[PayslipFile] = (),
) -> Path:
    suffix = path.suffix.lower()
    if suffix in SIMPLE:
        return SIMPLE[suffix](sheet, path)
    if suffix == ".zip":
        return write_evidence_pack(sheet, path, receipts=receipts, payslips=payslips)
    if suffix == ".eml":
        return write_email_draft(sheet, path)
    raise ValueError(f"no writer for {suffix}")
