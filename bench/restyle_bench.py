"""Changing the text size with the demo wallet open, against the same with an empty wallet.

Why: each screen's tables used to re-measure every row of every screen, shown or not,
on each font, style or language change (20 to 30 seconds with the demo open). Tables now
measure once the change settles and only when on screen, from a sample of rows, so the
demo's hundreds of payments should cost little more than an empty wallet's none.

One window holds first an empty wallet (the baseline) and then the demo wallet (the
subject): the app font reaches every window, so two windows side by side would measure
each other. The subject's first run opens the demo; the figure is the best of
several runs, which leaves that one out.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("DPWALLET_INSECURE_TEST_KDF", "1")  # measure the restyle, not Argon2
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DPWALLET_HOME", tempfile.mkdtemp(prefix="dpwallet-restyle-bench-"))

from bench.__main__ import BenchCase  # noqa: E402

PASSPHRASE = "bench passphrase"
SECTIONS = ("home", "money", "people", "timesheets", "pay", "outcomes", "checkup", "settings")


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    from dpwallet.ui import tasks

    while tasks.busy():
        QApplication.processEvents()
        time.sleep(0.005)
    for _ in range(3):
        QApplication.processEvents()


def cases() -> list[BenchCase]:
    from dpwallet.ui.pyside_workaround import keep_none_alive

    keep_none_alive()
    from PySide6.QtWidgets import QApplication

    from dpwallet.app import build_window
    from dpwallet.services.demo import write_demo
    from dpwallet.services.wallet import Wallet
    from dpwallet.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    folder = Path(tempfile.mkdtemp(prefix="dpwallet-restyle-bench-"))
    empty = Wallet.create(folder / "Empty", name="Empty", passphrase=PASSPHRASE).wallet
    demo = write_demo(folder / "Demo", passphrase=PASSPHRASE, seed=1)
    window = build_window(app, Settings())
    window.resize(1180, 800)
    window.show()

    def open_wallet(wallet: Wallet) -> None:
        window.session.open_wallet(wallet, None)
        for section in SECTIONS:  # every screen filled, as after a while of use
            window.shell.show_section(section)
            _settle()
        window.shell.show_section("money")
        _settle()

    def restyle(wallet: Wallet) -> Callable[[], None]:
        def run() -> None:
            if window.session.wallet is not wallet:
                open_wallet(wallet)
            size = 200 if window.session.settings.text_size_percent == 100 else 100
            window.set_text_size(size)
            _settle()

        return run

    return [
        BenchCase(
            name="text size 100% <-> 200%, demo wallet open",
            baseline_label="the same with an empty wallet open",
            baseline=restyle(empty),
            subject=restyle(demo),
            repeat=4,
        )
    ]
