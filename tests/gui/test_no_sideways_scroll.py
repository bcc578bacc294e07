"""No main screen is wider than the window at 200% text in long-worded languages.

Why: in Welsh (long words) and Urdu (right to left), at 200% text and a 1024 x 768 window,
rows of buttons, long check boxes and side-by-side fields made the section's content wider
than its scroll area, so the page scrolled sideways and cut sentences at the edge. Data
tables may scroll sideways inside themselves; they must not force the page wider.

One window for the module, holding a small wallet built through the services (PAs, shifts
and a confirmed pay run; see tests/gui/easyread_sections.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from dpwallet.ui.sections import SECTIONS
from tests.gui.easyread_sections import shared_window  # noqa: F401 - the module's window

LANGUAGES = ("cy", "ur")


def _settle() -> None:
    for _n in range(6):
        QApplication.processEvents()


@pytest.fixture(scope="module")
def big_window(shared_window: Any) -> Iterator[Any]:  # noqa: F811 - the fixture above
    win = shared_window
    win.shell.settings.easy_read.setChecked(False)
    win.resize(1024, 768)
    yield win
    win.set_text_size(100)


def _overflow(win: Any, key: str) -> tuple[int, int]:
    scroller = win.shell.views[key].scroller
    _settle()
    return scroller.widget().minimumSizeHint().width(), scroller.viewport().width()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_fits_its_window(big_window: Any, language: str) -> None:
    win = big_window
    win.set_language(language)
    win.set_text_size(200)
    too_wide = []
    for section in SECTIONS:
        win.shell.show_section(section.key)
        view = win.shell.views[section.key]
        view.refresh()
        assert view.scroller.isVisible(), section.key  # the normal view, not easy read
        content, room = _overflow(win, section.key)
        if content > room:
            too_wide.append((section.key, content, room))
    assert not too_wide, too_wide


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_money_tab_fits_its_window(big_window: Any, language: str) -> None:
    win = big_window
    win.set_language(language)
    win.set_text_size(200)
    win.shell.show_section("money")
    tabs = win.shell.views["money"].findChild(QTabWidget, "moneyTabs")
    too_wide = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        content, room = _overflow(win, "money")
        if content > room:
            too_wide.append((tabs.tabText(index), content, room))
    tabs.setCurrentIndex(0)
    assert not too_wide, too_wide
