"""Choose the columns of a statement dpwallet does not recognise, seeing the cells.

Why: banks change their CSV layouts and small banks and prepaid cards have their own.
Rather than refuse the file, dpwallet shows its first lines and asks which column holds
the date, the amount and the name. The choice is remembered for that layout (keyed by
its heading row), so the next statement from the same bank just imports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from dpwallet.domain.errors import ImportRejected
from dpwallet.i18n import _
from dpwallet.imports import ColumnMapping
from dpwallet.imports.column_mapping import normalise_header
from dpwallet.ui.dialog_frame import FittedDialog
from dpwallet.ui.money.common import name_table
from dpwallet.ui.money.forms import combo
from dpwallet.ui.people.parts import MIN_TARGET, Column, RowTableModel, table_view
from dpwallet.ui.widgets import ErrorSummary, Field, label, set_text
from dpwallet.ui.wrap_text import WrapCheckBox, wrap_button

DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d %b %Y", "%d/%m/%y", "%m/%d/%Y")
ROLES = ("date", "amount", "paid_in", "paid_out", "payee", "description", "balance")
REQUIRED = {"date"}


def layout_key(cells: Sequence[Sequence[str]]) -> str:
    """The name a layout is remembered under: its heading row, compared loosely."""
    first = cells[0] if cells else []
    return "columns: " + " | ".join(normalise_header(c) for c in first)[:180]


def role_words(role: str) -> str:
    words = {
        "date": _("Date"),
        "amount": _("Amount (money in and out in one column)"),
        "paid_in": _("Money in (if in its own column)"),
        "paid_out": _("Money out (if in its own column)"),
        "payee": _("Paid to or from"),
        "description": _("Description (optional)"),
        "balance": _("Balance (optional)"),
    }
    return words[role]


def _heading(index: int) -> Callable[[], str]:
    return lambda: _("Column {n}").format(n=index + 1)


def _cell(index: int) -> Callable[[tuple[str, ...]], str]:
    return lambda row: row[index] if index < len(row) else ""


class CellsTableModel(RowTableModel[tuple[str, ...]]):
    """The first lines of the file, cell by cell, so the person can see each column."""

    def __init__(self, cells: Sequence[Sequence[str]]) -> None:
        width = max((len(r) for r in cells), default=0)
        columns = [Column(_heading(i), _cell(i)) for i in range(width)]
        super().__init__(columns)
        self.set_rows([tuple(r) for r in cells])


class MappingDialog(FittedDialog):
    """The cells, one box per role, the date format and "the first line is headings"."""

    def __init__(self, cells: Sequence[Sequence[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent, width=640)
        self.setObjectName("mappingDialog")
        title = _("Which column is which?")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(640)
        self.cells = [list(r) for r in cells]
        self.mapping: ColumnMapping | None = None
        layout = self.content
        self.errors = ErrorSummary()
        heading = label("h2", name="mappingTitle")
        heading.setText(title)
        intro = label(name="mappingIntro")
        intro.setText(
            _(
                "dpwallet does not know this layout yet. Here are the first lines of the file. "
                "Choose the column for each thing; dpwallet will remember it next time."
            )
        )
        self.model = CellsTableModel(self.cells[:8])
        self.table = table_view("mappingCells", self.model, rows_shown=5)
        name_table(self.table, _("The first lines of the file"))
        for part in (self.errors, heading, intro, self.table):
            layout.addWidget(part)
        self.headings = WrapCheckBox()
        self.headings.setObjectName("mappingHeadings")
        self.headings.setChecked(True)
        self.headings.setMinimumHeight(MIN_TARGET)
        set_text(self.headings, _("The first line holds the column headings"))
        self.headings.setText(_("The first line holds the column headings"))
        layout.addWidget(self.headings)
        self.boxes: dict[str, QComboBox] = {}
        for role in ROLES:
            box = combo(f"mapping_{role}")
            box.addItem(_("Not in this file"), None)
            for index in range(self.model.columnCount()):
                box.addItem(self._column_words(index), index)
            field = Field(box, f"mapping_{role}")
            field.set_texts(role_words(role))
            layout.addWidget(field)
            self.boxes[role] = box
        self.date_format = combo("mappingDateFormat")
        for fmt in DATE_FORMATS:
            self.date_format.addItem(
                fmt.replace("%d", "DD")
                .replace("%m", "MM")
                .replace("%Y", "YYYY")
                .replace("%y", "YY")
                .replace("%b", "Mon"),
                fmt,
            )
        date_field = Field(self.date_format, "mappingDateFormat")
        date_field.set_texts(_("How are the dates written?"))
        layout.addWidget(date_field)
        self.ok = wrap_button("mappingOk", primary=True)
        set_text(self.ok, _("Use these columns"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self._check)
        self.back = wrap_button("mappingBack")
        set_text(self.back, _("Go back"))
        self.back.clicked.connect(self.reject)
        self.set_buttons(self.ok, self.back)

    def _column_words(self, index: int) -> str:
        first = self.cells[0][index] if self.cells and index < len(self.cells[0]) else ""
        example = first.strip()[:30]
        return _("Column {n}: {example}").format(n=index + 1, example=example or "…")

    def choose(self, role: str, column: int | None) -> None:
        """Pick ``column`` (0-based) for ``role``; used by tests and keyboard alike."""
        box = self.boxes[role]
        box.setCurrentIndex(box.findData(column) if column is not None else 0)

    def _column(self, role: str) -> str | int | None:
        index = self.boxes[role].currentData()
        if index is None:
            return None
        if self.headings.isChecked() and self.cells and index < len(self.cells[0]):
            return self.cells[0][index]
        return int(index)

    def _check(self) -> None:
        if self.boxes["date"].currentData() is None:
            self.errors.show_problems(
                [(_("Choose the column that holds the date."), self.boxes["date"])]
            )
            return
        try:
            self.mapping = ColumnMapping(
                **{role: self._column(role) for role in ROLES},  # type: ignore[arg-type]
                date_format=str(self.date_format.currentData()),
                has_header_row=self.headings.isChecked(),
            )
        except ImportRejected as exc:
            self.errors.show_problems([(str(exc), self.boxes["amount"])])
            return
        self.accept()
