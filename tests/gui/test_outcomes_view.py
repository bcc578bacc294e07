"""Outcomes screen: add, change and put away outcomes; the spend chart matches its table."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from dpwallet.services import money_home, money_service
from dpwallet.services.demo import write_demo
from dpwallet.services.wallet import Wallet
from dpwallet.settings import Settings
from dpwallet.ui.outcomes.outcomes_view import OutcomesView
from dpwallet.ui.session import Session
from tests.gui.a11y import missing_names, too_small
from tests.gui.conftest import GUI_PASSPHRASE


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wallet = write_demo(
        tmp_path_factory.mktemp("outcomes") / "D", passphrase=GUI_PASSPHRASE, seed=8, years=1
    )
    wallet.lock()
    return wallet.paths.folder


@pytest.fixture()
def view(
    qtbot: QtBot, gui_home: Path, tmp_path: Path, demo_template: Path
) -> Iterator[OutcomesView]:
    target = tmp_path / "D.dpwallet"
    shutil.copytree(demo_template, target)
    wallet = Wallet.unlock(target, passphrase=GUI_PASSPHRASE)
    session = Session(Settings())
    session.open_wallet(wallet, None)
    screen = OutcomesView(session)
    qtbot.addWidget(screen)
    screen.resize(1000, 800)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    session.close()


def _type(editor: object, text: str) -> None:
    assert isinstance(editor, QLineEdit)
    editor.setText(text)


def test_add_edit_archive(view: OutcomesView) -> None:
    wallet = view.session.wallet
    assert wallet is not None
    before = len(money_service.outcomes(wallet))
    assert view.model.rowCount() == before
    view.add_button.click()
    assert view.form.isVisible()
    _type(view.form.text.editor, "Keep fit: 2 hours a week of exercise")
    _type(view.form.hours.editor, "2,5")
    _type(view.form.money.editor, "£40.00")
    view.form.save.click()
    rows = money_service.outcomes(wallet)
    assert len(rows) == before + 1
    new = next(r for r in rows if r.text.startswith("Keep fit"))
    assert str(new.hours_per_week) in ("2.5", "2.50")
    assert new.money_per_week is not None and new.money_per_week.pence == 4000
    assert not view.form.isVisible()
    assert view.selected() is not None and view.selected().id == new.id  # type: ignore[union-attr]

    view.edit_button.click()
    _type(view.form.text.editor, "Keep fit: cycling or swimming")
    _type(view.form.money.editor, "")
    view.form.save.click()
    changed = next(r for r in money_service.outcomes(wallet) if r.id == new.id)
    assert changed.text == "Keep fit: cycling or swimming"
    assert changed.money_per_week is None

    view.select_id(new.id)
    view.archive_button.click()
    assert all(r.id != new.id for r in money_service.outcomes(wallet))
    assert all(r.id != new.id for r in view.model.rows)
    view.show_archived.setChecked(True)
    assert any(r.id == new.id and r.archived for r in view.model.rows)


def test_form_problems_are_words(view: OutcomesView) -> None:
    wallet = view.session.wallet
    assert wallet is not None
    before = len(money_service.outcomes(wallet))
    view.add_button.click()
    _type(view.form.hours.editor, "lots")
    _type(view.form.money.editor, "-5")
    view.form.save.click()
    assert view.form.text.error.isVisible() and view.form.text.error.text().startswith("Error:")
    assert view.form.hours.error.isVisible()
    assert view.form.money.error.isVisible()
    assert len(money_service.outcomes(wallet)) == before


def test_chart_matches_table_and_switch(view: OutcomesView) -> None:
    wallet = view.session.wallet
    assert wallet is not None
    figures = money_home.home_figures(wallet).spend_by_outcome
    assert figures, "the demo has spending this period"
    spend = view.spend
    bars = spend.bar_set
    assert bars is not None
    chart_pence = [round(bars.at(i) * 100) for i in range(bars.count())]
    table_pence = [r.spent.pence for r in spend.model.rows]
    assert chart_pence == table_pence == [r.spent.pence for r in figures]
    assert spend.chart_view.isVisible() and not spend.table.isVisible()
    spend.as_table.setChecked(True)
    assert spend.table.isVisible() and not spend.chart_view.isVisible()
    assert spend.model.rowCount() == len(figures)
    spend.as_table.setChecked(False)
    assert spend.chart_view.isVisible()


def test_empty_state_when_locked(view: OutcomesView) -> None:
    view.clear()
    assert view.empty.isVisible()
    assert view.spend.empty.isVisible()
    assert "No outcomes yet" in view.empty.text()


def test_accessible(view: OutcomesView) -> None:
    view.select_id(view.model.rows[0].id)
    view.add_button.click()
    view.spend.as_table.setChecked(True)
    assert missing_names(view) == []
    assert too_small(view) == []
