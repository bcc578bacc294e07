"""Draw the screenshot gallery: ``python -m dpwallet.ui.screenshots OUT`` (``make screenshots``).

Why: looking at the pictures is how clipping, overlap and wrong direction get caught.
Every main screen on the demo wallet is drawn in English, Welsh, Urdu and Bengali, each
normal, in easy read and with text at 200%, plus English in high contrast; the screens
before a wallet is open (welcome, create, recovery code, unlock) are drawn in English
(normal, 200%, high contrast) and Urdu. ``OUT/README.md`` indexes the pictures. PNGs are
reduced to 256 colours so the gallery stays small in the repository. Run under
``xvfb-run -a`` or with ``QT_QPA_PLATFORM=offscreen``; settings and wallets go to a
temporary ``DPWALLET_HOME``, so nothing real is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("en_GB", "cy", "ur", "bn")
SECTIONS = ("home", "money", "people", "timesheets", "pay", "outcomes", "checkup", "settings")
WINDOW_SIZE = (1180, 800)


@dataclass(frozen=True)
class Look:
    """One way the app can look: a name for the file and the settings that make it."""

    name: str
    text_size_percent: int = 100
    easy_read: bool = False
    high_contrast: bool = False


NORMAL = Look("normal")
EASY = Look("easy", easy_read=True)
TEXT200 = Look("text200", text_size_percent=200)
CONTRAST = Look("contrast", high_contrast=True)
SECTION_LOOKS: dict[str, tuple[Look, ...]] = {
    "en_GB": (NORMAL, EASY, TEXT200, CONTRAST),
    "cy": (NORMAL, EASY, TEXT200),
    "ur": (NORMAL, EASY, TEXT200),
    "bn": (NORMAL, EASY, TEXT200),
}
START_LOOKS: tuple[tuple[str, Look], ...] = (
    ("en_GB", NORMAL),
    ("en_GB", TEXT200),
    ("en_GB", CONTRAST),
    ("ur", NORMAL),
)


@dataclass
class Gallery:
    """The files written, in order, for the index."""

    out: Path
    rows: list[tuple[str, str, str, Path]] = field(default_factory=list)

    def add(self, screen: str, language: str, look: str, path: Path) -> None:
        self.rows.append((screen, language, look, path))

    def write_index(self) -> Path:
        lines = [
            "# Screenshot gallery",
            "",
            "Made by `make screenshots` (`python -m dpwallet.ui.screenshots docs/screenshots`)",
            "on the demo wallet. Look at these after changing a screen: nothing clipped,",
            "overlapping or in the wrong direction.",
            "",
            "| Screen | Language | Look | Picture |",
            "| --- | --- | --- | --- |",
        ]
        for screen, language, look, path in self.rows:
            lines.append(f"| {screen} | {language} | {look} | [{path.name}]({path.name}) |")
        index = self.out / "README.md"
        index.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return index


def _settle(until: Callable[[], bool] = lambda: True, seconds: float = 120) -> None:
    """Let running work finish and layouts catch up, as they would between clicks."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from dpwallet.ui import tasks

    end = time.monotonic() + seconds
    while not until() or tasks.busy():
        QApplication.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("the screen did not become ready in time")
        time.sleep(0.01)
    # Deliver posted events a few rounds (layouts post to their parents), as the running
    # event loop would before a person looks.
    for _ in range(5):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents()


def _apply(window: object, language: str, look: Look) -> None:
    from dpwallet.ui.easyread.state import easy_read_state
    from dpwallet.ui.window import MainWindow

    assert isinstance(window, MainWindow)
    s = window.session.settings
    if s.language != language:
        window.set_language(language)
    s.high_contrast = look.high_contrast
    s.easy_read = look.easy_read
    easy_read_state().set_on(look.easy_read)
    window.set_text_size(look.text_size_percent)  # the size pickers show it too
    _settle()


def _save(window: object, path: Path) -> None:
    from PIL import Image
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    window.grab().save(str(path))
    with Image.open(path) as picture:
        small = picture.convert("RGB").quantize(colors=256)
    small.save(path, optimize=True)


def _start_screens(window: object, gallery: Gallery, created: object) -> None:
    """Welcome, create (with its error summary), recovery code, unlock."""
    from dpwallet.services.wallet import CreatedWallet
    from dpwallet.ui.window import MainWindow

    assert isinstance(window, MainWindow) and isinstance(created, CreatedWallet)
    for language, look in START_LOOKS:
        _apply(window, language, look)

        def shot(screen: str, language: str = language, look: Look = look) -> None:
            _settle()
            path = gallery.out / f"{screen}-{language}-{look.name}.png"
            _save(window, path)
            gallery.add(screen, language, look.name, path)

        window.go_home()
        shot("welcome")
        window._start_create()
        window.create_view.name.editor.setText("Sam Jones")  # type: ignore[attr-defined]
        window.create_view._show_step(2)
        window.create_view.go_on()  # an empty passphrase: the kind error summary
        shot("create-error")
        window.recovery.show_code(created.recovery_code, created.wallet.paths.folder.name)
        window.show_screen(window.recovery)
        shot("recovery-code")
        window.open_path(created.wallet.paths.folder)
        shot("unlock")


def render(out: Path, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Draw the gallery into ``out``; returns the files written (the index last)."""
    from PySide6.QtWidgets import QApplication

    from dpwallet.app import build_window
    from dpwallet.services.wallet import Wallet
    from dpwallet.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    gallery = Gallery(out)
    window = build_window(app, Settings())
    window.resize(*WINDOW_SIZE)
    window.show()
    folder = Path(tempfile.mkdtemp(prefix="dpwallet-shots-"))
    created = Wallet.create(
        folder / "Sam Jones", name="Sam Jones", council="Westbrook", passphrase="blue kettle river"
    )
    created.wallet.lock()
    _start_screens(window, gallery, created)

    _apply(window, "en_GB", NORMAL)
    window.welcome.start_demo()
    _settle(lambda: window.session.is_open, 300)
    for language in languages:
        for look in SECTION_LOOKS.get(language, (NORMAL, EASY, TEXT200)):
            _apply(window, language, look)
            for section in SECTIONS:
                window.shell.show_section(section)
                window.shell.buttons[section].setFocus()  # as after a click on it
                _settle()
                path = out / f"{section}-{language}-{look.name}.png"
                _save(window, path)
                gallery.add(section, language, look.name, path)
    _apply(window, "en_GB", NORMAL)
    window.close()
    return [row[3] for row in gallery.rows] + [gallery.write_index()]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "screenshots")
    os.environ.setdefault("DPWALLET_HOME", tempfile.mkdtemp(prefix="dpwallet-shots-home-"))
    from dpwallet.ui.pyside_workaround import keep_none_alive

    keep_none_alive()
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    # PySide6 6.12 can crash in its own teardown after this script (never in the app);
    # the pictures are written, so leave without that teardown.
    os._exit(status)
