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
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
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
        # The role first: a view asks for a dozen roles per cell and words only two.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if not index.isValid() or index.row() >= len(self.rows):
                return None
            return self.columns[index.column()].text(self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            side = (
                Qt.AlignmentFlag.AlignTrailing
                if self.columns[index.column()].amount
                else Qt.AlignmentFlag.AlignLeading
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
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignTrailing
                if self.columns[section].amount
                else Qt.AlignmentFlag.AlignLeading
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter) | WORD_WRAP
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


WORD_WRAP = int(Qt.TextFlag.TextWordWrap)
SAMPLE_ROWS = 40  # rows read to size the columns: widths settle long before row 40
MEASURE_ALL_ROWS = 120  # up to this many rows, every row is measured; beyond, those in sight


def _longest_word(font_metrics: QFontMetrics, text: str) -> int:
    return max((font_metrics.horizontalAdvance(word) for word in text.split()), default=0)


class WrapHeader(QHeaderView):
    """Column headings that wrap onto more lines instead of being cut off.

    Why: at 200% text, or in a language with longer words, "Basic rate an hour" in a
    narrow column showed only "an hour". The heading row is as tall as its longest
    wrapped heading, worked out for each column's width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setDefaultAlignment(
            Qt.AlignmentFlag(
                int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter) | WORD_WRAP
            )
        )
        self._hint: tuple[object, QSize] = (None, QSize())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget()
        super().changeEvent(event)

    def _text(self, section: int) -> str:
        model = self.model()
        value = model.headerData(section, self.orientation()) if model is not None else None
        return str(value) if value is not None else ""

    def _chrome(self, section: int) -> int:
        """Width around the words: margins and room for the sort arrow."""
        size = self.sectionSizeFromContents(section)
        chrome = size.width() - self._bold_metrics().horizontalAdvance(self._text(section))
        return max(0, chrome)  # the style keeps room for the sort arrow in every heading

    def _bold_metrics(self) -> QFontMetrics:
        font = QFont(self.font())
        font.setBold(True)  # the sorted column's heading is drawn in bold
        return QFontMetrics(font)

    def min_width(self, section: int) -> int:
        """The narrowest the column can be with every heading word whole."""
        return _longest_word(self._bold_metrics(), self._text(section)) + self._chrome(section)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        if model is not None:
            model.headerDataChanged.connect(self._forget)
            model.modelReset.connect(self._forget)

    def _forget(self, *_args: object) -> None:
        self._hint = (None, QSize())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As tall as the tallest heading once wrapped to its column's width."""
        model = self.model()
        if model is None or not model.columnCount():
            return super().sizeHint()
        key = (
            self.font().key(),
            self.sortIndicatorSection(),
            tuple(self.sectionSize(s) for s in range(model.columnCount())),
        )
        if self._hint[0] == key:  # asked often while a screen is laid out
            return self._hint[1]
        hint = super().sizeHint()
        metrics = self._bold_metrics()
        extra = max(0, hint.height() - metrics.height())
        tallest = metrics.height()
        for section in range(model.columnCount()):
            if self.isSectionHidden(section):
                continue
            width = max(1, self.sectionSize(section) - self._chrome(section))
            box = metrics.boundingRect(0, 0, width, 100_000, WORD_WRAP, self._text(section))
            tallest = max(tallest, box.height())
        self._hint = (key, QSize(hint.width(), tallest + extra))
        return self._hint[1]


ITEM_PADDING = (6, 10)  # the cells' padding, top and side: see table_view's style sheet


class WrapDelegate(QStyledItemDelegate):
    """Cells as tall as their words wrapped inside the padding.

    Why: with a style sheet padding, Qt works out the wrapped height for the whole cell
    width but draws the words inside the padding, so a date that needs three lines got
    two and ended in "…" (seen in Urdu at 200%).
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        view = self.parent()
        text = index.data()
        if not isinstance(view, QTableView) or not view.wordWrap() or not text:
            return hint
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = view.columnWidth(index.column()) - 2 * (ITEM_PADDING[1] + margin)
        metrics = view.fontMetrics()
        width -= 2 * metrics.averageCharWidth()  # shaped scripts (Urdu) draw a little wider
        words = metrics.boundingRect(0, 0, max(1, width), 100_000, WORD_WRAP, str(text))
        return QSize(hint.width(), max(hint.height(), words.height() + 2 * ITEM_PADDING[0] + 4))


class ReadableTable(QTableView):
    """A table as tall as its rows (up to ``rows_shown``), so short tables never scroll.

    Why: in a scrolling screen a second, inner scroll area is easy to miss, and at 200%
    text a fixed height would show only a few rows. The height follows the rows' own
    heights, which grow with the text.

    Why measuring is done here and not by Qt's "resize to contents": that re-measures
    every cell of every table in the app on each font, style or language change, shown
    or not (20 to 30 seconds on the demo wallet). Here a table measures once, after the
    change settles, only when it is on screen, reading a sample of rows for the column
    widths and only the rows in sight for their heights when the table is long.
    """

    def __init__(self, rows_shown: int) -> None:
        super().__init__()
        self.rows_shown = rows_shown
        self.row_lines: float | None = None  # fixed rows this many lines high (long lists)
        self._contents_stale = True  # column widths need reading from the cells again
        self._widths: list[int] = []  # each column's width for its words on one line
        self._floors: list[int] = []  # each column's narrowest width (longest word)
        self._measured: set[int] = set()  # rows measured since the last change
        self._laid_out_width = -1
        self.setHorizontalHeader(WrapHeader(self))
        self.horizontalHeader().sortIndicatorChanged.connect(self.fit_columns)
        self.verticalHeader().setResizeContentsPrecision(SAMPLE_ROWS)
        self.horizontalHeader().setResizeContentsPrecision(SAMPLE_ROWS)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refit)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._measure_rows_in_sight())

    def selectRow(self, row: int) -> None:  # noqa: N802 - Qt's name
        """Choose a whole row, also right to left.

        Why: Qt's own selectRow looks for the first column at the viewport's right edge in
        Urdu and Arabic, finds none when the columns fill the width exactly, and chooses
        nothing; the pay run, the assistant or the outcome then stayed unchosen.
        """
        model, selection = self.model(), self.selectionModel()
        if model is None or selection is None or not 0 <= row < model.rowCount():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(model.index(row, 0), flags)

    # -------------------------------------------------------------- when to measure
    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        if model is None:
            return
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.columnsInserted,
            model.columnsRemoved,
            model.headerDataChanged,
        ):
            signal.connect(self.fit_columns)
        model.dataChanged.connect(lambda *_args: self.fit_columns())
        self.fit_columns()

    def fit_columns(self, *_args: object) -> None:
        """Measure again soon: the words or their size changed (many calls, one pass)."""
        self._contents_stale = True
        self._schedule()

    def _schedule(self) -> None:
        if self.isVisible():
            self._timer.start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_columns()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._contents_stale or self.viewport().width() != self._laid_out_width:
            self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.viewport().width() != self._laid_out_width:
            self._schedule()

    # -------------------------------------------------------------- measuring
    def _refit(self) -> None:
        model = self.model()
        if not self.isVisible() or model is None:
            return
        if self._contents_stale:
            self._read_contents(model)
        self._laid_out_width = self.viewport().width()
        self._share_width()
        self._fit_rows(model)
        self.updateGeometries()
        self.updateGeometry()

    def _read_contents(self, model: QAbstractItemModel) -> None:
        """Each column's one-line width and narrowest width, from a sample of rows."""
        self._contents_stale = False
        header = self.horizontalHeader()
        assert isinstance(header, WrapHeader)
        metrics = self.fontMetrics()
        rows = min(model.rowCount(), SAMPLE_ROWS)
        wraps = self.wordWrap()  # cells that do not wrap are cut short with "…" instead
        self._widths, self._floors = [], []
        for column in range(model.columnCount()):
            heading = header.sectionSizeFromContents(column).width()
            cells = self.sizeHintForColumn(column) if rows else 0
            words = 0
            margin = 0
            for row in range(rows if wraps else 0):
                index = model.index(row, column)
                text = str(index.data() or "")
                if text:
                    words = max(words, _longest_word(metrics, text))
                    if not margin:
                        hint = self.sizeHintForIndex(index).width()
                        margin = max(0, hint - metrics.horizontalAdvance(text))
            self._widths.append(max(heading, cells))
            self._floors.append(max(header.min_width(column), words + margin))

    def _share_width(self) -> None:
        """Columns as wide as their words when they fit; else share the width and wrap.

        Never a sideways scroll bar at normal text sizes: columns that need little get
        what they need, the rest share what is left, and their words wrap onto more
        lines, headings too. No column is narrower than its longest word.
        """
        count = len(self._widths)
        if not count:
            return
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        room = self.viewport().width()
        sizes = list(self._widths)
        if sum(sizes) > room:
            open_columns = set(range(count))
            left = room
            while open_columns:
                share = left // len(open_columns)
                fitting = {c for c in open_columns if self._widths[c] <= share}
                if not fitting:
                    break
                for c in fitting:
                    left -= self._widths[c]
                open_columns -= fitting
            for c in open_columns:
                sizes[c] = max(self._floors[c], left // len(open_columns))
        for column, size in enumerate(sizes):
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)

    def _fit_rows(self, model: QAbstractItemModel) -> None:
        """Rows tall enough for their wrapped words: all of a short table, else those in sight."""
        rows = self.verticalHeader()
        line = self.fontMetrics().height()
        old, self._measured = self._measured, set()
        if self.row_lines is not None:
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(max(MIN_TARGET, int(line * self.row_lines)))
            return
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        count = model.rowCount()
        if count <= MEASURE_ALL_ROWS:
            self.resizeRowsToContents()
            return
        tallest = max(
            (self.sizeHintForRow(r) for r in range(min(count, SAMPLE_ROWS))), default=line
        )
        rows.setDefaultSectionSize(max(rows.minimumSectionSize(), tallest))
        for row in old:  # forget heights measured for the old words or size
            if row < count:
                rows.resizeSection(row, rows.defaultSectionSize())
        self._measure_rows_in_sight()

    def _measure_rows_in_sight(self) -> None:
        model = self.model()
        if model is None or self.row_lines is not None or model.rowCount() <= MEASURE_ALL_ROWS:
            return
        rows = self.verticalHeader()
        first = max(0, rows.logicalIndexAt(0))
        last = rows.logicalIndexAt(self.viewport().height())
        last = model.rowCount() - 1 if last < 0 else last
        for row in range(first, min(last + 2, model.rowCount())):
            if row not in self._measured:
                self._measured.add(row)
                self.resizeRowToContents(row)

    def _height(self) -> int:
        model = self.model()
        rows = min(model.rowCount() if model is not None else 0, self.rows_shown)
        line = self.fontMetrics().height()
        body = sum(self.rowHeight(r) for r in range(rows)) if rows else line * 2
        scroll = self.horizontalScrollBar().sizeHint().height()
        return self.horizontalHeader().sizeHint().height() + body + scroll + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self._height())


def table_view(name: str, model: QAbstractTableModel, *, rows_shown: int = 6) -> ReadableTable:
    """A readable table: rows grow with the text, sort by header, whole-row selection."""
    view = ReadableTable(rows_shown)
    view.setObjectName(name)
    view.setSortingEnabled(False)  # sorting starts when the person clicks a header
    view.horizontalHeader().setSortIndicatorShown(True)
    view.horizontalHeader().setSectionsClickable(True)
    view.horizontalHeader().sectionClicked.connect(lambda column: _sort(view, column))
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setAlternatingRowColors(True)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    view.setStyleSheet(  # sizes only, no colours
        f"QTableView::item {{ padding: {ITEM_PADDING[0]}px {ITEM_PADDING[1]}px; }}"
    )
    view.setItemDelegate(WrapDelegate(view))
    line = view.fontMetrics().height()
    view.verticalHeader().setMinimumSectionSize(int(line * 2))
    view.setModel(model)  # last: the table measures once it is set up and shown
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


class DigitsEdit(QLineEdit):
    """A box as wide as a few digits in its current font.

    Why: a fixed width set when the form was built stayed at the 100% size, so at 200%
    text the year showed as "026".
    """

    def __init__(self, digits: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = digits
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # two digits of air, and room for the padding and the 4 px focus border
        width = self.fontMetrics().horizontalAdvance("0") * (self._digits + 2) + 28
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()


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
            edit = DigitsEdit(width)
            edit.setObjectName(f"{name}{part}")
            edit.setMaxLength(width + 1)
            edit.setMinimumHeight(MIN_TARGET)
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
