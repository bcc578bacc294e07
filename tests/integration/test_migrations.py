"""Upgrades (M-1, M-2, M-3): every frozen wallet opens with nothing lost; failures roll back."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dpwallet.domain.errors import MigrationFailed, WalletTooNew
from dpwallet.models import Base
from dpwallet.security.keys import dek_from_secret
from dpwallet.services.wallet import Wallet
from dpwallet.storage import backup as backups
from dpwallet.storage import engine as engines
from dpwallet.storage import migrate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "wallets"
REVISIONS = sorted(p.name.split("-")[1].split(".")[0] for p in FIXTURES.glob("schema-*.dpwallet"))
PASSPHRASE = "fixture passphrase"
DEK = dek_from_secret(bytes.fromhex("0f1e2d3c4b5a69788796a5b4c3d2e1f0"))


def copy_fixture(revision: str, tmp_path: Path) -> Path:
    dest = tmp_path / f"schema-{revision}.dpwallet"
    shutil.copytree(FIXTURES / dest.name, dest)
    (dest / "backups").mkdir(exist_ok=True)
    return dest


def dump(folder: Path) -> str:
    """A logical dump: schema text plus every row of every table, in order."""
    conn = engines.connect(folder / "wallet.db", DEK)
    try:
        digest = hashlib.sha256()
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        digest.update(repr(schema).encode())
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        ):
            digest.update(
                repr(conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()).encode()
            )
        return digest.hexdigest()
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_revision() -> None:
    assert set(REVISIONS) == migrate.known_revisions()


@pytest.mark.parametrize("revision", REVISIONS)
def test_every_frozen_wallet_upgrades_with_nothing_lost(revision: str, tmp_path: Path) -> None:
    folder = copy_fixture(revision, tmp_path)
    wallet = Wallet.unlock(folder, passphrase=PASSPHRASE)
    try:
        summary = wallet.summary()
        assert summary.name == "Fixture Person QQ-MARKER"
        assert summary.counts["transactions"] == 3 and summary.counts["shifts"] == 1
        assert summary.balance.pence == 100000 + 2500 + 248000 - 1250 - 520
        with wallet.engine.connect() as conn:  # type: ignore[union-attr]
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            logged = conn.exec_driver_sql("SELECT from_revision FROM migration_log").fetchall()
    finally:
        wallet.lock()
    saved = backups.list_backups(folder / "backups")
    if revision != migrate.head_revision():
        assert [b.reason for b in saved] == [f"pre-upgrade-{revision}-to-{migrate.head_revision()}"]
        backups.verify_backup(saved[0].path, DEK)
        assert saved[0].manifest["schema"] == revision
        assert (revision,) in logged
    else:
        assert saved == []


def _broken_migrations(tmp_path: Path) -> Path:
    """A copy of our migrations whose last one fails half-way, after a table rebuild."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts)
    last = next((scripts / "versions").glob("0002_*.py"))
    text = last.read_text()
    text = text.replace(
        '    with op.batch_alter_table("wallet_info") as batch:',
        '    op.execute("UPDATE account SET opening_balance = 0")\n'
        '    with op.batch_alter_table("wallet_info") as batch:',
    )
    text += "\n    raise RuntimeError('simulated bug half-way')\n"
    text = text.replace(
        "\n\ndef downgrade()",
        "\n    raise RuntimeError('simulated bug half-way')\n\n\ndef downgrade()",
        1,
    )
    assert "UPDATE account" in text and "simulated bug" in text
    last.write_text(text)
    return scripts


def test_a_migration_failing_half_way_leaves_the_wallet_exactly_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_fixture("0001", tmp_path)
    before = dump(folder)
    monkeypatch.setattr(migrate, "MIGRATIONS", _broken_migrations(tmp_path))
    with pytest.raises(MigrationFailed, match="put everything back"):
        Wallet.unlock(folder, passphrase=PASSPHRASE)
    assert dump(folder) == before
    conn = engines.connect(folder / "wallet.db", DEK)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert not [t for t in tables if t.startswith("_alembic_tmp")]
        assert engines.integrity_problems(conn) == []
    finally:
        conn.close()
    assert len(backups.list_backups(folder / "backups")) == 1  # the backup is kept
    monkeypatch.undo()
    wallet = Wallet.unlock(folder, passphrase=PASSPHRASE)  # the fixed app upgrades fine
    assert wallet.summary().counts["transactions"] == 3
    wallet.lock()


def test_a_failure_just_before_commit_rolls_back(tmp_path: Path) -> None:
    folder = copy_fixture("0001", tmp_path)
    before = dump(folder)
    engine = engines.make_engine(folder / "wallet.db", DEK)

    def explode(_conn: object) -> None:
        raise RuntimeError("power cut simulation")

    with pytest.raises(MigrationFailed):
        migrate.upgrade(engine, before_commit=explode)
    engines.dispose(engine)
    assert dump(folder) == before


def test_a_wallet_from_a_newer_app_is_refused_and_untouched(tmp_path: Path) -> None:
    folder = copy_fixture(migrate.head_revision(), tmp_path)
    conn = engines.connect(folder / "wallet.db", DEK)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = hashlib.sha256((folder / "wallet.db").read_bytes()).hexdigest()
    with pytest.raises(WalletTooNew, match="newer version"):
        Wallet.unlock(folder, passphrase=PASSPHRASE)
    assert hashlib.sha256((folder / "wallet.db").read_bytes()).hexdigest() == before
    assert (folder / "wallet.db").exists()
