"""Building blocks every screen shares: the screen frame, fields, error summary, busy line.

They exist so every screen behaves the same way (ux.md: "the same thing is always in the
same place"): headings look alike, errors appear in the same two places, long work is
announced in words, and each screen scrolls instead of clipping at 200% text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dpwallet.i18n import _
from dpwallet.ui.discard import discard

CONTENT_WIDTH = 860


def label(role: str = "", *, wrap: bool = True, name: str = "") -> QLabel:
    """A plain-text label; ``role`` picks its style (h1, h2, secondary, error, amount, code)."""
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


def button(name: str, *, primary: bool = False) -> QPushButton:
    widget = QPushButton()
    widget.setObjectName(name)
    widget.setAutoDefault(True)
    widget.setProperty("primary", primary)
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return widget


def set_text(widget: QWidget, text: str, description: str = "") -> None:
    """Set the visible text and the accessible name together, so they never disagree."""
    if isinstance(widget, QLabel | QPushButton):
        widget.setText(text)
    widget.setAccessibleName(text.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)


class ScreenView(QWidget):
    """A screen: scrolls when the text is large, retranslates on ``LanguageChange``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroller)
        body = QWidget()
        body.setObjectName("screen")
        row = QHBoxLayout(body)
        row.setContentsMargins(32, 24, 32, 32)
        self.column = QWidget()
        self.column.setMaximumWidth(CONTENT_WIDTH)
        self.content = QVBoxLayout(self.column)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(14)
        row.addWidget(self.column, 1, Qt.AlignmentFlag.AlignTop)
        row.addStretch(0)
        self.scroller.setWidget(body)

    def add(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.content.addWidget(widget)

    def refresh(self) -> None:
        """Read the open wallet again; screens that show wallet data override this."""

    def clear(self) -> None:
        """Drop everything shown from the wallet (on lock); override with ``refresh``."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible and accessible string again in the current language."""

    def first_focus(self) -> QWidget | None:
        """The widget that gets focus when the screen is shown."""
        return None


class ErrorSummary(QFrame):
    """ "There is a problem", listing each problem; choosing one moves focus to its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorSummary")
        self.setProperty("role", "error-summary")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self.title = label("h2", name="errorSummaryTitle")
        self._layout.addWidget(self.title)
        self._links: list[QLabel] = []
        self._messages: list[str] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()

    def show_problems(self, problems: Sequence[tuple[str, QWidget | None]]) -> None:
        """List ``problems`` as links and move focus here, as GOV.UK's summary does."""
        for old in self._links:
            discard(old)
        self._links = []
        self._messages = [message for message, _target in problems]
        self.title.setText(_("There is a problem"))
        for index, (message, target) in enumerate(problems):
            link = label("error-link", name="errorSummaryLink")
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setText(f'<a href="#{index}">{html.escape(message)}</a>')
            link.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            link.setAccessibleName(message)
            if target is not None:
                link.linkActivated.connect(lambda _href, t=target: t.setFocus())
            self._layout.addWidget(link)
            # Tab goes from the summary to its links, in order, not to the end of the screen.
            QWidget.setTabOrder(self._links[-1] if self._links else self, link)
            self._links.append(link)
        self.setAccessibleName(_("There is a problem"))
        self.setAccessibleDescription(" ".join(self._messages))
        self.setVisible(bool(problems))
        if problems:
            self.setFocus()
            _scroll_to(self)

    def clear(self) -> None:
        self.show_problems([])

    def messages(self) -> list[str]:
        return list(self._messages)


def _scroll_to(widget: QWidget) -> None:
    """Bring ``widget`` into view in the screen's scroll area (focus alone does not)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget)


class Field(QWidget):
    """A label above an input, with an optional hint and the error shown above the input."""

    def __init__(self, editor: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        editor.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        self.label = label(name=f"{name}Label")
        self.label.setProperty("role", "label")
        self.hint = label("secondary", name=f"{name}Hint")
        self.error = label("error", name=f"{name}Error")
        self.error.hide()
        for part in (self.label, self.hint, self.error, editor):
            layout.addWidget(part)
        self.hint.hide()
        focus_target = editor.focusProxy() or editor
        self.label.setBuddy(focus_target)

    def set_texts(self, text: str, hint: str = "") -> None:
        self.label.setText(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        target = self.editor.focusProxy() or self.editor
        target.setAccessibleName(text)
        target.setAccessibleDescription(hint)

    def set_error(self, message: str) -> None:
        """Show ``message`` beside the field ("Error: ..." so it is not colour alone)."""
        self.error.setText(_("Error: {message}").format(message=message) if message else "")
        self.error.setVisible(bool(message))
        target = self.editor.focusProxy() or self.editor
        hint = self.hint.text()
        target.setAccessibleDescription(f"{message} {hint}".strip() if message else hint)


class PassphraseInput(QWidget):
    """A passphrase box with a Show button and a Caps Lock warning; paste is allowed."""

    returnPressed = Signal()  # noqa: N815 - mirrors QLineEdit

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{name}Edit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.returnPressed.connect(self.returnPressed)
        self.edit.installEventFilter(self)
        self.toggle = QPushButton()
        self.toggle.setObjectName(f"{name}Show")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        layout.addLayout(row)
        self.caps = label("secondary", name=f"{name}Caps")
        self.caps.hide()
        layout.addWidget(self.caps)
        self.setFocusProxy(self.edit)
        self.retranslate_ui()

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)

    def _show(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Guess Caps Lock from letters: upper case without Shift, or lower case with it."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.caps.setVisible(text.isupper() != shift)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        shown = self.toggle.isChecked()
        set_text(self.toggle, _("Hide") if shown else _("Show"))
        self.toggle.setAccessibleDescription(_("Shows or hides the passphrase as you type it"))
        self.caps.setText(_("Caps Lock is on."))


class BusyLine(QWidget):
    """Long work in words with a moving bar, so nobody thinks the app has stopped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.words = label("busy", name="busyWords")
        self.bar = QProgressBar()
        self.bar.setObjectName("busyBar")
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(14)
        layout.addWidget(self.words)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, words: str) -> None:
        self.words.setText(words)
        self.bar.setAccessibleName(words)
        self.show()

    def stop(self) -> None:
        self.hide()


def card(name: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(8)
    return frame, layout


def button_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(12)
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    return row
