"""Import a statement through the Money screen: preview, add, refuse kindly, map columns."""
# ruff: noqa: F811 - the shared fixtures are imported by name

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QAbstractItemModelTester

from dpwallet.imports import ColumnMapping
from dpwallet.services import money_ledger, money_rules
from dpwallet.ui import tasks
from dpwallet.ui.money import import_page
from dpwallet.ui.money.import_page import ImportPage
from dpwallet.ui.money.mapping_dialog import MappingDialog, layout_key
from dpwallet.ui.money.money_view import MoneyView
from tests.gui.test_money_ledger import demo, demo_template, money  # noqa: F401 - fixtures

FIXTURES = Path(__file__).parents[1] / "fixtures" / "statements"


def _idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=20_000)


def _drop(page: ImportPage, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)


def test_preview_then_add_then_again_all_duplicates(
    qtbot, money: MoneyView, demo, monkeypatch
) -> None:
    page = money.show_page("importPage")
    assert isinstance(page, ImportPage)
    before = len(money_ledger.payments(demo))
    path = FIXTURES / "barclays.csv"
    monkeypatch.setattr(import_page.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.choose_button.click()
    _idle(qtbot)
    assert page.preview is not None
    total = len(page.preview.statement.rows)
    assert f"{total} payments: {total} new, 0 already" in page.summary.text()
    assert len(money_ledger.payments(demo)) == before  # nothing written yet
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    page.add_button.click()
    _idle(qtbot)
    assert len(money_ledger.payments(demo)) == before + total
    assert f"Added {total} payments" in page.result.text()
    # the same file dropped again: everything is already there
    _drop(page, path)
    _idle(qtbot)
    assert page.preview is not None and not page.preview.new
    assert f"0 new, {total} already in your wallet" in page.summary.text()
    assert not page.add_button.isEnabled()


def test_refused_file_shows_kind_sentence_and_changes_nothing(
    qtbot, money: MoneyView, demo, tmp_path
) -> None:
    page = money.show_page("importPage")
    assert isinstance(page, ImportPage)
    bad = tmp_path / "broken.csv"
    lines = (FIXTURES / "barclays.csv").read_text().splitlines()
    lines[3] = lines[3].replace("-8.00", "eight pounds")
    bad.write_text("\n".join(lines) + "\n")
    before = len(money_ledger.payments(demo))
    _drop(page, bad)
    _idle(qtbot)
    messages = page.errors.messages()
    assert messages and "Traceback" not in messages[0]
    assert "Line" in messages[0] or "line" in messages[0]
    assert page.preview is None
    assert len(money_ledger.payments(demo)) == before


def test_unknown_layout_asks_for_columns_and_remembers(
    qtbot, money: MoneyView, demo, tmp_path, monkeypatch
) -> None:
    page = money.show_page("importPage")
    assert isinstance(page, ImportPage)
    odd = tmp_path / "credit_union.csv"
    odd.write_text(
        "When,Who,How much,Left\n"
        "03/02/2026,Swim Club,-12.50,100.00\n"
        "05/02/2026,City Taxis,-8.00,92.00\n"
    )
    asked: list[list[list[str]]] = []

    def answer(_page: ImportPage, cells: list[list[str]]) -> ColumnMapping | None:
        asked.append(cells)
        dialog = MappingDialog(cells, _page)
        dialog.choose("date", 0)
        dialog.choose("payee", 1)
        dialog.choose("amount", 2)
        dialog.choose("balance", 3)
        dialog.ok.click()
        return dialog.mapping

    monkeypatch.setattr(import_page, "choose_columns", answer)
    _drop(page, odd)
    _idle(qtbot)
    _idle(qtbot)
    assert len(asked) == 1 and asked[0][0][0] == "When"
    assert page.preview is not None and len(page.preview.new) == 2
    assert money_rules.remembered_mapping(demo, layout_key(asked[0])) is not None
    # next time: no question, the remembered columns are used
    page.forget_preview()
    _drop(page, odd)
    _idle(qtbot)
    assert len(asked) == 1
    assert page.preview is not None and len(page.preview.new) == 2
