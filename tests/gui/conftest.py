"""GUI test set-up: offscreen Qt, cheap Argon2, a private home (the in-memory keyring comes
from tests/conftest.py, which applies here too).

The environment is set before dpwallet is imported (the top-level conftest does the same;
this file keeps ``pytest tests/gui`` self-contained).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["DPWALLET_INSECURE_TEST_KDF"] = "1"
os.environ.setdefault("DPWALLET_HOME", tempfile.mkdtemp(prefix="dpwallet-gui-home-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from dpwallet.ui.pyside_workaround import keep_none_alive  # noqa: E402

keep_none_alive()  # PySide6 6.12 on Python 3.11 wears down None's reference count

GUI_PASSPHRASE = "blue kettle river"


@pytest.fixture()
def gui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("DPWALLET_HOME", str(home))
    return home


@pytest.fixture()
def window(qtbot, gui_home: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from dpwallet.app import build_window
    from dpwallet.settings import Settings
    from dpwallet.ui import tasks

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = build_window(app, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=20_000)
    win.close()
    from dpwallet.ui.i18n_qt import apply_language

    apply_language("en_GB")
    # Delete the window now: restyling every old, hidden window makes later tests slow.
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture()
def wallet_on_disk(tmp_path: Path) -> tuple[Path, str]:
    """A locked wallet with a known passphrase; returns its folder and recovery code."""
    from dpwallet.services.wallet import Wallet

    created = Wallet.create(
        tmp_path / "Ann Lee", name="Ann Lee", council="Testshire", passphrase=GUI_PASSPHRASE
    )
    folder = created.wallet.paths.folder
    created.wallet.lock()
    return folder, created.recovery_code
