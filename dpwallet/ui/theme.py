"""Colours, text size and focus style for the whole app, from ux.md's palette.

One stylesheet is built from the settings and set on the QApplication, so every screen
looks the same and a change (text size, high contrast, language direction) reaches every
widget at once. Font sizes are points scaled from the platform's own size (requirement 7),
never pixels, so a 200% setting really doubles the text.

When the system asks for high contrast (requirement 6) we set no colour rules at all and
let the platform's own palette show through.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

MIN_BODY_PT = 12.0  # access-and-languages.md 1.2: normal view body at least 12 pt
EASY_READ_BODY_PT = 16.0


@dataclass(frozen=True)
class Palette:
    text: str
    secondary: str
    background: str
    surface: str
    link: str
    success: str
    error: str
    border: str
    divider: str
    focus: str
    focus_text: str
    button: str
    button_text: str


LIGHT = Palette(
    text="#0b0c0c",
    secondary="#505a5f",
    background="#f3f2f1",
    surface="#ffffff",
    link="#1d70b8",
    success="#00703c",
    error="#d4351c",
    border="#0b0c0c",
    divider="#b1b4b6",
    focus="#ffdd00",
    focus_text="#0b0c0c",
    button="#00703c",
    button_text="#ffffff",
)

HIGH_CONTRAST = Palette(
    text="#ffffff",
    secondary="#ffffff",
    background="#000000",
    surface="#000000",
    link="#ffff00",
    success="#7fff7f",
    error="#ff9f9f",
    border="#ffffff",
    divider="#ffffff",
    focus="#ffff00",
    focus_text="#000000",
    button="#ffffff",
    button_text="#000000",
)

_base_pt: float | None = None


def system_prefers_high_contrast() -> bool:
    """The platform's contrast preference (Qt 6.10+); False where Qt cannot tell."""
    try:
        preference = QGuiApplication.styleHints().accessibility().contrastPreference()
    except (AttributeError, RuntimeError):
        return False
    return bool(preference == Qt.ContrastPreference.HighContrast)


def base_point_size() -> float:
    """The platform's body size, remembered once, never below 12 pt."""
    global _base_pt
    if _base_pt is None:
        platform = QApplication.font().pointSizeF()
        _base_pt = max(MIN_BODY_PT, platform if platform > 0 else MIN_BODY_PT)
    return _base_pt


def body_point_size(text_size_percent: int, easy_read: bool = False) -> float:
    start = max(base_point_size(), EASY_READ_BODY_PT) if easy_read else base_point_size()
    return round(start * max(100, min(200, text_size_percent)) / 100, 1)


def build_stylesheet(
    body_pt: float, *, high_contrast: bool, system_contrast: bool, rtl: bool
) -> str:
    """The app-wide stylesheet: sizes always, colours unless the system owns them."""
    sizes = _size_rules(body_pt, rtl)
    if system_contrast:
        return sizes
    return sizes + _colour_rules(HIGH_CONTRAST if high_contrast else LIGHT, rtl)


def _size_rules(pt: float, rtl: bool) -> str:
    start = "right" if rtl else "left"
    return f"""
QWidget {{ font-size: {pt}pt; }}
QLabel[role="h1"] {{ font-size: {round(pt * 1.75, 1)}pt; font-weight: bold; }}
QLabel[role="h2"] {{ font-size: {round(pt * 1.35, 1)}pt; font-weight: bold; }}
QLabel[role="label"] {{ font-weight: bold; }}
QLabel[role="amount"] {{ font-size: {round(pt * 1.9, 1)}pt; font-weight: bold; }}
QLabel[role="code"] {{ font-size: {round(pt * 1.9, 1)}pt; font-weight: bold;
    font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; }}
QPushButton, QToolButton {{ min-height: 28px; padding: 6px 14px; }}
QLineEdit, QComboBox, QAbstractSpinBox {{ min-height: 28px; padding: 4px 6px; }}
QCheckBox {{ min-height: 28px; spacing: 10px; }}
QCheckBox::indicator {{ width: 22px; height: 22px; }}
QToolButton[nav="true"] {{ padding: 8px 12px; text-align: {start}; }}
QToolButton[nav="true"]:checked {{ font-weight: bold; border-{start}-width: 8px; }}
"""


def _colour_rules(p: Palette, rtl: bool) -> str:
    start = "right" if rtl else "left"
    return f"""
QLabel, QCheckBox, QRadioButton {{ color: {p.text}; }}
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget,
QWidget#screen {{ background: {p.background}; }}
QFrame[role="card"], QFrame[role="panel"] {{ background: {p.surface};
    border: 1px solid {p.divider}; border-top: 5px solid {p.link}; }}
QFrame[role="panel"] {{ border-top: 1px solid {p.divider}; }}
QFrame[role="error-summary"] {{ background: {p.surface}; border: 4px solid {p.error}; }}
QFrame[role="error-summary"]:focus {{ border: 4px solid {p.focus_text}; }}
QLabel[role="error-link"] {{ font-weight: bold; }}
QCheckBox::indicator {{ image: url({_indicator(p, False)}); }}
QCheckBox::indicator:checked {{ image: url({_indicator(p, True)}); }}
QLabel[role="error"] {{ color: {p.error}; font-weight: bold; background: {p.surface}; }}
QLabel[role="secondary"] {{ color: {p.secondary}; }}
QLabel[role="busy"] {{ color: {p.text}; font-weight: bold; }}
QLabel {{ background: transparent; }}
QFrame#demoBanner {{ background: #ffdd00; border-bottom: 3px solid #0b0c0c; }}
QFrame#demoBanner QLabel {{ color: #0b0c0c; font-weight: bold; }}
QPushButton {{ background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
    border-radius: 0; }}
QPushButton[primary="true"] {{ background: {p.button}; color: {p.button_text};
    border: 2px solid {p.button}; border-bottom: 3px solid {p.border}; }}
QPushButton:disabled {{ color: {p.secondary}; border-color: {p.secondary}; }}
QCheckBox, QRadioButton {{ border: 4px solid transparent; }}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus,
QListWidget:focus {{ background: {p.focus}; color: {p.focus_text};
    border: 4px solid {p.focus_text}; }}
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QListWidget,
QTableView, QTreeView {{ background: {p.surface}; color: {p.text};
    border: 2px solid {p.border}; }}
QLineEdit, QPlainTextEdit, QTextEdit {{ placeholder-text-color: {p.secondary}; }}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QTableView:focus, QTreeView:focus {{ border: 4px solid {p.text};
    background: {p.surface}; }}
QHeaderView::section {{ background: {p.surface}; color: {p.text};
    border: 0; border-bottom: 2px solid {p.border}; padding: 4px 8px; font-weight: bold; }}
QTableView {{ gridline-color: {p.divider}; selection-background-color: {p.link};
    selection-color: {p.surface}; }}
QLabel[role="error-link"] {{ border: 3px solid transparent; }}
QLabel[role="error-link"]:focus {{ background: {p.focus}; border: 3px solid {p.focus_text}; }}
QTabBar::tab {{ background: {p.background}; color: {p.text}; padding: 8px 16px;
    border: 3px solid transparent; border-bottom: 4px solid transparent; }}
QTabBar::tab:selected {{ background: {p.surface}; font-weight: bold;
    border-bottom: 4px solid {p.link}; }}
QTabBar::tab:selected:focus {{ background: {p.focus}; color: {p.focus_text};
    border: 3px solid {p.focus_text}; border-bottom: 4px solid {p.focus_text}; }}
QPushButton[pageTab="true"] {{ background: {p.background}; color: {p.text};
    border: 3px solid transparent; border-bottom: 4px solid {p.divider}; padding: 6px 12px; }}
QPushButton[pageTab="true"]:checked {{ background: {p.surface};
    border-bottom: 4px solid {p.link}; }}
QPushButton[pageTab="true"]:focus {{ background: {p.focus}; color: {p.focus_text};
    border: 3px solid {p.focus_text}; border-bottom: 4px solid {p.focus_text}; }}
QComboBox QAbstractItemView {{ background: {p.surface}; color: {p.text};
    selection-background-color: {p.focus}; selection-color: {p.focus_text}; }}
QListWidget:focus::item {{ color: {p.focus_text}; }}
QListWidget::item:selected {{ background: {p.link}; color: {p.surface}; }}
QListWidget::item:selected:focus {{ background: {p.focus_text}; color: {p.focus}; }}
QListWidget::item {{ padding: 6px; }}
QFrame#nav {{ background: {p.surface};
    border-{"left" if rtl else "right"}: 1px solid {p.divider}; }}
QToolButton[nav="true"] {{ background: {p.surface}; color: {p.text}; border: 0;
    border-{start}: 8px solid {p.surface}; }}
QToolButton[nav="true"]:checked {{ color: {p.text}; border-{start}: 8px solid {p.link}; }}
QToolButton[nav="true"]:focus {{ background: {p.focus}; color: {p.focus_text};
    border: 4px solid {p.focus_text}; border-{start}: 8px solid {p.focus_text}; }}
QProgressBar {{ border: 2px solid {p.border}; background: {p.surface}; color: {p.text};
    text-align: center; }}
QProgressBar::chunk {{ background: {p.link}; }}
QMenuBar, QMenu {{ background: {p.surface}; color: {p.text}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {p.focus}; color: {p.focus_text}; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; }}
"""


_indicator_dir: Path | None = None


def _indicator(p: Palette, checked: bool) -> str:
    """A check box drawn in the theme's colours (Fusion's grey box is too faint, 1.4:1)."""
    global _indicator_dir
    if _indicator_dir is None:
        _indicator_dir = Path(tempfile.mkdtemp(prefix="dpwallet-ui-"))
    path = _indicator_dir / f"box-{p.text[1:]}-{p.surface[1:]}-{int(checked)}.png"
    if not path.exists():
        pixmap = QPixmap(44, 44)
        pixmap.fill(QColor(p.surface))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(p.text), 4)
        painter.setPen(pen)
        painter.drawRect(2, 2, 40, 40)
        if checked:
            pen.setWidth(6)
            painter.setPen(pen)
            painter.drawLine(QPoint(10, 22), QPoint(19, 31))
            painter.drawLine(QPoint(19, 31), QPoint(34, 12))
        painter.end()
        pixmap.save(str(path))
    return path.as_posix()


def _qt_palette(base: QPalette, p: Palette) -> QPalette:
    """Text colours through the palette (a stylesheet rule on every QWidget would restyle
    the whole tree on each change, and upset PySide during teardown)."""
    palette = QPalette(base)
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.WindowText, p.text),
        (roles.Text, p.text),
        (roles.ButtonText, p.text),
        (roles.Window, p.background),
        (roles.Base, p.surface),
        (roles.Button, p.surface),
        (roles.Link, p.link),
        (roles.LinkVisited, p.link),
        (roles.Highlight, p.focus),
        (roles.HighlightedText, p.focus_text),
        (roles.ToolTipBase, p.surface),
        (roles.ToolTipText, p.text),
        (roles.PlaceholderText, p.secondary),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def apply_theme(
    app: QApplication,
    window: QWidget,
    *,
    text_size_percent: int,
    high_contrast: bool,
    easy_read: bool = False,
) -> None:
    """Set the app font and palette and the window's stylesheet; safe to call again.

    Why the window's and not the app's stylesheet: a new app stylesheet repolishes every
    widget in the process several times over (seconds with a wallet open); the window's
    repolishes only its own widgets once. Dialogs are the window's children, so they
    follow it; tooltips follow the app palette and font set here.
    """
    pt = body_point_size(text_size_percent, easy_read)
    font = QFont(app.font())
    font.setPointSizeF(pt)
    app.setFont(font)
    rtl = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    system = system_prefers_high_contrast()
    if not system:
        app.setPalette(_qt_palette(app.palette(), HIGH_CONTRAST if high_contrast else LIGHT))
    sheet = build_stylesheet(pt, high_contrast=high_contrast, system_contrast=system, rtl=rtl)
    if window.styleSheet() != sheet:
        window.setStyleSheet(sheet)
