"""Lock the wallet when nobody has used the app for a while, always with a warning first.

security.md 3.5 and WCAG 2.2.1: an app-wide event filter restarts one single-shot timer
on every key, click, wheel or mouse move; a minute before locking a dialog asks "Stay
unlocked?" and one press gives the full time again. Zero minutes means never.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from dpwallet.i18n import _, ngettext
from dpwallet.ui.dialog_frame import FittedDialog
from dpwallet.ui.widgets import button, label

WARNING_MS = 60_000
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class StayUnlockedDialog(FittedDialog):
    """ "Locking in 60 seconds. Stay unlocked?" with our own button words."""

    def __init__(self, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=400)
        self.setObjectName("stayUnlockedDialog")
        self.setWindowTitle(_("Still there?"))
        self.words = label("h2", name="lockWarning")
        self.words.setText(
            ngettext(
                "Locking in {n} second. Stay unlocked?",
                "Locking in {n} seconds. Stay unlocked?",
                seconds,
            ).format(n=seconds)
        )
        self.stay = button("stayUnlockedButton", primary=True)
        self.stay.setText(_("Stay unlocked"))
        self.stay.setAccessibleName(_("Stay unlocked"))
        self.stay.setDefault(True)
        self.stay.clicked.connect(self.accept)
        self.lock_now = button("lockNowButton")
        self.lock_now.setText(_("Lock now"))
        self.lock_now.setAccessibleName(_("Lock now"))
        self.lock_now.clicked.connect(self.reject)
        self.add(self.words)
        self.set_buttons(self.stay, self.lock_now)
        self.setAccessibleName(self.words.text())


class AutoLock(QObject):
    """Emits ``lock_now`` after ``minutes`` idle, having warned ``warning_ms`` before."""

    lock_now = Signal()

    def __init__(self, window: QWidget, warning_ms: int = WARNING_MS) -> None:
        super().__init__(window)
        self.window = window
        self.warning_ms = warning_ms
        self.total_ms = 0
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._warn)
        self.final = QTimer(self)
        self.final.setSingleShot(True)
        self.final.timeout.connect(self._lock)
        self.dialog: StayUnlockedDialog | None = None
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def configure(self, minutes: int, *, total_ms: int | None = None) -> None:
        """Set the idle time; ``total_ms`` lets tests use a short one."""
        self.total_ms = total_ms if total_ms is not None else minutes * 60_000
        if self.active:
            self.restart()

    def start(self) -> None:
        self.active = True
        self.restart()

    def stop(self) -> None:
        self.active = False
        self.idle.stop()
        self.final.stop()
        self._close_dialog()

    def restart(self) -> None:
        self.idle.stop()
        self.final.stop()
        if not self.active or self.total_ms <= 0:
            return
        warning = min(self.warning_ms, self.total_ms // 2)
        self.idle.start(self.total_ms - warning)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Any use of the app counts, except while the warning waits for an answer."""
        if self.active and self.dialog is None and event.type() in _ACTIVITY:
            self.idle.start()
        return False

    def _warn(self) -> None:
        warning = min(self.warning_ms, self.total_ms // 2)
        self.dialog = StayUnlockedDialog(max(1, round(warning / 1000)), self.window)
        self.dialog.accepted.connect(self._stay)
        self.dialog.rejected.connect(self._lock)
        self.final.start(warning)
        self.dialog.open()

    def _stay(self) -> None:
        self._close_dialog()
        self.restart()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.close()
            dialog.deleteLater()

    def _lock(self) -> None:
        self.stop()
        self.lock_now.emit()
