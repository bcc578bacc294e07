"""Create, unlock, wrong secrets, recovery, passphrase changes, keyring (K-2, P-3, R-1)."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from keyring.backends import fail

from dpwallet.domain.errors import UsageError, WalletDamaged, WrongSecret
from dpwallet.security import keyring_store, recovery
from dpwallet.services.wallet import Wallet, reset_passphrase
from tests.conftest import PASSPHRASE


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def make(tmp_path: Path, name: str = "Mary Jones", **kw: object) -> tuple[Wallet, str]:
    created = Wallet.create(
        tmp_path / name, name=name, council="Testshire", passphrase=PASSPHRASE, **kw
    )  # type: ignore[arg-type]
    return created.wallet, created.recovery_code


def test_create_makes_one_owner_only_folder(tmp_path: Path) -> None:
    wallet, code = make(tmp_path)
    wallet.lock()
    folder = tmp_path / "Mary Jones.dpwallet"
    assert folder.is_dir() and sorted(p.name for p in folder.iterdir()) == [
        "backups",
        "keys.json",
        "wallet.db",
    ]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for item in folder.iterdir():
        expected = 0o700 if item.is_dir() else 0o600
        assert stat.S_IMODE(item.stat().st_mode) == expected, item
    header = json.loads((folder / "keys.json").read_text())
    assert header["cipher_compatibility"] == 4
    assert [s["id"] for s in header["slots"]] == ["passphrase"]  # remember is off by default
    assert "Mary" not in (folder / "keys.json").read_text()
    assert len(recovery.normalise(code)) == 28


def test_refuses_to_overwrite_and_short_passphrases(tmp_path: Path) -> None:
    wallet, _code = make(tmp_path)
    wallet.lock()
    with pytest.raises(UsageError, match="already a wallet"):
        make(tmp_path)
    with pytest.raises(UsageError, match="at least 8"):
        Wallet.create(tmp_path / "B", name="B", passphrase="short")
    assert not (tmp_path / "B.dpwallet").exists()


def test_wrong_passphrase_is_kind_and_leaves_every_byte(tmp_path: Path) -> None:
    wallet, code = make(tmp_path)
    wallet.lock()
    folder = tmp_path / "Mary Jones.dpwallet"
    before = digest(folder)
    with pytest.raises(WrongSecret, match="didn\u2019t open this wallet"):
        Wallet.unlock(folder, passphrase="not the passphrase")
    bad = list(recovery.normalise(code))
    bad[5] = "Z" if bad[5] != "Z" else "Y"
    with pytest.raises(WrongSecret, match="typo"):
        Wallet.unlock(folder, recovery_code="".join(bad))
    other, other_code = make(tmp_path, "Someone Else")
    other.lock()
    with pytest.raises(WrongSecret, match="different wallet"):
        Wallet.unlock(folder, recovery_code=other_code)
    assert digest(folder) == before


def test_recovery_code_alone_opens_even_without_the_key_header(tmp_path: Path) -> None:
    wallet, code = make(tmp_path)
    with wallet.command("note", "wallet") as session:
        from dpwallet.domain.money import Money
        from dpwallet.models import Account

        session.add(Account(name="Bank", kind="bank", opening_balance=Money(12345)))
    wallet.lock()
    folder = tmp_path / "Mary Jones.dpwallet"
    (folder / "keys.json").unlink()
    for bak in folder.glob("keys.json.bak"):
        bak.unlink()
    with pytest.raises(WalletDamaged, match="recovery code"):
        Wallet.unlock(folder, passphrase=PASSPHRASE)
    reopened = Wallet.unlock(folder, recovery_code=code)
    assert reopened.summary().balance.pence == 12345
    reopened.lock()
    reset_passphrase(folder, code, "a brand new passphrase")
    Wallet.unlock(folder, passphrase="a brand new passphrase").lock()


def test_change_passphrase_rewrites_only_the_header(tmp_path: Path) -> None:
    wallet, _code = make(tmp_path)
    wallet.lock()
    folder = tmp_path / "Mary Jones.dpwallet"
    wallet = Wallet.unlock(folder, passphrase=PASSPHRASE)
    wallet.lock()  # checkpointed, so the database file is settled
    db_before = hashlib.sha256((folder / "wallet.db").read_bytes()).hexdigest()
    wallet = Wallet.unlock(folder, passphrase=PASSPHRASE)
    wallet.change_passphrase("the new passphrase")
    wallet.lock()
    assert hashlib.sha256((folder / "wallet.db").read_bytes()).hexdigest() == db_before
    with pytest.raises(WrongSecret):
        Wallet.unlock(folder, passphrase=PASSPHRASE)
    Wallet.unlock(folder, passphrase="the new passphrase").lock()
    assert (folder / "keys.json.bak").exists()


def test_new_recovery_code_rekeys_and_retires_the_old_sheet(tmp_path: Path) -> None:
    wallet, old_code = make(tmp_path)
    new_code = wallet.new_recovery_code(PASSPHRASE)
    assert new_code != old_code
    wallet.lock()
    folder = tmp_path / "Mary Jones.dpwallet"
    with pytest.raises(WrongSecret):
        Wallet.unlock(folder, recovery_code=old_code)
    Wallet.unlock(folder, recovery_code=new_code).lock()
    Wallet.unlock(folder, passphrase=PASSPHRASE).lock()


def test_remember_on_this_computer_uses_the_keyring_only(tmp_path: Path, memory_keyring) -> None:
    wallet, _code = make(tmp_path, remember=True)
    wallet.lock()
    folder = tmp_path / "Mary Jones.dpwallet"
    assert len(memory_keyring.store) == 1
    key_hex = next(iter(memory_keyring.store.values()))
    for path in folder.rglob("*"):
        if path.is_file():
            assert key_hex.encode() not in path.read_bytes()
    assert Wallet.remembered_on_this_computer(folder)
    Wallet.unlock(folder).lock()  # no passphrase needed
    memory_keyring.store.clear()  # the entry was deleted between runs
    assert not Wallet.remembered_on_this_computer(folder)
    with pytest.raises(WrongSecret, match="Enter your passphrase"):
        Wallet.unlock(folder)
    Wallet.unlock(folder, passphrase=PASSPHRASE).lock()


def test_no_keyring_backend_hides_the_option_and_never_falls_back(tmp_path: Path) -> None:
    import keyring

    keyring.set_keyring(fail.Keyring())
    assert not keyring_store.available()
    wallet, _code = make(tmp_path, remember=True)
    wallet.lock()
    header = json.loads((tmp_path / "Mary Jones.dpwallet" / "keys.json").read_text())
    assert [s["id"] for s in header["slots"]] == ["passphrase"]
    assert not any(p.name.endswith(".key") for p in tmp_path.rglob("*"))


def test_forget_this_computer(tmp_path: Path, memory_keyring) -> None:
    wallet, _code = make(tmp_path, remember=True)
    assert wallet.set_remember(False)
    wallet.lock()
    assert memory_keyring.store == {}
    assert not Wallet.remembered_on_this_computer(tmp_path / "Mary Jones.dpwallet")


def test_locking_drops_connections_and_key(tmp_path: Path) -> None:
    wallet, _code = make(tmp_path)
    engine = wallet.engine
    assert engine is not None
    wallet.lock()
    assert wallet.is_locked
    assert engine.pool.checkedout() == 0
    assert not os.path.exists(tmp_path / "Mary Jones.dpwallet" / "wallet.db-wal")


def test_change_passphrase_checks_the_current_one_when_given(tmp_path: Path) -> None:
    wallet, _code = make(tmp_path)
    with pytest.raises(WrongSecret):
        wallet.change_passphrase("another passphrase", current="not the one")
    wallet.change_passphrase("another passphrase", current=PASSPHRASE)
    wallet.lock()
    Wallet.unlock(tmp_path / "Mary Jones", passphrase="another passphrase").lock()
