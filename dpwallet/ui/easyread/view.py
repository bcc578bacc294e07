"""``EasyReadView``: the screen frame every easy read screen is built on.

Why a base class: it keeps the sizes right as text size, theme and language change (the
view restyles itself when the app font or palette changes and when easy read switches),
and it answers the two questions the shell's corner buttons ask of any screen: what are
this screen's sentences, in reading order ("Read this to me"), and which glossary words
does it use ("What do these words mean?").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from dpwallet.ui.discard import discard
from dpwallet.ui.easyread.state import easy_read_state
from dpwallet.ui.easyread.widgets import EasyButton, IdeaRow, easy_sizes, size_rules
from dpwallet.ui.widgets import ScreenView, label

__all__ = ["EasyReadView"]


class EasyReadView(ScreenView):
    """A scrolling easy read screen: a heading, then :class:`IdeaRow` s, then buttons.

    Subclasses build their rows in ``__init__`` (or in ``refresh``) with :meth:`add_row`
    and set every sentence in ``retranslate_ui``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("easyRead", True)
        self.heading = label("h1", name="easyReadHeading")
        self.content.setSpacing(10)
        self.content.addWidget(self.heading)
        self.rows: list[IdeaRow] = []
        self._restyling = False
        easy_read_state().changed.connect(self._easy_read_changed)
        easy_read_state().sizes_changed.connect(self.restyle)
        self.restyle()

    def _easy_read_changed(self, _on: bool) -> None:
        self.restyle()

    # ------------------------------------------------------------ building
    def add_row(self, row: IdeaRow) -> IdeaRow:
        """Add ``row`` below the others (before any stretch at the end)."""
        self.rows.append(row)
        self.content.addWidget(row)
        row.set_picture_size(easy_sizes().picture_px)
        return row

    def clear_rows(self) -> None:
        """Remove every row (for screens whose rows depend on the data)."""
        for row in self.rows:
            discard(row)
        self.rows = []

    # ------------------------------------------------------------ the corner asks
    def sentences(self) -> list[str]:
        """What "Read this to me" says: the heading, then each shown row, in order."""
        out = [self.heading.text()] if self.heading.text() else []
        out += [r.sentence() for r in self.rows if not r.isHidden() and r.sentence()]
        return out

    def glossary_terms(self) -> list[str]:
        """Glossary keys used by the rows shown, first use first, no repeats."""
        seen: list[str] = []
        for row in self.rows:
            if row.isHidden():
                continue
            seen += [t for t in row.terms if t not in seen]
        return seen

    def buttons(self) -> Iterable[EasyButton]:
        return self.findChildren(EasyButton)

    # ------------------------------------------------------------ sizes
    def restyle(self) -> None:
        """Sizes for the current text size; pictures in the current text colour."""
        if self._restyling:
            return
        self._restyling = True
        try:
            sizes = easy_sizes()
            rules = size_rules(sizes)
            if self.styleSheet() != rules:
                self.setStyleSheet(rules)
            for row in self.rows:
                row.set_picture_size(sizes.picture_px)
            for button in self.buttons():
                button.repaint_picture()
        finally:
            self._restyling = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:
            for button in self.buttons():
                button.repaint_picture()
        super().changeEvent(event)
