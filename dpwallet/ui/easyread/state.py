"""One app-wide "easy read is on" switch that any screen can follow.

Why a shared object: the easy read choice lives in ``Settings.easy_read`` but many screens,
written by different people, must follow it live (no restart). They connect to
:attr:`EasyReadState.changed` instead of to Settings, and ask :func:`easy_read_state` for
the text size too, so an easy read screen scales with the 200% setting.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication

from dpwallet.settings import Settings

__all__ = ["EasyReadState", "easy_read_state", "is_easy_read"]


class EasyReadState(QObject):
    """``changed(on)`` fires only when the value really changes; ``sizes_changed`` when
    the app's text size changes (Qt tells only the application, not each widget).
    """

    changed = Signal(bool)
    sizes_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on = False
        self._settings: Settings | None = None
        if isinstance(parent, QGuiApplication):
            # A signal, not an event filter: a Python filter on the app object would be
            # called during interpreter shutdown and crash PySide.
            parent.fontChanged.connect(self.sizes_changed)

    @property
    def on(self) -> bool:
        return self._on

    def set_on(self, on: bool) -> None:
        """Switch easy read; the settings object (if attached) is updated to match."""
        on = bool(on)
        if self._settings is not None:
            self._settings.easy_read = on
        if on != self._on:
            self._on = on
            self.changed.emit(on)

    def attach(self, settings: Settings) -> None:
        """Follow ``settings`` (its text size) and take its easy read choice now."""
        self._settings = settings
        self.set_on(settings.easy_read)

    def text_size_percent(self) -> int:
        """The person's text size (100 to 200); 100 when no settings are attached."""
        if self._settings is None:
            return 100
        return max(100, min(200, int(self._settings.text_size_percent)))


_state: EasyReadState | None = None


def easy_read_state() -> EasyReadState:
    """The one shared state object (made on first use).

    It belongs to the application object, so Qt deletes it with the app rather than
    Python at interpreter exit (a Qt object outliving its app crashes PySide's teardown).
    """
    global _state
    if _state is None:
        _state = EasyReadState(QCoreApplication.instance())
    return _state


def is_easy_read() -> bool:
    return easy_read_state().on
