"""A year's financial check-up (PDF + XLSX) from a ten-year demo wallet.

Baseline: the same year's sheet written as JSON only (gathering and summing are shared),
so the ratio shows what the two documents cost on top of the figures themselves.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("DPWALLET_INSECURE_TEST_KDF", "1")  # measure the work, not Argon2

from bench.__main__ import BenchCase  # noqa: E402
from dpwallet.domain.reconciliation import build_sheet  # noqa: E402
from dpwallet.export import return_files  # noqa: E402
from dpwallet.services.demo import write_demo  # noqa: E402
from dpwallet.services.returns import gather  # noqa: E402

PASSPHRASE = "bench passphrase"


def cases() -> list[BenchCase]:
    folder = Path(tempfile.mkdtemp(prefix="dpwallet-return-bench-"))
    wallet = write_demo(folder / "Heavy", passphrase=PASSPHRASE, seed=3, years=10)
    end = wallet.clock.today().replace(day=1) - dt.timedelta(days=1)
    start = end.replace(year=end.year - 1) + dt.timedelta(days=1)

    def year_return(*suffixes: str) -> None:
        sheet = build_sheet(gather(wallet, start, end))
        for suffix in suffixes:
            return_files.write(sheet, folder / f"return{suffix}")

    return [
        BenchCase(
            name="a year's return as PDF + XLSX, 10-year demo wallet",
            baseline_label="the same year's return as JSON only",
            baseline=lambda: year_return(".json"),
            subject=lambda: year_return(".pdf", ".xlsx"),
            repeat=3,
        )
    ]
