"""Screens that rebuild their parts many times in one session do not crash PySide.

Why: widgets deleted later while still in a layout (or handed back to Python first)
corrupted the heap under PySide 6.12; visiting the check-up's review about seven times,
or locking and unlocking about ten times, then crashed the app. Every screen now drops
old parts through ``dpwallet.ui.discard``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QWidget

from dpwallet.ui.discard import discard
from tests.gui.walk import Walk, settle, walk_window

ROUNDS = 15


@pytest.fixture(scope="module")
def demo(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Walk]:
    with walk_window(qapp, tmp_path_factory.mktemp("refill")) as shown:
        shown.open_demo()
        yield shown


def test_checkup_review_rebuilt_many_times(demo: Walk) -> None:
    shell = demo.window.shell  # type: ignore[attr-defined]
    shell.show_section("checkup")
    settle()
    view = shell.views["checkup"]
    for _round in range(ROUNDS):
        screens = list(demo._inside_checkup(view))
        assert screens[:2] == ["checkup period", "checkup review"]
        settle()
    shell.show_section("home")
    settle()


def test_sections_and_their_pages_many_times(demo: Walk) -> None:
    for _round in range(2):
        seen = list(demo.section_screens())
        assert "section checkup" in seen
        settle()


def test_discard_takes_the_widget_out_of_its_layout_at_once(qapp: QApplication) -> None:
    host = QWidget()
    grid = QGridLayout(host)
    old = QLabel("old")
    old.setObjectName("part")
    grid.addWidget(old, 0, 0)
    discard(old)
    assert grid.count() == 0
    assert old.isHidden() and old.objectName() == ""
    assert old.parentWidget() is host  # Qt still owns it until its delayed delete
    host.deleteLater()
    settle()
