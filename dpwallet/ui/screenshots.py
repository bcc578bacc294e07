"""Draw every main screen to PNG for people to look at: ``python -m dpwallet.ui.screenshots OUT``.

Each screen is drawn in four looks (normal, text at 200%, high contrast, Arabic right to
left) with ``QWidget.grab()``. Looking at the pictures is how clipping, overlap and
ugliness get caught; run under ``xvfb-run -a`` or with ``QT_QPA_PLATFORM=offscreen``.
Nothing real is touched: settings and wallets go to a temporary ``DPWALLET_HOME``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

VARIANTS: dict[str, dict[str, object]] = {
    "normal": {},
    "text200": {"text_size_percent": 200},
    "contrast": {"high_contrast": True},
    "arabic": {"language": "ar"},
}


def _wait(until: Callable[[], bool], seconds: float = 60) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while not until():
        QApplication.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("the screen did not become ready in time")
        time.sleep(0.01)


def _look(window: object, name: str, value: dict[str, object]) -> None:
    from dpwallet.ui.window import MainWindow

    assert isinstance(window, MainWindow)
    s = window.session.settings
    s.language, s.text_size_percent, s.high_contrast = "en_GB", 100, False
    for key, item in value.items():
        setattr(s, key, item)
    window.set_language(s.language)
    window.apply_appearance()


def render(out: Path) -> list[Path]:
    """Draw the screens into ``out``; returns the files written."""
    from PySide6.QtWidgets import QApplication

    from dpwallet.app import build_window
    from dpwallet.services.wallet import Wallet
    from dpwallet.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    window = build_window(app, Settings())
    window.resize(1180, 800)
    window.show()
    folder = Path(tempfile.mkdtemp(prefix="dpwallet-shots-"))
    created = Wallet.create(
        folder / "Sam Jones", name="Sam Jones", council="Westbrook", passphrase="blue kettle river"
    )
    written: list[Path] = []

    def shot(variant: str, screen: str) -> None:
        _wait(lambda: True)
        app.processEvents()
        path = out / f"{variant}-{screen}.png"
        window.grab().save(str(path))
        written.append(path)

    for variant, value in VARIANTS.items():
        _look(window, variant, value)
        window.go_home()
        shot(variant, "welcome")
        window._start_create()
        window.create_view.name.editor.setText("Sam Jones")  # type: ignore[attr-defined]
        for step in range(3):
            window.create_view._show_step(step)
            shot(variant, f"create-{step + 1}")
        window.create_view.go_on()  # empty passphrase: the error summary
        shot(variant, "create-error")
        window.recovery.show_code(created.recovery_code, created.wallet.paths.folder.name)
        window.show_screen(window.recovery)
        shot(variant, "recovery-code")
        window.open_path(created.wallet.paths.folder)
        shot(variant, "unlock")
    created.wallet.lock()
    _look(window, "normal", {})
    window.welcome.start_demo()
    _wait(lambda: window.session.is_open, 120)
    for variant, value in VARIANTS.items():
        _look(window, variant, value)
        window.shell.show_section("home")
        shot(variant, "home-demo")
        window.shell.show_section("settings")
        shot(variant, "settings-demo")
        window.shell.show_section("people")
        shot(variant, "section-demo")
    window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "screenshots")
    os.environ.setdefault("DPWALLET_HOME", tempfile.mkdtemp(prefix="dpwallet-shots-home-"))
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    # PySide6 6.12 can crash in its own teardown after this script (never in the app);
    # the pictures are written, so leave without that teardown.
    os._exit(status)
