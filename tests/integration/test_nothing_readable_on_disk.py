"""P-1 and P-2: no personal string, SQLite header or schema text in any file we write."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from dpwallet.domain.money import Money
from dpwallet.logs import configure_logging
from dpwallet.models import Account, PersonalAssistant, Transaction
from dpwallet.services.wallet import Wallet
from dpwallet.settings import Settings
from tests.conftest import PASSPHRASE

MARKERS = ["Zebedee Marker-Person", "QQ123456C", "Payee-Marker-Ltd", "Nominated-Marker"]
FORBIDDEN = [b"SQLite format 3", b"CREATE TABLE", b"personal_assistant", b"wallet_info"]


def needles() -> list[bytes]:
    found = []
    for marker in MARKERS:
        found += [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]
    return found


def scan(*folders: Path, allow_schema: bool = False) -> list[str]:
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for needle in needles() + ([] if allow_schema else FORBIDDEN):
                if needle in data:
                    hits.append(f"{path.name}: {needle[:20]!r}")
    return hits


def fill(wallet: Wallet) -> None:
    with wallet.command("fill", "transaction") as session:
        account = Account(name="Bank", kind="bank", opening_balance=Money(0))
        session.add(account)
        session.flush()
        session.add(
            PersonalAssistant(name=MARKERS[0], ni_number=MARKERS[1], start_date=dt.date(2026, 1, 1))
        )
        for i in range(3000):  # enough to grow the WAL well past a page cache
            session.add(
                Transaction(
                    account_id=account.id,
                    date=dt.date(2026, 1, 1),
                    amount=Money(-i),
                    payee=f"{MARKERS[2]} {i}",
                    description=MARKERS[3] * 3,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )


def test_wallet_files_backups_settings_and_logs_hold_nothing_readable(
    tmp_path: Path, home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    configure_logging()
    caplog.set_level(logging.DEBUG)
    tmp_before = set(os.listdir(tempfile.gettempdir()))
    created = Wallet.create(tmp_path / "w", name=MARKERS[0], passphrase=PASSPHRASE)
    wallet = created.wallet
    fill(wallet)
    # While open, with the WAL full of fresh pages:
    assert list(wallet.paths.folder.glob("wallet.db-wal")), "the WAL is in use"
    assert scan(wallet.paths.folder) == []
    wallet.backup(wallet.paths.backups)
    # A foreign-key error whose bound parameters hold personal data must not reach the log.
    with pytest.raises(IntegrityError), wallet.command("bad", "transaction") as session:
        session.add(
            Transaction(
                account_id=999,
                date=dt.date(2026, 1, 1),
                amount=Money(1),
                payee=MARKERS[2],
                created_at=dt.datetime.now(dt.UTC),
            )
        )
    settings = Settings.load()
    settings.remember_wallet(wallet.paths.folder)
    settings.save()
    wallet.lock()
    assert scan(wallet.paths.folder, home) == []
    assert not any(m in caplog.text for m in MARKERS + [PASSPHRASE, created.recovery_code])
    new_tmp = set(os.listdir(tempfile.gettempdir())) - tmp_before
    for name in new_tmp:
        path = Path(tempfile.gettempdir()) / name
        if path.is_dir() and not name.startswith("pytest"):
            assert scan(path) == [], name
