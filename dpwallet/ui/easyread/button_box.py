"""A column of easy read buttons below the rows, whose words wrap rather than clip.

Why a shared piece: the people, timesheets and pay easy read screens each end with a few
big picture-and-words buttons (requirement 9). Buttons cannot wrap their own words, so at
200% text a long label is broken over two lines to fit the screen's width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dpwallet.ui.easyread.view import EasyReadView
from dpwallet.ui.easyread.widgets import EasyButton, IdeaRow, easy_sizes

__all__ = ["ButtonsView"]


class ButtonsView(EasyReadView):
    """An :class:`EasyReadView` with a column of buttons and rows built from the data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.easy_buttons: list[EasyButton] = []

    def add_buttons(self, name: str, *buttons: EasyButton) -> QWidget:
        """Put ``buttons`` one below another at the reading start, after the rows."""
        box = QWidget()
        box.setObjectName(name)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(12)
        for each in buttons:
            column.addWidget(each, 0, Qt.AlignmentFlag.AlignLeading)
            self.easy_buttons.append(each)
        self.content.addWidget(box)
        return box

    def insert_rows(self, after: IdeaRow, rows: list[IdeaRow]) -> None:
        """Put ``rows`` (built from the data) just after ``after``, in this order."""
        at = self.content.indexOf(after) + 1
        first = self.rows.index(after) + 1
        for offset, row in enumerate(rows):
            self.content.insertWidget(at + offset, row)
            self.rows.insert(first + offset, row)
            row.set_picture_size(easy_sizes().picture_px)

    def remove_rows(self, rows: list[IdeaRow]) -> None:
        """Take out rows that were built from earlier data."""
        for row in rows:
            if row in self.rows:
                self.rows.remove(row)
            row.hide()
            self.content.removeWidget(row)
            row.deleteLater()  # still a child of this view until Qt deletes it

    def fit_buttons(self) -> None:
        """Break a button's words over two lines when one line would not fit."""
        available = self.column.width()
        for each in getattr(self, "easy_buttons", ()):  # none while still being built
            each.fit_width(available)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_buttons()
