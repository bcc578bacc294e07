"""What a command changed, so each view can decide whether to refresh (Anki's idea)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    action: str
    entities: frozenset[str] = field(default_factory=frozenset)

    def touches(self, *entities: str) -> bool:
        return bool(self.entities.intersection(entities))
