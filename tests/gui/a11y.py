"""Reusable accessibility checks for any screen: names, target sizes, visible focus.

Requirement 1 (access-and-languages.md §5): every visible interactive widget has a
non-empty accessible name as a screen reader would read it. Requirement 4: targets of at
least 24 × 24 px.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Visible widgets a person can operate, below ``root`` (``root`` must be shown)."""
    found = [root, *root.findChildren(QWidget)]
    return [w for w in found if isinstance(w, INTERACTIVE) and w.isVisible() and w.isEnabled()]


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def missing_names(root: QWidget) -> list[str]:
    return [describe(w) for w in interactive_widgets(root) if not accessible_name(w).strip()]


def too_small(root: QWidget, minimum: int = 24) -> list[str]:
    return [
        f"{describe(w)} {w.width()}x{w.height()}"
        for w in interactive_widgets(root)
        if w.width() < minimum or w.height() < minimum
    ]
