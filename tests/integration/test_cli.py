"""The CLI contract, run as a user would (a real subprocess of the installed command)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from tests.conftest import PASSPHRASE


def run(
    *args: str, env: dict[str, str] | None = None, ok: bool = True
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "DPWALLET_PASSPHRASE": PASSPHRASE, **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "dpwallet", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    if ok:
        assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def test_version() -> None:
    assert run("--version").stdout.startswith("dpwallet 0.")


def test_create_info_backup_check_restore(tmp_path: Path) -> None:
    wallet = str(tmp_path / "Ann")
    created = json.loads(
        run(
            "create",
            wallet,
            "--name",
            "Ann Example",
            "--council",
            "Leeds",
            "--json",
            "--recovery-sheet",
            str(tmp_path / "sheet.pdf"),
        ).stdout
    )
    code = created["recovery_code"]
    assert len(code.replace("-", "")) == 28
    text = "".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "sheet.pdf").pages)
    assert code in text and "recovery sheet" in text
    info = json.loads(run("info", wallet + ".dpwallet", "--json").stdout)
    assert info["name"] == "Ann Example" and info["council"] == "Leeds"
    assert info["balance"] == "0.00" and info["accounts"] == []
    assert set(info["counts"]) >= {
        "transactions",
        "personal_assistants",
        "shifts",
        "receipts",
        "outcomes",
    }
    assert info["schema"]
    assert "All is well" in run("check", wallet).stdout
    backup = json.loads(run("backup", wallet, str(tmp_path), "--json").stdout)["backup"]
    assert Path(backup).exists()
    restored = run("restore", backup, str(tmp_path / "Copy"), "--json")
    assert json.loads(restored.stdout)["safety_backup"] is None
    assert json.loads(run("info", str(tmp_path / "Copy"), "--json").stdout)["name"] == "Ann Example"


def test_passphrase_change_and_reset(tmp_path: Path) -> None:
    wallet = str(tmp_path / "Bo")
    code = json.loads(run("create", wallet, "--name", "Bo", "--json").stdout)["recovery_code"]
    run("change-passphrase", wallet, env={"DPWALLET_NEW_PASSPHRASE": "second passphrase"})
    run("info", wallet, env={"DPWALLET_PASSPHRASE": "second passphrase"})
    run(
        "reset-passphrase",
        wallet,
        "--recovery-code",
        code.lower(),
        env={"DPWALLET_NEW_PASSPHRASE": "third passphrase"},
    )
    run("info", wallet, env={"DPWALLET_PASSPHRASE": "third passphrase"})


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (("create", "{w}"), 2, "--name"),
        (("info",), 2, "wallet"),
        (("frobnicate",), 2, "Try"),
        (("info", "{w}"), 3, "didn\u2019t open"),
        (("reset-passphrase", "{w}", "--recovery-code", "AAAA"), 3, "28 letters"),
        (("restore", "{bad}", "{w}2"), 4, "not a dpwallet backup"),
        (("info", "{missing}"), 2, "no wallet"),
    ],
)
def test_errors_are_one_plain_sentence_with_the_right_status(
    tmp_path: Path, args: tuple[str, ...], status: int, words: str
) -> None:
    wallet = str(tmp_path / "Cy")
    run("create", wallet, "--name", "Cy")
    bad = tmp_path / "bad.dpbackup"
    bad.write_bytes(b"hello")
    filled = [a.format(w=wallet, bad=bad, missing=tmp_path / "nope") for a in args]
    env = {"DPWALLET_PASSPHRASE": "wrong passphrase", "DPWALLET_NEW_PASSPHRASE": "whatever12"}
    result = run(*filled, env=env if status == 3 else None, ok=False)
    assert result.returncode == status, result.stderr
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    a = json.loads(run("demo", str(tmp_path / "A"), "--seed", "7", "--json").stdout)
    b = json.loads(run("demo", str(tmp_path / "B"), "--seed", "7", "--json").stdout)
    c = json.loads(run("demo", str(tmp_path / "C"), "--seed", "8", "--json").stdout)
    for data in (a, b, c):
        data.pop("wallet")
    assert a == b
    assert a != c
    assert a["demo"] is True and a["counts"]["receipts"] > 0


def test_wrong_passphrase_leaves_the_wallet_byte_identical(tmp_path: Path) -> None:
    wallet = tmp_path / "Di"
    run("create", str(wallet), "--name", "Di")
    folder = tmp_path / "Di.dpwallet"
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    run("info", str(wallet), env={"DPWALLET_PASSPHRASE": "nope nope nope"}, ok=False)
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert before == after
