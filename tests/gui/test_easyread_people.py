"""Easy read Personal assistants: pay an hour, what is missing, and the same Add form."""

from __future__ import annotations

import pytest

from dpwallet.i18n import npgettext
from dpwallet.ui.easyread import easy_read_state
from dpwallet.ui.easyread.corner import page_sentences, page_terms
from dpwallet.ui.easyread.glossary_data import GLOSSARY
from dpwallet.ui.easyread.people import EasyPeople
from dpwallet.ui.easyread.pictures import alt_text
from tests.gui.easyread_sections import (
    check_easy_rules,
    easy_window,
    right_to_left_rows,
    row_order,
    shared_window,
)

__all__ = ["shared_window"]  # the module's one window (a fixture)

EXPECTED = [
    "Your personal assistants",
    "You have 2 personal assistants.",
    "Amina Patel is paid £12.60 an hour.",
    "Please add Amina Patel's National Insurance number when you can.",
    "Please add the date of Amina Patel's contract when you can.",
    "Bea Khan is paid £13.00 an hour.",
    "Please add the date of Bea Khan's contract when you can.",
    "Please add the date your insurance for personal assistants ends.",
]


@pytest.fixture()
def win(qtbot, shared_window):  # type: ignore[no-untyped-def]
    window = easy_window(shared_window, "people")
    qtbot.wait(1)
    return window


def test_easy_read_switch_shows_the_easy_list(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    view = win.shell.views["people"]
    assert isinstance(view.easy_read_view(), EasyPeople)
    win.shell.settings.easy_read.setChecked(False)
    assert view.easy_read_view() is None and view.scroller.isVisible()
    win.shell.settings.easy_read.setChecked(True)
    assert view.easy_read_view() is view.easy and view.easy.isVisible()


def test_each_person_pay_and_what_is_missing_in_order(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["people"].easy
    assert easy.sentences() == EXPECTED
    assert row_order(easy) == EXPECTED
    assert page_sentences(win.shell.pages.currentWidget()) == EXPECTED
    check_easy_rules(easy)
    terms = page_terms(win.shell.pages.currentWidget())
    assert {"personal_assistant", "pay_rate", "national_insurance_number", "insurance"} <= set(
        terms
    )
    assert set(terms) <= set(GLOSSARY)


def test_add_opens_the_same_form_and_back_returns(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    view = win.shell.views["people"]
    assert view.easy.add_button.words() == "Add a personal assistant"
    view.easy.add_button.click()
    assert view.easy_read_view() is None and view.form.isVisible()
    assert easy_read_state().on
    view.form.back.emit()
    assert view.easy_read_view() is view.easy and view.easy.isVisible()


def test_text_at_200_percent_keeps_the_rules(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["people"].easy
    win.set_text_size(200)
    qtbot.wait(1)
    check_easy_rules(easy)
    assert easy.count.text.font().pointSizeF() >= 32
    button = easy.add_button
    assert button.width() >= button.sizeHint().width()
    assert button.geometry().right() <= easy.column.width()


def test_welsh_and_back_rebuild_every_sentence(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["people"].easy
    win.set_language("cy")
    try:
        assert easy_read_state().on and win.shell.views["people"].easy_read_view() is easy
        assert easy.count.sentence() == npgettext(
            "easyread", "You have {n} personal assistant.", "You have {n} personal assistants.", 2
        ).format(n="2")
        assert easy.count.picture.accessibleName() == alt_text("person") == "Llun o berson"
    finally:
        win.set_language("en_GB")
    assert easy.sentences() == EXPECTED
    assert easy.count.picture.accessibleName() == "Picture of a person"


def test_urdu_puts_the_picture_right_of_the_sentence(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["people"].easy
    win.set_language("ur")
    try:
        qtbot.wait(1)
        assert easy.isRightToLeft()
        right_to_left_rows(easy)
        check_easy_rules(easy)
    finally:
        win.set_language("en_GB")
