"""Money screen, accounts and payments: add, change, delete, then Ctrl+Z / Ctrl+Y restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog

from dpwallet.services import money_ledger
from dpwallet.services.demo import write_demo
from dpwallet.services.wallet import Wallet
from dpwallet.ui.money import forms
from dpwallet.ui.money.money_view import MoneyView
from tests.gui.a11y import missing_names, too_small
from tests.gui.conftest import GUI_PASSPHRASE


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("money") / "Demo"
    wallet = write_demo(folder, passphrase=GUI_PASSPHRASE, seed=3, years=1)
    wallet.lock()
    return wallet.paths.folder


@pytest.fixture()
def demo(tmp_path: Path, demo_template: Path) -> Wallet:
    import shutil

    target = tmp_path / "Demo.dpwallet"
    shutil.copytree(demo_template, target)
    return Wallet.unlock(target, passphrase=GUI_PASSPHRASE)


@pytest.fixture()
def money(qtbot, window, demo: Wallet) -> MoneyView:
    window.session.open_wallet(demo, None)
    window.shell.show_section("money")
    view = window.shell.views["money"]
    assert isinstance(view, MoneyView)
    view.refresh()
    return view


def _accept_with(monkeypatch: pytest.MonkeyPatch, fill) -> None:
    """Replace exec() on the form dialogs: fill the fields, press Save, report the result."""

    def fake_exec(dialog: forms.FormDialog) -> int:
        fill(dialog)
        dialog.save.click()
        return int(dialog.result())

    monkeypatch.setattr(forms.FormDialog, "exec", fake_exec)


def _snapshot(wallet: Wallet) -> list[tuple[object, ...]]:
    return [
        (r.id, r.date, r.amount.pence, r.payee, r.description, r.category)
        for r in money_ledger.payments(wallet)
    ]


def _press(qtbot, view, key: str) -> None:
    qtbot.keyClick(view.payments.table, key, Qt.KeyboardModifier.ControlModifier)


def test_add_edit_delete_then_undo_redo(qtbot, money: MoneyView, demo, monkeypatch) -> None:
    page = money.show_page("paymentsPage")
    assert isinstance(page, type(money.payments))
    before = _snapshot(demo)

    def fill_new(dialog: forms.PaymentDialog) -> None:
        dialog.amount.setText("12,50")
        dialog.payee.setText("Swim Club")
        dialog.description.setText("Swimming")

    _accept_with(monkeypatch, fill_new)
    money.payments.add_button.click()
    after_add = _snapshot(demo)
    assert len(after_add) == len(before) + 1
    added = next(r for r in money_ledger.payments(demo) if r.payee == "Swim Club")
    assert added.amount.pence == -1250

    money.payments.table.setFocus()
    _press(qtbot, money, "z")
    assert _snapshot(demo) == before
    assert "Undone" in money.undo_words.text()
    _press(qtbot, money, "y")
    assert _snapshot(demo) == after_add

    # change it
    money.payments.filter.setText("Swim Club")
    money.payments.table.selectRow(0)

    def fill_edit(dialog: forms.PaymentDialog) -> None:
        dialog.amount.setText("£20.00")

    _accept_with(monkeypatch, fill_edit)
    money.payments.edit_button.click()
    assert (
        next(r for r in money_ledger.payments(demo) if r.payee == "Swim Club").amount.pence == -2000
    )
    after_edit = _snapshot(demo)
    _press(qtbot, money, "z")
    assert _snapshot(demo) == after_add
    _press(qtbot, money, "y")
    assert _snapshot(demo) == after_edit

    # delete it: no question, Undo brings it back
    money.payments.table.selectRow(0)
    money.payments.delete_button.click()
    assert not [r for r in money_ledger.payments(demo) if r.payee == "Swim Club"]
    _press(qtbot, money, "z")
    assert _snapshot(demo) == after_edit
    _press(qtbot, money, "y")
    assert not [r for r in money_ledger.payments(demo) if r.payee == "Swim Club"]


def test_bad_amount_is_shown_kindly_beside_the_field(
    qtbot, money: MoneyView, demo, monkeypatch
) -> None:
    seen: dict[str, object] = {}

    def fake_exec(dialog: forms.FormDialog) -> int:
        assert isinstance(dialog, forms.PaymentDialog)
        dialog.amount.setText("1,250")
        dialog.save.click()
        seen["errors"] = dialog.errors.messages()
        seen["beside"] = dialog.amount_field.error.text()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(forms.FormDialog, "exec", fake_exec)
    before = _snapshot(demo)
    money.payments.add_button.click()
    assert seen["errors"] and str(seen["beside"]).startswith("Error:")
    assert _snapshot(demo) == before


def test_add_account_and_models(qtbot, money: MoneyView, demo, monkeypatch) -> None:
    def fill(dialog: forms.AccountDialog) -> None:
        dialog.name.setText("Tin on the shelf")
        dialog.kind.setCurrentIndex(dialog.kind.findData("cash"))
        dialog.opening.setText("40.00")

    _accept_with(monkeypatch, fill)
    money.show_page("accountsPage")
    money.accounts.add_button.click()
    names = [r.name for r in money.accounts.model.rows]
    assert "Tin on the shelf" in names
    for model in (money.accounts.model, money.payments.model):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        model.sort(0, Qt.SortOrder.DescendingOrder)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_money_pages_named_and_big_enough(qtbot, money: MoneyView, scale: float) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    original = font.pointSizeF()
    if scale != 1.0:
        font.setPointSizeF(original * scale)
        app.setFont(font)
    try:
        for index in range(money.tabs.count()):
            money.tabs.setCurrentIndex(index)
            qtbot.wait(5)
            assert missing_names(money) == []
            assert too_small(money) == []
    finally:
        font.setPointSizeF(original)
        app.setFont(font)
