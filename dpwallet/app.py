"""The composition root: the one module that starts Qt and joins the UI to the services.

``run_gui`` is called by ``dpwallet.cli`` (``dpwallet``, ``dpwallet open``, ``--demo``).
Before Qt is touched it checks for the one system library Qt's Linux window plugin needs,
so a missing package gives a sentence and a command instead of a Qt abort message.
"""

from __future__ import annotations

import ctypes.util
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt stays out of import time, so the xcb check can run first
    from PySide6.QtWidgets import QApplication

    from dpwallet.settings import Settings
    from dpwallet.ui.window import MainWindow

log = logging.getLogger(__name__)

XCB_CURSOR_MESSAGE = (
    "dpwallet needs the system package libxcb-cursor0 to open its window. "
    "On Debian or Ubuntu run: sudo apt-get install libxcb-cursor0"
)


def missing_xcb_cursor() -> bool:
    """True on Linux/X11 when libxcb-cursor is absent (Qt 6.5+ cannot open a window)."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform not in ("", "xcb"):
        return False
    return ctypes.util.find_library("xcb-cursor") is None


def register_fonts() -> None:
    """Hook: the bundled Noto fonts (dpwallet.ui.fonts). Skipped if that module is absent."""
    try:
        from dpwallet.ui.fonts import register_bundled_fonts
    except ImportError:
        return
    register_bundled_fonts()


def apply_language(language: str) -> None:
    """Hook: the gettext to Qt bridge (dpwallet.ui.i18n_qt); plain gettext if it is absent."""
    try:
        from dpwallet.ui.i18n_qt import apply_language as qt_apply_language
    except ImportError:
        from dpwallet.i18n import set_language

        set_language(language)
        return
    qt_apply_language(language)


def run_gui(
    wallet_path: Path | None = None, *, demo: bool = False, language: str | None = None
) -> int:
    """Open the app window; returns the process exit status."""
    if missing_xcb_cursor():
        print(XCB_CURSOR_MESSAGE, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from dpwallet.logs import configure_logging
    from dpwallet.settings import Settings
    from dpwallet.ui.pyside_workaround import keep_none_alive

    configure_logging()
    keep_none_alive()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("dpwallet")
    app.setOrganizationName("dpwallet")
    app.setApplicationDisplayName("dpwallet")
    settings = Settings.load()
    if language:
        settings.language = language
    window = build_window(app, settings)
    if demo:
        window.welcome.start_demo()
    elif wallet_path is not None:
        window.open_path(Path(wallet_path))
    window.show()
    return int(app.exec())


def build_window(app: QApplication, settings: Settings) -> MainWindow:
    """Fonts, language, theme, the session and the window (also used by tests/screenshots)."""
    from dpwallet.ui.session import Session
    from dpwallet.ui.window import MainWindow

    register_fonts()
    apply_language(settings.language)
    session = Session(settings)
    window = MainWindow(session)
    window.apply_appearance()
    return window
