"""Opening, creating and locking a wallet; passphrases, recovery codes and this computer's key.

The composition of security (keys), storage (engine, migrations, backups) and the ORM.
Every command the person makes runs in one transaction through :meth:`Wallet.command`,
which also writes the audit trail.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from dpwallet.domain.clock import Clock, SystemClock
from dpwallet.domain.errors import DpwalletError, UsageError, WalletDamaged, WrongSecret
from dpwallet.i18n import _
from dpwallet.models import AuditEntry, WalletInfo
from dpwallet.security import keyring_store, recovery
from dpwallet.security.keys import (
    DEVICE_SLOT,
    KeyHeader,
    dek_from_secret,
    key_check_value,
    load_header,
)
from dpwallet.services import queries
from dpwallet.services.changes import Changes
from dpwallet.storage import backup as backups
from dpwallet.storage import engine as engines
from dpwallet.storage import migrate
from dpwallet.storage.wallet_files import WalletPaths, restrict

log = logging.getLogger(__name__)
MIN_PASSPHRASE = 8


def check_passphrase(passphrase: str) -> None:
    """Backups may sit on a USB stick, so the passphrase is the real brake on guessing."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(
            _(
                "Choose a passphrase of at least {count} characters. A few ordinary words "
                "make a good one, like \u201cblue kettle river garden\u201d."
            ).format(count=MIN_PASSPHRASE)
        )


@dataclass
class CreatedWallet:
    wallet: Wallet
    recovery_code: str


class Wallet:
    """An unlocked wallet. Call :meth:`lock` to drop the key and close the database."""

    def __init__(
        self,
        paths: WalletPaths,
        header: KeyHeader,
        dek: bytes,
        engine: Engine,
        clock: Clock,
    ) -> None:
        self.paths = paths
        self.header = header
        self._dek: bytearray | None = bytearray(dek)
        self.engine: Engine | None = engine
        self.clock = clock
        self.actor = ""
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # ------------------------------------------------------------------ create
    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        name: str,
        council: str = "",
        passphrase: str,
        remember: bool = False,
        is_demo: bool = False,
        clock: Clock | None = None,
    ) -> CreatedWallet:
        name = name.strip()
        if not name:
            raise UsageError(_("Enter the name of the person the direct payment is for."))
        check_passphrase(passphrase)
        paths = WalletPaths.of(path)
        if paths.folder.exists():
            raise UsageError(
                _("There is already a wallet at {path}. Choose another name or folder.").format(
                    path=paths.folder
                )
            )
        if not paths.folder.parent.is_dir():
            raise UsageError(
                _("The folder {path} does not exist. Choose a folder that does.").format(
                    path=paths.folder.parent
                )
            )
        secret = recovery.new_secret()
        dek = dek_from_secret(secret)
        paths.make()
        try:
            header = KeyHeader.new(dek)
            header.set_passphrase(passphrase, dek)
            header.schema = migrate.head_revision()
            header.save(paths.header)
            engine = engines.make_engine(paths.db, dek, create=True)
            migrate.upgrade(engine)
            wallet = cls(paths, header, dek, engine, clock or SystemClock())
            if remember and not is_demo:
                wallet.set_remember(True)
            with wallet.command("create wallet", "wallet") as session:
                session.add(
                    WalletInfo(
                        name=name,
                        council=council.strip(),
                        is_demo=is_demo,
                        created_at=wallet.clock.now(),
                    )
                )
            restrict(paths.folder)
        except BaseException:
            shutil.rmtree(paths.folder, ignore_errors=True)
            raise
        return CreatedWallet(wallet, recovery.encode(secret))

    # ------------------------------------------------------------------ unlock
    @classmethod
    def unlock(
        cls,
        path: str | Path,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        use_this_computer: bool = True,
        clock: Clock | None = None,
        upgrade: bool = True,
    ) -> Wallet:
        paths = WalletPaths.of(path)
        if not paths.db.exists():
            raise UsageError(_("There is no wallet at {path}.").format(path=paths.folder))
        if recovery_code is not None:
            dek = dek_from_secret(recovery.decode(recovery_code))
            header = _header_for(paths, dek)
        else:
            header = load_header(paths.header)
            dek = _dek_from_header(header, passphrase, use_this_computer)
        engine, dek = _open_engine(paths, header, dek, passphrase)
        wallet = cls(paths, header, dek, engine, clock or SystemClock())
        if upgrade:
            wallet.upgrade_if_needed()
        return wallet

    @classmethod
    def unlock_with_key(
        cls, path: str | Path, dek: bytes, *, upgrade: bool = True, clock: Clock | None = None
    ) -> Wallet:
        """Open with a database key already proven (a verified backup's, during restore)."""
        paths = WalletPaths.of(path)
        header = load_header(paths.header)
        header.check(dek)
        engine, key = _open_engine(paths, header, dek)
        wallet = cls(paths, header, key, engine, clock or SystemClock())
        if upgrade:
            wallet.upgrade_if_needed()
        return wallet

    @staticmethod
    def remembered_on_this_computer(path: str | Path) -> bool:
        """True when this computer's keyring can open the wallet without a passphrase."""
        paths = WalletPaths.of(path)
        try:
            header = load_header(paths.header)
        except DpwalletError:
            return False
        if header.slot(DEVICE_SLOT) is None:
            return False
        return keyring_store.recall(header.wallet_id) is not None

    def upgrade_if_needed(self) -> str | None:
        engine = self._engine()
        if not migrate.needs_upgrade(engine):
            return None
        start = migrate.upgrade(engine, backup=self._pre_upgrade_backup)
        self.header.schema = migrate.head_revision()
        self.header.save(self.paths.header)
        return start

    def _pre_upgrade_backup(self, start: str, head: str) -> Path:
        self.paths.backups.mkdir(mode=0o700, exist_ok=True)
        return self.backup(self.paths.backups, reason=f"pre-upgrade-{start}-to-{head}")

    # ----------------------------------------------------------- transactions
    def _engine(self) -> Engine:
        if self.engine is None:
            raise DpwalletError(_("This wallet is locked. Unlock it to carry on."))
        return self.engine

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        self._engine()
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def command(self, action: str, *entities: str, detail: str = "") -> Iterator[Session]:
        """One user action: one transaction, one audit entry, committed or not at all."""
        self._engine()
        with self._sessions() as session, session.begin():
            yield session
            session.add(
                AuditEntry(
                    at=self.clock.now(),
                    actor=self.actor,
                    action=action,
                    entity=",".join(entities),
                    detail=detail,
                )
            )
        self.last_changes = Changes(action, frozenset(entities))

    def summary(self) -> queries.WalletSummary:
        with self.read() as session:
            return queries.wallet_summary(session, migrate_revision=self.header.schema)

    def name(self) -> str:
        with self.read() as session:
            info = session.scalars(select(WalletInfo)).first()
            return info.name if info else self.paths.display_name

    def audit_count(self) -> int:
        with self.read() as session:
            return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)

    # ------------------------------------------------------- keys and secrets
    def _key(self) -> bytes:
        if self._dek is None:
            raise DpwalletError(_("This wallet is locked. Unlock it to carry on."))
        return bytes(self._dek)

    def change_passphrase(self, new_passphrase: str, *, current: str | None = None) -> None:
        """Rewrites only the key header, atomically; the database bytes stay as they are.

        ``current`` proves the person at the keyboard knows the passphrase now (the app
        asks for it; the CLI has just used it to unlock).
        """
        if current is not None:
            self.header.unlock_with_passphrase(current)
        check_passphrase(new_passphrase)
        self.header.set_passphrase(new_passphrase, self._key())
        self.header.save(self.paths.header)

    def set_remember(self, remember: bool) -> bool:
        """Turn "Remember on this computer" on or off. False if the keyring is unusable."""
        if not remember:
            keyring_store.forget(self.header.wallet_id)
            self.header.drop_slot(DEVICE_SLOT)
            self.header.save(self.paths.header)
            return True
        if not keyring_store.available():
            return False
        device_key = keyring_store.remember(self.header.wallet_id)
        if device_key is None:
            return False
        self.header.set_device_key(device_key, self._key())
        self.header.save(self.paths.header)
        return True

    def new_recovery_code(self, passphrase: str) -> str:
        """A fresh recovery secret: PRAGMA rekey, then the header; the old sheet stops working.

        The new slots are written as ``pending`` first, so a crash between the rekey and the
        header leaves a header that still opens the database.
        """
        self.header.unlock_with_passphrase(passphrase)  # confirms the person knows it
        secret = recovery.new_secret()
        new_dek = dek_from_secret(secret)
        staged = KeyHeader(self.header.wallet_id, key_check_value(new_dek), self.header.created)
        staged.set_passphrase(passphrase, new_dek)
        self.header.pending = staged.to_dict()
        self.header.save(self.paths.header)
        engine = self._engine()
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute(f"PRAGMA rekey = \"x'{new_dek.hex()}'\"")
        engines.dispose(engine)
        keyring_store.forget(self.header.wallet_id)
        staged.schema = self.header.schema
        self.header = staged
        self.header.save(self.paths.header)
        self.engine = engines.make_engine(self.paths.db, new_dek)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._dek = bytearray(new_dek)
        return recovery.encode(secret)

    # ---------------------------------------------------------------- backups
    def backup(self, dest_dir: Path, *, reason: str = "manual") -> Path:
        label = self.paths.display_name if reason == "manual" else ""
        return backups.write_backup(
            self._engine(),
            self.header,
            self._key(),
            Path(dest_dir),
            reason=reason,
            label=label,
            clock=self.clock,
        )

    def daily_backup_if_changed(self) -> Path | None:
        """On first unlock of a day: a backup when anything changed since the newest one."""
        self.paths.backups.mkdir(mode=0o700, exist_ok=True)
        existing = backups.list_backups(self.paths.backups)
        today = self.clock.now().date()
        if any(b.reason == "daily" and b.created.date() == today for b in existing):
            return None
        with self._engine().connect() as conn:
            facts = backups.current_facts(conn.connection.driver_connection)
        if existing:
            try:
                newest = backups.unseal_facts(self._key(), existing[-1].manifest["sealed_facts"])
            except (KeyError, ValueError, InvalidTag):
                newest = {}
            if newest.get("counts") == facts["counts"] and newest.get("totals") == facts["totals"]:
                return None
        path = self.backup(self.paths.backups, reason="daily")
        backups.prune(self.paths.backups, self.clock.now())
        return path

    def check(self) -> list[str]:
        with self._engine().connect() as conn:
            raw = conn.connection.driver_connection
            return engines.integrity_problems(raw)

    # ------------------------------------------------------------------- lock
    def lock(self) -> None:
        """Close every connection and drop the key from memory (as far as Python allows)."""
        if self.engine is not None:
            engines.dispose(self.engine)
            self.engine = None
        if self._dek is not None:
            for i in range(len(self._dek)):
                self._dek[i] = 0
            self._dek = None

    close = lock

    @property
    def is_locked(self) -> bool:
        return self.engine is None


def reset_passphrase(path: str | Path, recovery_code: str, new_passphrase: str) -> None:
    """Forgotten passphrase: the recovery code proves ownership and a new header is written."""
    check_passphrase(new_passphrase)
    paths = WalletPaths.of(path)
    dek = dek_from_secret(recovery.decode(recovery_code))
    header = _header_for(paths, dek)
    engine, dek = _open_engine(paths, header, dek)
    engines.dispose(engine)
    header.set_passphrase(new_passphrase, dek)
    header.pending = None
    header.save(paths.header)


def _dek_from_header(header: KeyHeader, passphrase: str | None, use_device: bool) -> bytes:
    if use_device and header.slot(DEVICE_SLOT) is not None:
        device_key = keyring_store.recall(header.wallet_id)
        if device_key is not None:
            with contextlib.suppress(WrongSecret):
                return header.unlock_with_device_key(device_key)
    if passphrase is None:
        raise WrongSecret(_("Enter your passphrase to open this wallet."))
    return header.unlock_with_passphrase(passphrase)


def _header_for(paths: WalletPaths, dek: bytes) -> KeyHeader:
    """The header to keep using after a recovery-code unlock, or a new one if it was lost."""
    try:
        header = load_header(paths.header)
    except WalletDamaged:
        header = KeyHeader.new(dek)
        header.schema = ""
        return header
    if header.kcv != key_check_value(dek):
        pending = header.pending
        if pending and pending.get("kcv") == key_check_value(dek):
            return KeyHeader.from_dict(pending)
        raise WrongSecret(
            _("That recovery code belongs to a different wallet, or to an older recovery sheet.")
        )
    return header


def _open_engine(
    paths: WalletPaths, header: KeyHeader, dek: bytes, passphrase: str | None = None
) -> tuple[Engine, bytes]:
    """Open the database; a key the header vouches for but the file refuses means damage.

    A rekey interrupted by a crash leaves ``pending`` slots: the passphrase opens those too.
    """
    candidates = [dek]
    if header.pending and passphrase is not None:
        with contextlib.suppress(DpwalletError, ValueError, KeyError):
            pending = KeyHeader.from_dict(header.pending)
            candidates.append(pending.unlock_with_passphrase(passphrase))
    for candidate in candidates:
        engine = engines.make_engine(paths.db, candidate)
        try:
            with engine.connect():
                pass
        except WrongSecret:
            engines.dispose(engine)
            continue
        return engine, candidate
    raise WalletDamaged(
        _(
            "Your key is right, but the wallet's database is damaged. Your wallet has been "
            "left as it is. Restore your newest backup from Settings, or ask for help."
        )
    )
