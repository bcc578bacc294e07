"""Self-contained encrypted backup bundles (``.dpbackup``) and their verification.

A bundle is a ZIP of stored entries: ``wallet.db`` (copied with SQLite's online backup
API from the live connection, still encrypted under the same key), ``keys.json`` (so
the passphrase of the day or the recovery code opens it) and ``manifest.json`` (counts
and control totals, no personal data). Written atomically and verified after writing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine

from dpwallet import __version__
from dpwallet.domain.clock import Clock, SystemClock
from dpwallet.domain.errors import BadInputFile, DpwalletError, WrongSecret
from dpwallet.i18n import _
from dpwallet.security.keys import KeyHeader, key_check_value
from dpwallet.storage import atomic
from dpwallet.storage import engine as engines

SUFFIX = ".dpbackup"
FORMAT = "dpwallet-backup/1"
_NAME = re.compile(r"(\d{4}-\d{2}-\d{2}T\d{6})(?:_\d+)?-(?P<reason>[a-z0-9-]+)\.dpbackup$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    manifest: dict[str, Any]


def current_facts(conn: Any) -> dict[str, Any]:
    """Counts per table and money control totals, read from a raw connection."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    counts = {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    totals: dict[str, int] = {}
    if "transaction" in counts:
        totals["transaction.amount"] = int(
            conn.execute('SELECT coalesce(sum(amount), 0) FROM "transaction"').fetchone()[0]
        )
    revision = None
    if "alembic_version" in counts:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return {"counts": counts, "totals": totals, "schema": revision}


def seal_facts(dek: bytes, facts: dict[str, Any]) -> str:
    nonce = secrets.token_bytes(12)
    data = json.dumps(facts, sort_keys=True).encode()
    return (nonce + AESGCM(dek).encrypt(nonce, data, b"dpwallet-backup-facts")).hex()


def unseal_facts(dek: bytes, sealed: str) -> dict[str, Any]:
    raw = bytes.fromhex(sealed)
    data = AESGCM(dek).decrypt(raw[:12], raw[12:], b"dpwallet-backup-facts")
    return dict(json.loads(data))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_backup(
    engine: Engine,
    header: KeyHeader,
    dek: bytes,
    dest_dir: Path,
    *,
    reason: str = "manual",
    label: str = "",
    clock: Clock | None = None,
) -> Path:
    """Write and verify a bundle in ``dest_dir``; returns its path."""
    if not dest_dir.is_dir():
        raise DpwalletError(
            _("The folder {path} does not exist. Choose another folder for the backup.").format(
                path=dest_dir
            )
        )
    now = (clock or SystemClock()).now()
    stamp = now.strftime("%Y-%m-%dT%H%M%S")
    prefix = f"{label}-" if label else ""
    final = dest_dir / f"{prefix}{stamp}-{reason}{SUFFIX}"
    counter = 1
    while final.exists():  # two backups in one second must never overwrite each other
        counter += 1
        final = dest_dir / f"{prefix}{stamp}_{counter}-{reason}{SUFFIX}"
    with tempfile.TemporaryDirectory(dir=dest_dir, prefix=".dpbackup-") as work:
        copy = Path(work) / "wallet.db"
        with engine.connect() as conn:
            source = conn.connection.driver_connection
            assert source is not None
            target = engines.connect(copy, dek, create=True)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
                facts = current_facts(target)
            finally:
                target.close()
        manifest = {
            "format": FORMAT,
            "app_version": __version__,
            "wallet_id": header.wallet_id,
            "kcv": header.kcv,
            "created": now.isoformat(),
            "reason": reason,
            "sha256": _sha256(copy),
            "schema": facts["schema"],
            # Counts per table would name the tables: sealed under the wallet's key.
            "sealed_facts": seal_facts(dek, facts),
        }
        data = _zip_bytes(copy, header, manifest)
    atomic.write_bytes(final, data)
    verify_backup(final, dek)
    return final


def _zip_bytes(db: Path, header: KeyHeader, manifest: dict[str, Any]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as bundle:
        bundle.write(db, "wallet.db")
        bundle.writestr("keys.json", json.dumps(header.to_dict(), indent=1, sort_keys=True))
        bundle.writestr("manifest.json", json.dumps(manifest, indent=1, sort_keys=True))
    return buffer.getvalue()


def read_bundle_header(bundle_path: Path) -> tuple[KeyHeader, dict[str, Any]]:
    try:
        with zipfile.ZipFile(bundle_path) as bundle:
            header = KeyHeader.from_dict(json.loads(bundle.read("keys.json")))
            manifest = json.loads(bundle.read("manifest.json"))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BadInputFile(
            _(
                "{name} is not a dpwallet backup, or it is damaged. Choose another backup file."
            ).format(name=bundle_path.name)
        ) from exc
    if manifest.get("format") != FORMAT:
        raise BadInputFile(
            _("{name} is not a dpwallet backup. Choose a file ending in .dpbackup.").format(
                name=bundle_path.name
            )
        )
    return header, manifest


def verify_backup(bundle_path: Path, dek: bytes) -> dict[str, Any]:
    """Full check: ZIP CRCs, checksum, key, SQLCipher and SQLite integrity, counts."""
    header, manifest = read_bundle_header(bundle_path)
    damaged = BadInputFile(
        _("The backup {name} is damaged and cannot be used. Choose an older backup.").format(
            name=bundle_path.name
        )
    )
    if key_check_value(dek) != manifest.get("kcv"):
        raise WrongSecret(_("That key does not open this backup."))
    with tempfile.TemporaryDirectory(dir=bundle_path.parent, prefix=".dpverify-") as work:
        try:
            with zipfile.ZipFile(bundle_path) as bundle:
                if bundle.testzip() is not None:
                    raise damaged
                bundle.extract("wallet.db", work)
        except (zipfile.BadZipFile, OSError) as exc:
            raise damaged from exc
        copy = Path(work) / "wallet.db"
        if _sha256(copy) != manifest.get("sha256"):
            raise damaged
        try:
            conn = engines.connect(copy, dek)
        except WrongSecret as exc:
            raise damaged from exc
        try:
            if engines.integrity_problems(conn):
                raise damaged
            facts = current_facts(conn)
        except sqlcipher3.DatabaseError as exc:
            raise damaged from exc
        finally:
            conn.close()
    try:
        sealed = unseal_facts(dek, str(manifest.get("sealed_facts", "")))
    except (InvalidTag, ValueError) as exc:
        raise damaged from exc
    if facts["counts"] != sealed["counts"] or facts["totals"] != sealed["totals"]:
        raise damaged
    if header.kcv != manifest.get("kcv"):
        raise damaged
    return manifest


def extract_database(bundle_path: Path, dest: Path) -> None:
    """Copy the bundle's database to ``dest`` (durably, via a temp name)."""
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".dprestore-") as work:
        with zipfile.ZipFile(bundle_path) as bundle:
            bundle.extract("wallet.db", work)
        atomic.copy_durably(Path(work) / "wallet.db", dest)


def list_backups(folder: Path) -> list[BackupInfo]:
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{SUFFIX}"):
        match = _NAME.search(path.name)
        if not match:
            continue
        created = dt.datetime.strptime(match.group(1), "%Y-%m-%dT%H%M%S").replace(tzinfo=dt.UTC)
        try:
            _header, manifest = read_bundle_header(path)
        except BadInputFile:
            continue
        found.append(BackupInfo(path, created, match.group("reason"), manifest))
    return sorted(found, key=lambda b: b.created)


def to_prune(backups: list[BackupInfo], now: dt.datetime) -> list[BackupInfo]:
    """Grandfather-father-son: 7 daily, 4 weekly, 12 monthly; safety copies for 12 months.

    Manual backups are the person's own and are never removed.
    """
    keep: set[Path] = set()
    daily: dict[object, BackupInfo] = {}
    weekly: dict[object, BackupInfo] = {}
    monthly: dict[object, BackupInfo] = {}
    for info in sorted(backups, key=lambda b: b.created, reverse=True):
        if info.reason == "manual":
            keep.add(info.path)
            continue
        if info.reason != "daily":
            if now - info.created <= dt.timedelta(days=366):
                keep.add(info.path)
            continue
        daily.setdefault(info.created.date(), info)
        weekly.setdefault(info.created.isocalendar()[:2], info)
        monthly.setdefault((info.created.year, info.created.month), info)
    for group, count in ((daily, 7), (weekly, 4), (monthly, 12)):
        for info in list(group.values())[:count]:
            keep.add(info.path)
    return [b for b in backups if b.path not in keep]


def prune(folder: Path, now: dt.datetime) -> int:
    removed = 0
    for info in to_prune(list_backups(folder), now):
        with contextlib.suppress(OSError):
            os.remove(info.path)
            removed += 1
    return removed
