"""Money checking tabs: against a statement, receipts and the agreement (pages on their own)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from dpwallet.domain.money import Money
from dpwallet.services import money_ledger, money_receipts, money_reconcile, money_service
from dpwallet.services.demo import write_demo
from dpwallet.services.wallet import Wallet
from dpwallet.settings import Settings
from dpwallet.ui import tasks
from dpwallet.ui.money import check_receipts
from dpwallet.ui.money.check_pages import AgreementPage, ReceiptsPage, ReconcilePage
from dpwallet.ui.money.ledger_pages import Page
from dpwallet.ui.people.parts import DateInput
from dpwallet.ui.session import Session
from tests.gui.a11y import missing_names, too_small
from tests.gui.conftest import GUI_PASSPHRASE


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("checks") / "D"
    wallet = write_demo(folder, passphrase=GUI_PASSPHRASE, seed=7, years=1)
    wallet.lock()
    return wallet.paths.folder


@pytest.fixture()
def demo(tmp_path: Path, demo_template: Path) -> Iterator[Wallet]:
    target = tmp_path / "D.dpwallet"
    shutil.copytree(demo_template, target)
    wallet = Wallet.unlock(target, passphrase=GUI_PASSPHRASE)
    session = Session(Settings())
    session.open_wallet(wallet, None)
    yield wallet


def _show(qtbot: QtBot, page: QWidget, wallet: Wallet) -> QWidget:
    qtbot.addWidget(page)
    assert isinstance(page, Page)
    page.show_wallet(wallet)
    page.resize(900, 1400)
    page.show()
    qtbot.waitExposed(page)
    return page


def _type_date(box: DateInput, day: dt.date) -> None:
    box.set_date(day)


def test_reconcile_agrees_and_locks(qtbot: QtBot, demo: Wallet) -> None:
    page = ReconcilePage()
    _show(qtbot, page, demo)
    account_id = int(page.account.currentData())
    today = demo.clock.today()
    ours = money_reconcile.check_reconcile(demo, account_id, today, Money(0)).wallet_balance
    _type_date(page.date, today)
    page.balance.setText(ours.to_str())
    page.check_button.click()
    assert "They agree" in page.result.text()
    assert page.lock_button.isEnabled()
    page.lock_button.click()
    assert not page.errors.isVisible()
    assert money_reconcile.reconciliations(demo, account_id)
    rows = money_ledger.payments(demo, account_id=account_id, end=today)
    assert rows and all(r.locked for r in rows)
    assert "marked as checked" in page.done.text()
    assert not page.lock_button.isEnabled()


def test_reconcile_wrong_balance_shows_difference(qtbot: QtBot, demo: Wallet) -> None:
    page = ReconcilePage()
    _show(qtbot, page, demo)
    account_id = int(page.account.currentData())
    today = demo.clock.today()
    ours = money_reconcile.check_reconcile(demo, account_id, today, Money(0)).wallet_balance
    page.balance.setText((ours + Money(125)).to_str())
    page.check_button.click()
    words = page.result.text()
    assert "They do not agree" in words and "£1.25" in words
    assert not page.lock_button.isEnabled()
    assert not money_reconcile.reconciliations(demo, account_id)
    page.balance.setText("twelve")
    page.check_button.click()
    assert page.errors.isVisible()


def test_attach_view_and_remove_receipt(
    qtbot: QtBot, demo: Wallet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ReceiptsPage()
    _show(qtbot, page, demo)
    assert page.needed_model.rowCount() > 0
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    png = tmp_path / "till receipt.png"
    assert picture.save(str(png))
    page.needed.selectRow(0)
    chosen = page.chosen_payment()
    assert chosen is not None
    monkeypatch.setattr(
        check_receipts.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *_a, **_k: (str(png), "")),
    )
    page.add_button.click()
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=10_000)
    qtbot.waitUntil(lambda: page.done.isVisible(), timeout=5_000)
    assert not page.errors.isVisible()
    needed_ids = [r.tx_id for r in page.needed_model.rows]
    assert chosen.tx_id not in needed_ids
    kept = [r for r in page.kept_model.rows if r.date == chosen.date and r.amount == chosen.amount]
    assert kept and kept[0].label == "till receipt.png"

    seen: list[check_receipts.ReceiptViewer] = []
    monkeypatch.setattr(page, "open_viewer", seen.append)
    index = page.kept_model.rows.index(kept[0])
    page.kept.selectRow(index)
    page.view_button.click()
    assert seen and seen[0].is_image
    assert seen[0].picture.pixmap() is not None and not seen[0].picture.pixmap().isNull()

    page.kept.selectRow(index)
    page.remove_button.click()
    assert chosen.tx_id in [r.tx_id for r in page.needed_model.rows]


def test_pdf_receipt_offers_a_copy(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    viewer = check_receipts.ReceiptViewer("bill.pdf", "application/pdf", b"%PDF-1.4 x")
    qtbot.addWidget(viewer)
    assert not viewer.is_image and "PDF" in viewer.words.text()
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(
        check_receipts.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a, **_k: (str(target), "")),
    )
    viewer.save_copy.click()
    assert target.read_bytes() == b"%PDF-1.4 x"


def test_agreement_saves_and_shows(qtbot: QtBot, demo: Wallet) -> None:
    page = AgreementPage()
    _show(qtbot, page, demo)
    page.gross.setText("1,234.50")
    page.contribution.setText("34.50")
    page.net.setText("1200")
    page.frequency.setCurrentIndex(page.frequency.findData("monthly"))
    page.weeks.setValue(6)
    page.save.click()
    assert not page.errors.isVisible(), page.errors.messages()
    saved = money_service.current_agreement(demo)
    assert saved is not None
    assert saved.gross_budget == Money(123450) and saved.net_payment == Money(120000)
    assert saved.payment_frequency == "monthly" and saved.contingency_weeks == 6
    assert "£1,234.50" in page.current.text()
    assert page.saved.isVisible()
    page.gross.setText("lots")
    page.save.click()
    assert page.errors.isVisible()


@pytest.mark.parametrize("make", [ReconcilePage, ReceiptsPage, AgreementPage])
def test_pages_are_named_and_big_enough(qtbot: QtBot, demo: Wallet, make: type[QWidget]) -> None:
    page = _show(qtbot, make(), demo)
    assert missing_names(page) == []
    assert too_small(page) == []
    assert money_receipts.MAX_BYTES > 0
