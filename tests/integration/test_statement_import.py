"""Importing statements into a wallet: all or nothing, duplicates skipped, balances kept."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dpwallet.domain.errors import ImportRejected
from dpwallet.domain.money import Money
from dpwallet.imports import read_statement
from dpwallet.services.statements import import_statement
from dpwallet.services.wallet import Wallet
from tests.conftest import PASSPHRASE

STATEMENTS = Path(__file__).parents[1] / "fixtures" / "statements"


def load(name: str) -> bytes:
    return (STATEMENTS / name).read_bytes()


def test_overlapping_statements_add_only_new_rows(new_wallet: Wallet) -> None:
    first = import_statement(new_wallet, load("overlap_1.csv"), "overlap_1.csv", account="Bank")
    second = import_statement(new_wallet, load("overlap_2.csv"), "overlap_2.csv", account="Bank")
    again = import_statement(new_wallet, load("overlap_2.csv"), "overlap_2.csv", account="Bank")
    assert (first.added, second.added, again.added) == (4, 2, 0)
    assert second.duplicates == 3 and again.duplicates == 5
    # two taxi fares of £8.00 on 15 January are both real and both kept
    with new_wallet.read() as session:
        from sqlalchemy import select

        from dpwallet.models import Transaction

        taxis = session.scalars(select(Transaction).where(Transaction.payee.like("%TAXI%"))).all()
    assert sum(1 for t in taxis if t.date.isoformat() == "2026-01-15") == 2


@pytest.mark.parametrize(
    "name",
    [
        "lloyds_newest_first.csv",
        "nationwide_cp1252.csv",
        "natwest.csv",
        "starling.csv",
        "coop_bom_newest_first.csv",
    ],
)
def test_new_account_balance_matches_the_statement(new_wallet: Wallet, name: str) -> None:
    statement = read_statement(load(name), name)
    assert statement.closing_balance is not None
    result = import_statement(new_wallet, load(name), name)
    assert result.balance == statement.closing_balance
    assert new_wallet.summary().balance == statement.closing_balance


def test_a_refused_file_changes_nothing(new_wallet: Wallet) -> None:
    import_statement(new_wallet, load("overlap_1.csv"), "overlap_1.csv", account="Bank")
    before = new_wallet.summary()
    bad = load("overlap_2.csv") + b"\n31/02/2026,BROKEN ROW,-1.00\n"
    with pytest.raises(ImportRejected):
        import_statement(new_wallet, bad, "bad.csv", account="Bank")
    assert new_wallet.summary() == before


def test_cli_import_contract(tmp_path: Path) -> None:
    env = {**os.environ, "DPWALLET_PASSPHRASE": PASSPHRASE}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "dpwallet", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    wallet = str(tmp_path / "Imp")
    assert run("create", wallet, "--name", "Imp").returncode == 0
    out = run(
        "import",
        wallet,
        str(STATEMENTS / "lloyds_newest_first.csv"),
        "--account",
        "Current account",
        "--json",
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"added", "duplicates", "account", "balance"}
    assert data["account"] == "Current account" and data["duplicates"] == 0
    folder = tmp_path / "Imp.dpwallet"
    before = hashlib.sha256((folder / "wallet.db").read_bytes()).hexdigest()
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\xff\x10 not a statement")
    refused = run("import", wallet, str(junk), "--json")
    assert refused.returncode == 4
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    assert hashlib.sha256((folder / "wallet.db").read_bytes()).hexdigest() == before
    info = json.loads(run("info", wallet, "--json").stdout)
    assert info["balance"] == data["balance"]
    assert info["counts"]["transactions"] == data["added"]
    assert Money.from_decimal(info["accounts"][0]["balance"]) == Money.from_decimal(data["balance"])


def test_imported_rows_are_filed_the_way_the_person_usually_does(new_wallet: Wallet) -> None:
    from sqlalchemy import select

    from dpwallet.models import Transaction
    from dpwallet.services.money_rules import categorise

    import_statement(new_wallet, load("overlap_1.csv"), "overlap_1.csv", account="Bank")
    with new_wallet.read() as session:
        taxi = session.scalars(select(Transaction).where(Transaction.payee == "CITY TAXIS")).first()
        assert taxi is not None
    categorise(new_wallet, [taxi.id], "Transport", None, learn=True)
    import_statement(new_wallet, load("overlap_2.csv"), "overlap_2.csv", account="Bank")
    with new_wallet.read() as session:
        taxis = session.scalars(select(Transaction).where(Transaction.payee == "CITY TAXIS")).all()
    newest = max(taxis, key=lambda t: t.date)
    assert newest.date.isoformat() == "2026-02-05" and newest.category == "Transport"
    # rows that were already there are left as the person had them
    assert sorted(t.category for t in taxis) == ["", "Transport", "Transport"]


def test_an_import_can_be_undone_and_redone(new_wallet: Wallet) -> None:
    from dpwallet.services.undo import stack_for

    before = new_wallet.summary()
    result = import_statement(new_wallet, load("lloyds_newest_first.csv"), "lloyds.csv")
    after = new_wallet.summary()
    assert after.counts["transactions"] == result.added > 0
    stack_for(new_wallet).undo()
    assert new_wallet.summary().counts == before.counts
    assert new_wallet.summary().balance == before.balance
    stack_for(new_wallet).redo()
    assert new_wallet.summary() == after
