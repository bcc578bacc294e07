""" "What do these words mean?": the glossary words used on the current screen.

A visible button opens it (requirement 15: never only a tooltip). Each word is bold with
its plain meaning underneath, in the current language; Close is a picture and a word.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpwallet.i18n import pgettext
from dpwallet.ui.easyread.glossary_data import GLOSSARY, translated
from dpwallet.ui.easyread.widgets import EasyButton, easy_sizes, size_rules
from dpwallet.ui.widgets import label

__all__ = ["GlossaryDialog", "terms_in_text"]


def terms_in_text(texts: Sequence[str]) -> list[str]:
    """Glossary keys whose word (in the current language) appears in ``texts``.

    For screens that do not list their words themselves.
    """
    joined = " ".join(texts).casefold()
    return [key for key in GLOSSARY if translated(key)[0].casefold() in joined]


class GlossaryDialog(QDialog):
    """Lists ``terms`` (glossary keys); with none, it lists every word we explain."""

    def __init__(self, terms: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.setModal(True)
        self.terms = [t for t in terms if t in GLOSSARY]
        self.showing_all = not self.terms
        if self.showing_all:
            self.terms = list(GLOSSARY)
        self.setStyleSheet(size_rules(easy_sizes()))
        outer = QVBoxLayout(self)
        self.title = label("h1", name="glossaryTitle")
        self.intro = label(name="glossaryIntro")
        outer.addWidget(self.title)
        outer.addWidget(self.intro)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(14)
        self.entries: list[tuple[str, QLabel, QLabel]] = []
        for key in self.terms:
            word = label("label", name=f"glossaryTerm_{key}")
            meaning = label(name=f"glossaryMeaning_{key}")
            column.addWidget(word)
            column.addWidget(meaning)
            self.entries.append((key, word, meaning))
        column.addStretch(1)
        scroller.setWidget(body)
        outer.addWidget(scroller, 1)
        self.close_button = EasyButton("tick", "glossaryClose")
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        outer.addLayout(row)
        self.resize(720, 560)
        self.retranslate_ui()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        title = pgettext("easyread", "What do these words mean?")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            pgettext("easyread", "Here are all the words we explain.")
            if self.showing_all
            else pgettext("easyread", "Here are the words on this page.")
        )
        for key, word, meaning in self.entries:
            term, text = translated(key)
            word.setText(term)
            meaning.setText(text)
            meaning.setAccessibleName(f"{term}: {text}")
        self.close_button.set_words(pgettext("easyread", "Close"))

    def words(self) -> list[tuple[str, str]]:
        """(term, meaning) pairs as shown, for tests and for reading aloud."""
        return [translated(key) for key in self.terms]
