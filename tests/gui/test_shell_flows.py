"""The app shell driven through its widgets: create, recovery check, unlock, reset, demo, lock."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from dpwallet.services.demo import DemoWallet
from dpwallet.services.wallet import Wallet
from tests.gui.conftest import GUI_PASSPHRASE


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_create_flow_end_to_end_and_recovery_check(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w = window
    _click(qtbot, w.welcome.create_button)
    assert w.stack.currentWidget() is w.create_view
    assert w.create_view.step_label.text() == "Step 1 of 3"
    _click(qtbot, w.create_view.continue_button)  # no name yet
    assert w.create_view.errors.isVisible()
    assert w.create_view.errors.title.text() == "There is a problem"
    assert "Enter the name" in w.create_view.errors.messages()[0]
    qtbot.keyClicks(w.create_view.name.editor, "Sam Jones")
    qtbot.keyClicks(w.create_view.council.editor, "Westbrook")
    _click(qtbot, w.create_view.continue_button)
    assert w.create_view.step_label.text() == "Step 2 of 3"
    _click(qtbot, w.create_view.continue_button)
    assert w.create_view.step_label.text() == "Step 3 of 3"
    qtbot.keyClicks(w.create_view.passphrase.edit, GUI_PASSPHRASE)
    qtbot.keyClicks(w.create_view.again.edit, "something else")
    _click(qtbot, w.create_view.continue_button)
    assert "different" in w.create_view.errors.messages()[0]
    w.create_view.again.edit.clear()
    qtbot.keyClicks(w.create_view.again.edit, GUI_PASSPHRASE)
    _click(qtbot, w.create_view.continue_button)
    assert w.create_view.busy.isVisible()  # words while Argon2 runs off the GUI thread
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.recovery, timeout=20_000)

    rec = w.recovery
    asked = rec.asked
    wrong = "ZZZZ" if rec.groups[asked - 1] != "ZZZZ" else "YYYY"
    qtbot.keyClicks(rec.group_field.editor, wrong)
    _click(qtbot, rec.continue_button)
    assert w.stack.currentWidget() is rec
    assert f"That is not group {asked}" in rec.errors.messages()[0]
    rec.group_field.editor.clear()
    qtbot.keyClicks(rec.group_field.editor, rec.groups[asked - 1].lower())
    _click(qtbot, rec.continue_button)
    assert w.stack.currentWidget() is w.shell
    assert w.shell.home.title.text() == "Sam Jones’s wallet"
    assert w.shell.home.have_amount.text() == "£0.00"
    assert "No statements yet" in w.shell.home.todo_text.text()
    assert w.session.path is not None and w.session.path.name == "Sam Jones.dpwallet"
    assert not w.banner.isVisible()


def test_recovery_sheet_pdf_is_written(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.recovery.show_code("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345", "Sam.dpwallet")
    target = tmp_path / "sheet"
    window.recovery.write_sheet(target)
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert "sheet.pdf" in window.recovery.saved_note.text()


def test_recovery_code_follows_a_language_switch(window) -> None:  # type: ignore[no-untyped-def]
    """Switching to Urdu while the code is shown renumbers the groups in Urdu, and the
    Latin letters sit on the reading-start side under their numbers."""
    from PySide6.QtWidgets import QLabel

    window.recovery.show_code("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345", "Sam.dpwallet")
    window.show_screen(window.recovery)
    english = window.recovery.grid.itemAtPosition(0, 0).widget().text()
    window.set_language("ur")
    try:
        number = window.recovery.grid.itemAtPosition(0, 0).widget()
        assert isinstance(number, QLabel) and number.text() != english
        assert "1" in number.text()
        letters = window.recovery.grid_host.findChild(QLabel, "group1")
        assert letters.text() == "ABCD"
        assert letters.alignment() & Qt.AlignmentFlag.AlignRight
    finally:
        window.set_language("en_GB")
    assert window.recovery.grid.itemAtPosition(0, 0).widget().text() == english


def test_wrong_passphrase_is_kind_and_leaves_files_untouched(qtbot, window, wallet_on_disk) -> None:  # type: ignore[no-untyped-def]
    folder, _code = wallet_on_disk
    before = _snapshot(folder)
    window.open_path(folder)
    view = window.unlock
    assert view.title.text() == "Open “Ann Lee”"
    for attempt in range(3):
        view.passphrase.edit.clear()
        qtbot.keyClicks(view.passphrase.edit, "not my passphrase")
        _click(qtbot, view.open_button)
        qtbot.waitUntil(lambda a=attempt: view.failures == a + 1, timeout=10_000)
        message = view.errors.messages()[0]
        assert message.startswith("That passphrase didn’t open this wallet.")
        assert "Traceback" not in message
    assert view.sheet_panel.isVisible()  # after 3 tries the sheet comes first
    assert _snapshot(folder) == before
    view.passphrase.edit.clear()
    qtbot.keyClicks(view.passphrase.edit, GUI_PASSPHRASE)
    qtbot.keyClick(view.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.shell, timeout=10_000)
    assert window.shell.home.title.text() == "Ann Lee’s wallet"


def test_forgotten_passphrase_reset_with_recovery_code(qtbot, window, wallet_on_disk) -> None:  # type: ignore[no-untyped-def]
    folder, code = wallet_on_disk
    window.open_path(folder)
    _click(qtbot, window.unlock.forgot_button)
    view = window.forgot
    assert window.stack.currentWidget() is view
    qtbot.keyClicks(view.code.editor, code)
    qtbot.keyClicks(view.new.edit, "green apple tree house")
    qtbot.keyClicks(view.again.edit, "green apple tree house")
    _click(qtbot, view.submit_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.shell, timeout=10_000)
    window.lock()
    assert window.stack.currentWidget() is window.unlock
    Wallet.unlock(folder, passphrase="green apple tree house").lock()


def test_wrong_recovery_code_says_what_to_do(qtbot, window, wallet_on_disk) -> None:  # type: ignore[no-untyped-def]
    folder, _code = wallet_on_disk
    window.open_path(folder)
    window.unlock.forgot.emit(folder)
    view = window.forgot
    qtbot.keyClicks(view.code.editor, "ABCD")
    qtbot.keyClicks(view.new.edit, "green apple tree house")
    qtbot.keyClicks(view.again.edit, "green apple tree house")
    _click(qtbot, view.submit_button)
    qtbot.waitUntil(lambda: bool(view.errors.messages()), timeout=10_000)
    assert "recovery sheet" in view.errors.messages()[0]


def _fake_demo(tmp_path: Path) -> DemoWallet:
    """A tiny stand-in for open_demo (the real one takes seconds to make two years)."""
    (tmp_path / "demo").mkdir()
    created = Wallet.create(
        tmp_path / "demo" / "Demo", name="Eleri", passphrase="made up words", is_demo=True
    )
    return DemoWallet(created.wallet, tmp_path / "demo")


def test_demo_strip_cannot_be_hidden_and_closing_deletes(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.session.demo_factory = lambda: _fake_demo(tmp_path)
    _click(qtbot, window.welcome.demo_button)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    banner = window.banner
    assert banner.isVisible()
    assert banner.words.text() == "Demo: made-up people and money. Nothing here is real."
    banner.hide()
    banner.setVisible(False)
    assert banner.isVisible()
    window.lock()
    assert not banner.isVisible()
    assert not (tmp_path / "demo").exists()
    assert window.stack.currentWidget() is window.welcome


def test_auto_lock_warns_then_locks(qtbot, window, wallet_on_disk) -> None:  # type: ignore[no-untyped-def]
    folder, _code = wallet_on_disk
    window.session.open_wallet(Wallet.unlock(folder, passphrase=GUI_PASSPHRASE), folder)
    lock = window.autolock
    lock.warning_ms = 150
    lock.configure(0, total_ms=400)
    qtbot.waitUntil(lambda: lock.dialog is not None, timeout=5_000)
    assert "Stay unlocked?" in lock.dialog.words.text()
    _click(qtbot, lock.dialog.stay)
    assert lock.dialog is None and window.session.is_open
    qtbot.waitUntil(lambda: lock.dialog is not None, timeout=5_000)
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=5_000)
    assert window.stack.currentWidget() is window.unlock
    assert window.shell.home.summary is None
    assert window.shell.home.have_amount.text() == ""


def test_ctrl_l_locks(qtbot, window, wallet_on_disk) -> None:  # type: ignore[no-untyped-def]
    folder, _code = wallet_on_disk
    wallet = Wallet.unlock(folder, passphrase=GUI_PASSPHRASE)
    window.session.open_wallet(wallet, folder)
    window.lock_action.trigger()
    assert wallet.is_locked
    assert window.stack.currentWidget() is window.unlock


def test_open_folder_that_is_not_a_wallet(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.welcome.open_folder(tmp_path)
    assert "not a wallet" in window.welcome.errors.messages()[0]
