"""The SQLCipher connection and the SQLAlchemy engine over it.

Wiring measured in shared/security.md: ``sqlite+pysqlite`` with ``module=sqlcipher3`` and
a ``creator`` that keys the connection first (the pysqlcipher dialect with ``creator``
sends an empty key and fails). The key never enters a URL, a config file or a log.
Transactions use SQLAlchemy's pysqlite recipe (driver autocommit off, our own BEGIN),
so DDL is transactional and a failed migration leaves nothing behind.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from dpwallet.domain.errors import WalletDamaged, WrongSecret
from dpwallet.i18n import _

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_size_limit = 8388608",
    "PRAGMA busy_timeout = 5000",
)


def _key_pragma(dek: bytes | bytearray) -> str:
    return f"PRAGMA key = \"x'{bytes(dek).hex()}'\""


def connect(path: Path, dek: bytes | bytearray, *, create: bool = False) -> Any:
    """A keyed sqlcipher3 connection with dpwallet's pragmas, or a specific error.

    ``create`` allows a new, empty file; otherwise the file must already exist, so a
    typo in a path never silently makes an empty wallet.
    """
    if not create and not path.exists():
        raise WalletDamaged(_("The wallet's database file is missing."))
    if create and not path.exists():
        # SQLite gives the -wal and -shm files the database file's mode: make it owner-only.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(_key_pragma(dek))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise WrongSecret(
            _("The key did not open this wallet's database. Try your recovery code.")
        ) from exc
    for pragma in PRAGMAS:
        conn.execute(pragma)
    if sys.platform == "darwin":
        conn.execute("PRAGMA fullfsync = ON")
    return conn


def make_engine(path: Path, dek: bytes | bytearray, *, create: bool = False) -> Engine:
    """An engine whose every connection is keyed by ``dek`` before use."""
    key = bytearray(dek)

    def creator() -> Any:
        return connect(path, key, create=create)

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=2,
        hide_parameters=True,
    )
    _use_real_transactions(engine)
    engine.info_key = key  # type: ignore[attr-defined]
    return engine


def _use_real_transactions(engine: Engine) -> None:
    begin_immediate: Callable[[Any], None] = lambda conn: conn.exec_driver_sql(  # noqa: E731
        "BEGIN IMMEDIATE"
    )
    event.listen(engine, "begin", begin_immediate)


def dispose(engine: Engine) -> None:
    """Close every connection and overwrite the key bytes we hold (best effort in Python)."""
    engine.dispose()
    key = getattr(engine, "info_key", None)
    if isinstance(key, bytearray):
        for i in range(len(key)):
            key[i] = 0


def integrity_problems(conn: Any) -> list[str]:
    """Empty when both SQLCipher's HMAC check and SQLite's integrity check pass."""
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        problems.extend(result)
    problems.extend(str(row) for row in conn.execute("PRAGMA foreign_key_check").fetchall())
    return problems
