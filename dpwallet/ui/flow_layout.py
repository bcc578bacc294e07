"""A layout that wraps its widgets onto the next line when they do not fit.

Why: at 200% text, in Welsh, Bengali and other languages with long words, a row of buttons
is wider than the window; a plain row would make the whole screen scroll sideways and cut
sentences at the edge. A flow layout puts the buttons that do not fit on the next line.

Items keep reading order. ``pack="end"`` packs them against the reading end (right in
English, left in Arabic and Urdu), like a toolbar in the corner; ``pack="start"`` (the
default) starts each line at the reading start, as a row of buttons under a form does.
Hidden widgets take no room.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

__all__ = ["FlowLayout", "flow_row"]


class FlowLayout(QLayout):
    def __init__(
        self,
        parent: QWidget | None = None,
        spacing: int = 10,
        *,
        pack: Literal["start", "end"] = "end",
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._pack = pack

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            if lines[-1] and used + self._gap + w > width:
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + w
            lines[-1].append(item)
        return lines

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        parent = self.parentWidget()
        rtl = parent is not None and parent.isRightToLeft()
        # Lay out from the right edge leftwards when packing at the end in LTR, or at the
        # start in RTL; otherwise from the left edge rightwards.
        from_right = (self._pack == "end") != rtl
        y = area.y()
        for line in self._lines(area.width()):
            if not line:
                continue
            height = max(self._height(item, area.width()) for item in line)
            ordered = list(reversed(line)) if (from_right != rtl) else line
            x = area.right() + 1 if from_right else area.left()
            for item in ordered:
                w = min(item.sizeHint().width(), area.width())
                if from_right:
                    x -= w
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(w, height)))
                x = x - self._gap if from_right else x + w + self._gap
            y += height + self._gap
        return max(0, y - self._gap - rect.y()) + m.bottom()

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        hint = item.sizeHint()
        if item.hasHeightForWidth():
            return max(hint.height(), item.heightForWidth(min(hint.width(), width)))
        return hint.height()


def flow_row(*widgets: QWidget, spacing: int = 12) -> FlowLayout:
    """A row of buttons that wraps onto the next line when the window is narrow."""
    row = FlowLayout(spacing=spacing, pack="start")
    for widget in widgets:
        row.addWidget(widget)
    return row
