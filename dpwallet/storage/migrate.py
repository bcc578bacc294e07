"""Schema upgrades inside the app, all-or-nothing.

Sequence from shared/security.md §4.3: refuse a wallet from a newer app; back up
(verified) first; run every pending migration in one transaction; check integrity,
foreign keys and invariants (row counts, money totals) before commit; on any failure
roll back, keep the backup, and say so plainly.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from dpwallet import __version__
from dpwallet.domain.errors import MigrationFailed, WalletTooNew
from dpwallet.i18n import _

MIGRATIONS = Path(__file__).parent / "migrations"
log = logging.getLogger(__name__)

# Tables whose money must add up to the same pence before and after any upgrade.
MONEY_TOTALS = {"transaction": "amount", "account": "opening_balance"}


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def snapshot(conn: Connection) -> dict[str, int]:
    """Row counts per table and money totals: what an upgrade must not change."""
    facts: dict[str, int] = {}
    for table in inspect(conn).get_table_names():
        if table.startswith("alembic") or table == "migration_log":
            continue
        facts[f"rows:{table}"] = int(
            conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
        )
    for table, column in MONEY_TOTALS.items():
        if f"rows:{table}" in facts:
            total = conn.execute(text(f'SELECT coalesce(sum("{column}"), 0) FROM "{table}"'))
            facts[f"sum:{table}.{column}"] = int(total.scalar_one())
    return facts


def check_not_too_new(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise WalletTooNew(
            _(
                "This wallet was saved by a newer version of dpwallet. Install the newest "
                "dpwallet to open it. Nothing in the wallet has been changed."
            )
        )


def needs_upgrade(engine: Engine) -> bool:
    with engine.connect() as conn:
        revision = current_revision(conn)
    check_not_too_new(revision)
    return revision != head_revision()


def upgrade(
    engine: Engine,
    *,
    backup: Callable[[str, str], Path] | None = None,
    before_commit: Callable[[Connection], None] | None = None,
) -> str | None:
    """Bring the wallet to head. Returns the revision it came from (None if new).

    ``backup(from, to)`` is called first for an existing wallet and must return a
    verified backup. ``before_commit`` lets tests inject a failure at the last moment.
    """
    with engine.connect() as conn:
        start = current_revision(conn)
    check_not_too_new(start)
    head = head_revision()
    if start == head:
        return start
    backup_file = backup(start or "new", head) if (backup and start is not None) else None
    try:
        with engine.connect() as conn:
            # Batch mode rebuilds tables; foreign keys must be off outside the transaction
            # (the pragma is a no-op inside one) and are checked before commit instead.
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with conn.begin():
                    before = snapshot(conn) if start is not None else {}
                    command.upgrade(alembic_config(conn), "head")
                    _verify(conn, before)
                    _log(conn, start, head, backup_file)
                    if before_commit is not None:
                        before_commit(conn)
            finally:
                raw.execute("PRAGMA foreign_keys = ON")
    except Exception as exc:
        log.error(
            "Upgrade from %s to %s failed and was rolled back: %s", start, head, type(exc).__name__
        )
        raise MigrationFailed(
            _(
                "dpwallet could not upgrade this wallet, so it put everything back as it "
                "was. Your wallet is safe. A backup was kept in the wallet's backups folder."
            )
        ) from exc
    log.info("Upgraded wallet schema from %s to %s", start, head)
    return start


def _verify(conn: Connection, before: dict[str, Any]) -> None:
    problems = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if problems != ["ok"]:
        raise RuntimeError("integrity check failed after upgrade")
    if conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
        raise RuntimeError("foreign key check failed after upgrade")
    after = snapshot(conn)
    changed = {k: (v, after.get(k)) for k, v in before.items() if after.get(k) != v}
    if changed:
        raise RuntimeError(f"upgrade changed protected figures: {sorted(changed)}")
    leftovers = [t for t in inspect(conn).get_table_names() if t.startswith("_alembic_tmp")]
    if leftovers:
        raise RuntimeError("upgrade left temporary tables behind")


def _log(conn: Connection, start: str | None, head: str, backup_file: Path | None) -> None:
    conn.execute(
        text(
            "INSERT INTO migration_log (at, from_revision, to_revision, app_version, backup_file)"
            " VALUES (:at, :f, :t, :v, :b)"
        ),
        {
            "at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "f": start or "new",
            "t": head,
            "v": __version__,
            "b": backup_file.name if backup_file else "",
        },
    )
