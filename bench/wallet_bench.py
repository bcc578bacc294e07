"""Opening a heavy wallet: ten years of demo data against an empty wallet, same machine, same run.

The home screen's figures come from ``Wallet.summary()``; this measures unlock plus that
summary, which is what a person waits for after typing the passphrase.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DPWALLET_INSECURE_TEST_KDF", "1")  # measure the database, not Argon2

from bench.__main__ import BenchCase  # noqa: E402
from dpwallet.services.demo import write_demo  # noqa: E402
from dpwallet.services.wallet import Wallet  # noqa: E402

PASSPHRASE = "bench passphrase"


def _open_home(path: Path) -> None:
    wallet = Wallet.unlock(path, passphrase=PASSPHRASE)
    try:
        wallet.summary()
    finally:
        wallet.lock()


def cases() -> list[BenchCase]:
    folder = Path(tempfile.mkdtemp(prefix="dpwallet-bench-"))
    heavy = write_demo(folder / "Heavy", passphrase=PASSPHRASE, seed=3, years=10)
    heavy.lock()
    empty = Wallet.create(folder / "Empty", name="Empty", passphrase=PASSPHRASE).wallet
    empty.lock()
    return [
        BenchCase(
            name="open the home screen figures, 10-year demo wallet",
            baseline_label="the same on an empty wallet",
            baseline=lambda: _open_home(empty.paths.folder),
            subject=lambda: _open_home(heavy.paths.folder),
            repeat=5,
        )
    ]
