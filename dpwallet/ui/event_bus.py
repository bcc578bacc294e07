"""One app-wide signal: a service command changed the wallet (Anki's idea).

A view that runs a command emits ``bus().changes_applied`` with the ``Changes`` it got
back; every other view decides for itself whether that touches what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from dpwallet.services.changes import Changes


class EventBus(QObject):
    changes_applied = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        self.changes_applied.emit(changes)


_bus: EventBus | None = None


def bus() -> EventBus:
    global _bus
    if _bus is None:
        _bus = EventBus()
    return _bus
