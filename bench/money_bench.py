"""Home screen figures (money in hand, forecast, spend by outcome, balance over time) on a
ten-year demo wallet against an empty wallet, same machine, same run.

``money_home.home_figures`` is what the home cards wait for after unlocking; it must stay
a handful of aggregate queries, not a walk over ten years of payments.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DPWALLET_INSECURE_TEST_KDF", "1")  # measure the database, not Argon2

from bench.__main__ import BenchCase  # noqa: E402
from dpwallet.services.demo import write_demo  # noqa: E402
from dpwallet.services.money_home import home_figures  # noqa: E402
from dpwallet.services.wallet import Wallet  # noqa: E402

PASSPHRASE = "bench passphrase"


def cases() -> list[BenchCase]:
    folder = Path(tempfile.mkdtemp(prefix="dpwallet-money-bench-"))
    heavy = write_demo(folder / "Heavy", passphrase=PASSPHRASE, seed=3, years=10)
    empty = Wallet.create(folder / "Empty", name="Empty", passphrase=PASSPHRASE).wallet
    return [
        BenchCase(
            name="home figures, 10-year demo wallet",
            baseline_label="the same on an empty wallet",
            baseline=lambda: home_figures(empty),
            subject=lambda: home_figures(heavy),
            repeat=5,
        )
    ]
