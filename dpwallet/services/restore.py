"""Restoring a backup: verify it, keep a copy of the wallet as it is now, then swap.

The swap never leaves a half-written database: the restored copy is written beside
the live one under a temp name, fsynced, then put in place with one rename.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from dpwallet.domain.errors import DpwalletError, WrongSecret
from dpwallet.i18n import _
from dpwallet.security import recovery
from dpwallet.security.keys import dek_from_secret, load_header
from dpwallet.services.wallet import Wallet
from dpwallet.storage import atomic
from dpwallet.storage import backup as backups
from dpwallet.storage.wallet_files import WalletPaths, restrict


def bundle_key(bundle: Path, *, passphrase: str | None, recovery_code: str | None) -> bytes:
    """The database key for a bundle from the recovery code or the passphrase of its day."""
    header, _manifest = backups.read_bundle_header(bundle)
    if recovery_code:
        dek = dek_from_secret(recovery.decode(recovery_code))
        header.check(dek)
        return dek
    if passphrase is None:
        raise WrongSecret(_("Enter the passphrase the wallet had when this backup was made."))
    return header.unlock_with_passphrase(passphrase)


def restore(
    bundle: Path,
    wallet_path: str | Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
) -> Path | None:
    """Put ``bundle`` in place as the wallet at ``wallet_path``.

    Returns the safety backup taken of the wallet that was there (None if there was none).
    """
    dek = bundle_key(bundle, passphrase=passphrase, recovery_code=recovery_code)
    backups.verify_backup(bundle, dek)
    bundle_header, _manifest = backups.read_bundle_header(bundle)
    paths = WalletPaths.of(wallet_path)
    safety = None
    if paths.db.exists():
        safety = _safety_copy(paths, dek, passphrase)
    else:
        paths.make()
    staged = paths.folder / ".wallet.db.restoring"
    backups.extract_database(bundle, staged)
    for stale in (Path(f"{paths.db}-wal"), Path(f"{paths.db}-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.remove(stale)
    if not paths.header.exists() or _current_kcv(paths) != bundle_header.kcv:
        bundle_header.save(paths.header)
    os.replace(staged, paths.db)
    atomic.fsync_dir(paths.folder)
    restrict(paths.folder)
    Wallet.unlock_with_key(paths.folder, dek).lock()
    return safety


def _current_kcv(paths: WalletPaths) -> str | None:
    try:
        return load_header(paths.header).kcv
    except DpwalletError:
        return None


def _safety_copy(paths: WalletPaths, dek: bytes, passphrase: str | None) -> Path:
    """A verified backup of the wallet as it is, before anything is replaced."""
    paths.backups.mkdir(mode=0o700, exist_ok=True)
    for attempt in ("key", "passphrase"):
        try:
            if attempt == "key":
                wallet = Wallet.unlock_with_key(paths.folder, dek, upgrade=False)
            elif passphrase is not None:
                wallet = Wallet.unlock(paths.folder, passphrase=passphrase, upgrade=False)
            else:
                continue
        except DpwalletError:
            continue
        try:
            return wallet.backup(paths.backups, reason="pre-restore")
        finally:
            wallet.lock()
    raise DpwalletError(
        _(
            "dpwallet could not open the wallet that is there now, so it has not replaced "
            "it. Restore into a new wallet name instead."
        )
    )
