"""The frame every dpwallet dialog shares: its words scroll, its buttons stay in sight.

Why: at 150% and 200% text a form such as "Add a payment" is taller than a 1024×768
screen. Left alone, Qt squeezed its labels until their lines overlapped, or put Save
below the bottom of the screen. A :class:`FittedDialog` puts everything except the
buttons in a scroll area that moves up and down only (never sideways), keeps the button
row under it at the bottom, and is never taller or wider than the screen its window is
on (its available geometry, so the task bar is left alone). When the words fit, the
dialog is just tall enough for them and nothing scrolls.

Use it like a ``QDialog``::

    class AskDialog(FittedDialog):
        def __init__(self, parent=None):
            super().__init__(parent, width=460)
            self.add(heading, body)              # into the scrolling part, in reading order
            self.set_buttons(self.ok, self.back)  # the row at the bottom, added last

Add the buttons last: Tab follows the order widgets join the dialog, so it goes through
the words and fields first and then to the buttons. Enter and Escape are QDialog's own
(the default button and ``reject``). ``width`` is the width at 100% text; larger text
makes the dialog wider in step, up to the screen's width, so it needs fewer lines.
``scroll_focus=True`` lets Tab stop on the scrolling part (for words with nothing to Tab
to, like the glossary), so the arrow keys scroll it. A view that scrolls by itself (a
``ScreenView``) goes in with ``use_scrolling_view`` instead of a second scroll area.
tests/gui/test_req_dialogs.py opens every dialog at 200% text in English and Urdu.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpwallet.ui.flow_layout import FlowLayout

__all__ = ["FittedDialog", "VerticalScroll", "available_rect", "content_height"]

# The body size the ``width`` of a dialog was chosen for (theme.MIN_BODY_PT at 100%).
_BASE_PT = 12.0
# Before a dialog's first show its title bar is unknown; assume this much if the parent
# window's own frame does not tell us (offscreen windows have none).
_GUESSED_TITLE_BAR = 32


class VerticalScroll(QScrollArea):
    """A scroll area that scrolls up and down only; its content is never cut at the side.

    Its smallest width is its content's smallest width plus the scroll bar, so the layout
    around it (and the dialog) is never narrower than the content needs.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        width = (
            body.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(hint.width(), width), hint.height())


class _Body(QWidget):
    """The scrolling part's content: as tall as its words need at its width, no taller.

    A layout's minimum height adds up every wrapped label at its narrowest, which is far
    taller than the same labels at the real width; QScrollArea makes its content at least
    that tall, which left a large gap under a short form (and a needless scroll bar).
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        if self.hasHeightForWidth():
            return QSize(hint.width(), 0)
        return hint


def content_height(scroller: QScrollArea, width: int) -> int:
    """How tall ``scroller``'s whole content is when the scroll area is ``width`` wide."""
    body = scroller.widget()
    if body is None:
        return 0
    inner = max(1, width - 2 * scroller.frameWidth(), body.minimumSizeHint().width())
    need = body.heightForWidth(inner) if body.hasHeightForWidth() else body.sizeHint().height()
    return max(need, body.minimumSizeHint().height()) + 2 * scroller.frameWidth()


def available_rect(widget: QWidget) -> QRect:
    """The part of the screen ``widget``'s window is on that windows may use."""
    parent = widget.parentWidget()
    anchor = parent.window() if parent is not None else widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


class FittedDialog(QDialog):
    """A dialog whose content scrolls up and down and whose buttons stay at the bottom."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        width: int = 520,
        margins: tuple[int, int, int, int] = (24, 20, 24, 20),
        spacing: int = 12,
        scroll_focus: bool = False,
    ) -> None:
        super().__init__(parent)
        self._base_width = width
        self._margins = margins
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroller: QScrollArea = VerticalScroll()
        self.scroller.setObjectName("dialogScroll")
        if scroll_focus:  # words only, nothing to Tab to: the arrow keys scroll them
            self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body = _Body()
        self.body.setObjectName("dialogBody")
        self.content = QVBoxLayout(self.body)
        left, top, right, bottom = margins
        self.content.setContentsMargins(left, top, right, max(4, bottom // 2))
        self.content.setSpacing(spacing)
        self.scroller.setWidget(self.body)
        outer.addWidget(self.scroller, 1)
        self.button_bar = QWidget()
        self.button_bar.setObjectName("dialogButtons")
        self._button_layout: QLayout | None = None
        self._outer = outer
        self._watched: QWidget = self.body
        self.body.installEventFilter(self)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._grow_to_fit)

    # ------------------------------------------------------------ building
    def add(self, *widgets: QWidget) -> None:
        """Add ``widgets`` to the scrolling part, in reading order."""
        for widget in widgets:
            self.content.addWidget(widget)

    def add_layout(self, layout: QLayout) -> None:
        self.content.addLayout(layout)

    def set_buttons(self, *buttons: QWidget, pack: Literal["start", "end"] = "start") -> None:
        """The row at the bottom that never scrolls away; it wraps when the text is large."""
        self._outer.addWidget(self.button_bar, 0)  # in the dialog first: see below
        row = FlowLayout(spacing=12, pack=pack)
        left, _top, right, bottom = self._margins
        row.setContentsMargins(left, max(8, bottom // 2), right, bottom)
        self.button_bar.setLayout(row)
        self._button_layout = row
        for widget in buttons:
            row.addWidget(widget)
            # A button made the default before it had a dialog around it is only marked;
            # the dialog learns of it when the button moves in. Tell it again, or Enter
            # would press the first button in Tab order instead (a "Show" toggle, say).
            if isinstance(widget, QPushButton) and widget.isDefault():
                widget.setDefault(False)
                widget.setDefault(True)

    def use_scrolling_view(self, view: QWidget, scroller: QScrollArea) -> None:
        """Show ``view`` (which scrolls by itself with ``scroller``) instead of our own part.

        For a screen such as the recovery code view that already sits in a scroll area:
        a second one around it would scroll twice.
        """
        self._outer.removeWidget(self.scroller)
        self.scroller.hide()
        self.body.removeEventFilter(self)
        self.scroller = scroller
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._outer.insertWidget(0, view, 1)
        inner = scroller.widget()
        if inner is not None:
            self._watched = inner
            inner.installEventFilter(self)

    # ------------------------------------------------------------ sizing
    def _text_scale(self) -> float:
        points = self.font().pointSizeF()
        return max(1.0, points / _BASE_PT) if points > 0 else 1.0

    def _decoration(self) -> QSize:
        """The window frame's extra width and height (title bar), as well as we know it."""
        if self.isVisible() and self.frameGeometry().height() > self.height():
            return self.frameGeometry().size() - self.size()
        parent = self.parentWidget()
        if parent is not None:
            window = parent.window()
            extra = window.frameGeometry().size() - window.size()
            if extra.height() > 0:
                return extra
        return QSize(0, _GUESSED_TITLE_BAR)

    def _limits(self) -> QSize:
        """The largest size whose frame still fits the screen's available area."""
        area = available_rect(self).size() - self._decoration()
        return QSize(max(200, area.width()), max(200, area.height()))

    def content_height_for_width(self, width: int) -> int:
        """The height with nothing scrolled away, when the dialog is ``width`` wide."""
        need = content_height(self.scroller, width)
        if self._button_layout is not None and self.button_bar.parentWidget() is self:
            row = self._button_layout
            need += (
                row.heightForWidth(width) if row.hasHeightForWidth() else row.sizeHint().height()
            )
        return need

    def fit_to_screen(self) -> None:
        """Choose the size: wide enough for the text size, as tall as needed, never off screen."""
        limits = self._limits()
        self.setMaximumSize(limits)
        least = min(limits.width(), max(self.minimumSizeHint().width(), self.minimumWidth()))
        wish = max(self.sizeHint().width(), round(self._base_width * self._text_scale()))
        width = max(least, min(limits.width(), wish))
        height = min(
            limits.height(),
            max(self.minimumSizeHint().height(), self.content_height_for_width(width)),
        )
        self.resize(width, height)

    def _grow_to_fit(self) -> None:
        """After the content grew (a problem shown, a language change), grow if there is room."""
        if not self.isVisible():
            return
        limits = self._limits()
        self.setMaximumSize(limits)
        need = min(limits.height(), self.content_height_for_width(self.width()))
        if need <= self.height():
            return
        self.resize(self.width(), need)
        area = available_rect(self)
        frame = self.frameGeometry()
        if frame.bottom() > area.bottom():
            self.move(self.x(), max(area.top(), self.y() - (frame.bottom() - area.bottom())))

    # ------------------------------------------------------------ events
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not event.spontaneous():
            self.fit_to_screen()
        super().showEvent(event)  # QDialog centres it on its parent after this

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._watched and event.type() == QEvent.Type.LayoutRequest:
            self._refit.start()
        return super().eventFilter(watched, event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        """Tab from the buttons back into the words scrolls the field it reaches into sight."""
        moved = super().focusNextPrevChild(next)
        focused = self.focusWidget()
        inner = self.scroller.widget()
        if moved and focused is not None and inner is not None and inner.isAncestorOf(focused):
            self.scroller.ensureWidgetVisible(focused)
        return moved
