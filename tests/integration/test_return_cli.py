"""`dpwallet return`: one demo wallet, every format, the same figures in each."""

from __future__ import annotations

import csv
import email
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pypdf
import pytest

from dpwallet.domain.money import Money
from tests.conftest import PASSPHRASE

FROM, TO = "2026-08-01", "2026-10-31"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("return")
    wallet = folder / "Demo"
    result = run("demo", str(wallet), "--seed", "4")
    assert result.returncode == 0, result.stderr
    return wallet


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DPWALLET_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "dpwallet", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def write(demo: Path, suffix: str) -> Path:
    out = demo.parent / f"return{suffix}"
    result = run("return", str(demo), "--from", FROM, "--to", TO, "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_json_contract(demo: Path) -> None:
    data = json.loads(write(demo, ".json").read_text("utf-8"))
    assert data["period"] == {"from": FROM, "to": TO}
    for key in ("total",):
        assert key in data["money_in"] and key in data["money_out"]
    opening = Money.from_decimal(data["opening_balance"])
    money_in = Money.from_decimal(data["money_in"]["total"])
    money_out = Money.from_decimal(data["money_out"]["total"])
    closing = Money.from_decimal(data["closing_balance"])
    assert opening + money_in - money_out == closing
    assert data["reconciles"] is True
    assert len(data["lines"]) > 50
    assert all(isinstance(line["amount"], str) for line in data["lines"])


def test_pdf_xlsx_csv_zip_eml_carry_the_same_figures(demo: Path) -> None:
    data = json.loads(write(demo, ".json").read_text("utf-8"))
    closing = "£{:,.2f}".format(Money.from_decimal(data["closing_balance"]).to_decimal())
    pdf = pypdf.PdfReader(write(demo, ".pdf"))
    text = "".join(page.extract_text() for page in pdf.pages)
    assert closing in text and "financial check-up" in text.lower()
    attached = pdf.attachments
    assert "return.json" in attached
    assert json.loads(attached["return.json"][0])["closing_balance"] == data["closing_balance"]
    book = openpyxl.load_workbook(write(demo, ".xlsx"))
    assert len(book.sheetnames) == 3
    rows = list(csv.reader(write(demo, ".csv").read_text("utf-8-sig").splitlines()))
    assert len(rows) - 1 == len(data["lines"])
    with zipfile.ZipFile(write(demo, ".zip")) as pack:
        names = pack.namelist()
    assert any(n.lower().endswith(".pdf") for n in names)
    assert any("receipt" in n.lower() or n.lower().endswith(".png") for n in names)
    assert sum("payslip" in n.lower() for n in names) >= 12  # weekly pay for a quarter
    message = email.message_from_bytes(write(demo, ".eml").read_bytes())
    assert message["To"] and message.is_multipart()


def test_bad_dates_and_formats_are_one_sentence(demo: Path) -> None:
    for args in (
        ("--from", "2026-02-30", "--to", TO, "--out", "x.pdf"),
        ("--from", FROM, "--to", TO, "--out", "x.docx"),
        ("--from", TO, "--to", FROM, "--out", "x.pdf"),
    ):
        result = run("return", str(demo), *args)
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
