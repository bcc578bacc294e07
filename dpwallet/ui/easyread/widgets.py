"""The easy read building blocks: sizes, a button with a picture and words, and IdeaRow.

Why here and not in each screen: easy read has fixed rules (access-and-languages.md 1.2,
requirements 4, 7, 9, 14) that are easy to get slightly wrong one screen at a time:
body text at least 16 pt that still grows with the 200% setting, amounts at least 20 pt,
every button a picture plus words, targets at least 44 px, one picture per idea on the
side where reading starts (left in English, right in Arabic and Urdu).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from dpwallet.ui import theme
from dpwallet.ui.easyread.pictures import alt_text, picture_icon, picture_pixmap
from dpwallet.ui.easyread.state import easy_read_state

__all__ = ["MIN_TARGET", "EasyButton", "EasySizes", "IdeaRow", "easy_sizes", "size_rules"]

MIN_TARGET = 44  # px: requirement 4 in easy read
MIN_AMOUNT_PT = 20.0
PT_TO_PX = 96 / 72


@dataclass(frozen=True, slots=True)
class EasySizes:
    body_pt: float
    amount_pt: float
    heading_pt: float

    @property
    def picture_px(self) -> int:
        """Pictures about three lines tall: large, but never bigger than the words need."""
        return max(48, round(self.body_pt * PT_TO_PX * 2.8))

    @property
    def icon_px(self) -> int:
        return max(24, round(self.body_pt * PT_TO_PX * 1.4))


def easy_sizes(percent: int | None = None) -> EasySizes:
    """Sizes from the platform's body size, at least 16 pt, times the text size setting."""
    pct = easy_read_state().text_size_percent() if percent is None else percent
    body = theme.body_point_size(pct, easy_read=True)
    amount = max(MIN_AMOUNT_PT, round(body * 1.5, 1))
    return EasySizes(body, amount, round(body * 1.6, 1))


def size_rules(sizes: EasySizes) -> str:
    """A stylesheet for one easy read widget tree (it wins over the app's own sizes)."""
    return f"""
QLabel {{ font-size: {sizes.body_pt}pt; }}
QLabel[role="h1"] {{ font-size: {sizes.heading_pt}pt; font-weight: bold; }}
QLabel[role="er-amount"] {{ font-size: {sizes.amount_pt}pt; }}
QPushButton, QToolButton {{ font-size: {sizes.body_pt}pt; min-height: {MIN_TARGET}px;
    min-width: {MIN_TARGET}px; padding: 6px 16px; }}
"""


def rich_sentence(template: str, values: dict[str, str]) -> str:
    """``template`` as rich text with each value in bold (values and words escaped)."""
    bold = {k: f"<b>{html.escape(v)}</b>" for k, v in values.items()}
    return html.escape(template, quote=False).format(**bold)


class EasyButton(QPushButton):
    """A button that always shows a picture and words (requirement 9), at least 44 px."""

    def __init__(self, picture: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = picture
        self.setObjectName(name)
        self.setAutoDefault(False)
        self.setMinimumSize(MIN_TARGET, MIN_TARGET)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.repaint_picture()

    def set_words(self, text: str, description: str = "") -> None:
        self._words = text
        self.setText(text)
        self.setAccessibleName(text)
        self.setAccessibleDescription(description)

    def words(self) -> str:
        """The words on the button (without any line break added by :meth:`fit_width`)."""
        return getattr(self, "_words", self.text())

    def fit_width(self, available: int) -> None:
        """Break the words over two lines when one line would be wider than ``available``.

        Buttons cannot wrap by themselves; at 200% text a long label would be clipped.
        """
        words = self.words()
        wanted = words
        if self.text() != words:
            self.setText(words)
        if available > 0 and " " in words and self.sizeHint().width() > available:
            middle = len(words) // 2
            spaces = [i for i, ch in enumerate(words) if ch == " "]
            cut = min(spaces, key=lambda i: abs(i - middle))
            wanted = words[:cut] + "\n" + words[cut + 1 :]
        if self.text() != wanted:
            self.setText(wanted)

    def repaint_picture(self) -> None:
        """Draw the picture in the current text colour, as tall as the words."""
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        side = max(24, round(self.fontMetrics().height() * 1.3))
        key = (side, colour.rgba())
        if key == getattr(self, "_drawn", None):
            return  # nothing changed: drawing again costs time (and PySide calls)
        self._drawn = key
        self.setIcon(picture_icon(self.picture, colour))
        self.setIconSize(QSize(side, side))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.repaint_picture()
        super().changeEvent(event)


class IdeaRow(QFrame):
    """One idea: a picture at the reading start, then one short sentence, key words bold.

    Set the words with :meth:`set_sentence` (a translated template and its values; the
    values are shown bold). ``amount=True`` makes the sentence amount-sized (at least
    20 pt) for rows that carry money. ``terms`` are glossary keys this row uses.
    """

    def __init__(
        self,
        picture: str,
        *,
        name: str,
        amount: bool = False,
        terms: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "idea-row")
        self.picture_name = picture
        self.terms = tuple(terms)
        self.is_amount = amount
        self._plain = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 6)
        row.setSpacing(20)
        self.picture = QLabel()
        self.picture.setObjectName(f"{name}Picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.text = QLabel()
        self.text.setObjectName(f"{name}Text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        if amount:
            self.text.setProperty("role", "er-amount")
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.set_picture_size(easy_sizes().picture_px)
        self.retranslate_ui()

    def set_sentence(self, template: str, **values: str) -> None:
        """Show ``template.format(**values)`` with the values in bold."""
        self._plain = template.format(**values)
        body = rich_sentence(template, values)
        direction = "rtl" if self.isRightToLeft() else "ltr"
        self.text.setText(f'<p dir="{direction}" style="line-height:150%">{body}</p>')
        self.text.setAccessibleName(self._plain)
        self.setAccessibleName(self._plain)

    def sentence(self) -> str:
        """The plain sentence, as read aloud and as a screen reader hears it."""
        return self._plain

    def set_picture_size(self, side: int) -> None:
        """Draw the picture ``side`` px in the text colour (skipped when nothing changed)."""
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        key = (side, colour.rgba())
        if key == getattr(self, "_drawn", None):
            return
        self._drawn = key
        self.picture.setPixmap(picture_pixmap(self.picture_name, side, colour))
        self.picture.setFixedSize(side, side)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self.set_picture_size(self.picture.width())
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.picture.setAccessibleName(alt_text(self.picture_name))
