"""The financial check-up driven through its widgets on a demo wallet, end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dpwallet.domain.money import Money
from dpwallet.domain.reconciliation import build_sheet
from dpwallet.i18n.formatting import format_money
from dpwallet.services import return_history
from dpwallet.services.demo import write_demo
from dpwallet.services.money_ledger import (
    PaymentDetails,
    edit_payment,
    payments,
    unlock_transaction,
)
from dpwallet.services.returns import gather
from dpwallet.services.wallet import Wallet
from dpwallet.ui import tasks
from dpwallet.ui.event_bus import bus
from dpwallet.ui.returns.checkup_view import CheckupView
from tests.gui.a11y import missing_names, too_small
from tests.gui.conftest import GUI_PASSPHRASE


def _click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=20_000)


@pytest.fixture()
def demo(tmp_path: Path) -> Wallet:
    return write_demo(tmp_path / "Demo", passphrase=GUI_PASSPHRASE, seed=5, years=1)


@pytest.fixture()
def checkup(qtbot, window, demo: Wallet) -> CheckupView:  # type: ignore[no-untyped-def]
    window.session.open_wallet(demo, None)
    window.shell.show_section("checkup")
    view = window.shell.views["checkup"]
    assert isinstance(view, CheckupView)
    view.refresh()
    _idle(qtbot)
    return view


def _to_review(qtbot, view: CheckupView) -> None:  # type: ignore[no-untyped-def]
    _click(qtbot, view.history.make_button)
    assert view.current_page() is view.period
    _click(qtbot, view.period.continue_button)
    _idle(qtbot)
    assert view.current_page() is view.review


def _to_answers(qtbot, view: CheckupView, name: str = "Sam Jones") -> None:  # type: ignore[no-untyped-def]
    _click(qtbot, view.review.continue_button)
    qtbot.keyClicks(view.declaration.name.editor, name)
    _click(qtbot, view.declaration.continue_button)
    _idle(qtbot)
    assert view.current_page() is view.answers


def _change_a_payment(wallet: Wallet, start: dt.date, end: dt.date) -> None:
    row = next(r for r in payments(wallet) if start <= r.date <= end and r.amount.pence < -2000)
    if row.locked:
        unlock_transaction(wallet, row.id)
    edit_payment(
        wallet,
        row.id,
        PaymentDetails(
            row.account_id,
            row.date,
            row.amount - Money(1250),
            row.payee,
            row.description,
            row.category,
            row.outcome_id,
        ),
    )


def test_checkup_end_to_end(
    qtbot, window, checkup: CheckupView, demo: Wallet, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    view = checkup
    assert view.history.empty.isVisible()
    _click(qtbot, view.history.make_button)
    assert view.period.step_label.text() == "Step 1 of 4"
    suggested = return_history.suggest_period(demo)
    assert view.period.dates() == (suggested.start, suggested.end)
    _click(qtbot, view.period.continue_button)
    _idle(qtbot)
    assert view.current_page() is view.review
    assert view.review.step_label.text() == "Step 2 of 4"

    sheet = build_sheet(gather(demo, suggested.start, suggested.end))
    r = view.review
    assert r.start_table.values["opening_balance"].text() == format_money(sheet.opening_balance)
    assert r.in_table.values["money_in"].text() == format_money(sheet.money_in.total)
    assert r.in_table.values["council_payments"].text() == format_money(
        sheet.money_in.council_payments
    )
    assert r.out_table.values["money_out"].text() == format_money(sheet.money_out.total)
    assert r.end_table.values["closing_balance"].text() == format_money(sheet.closing_balance)
    assert ("adds up" in r.status.words.text()) == sheet.reconciles
    assert sheet.todos and r.fix_buttons

    kind, fix = next((k, b) for k, b in r.fix_buttons if k == "receipt")
    with qtbot.waitSignal(view.open_section) as opened:
        _click(qtbot, fix)
    assert opened.args == ["money"] and window.shell.current_section() == "money"
    window.shell.show_section("checkup")

    _click(qtbot, r.continue_button)
    assert view.declaration.step_label.text() == "Step 3 of 4"
    _click(qtbot, view.declaration.continue_button)  # no name yet
    assert view.declaration.errors.isVisible()
    assert view.declaration.errors.title.text() == "There is a problem"
    qtbot.keyClicks(view.declaration.note.editor, "Saving for a new cushion.")
    qtbot.keyClicks(view.declaration.name.editor, "Sam Jones")
    _click(qtbot, view.declaration.continue_button)
    _idle(qtbot)
    answers = view.answers
    assert view.current_page() is answers and answers.step_label.text() == "Step 4 of 4"
    assert answers.values()["note"] == "Saving for a new cushion."
    assert answers.values()["declaration"].startswith("Sam Jones")

    _click(qtbot, answers.rows["files"][2])  # Change the files
    assert view.current_page() is view.files
    view.files.radios[("pdf", "xlsx")].setChecked(True)
    view.files.email.setChecked(False)
    out = tmp_path / "out"
    out.mkdir()
    view.files.folder = out
    _click(qtbot, view.files.continue_button)
    assert view.current_page() is answers
    assert "PDF and a spreadsheet" in answers.values()["files"]
    assert answers.values()["folder"] == str(out)
    assert not any(out.iterdir())  # nothing is written before "Make the files"

    _click(qtbot, answers.continue_button)
    _idle(qtbot)
    assert view.current_page() is view.done
    written = sorted(p.suffix for p in out.iterdir())
    assert written == [".pdf", ".xlsx"]
    assert str(out) in view.done.status.words.text()
    assert all(p.name in view.done.files.text() for p in out.iterdir())

    with qtbot.waitSignal(bus().changes_applied) as announced:
        _click(qtbot, view.done.sent_button)
    assert announced.args[0].touches("council_return")
    assert view.done.sent_status.isVisible()
    sent = return_history.sent_returns(demo)
    assert [(s.period_from, s.closing_balance) for s in sent] == [
        (suggested.start, sheet.closing_balance)
    ]

    _change_a_payment(demo, suggested.start, suggested.end)
    _click(qtbot, view.done.back_button)
    _idle(qtbot)
    assert view.current_page() is view.history
    card = view.history.card_parts[0]
    status = card.findChild(type(view.review.status), f"sinceSent_{sent[0].id}")
    assert status is not None and status.words.text() == "Changed since you sent it."
    details = view.history.findChild(type(view.history.empty), f"changes_{sent[0].id}")
    assert details is not None
    assert "Total money out is £12.50 more than when you sent it" in details.text()
    assert "Money at the end is £12.50 less" in details.text()


def test_every_control_is_named_and_big_enough(qtbot, checkup: CheckupView) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui import theme

    view = checkup
    _to_review(qtbot, view)
    _to_answers(qtbot, view)
    heights: list[int] = []
    for percent in (100, 200):
        if percent == 200:  # the app's 200% rules on this view only: restyling the whole
            # window takes many seconds and tests the shell, not this section
            view.setStyleSheet(
                theme.build_stylesheet(
                    theme.body_point_size(200),
                    high_contrast=False,
                    system_contrast=False,
                    rtl=False,
                )
            )
        for page in (view.history, view.review, view.answers, view.files):
            view.show_page(page)
            qtbot.wait(10)
            assert missing_names(view) == [], (percent, page.objectName())
            assert too_small(view) == [], (percent, page.objectName())
        heights.append(view.files.continue_button.height())
    assert heights[1] > heights[0]  # the text really grew


def test_council_picker_imports_a_file_and_refuses_a_bad_one(
    qtbot, checkup: CheckupView, demo: Wallet, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.services import council_profiles

    view = checkup
    _click(qtbot, view.history.council_button)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert missing_names(dialog) == [] and too_small(dialog) == []
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", "utf-8")
    assert not dialog.import_file(bad)
    assert dialog.errors.isVisible() and "Nothing was changed" in dialog.errors.messages()[0]
    assert not council_profiles.imported_dir().exists() or not any(
        council_profiles.imported_dir().iterdir()
    )
    good = tmp_path / "riverside.json"
    good.write_text(
        '{"schema": 1, "id": "riverside", "name": "Riverside Council", "return_period": '
        '"monthly", "receipt_threshold_pence": 2000, "contingency_weeks": 6, '
        '"records_retention_years": 6, "return_email": "dp@riverside.example.org", '
        '"reference_format": {"pattern": "", "example": ""}, "formats": "pdf"}',
        "utf-8",
    )
    assert dialog.import_file(good)
    assert dialog.chosen_id() == "riverside"
    assert "(from a file)" in dialog.list.currentItem().text()
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert council_profiles.current_setting(demo).profile.id == "riverside"
    _idle(qtbot)
    assert "Riverside Council" in view.history.council.text()
