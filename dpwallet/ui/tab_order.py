"""Tab follows what the eye reads (requirement 3, WCAG 2.4.3 focus order).

Qt's Tab order is the order widgets were *made* in, not where they sit: a Continue button
made before the page's fields, or a problem list filled in later, is reached in the wrong
place. :func:`follow_layout` walks the layouts in their own order (a row start to end, a
column top to bottom, a form row by row) and chains the focusable widgets in that order.
Layouts mirror themselves in right-to-left languages, so the same order reads right to
left there without any extra work.

:class:`TabOrderKeeper` runs it again whenever a watched part lays itself out afresh
(new rows, a new problem list), so screens that grow keep a sensible order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGridLayout,
    QLayout,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

__all__ = ["TabOrderKeeper", "follow_layout", "layout_order"]


def _tab_target(widget: QWidget) -> QWidget:
    proxy = widget.focusProxy()
    while proxy is not None:
        widget, proxy = proxy, proxy.focusProxy()
    return widget


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _layout_items(layout: QLayout) -> list[QWidget | QLayout]:
    """A layout's widgets and inner layouts in reading order (start to end, top down)."""
    indexed: list[tuple[tuple[int, int, int], QWidget | QLayout]] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        part = item.widget() or item.layout()
        if part is None:
            continue
        key = (0, 0, index)
        if isinstance(layout, QGridLayout):
            grid: Any = layout.getItemPosition(index)
            key = (int(grid[0]), int(grid[1]), index)
        elif isinstance(layout, QFormLayout):
            form: Any = layout.getItemPosition(index)
            role = form[1]
            key = (int(form[0]), int(role.value) if hasattr(role, "value") else int(role), index)
        indexed.append((key, part))
    indexed.sort(key=lambda pair: pair[0])
    parts = [part for _key, part in indexed]
    if isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.BottomToTop,
        QBoxLayout.Direction.RightToLeft,
    ):
        parts.reverse()
    return parts


def _pages(widget: QWidget) -> list[QWidget]:
    """The parts a container shows without a layout of its own: a tab widget's bar and
    pages, a stack's pages, a scroll area's page."""
    if isinstance(widget, QTabWidget):
        pages = [widget.widget(i) for i in range(widget.count())]
        return [widget.tabBar(), *(p for p in pages if p is not None)]
    if isinstance(widget, QStackedWidget):
        stacked = [widget.widget(i) for i in range(widget.count())]
        return [p for p in stacked if p is not None]
    if isinstance(widget, QTabBar):  # its scroll arrows, start side first
        arrows = widget.findChildren(QToolButton)
        arrows.sort(key=lambda arrow: arrow.x(), reverse=widget.isRightToLeft())
        return list(arrows)
    if isinstance(widget, QScrollArea):
        page = widget.widget()
        return [page] if page is not None else []
    return []


def layout_order(root: QWidget) -> list[QWidget]:
    """Every widget below ``root`` that can take Tab, in the order its layouts show them.

    Only layouts and the containers above are followed: a spin box, combo box or table
    looks after its own inner parts, and Qt's private widgets are left alone.
    """
    seen: list[QWidget] = []  # the wrappers themselves, so no id() is reused mid-walk
    seen_ids: set[int] = set()
    out: list[QWidget] = []
    chained: set[int] = set()

    def add_widget(widget: QWidget) -> None:
        if id(widget) in seen_ids:
            return
        seen.append(widget)
        seen_ids.add(id(widget))
        target = _tab_target(widget)
        if (
            _takes_tab(target)
            and id(target) not in chained
            and (target is widget or widget.isAncestorOf(target))
        ):
            seen.append(target)
            chained.add(id(target))
            out.append(target)
        layout = widget.layout()
        if layout is not None:
            add_layout(layout)
        for page in _pages(widget):
            add_widget(page)

    def add_layout(layout: QLayout) -> None:
        for part in _layout_items(layout):
            if isinstance(part, QWidget):
                add_widget(part)
            else:
                add_layout(part)

    add_widget(root)
    return out


def follow_layout(root: QWidget) -> None:
    """Chain Tab through ``root``'s focusable widgets in layout order."""
    order = layout_order(root)
    for first, second in zip(order, order[1:], strict=False):
        if first.window() is second.window():
            QWidget.setTabOrder(first, second)


class TabOrderKeeper(QObject):
    """Re-chains ``root`` soon after any watched widget lays itself out again."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.apply)
        self.watched: set[int] = set()

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if id(widget) not in self.watched:
                self.watched.add(id(widget))
                widget.installEventFilter(self)

    def watch_scroll_areas(self) -> None:
        """Watch every scroll area's page: a page inside one lays itself out alone."""
        for area in self.root.findChildren(QScrollArea):
            page = area.widget()
            if page is not None:
                self.watch(page)

    def apply(self) -> None:
        follow_layout(self.root)

    def schedule(self) -> None:
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.ChildAdded):
            self.timer.start()
        return False
