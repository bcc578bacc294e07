"""Pieces every financial check-up page shares: the draft, the page frame, figure tables.

Each step is a page with the same frame (ux.md: "Step n of N", Back and Continue in the
same places, a "There is a problem" summary at the top), so a person who learnt one
step knows them all. Status pictures are drawn here beside their words, never colour
alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dpwallet.domain.reconciliation import ReturnSheet
from dpwallet.i18n import _
from dpwallet.ui.discard import discard
from dpwallet.ui.widgets import ErrorSummary, label, set_text
from dpwallet.ui.wrap_text import wrap_button

STEPS = 4
MIN_TARGET = 32  # px: above the 24 px floor with room for the focus border


@dataclass
class Draft:
    """What the person has chosen so far; the sheet is rebuilt from it when it changes."""

    period_from: dt.date | None = None
    period_to: dt.date | None = None
    note: str = ""
    declaration_name: str = ""
    declaration_date: dt.date | None = None
    formats: tuple[str, ...] = ("pdf", "xlsx")
    evidence_pack: bool = False
    email_draft: bool = True
    folder: Path = field(default_factory=lambda: documents_folder())
    sheet: ReturnSheet | None = None
    written: list[Path] = field(default_factory=list)
    sent_id: int | None = None


def documents_folder() -> Path:
    """The person's Documents folder (their home when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(name: str) -> QDateEdit:
    """A date box that names the month and weekday (requirement 17), with a calendar."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setMinimumHeight(MIN_TARGET)
    edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return edit


def status_pixmap(ok: bool, side: int = 32, colour: str = "#0b0c0c") -> QPixmap:
    """A tick in a circle (all well) or an exclamation mark in a triangle (a heads-up)."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), max(2.0, side / 12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    s = side / 32
    if ok:
        painter.drawEllipse(QRectF(2 * s, 2 * s, 28 * s, 28 * s))
        painter.drawPolyline(
            QPolygonF([QPointF(9 * s, 16 * s), QPointF(14 * s, 21 * s), QPointF(23 * s, 11 * s)])
        )
    else:
        painter.drawPolygon(
            QPolygonF([QPointF(16 * s, 3 * s), QPointF(30 * s, 28 * s), QPointF(2 * s, 28 * s)])
        )
        painter.drawLine(QPointF(16 * s, 11 * s), QPointF(16 * s, 19 * s))
        painter.drawPoint(QPointF(16 * s, 23.5 * s))
    painter.end()
    return pixmap


class StatusLine(QWidget):
    """A picture and a sentence; the sentence is what a screen reader hears."""

    def __init__(self, name: str, parent: QWidget | None = None, *, strong: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.picture = QLabel()
        self.picture.setObjectName(f"{name}Picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.words = label("label" if strong else "", name=f"{name}Words")
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.words, 1)

    def show_status(self, ok: bool, words: str) -> None:
        side = max(24, round(self.words.fontMetrics().height() * 1.3))
        self.picture.setPixmap(status_pixmap(ok, side))
        self.picture.setFixedSize(QSize(side, side))
        self.picture.setAccessibleName(_("All well") if ok else _("Heads-up"))
        self.words.setText(words)
        self.setAccessibleName(words)


class FigureTable(QWidget):
    """Rows of a name and an amount, the amounts lined up at the end of the row."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(0, 1)
        self.values: dict[str, QLabel] = {}
        self._parts: list[QWidget] = []

    def set_rows(self, rows: list[tuple[str, str, str]], *, bold_last: bool = False) -> None:
        """``rows`` are (key, words, amount); ``values[key]`` is the amount's label."""
        for part in self._parts:
            discard(part)
        self._parts, self.values = [], {}
        for index, (key, words, amount) in enumerate(rows):
            strong = bold_last and index == len(rows) - 1
            name = label("label" if strong else "", name=f"{key}Name")
            name.setText(words)
            value = label("label" if strong else "", wrap=False, name=f"{key}Amount")
            value.setText(amount)
            value.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignTop)
            value.setAccessibleName(f"{words}: {amount}")
            self.grid.addWidget(name, index, 0)
            self.grid.addWidget(value, index, 1)
            self.values[key] = value
            self._parts += [name, value]


class WizardPage(QWidget):
    """A step's frame: step line, heading, problem summary, body, Back and Continue."""

    def __init__(self, name: str, step: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.step = step
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(14)
        self.step_label = label("secondary", name=f"{name}Step")
        self.title = label("h1", name=f"{name}Title")
        self.errors = ErrorSummary()
        self.body = QVBoxLayout()
        self.body.setSpacing(14)
        self.back_button = wrap_button(f"{name}Back")
        self.continue_button = wrap_button(f"{name}Continue", primary=True)
        for part in (self.step_label, self.title, self.errors):
            self.layout_.addWidget(part)
        self.layout_.addLayout(self.body)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(12)
        self.buttons.addWidget(self.continue_button)
        self.buttons.addWidget(self.back_button)
        self.buttons.addStretch(1)
        self.layout_.addLayout(self.buttons)
        self.layout_.addStretch(1)
        self.step_label.setVisible(step is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Each page sets its words again here."""

    def retranslate_frame(self, title: str, go_on: str, back: str = "") -> None:
        if self.step is not None:
            self.step_label.setText(_("Step {n} of {total}").format(n=self.step, total=STEPS))
        self.title.setText(title)
        set_text(self.continue_button, go_on)
        set_text(self.back_button, back or _("Back"))
