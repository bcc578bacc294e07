"""Pay: preview and confirm, payslip PDFs, the employer summary and checking a payslip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from dpwallet.domain.timesheets import ShiftEntry
from dpwallet.i18n.formatting import format_money
from dpwallet.services import payroll_service, people_service
from dpwallet.services.payroll_records import confirmed_payslips
from dpwallet.services.wallet import Wallet
from dpwallet.ui import tasks
from dpwallet.ui.event_bus import bus
from tests.gui.test_people_screens import employer_wallet, session_for

PERIOD_END = dt.date(2026, 5, 31)


def with_shifts(wallet: Wallet) -> Wallet:
    pa = people_service.list_assistants(wallet)[0].id
    for day, start, end in ((25, 9, 17), (27, 9, 17), (30, 10, 16)):
        people_service.add_shift(
            wallet,
            pa,
            ShiftEntry(dt.datetime(2026, 5, day, start), dt.datetime(2026, 5, day, end), 30),
        )
    return wallet


@pytest.fixture()
def pay(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from dpwallet.ui.pay.pay_view import PayView

    wallet = with_shifts(employer_wallet(tmp_path))
    view = PayView(session_for(wallet))
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    view.refresh()
    yield view, wallet
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=20_000)
    wallet.lock()


def _confirm(qtbot, view):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.preview_page.confirm_button, Qt.MouseButton.LeftButton)


def test_preview_shows_the_service_figures_then_confirm(qtbot, pay) -> None:  # type: ignore[no-untyped-def]
    view, wallet = pay
    assert view.suggested == PERIOD_END
    assert view.period_end.date() == PERIOD_END
    assert view.runs_empty.isVisible()
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    page = view.preview_page
    assert page.isVisible() and not view.main.isVisible()
    expected = payroll_service.preview_pay_run(wallet, PERIOD_END).payslips[0].payslip
    model = page.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells == [
        "Bea Khan",
        "20.5",
        format_money(expected.gross),
        format_money(expected.tax),
        format_money(expected.employee_ni),
        format_money(expected.pension_deducted),
        format_money(expected.net_pay),
    ]
    assert "Pay HMRC" in page.due.text() and "Monday 22 June 2026" in page.due.text()
    assert confirmed_payslips(wallet) == []
    heard = []
    bus().changes_applied.connect(heard.append)
    try:
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    finally:
        bus().changes_applied.disconnect(heard.append)
    slips = confirmed_payslips(wallet)
    assert [(s.assistant, s.net) for s in slips] == [("Bea Khan", expected.net_pay)]
    assert any(c.touches("payslip") for c in heard)
    assert view.main.isVisible()
    assert view.done.text().startswith("Pay confirmed for the period ending Sunday 31 May 2026")
    runs = view.runs_model
    QAbstractItemModelTester(runs, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert runs.data(runs.index(0, 3)) == format_money(expected.net_pay)
    assert view.period_end.date() == dt.date(2026, 6, 7)  # the next one is suggested
    lines = view.summary.sentences()
    assert f"Take-home pay to Bea Khan: {format_money(expected.net_pay)}" in lines
    assert any(line.startswith("Pay HMRC by Monday 22 June 2026") for line in lines)

    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)  # the next week: no shifts
    assert view.errors.isVisible() and "no approved shifts" in view.errors.messages()[0]


def test_save_payslips_writes_pdfs_off_the_gui_thread(qtbot, pay, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    view, _wallet = pay
    _confirm(qtbot, view)
    out = tmp_path / "payslips"
    out.mkdir()
    view.save_payslips(out)
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=20_000)
    files = sorted(out.glob("*.pdf"))
    assert [f.name for f in files] == ["payslip 2026-05-31 Bea Khan.pdf"]
    text = "".join(page.extract_text() for page in PdfReader(files[0]).pages)
    assert "Bea Khan" in text
    assert str(out) in view.done.text() and files[0].name in view.done.text()
    assert not view.busy.isVisible() and view.save_button.isEnabled()


def test_check_a_payslip_shows_the_difference(qtbot, pay) -> None:  # type: ignore[no-untyped-def]
    view, wallet = pay
    _confirm(qtbot, view)
    ours = confirmed_payslips(wallet)[0]
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    page = view.check_page
    assert page.isVisible()
    page.inputs["gross"][1].setText(f"{(ours.gross.pence + 150) / 100:.2f}")
    page.inputs["net_pay"][1].setText(ours.net.to_str())
    page.inputs["tax"][1].setText("12,5")
    page.check()
    assert "two digits" in page.errors.messages()[0]
    page.inputs["tax"][1].setText(ours.tax.to_str())
    qtbot.keyClick(page.inputs["tax"][1], Qt.Key.Key_Return)
    found = {row.property("checkField"): row for row in page.result_rows}
    assert found["gross"].status.text() == "Different"
    assert "so theirs is £1.50 more" in found["gross"].words.text()
    assert found["tax"].status.text() == "Agrees"
    assert found["net_pay"].status.text() == "Agrees"
    assert page.summary.text().startswith("2 of 3 figures agree.")
