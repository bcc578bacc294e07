"""Easy read Timesheets: the week in words, each person's hours, holiday and sick days."""

from __future__ import annotations

import datetime as dt

import pytest

from dpwallet.ui.easyread import easy_read_state
from dpwallet.ui.easyread.corner import page_sentences
from dpwallet.ui.easyread.timesheets import EasyTimesheets
from tests.gui.easyread_sections import (
    check_easy_rules,
    easy_window,
    has_month,
    right_to_left_rows,
    row_order,
    shared_window,
)

__all__ = ["shared_window"]  # the module's one window (a fixture)

THIS_WEEK = [
    "Hours worked",
    "This week is from Monday 25 May 2026 to Sunday 31 May 2026.",
    "Amina Patel worked 6 hours this week.",
    "Amina Patel had 1 day of holiday.",
    "Amina Patel was off sick for 1 day.",
    "Bea Khan worked 20.5 hours this week.",
]


@pytest.fixture()
def win(qtbot, shared_window):  # type: ignore[no-untyped-def]
    window = easy_window(shared_window, "timesheets")
    view = window.shell.views["timesheets"]
    if view.monday != dt.date(2026, 5, 25):
        view.this_week()
    qtbot.wait(1)
    return window


def test_easy_read_switch_shows_the_easy_week(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    view = win.shell.views["timesheets"]
    assert isinstance(view.easy_read_view(), EasyTimesheets)
    win.shell.settings.easy_read.setChecked(False)
    assert view.easy_read_view() is None and view.table.isVisible()
    win.shell.settings.easy_read.setChecked(True)
    assert view.easy_read_view() is view.easy


def test_the_week_and_each_person_in_order(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["timesheets"].easy
    assert easy.sentences() == THIS_WEEK
    assert row_order(easy) == THIS_WEEK
    assert page_sentences(win.shell.pages.currentWidget()) == THIS_WEEK
    assert has_month(easy.week.sentence())
    assert {"holiday", "off_sick"} <= set(easy.glossary_terms())
    check_easy_rules(easy)
    words = [b.words() for b in easy.buttons() if b.isVisibleTo(easy)]
    assert words == ["Last week", "Next week", "Add hours"]


def test_last_and_next_week_move_the_same_week(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    view = win.shell.views["timesheets"]
    easy = view.easy
    easy.previous_button.click()
    assert view.monday == dt.date(2026, 5, 18)
    assert easy.sentences() == [
        "Hours worked",
        "This is the week from Monday 18 May 2026 to Sunday 24 May 2026.",
        "Amina Patel has no hours in that week.",
        "Bea Khan worked 22.5 hours in that week.",
    ]
    assert easy.this_week_button.isVisibleTo(easy)
    check_easy_rules(easy)
    easy.next_button.click()
    easy.next_button.click()
    assert view.monday == dt.date(2026, 6, 1)
    easy.this_week_button.click()
    assert view.monday == dt.date(2026, 5, 25) and easy.sentences() == THIS_WEEK
    assert not easy.this_week_button.isVisibleTo(easy)


def test_add_hours_uses_the_normal_form_then_comes_back(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    view = win.shell.views["timesheets"]
    view.easy.add_button.click()
    assert view.easy_read_view() is None and view.form.isVisible()
    assert view.easy_back.isVisible() and view.easy_back.words() == "Back to easy read"
    assert easy_read_state().on
    view.easy_back.click()
    assert view.easy_read_view() is view.easy and not view.easy_back.isVisibleTo(view)


def test_text_at_200_percent_keeps_the_rules(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["timesheets"].easy
    win.set_text_size(200)
    qtbot.wait(1)
    check_easy_rules(easy)
    for button in easy.easy_buttons:
        if button.isVisibleTo(easy):
            assert button.geometry().right() <= easy.column.width(), button.objectName()


def test_welsh_and_back_rebuild_every_sentence(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["timesheets"].easy
    win.set_language("cy")
    try:
        assert win.shell.views["timesheets"].easy_read_view() is easy
        assert "Mai 2026" in easy.week.sentence()  # the dates in Welsh
        assert easy.sentences() != THIS_WEEK
    finally:
        win.set_language("en_GB")
    assert easy.sentences() == THIS_WEEK


def test_urdu_puts_the_picture_right_and_swaps_the_arrows(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["timesheets"].easy
    assert easy.previous_button.picture == "arrow-back"
    win.set_language("ur")
    try:
        qtbot.wait(1)
        assert easy.isRightToLeft()
        right_to_left_rows(easy)
        assert easy.previous_button.picture == "arrow-next"  # back points right in Urdu
        check_easy_rules(easy)
    finally:
        win.set_language("en_GB")
    assert easy.previous_button.picture == "arrow-back"
