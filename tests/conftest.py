"""Suite-wide set-up: cheap Argon2, a private home folder, an in-memory keyring.

The environment is set before anything imports dpwallet, so subprocesses inherit it too.
Production Argon2 parameters are asserted separately (tests/unit/test_kdf.py).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["DPWALLET_INSECURE_TEST_KDF"] = "1"
os.environ.setdefault("DPWALLET_HOME", tempfile.mkdtemp(prefix="dpwallet-test-home-"))

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

PASSPHRASE = "correct horse battery"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in memory (tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DPWALLET_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture()
def new_wallet(tmp_path: Path) -> Iterator[object]:
    from dpwallet.services.wallet import Wallet

    created = Wallet.create(
        tmp_path / "Test Person", name="Test Person", council="Testshire", passphrase=PASSPHRASE
    )
    created.wallet.recovery_code = created.recovery_code  # type: ignore[attr-defined]
    yield created.wallet
    created.wallet.lock()
