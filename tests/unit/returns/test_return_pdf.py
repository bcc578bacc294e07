"""The council PDF: metadata, totals a reader can find, the attached JSON, and every
payee name drawn in a font that has its glyphs (requirements 31 and 32)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from dpwallet.domain.reconciliation import build_sheet, sheet_to_json
from dpwallet.export.pdf_text import IGNORABLE, runs_for, uncovered
from dpwallet.export.return_pdf import return_pdf_bytes, write_return_pdf

from .conftest import line, sample_inputs, sample_lines

NAMES = {
    "ur": "محمد علی ٹیکسی سروس",
    "bn": "সুমি রহমান কিশোর",
    "pl": "Łukasz Wróbel – Usługi Ogrodnicze Żółć",
    "cy": "Caffi’r Ŵyn, Llŷn – Siân ap Hywel",
    "ar": "مطعم الأمل (فرع 2)",
    "pa": "ਕਿਰਨ ਕੌਰ",
}


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_metadata_language_and_fonts(tmp_path: Path) -> None:
    path = write_return_pdf(build_sheet(sample_inputs()), tmp_path / "return.pdf")
    data = path.read_bytes()
    reader = _reader(data)
    meta = reader.metadata
    assert meta is not None
    assert meta.title.startswith("Financial check-up") and "Siân Jones" in meta.title
    assert meta.author == "Siân Jones"
    assert meta.subject
    assert b"/Lang (en-GB)" in data
    assert b"NotoSans" in data
    assert "audit" not in _text(reader).lower()


def test_welsh_document_language() -> None:
    data = return_pdf_bytes(build_sheet(sample_inputs(), language="cy"))
    assert b"/Lang (cy-GB)" in data


def test_totals_are_printed_and_json_is_attached() -> None:
    sheet = build_sheet(sample_inputs())
    reader = _reader(return_pdf_bytes(sheet))
    text = _text(reader)
    for figure in ("£2,150.00", "£3,125.00", "£1,792.90", "£3,482.10", "DP123456", "Gareth Jones"):
        assert figure in text
    assert "R-0007" in text and "11.6 weeks" in text
    assert "financial check-up" in text.lower()
    attached = reader.attachments["return.json"][0]
    assert json.loads(attached.decode("utf-8")) == sheet_to_json(sheet)


def test_many_lines_flow_onto_more_pages() -> None:
    extra = tuple(
        line(100 + n, sample_lines()[6].date, "-1.00", f"Shop {n}", "Activities") for n in range(90)
    )
    reader = _reader(return_pdf_bytes(build_sheet(sample_inputs(lines=sample_lines() + extra))))
    assert len(reader.pages) >= 4
    assert "Shop 89" in _text(reader)


@pytest.mark.parametrize("language", sorted(NAMES))
def test_every_character_of_every_name_has_a_glyph(language: str) -> None:
    name = NAMES[language]
    assert uncovered(name) == set()
    for bold in (False, True):
        for run in runs_for(name, bold=bold):
            cmap = pdfmetrics.getFont(run.font).face.charToGlyph
            missing = {ch for ch in run.text if ch not in IGNORABLE and ord(ch) not in cmap}
            assert missing == set(), (run, missing)
            assert "\u25a1" not in run.text and "\ufffd" not in run.text


def test_script_names_are_drawn_with_script_fonts() -> None:
    lines = sample_lines() + tuple(
        line(200 + n, sample_lines()[6].date, "-2.00", name, "Activities", receipts=("R-1",))
        for n, name in enumerate(NAMES.values())
    )
    data = return_pdf_bytes(build_sheet(sample_inputs(lines=lines)))
    for font in (b"NotoSansArabic", b"NotoSansBengali", b"NotoSansGurmukhi", b"NotoSans"):
        assert font in data
    embedded = json.loads(_reader(data).attachments["return.json"][0])
    payees = {ln["payee"] for ln in embedded["lines"]}
    assert set(NAMES.values()) <= payees  # the machine copy keeps the exact text
    text = _text(_reader(data))
    assert "Łukasz Wróbel" in text and "Ŵyn, Llŷn" in text


def test_arabic_run_is_joined_and_in_visual_order() -> None:
    (run,) = runs_for("محمد")
    # presentation forms: meem initial ... dal final, drawn right to left
    assert run.text == "\ufeaa\ufee4\ufea4\ufee3"
    assert runs_for("(فرع 2)")[0].text.startswith("(")


def test_bengali_pre_base_vowel_moves_before_its_consonant() -> None:
    (run,) = runs_for("কি")
    assert run.text == "\u09bf\u0995"
