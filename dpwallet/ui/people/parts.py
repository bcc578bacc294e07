"""Pieces the people, timesheet and pay screens share: tables, dates, times, status pictures.

Why here and not in ``widgets.py``: they were made for the employer screens (the payroll
issue) and only those three packages use them for now. They keep the same rules in one
place: tables read from immutable rows and sort by header, amounts sit at the end of the
row, dates are typed as day, month and year boxes (the GOV.UK pattern people know from
council forms) and every problem is a kind sentence with an example.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.i18n.money_input import MoneyInputError, normalise_digits, parse_money
from dpwallet.ui.people.layouts import FlowLayout as FlowLayout
from dpwallet.ui.people.layouts import compact_combo as compact_combo
from dpwallet.ui.people.layouts import flow_row as flow_row
from dpwallet.ui.widgets import Field, label

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
MIN_TARGET = 32


# ------------------------------------------------------------------ tables
@dataclass(frozen=True)
class Column(Generic[R]):
    """One table column: a header said at display time, the cell text and a sort key."""

    header: Callable[[], str]
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    amount: bool = False  # right-aligned (trailing) figures


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over immutable row objects (never ORM objects)."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignTrailing if column.amount else Qt.AlignmentFlag.AlignLeading
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].amount:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        col = self.columns[column]
        key = col.sort_key or col.text
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        """Headers and cells are worded at display time; ask the view to read them again."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class ReadableTable(QTableView):
    """A table as tall as its rows (up to ``rows_shown``), so short tables never scroll.

    Why: in a scrolling screen a second, inner scroll area is easy to miss, and at 200%
    text a fixed height would show only a few rows. The height follows the rows' own
    heights, which grow with the text.
    """

    def __init__(self, rows_shown: int) -> None:
        super().__init__()
        self.rows_shown = rows_shown

    def _height(self) -> int:
        model = self.model()
        rows = min(model.rowCount() if model is not None else 0, self.rows_shown)
        line = self.fontMetrics().height()
        body = sum(self.sizeHintForRow(r) for r in range(rows)) if rows else line * 2
        scroll = self.horizontalScrollBar().sizeHint().height()
        return self.horizontalHeader().sizeHint().height() + body + scroll + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self._height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_columns()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their words when they fit; else share the width and wrap.

        Never a sideways scroll bar at normal text sizes: long headers (in Arabic, say)
        make the columns share the width, and the cells wrap onto more lines instead.
        """
        header = self.horizontalHeader()
        model = self.model()
        if model is None or not model.columnCount():
            return
        wanted = sum(
            max(header.sectionSizeFromContents(c).width(), self.sizeHintForColumn(c))
            for c in range(model.columnCount())
        )
        mode = (
            QHeaderView.ResizeMode.ResizeToContents
            if wanted <= self.viewport().width()
            else QHeaderView.ResizeMode.Stretch
        )
        if header.sectionResizeMode(0) != mode:
            header.setSectionResizeMode(mode)
            header.resizeSections(mode)
            QTimer.singleShot(0, self, self.resizeRowsToContents)  # once widths have settled
        self.resizeRowsToContents()
        self.updateGeometry()


def table_view(name: str, model: QAbstractTableModel, *, rows_shown: int = 6) -> QTableView:
    """A readable table: rows grow with the text, sort by header, whole-row selection."""
    view = ReadableTable(rows_shown)
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(False)  # sorting starts when the person clicks a header
    view.horizontalHeader().setSortIndicatorShown(True)
    view.horizontalHeader().setSectionsClickable(True)
    view.horizontalHeader().sectionClicked.connect(lambda column: _sort(view, column))
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
    )
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setAlternatingRowColors(True)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    view.setStyleSheet("QTableView::item { padding: 6px 10px; }")  # sizes only, no colours
    line = view.fontMetrics().height()
    view.verticalHeader().setMinimumSectionSize(int(line * 2))
    model.modelReset.connect(view.fit_columns)
    model.layoutChanged.connect(view.fit_columns)
    return view


def name_table(view: QTableView, name: str) -> None:
    """Name the table and its header row (a screen reader meets both)."""
    view.setAccessibleName(name)
    view.horizontalHeader().setAccessibleName(
        _("Column headings of {table}: choose one to sort").format(table=name)
    )


def _sort(view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    order = header.sortIndicatorOrder()
    model = view.model()
    if model is not None:
        model.sort(column, order)


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if rows:
        return rows[0].row()
    current = view.currentIndex()
    return current.row() if current.isValid() else -1


# ------------------------------------------------------------------ dates and times
def date_problem_example() -> str:
    return _("For example, 27 3 2026")


class DateInput(QWidget):
    """Day, month and year boxes, as on GOV.UK forms; empty means "no date"."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.parts: list[tuple[QLineEdit, Any]] = []
        for part, width in (("Day", 3), ("Month", 3), ("Year", 5)):
            box = QVBoxLayout()
            box.setSpacing(2)
            caption = label(name=f"{name}{part}Label", wrap=False)
            edit = QLineEdit()
            edit.setObjectName(f"{name}{part}")
            edit.setMaxLength(width + 1)
            edit.setMinimumHeight(MIN_TARGET)
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0") * (width + 2) + 28)
            caption.setBuddy(edit)
            box.addWidget(caption)
            box.addWidget(edit)
            row.addLayout(box)
            self.parts.append((edit, caption))
        row.addStretch(1)
        self.setFocusProxy(self.parts[0][0])
        self._label = ""

    @property
    def edits(self) -> list[QLineEdit]:
        return [edit for edit, _caption in self.parts]

    def set_names(self, field_label: str) -> None:
        """Say the field with each box ("Start date: day"), so a screen reader is never lost."""
        self._label = field_label
        words = (_("Day"), _("Month"), _("Year"))
        for (edit, caption), word in zip(self.parts, words, strict=True):
            caption.setText(word)
            edit.setAccessibleName(_("{field}: {part}").format(field=field_label, part=word))

    def set_date(self, day: dt.date | None) -> None:
        values = ("", "", "") if day is None else (str(day.day), str(day.month), str(day.year))
        for edit, value in zip(self.edits, values, strict=True):
            edit.setText(value)

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.edits)

    def date(self) -> dt.date | None:
        """The typed date, None when every box is empty; ValueError with a kind sentence."""
        texts = [normalise_digits(edit.text().strip()) for edit in self.edits]
        if not any(texts):
            return None
        if not all(t.isdigit() for t in texts):
            raise ValueError(
                _("{field} must be a real date, in numbers. {example}").format(
                    field=self._label, example=date_problem_example()
                )
            )
        day, month, year = (int(t) for t in texts)
        if year < 100:
            year += 2000
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise ValueError(
                _("{field} must be a real date. {example}").format(
                    field=self._label, example=date_problem_example()
                )
            ) from None


_TIME = re.compile(r"^(\d{1,2})(?:[:.h ]?(\d{2}))?$")


def parse_time(text: str) -> dt.time:
    """'9', '09:30', '9.30', '0930' to a time; ValueError with a kind sentence."""
    cleaned = normalise_digits(text.strip().lower())
    match = _TIME.match(cleaned)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour == 24 and minute == 0:
            hour = 0
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValueError(_("Enter a time on the 24-hour clock, like 09:00 or 17:30."))


def money_or_none(text: str) -> Money | None:
    """A typed amount or None for an empty box; MoneyInputError keeps its kind message."""
    if not text.strip():
        return None
    return parse_money(text, allow_negative=False)


def check_money(
    field: Field, edit: QLineEdit, problems: list[tuple[str, QWidget | None]]
) -> Money | None:
    """Read an optional amount from ``edit``; a problem goes beside the field and in the list."""
    try:
        return money_or_none(edit.text())
    except MoneyInputError as exc:
        field.set_error(str(exc))
        problems.append((str(exc), edit))
        return None


# ------------------------------------------------------------------ status pictures
def status_picture(kind: str, side: int = 28, colour: str = "#0b0c0c") -> QPixmap:
    """A picture beside a status word: ``tick``, ``warning``, ``clock`` or ``info``."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), max(2.0, side / 12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    s = side / 32
    if kind == "tick":
        painter.drawEllipse(QRectF(2 * s, 2 * s, 28 * s, 28 * s))
        painter.drawPolyline(
            QPolygonF([QPointF(9 * s, 16 * s), QPointF(14 * s, 21 * s), QPointF(23 * s, 11 * s)])
        )
    elif kind == "warning":
        painter.drawPolygon(
            QPolygonF([QPointF(16 * s, 3 * s), QPointF(30 * s, 28 * s), QPointF(2 * s, 28 * s)])
        )
        painter.drawLine(QPointF(16 * s, 11 * s), QPointF(16 * s, 19 * s))
        painter.drawPoint(QPointF(16 * s, 23.5 * s))
    elif kind == "clock":
        painter.drawEllipse(QRectF(2 * s, 2 * s, 28 * s, 28 * s))
        painter.drawLine(QPointF(16 * s, 16 * s), QPointF(16 * s, 8 * s))
        painter.drawLine(QPointF(16 * s, 16 * s), QPointF(22 * s, 19 * s))
    else:  # info
        painter.drawEllipse(QRectF(2 * s, 2 * s, 28 * s, 28 * s))
        painter.drawLine(QPointF(16 * s, 14 * s), QPointF(16 * s, 24 * s))
        painter.drawPoint(QPointF(16 * s, 9 * s))
    painter.end()
    return pixmap


class StatusRow(QWidget):
    """A picture, a status word in bold and a sentence: never colour alone (requirement 10)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(10)
        self.picture = label(name=f"{name}Picture", wrap=False)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.status = label("label", name=f"{name}Status")
        self.words = label(name=f"{name}Words")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.status)
        text.addWidget(self.words)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)

    def show_status(self, picture: str, status: str, words: str) -> None:
        side = max(24, round(self.words.fontMetrics().height() * 1.3))
        colour = self.palette().color(self.foregroundRole()).name()
        self.picture.setPixmap(status_picture(picture, side, colour))
        self.picture.setFixedSize(side, side)
        self.picture.setAccessibleName(status)
        self.status.setText(status)
        self.words.setText(words)
        self.setAccessibleName(f"{status}: {words}")
