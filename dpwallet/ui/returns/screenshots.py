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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

    from dpwallet.services.wallet import Wallet

VARIANTS = ("normal", "text200", "arabic")


def _settle() -> None:
    """Let running work finish and the layouts catch up, as they would between clicks."""
    import time

    from PySide6.QtWidgets import QApplication

    from dpwallet.ui import tasks
    from dpwallet.ui.screenshots import _wait

    _wait(lambda: not tasks.busy())
    for _round in range(20):  # a tight processEvents loop drains None's refcount in PySide
        QApplication.processEvents()
        time.sleep(0.01)


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
            _settle()
            for kind, widget in (("window", window), ("page", view.column)):
                path = out / f"checkup-{variant}-{page}-{kind}.png"
                widget.grab().save(str(path))
                written.append(path)
    _look(window, "normal", LOOKS["normal"])
    for page in ("period", "declaration", "done", "history"):
        written.append(_extra(view, page, out))
    window.close()
    window.session.close()
    return written


def _extra(view: object, page: str, out: Path) -> Path:
    """Step 1, Step 3, the confirmation and a sent check-up that changed since."""
    from dpwallet.services import return_history
    from dpwallet.ui import tasks
    from dpwallet.ui.returns.checkup_view import CheckupView
    from dpwallet.ui.screenshots import _wait

    assert isinstance(view, CheckupView)
    _settle()
    if page == "period":
        view.start()
    elif page == "declaration":
        _walk_to(view, "review")
        view.review.continue_button.click()
        view.declaration.continue_button.click()  # no name: "There is a problem"
    elif page == "done":
        _walk_to(view, "answers")
        view.draft.folder = Path(tempfile.mkdtemp(prefix="dpwallet-shots-out-"))
        view.answers.continue_button.click()
        _wait(lambda: not tasks.busy())
        view.mark_sent()
    else:
        wallet = view.session.wallet
        assert wallet is not None and view.draft.sheet is not None
        sheet = view.draft.sheet
        _change_one(wallet, sheet.inputs.period_from, sheet.inputs.period_to)
        view.finish()
        _wait(lambda: not tasks.busy())
        assert return_history.sent_returns(wallet)
    _settle()
    path = out / f"checkup-normal-{page}-page.png"
    view.column.grab().save(str(path))
    return path


def _change_one(wallet: Wallet, start: dt.date, end: dt.date) -> None:
    from dpwallet.domain.money import Money
    from dpwallet.services import money_ledger as ledger

    rows = [r for r in ledger.payments(wallet) if start <= r.date <= end and r.amount.pence < 0]
    row = rows[0]
    if row.locked:
        ledger.unlock_transaction(wallet, row.id)
    ledger.edit_payment(
        wallet,
        row.id,
        ledger.PaymentDetails(
            row.account_id,
            row.date,
            row.amount - Money(1250),
            row.payee,
            row.description,
            row.category,
            row.outcome_id,
        ),
    )


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
