"""XLSX (live formulas, LibreOffice agrees), CSV (injection guard), e-mail draft, ZIP."""

from __future__ import annotations

import csv
import email
import io
import shutil
import subprocess
import zipfile
from decimal import Decimal
from email import policy
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dpwallet.domain.reconciliation import build_sheet
from dpwallet.export.email_draft import Attachment, write_email_draft
from dpwallet.export.evidence_pack import (
    PayslipFile,
    ReceiptFile,
    safe_name,
    write_evidence_pack,
)
from dpwallet.export.return_csv import write_return_csv
from dpwallet.export.return_xlsx import MONEY_FORMAT, write_return_xlsx

from .conftest import line, sample_inputs, sample_lines

NASTY = '=HYPERLINK("http://x.invalid","click")'


def _sheet_with_nasty_payee():
    lines = sample_lines() + (
        line(40, sample_lines()[6].date, "-3.00", NASTY, "+Activities"),
        line(41, sample_lines()[6].date, "-4.00", "@SUM(A1)", "-minus", receipts=("=1+1",)),
    )
    return build_sheet(sample_inputs(lines=lines))


# ----------------------------------------------------------------------------- XLSX
def test_xlsx_has_three_sheets_live_formulas_and_decimal_money(tmp_path: Path) -> None:
    path = write_return_xlsx(build_sheet(sample_inputs()), tmp_path / "r.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Transactions", "Receipts"]
    summary, tx = book["Summary"], book["Transactions"]
    formulas = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    assert sum(1 for f in formulas if "SUMPRODUCT(" in f) >= 10
    assert any(f.startswith("=SUM(") for f in formulas)
    assert tx["J2"].value == Decimal("3000") and tx["J2"].number_format == MONEY_FORMAT
    assert tx["B2"].value.year == 2026
    assert book["Receipts"]["E2"].value == "R-0007"


def test_xlsx_text_never_becomes_a_formula(tmp_path: Path) -> None:
    path = write_return_xlsx(_sheet_with_nasty_payee(), tmp_path / "r.xlsx")
    tx = load_workbook(path)["Transactions"]
    cells = {c.value: c.data_type for row in tx.iter_rows() for c in row}
    assert cells[NASTY] == "s" and cells["@SUM(A1)"] == "s"


def _libreoffice_csv(xlsx: Path, out: Path) -> list[list[str]]:
    profile = (out / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(out),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with open(out / (xlsx.stem + ".csv"), encoding="utf-8") as handle:
        return list(csv.reader(handle))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_to_the_same_pence(tmp_path: Path) -> None:
    sheet = _sheet_with_nasty_payee()
    xlsx = write_return_xlsx(sheet, tmp_path / "r.xlsx")
    rows = {r[0]: r[1:] for r in _libreoffice_csv(xlsx, tmp_path) if r and r[0]}

    def pounds(label: str, col: int = 0) -> Decimal:
        return Decimal(rows[label][col].replace("£", "").replace(",", ""))

    assert pounds("Money at the start") == sheet.opening_balance.to_decimal()
    assert pounds("Money in") == sheet.money_in.total.to_decimal()
    assert pounds("Payments from the council") == sheet.money_in.council_payments.to_decimal()
    assert pounds("Money out") == sheet.money_out.total.to_decimal()
    assert pounds("Money at the end") == sheet.closing_balance.to_decimal()
    assert pounds("Direct payment account", 4) == sheet.accounts[0].closing_balance.to_decimal()
    assert rows["Adds up and agrees with the statements"][0] == "No"  # nasty lines not on statement


# ----------------------------------------------------------------------------- CSV
def test_csv_guards_text_but_keeps_amounts_numeric(tmp_path: Path) -> None:
    path = write_return_csv(_sheet_with_nasty_payee(), tmp_path / "r.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    nasty = next(r for r in rows if r["id"] == "40")
    assert nasty["payee"] == "'" + NASTY and nasty["category"] == "'+Activities"
    assert nasty["amount"] == "-3.00"  # a number, not guarded
    other = next(r for r in rows if r["id"] == "41")
    assert other["payee"] == "'@SUM(A1)" and other["category"] == "'-minus"
    assert other["receipts"] == "'=1+1"
    assert next(r for r in rows if r["id"] == "5")["payee"] == "Anna Kowalska"
    assert len(rows) == 13


# ----------------------------------------------------------------------------- EML
def test_email_draft_parses_back(tmp_path: Path) -> None:
    sheet = build_sheet(sample_inputs())
    path = write_email_draft(sheet, tmp_path / "draft.eml")
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["To"] == "dp.returns@brackenford.example.org"
    assert "DP123456" in message["Subject"] and "Siân Jones" in message["Subject"]
    assert message["X-Unsent"] == "1"
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "financial check-up" in body and "Gareth" not in body.split("Thank you")[0]
    assert "audit" not in body.lower()
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == ["financial-check-up-2026-01-01-to-2026-03-31.pdf"]  # profile: pdf only
    pdf = next(message.iter_attachments()).get_content()
    assert pdf.startswith(b"%PDF")


def test_email_draft_with_chosen_attachments(tmp_path: Path) -> None:
    sheet = build_sheet(sample_inputs())
    files = [Attachment("a.csv", b"x,y\n"), Attachment("b.zip", b"PK")]
    path = write_email_draft(sheet, tmp_path / "d.eml", files)
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert [p.get_filename() for p in message.iter_attachments()] == ["a.csv", "b.zip"]


# ----------------------------------------------------------------------------- ZIP
@pytest.mark.parametrize(
    ("nasty", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("/abs/path/receipt.pdf", "receipt.pdf"),
        ("C:\\Windows\\evil.pdf", "evil.pdf"),
        ("a\x00b.pdf", "ab.pdf"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("..", "file"),
        ("", "file"),
        ("CON.pdf", "_CON.pdf"),
        ("ok name  .pdf", "ok name .pdf"),
    ],
)
def test_safe_name(nasty: str, expected: str) -> None:
    assert safe_name(nasty) == expected


def test_evidence_pack_has_safe_names_and_the_right_files(tmp_path: Path) -> None:
    sheet = build_sheet(sample_inputs(profile=sample_inputs().profile))
    receipts = [
        ReceiptFile(7, "../../../swim.pdf", "application/pdf", b"%PDF swim"),
        ReceiptFile(7, "../../../swim.pdf", "application/pdf", b"%PDF swim 2"),
        ReceiptFile(8, "/etc/\u202eexe.jpg", "image/jpeg", b"jpeg"),
        ReceiptFile(999, "other-period.pdf", "application/pdf", b"no"),
    ]
    payslips = [PayslipFile("..\\Anna\x00 Jan.pdf", b"%PDF slip")]
    path = write_evidence_pack(sheet, tmp_path / "pack.zip", receipts, payslips)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert archive.read(names[-1]) == b"%PDF slip"
    for name in names:
        assert not name.startswith("/") and ".." not in name.split("/")
        assert "\x00" not in name and "\u202e" not in name and "\\" not in name
    assert names[0].endswith(".pdf") and names[1].endswith(".json")
    receipts_in = [n for n in names if n.startswith("receipts/")]
    assert receipts_in == [
        "receipts/2026-02-03 line 7 Leisure Centre - swim.pdf",
        "receipts/2026-02-03 line 7 Leisure Centre - swim-2.pdf",
        "receipts/2026-02-14 line 8 Cabs Ltd - exe.jpg",
    ]
    assert names[-1] == "payslips/Anna Jan.pdf"
