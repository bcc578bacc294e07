"""Easy read Outcomes: each outcome and what was spent on it since 1 April, the money not
linked to an outcome yet, and "Add an outcome" opening the normal screen's own form.

The wallet is the one easy read Money's tests build (Wednesday 27 May 2026), with a
second outcome nothing was spent on and a refund bigger than the spend on a third.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from dpwallet.domain.money import Money
from dpwallet.services import money_ledger, money_service
from dpwallet.services.money_ledger import PaymentDetails
from dpwallet.services.money_service import OutcomeDetails
from dpwallet.services.wallet import Wallet
from dpwallet.ui.easyread import easy_read_state
from dpwallet.ui.easyread.corner import page_sentences, page_terms
from dpwallet.ui.easyread.outcomes import EasyOutcomes, year_start
from tests.gui.a11y import too_small
from tests.gui.easyread_sections import check_easy_rules, easy_window, window_over
from tests.gui.test_easyread_money import money_wallet


def outcomes_wallet(home: Path) -> Wallet:
    """Easy read Money's wallet, with a second outcome and a refund bigger than a spend."""
    wallet = money_wallet(home)
    money_service.add_outcome(wallet, OutcomeDetails("Keep clean every day"))
    money_service.add_outcome(wallet, OutcomeDetails("Eat well"))
    bank = money_service.accounts(wallet)[0].id
    eat = money_service.outcomes(wallet)[2].id
    for pence in (-2000, 3000):  # £20.00 spent, then £30.00 back
        details = PaymentDetails(bank, dt.date(2026, 5, 12), Money(pence), "Shop", outcome_id=eat)
        money_ledger.add_payment(wallet, details)
    return wallet


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory) -> Iterator[object]:  # type: ignore[no-untyped-def]
    with window_over(qapp, tmp_path_factory.mktemp("er-outcomes"), outcomes_wallet) as win:
        yield win


@pytest.fixture()
def win(qtbot, shared_window):  # type: ignore[no-untyped-def]
    easy_window(shared_window, "outcomes")
    qtbot.wait(1)
    return shared_window


def easy_of(win: object) -> EasyOutcomes:
    easy = win.shell.views["outcomes"].easy_read_view()  # type: ignore[attr-defined]
    assert isinstance(easy, EasyOutcomes)
    return easy


def test_year_starts_on_1_april() -> None:
    assert year_start(dt.date(2026, 5, 27)) == dt.date(2026, 4, 1)
    assert year_start(dt.date(2027, 3, 31)) == dt.date(2026, 4, 1)
    assert year_start(dt.date(2026, 4, 1)) == dt.date(2026, 4, 1)


def test_switch_shows_easy_outcomes(win) -> None:  # type: ignore[no-untyped-def]
    view = win.shell.views["outcomes"]
    assert view.easy_read_view() is view.easy
    win.shell.settings.easy_read.setChecked(False)
    assert view.easy_read_view() is None and view.table.isVisible()
    win.shell.settings.easy_read.setChecked(True)
    assert isinstance(view.easy_read_view(), EasyOutcomes)


def test_one_line_an_outcome_in_row_order(win) -> None:  # type: ignore[no-untyped-def]
    easy = easy_of(win)
    assert easy.sentences() == [
        "Outcomes",
        "Your support plan has 3 outcomes.",
        "This is the money you spent since Wednesday 1 April 2026.",
        "You spent £45.00 on \u201cGet out of the house\u201d.",
        "You spent nothing on \u201cKeep clean every day\u201d yet.",
        "You got £10.00 back for \u201cEat well\u201d.",
        "£132.50 is not linked to an outcome yet.",
    ]
    shown = sorted(
        (r for r in easy.rows if not r.isHidden()), key=lambda r: r.mapTo(easy, r.pos()).y()
    )
    assert [r.sentence() for r in shown] == easy.sentences()[1:]
    assert page_sentences(win.shell.pages.currentWidget()) == easy.sentences()
    assert "outcome" in page_terms(win.shell.pages.currentWidget())
    assert "April" in easy.since.sentence()


def test_easy_rules_sizes_and_signs(win) -> None:  # type: ignore[no-untyped-def]
    easy = easy_of(win)
    check_easy_rules(easy)
    assert easy.count.text.font().pointSizeF() >= 16
    for row in easy.outcome_rows:
        assert row.text.font().pointSizeF() >= 20
    assert [b.words() for b in easy.easy_buttons] == ["Add an outcome"]
    win.set_text_size(200)
    assert easy.count.text.font().pointSizeF() >= 32
    check_easy_rules(easy)
    assert too_small(easy, 44) == []


def test_language_switch_rewords_and_rtl_pictures(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = easy_of(win)
    english = easy.sentences()
    win.set_language("cy")
    assert easy_read_state().on and easy_of(win) is easy
    assert easy.sentences() != english
    win.set_language("ur")
    qtbot.wait(1)
    assert easy.isRightToLeft()
    for row in easy.rows:
        if not row.isHidden():
            assert row.picture.x() > row.text.x(), row.objectName()
    win.set_language("en_GB")
    assert easy.sentences() == english


def test_add_an_outcome_opens_the_form_and_comes_back(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    view = win.shell.views["outcomes"]
    easy_of(win).add_button.click()
    assert view.easy_read_view() is None and view.form.isVisible()
    assert view.easy_back.isVisible()
    view.form.cancel.click()  # Cancel: straight back to easy read
    assert view.easy_read_view() is view.easy
    view.easy.add_button.click()
    view.form.editor(view.form.text).setText("See my sister")
    view.form.save.click()
    assert view.easy_read_view() is view.easy  # saved: back to easy read, with the new line
    assert "You spent nothing on \u201cSee my sister\u201d yet." in view.easy.sentences()
    assert "Your support plan has 4 outcomes." in view.easy.sentences()


def test_no_outcomes_yet_and_locking(win) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui.easyread.outcomes import OutcomeFacts

    easy = easy_of(win)
    easy.show_outcomes(OutcomeFacts(dt.date(2026, 4, 1), (), Money(0)))
    assert easy.sentences() == [
        "Outcomes",
        "You have not added the outcomes from your plan yet.",
    ]
    assert easy.add_button.isVisibleTo(easy)
    win.shell.views["outcomes"].clear()
    assert easy.sentences() == ["Outcomes"]
    win.shell.views["outcomes"].refresh()
    assert len(easy.sentences()) > 2
