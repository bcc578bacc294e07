"""Every screen: accessible names, 24 px targets, keyboard navigation, language at run time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from dpwallet.i18n.pseudo import PSEUDO_LANGUAGE
from dpwallet.services.wallet import Wallet
from dpwallet.ui.sections import SECTIONS
from tests.gui.a11y import missing_names, too_small
from tests.gui.conftest import GUI_PASSPHRASE


def _screens(window, folder: Path):  # type: ignore[no-untyped-def]
    """Show each screen in turn and yield its name."""
    window.go_home()
    yield "welcome"
    window._start_create()
    for step in range(3):
        window.create_view._show_step(step)
        yield f"create step {step + 1}"
    window.create_view.go_on()  # the error summary is on screen too
    yield "create with problems"
    window.recovery.show_code("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345", "Ann Lee.dpwallet")
    window.show_screen(window.recovery)
    yield "recovery code"
    window.open_path(folder)
    yield "unlock"
    window.unlock.forgot.emit(folder)
    yield "forgotten passphrase"
    window.session.open_wallet(Wallet.unlock(folder, passphrase=GUI_PASSPHRASE), folder)
    for section in SECTIONS:
        window.shell.show_section(section.key)
        yield f"section {section.key}"


@pytest.mark.parametrize("text_size", [100, 200])
def test_every_screen_names_and_targets(qtbot, window, wallet_on_disk, text_size) -> None:  # type: ignore[no-untyped-def]
    folder, _code = wallet_on_disk
    window.set_text_size(text_size)
    for name in _screens(window, folder):
        qtbot.wait(1)
        assert missing_names(window) == [], name
        assert too_small(window) == [], name


def test_keyboard_reaches_every_section(qtbot, window, wallet_on_disk) -> None:  # type: ignore[no-untyped-def]
    folder, _code = wallet_on_disk
    window.session.open_wallet(Wallet.unlock(folder, passphrase=GUI_PASSPHRASE), folder)
    window.activateWindow()
    buttons = {s.key: window.shell.buttons[s.key] for s in SECTIONS}
    buttons["home"].setFocus()
    seen: list[str] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        for key, nav_button in buttons.items():
            if focused is nav_button and key not in seen:
                seen.append(key)
                qtbot.keyClick(nav_button, Qt.Key.Key_Space)
                assert window.shell.current_section() == key
                assert nav_button.isChecked()
                assert nav_button.accessibleDescription() == "You are here"
        if len(seen) == len(SECTIONS):
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert seen[: len(SECTIONS)] == [s.key for s in SECTIONS]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.shell.current_section() == SECTIONS[2].key


def test_language_switch_retranslates_and_flips_direction(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    original = type(window.welcome).retranslate_ui

    def counting(self: QWidget) -> None:
        if self is window.welcome:
            calls.append(type(self).__name__)
        original(self)

    monkeypatch.setattr(type(window.welcome), "retranslate_ui", counting)
    english = window.welcome.create_button.text()
    window.set_language(PSEUDO_LANGUAGE)
    assert calls.count("WelcomeView") == 1
    assert window.welcome.create_button.text() != english
    assert window.welcome.create_button.accessibleName() == window.welcome.create_button.text()
    window.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.welcome.language_picker.currentData() == "ar"
    assert window.session.settings.language == "ar"
    window.set_language("en_GB")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.welcome.create_button.text() == english


def test_high_contrast_and_system_preference(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui import theme

    window.session.settings.high_contrast = True
    window.apply_appearance()
    assert "#000000" in window.styleSheet()
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    window.apply_appearance()
    sheet = window.styleSheet()
    assert "color:" not in sheet and "background" not in sheet


def test_text_size_doubles_the_font(window) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui import theme

    window.set_text_size(200)
    assert QApplication.font().pointSizeF() == pytest.approx(theme.base_point_size() * 2)
    window.set_text_size(100)


def test_missing_xcb_cursor_gives_a_sentence(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import ctypes.util

    from dpwallet import app

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert app.run_gui() == 1
    assert "sudo apt-get install libxcb-cursor0" in capsys.readouterr().err
