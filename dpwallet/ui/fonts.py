"""Register the bundled Noto fonts with Qt and pick a family list per language.

PySide6 wheels ship no fonts (finding 8) and PySide6 6.12 has no
``addApplicationFallbackFontFamily``, so dpwallet registers its own files with
``QFontDatabase.addApplicationFont`` and gives every language an ordered family list
through ``QFont.setFamilies``: the script's font first, Noto Sans last for "£" and
Latin letters. Qt then falls back between them character by character.

Call :func:`register_bundled_fonts` once after the ``QApplication`` exists;
``apply_language`` in :mod:`dpwallet.ui.i18n_qt` sets the application font.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from dpwallet.i18n.fonts import ALL_FACES, SCRIPT_FACES, font_faces_for_language, fonts_dir

__all__ = [
    "families_by_script",
    "families_for_language",
    "font_for_language",
    "register_bundled_fonts",
]

_registered: dict[str, list[str]] = {}  # file name -> families Qt reported


def register_bundled_fonts() -> dict[str, list[str]]:
    """Add every bundled font file to Qt's database (once); return file → families.

    A missing or unreadable file is skipped (the app still runs with system fonts);
    the returned mapping shows what was actually registered.
    """
    directory = fonts_dir()
    for face in ALL_FACES:
        for name in (face.regular, face.bold):
            if name in _registered:
                continue
            path = directory / name
            if not path.is_file():
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                continue
            _registered[name] = list(QFontDatabase.applicationFontFamilies(font_id))
    return dict(_registered)


def families_by_script() -> dict[str, list[str]]:
    """For each script key ("Latn", "Arab", "Arab-ur", "Beng", "Guru"), its family list."""
    register_bundled_fonts()
    return {script: _families(faces) for script, faces in SCRIPT_FACES.items()}


def families_for_language(language: str) -> list[str]:
    """Registered families for ``language`` in fallback order, e.g. Bengali then Noto Sans."""
    register_bundled_fonts()
    return _families(font_faces_for_language(language))


def _families(faces: tuple[object, ...]) -> list[str]:
    out: list[str] = []
    for face in faces:
        regular = getattr(face, "regular", "")
        for family in _registered.get(regular, []):
            if family not in out:
                out.append(family)
    return out


def font_for_language(language: str, base: QFont | None = None) -> QFont:
    """A copy of ``base`` (size, weight kept) using ``language``'s family list."""
    font = QFont(base) if base is not None else QFont()
    families = families_for_language(language)
    if families:
        font.setFamilies(families)
    return font
