"""The bundled Noto fonts cover every shipped script, "£" and digits (requirement 26).

Coverage is read from each font's cmap with reportlab (no Qt needed). A character counts
as covered when any font in the language's fallback list has it, which is how Qt's
``QFont.setFamilies`` picks glyphs.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from dpwallet.domain.money import Money
from dpwallet.i18n import LANGUAGES
from dpwallet.i18n.fonts import (
    FONTS_DIR,
    all_font_files,
    font_faces_for_language,
    font_files_for_language,
    script_for_language,
)
from dpwallet.i18n.formatting import format_date, format_date_short, format_money

# A sentence per language in its own script, with its own digits where they exist.
SAMPLES = {
    "en_GB": "You have £1,240.50 in your account.",
    "cy": "Mae gennych chi £12.50. Ŵ ŷ ŵ Ŷ â ê î ô û ŵ ŷ ï.",
    "pl": "Zażółć gęślą jaźń. Masz pieniądze: £12,50. ĄĆĘŁŃÓŚŹŻ",
    "ro": "Știință și țară: ai £12,50. Ă Â Î Ș Ț ă â î ș ț",
    "so": "Lacagta aad haysato waa £12.50.",
    "ar": "لديك من المال في حسابك. ٠١٢٣٤٥٦٧٨٩ ٫ ٬ ؟ ،",
    "ur": "آپ کے پاس رقم ہے۔ ٹ ڈ ڑ ں ے ھ ۔ ۰۱۲۳۴۵۶۷۸۹",
    "bn": "আপনার অ্যাকাউন্টে টাকা আছে। ক্ষ ০১২৩৪৫৬৭৮৯",
    "pa": "ਤੁਹਾਡੇ ਖਾਤੇ ਵਿੱਚ ਪੈਸੇ ਹਨ। ੦੧੨੩੪੫੬੭੮੯",
}
ALWAYS = "£0123456789.,-"
IGNORABLE = {" ", "\u2068", "\u2069", "\u200c", "\u200d", "\u200f", "\u200e"}


@cache
def _cmap(path: Path) -> frozenset[int]:
    return frozenset(TTFontFile(str(path)).charToGlyph)


def _uncovered(language: str, text: str, *, bold: bool = False) -> set[str]:
    cmaps = [_cmap(path) for path in font_files_for_language(language, bold=bold)]
    return {ch for ch in text if ch not in IGNORABLE and not any(ord(ch) in c for c in cmaps)}


def test_every_bundled_file_exists_with_the_licence() -> None:
    for path in all_font_files():
        assert path.is_file(), path
        assert path.stat().st_size > 10_000
    assert (FONTS_DIR / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") == 1
    readme = (FONTS_DIR / "README.md").read_text(encoding="utf-8")
    for path in all_font_files():
        assert path.name in readme
    total = sum(p.stat().st_size for p in FONTS_DIR.iterdir() if p.suffix == ".ttf")
    assert total < 5_000_000  # no CJK


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("bold", [False, True])
def test_pound_digits_and_a_sentence_are_covered(language: str, bold: bool) -> None:
    assert _uncovered(language, ALWAYS + SAMPLES[language], bold=bold) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_the_formatters_print_is_covered(language: str) -> None:
    text = (
        format_money(Money(-123456), language=language)
        + format_date(date(2026, 3, 2), language)
        + format_date_short(date(2026, 12, 27), language)
        + "".join(format_date(date(2026, m, 1), language) for m in range(1, 13))
    )
    assert _uncovered(language, text) == set()


def test_script_fonts_lack_the_pound_sign_so_noto_sans_is_always_last() -> None:
    for language in LANGUAGES:
        faces = font_faces_for_language(language)
        assert faces[-1].family == "Noto Sans"
    assert ord("£") not in _cmap(font_files_for_language("bn")[0])


def test_script_choice() -> None:
    assert script_for_language("ur") == "Arab-ur"
    assert script_for_language("pa_Arab_PK") == "Arab-ur"
    assert script_for_language("pa") == "Guru"
    assert script_for_language("en_XA") == "Latn"
    assert [f.family for f in font_faces_for_language("ur")] == [
        "Noto Nastaliq Urdu",
        "Noto Sans Arabic",
        "Noto Sans",
    ]


def test_fonts_dir_can_be_moved_for_a_packaged_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DPWALLET_FONTS_DIR", str(tmp_path))
    assert font_files_for_language("bn")[0] == tmp_path / "NotoSansBengali-Regular.ttf"
