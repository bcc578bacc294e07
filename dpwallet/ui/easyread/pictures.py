"""Easy read pictures: our CC0 set in ``resources/pictures``, or a council's own set.

Why a user folder: councils and support services often hold licences for picture sets
people already know (Photosymbols, CHANGE) that we may not ship (risk R9). A file in
``dpwallet.settings.data_dir() / "pictures"`` with the same name (``money.svg`` or
``money.png``) replaces ours. Our pictures are one-colour line drawings, so they are
recoloured to the theme's text colour and keep their contrast in high contrast; a user's
pictures are shown as they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from dpwallet.i18n import ER_, pgettext
from dpwallet.settings import data_dir

__all__ = [
    "PICTURES",
    "PICTURES_DIR",
    "alt_text",
    "picture_icon",
    "picture_path",
    "picture_pixmap",
    "user_pictures_dir",
]

PICTURES_DIR = Path(__file__).resolve().parents[3] / "resources" / "pictures"

# Picture name -> its text alternative (what a screen reader says for it).
PICTURES: dict[str, str] = {
    "money": ER_("Picture of money"),
    "coin": ER_("Picture of a coin"),
    "money-in": ER_("Picture of money coming in"),
    "money-out": ER_("Picture of money going out"),
    "weeks": ER_("Picture of a calendar and a coin"),
    "calendar": ER_("Picture of a calendar"),
    "person": ER_("Picture of a person"),
    "home": ER_("Picture of a house"),
    "bank": ER_("Picture of a bank"),
    "card": ER_("Picture of a bank card"),
    "receipt": ER_("Picture of a receipt"),
    "council": ER_("Picture of the council building"),
    "clock": ER_("Picture of a clock"),
    "pay": ER_("Picture of paying someone"),
    "pension": ER_("Picture of a savings jar"),
    "tax": ER_("Picture of a tax form"),
    "heads-up": ER_("Picture of a warning sign"),
    "tick": ER_("Picture of a tick"),
    "question": ER_("Picture of a question mark"),
    "words": ER_("Picture of a book of words"),
    "speaker": ER_("Picture of a speaker"),
    "easy-read": ER_("Picture of an easy read page"),
    "send": ER_("Picture of an envelope"),
    "my-copy": ER_("Picture of a page for you to keep"),
    "lock": ER_("Picture of a padlock"),
    "text-size": ER_("Picture of a small letter and a big letter"),
    "contrast": ER_("Picture of a circle, half dark and half light"),
    "language": ER_("Picture of 2 speech bubbles"),
    "backup": ER_("Picture of a box with an arrow going in"),
    "add": ER_("Picture of a plus sign"),
    "add-person": ER_("Picture of a person and a plus sign"),
    "arrow-back": ER_("Picture of an arrow pointing back"),
    "arrow-next": ER_("Picture of an arrow pointing on"),
    "holiday": ER_("Picture of the sun"),
    "sick": ER_("Picture of a thermometer"),
    "outcome": ER_("Picture of a target"),
    "statement": ER_("Picture of a bank statement"),
}


def user_pictures_dir() -> Path:
    """Where a council or support service can put its own licensed pictures."""
    return data_dir() / "pictures"


def picture_path(name: str) -> tuple[Path | None, bool]:
    """The file for ``name`` and whether it is the user's (user files win over ours)."""
    for folder, own in ((user_pictures_dir(), True), (PICTURES_DIR, False)):
        for suffix in (".svg", ".png"):
            path = folder / f"{name}{suffix}"
            if path.is_file():
                return path, own
    return None, False


def alt_text(name: str) -> str:
    """The picture's text alternative in the current language."""
    return pgettext("easyread", PICTURES.get(name, PICTURES["question"]))


def _render(path: Path, side: int) -> QImage:
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if path.suffix == ".svg":
        renderer = QSvgRenderer(str(path))
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        renderer.render(painter, QRectF(0, 0, side, side))
    else:
        source = QImage(str(path))
        if not source.isNull():
            scaled = source.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage((side - scaled.width()) // 2, (side - scaled.height()) // 2, scaled)
    painter.end()
    return image


def picture_pixmap(name: str, side: int, colour: str | QColor | None = None) -> QPixmap:
    """``name`` drawn ``side`` px square; our own pictures in ``colour`` (default: black).

    A missing picture gives the question mark rather than an empty space.
    """
    path, own = picture_path(name)
    if path is None:
        path, own = picture_path("question")
    if path is None:  # the resources folder itself is missing: a blank, not a crash
        blank = QPixmap(side, side)
        blank.fill(Qt.GlobalColor.transparent)
        return blank
    image = _render(path, side)
    if not own and colour is not None:
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), QColor(colour))
        painter.end()
    return QPixmap.fromImage(image)


def picture_icon(name: str, colour: str | QColor | None = None) -> QIcon:
    """``name`` as a button icon (drawn large so it stays sharp when Qt scales it)."""
    icon = QIcon()
    for side in (32, 64):
        icon.addPixmap(picture_pixmap(name, side, colour))
    return icon
