"""What a command changed, so each view can decide whether to refresh (Anki's idea)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """A command's summary: its action, the kinds of thing it touched, and for the screens
    the ids it made or changed and a short sentence saying what happened (already
    translated; the UI may show it in a status line or read it out)."""

    action: str
    entities: frozenset[str] = field(default_factory=frozenset)
    ids: tuple[int, ...] = ()
    text: str = ""
    undoable: bool = False

    def touches(self, *entities: str) -> bool:
        return bool(self.entities.intersection(entities))
