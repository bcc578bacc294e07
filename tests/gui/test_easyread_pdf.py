"""Requirements 33 and 34: the "my copy" PDF in the person's language and in easy read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pypdf
import pytest

from dpwallet.domain.money import Money
from dpwallet.domain.reconciliation import build_sheet
from dpwallet.domain.summary import AccountBalance, WalletSummary
from dpwallet.i18n.fonts import font_faces_for_language
from dpwallet.settings import Settings
from dpwallet.ui.fonts import register_bundled_fonts
from dpwallet.ui.i18n_qt import apply_language
from dpwallet.ui.my_copy_pdf import (
    CommunicationNeeds,
    home_copy,
    return_copy,
    to_html,
    write_my_copy,
)
from tests.unit.returns.conftest import sample_inputs

SUMMARY = WalletSummary(
    "Ann Lee",
    "Testshire",
    False,
    Money(-1250),
    (AccountBalance(1, "Direct payment account", "bank", Money(-1250)),),
)
FIGURES = SimpleNamespace(today=dt.date(2026, 3, 2), weeks_in_hand=Decimal("4.5"))


@pytest.fixture(autouse=True)
def english_after(qapp):  # type: ignore[no-untyped-def]
    register_bundled_fonts()
    yield
    apply_language("en_GB")


def _fonts(reader: pypdf.PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/"))
    return names


@pytest.mark.parametrize("language", ["en_GB", "ur", "ar", "bn"])
@pytest.mark.parametrize("easy", [True, False])
def test_my_copy_is_written_in_the_language(tmp_path: Path, language: str, easy: bool) -> None:
    apply_language(language)
    needs = CommunicationNeeds(language, easy_read=easy, large_print=True, bsl=True)
    for name, copy in (
        ("home", home_copy(SUMMARY, needs, FIGURES)),  # type: ignore[arg-type]
        ("return", return_copy(build_sheet(sample_inputs()), needs)),
    ):
        path = write_my_copy(copy, tmp_path / f"{name}-{language}.pdf")
        reader = pypdf.PdfReader(str(path))
        assert len(reader.pages) >= 1
        assert reader.trailer["/Root"]["/Lang"] == language.replace("_", "-")
        assert reader.metadata is not None and reader.metadata.title == copy.title
        own = {face.regular.removesuffix(".ttf") for face in font_faces_for_language(language)}
        assert _fonts(reader) & own, (language, _fonts(reader))
        if language == "en_GB":
            text = " ".join(reader.pages[0].extract_text().split())
            assert "Ann Lee" in text or "Siân" in text


def test_easy_read_copy_has_no_minus_and_says_pay_back() -> None:
    needs = CommunicationNeeds("en_GB", easy_read=True)
    copy = home_copy(SUMMARY, needs, FIGURES)  # type: ignore[arg-type]
    lines = copy.sections[0].lines
    assert lines[0] == "Today is Monday 2 March 2026."
    assert "You need to pay back £12.50." in lines
    assert "Your money lasts about 4 weeks." in lines
    assert not any("-£" in ln or "(£" in ln for ln in lines)


def test_rtl_copy_is_marked_right_to_left() -> None:
    apply_language("ur")
    copy = home_copy(SUMMARY, CommunicationNeeds("ur", easy_read=True))
    page = to_html(copy)
    assert 'dir="rtl"' in page and 'lang="ur"' in page


def test_communication_needs_are_recorded() -> None:
    settings = Settings(language="cy", easy_read=True, text_size_percent=200)
    needs = CommunicationNeeds.from_settings(settings, bsl=True)
    assert (needs.language, needs.easy_read, needs.large_print, needs.bsl, needs.read_aloud) == (
        "cy",
        True,
        True,
        True,
        True,
    )
    copy = return_copy(build_sheet(sample_inputs()), needs)
    assert copy.needs is needs
    words = " ".join(needs.lines())
    assert "Easy read" in words and "Large print" in words and "British Sign Language" in words
    assert "Cymraeg" in words
