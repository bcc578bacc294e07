"""What the app has open right now: one wallet (or the demo), its path and the settings.

Screens ask the session, never each other, so locking in one place (the menu, auto-lock,
Ctrl+L) drops the key for every screen at once. The slow service calls are plain
functions here so :mod:`dpwallet.ui.tasks` can run them off the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from dpwallet.domain.errors import DpwalletError
from dpwallet.services.demo import DemoWallet, open_demo
from dpwallet.services.wallet import CreatedWallet, Wallet
from dpwallet.settings import Settings

log = logging.getLogger(__name__)
WALLET_SUFFIX = ".dpwallet"


def file_stem(name: str) -> str:
    """A folder name from the person's name. Wallet.create adds ``.dpwallet``.

    Only path tricks are removed here; the service checks the rest.
    """
    cleaned = re.sub(r"[\\/:*?\"<>|\x00-\x1f\u202a-\u202e\u2066-\u2069]", " ", name)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:80] or "My wallet"


def wallet_path_for(folder: Path, name: str) -> Path:
    return folder / (file_stem(name) + WALLET_SUFFIX)


def looks_like_wallet(folder: Path) -> bool:
    """A wallet is a folder named NAME.dpwallet; the service says if it really opens."""
    return folder.name.endswith(WALLET_SUFFIX) and folder.is_dir()


def wallet_title(folder: Path) -> str:
    return (
        folder.name[: -len(WALLET_SUFFIX)] if folder.name.endswith(WALLET_SUFFIX) else folder.name
    )


class Session(QObject):
    """The open wallet. ``opened`` and ``closed`` tell the window to switch screens."""

    opened = Signal()
    closed = Signal()

    def __init__(self, settings: Settings, demo_factory: Callable[[], DemoWallet] = open_demo):
        super().__init__()
        self.settings = settings
        self.wallet: Wallet | None = None
        self.demo: DemoWallet | None = None
        self.path: Path | None = None
        self.demo_factory = demo_factory

    @property
    def is_demo(self) -> bool:
        return self.demo is not None

    @property
    def is_open(self) -> bool:
        return self.wallet is not None and not self.wallet.is_locked

    def open_wallet(self, wallet: Wallet, path: Path | None) -> None:
        """Take over an unlocked wallet and remember its path (never for the demo)."""
        self.close()
        self.wallet = wallet
        self.path = path
        with contextlib.suppress(DpwalletError, OSError):
            wallet.actor = wallet.name()
        if path is not None:
            self.settings.remember_wallet(path)
            with contextlib.suppress(OSError):
                self.settings.save()
        self.opened.emit()

    def open_demo_wallet(self, demo: DemoWallet) -> None:
        self.close()
        self.demo = demo
        self.wallet = demo.wallet
        self.path = None
        self.opened.emit()

    def close(self) -> None:
        """Lock the wallet (drop the key) or delete the demo. Safe to call twice."""
        was_open = self.wallet is not None
        if self.demo is not None:
            try:
                self.demo.close()
            except OSError:
                log.warning("The demo folder could not be removed")
            self.demo = None
        elif self.wallet is not None:
            self.wallet.lock()
        self.wallet = None
        if was_open:
            self.closed.emit()


# ------------------------------------------------------ work for the thread pool
def create_work(
    folder: Path, name: str, council: str, passphrase: str, remember: bool
) -> Callable[[], tuple[CreatedWallet, Path]]:
    def work() -> tuple[CreatedWallet, Path]:
        path = wallet_path_for(folder, name)
        return Wallet.create(
            path, name=name, council=council, passphrase=passphrase, remember=remember
        ), path

    return work


def unlock_work(
    path: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    use_this_computer: bool = False,
) -> Callable[[], Wallet]:
    def work() -> Wallet:
        wallet = Wallet.unlock(
            path,
            passphrase=passphrase,
            recovery_code=recovery_code,
            use_this_computer=use_this_computer,
        )
        # The first unlock of a day keeps a backup if anything changed since the last one.
        # A full disk must not stop the person opening their wallet, so it is only logged.
        try:
            wallet.daily_backup_if_changed()
        except (DpwalletError, OSError) as error:
            log.warning("Daily backup skipped: %s", type(error).__name__)
        return wallet

    return work
