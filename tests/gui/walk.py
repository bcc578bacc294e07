"""One window on the demo wallet, and a walk over every screen a person can reach.

The requirement tests (tests/gui/test_req_*.py) check each screen the walk shows: the
screens before a wallet is open (welcome, the create steps, the recovery code, unlock,
forgotten passphrase) and every section of dpwallet/ui/sections.py, including the pages
and tabs inside Money, Personal assistants, Timesheets, Pay, Outcomes and the financial
check-up. Building the demo takes seconds, so a test module makes one :class:`Walk` and
shares it.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

import dpwallet.i18n as i18n
from dpwallet.services.wallet import Wallet
from dpwallet.ui.sections import SECTIONS
from tests.gui.conftest import GUI_PASSPHRASE

WINDOW_SIZE = (1024, 768)  # requirement 8: the smallest window we promise to fit


def settle(until: Callable[[], bool] = lambda: True, seconds: float = 60) -> None:
    """Let background work finish and layouts catch up, as between two clicks."""
    from dpwallet.ui import tasks

    end = time.monotonic() + seconds
    while not until() or tasks.busy():
        QApplication.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("the screen did not become ready in time")
        time.sleep(0.005)
    # A layout change posts the next one up the tree (button, page, scroll area, window):
    # deliver posted events a few rounds, as the running event loop would before a person
    # looks; one or two rounds left a slow machine looking at a half-done layout.
    for _ in range(5):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents()
    # deleteLater() runs when the real event loop gets control back; processEvents() alone
    # never runs it, and parts left waiting would still receive the next language switch.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@dataclass
class Walk:
    window: object  # MainWindow; typed loosely so the tests can reach its parts
    folder: Path  # a small locked wallet on disk, for unlock and forgotten passphrase

    # ------------------------------------------------------------ settings
    def look(
        self,
        *,
        language: str = "en_GB",
        text_size: int = 100,
        high_contrast: bool = False,
        easy_read: bool = False,
    ) -> None:
        """Change only what differs: every restyle walks every screen's widgets."""
        from dpwallet.ui.easyread.state import easy_read_state

        w = self.window
        s = w.session.settings  # type: ignore[attr-defined]
        settle()  # nothing waiting for deletion may meet the language switch
        if s.language != language:
            w.set_language(language)  # type: ignore[attr-defined]
        if (s.text_size_percent, s.high_contrast, s.easy_read) != (
            text_size,
            high_contrast,
            easy_read,
        ) or easy_read_state().on != easy_read:
            s.text_size_percent, s.high_contrast, s.easy_read = text_size, high_contrast, easy_read
            easy_read_state().set_on(easy_read)
            w.apply_appearance()  # type: ignore[attr-defined]
        settle()

    # ------------------------------------------------------------ screens
    def start_screens(self) -> Iterator[str]:
        """The screens before a wallet is open; the demo stays open afterwards."""
        w = self.window
        demo_open = w.session.is_open  # type: ignore[attr-defined]
        if demo_open:
            w.lock()  # type: ignore[attr-defined]
        w.go_home()  # type: ignore[attr-defined]
        yield "welcome"
        w._start_create()  # type: ignore[attr-defined]
        for step in range(3):
            w.create_view._show_step(step)  # type: ignore[attr-defined]
            yield f"create step {step + 1}"
        w.create_view.go_on()  # type: ignore[attr-defined]  # empty passphrase: the error summary
        yield "create with problems"
        w.recovery.show_code("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345", "Ann Lee.dpwallet")  # type: ignore[attr-defined]
        w.show_screen(w.recovery)  # type: ignore[attr-defined]
        yield "recovery code"
        w.open_path(self.folder)  # type: ignore[attr-defined]
        yield "unlock"
        w.unlock.forgot.emit(self.folder)  # type: ignore[attr-defined]
        yield "forgotten passphrase"
        self.open_demo()

    def open_demo(self) -> None:
        w = self.window
        if w.session.is_open:  # type: ignore[attr-defined]
            return
        w.go_home()  # type: ignore[attr-defined]
        w.welcome.start_demo()  # type: ignore[attr-defined]
        settle(lambda: w.session.is_open, 300)  # type: ignore[attr-defined]

    def section_screens(self) -> Iterator[str]:
        """Every section, and the pages and tabs inside them, on the open demo wallet."""
        self.open_demo()
        shell = self.window.shell  # type: ignore[attr-defined]
        for section in SECTIONS:
            shell.show_section(section.key)
            settle()
            yield f"section {section.key}"
            view = shell.views[section.key]
            inner = getattr(self, f"_inside_{section.key}", None)
            if inner is not None:
                yield from inner(view)
        shell.show_section("home")
        settle()

    def screens(self) -> Iterator[str]:
        yield from self.start_screens()
        yield from self.section_screens()

    # ------------------------------------------------------------ inside the sections
    def _inside_money(self, view: QWidget) -> Iterator[str]:
        pages = getattr(view, "pages", [])
        for page in pages[1:]:
            view.tabs.setCurrentWidget(page)  # type: ignore[attr-defined]
            settle()
            yield f"money tab {page.objectName()}"
        if pages:
            view.tabs.setCurrentWidget(pages[0])  # type: ignore[attr-defined]

    def _inside_people(self, view: QWidget) -> Iterator[str]:
        if not hasattr(view, "add_new"):
            return
        view.add_new()
        yield "people new assistant"
        view.form.save()  # type: ignore[attr-defined]  # nothing filled in: the error summary
        yield "people new assistant with problems"
        view.show_list()  # type: ignore[attr-defined]
        if view.table.model().rowCount() > 0:  # type: ignore[attr-defined]
            view.table.selectRow(0)  # type: ignore[attr-defined]
            view.rates_for_selected()  # type: ignore[attr-defined]
            yield "people pay rates"
            view.show_list()  # type: ignore[attr-defined]
            view.edit_selected()  # type: ignore[attr-defined]
            yield "people edit assistant"
        view.show_list()  # type: ignore[attr-defined]

    def _inside_timesheets(self, view: QWidget) -> Iterator[str]:
        form = getattr(view, "form", None)
        if form is not None and form.kind.count() > 2:
            old = form.kind.currentIndex()
            form.kind.setCurrentIndex(2)  # sleep-in: the hours awake box shows
            yield "timesheets sleep-in shift"
            form.kind.setCurrentIndex(old)

    def _inside_pay(self, view: QWidget) -> Iterator[str]:
        if not hasattr(view, "preview"):
            return
        view.preview()
        settle()
        yield "pay after preview"
        view.show_check()  # type: ignore[attr-defined]
        view.check_page.check()  # type: ignore[attr-defined]
        settle()
        yield "pay check a payslip"
        view.show_main()  # type: ignore[attr-defined]

    def _inside_outcomes(self, view: QWidget) -> Iterator[str]:
        table = getattr(view, "table", None)
        if table is not None and table.model().rowCount() > 0:
            table.selectRow(0)
            view._edit()  # type: ignore[attr-defined]
            yield "outcomes edit"
            view._cancel()  # type: ignore[attr-defined]

    def _inside_checkup(self, view: QWidget) -> Iterator[str]:
        if not hasattr(view, "start"):
            return
        view.start()
        settle()
        yield "checkup period"
        view._period_done()  # type: ignore[attr-defined]
        settle()
        yield "checkup review"
        for page in ("declaration", "answers", "files", "done"):
            view.show_page(getattr(view, page))  # type: ignore[attr-defined]
            settle()
            yield f"checkup {page}"
        view.show_page(view.history)  # type: ignore[attr-defined]


@contextlib.contextmanager
def walk_window(qapp: QApplication, home: Path) -> Iterator[Walk]:
    """A shown 1024×768 window with a small locked wallet on disk; English, normal look."""
    from dpwallet.app import build_window
    from dpwallet.settings import Settings
    from dpwallet.ui.i18n_qt import apply_language

    old = os.environ.get("DPWALLET_HOME")
    os.environ["DPWALLET_HOME"] = str(home)
    created = Wallet.create(
        home / "Ann Lee", name="Ann Lee", council="Testshire", passphrase=GUI_PASSPHRASE
    )
    folder = created.wallet.paths.folder
    created.wallet.lock()
    win = build_window(qapp, Settings())
    win.resize(*WINDOW_SIZE)
    win.show()
    walk = Walk(win, folder)
    try:
        yield walk
    finally:
        settle()
        win.close()
        # Delete the window before going back to English, so the switch never reaches it.
        win.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if i18n.current_language() != "en_GB":
            apply_language("en_GB")
        if old is None:
            os.environ.pop("DPWALLET_HOME", None)
        else:
            os.environ["DPWALLET_HOME"] = old
