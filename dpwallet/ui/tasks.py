"""Long work (Argon2, opening a wallet, the demo, backups) off the GUI thread.

The window must never freeze (ux.md): a person using a screen reader hears nothing from a
frozen window and may think the app has crashed. Every slow call goes through
:func:`run_task`, which runs it on Qt's thread pool and delivers the result (or a kind
sentence for the person) back on the GUI thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from dpwallet.domain.errors import DpwalletError
from dpwallet.i18n import _

log = logging.getLogger(__name__)

_running: set[Task] = set()  # keeps each task's relay alive until it reports back


def kind_message(exc: BaseException, where: str = "") -> str:
    """The sentence to show for ``exc``: its own for our errors, a kind generic one otherwise.

    Unexpected errors go to the log as the exception type and the code lines only. The
    message itself is left out because it could carry a name or a path.
    """
    if isinstance(exc, DpwalletError):
        return str(exc)
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("Unexpected %s %s\n%s", type(exc).__name__, where, frames)
    return _(
        "Something went wrong that dpwallet did not expect. Nothing has been changed. "
        "Please try again. If it happens again, ask for help."
    )


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QObject):
    """One piece of work in flight. Lives on the GUI thread; its slots run there."""

    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        where: str,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._where = where
        self.finished = False
        self.signals = _Signals()
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self._work = work

    def run(self) -> None:
        """On a pool thread: do the work and report back through the signals."""
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)

    @Slot(object)
    def _done(self, result: object) -> None:
        self.finished = True
        _running.discard(self)
        self._on_done(result)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self.finished = True
        _running.discard(self)
        message = kind_message(exc, self._where) if isinstance(exc, BaseException) else str(exc)
        self._on_error(message)


def run_task(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    *,
    where: str = "",
) -> Task:
    """Run ``work()`` on the thread pool; call ``on_done(result)`` or ``on_error(sentence)``.

    ``where`` names the action for the log (never personal data).
    """
    task = Task(work, on_done, on_error, where)
    _running.add(task)
    QThreadPool.globalInstance().start(task.run)
    return task


def busy() -> bool:
    """True while any task has not reported back (tests wait on this)."""
    return bool(_running)
