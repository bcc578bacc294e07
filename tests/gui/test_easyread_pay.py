"""Easy read Pay: the next pay day and who gets what, the tax office and pension, last pay."""

from __future__ import annotations

import datetime as dt

import pytest

from dpwallet.i18n.formatting import format_money
from dpwallet.services import payroll_service
from dpwallet.ui.easyread import easy_read_state
from dpwallet.ui.easyread.corner import page_sentences
from dpwallet.ui.easyread.pay import EasyPay
from dpwallet.ui.pay import pay_figures
from tests.gui.easyread_sections import (
    check_easy_rules,
    easy_window,
    has_month,
    right_to_left_rows,
    row_order,
    shared_window,
)

__all__ = ["shared_window"]  # the module's one window (a fixture)

TODAY = dt.date(2026, 5, 27)


@pytest.fixture()
def win(qtbot, shared_window):  # type: ignore[no-untyped-def]
    window = easy_window(shared_window, "pay")
    qtbot.wait(1)
    return window


def expected(wallet) -> list[str]:  # type: ignore[no-untyped-def]
    """The sentences worked out from the same services the normal screen uses."""
    preview = payroll_service.preview_pay_run(wallet, dt.date(2026, 5, 31))
    summary = pay_figures.employer_summary(wallet, TODAY, quarterly=False)
    last = pay_figures.confirmed_runs(wallet)[0]
    lines = ["Pay", "Your next pay day is Sunday 31 May 2026."]
    lines += [
        f"So far {s.payslip.pa_name} gets {format_money(s.payslip.net_pay, easy_read=True)}."
        for s in preview.payslips
    ]
    assert summary.hmrc and summary.hmrc[0].amount.pence > 0
    lines.append(
        f"You pay {format_money(summary.hmrc[0].amount, easy_read=True)} to the tax office"
        " by Monday 22 June 2026."
    )
    lines += [
        f"You pay {format_money(p.amount, easy_read=True)} into the pension by Monday 22 June 2026."
        for p in summary.pension
    ]
    lines.append(
        f"Last time you paid {format_money(last.net, easy_read=True)} on Sunday 24 May 2026."
    )
    return lines


def test_easy_read_switch_shows_easy_pay(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    view = win.shell.views["pay"]
    assert isinstance(view.easy_read_view(), EasyPay)
    win.shell.settings.easy_read.setChecked(False)
    assert view.easy_read_view() is None and view.preview_button.isVisible()
    win.shell.settings.easy_read.setChecked(True)
    assert view.easy_read_view() is view.easy


def test_next_pay_tax_office_pension_and_last_pay_in_order(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["pay"].easy
    lines = expected(win.session.wallet)
    assert [s.split(" gets ")[0] for s in lines[2:4]] == ["So far Amina Patel", "So far Bea Khan"]
    assert easy.sentences() == lines
    assert row_order(easy) == lines
    assert page_sentences(win.shell.pages.currentWidget()) == lines
    for sentence in lines[1:]:
        if " on " in sentence or " by " in sentence or "day is" in sentence:
            assert has_month(sentence), sentence
    assert {"pay_day", "tax_office", "tax"} <= set(easy.glossary_terms())
    check_easy_rules(easy)


def test_work_out_pay_opens_the_same_check_page(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    view = win.shell.views["pay"]
    assert view.easy.work_out_button.words() == "Work out pay"
    view.easy.work_out_button.click()
    assert view.easy_read_view() is None and view.preview_page.isVisible()
    assert easy_read_state().on
    assert view.preview_page.result is not None
    assert view.preview_page.result.period_end == dt.date(2026, 5, 31)
    view.preview_page.back.emit()
    assert view.easy_read_view() is view.easy and view.easy.isVisible()


def test_text_at_200_percent_keeps_the_rules(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["pay"].easy
    win.set_text_size(200)
    qtbot.wait(1)
    check_easy_rules(easy)
    assert easy.payday.text.font().pointSizeF() >= 32
    assert easy.last.text.font().pointSizeF() >= 40
    button = easy.work_out_button
    assert button.geometry().right() <= easy.column.width()


def test_welsh_and_back_rebuild_every_sentence(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["pay"].easy
    english = easy.sentences()
    win.set_language("cy")
    try:
        assert win.shell.views["pay"].easy_read_view() is easy
        assert "Mai 2026" in easy.payday.sentence()
        assert easy.sentences() != english
    finally:
        win.set_language("en_GB")
    assert easy.sentences() == english


def test_urdu_puts_the_picture_right_of_the_sentence(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = win.shell.views["pay"].easy
    win.set_language("ur")
    try:
        qtbot.wait(1)
        assert easy.isRightToLeft()
        right_to_left_rows(easy)
        check_easy_rules(easy)
    finally:
        win.set_language("en_GB")
