"""The corner every screen shares: Easy read on/off, "What do these words mean?" and
"Read this to me" (ux.md principle 6: the same thing is always in the same place).

Why it asks the page rather than knowing screens: other people write the sections. A page
may offer ``easy_read_view()`` (returning the :class:`EasyReadView` now showing, or None),
``sentences()`` and ``glossary_terms()``. A page offering none of these still works: its
visible words are read in order and its glossary words are found in its text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dpwallet.i18n import current_language, pgettext
from dpwallet.ui.easyread.glossary_dialog import GlossaryDialog, terms_in_text
from dpwallet.ui.easyread.speech import Reader, ReadResult
from dpwallet.ui.easyread.state import easy_read_state
from dpwallet.ui.easyread.view import EasyReadView
from dpwallet.ui.easyread.widgets import MIN_TARGET, EasyButton
from dpwallet.ui.flow_layout import FlowLayout
from dpwallet.ui.widgets import label

__all__ = ["EasyReadCorner", "page_sentences", "page_terms"]


def _easy_view(page: QWidget | None) -> EasyReadView | None:
    if isinstance(page, EasyReadView):
        return page
    finder = getattr(page, "easy_read_view", None)
    found = finder() if callable(finder) else None
    return found if isinstance(found, EasyReadView) else None


def _visible_texts(page: QWidget) -> list[str]:
    """The words a sighted person sees on ``page``, roughly top to bottom."""
    labels = [w for w in page.findChildren(QLabel) if w.isVisibleTo(page) and w.text().strip()]
    labels.sort(key=lambda w: (w.mapTo(page, QPoint(0, 0)).y(), w.mapTo(page, QPoint(0, 0)).x()))
    out: list[str] = []
    for w in labels:
        text = w.accessibleName() if w.textFormat() == Qt.TextFormat.RichText else w.text()
        if text and text not in out:
            out.append(text)
    return out


def page_sentences(page: QWidget | None) -> list[str]:
    """What "Read this to me" says for ``page``, in reading order."""
    if page is None:
        return []
    easy = _easy_view(page)
    if easy is not None:
        return easy.sentences()
    own = getattr(page, "sentences", None)
    if callable(own):
        return list(own())
    return _visible_texts(page)


def page_terms(page: QWidget | None) -> list[str]:
    """Glossary keys for the words used on ``page``."""
    if page is None:
        return []
    easy = _easy_view(page)
    if easy is not None:
        return easy.glossary_terms()
    own = getattr(page, "glossary_terms", None)
    if callable(own):
        return list(own())
    return terms_in_text(_visible_texts(page))


class EasyReadCorner(QWidget):
    """Three buttons at the top end of the shell; ``page()`` gives the current screen."""

    def __init__(self, page: Callable[[], QWidget | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("easyReadCorner")
        self.page = page
        self.reader = Reader(self)
        self.reader.finished.connect(self._finished)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 0)
        column.setSpacing(4)
        self.buttons_box = QWidget()
        self.buttons_box.setObjectName("easyReadCornerButtons")
        row = FlowLayout(self.buttons_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.switch = EasyButton("easy-read", "easyReadSwitch")
        self.switch.setCheckable(True)
        self.words = EasyButton("words", "glossaryButton")
        self.read = EasyButton("speaker", "readAloudButton")
        for button in (self.switch, self.words, self.read):
            button.setMinimumHeight(MIN_TARGET)
            row.addWidget(button)
        column.addWidget(self.buttons_box)
        self.note = label("secondary", name="readAloudNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignTrailing)
        self.note.hide()
        column.addWidget(self.note)
        self.switch.setChecked(easy_read_state().on)
        self.switch.toggled.connect(easy_read_state().set_on)
        easy_read_state().changed.connect(self._state_changed)
        self.words.clicked.connect(self.show_glossary)
        self.read.clicked.connect(self.read_aloud)
        self.dialog: GlossaryDialog | None = None
        self.retranslate_ui()

    def _state_changed(self, on: bool) -> None:
        self.switch.setChecked(on)
        self.retranslate_ui()

    def show_glossary(self) -> GlossaryDialog:
        self.dialog = GlossaryDialog(page_terms(self.page()), self.window())
        self.dialog.open()
        return self.dialog

    def read_aloud(self) -> ReadResult:
        """Read the page, or stop if already reading; explain kindly when there is no voice."""
        if self.reader.speaking():
            self.reader.stop()
            return ReadResult.SPEAKING
        result = self.reader.read(page_sentences(self.page()), current_language())
        messages = {
            ReadResult.NO_ENGINE: pgettext(
                "easyread", "This computer cannot read words out loud yet. Sorry."
            ),
            ReadResult.NO_VOICE: pgettext(
                "easyread", "This computer has no voice for this language. Sorry."
            ),
            ReadResult.NOTHING: pgettext("easyread", "There are no words to read here."),
        }
        message = messages.get(result, "")
        self.note.setText(message)
        self.note.setVisible(bool(message))
        self.read.setAccessibleDescription(message)
        self._set_read_words(result is ReadResult.SPEAKING)
        return result

    def _finished(self) -> None:
        self._set_read_words(False)

    def _set_read_words(self, speaking: bool) -> None:
        text = (
            pgettext("easyread", "Stop reading")
            if speaking
            else pgettext("easyread", "Read this to me")
        )
        self.read.set_words(text, self.read.accessibleDescription())
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Long words go over two lines rather than being cut off (200% text)."""
        layout = self.layout()
        if layout is None or not hasattr(self, "read"):
            return  # still being built
        margins = layout.contentsMargins()
        available = self.width() - margins.left() - margins.right()
        for button in (self.switch, self.words, self.read):
            button.fit_width(available)

    def retranslate_ui(self) -> None:
        on = easy_read_state().on
        self.switch.set_words(
            pgettext("easyread", "Easy read: on") if on else pgettext("easyread", "Easy read: off"),
            pgettext("easyread", "Press to switch easy read off.")
            if on
            else pgettext("easyread", "Press to switch easy read on."),
        )
        self.words.set_words(pgettext("easyread", "What do these words mean?"))
        self._set_read_words(self.reader.speaking())
        self.note.hide()
        self._fit()
