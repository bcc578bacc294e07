"""Undo and redo over service commands, without Qt (the UI wraps this in a QUndoStack).

"Undo is better than 'Are you sure?'" (ux.md). Each recorded command keeps, for every
row it inserted, changed or deleted, the row as it was before and as it was after (read
back from the database, so the images are exact). Undo writes the before-images back,
redo the after-images; both are ordinary audited commands. Before writing, each row
must still look exactly as the command left it: if something else changed it since (a
statement import, a pay run), the undo is refused kindly and nothing is written.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, event, insert, inspect, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dpwallet.domain.errors import UsageError
from dpwallet.i18n import _
from dpwallet.models import Base
from dpwallet.services.changes import Changes
from dpwallet.services.wallet import Wallet

Row = Mapping[str, Any]
_NOT_RECORDED = frozenset({"audit_entry", "migration_log"})
MAX_ENTRIES = 100
MAX_BYTES = 64 * 1024 * 1024  # receipts are big; keep the stack within a sensible memory budget


class UndoConflict(UsageError):
    """The rows a command touched were changed since, so it cannot be undone or redone."""


@dataclass(frozen=True, slots=True)
class RowImage:
    table: str
    key: int
    before: Row | None
    after: Row | None


@dataclass(frozen=True, slots=True)
class UndoEntry:
    """One recorded command: its action, its sentence for the Edit menu, and its rows."""

    action: str
    text: str
    entities: frozenset[str]
    rows: tuple[RowImage, ...]

    def size(self) -> int:
        total = 0
        for row in self.rows:
            for image in (row.before, row.after):
                total += sum(len(v) for v in (image or {}).values() if isinstance(v, bytes))
        return total + 200 * len(self.rows)


def _table(obj: object) -> Table:
    table = inspect(obj).mapper.local_table
    assert isinstance(table, Table)
    return table


def _select_rows(session: Session, table: Table, keys: list[int]) -> dict[int, Row]:
    found: dict[int, Row] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        for row in session.execute(select(table).where(table.c.id.in_(chunk))):
            found[row.id] = dict(row._mapping)
    return found


class _Tracker:
    """Collects before-images on each flush and after-images at the end of the command."""

    def __init__(self) -> None:
        self.before: dict[tuple[str, int], Row | None] = {}

    def before_flush(self, session: Session, _ctx: object, _instances: object) -> None:
        wanted: dict[str, list[int]] = {}
        for obj in list(session.dirty) + list(session.deleted):
            table = _table(obj)
            ident = inspect(obj).identity
            if table.name in _NOT_RECORDED or not ident:
                continue
            if (table.name, ident[0]) not in self.before:
                wanted.setdefault(table.name, []).append(ident[0])
        for name, keys in wanted.items():
            rows = _select_rows(session, Base.metadata.tables[name], keys)
            for key in keys:
                self.before[(name, key)] = rows.get(key)

    def after_flush(self, session: Session, _ctx: object) -> None:
        for obj in session.new:
            table = _table(obj)
            if table.name not in _NOT_RECORDED:
                key = inspect(obj).mapper.primary_key_from_instance(obj)[0]
                self.before.setdefault((table.name, key), None)

    def images(self, session: Session) -> tuple[RowImage, ...]:
        by_table: dict[str, list[int]] = {}
        for name, key in self.before:
            by_table.setdefault(name, []).append(key)
        out = []
        for name, keys in by_table.items():
            now = _select_rows(session, Base.metadata.tables[name], keys)
            for key in keys:
                before, after = self.before[(name, key)], now.get(key)
                if before != after:
                    out.append(RowImage(name, key, before, after))
        return tuple(out)


class UndoStack:
    """The wallet's undo and redo lists. Listeners hear of every change (for the Edit menu)."""

    def __init__(self, wallet: Wallet) -> None:
        self._wallet = weakref.ref(wallet)
        self._undo: list[UndoEntry] = []
        self._redo: list[UndoEntry] = []
        self._listeners: list[Callable[[], None]] = []

    # ------------------------------------------------------------------ state
    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_text(self) -> str:
        return self._undo[-1].text if self._undo else ""

    def redo_text(self) -> str:
        return self._redo[-1].text if self._redo else ""

    def on_change(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._changed()

    def push(self, entry: UndoEntry) -> None:
        """A new command: it goes on top and anything that could be redone is forgotten."""
        self._undo.append(entry)
        self._redo.clear()
        while len(self._undo) > MAX_ENTRIES or (
            len(self._undo) > 1 and sum(e.size() for e in self._undo) > MAX_BYTES
        ):
            self._undo.pop(0)
        self._changed()

    # ------------------------------------------------------------ undo / redo
    def undo(self) -> Changes:
        if not self._undo:
            raise UsageError(_("There is nothing to undo."))
        entry = self._undo[-1]
        changes = self._apply(entry, "undo", backwards=True)
        self._redo.append(self._undo.pop())
        self._changed()
        return changes

    def redo(self) -> Changes:
        if not self._redo:
            raise UsageError(_("There is nothing to redo."))
        entry = self._redo[-1]
        changes = self._apply(entry, "redo", backwards=False)
        self._undo.append(self._redo.pop())
        self._changed()
        return changes

    def _apply(self, entry: UndoEntry, action: str, *, backwards: bool) -> Changes:
        wallet = self._wallet()
        if wallet is None:
            raise UsageError(_("This wallet is closed. Open it again to carry on."))
        try:
            with wallet.command(action, *sorted(entry.entities), detail=entry.action) as session:
                session.execute(text("PRAGMA defer_foreign_keys = ON"))
                _write_images(session, entry.rows, backwards=backwards)
        except IntegrityError as exc:
            raise _conflict(entry) from exc
        label = _("Undone: {what}") if backwards else _("Redone: {what}")
        return Changes(action, entry.entities, text=label.format(what=entry.text))


def _conflict(entry: UndoEntry) -> UndoConflict:
    return UndoConflict(
        _(
            "\u201c{what}\u201d cannot be undone or redone now, because those records were "
            "changed since (for example by a statement import). Nothing was changed."
        ).format(what=entry.text)
    )


def _write_images(session: Session, rows: tuple[RowImage, ...], *, backwards: bool) -> None:
    """Write each row's target image, checking it still holds the other one first."""
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    ordered = sorted(rows, key=lambda r: order.get(r.table, 0))
    for row in ordered:
        table = Base.metadata.tables[row.table]
        expect, target = (row.after, row.before) if backwards else (row.before, row.after)
        current = _select_rows(session, table, [row.key]).get(row.key)
        if current != expect:
            raise IntegrityError("undo", {}, Exception("row changed since"))
        if target is None:
            session.execute(delete(table).where(table.c.id == row.key))
        elif current is None:
            session.execute(insert(table).values(**target))
        else:
            session.execute(update(table).where(table.c.id == row.key).values(**target))


_stacks: weakref.WeakKeyDictionary[Wallet, UndoStack] = weakref.WeakKeyDictionary()


def stack_for(wallet: Wallet) -> UndoStack:
    """The undo stack of an open wallet (one per unlocked wallet, gone when it is)."""
    stack = _stacks.get(wallet)
    if stack is None:
        stack = _stacks[wallet] = UndoStack(wallet)
    return stack


@contextlib.contextmanager
def undoable(
    wallet: Wallet, action: str, label: str, *entities: str, detail: str = ""
) -> Iterator[Session]:
    """``wallet.command`` that also records how to reverse itself on the wallet's stack.

    ``label`` is the translated sentence for the Edit menu ("Add a payment to A2B Taxis").
    Use ORM objects inside (bulk ``update()`` statements would not be seen).
    """
    tracker = _Tracker()
    entry: UndoEntry | None = None
    with wallet.command(action, *entities, detail=detail) as session:
        event.listen(session, "before_flush", tracker.before_flush)
        event.listen(session, "after_flush", tracker.after_flush)
        yield session
        session.flush()
        entry = UndoEntry(action, label, frozenset(entities), tracker.images(session))
        event.remove(session, "before_flush", tracker.before_flush)
        event.remove(session, "after_flush", tracker.after_flush)
    if entry is not None and entry.rows:
        stack_for(wallet).push(entry)
