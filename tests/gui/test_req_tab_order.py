"""Requirement 3 (access-and-languages.md §5): Tab reaches every interactive widget on
every screen, in the order the screen reads: top to bottom, and start to end within a
row (left to right in English, right to left in Urdu). The expected order comes from the
widgets' geometry (tests/gui/a11y.py ``visual_order``), not from a list of names, so it
stays right as screens change.

Each language gets its own window, switched before the walk and deleted after it: PySide
6.12 can crash when a language switch reaches a window whose whole focus chain was
wrapped (see ``tab_chain``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QWidget

from dpwallet.ui.sections import SECTIONS
from tests.gui.a11y import tab_chain, tab_order_problems
from tests.gui.walk import Walk, settle, walk_window


@pytest.fixture(scope="module", params=["en_GB", "ur"])
def walk(request, qapp, tmp_path_factory) -> Iterator[Walk]:  # type: ignore[no-untyped-def]
    with walk_window(qapp, tmp_path_factory.mktemp("tab-home")) as shared:
        shared.look(language=request.param)
        yield shared


def test_req3_tab_follows_reading_order_and_reaches_everything(walk: Walk) -> None:
    window = walk.window
    assert isinstance(window, QWidget)
    found: dict[str, list[str]] = {}
    stops = 0
    for screen in walk.screens():
        settle()
        problems = tab_order_problems(window)
        stops += len(tab_chain(window))
        if problems:
            found[screen] = problems
    assert stops > 100  # the walk really went through the screens
    if found:
        lines = "\n".join(f"{screen}: {problems}" for screen, problems in found.items())
        print(lines, file=sys.stderr)
        pytest.fail(lines, pytrace=False)


def test_req3_navigation_comes_first_on_the_reading_start_side(walk: Walk) -> None:
    walk.open_demo()
    window = walk.window
    assert isinstance(window, QWidget)
    shell = window.shell  # type: ignore[attr-defined]
    shell.show_section("home")
    settle()
    chain = tab_chain(window)
    nav = [chain.index(shell.buttons[s.key]) for s in SECTIONS]
    assert nav == sorted(nav)
    corner = chain.index(shell.corner.findChildren(QAbstractButton)[0])
    assert corner > nav[-1]
    page_x = shell.pages.mapTo(window, shell.pages.rect().topLeft()).x()
    nav_x = shell.nav.mapTo(window, shell.nav.rect().topLeft()).x()
    assert (nav_x > page_x) == window.isRightToLeft()
