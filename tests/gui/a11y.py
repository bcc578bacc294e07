"""Reusable accessibility checks for any screen: names, target sizes, visible focus.

Requirement 1 (access-and-languages.md §5): every visible interactive widget has a
non-empty accessible name as a screen reader would read it. Requirement 4: targets of at
least 24 × 24 px.
"""

from __future__ import annotations

import shiboken6
from PIL import Image
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabBar,
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


# ------------------------------------------------------------------ requirement 3: Tab order
def _focusable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets below ``root`` that Tab visits, in order: ``nextInFocusChain`` from the
    window, keeping only visible, enabled, Tab-focusable widgets without a focus proxy
    (the same filter as Qt's own Tab step).

    PySide 6.12 note: this wraps Qt's private widgets in the chain too, and a language
    switch on the same window afterwards can crash; the tests that use it switch
    language before walking, never after (see tests/gui/test_req_tab_order.py).
    """
    window = root.window()
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _ in range(20_000):
        if widget is None or widget is window:
            break
        if _focusable(widget) and (widget is root or root.isAncestorOf(widget)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def focusable_widgets(root: QWidget) -> list[QWidget]:
    """Visible, enabled widgets below ``root`` that Tab can stop on (tree order)."""
    return [w for w in [root, *root.findChildren(QWidget)] if _focusable(w)]


def window_rect(widget: QWidget) -> QRect:
    """``widget``'s rectangle in its window's coordinates."""
    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    return QRect(top_left, widget.size())


def _groups(items: list[tuple[QRect, object]], vertical: bool) -> list[list[tuple[QRect, object]]]:
    """Split into bands whose projections (on y when ``vertical``, else x) do not overlap."""

    def span(r: QRect) -> tuple[int, int]:
        # A few pixels of overlap (a focus frame, a rounding) is not a real overlap.
        lo, hi = (r.top(), r.bottom()) if vertical else (r.left(), r.right())
        shrink = min(4, max(0, (hi - lo) // 4))
        return lo + shrink, hi - shrink

    ordered = sorted(items, key=lambda item: span(item[0]))
    bands: list[list[tuple[QRect, object]]] = []
    end = None
    for item in ordered:
        lo, hi = span(item[0])
        if bands and end is not None and lo <= end:
            bands[-1].append(item)
            end = max(end, hi)
        else:
            bands.append([item])
            end = hi
    return bands


def _reading_order(items: list[tuple[QRect, object]], rtl: bool) -> list[object]:
    """Recursive XY cut: bands top to bottom; a band that cannot be cut into rows is cut
    into columns in the reading direction (so a navigation column comes before the page
    beside it, and a label's row reads start to end)."""
    if len(items) <= 1:
        return [item[1] for item in items]
    rows = _groups(items, vertical=True)
    if len(rows) > 1:
        return [obj for row in rows for obj in _reading_order(row, rtl)]
    columns = _groups(items, vertical=False)
    if len(columns) > 1:
        if rtl:
            columns.reverse()
        return [obj for column in columns for obj in _reading_order(column, rtl)]
    # Overlapping both ways (one widget drawn over another): top, then start side.
    return [
        item[1]
        for item in sorted(
            items, key=lambda item: (item[0].top(), -item[0].right() if rtl else item[0].left())
        )
    ]


def visual_order(root: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` in the order a sighted person reads them, by geometry only.

    The widget tree gives the blocks (a frame, a form, a scroll area's page); within each
    block the pieces are ordered by :func:`_reading_order` on their window rectangles, so a
    two-column screen reads one column, then the other.
    """
    wanted = {shiboken6.getCppPointer(w)[0] for w in widgets}
    rtl = root.isRightToLeft()

    def key(widget: QWidget) -> int:
        return int(shiboken6.getCppPointer(widget)[0])

    def block(container: QWidget) -> list[QWidget]:
        items: list[tuple[QRect, object]] = []
        for child in container.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if not child.isVisible():
                continue
            inner = block(child)
            own = [child] if key(child) in wanted else []
            members = own + inner
            if not members:
                continue
            rect = window_rect(child)
            for member in members:
                rect = rect.united(window_rect(member))
            items.append((rect, members))
        ordered: list[QWidget] = []
        for group in _reading_order(items, rtl):
            assert isinstance(group, list)
            ordered.extend(group)
        return ordered

    return ([root] if key(root) in wanted else []) + block(root)


def tab_order_problems(root: QWidget) -> list[str]:
    """Where Tab leaves the reading order, and interactive widgets Tab never reaches."""
    chain = tab_chain(root)
    problems: list[str] = []
    in_chain = set(map(id, chain))
    for widget in interactive_widgets(root):
        target = widget
        proxy = target.focusProxy()
        while proxy is not None:
            target, proxy = proxy, proxy.focusProxy()
        if (
            id(target) not in in_chain
            and _should_reach(widget)
            and not _group_reached(widget, chain)
        ):
            problems.append(f"Tab never reaches {describe(widget)}")
    # Compare where things sit on the whole page, not where the page is scrolled to now.
    areas = [a for a in root.findChildren(QAbstractScrollArea) if a.isVisible()]
    scrolled = [(a, a.verticalScrollBar().value(), a.horizontalScrollBar().value()) for a in areas]
    for area, _v, _h in scrolled:
        area.verticalScrollBar().setValue(area.verticalScrollBar().minimum())
    try:
        expected = visual_order(root, chain)
    finally:
        for area, v, h in scrolled:
            area.verticalScrollBar().setValue(v)
            area.horizontalScrollBar().setValue(h)
    if [id(w) for w in expected] != [id(w) for w in chain]:
        for index, (got, want) in enumerate(zip(chain, expected, strict=False)):
            if got is not want:
                problems.append(
                    f"Tab stop {index + 1} is {describe(got)} at {_where(got)}, "
                    f"but the screen reads {describe(want)} at {_where(want)} next"
                )
                break
    return problems


def _group_reached(widget: QWidget, chain: list[QWidget]) -> bool:
    """Tab reaches one radio button of a group; the arrow keys move within it."""
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group()
    return any(
        isinstance(other, QRadioButton)
        and (
            (group is not None and other.group() is group)
            or (
                group is None
                and other.autoExclusive()
                and other.parentWidget() is widget.parentWidget()
            )
        )
        for other in chain
    )


def _where(widget: QWidget) -> str:
    r = window_rect(widget)
    return f"({r.x()},{r.y()} {r.width()}x{r.height()})"


def _should_reach(widget: QWidget) -> bool:
    """Pieces that Qt reaches through their owner: a tab bar's scroll arrows (the bar
    takes the arrow keys) and a table's header (the table takes the keys)."""
    parent = widget.parentWidget()
    return not isinstance(widget, QHeaderView) and not isinstance(parent, QTabBar)


# ------------------------------------------------------------------ requirement 5: contrast
def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = rgb[:3]
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG 2 contrast ratio, 1.0 to 21.0."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _picture(widget: QWidget, rect: QRect) -> Image.Image | None:
    """What the window really shows in ``rect`` (window coordinates), as RGB."""
    window = widget.window()
    rect = rect.intersected(window.rect())
    if rect.width() < 2 or rect.height() < 2:
        return None
    image = window.grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)
    if image.width() != rect.width():  # a high-DPI screen: back to logical pixels
        image = image.scaled(rect.width(), rect.height())
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    picture = Image.frombuffer(
        "RGBA", (image.width(), image.height()), data, "raw", "BGRA", stride, 1
    )
    return picture.convert("RGB")


def _shown_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` on screen now (not scrolled away), in window coordinates."""
    region = widget.visibleRegion().boundingRect()
    if region.isEmpty():
        return QRect()
    return QRect(widget.mapTo(widget.window(), region.topLeft()), region.size())


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) and widget.pixmap().isNull()
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip())
    if isinstance(widget, QLineEdit):
        return bool(widget.text().strip() or widget.placeholderText().strip())
    if isinstance(widget, QComboBox):
        return bool(widget.currentText().strip())
    if isinstance(widget, QAbstractSpinBox):
        return bool(widget.text().strip())
    if isinstance(widget, QTabBar):
        return widget.count() > 0
    return False


TEXT_WIDGETS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTabBar)


def text_contrast(widget: QWidget) -> float | None:
    """The text's contrast with what is behind it, as drawn, or None when nothing is drawn.

    Inside the widget (its border left out) the most common colour is the background and
    the colour furthest from it is the ink: anti-aliased edges sit between the two.
    """
    rect = _shown_rect(widget)
    inset = 0 if isinstance(widget, QLabel) else 5
    rect = rect.adjusted(inset, inset, -inset, -inset)
    picture = _picture(widget, rect)
    if picture is None:
        return None
    colours: list[tuple[int, tuple[int, int, int]]] = (
        picture.getcolors(  # type: ignore[assignment]
            picture.width * picture.height
        )
        or []
    )
    if len(colours) < 2:
        return None
    colours.sort(reverse=True)
    background = colours[0][1]
    ink = [colour for count, colour in colours[1:] if count >= 3]
    if not ink:
        return None
    return max(contrast_ratio(colour, background) for colour in ink)


def low_contrast(root: QWidget, minimum: float = 4.5) -> list[str]:
    """Visible words below ``root`` drawn with less than ``minimum`` contrast."""
    found = [root, *root.findChildren(QWidget)]
    problems = []
    for widget in found:
        if not (isinstance(widget, TEXT_WIDGETS) and widget.isVisible() and widget.isEnabled()):
            continue
        if not _has_text(widget):
            continue
        ratio = text_contrast(widget)
        if ratio is not None and ratio < minimum:
            problems.append(f"{describe(widget)} {ratio:.2f}:1")
    return problems


def focus_contrast(widget: QWidget) -> int:
    """How many pixels change by at least 3:1 when ``widget`` takes the keyboard focus."""
    rect = _shown_rect(widget).adjusted(-4, -4, 4, 4)
    had = QApplication.focusWidget()
    widget.clearFocus()
    QApplication.processEvents()
    widget.update()
    before = _picture(widget, rect)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    widget.update()
    after = _picture(widget, rect)
    if had is not None and had is not widget:
        had.setFocus()
    if before is None or after is None or before.size != after.size:
        return 0
    changed = 0
    cache: dict[tuple[object, object], bool] = {}
    pixels = getattr(Image.Image, "get_flattened_data", Image.Image.getdata)
    for old, new in zip(pixels(before), pixels(after), strict=True):
        if old == new:
            continue
        key = (old, new)
        strong = cache.get(key)
        if strong is None:
            strong = cache[key] = contrast_ratio(old, new) >= 3.0
        changed += strong
    return changed


def weak_focus(root: QWidget, widgets: list[QWidget] | None = None) -> list[str]:
    """Widgets whose focus indicator is not at least a 1 px ring changing by 3:1."""
    problems = []
    had = QApplication.focusWidget()
    for widget in widgets if widgets is not None else focusable_widgets(root):
        rect = _shown_rect(widget)
        # The widget focused when the screen opened is skipped: offscreen Qt does not
        # always repaint a table's frame when focus leaves it, so its "before" is unknown.
        if rect.isEmpty() or widget is had:
            continue
        if isinstance(widget, QTabBar) and widget.currentIndex() >= 0:
            rect = widget.tabRect(widget.currentIndex())  # the indicator is on one tab
        ring = 2 * (rect.width() + rect.height())
        changed = focus_contrast(widget)
        # At least most of a 1 px ring that changes by 3:1 (WCAG 2.4.11 / 2.4.13); corners
        # and a part scrolled out of view take a little off.
        if changed < ring * 0.75:
            problems.append(f"{describe(widget)} {changed} of {ring} px")
    return problems


# ------------------------------------------------------------------ requirement 8: clipping
def _scrolls(viewport: QWidget, horizontal: bool) -> bool:
    """Whether ``viewport`` is a scroll area's viewport that scrolls that way."""
    area = viewport.parentWidget()
    if not isinstance(area, QAbstractScrollArea) or area.viewport() is not viewport:
        return False
    policy = area.horizontalScrollBarPolicy() if horizontal else area.verticalScrollBarPolicy()
    return policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def _cut_by_ancestor(widget: QWidget) -> str:
    """The ancestor that cuts ``widget`` off with no way to scroll to the rest, if any."""
    child: QWidget = widget
    rect = QRect(QPoint(0, 0), widget.size())
    while not child.isWindow():
        parent = child.parentWidget()
        if parent is None:
            break
        rect = rect.translated(child.pos())
        inside = parent.rect()
        too_wide = rect.left() < inside.left() - 1 or rect.right() > inside.right() + 1
        too_tall = rect.top() < inside.top() - 1 or rect.bottom() > inside.bottom() + 1
        if too_wide and not _scrolls(parent, horizontal=True):
            return f"cut at the side by {describe(parent)}"
        if too_tall and not _scrolls(parent, horizontal=False):
            return f"cut at the bottom by {describe(parent)}"
        if _scrolls(parent, True) or _scrolls(parent, False):
            rect = rect.intersected(inside) if not (too_wide or too_tall) else rect
            if too_wide or too_tall:
                return ""  # the rest is reached by scrolling
        child = parent
    return ""


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons whose words do not fit the space they were given."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            if not widget.text().strip() or not widget.pixmap().isNull():
                continue
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    problems.append(
                        f"{describe(widget)} needs {need} px high, has {widget.height()}"
                    )
                    continue
            else:
                hint = widget.sizeHint()
                if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                    problems.append(
                        f"{describe(widget)} needs {hint.width()}x{hint.height()}, "
                        f"has {widget.width()}x{widget.height()}"
                    )
                    continue
        elif isinstance(widget, QAbstractButton):
            if not widget.text().strip() or isinstance(widget.parentWidget(), QTabBar):
                continue
            hint = widget.sizeHint()
            if widget.hasHeightForWidth():  # its words wrap: narrower is fine if tall enough
                hint = QSize(
                    max(widget.minimumSizeHint().width(), min(hint.width(), widget.width())),
                    widget.heightForWidth(widget.width()),
                )
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                problems.append(
                    f"{describe(widget)} '{widget.text()}' needs {hint.width()}x{hint.height()}, "
                    f"has {widget.width()}x{widget.height()}"
                )
                continue
        else:
            continue
        cut = _cut_by_ancestor(widget)
        if cut:
            problems.append(f"{describe(widget)} {cut}")
    return problems
