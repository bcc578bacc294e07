"""Which bundled font files each language needs (pure Python; no Qt).

The Qt layer (``dpwallet/ui/fonts.py``) registers these files and builds family lists;
the PDF writers use the paths directly. The script font comes first and Noto Sans last,
because no Noto script font has "£" or Latin letters (finding 1).

The folder is ``resources/fonts`` at the top of the source tree; the environment
variable ``DPWALLET_FONTS_DIR`` points elsewhere (for a packaged build).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "FONTS_DIR",
    "FontFace",
    "all_font_files",
    "font_faces_for_language",
    "font_files_for_language",
    "fonts_dir",
    "script_for_language",
]

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"


@dataclass(frozen=True, slots=True)
class FontFace:
    """One bundled family: its name as Qt and the PDF see it, and its two files."""

    family: str
    regular: str  # file name inside the fonts folder
    bold: str

    def path(self, *, bold: bool = False, directory: Path | None = None) -> Path:
        return (directory or fonts_dir()) / (self.bold if bold else self.regular)


LATIN = FontFace("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
ARABIC = FontFace("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
URDU = FontFace("Noto Nastaliq Urdu", "NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf")
BENGALI = FontFace("Noto Sans Bengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf")
GURMUKHI = FontFace(
    "Noto Sans Gurmukhi", "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf"
)

# ISO 15924 script per language; Urdu gets its own entry for the Nastaliq style.
_SCRIPT_OF = {
    "en": "Latn",
    "cy": "Latn",
    "pl": "Latn",
    "ro": "Latn",
    "so": "Latn",
    "pa": "Guru",
    "ur": "Arab-ur",
    "ar": "Arab",
    "bn": "Beng",
}

SCRIPT_FACES: dict[str, tuple[FontFace, ...]] = {
    "Latn": (LATIN,),
    "Arab": (ARABIC, LATIN),
    "Arab-ur": (URDU, ARABIC, LATIN),
    "Beng": (BENGALI, LATIN),
    "Guru": (GURMUKHI, LATIN),
}

ALL_FACES: tuple[FontFace, ...] = (LATIN, ARABIC, URDU, BENGALI, GURMUKHI)


def fonts_dir() -> Path:
    override = os.environ.get("DPWALLET_FONTS_DIR")
    return Path(override) if override else FONTS_DIR


def script_for_language(language: str) -> str:
    """ "Latn", "Arab", "Arab-ur", "Beng" or "Guru"; unknown languages are Latin."""
    base = language.replace("-", "_").split("_")[0].lower()
    if base == "pa" and "arab" in language.lower():
        return "Arab-ur"  # Shahmukhi Panjabi is written in Nastaliq like Urdu
    return _SCRIPT_OF.get(base, "Latn")


def font_faces_for_language(language: str) -> tuple[FontFace, ...]:
    """Families in fallback order: the script's own font(s) first, Noto Sans last."""
    return SCRIPT_FACES[script_for_language(language)]


def font_files_for_language(language: str, *, bold: bool = False) -> list[Path]:
    """Font file paths for ``language`` in fallback order (for reportlab and the tests)."""
    directory = fonts_dir()
    return [face.path(bold=bold, directory=directory) for face in font_faces_for_language(language)]


def all_font_files() -> list[Path]:
    """Every bundled font file, regular then bold per family."""
    directory = fonts_dir()
    return [
        face.path(bold=bold, directory=directory) for face in ALL_FACES for bold in (False, True)
    ]
