"""A check box and a push button whose words wrap onto more lines when space is short.

Why: at 200% text in Welsh or Bengali one sentence on a check box or button can be wider
than the window, which made the whole screen scroll sideways and cut the sentence at the
edge. These keep their ``text()`` (so the accessible name and the tests are unchanged); when
they are narrower than the one-line text they draw it word-wrapped and grow taller.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

__all__ = ["WrapButton", "WrapCheckBox", "wrap_button"]

_FLAGS = int(Qt.TextFlag.TextWordWrap)


def _longest_word(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def _wrap_policy(widget: QWidget) -> None:
    policy = widget.sizePolicy()
    policy.setHeightForWidth(True)
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
    policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
    widget.setSizePolicy(policy)


def _chrome(widget: QAbstractButton, one_line: QSize) -> int:
    """The room around the words: indicator or icon, padding, border."""
    return max(0, one_line.width() - widget.fontMetrics().horizontalAdvance(widget.text()))


def _least_width(widget: QAbstractButton, one_line: QSize, chrome: int) -> QSize:
    """The one-line size, or narrower down to the longest word (the words then wrap)."""
    least = chrome + _longest_word(widget, widget.text()) + 4
    return QSize(min(one_line.width(), least), one_line.height())


def _wrapped_text_height(widget: QAbstractButton, text_width: int) -> int:
    box = widget.fontMetrics().boundingRect(
        QRect(0, 0, max(1, text_width), 100000), _FLAGS, widget.text()
    )
    return box.height()


class _Wraps:
    """What both wrapping widgets share: their words may wrap, so narrower is allowed.

    Listed before the Qt class, so ``super()`` here is QCheckBox's or QPushButton's own.
    """

    def _extra(self) -> int:
        assert isinstance(self, QAbstractButton)
        return _chrome(self, super().sizeHint())  # type: ignore[misc]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        assert isinstance(self, QAbstractButton)
        one_line = super().minimumSizeHint()  # type: ignore[misc]
        return _least_width(self, one_line, self._extra())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True


class WrapCheckBox(_Wraps, QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        _wrap_policy(self)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        if width >= super().sizeHint().width():
            return super().sizeHint().height()
        text_height = _wrapped_text_height(self, width - self._extra())
        return max(super().sizeHint().height(), text_height + 6)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self.width() >= super().sizeHint().width():
            super().paintEvent(event)
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = option.text
        option.text = ""
        painter = QPainter(self)
        style = self.style()
        style.drawControl(QStyle.ControlElement.CE_CheckBox, option, painter, self)
        box = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        gap = 8
        if self.isRightToLeft():
            area = QRect(0, 0, box.left() - gap, self.height())
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        else:
            area = QRect(
                box.right() + 1 + gap, 0, self.width() - box.right() - 1 - gap, self.height()
            )
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        style.drawItemText(
            painter, area, int(align) | _FLAGS, self.palette(), self.isEnabled(), text,
            self.foregroundRole(),
        )  # fmt: skip
        painter.end()


class WrapButton(_Wraps, QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        _wrap_policy(self)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        if width >= super().sizeHint().width():
            return super().sizeHint().height()
        text_height = _wrapped_text_height(self, width - self._extra())
        one_line = self.fontMetrics().height()
        return super().sizeHint().height() + max(0, text_height - one_line)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self.width() >= super().sizeHint().width():
            super().paintEvent(event)
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = option.text
        option.text = ""
        painter = QPainter(self)
        style = self.style()
        style.drawControl(QStyle.ControlElement.CE_PushButtonBevel, option, painter, self)
        area = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        extra = self._extra()
        inner = area.adjusted(extra // 2 - 4, 0, -(extra // 2 - 4), 0) if extra > 16 else area
        if not option.icon.isNull():
            size = option.iconSize
            icon_x = inner.right() - size.width() if self.isRightToLeft() else inner.left()
            icon_rect = QRect(
                icon_x, area.center().y() - size.height() // 2, size.width(), size.height()
            )
            option.icon.paint(painter, icon_rect)
        style.drawItemText(
            painter,
            inner,
            int(Qt.AlignmentFlag.AlignCenter) | _FLAGS,
            self.palette(),
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )
        painter.end()


def wrap_button(name: str, *, primary: bool = False) -> WrapButton:
    """Like :func:`dpwallet.ui.widgets.button`, but its words wrap when the window is narrow."""
    widget = WrapButton()
    widget.setObjectName(name)
    widget.setAutoDefault(True)
    widget.setProperty("primary", primary)
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
    policy = widget.sizePolicy()
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)
    return widget
