"""Easy read financial check-up on a demo wallet: the words, the sizes, the live language
switch, and "Check and send" going through the same review (requirement 12)."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog

from dpwallet.domain.easyread_lint import lint
from dpwallet.domain.money import Money
from dpwallet.i18n.formatting import easy_read_amount, format_date
from dpwallet.services import return_history
from dpwallet.services.demo import write_demo
from dpwallet.ui import tasks
from dpwallet.ui.easyread import easy_read_state
from dpwallet.ui.easyread.checkup import EasyCheckup, checkup_facts
from dpwallet.ui.easyread.glossary_data import GLOSSARY
from dpwallet.ui.i18n_qt import apply_language
from dpwallet.ui.returns.checkup_view import CheckupView
from tests.gui.a11y import missing_names, too_small
from tests.gui.conftest import GUI_PASSPHRASE

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=30_000)


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """One window on one demo wallet for the module (as test_easyread_home does: many
    windows coming and going with easy read on upsets PySide's teardown)."""
    from dpwallet.app import build_window
    from dpwallet.settings import Settings

    home = tmp_path_factory.mktemp("er-checkup")
    old = os.environ.get("DPWALLET_HOME")
    os.environ["DPWALLET_HOME"] = str(home)
    demo = write_demo(home / "Demo", passphrase=GUI_PASSPHRASE, seed=5, years=1)
    win = build_window(qapp, Settings())
    win.show()
    win.session.open_wallet(demo, None)
    yield win
    while tasks.busy():
        QCoreApplication.processEvents()
    win.shell.settings.easy_read.setChecked(False)
    win.close()
    apply_language("en_GB")
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if old is None:
        os.environ.pop("DPWALLET_HOME", None)
    else:
        os.environ["DPWALLET_HOME"] = old


@pytest.fixture()
def window(qtbot, shared_window):  # type: ignore[no-untyped-def]
    """English, 100% text, easy read on, the check-up showing its first page."""
    settings = shared_window.session.settings
    if settings.language != "en_GB":
        shared_window.set_language("en_GB")
    if settings.text_size_percent != 100:
        shared_window.set_text_size(100)
    shared_window.shell.settings.easy_read.setChecked(True)
    shared_window.shell.show_section("checkup")
    view = shared_window.shell.views["checkup"]
    view.show_page(view.history)
    view.refresh()
    _idle(qtbot)
    return shared_window


@pytest.fixture()
def view(window) -> CheckupView:  # type: ignore[no-untyped-def]
    found = window.shell.views["checkup"]
    assert isinstance(found, CheckupView)
    return found


def _shown_in_order(easy: EasyCheckup) -> list[str]:
    rows = sorted(
        (r for r in easy.rows if r.isVisibleTo(easy)), key=lambda r: easy.content.indexOf(r)
    )
    return [easy.heading.text()] + [r.sentence() for r in rows]


def test_easy_read_shows_the_next_check_up(qtbot, view: CheckupView) -> None:  # type: ignore[no-untyped-def]
    easy = view.easy
    assert view.easy_read_view() is easy
    wallet = view.session.wallet
    assert wallet is not None
    facts = checkup_facts(wallet)
    sheet = facts.sheet
    start, end = sheet.inputs.period_from, sheet.inputs.period_to
    suggested = return_history.suggest_period(wallet)
    assert (start, end) == (suggested.start, suggested.end)  # the normal screen's dates
    said = easy.sentences()
    assert said == _shown_in_order(easy)  # read aloud in the order shown
    assert said[0] == "Your financial check-up"
    assert said[1] == f"This is from {format_date(start)} to {format_date(end)}."

    def money(m: Money) -> str:
        return easy_read_amount(m).amount

    assert f"At the start you had {money(sheet.opening_balance)}." in said
    assert f"Money coming in was {money(sheet.money_in.total)}." in said
    assert f"Money going out was {money(sheet.money_out.total)}." in said
    assert f"At the end you had {money(sheet.closing_balance)}." in said
    receipts = sum(1 for t in sheet.todos if t.kind == "receipt")
    assert receipts > 1 and f"{receipts} payments need a receipt." in said
    assert "You have not sent this yet." in said
    for sentence in said:
        assert lint(sentence) == [], sentence
    assert set(easy.glossary_terms()) <= set(GLOSSARY)
    assert "financial_check_up" in easy.glossary_terms()
    dated = [s for s in said if re.search(r"\b20\d\d\b", s)]
    assert dated and all(any(m in s for m in MONTHS) for s in dated)
    assert not any("/" in s for s in dated)


def test_money_never_has_a_minus_or_brackets(qtbot, view: CheckupView) -> None:  # type: ignore[no-untyped-def]
    easy = view.easy
    facts = easy.facts
    assert facts is not None
    owing = dataclasses.replace(
        facts.sheet, opening_balance=Money(-1250), closing_balance=Money(-4200)
    )
    easy.show_facts(dataclasses.replace(facts, sheet=owing))
    said = easy.sentences()
    assert "At the start you needed to pay back £12.50." in said
    assert "At the end you needed to pay back £42.00." in said
    for sentence in said:
        assert "\u2212" not in sentence and "(" not in sentence
        assert not re.search(r"-\s*£|£\s*-", sentence), sentence
        assert lint(sentence) == [], sentence
    easy.show_facts(facts)


def test_buttons_sizes_and_names(qtbot, window, view: CheckupView) -> None:  # type: ignore[no-untyped-def]
    easy = view.easy
    assert easy.opening.text.font().pointSizeF() >= 20  # amounts
    assert easy.period.text.font().pointSizeF() >= 16  # body
    for size in (100, 200):
        if size == 200:
            window.set_text_size(200)
            qtbot.wait(1)
            assert easy.opening.text.font().pointSizeF() >= 40
            assert easy.period.text.font().pointSizeF() >= 32
        assert missing_names(easy) == [], size
        assert too_small(easy, 44) == [], size
        buttons = [b for b in easy.findChildren(QAbstractButton) if b.isVisibleTo(easy)]
        assert {b.objectName() for b in buttons} == {"erCheckAndSend", "erMakeMyCopy"}
        for button in buttons:
            assert button.text().strip() and not button.icon().isNull()
            assert button.height() >= 44 and button.width() >= 44
            assert button.width() >= button.sizeHint().width()  # the words are not cut
    window.set_text_size(100)


def test_language_switch_and_right_to_left(qtbot, window, view: CheckupView, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import dpwallet.ui.easyread.checkup as module

    easy = view.easy
    english = easy.sentences()
    # New sentences wait for translators; a marked pgettext shows every one is rebuilt.
    real, real_n = module.pgettext, module.npgettext
    monkeypatch.setattr(module, "pgettext", lambda c, m: f"«{real(c, m)}»")
    monkeypatch.setattr(module, "npgettext", lambda c, s, p, n: f"«{real_n(c, s, p, n)}»")
    window.set_language("cy")
    assert all(t.startswith("«") for t in easy.sentences())  # every sentence rebuilt
    assert "Medi" in easy.sentences()[1]  # the Welsh month name
    monkeypatch.setattr(module, "pgettext", real)
    monkeypatch.setattr(module, "npgettext", real_n)
    assert view.easy_read_view() is easy and easy_read_state().on
    window.set_language("ur")
    qtbot.wait(1)
    assert easy.isRightToLeft()
    for row in easy.rows:
        if row.isVisibleTo(easy):
            assert row.picture.x() > row.text.x(), row.objectName()
    assert too_small(easy, 44) == []
    window.set_language("en_GB")
    assert easy.sentences() == english


def test_check_and_send_goes_through_the_review(  # type: ignore[no-untyped-def]
    qtbot, view: CheckupView, tmp_path: Path, monkeypatch
) -> None:
    written: list[object] = []
    monkeypatch.setattr(return_history, "write_files", lambda *a, **k: written.append(a))
    out = tmp_path / "out"
    out.mkdir()
    facts = view.easy.facts
    assert facts is not None
    qtbot.mouseClick(view.easy.send_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    # The same review page as the normal screen, shown instead of easy read while checking.
    assert view.current_page() is view.review
    assert view.review.step_label.text() == "Step 2 of 4"
    assert view.easy_read_view() is None and view.review.isVisible()
    assert view.draft.period_from == facts.sheet.inputs.period_from
    view.draft.folder = out
    # Going on leads to "Check your answers" before anything is written.
    qtbot.mouseClick(view.review.continue_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.declaration.name.editor, "Sam Jones")
    qtbot.mouseClick(view.declaration.continue_button, Qt.MouseButton.LeftButton)
    _idle(qtbot)
    assert view.current_page() is view.answers
    # Cancel: back through the steps to the start, which is easy read again.
    for page in (view.answers, view.declaration, view.review, view.period):
        assert view.current_page() is page
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert view.current_page() is view.history
    assert view.easy_read_view() is view.easy
    assert written == [] and not any(out.iterdir())


def test_make_my_own_copy(qtbot, view: CheckupView, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    easy = view.easy
    target = tmp_path / "my copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    qtbot.mouseClick(easy.copy_button, Qt.MouseButton.LeftButton)
    assert not target.exists() and not easy.copy_row.isVisibleTo(easy)  # cancelled
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(easy.copy_button, Qt.MouseButton.LeftButton)
    assert target.is_file()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    text = re.sub(r"\s+", " ", text)
    assert "Easy read, please." in text  # the communication needs say easy read
    assert "At the end you had" in text  # easy read wording, not the council's
    assert easy.copy_row.sentence() == f"Your copy is saved in {tmp_path}."
    assert easy.sentences()[-1] == easy.copy_row.sentence()


def test_locking_forgets_the_figures(qtbot, window, view: CheckupView) -> None:  # type: ignore[no-untyped-def]
    view.clear()
    assert view.easy.facts is None and view.easy.sentences() == ["Your financial check-up"]
    view.refresh()
    _idle(qtbot)
    assert view.easy.facts is not None
