"""Simple navigation pictures drawn with QPainter: no downloads, any colour, any size.

One picture per idea (access-and-languages.md 1.2), always beside its word, drawn in the
text colour so they keep their contrast in the high-contrast theme.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF

SIZE = 64


def _home(p: QPainter) -> None:
    p.drawPolygon(QPolygonF([QPointF(8, 30), QPointF(32, 8), QPointF(56, 30)]))
    p.drawRect(QRectF(15, 30, 34, 26))
    p.drawRect(QRectF(27, 40, 10, 16))


def _money(p: QPainter) -> None:
    p.drawEllipse(QRectF(8, 8, 48, 48))
    font = QFont()
    font.setPixelSize(32)
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(8, 8, 48, 48), Qt.AlignmentFlag.AlignCenter, "£")


def _people(p: QPainter) -> None:
    p.drawEllipse(QRectF(10, 10, 16, 16))
    p.drawArc(QRectF(4, 30, 28, 30), 0, 180 * 16)
    p.drawEllipse(QRectF(38, 10, 16, 16))
    p.drawArc(QRectF(32, 30, 28, 30), 0, 180 * 16)


def _clock(p: QPainter) -> None:
    p.drawEllipse(QRectF(8, 8, 48, 48))
    p.drawLine(QPointF(32, 32), QPointF(32, 16))
    p.drawLine(QPointF(32, 32), QPointF(44, 38))


def _pay(p: QPainter) -> None:
    p.drawRect(QRectF(6, 18, 52, 30))
    p.drawEllipse(QRectF(24, 25, 16, 16))
    p.drawLine(QPointF(12, 24), QPointF(16, 24))
    p.drawLine(QPointF(48, 42), QPointF(52, 42))


def _outcomes(p: QPainter) -> None:
    p.drawEllipse(QRectF(8, 8, 48, 48))
    p.drawEllipse(QRectF(20, 20, 24, 24))
    p.drawEllipse(QRectF(30, 30, 4, 4))


def _checkup(p: QPainter) -> None:
    p.drawRect(QRectF(12, 10, 40, 46))
    p.drawRect(QRectF(24, 6, 16, 8))
    p.drawPolyline(QPolygonF([QPointF(20, 34), QPointF(28, 42), QPointF(44, 24)]))


def _settings(p: QPainter) -> None:
    p.drawEllipse(QRectF(20, 20, 24, 24))
    for angle in range(0, 360, 45):
        p.save()
        p.translate(32, 32)
        p.rotate(angle)
        p.drawLine(QPointF(0, -14), QPointF(0, -24))
        p.restore()


def _lock(p: QPainter) -> None:
    p.drawRect(QRectF(14, 28, 36, 28))
    p.drawArc(QRectF(20, 8, 24, 36), 0, 180 * 16)
    p.drawLine(QPointF(20, 26), QPointF(20, 28))
    p.drawLine(QPointF(44, 26), QPointF(44, 28))


DRAWINGS: dict[str, Callable[[QPainter], None]] = {
    "home": _home,
    "money": _money,
    "people": _people,
    "timesheets": _clock,
    "pay": _pay,
    "outcomes": _outcomes,
    "checkup": _checkup,
    "settings": _settings,
    "lock": _lock,
}


def icon(name: str, colour: str = "#0b0c0c") -> QIcon:
    """The picture ``name`` as an icon, drawn at 64 px so it stays sharp when scaled."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), 5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    DRAWINGS[name](painter)
    painter.end()
    return QIcon(pixmap)
