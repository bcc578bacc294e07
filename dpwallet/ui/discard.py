"""Take a widget off the screen now and let Qt delete it once the current event is over.

Why: PySide 6.12 crashed (heap corruption, then a segfault in its wrapper bookkeeping)
when Qt's delayed delete reached a widget that was either given back to Python with
``setParent(None)`` or still held by a layout: after about ten locks and unlocks, or ten
visits to the check-up's review. Taking the widget out of its layout first, while it is
alive, and keeping its Qt parent until the delete, survived hundreds of rounds. The
widget is also hidden and loses its name, so nothing lays it out, finds it or reads it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget

__all__ = ["discard"]


def _take_from(layout: QLayout, widget: QWidget) -> bool:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            layout.takeAt(index)
            return True
        inner = item.layout()
        if inner is not None and _take_from(inner, widget):
            return True
    return False


def discard(widget: QWidget) -> None:
    widget.hide()
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        _take_from(layout, widget)
    widget.setObjectName("")
    widget.deleteLater()
