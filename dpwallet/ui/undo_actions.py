"""Undo and Redo as two QActions over the wallet's undo stack (``services/undo.py``).

Why a bridge of our own and not QUndoStack: the commands live in the service layer (one
transaction each, with an audit entry), so Qt must not hold its own copy of them. The
actions only mirror the service stack: their texts name the action ("Undo: Add a payment
of £12.50 to Swim Club"), they are disabled when there is nothing to do, Ctrl+Z and
Ctrl+Y work from any screen, and every undo or redo is announced on the event bus so the
screens showing that data read it again. ux.md: undo is better than "Are you sure?".
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from dpwallet.domain.errors import DpwalletError
from dpwallet.i18n import _
from dpwallet.services.changes import Changes
from dpwallet.services.undo import UndoStack, stack_for
from dpwallet.services.wallet import Wallet
from dpwallet.ui.event_bus import bus
from dpwallet.ui.session import Session


class UndoActions(QObject):
    """The Undo and Redo actions for whichever wallet is open (or none).

    ``done(text)`` carries the sentence to show after an undo or redo ("Undone: ...");
    ``failed(text)`` the kind sentence when it could not be done.
    """

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self)
        self.redo_action.setObjectName("redoAction")
        # Ctrl+Y on every platform (ux.md), plus the platform's own redo keys.
        keys = [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        unique = list(dict.fromkeys(k.toString() for k in keys))
        self.redo_action.setShortcuts([QKeySequence(k) for k in unique])
        self.redo_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.redo_action.triggered.connect(self.redo)
        self._stack: UndoStack | None = None
        self._wallet: Wallet | None = None
        self.refresh()

    def set_wallet(self, wallet: Wallet | None) -> None:
        """Follow ``wallet``'s stack (None when the wallet is locked or closed)."""
        self._wallet = wallet
        self._stack = stack_for(wallet) if wallet is not None else None
        if self._stack is not None and not getattr(self._stack, "_dp_ui_listening", False):
            self._stack.on_change(self._stack_changed)
            self._stack._dp_ui_listening = True  # type: ignore[attr-defined]
        self.refresh()

    def follow(self, session: Session) -> None:
        """Track the session: its wallet's stack when opened, nothing once locked or closed."""
        session.opened.connect(lambda: self.set_wallet(session.wallet))
        session.closed.connect(lambda: self.set_wallet(None))
        self.set_wallet(session.wallet if session.is_open else None)

    def _stack_changed(self) -> None:
        with contextlib.suppress(RuntimeError):  # the actions were deleted with their window
            self.refresh()

    def stack(self) -> UndoStack | None:
        return self._stack

    def refresh(self) -> None:
        """Enable the actions and name what they would do, in the current language.

        Called on every stack change, by the menu just before it opens and by the Money
        screens on ``LanguageChange``, so the words are always current.
        """
        stack = self._stack
        if stack is not None and stack.can_undo():
            text = _("Undo: {what}").format(what=stack.undo_text())
        else:
            text = _("Undo")
        self.undo_action.setText(text)
        self.undo_action.setEnabled(stack is not None and stack.can_undo())
        if stack is not None and stack.can_redo():
            text = _("Redo: {what}").format(what=stack.redo_text())
        else:
            text = _("Redo")
        self.redo_action.setText(text)
        self.redo_action.setEnabled(stack is not None and stack.can_redo())

    def undo(self) -> Changes | None:
        return self._run(undo=True)

    def redo(self) -> Changes | None:
        return self._run(undo=False)

    def _run(self, *, undo: bool) -> Changes | None:
        stack = self._stack
        if stack is None or not (stack.can_undo() if undo else stack.can_redo()):
            return None
        try:
            changes = stack.undo() if undo else stack.redo()
        except DpwalletError as exc:
            self.failed.emit(str(exc))
            self.refresh()
            return None
        bus().announce(changes)
        self.refresh()
        self.done.emit(changes.text)
        return changes


_shared: UndoActions | None = None


def undo_actions() -> UndoActions:
    """The one pair of actions the menus and every Money screen share."""
    global _shared
    if _shared is None:
        _shared = UndoActions()
    return _shared
