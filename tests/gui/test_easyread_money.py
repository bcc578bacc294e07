"""Easy read Money: balances without minus signs, payments as sentences, what to do, and
the buttons opening the normal screen's own form and import page.

The wallet is built through the services on a fixed day (Wednesday 27 May 2026): a bank
account with a council payment and 2 payments out (ticked off against a statement on
Tuesday 5 May), and a prepaid card that is £12.50 overdrawn.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from dpwallet.domain import categories
from dpwallet.domain.clock import FixedClock
from dpwallet.domain.money import Money
from dpwallet.services import money_ledger, money_reconcile, money_service
from dpwallet.services.money_ledger import PaymentDetails
from dpwallet.services.money_service import OutcomeDetails
from dpwallet.services.wallet import Wallet
from dpwallet.ui.easyread import easy_read_state
from dpwallet.ui.easyread.corner import page_sentences, page_terms
from dpwallet.ui.easyread.glossary_data import GLOSSARY
from dpwallet.ui.easyread.money import EasyMoney
from dpwallet.ui.money import forms
from tests.gui.a11y import too_small
from tests.gui.conftest import GUI_PASSPHRASE
from tests.gui.easyread_sections import check_easy_rules, easy_window, window_over

TODAY = dt.datetime(2026, 5, 27, 10, 0, tzinfo=dt.UTC)  # a Wednesday
MONTHS = list(calendar.month_name)[1:]  # English month names


def money_wallet(folder: Path) -> Wallet:
    wallet = Wallet.create(
        folder / "Ann Lee", name="Ann Lee", passphrase=GUI_PASSPHRASE, clock=FixedClock(TODAY)
    ).wallet
    money_service.add_account(
        wallet, "Direct payment account", "bank", Money(100000), dt.date(2026, 4, 1)
    )
    money_service.add_account(wallet, "Prepaid card", "prepaid_card", Money(0), dt.date(2026, 4, 1))
    bank, card = (a.id for a in money_service.accounts(wallet))
    money_service.add_outcome(wallet, OutcomeDetails("Get out of the house"))
    outcome = money_service.outcomes(wallet)[0].id

    def pay(account: int, day: int, month: int, pence: int, payee: str, **kw: object) -> None:
        details = PaymentDetails(account, dt.date(2026, month, day), Money(pence), payee, **kw)  # type: ignore[arg-type]
        money_ledger.add_payment(wallet, details)

    pay(bank, 24, 4, 145000, "Testshire Council", category=categories.COUNCIL_PAYMENT)
    pay(bank, 4, 5, -4500, "Green Gardens", outcome_id=outcome)
    money_reconcile.reconcile(wallet, bank, dt.date(2026, 5, 5), Money(240500))
    pay(bank, 11, 5, -12000, "Swim Club")
    pay(card, 20, 5, -1250, "")
    return wallet


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory) -> Iterator[object]:  # type: ignore[no-untyped-def]
    with window_over(qapp, tmp_path_factory.mktemp("er-money"), money_wallet) as win:
        yield win


@pytest.fixture()
def win(qtbot, shared_window):  # type: ignore[no-untyped-def]
    """The shared window on Money, in English at 100% text, easy read on."""
    easy_window(shared_window, "money")
    qtbot.wait(1)
    return shared_window


def easy_of(win: object) -> EasyMoney:
    easy = win.shell.views["money"].easy_read_view()  # type: ignore[attr-defined]
    assert isinstance(easy, EasyMoney)
    return easy


def test_switch_shows_easy_money_and_back(win) -> None:  # type: ignore[no-untyped-def]
    view = win.shell.views["money"]
    assert isinstance(view.easy_read_view(), EasyMoney)
    win.shell.settings.easy_read.setChecked(False)
    assert view.easy_read_view() is None and view.tabs.isVisible()
    win.shell.settings.easy_read.setChecked(True)
    assert view.easy_read_view() is view.easy


def test_says_the_money_in_row_order(win) -> None:  # type: ignore[no-untyped-def]
    easy = easy_of(win)
    assert easy.sentences() == [
        "Money",
        "You have £2,272.50.",
        "This money is in 2 places.",
        "Direct payment account has £2,285.00.",
        "Prepaid card: you need to pay back £12.50.",
        "You last checked Direct payment account with the bank on Tuesday 5 May 2026.",
        "You have not checked Prepaid card with the bank yet.",
        "Here are your last 4 payments.",
        "On Wednesday 20 May 2026 you paid £12.50.",
        "On Monday 11 May 2026 you paid £120.00 to Swim Club.",
        "On Monday 4 May 2026 you paid £45.00 to Green Gardens.",
        "On Friday 24 April 2026 Testshire Council paid you £1,450.00.",
        "3 payments need a receipt.",
        "2 payments need an outcome chosen.",
    ]
    shown = sorted(
        (r for r in easy.rows if not r.isHidden()), key=lambda r: r.mapTo(easy, r.pos()).y()
    )
    assert [r.sentence() for r in shown] == easy.sentences()[1:]  # read in the order shown
    assert page_sentences(win.shell.pages.currentWidget()) == easy.sentences()
    terms = page_terms(win.shell.pages.currentWidget())
    assert {"money_you_have", "pay_back", "check_with_bank", "outcome"} <= set(terms)
    assert set(terms) <= set(GLOSSARY)


def test_easy_rules_and_no_minus_sign(win) -> None:  # type: ignore[no-untyped-def]
    easy = easy_of(win)
    check_easy_rules(easy)
    card = next(r for r in easy.account_rows if "Prepaid" in r.sentence())
    assert "pay back" in card.sentence() and "12.50" in card.sentence()
    assert card.text.font().pointSizeF() >= 20
    assert easy.places.text.font().pointSizeF() >= 16
    for row in easy.payment_rows:
        assert any(month in row.sentence() for month in MONTHS), row.sentence()
    assert [b.words() for b in easy.easy_buttons] == ["Add a bank statement", "Add a payment"]
    win.set_text_size(200)
    assert easy.places.text.font().pointSizeF() >= 32
    check_easy_rules(easy)
    assert too_small(easy, 44) == []


def test_language_switch_rewords_and_rtl_pictures(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    easy = easy_of(win)
    english = easy.sentences()
    win.set_language("cy")
    assert easy_read_state().on and easy_of(win) is easy
    assert easy.sentences() != english  # Welsh dates (and words) in every dated sentence
    assert len(easy.sentences()) == len(english)
    win.set_language("ur")
    qtbot.wait(1)
    assert easy.isRightToLeft()
    for row in easy.rows:
        if not row.isHidden():
            assert row.picture.x() > row.text.x(), row.objectName()
    win.set_language("en_GB")
    assert easy.sentences() == english


def test_add_a_payment_opens_the_same_form(win, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[type] = []

    def fake_exec(dialog: forms.FormDialog) -> int:
        opened.append(type(dialog))
        return 0

    monkeypatch.setattr(forms.FormDialog, "exec", fake_exec)
    easy_of(win).payment_button.click()
    assert opened == [forms.PaymentDialog]
    assert easy_of(win).isVisible()  # a form on top: easy read stays behind it


def test_add_a_bank_statement_opens_the_import_page(win, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = win.shell.views["money"]
    asked: list[bool] = []

    def no_file(*_args: object, **_kw: object) -> tuple[str, str]:
        asked.append(True)
        assert view.easy_read_view() is None and view.tabs.currentWidget().objectName() == (
            "importPage"
        )
        assert view.easy_back.isVisible()  # "Back to easy read" is there while away
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", no_file)
    easy_of(win).statement_button.click()
    assert asked == [True]
    assert view.easy_read_view() is view.easy  # no file chosen: straight back to easy read
    assert not view.easy_back.isVisible()


def test_locking_forgets_the_numbers(win) -> None:  # type: ignore[no-untyped-def]
    easy = easy_of(win)
    win.shell.views["money"].clear()
    assert easy.sentences() == ["Money"]
    assert not any(b.isVisibleTo(easy) for b in easy.easy_buttons)
    win.shell.views["money"].refresh()
    assert len(easy.sentences()) > 1


def test_facts_wait_until_easy_read_is_on(win) -> None:  # type: ignore[no-untyped-def]
    """While easy read is off nothing is worked out for it; switching on catches up."""
    view = win.shell.views["money"]
    win.shell.settings.easy_read.setChecked(False)
    bank = money_service.accounts(win.session.wallet)[0].id
    day = dt.date(2026, 5, 26)
    money_ledger.add_payment(win.session.wallet, PaymentDetails(bank, day, Money(-999), "Bus"))
    view.refresh()
    assert not any("Bus" in s for s in view.easy.sentences())
    win.shell.settings.easy_read.setChecked(True)
    assert view.easy.sentences()[8] == "On Tuesday 26 May 2026 you paid £9.99 to Bus."
