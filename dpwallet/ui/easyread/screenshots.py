"""Draw easy read Home on the demo to PNG: ``python -m dpwallet.ui.easyread.screenshots OUT``.

Why: looking at the pictures is how clipping, overlap and wrong direction get caught.
English, Welsh, Urdu and Bengali, at 100% and 200% text. Run under ``xvfb-run -a``;
settings go to a temporary ``DPWALLET_HOME``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

LANGUAGES = ("en_GB", "cy", "ur", "bn")
SIZES = (100, 200)


def _settle(seconds: float = 0.3) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def render(out: Path, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Write one PNG per language and text size into ``out``; returns the files."""
    from PySide6.QtWidgets import QApplication

    from dpwallet.app import build_window
    from dpwallet.services.money_home import home_figures
    from dpwallet.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    window = build_window(app, Settings())
    window.resize(1180, 800)
    window.show()
    window.welcome.start_demo()
    end = time.monotonic() + 120
    while not window.session.is_open and time.monotonic() < end:
        _settle(0.05)
    wallet = window.session.wallet
    assert wallet is not None
    figures = home_figures(wallet)
    window.shell.settings.easy_read.setChecked(True)
    written: list[Path] = []
    for language in languages:
        window.set_language(language)
        window.shell.home.show_figures(figures)  # the words are made in this language
        for size in SIZES:
            window.set_text_size(size)
            window.shell.show_section("home")
            _settle()
            path = out / f"easyread-home-{language}-{size}.png"
            window.grab().save(str(path))
            written.append(path)
    window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("DPWALLET_HOME", tempfile.mkdtemp(prefix="dpwallet-er-shots-"))
    for path in render(Path(args[0] if args else "screenshots")):
        print(path)
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    os._exit(status)  # PySide6 6.12 can crash in its own teardown after drawing
