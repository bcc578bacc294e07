""" "What do these words mean?": the glossary words used on the current screen.

A visible button opens it (requirement 15: never only a tooltip). Each word is bold with
its plain meaning underneath, in the current language; Close is a picture and a word.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from dpwallet.i18n import pgettext
from dpwallet.ui.dialog_frame import FittedDialog
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


class GlossaryDialog(FittedDialog):
    """Lists ``terms`` (glossary keys); with none, it lists every word we explain.

    The words scroll under the title; Close stays at the bottom, at the reading end.
    """

    def __init__(self, terms: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent, width=720, spacing=14, scroll_focus=True)
        self.setObjectName("glossaryDialog")
        self.setModal(True)
        self.terms = [t for t in terms if t in GLOSSARY]
        self.showing_all = not self.terms
        if self.showing_all:
            self.terms = list(GLOSSARY)
        self.setStyleSheet(size_rules(easy_sizes()))
        self.title = label("h1", name="glossaryTitle")
        self.intro = label(name="glossaryIntro")
        self.add(self.title, self.intro)
        self.entries: list[tuple[str, QLabel, QLabel]] = []
        for key in self.terms:
            word = label("label", name=f"glossaryTerm_{key}")
            meaning = label(name=f"glossaryMeaning_{key}")
            self.add(word, meaning)
            self.entries.append((key, word, meaning))
        self.content.addStretch(1)
        self.close_button = EasyButton("tick", "glossaryClose")
        self.close_button.clicked.connect(self.accept)
        self.set_buttons(self.close_button, pack="end")
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
