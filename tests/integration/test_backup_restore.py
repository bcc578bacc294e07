"""Backups (B-1, B-2, C-4, K-1): verified bundles, corruption caught, restores swap safely."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from dpwallet.domain.errors import BadInputFile, WrongSecret
from dpwallet.domain.money import Money
from dpwallet.models import Account
from dpwallet.services.restore import restore
from dpwallet.services.wallet import Wallet
from dpwallet.storage import backup as backups
from tests.conftest import PASSPHRASE


def wallet_with_money(tmp_path: Path, pence: int = 5000) -> tuple[Wallet, str]:
    created = Wallet.create(tmp_path / "Backup Person", name="Backup Person", passphrase=PASSPHRASE)
    with created.wallet.command("add account", "account") as session:
        session.add(Account(name="Bank", kind="bank", opening_balance=Money(pence)))
    return created.wallet, created.recovery_code


def test_bundle_is_self_contained_and_verified(tmp_path: Path) -> None:
    wallet, _code = wallet_with_money(tmp_path)
    out = tmp_path / "usb"
    out.mkdir()
    path = wallet.backup(out)
    wallet_key = wallet._key()
    wallet.lock()
    assert path.name.startswith("Backup Person-") and path.suffix == ".dpbackup"
    with zipfile.ZipFile(path) as bundle:
        assert sorted(bundle.namelist()) == ["keys.json", "manifest.json", "wallet.db"]
        assert all(i.compress_type == zipfile.ZIP_STORED for i in bundle.infolist())
        manifest = json.loads(bundle.read("manifest.json"))
        assert not bundle.read("wallet.db").startswith(b"SQLite format 3")
    assert "counts" not in manifest and "sealed_facts" in manifest
    assert backups.unseal_facts(wallet_key, manifest["sealed_facts"])["counts"]["account"] == 1
    assert b"Backup Person" not in path.read_bytes()
    assert not list(out.glob(".*"))  # no temp files left behind


def test_one_flipped_byte_is_caught(tmp_path: Path) -> None:
    wallet, _code = wallet_with_money(tmp_path)
    path = wallet.backup(tmp_path)
    dek = wallet._key()
    wallet.lock()
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as bundle:
        info = bundle.getinfo("wallet.db")
    data[info.header_offset + 30 + len("wallet.db") + 5000] ^= 0x01
    broken = tmp_path / "broken.dpbackup"
    broken.write_bytes(bytes(data))
    with pytest.raises(BadInputFile, match="damaged"):
        backups.verify_backup(broken, dek)
    (tmp_path / "junk.dpbackup").write_bytes(b"not a zip at all")
    with pytest.raises(BadInputFile, match="not a dpwallet backup"):
        backups.read_bundle_header(tmp_path / "junk.dpbackup")


def test_restore_round_trip_with_a_safety_copy(tmp_path: Path) -> None:
    wallet, _code = wallet_with_money(tmp_path, 5000)
    bundle = wallet.backup(tmp_path)
    with wallet.command("add account", "account") as session:
        session.add(Account(name="Cash", kind="cash", opening_balance=Money(700)))
    folder = wallet.paths.folder
    wallet.lock()
    safety = restore(bundle, folder, passphrase=PASSPHRASE)
    assert safety is not None and safety.parent == folder / "backups"
    restored = Wallet.unlock(folder, passphrase=PASSPHRASE)
    assert restored.summary().balance == Money(5000)
    restored.lock()
    # the wallet as it was before the restore is itself restorable
    restore(safety, folder, passphrase=PASSPHRASE)
    again = Wallet.unlock(folder, passphrase=PASSPHRASE)
    assert again.summary().balance == Money(5700)
    again.lock()


def test_restore_with_old_passphrase_or_recovery_code_only(tmp_path: Path) -> None:
    wallet, code = wallet_with_money(tmp_path, 4200)
    bundle = wallet.backup(tmp_path)
    wallet.change_passphrase("a later passphrase")
    wallet.lock()
    with pytest.raises(WrongSecret):
        restore(bundle, tmp_path / "Elsewhere", passphrase="a later passphrase")
    restore(bundle, tmp_path / "Elsewhere", passphrase=PASSPHRASE)
    restore(bundle, tmp_path / "Third", recovery_code=code)
    for name in ("Elsewhere", "Third"):
        opened = Wallet.unlock(tmp_path / name, recovery_code=code)
        assert opened.summary().balance == Money(4200)
        opened.lock()


def test_daily_backup_only_when_something_changed(tmp_path: Path) -> None:
    wallet, _code = wallet_with_money(tmp_path)
    first = wallet.daily_backup_if_changed()
    assert first is not None
    assert wallet.daily_backup_if_changed() is None  # same day
    wallet.lock()


def test_retention_keeps_7_daily_4_weekly_12_monthly_and_all_manual(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)
    infos = [
        backups.BackupInfo(tmp_path / f"d{i}.dpbackup", now - dt.timedelta(days=i), "daily", {})
        for i in range(400)
    ]
    infos.append(
        backups.BackupInfo(tmp_path / "m.dpbackup", now - dt.timedelta(days=900), "manual", {})
    )
    infos.append(
        backups.BackupInfo(
            tmp_path / "u.dpbackup", now - dt.timedelta(days=30), "pre-upgrade-0001-to-0002", {}
        )
    )
    infos.append(
        backups.BackupInfo(
            tmp_path / "o.dpbackup", now - dt.timedelta(days=400), "pre-upgrade-0001-to-0002", {}
        )
    )
    pruned = {b.path.name for b in backups.to_prune(infos, now)}
    kept = [b for b in infos if b.path.name not in pruned]
    assert "m.dpbackup" not in pruned and "u.dpbackup" not in pruned
    assert "o.dpbackup" in pruned
    daily_kept = [b for b in kept if b.reason == "daily"]
    assert 7 <= len(daily_kept) <= 7 + 4 + 12
    assert {b.path.name for b in daily_kept} >= {f"d{i}.dpbackup" for i in range(7)}
