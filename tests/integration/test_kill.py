"""C-1: SIGKILL a writer at random moments; nothing acknowledged may be lost.

200 kills in four chunks (so pytest-xdist can spread them over both cores). After each
kill: SQLCipher's HMAC check and SQLite's integrity check pass, every acknowledged
sequence number is present, and each transaction row has its audit entry.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dpwallet.domain.money import Money
from dpwallet.models import Account
from dpwallet.security.keys import load_header
from dpwallet.services.wallet import Wallet
from dpwallet.storage import engine as engines
from tests.conftest import PASSPHRASE

KILLS_PER_CHUNK = 50
WRITER = Path(__file__).parent / "helpers" / "kill_writer.py"
ROOT = Path(__file__).resolve().parents[2]


def _run_and_kill(folder: Path, rng: random.Random) -> int:
    """Start the writer, kill it at a random moment, return the last acknowledged seq."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), PASSPHRASE],
        stdout=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    last = 0
    # Half the time kill while it is still opening; otherwise once it is writing.
    deadline = time.monotonic() + (rng.uniform(0.05, 0.6) if rng.random() < 0.2 else 30)
    wanted = rng.randrange(1, 40)
    buffer = b""
    while time.monotonic() < deadline and last < wanted:
        ready, _w, _x = select.select([proc.stdout], [], [], 0.05)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            if lines:
                last = int(lines[-1])
    time.sleep(rng.uniform(0, 0.02))
    proc.send_signal(signal.SIGKILL)
    rest, _err = proc.communicate(timeout=10)
    lines = (buffer + rest).split(b"\n")
    acked = [int(x) for x in lines if x.strip()]
    return max([last, *acked])


def _verify(folder: Path, dek: bytes, acked: int) -> int:
    conn = engines.connect(folder / "wallet.db", dek)
    try:
        assert engines.integrity_problems(conn) == []
        amounts = [r[0] for r in conn.execute('SELECT amount FROM "transaction" ORDER BY amount')]
        audits = conn.execute(
            "SELECT count(*) FROM audit_entry WHERE action = 'kill-test'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert amounts == list(range(1, len(amounts) + 1)), "a gap means a torn transaction"
    assert len(amounts) >= acked, f"lost acknowledged commits: have {len(amounts)}, acked {acked}"
    assert audits == len(amounts), "every transaction row has its audit entry"
    return len(amounts)


@pytest.mark.slow
@pytest.mark.parametrize("chunk", range(4))
def test_sigkill_never_loses_acknowledged_commits(tmp_path: Path, chunk: int) -> None:
    created = Wallet.create(tmp_path / "Kill", name="Kill Test", passphrase=PASSPHRASE)
    with created.wallet.command("account", "account") as session:
        session.add(Account(name="Bank", kind="bank", opening_balance=Money(0)))
    folder = created.wallet.paths.folder
    created.wallet.lock()
    dek = load_header(folder / "keys.json").unlock_with_passphrase(PASSPHRASE)
    rng = random.Random(1000 + chunk)
    kills = 0
    committed = 0
    for _ in range(KILLS_PER_CHUNK):
        acked = _run_and_kill(folder, rng)
        committed = _verify(folder, dek, acked)
        kills += 1
    print(f"chunk {chunk}: {kills} kills, {committed} commits survived, 0 lost")
    assert kills == KILLS_PER_CHUNK
    assert committed > KILLS_PER_CHUNK  # the writer really wrote between kills
