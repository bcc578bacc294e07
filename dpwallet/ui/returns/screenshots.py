"""Draw the financial check-up's pages to PNG: ``python -m dpwallet.ui.returns.screenshots OUT``.

The review (Step 2) and "Check your answers" (Step 4) pages on the demo, at normal
size, at 200% text and in Arabic (right to left), both as the window shows them and
as the whole page, so clipping, overlap and wrong direction can be seen. Run under
``xvfb-run -a`` or with ``QT_QPA_PLATFORM=offscreen``; everything goes to a temporary
``DPWALLET_HOME`` and the demo is deleted afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

VARIANTS = ("normal", "text200", "arabic")


def _walk_to(view: object, page: str) -> None:
    from dpwallet.ui import tasks
    from dpwallet.ui.returns.checkup_view import CheckupView
    from dpwallet.ui.screenshots import _wait

    assert isinstance(view, CheckupView)
    view.start()
    view.period.continue_button.click()
    _wait(lambda: not tasks.busy())
    if page == "answers":
        view.review.continue_button.click()
        view.declaration.name.editor.setText("Sam Jones")  # type: ignore[attr-defined]
        view.declaration.note.editor.setPlainText(  # type: ignore[attr-defined]
            "We are saving for a new wheelchair cushion."
        )
        view.declaration.continue_button.click()
        _wait(lambda: not tasks.busy())


def render(out: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from dpwallet.app import build_window
    from dpwallet.services.demo import open_demo
    from dpwallet.settings import Settings
    from dpwallet.ui import tasks
    from dpwallet.ui.returns.checkup_view import CheckupView
    from dpwallet.ui.screenshots import VARIANTS as LOOKS
    from dpwallet.ui.screenshots import _look, _wait

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    window = build_window(app, Settings())
    window.resize(1180, 800)
    window.show()
    window.session.demo_factory = lambda: open_demo(years=1)
    window.welcome.start_demo()
    _wait(lambda: window.session.is_open, 120)
    _wait(lambda: not tasks.busy())
    window.shell.show_section("checkup")
    view = window.shell.views["checkup"]
    assert isinstance(view, CheckupView)
    written: list[Path] = []
    for variant in VARIANTS:
        _look(window, variant, LOOKS[variant])
        for page in ("review", "answers"):
            _walk_to(view, page)
            app.processEvents()
            for kind, widget in (("window", window), ("page", view.column)):
                path = out / f"checkup-{variant}-{page}-{kind}.png"
                widget.grab().save(str(path))
                written.append(path)
    window.close()
    window.session.close()
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
    os._exit(status)  # PySide6 can crash in its own teardown; the pictures are written
