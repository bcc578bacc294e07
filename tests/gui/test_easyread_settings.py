"""Easy read Settings: each choice a sentence and a big control that does what the normal
Settings does, including turning easy read off from here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog

from dpwallet.domain.easyread_lint import lint
from dpwallet.services.wallet import Wallet
from dpwallet.ui import tasks
from dpwallet.ui.easyread import easy_read_state
from dpwallet.ui.easyread.glossary_data import GLOSSARY
from dpwallet.ui.easyread.settings import EasySettings
from dpwallet.ui.i18n_qt import apply_language
from tests.gui.a11y import missing_names, too_small
from tests.gui.conftest import GUI_PASSPHRASE


def _idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=30_000)


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """One window for the module, as in test_easyread_home (PySide's teardown)."""
    from dpwallet.app import build_window
    from dpwallet.settings import Settings

    home = tmp_path_factory.mktemp("er-settings")
    old = os.environ.get("DPWALLET_HOME")
    os.environ["DPWALLET_HOME"] = str(home)
    created = Wallet.create(
        home / "Ann Lee", name="Ann Lee", council="Testshire", passphrase=GUI_PASSPHRASE
    )
    folder = created.wallet.paths.folder
    created.wallet.lock()
    win = build_window(qapp, Settings())
    win.show()
    win.session.open_wallet(Wallet.unlock(folder, passphrase=GUI_PASSPHRASE), folder)
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
def window(shared_window):  # type: ignore[no-untyped-def]
    """English, 100% text, normal contrast, easy read on, Settings showing."""
    settings = shared_window.session.settings
    if settings.language != "en_GB":
        shared_window.set_language("en_GB")
    if settings.text_size_percent != 100:
        shared_window.set_text_size(100)
    shared_window.shell.settings.high_contrast.setChecked(False)
    shared_window.shell.settings.easy_read.setChecked(True)
    shared_window.shell.show_section("settings")
    return shared_window


@pytest.fixture()
def easy(window) -> EasySettings:  # type: ignore[no-untyped-def]
    view = window.shell.settings.easy_read_view()
    assert isinstance(view, EasySettings)
    return view


def _choose(combo: QComboBox, data: object) -> None:
    """Pick an entry as a person does (``activated`` fires, not only the index)."""
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_sentences_in_order_and_plain(easy: EasySettings) -> None:
    said = easy.sentences()
    shown = sorted(
        (r for r in easy.rows if r.isVisibleTo(easy)), key=lambda r: easy.content.indexOf(r)
    )
    assert said == [easy.heading.text()] + [r.sentence() for r in shown]
    assert said == [
        "Settings",
        "Choose the language for dpwallet.",
        "You can make the words bigger.",
        "High contrast shows white words on black.",
        "Easy read uses short sentences and big words.",
        "dpwallet can read the words on this screen to you.",
        "dpwallet locks your wallet when nobody uses it.",
        "A backup is a spare copy of your wallet.",
    ]
    for sentence in said:
        assert lint(sentence) == [], sentence
    assert set(easy.glossary_terms()) == {"lock", "backup"} and set(GLOSSARY) >= {"lock"}


def test_controls_are_big_named_and_show_words(qtbot, window, easy: EasySettings) -> None:  # type: ignore[no-untyped-def]
    for size in (100, 200):
        if size == 200:  # chosen from easy read Settings' own picker
            _choose(easy.size_picker, 200)
            qtbot.wait(1)
            assert window.session.settings.text_size_percent == 200
            assert easy.language_row.text.font().pointSizeF() >= 32
        else:
            assert easy.language_row.text.font().pointSizeF() >= 16
        assert missing_names(easy) == [], size
        assert too_small(easy, 44) == [], size
        for button in easy.findChildren(QAbstractButton):
            if button.isVisibleTo(easy):
                assert button.text().strip() and not button.icon().isNull()
                assert button.width() >= button.sizeHint().width(), button.objectName()
        for _indent, control in easy.holders:
            right = control.mapTo(easy, QPoint(control.width(), 0)).x()
            assert right <= easy.scroller.viewport().width(), (size, control.objectName())
    _choose(easy.size_picker, 100)
    assert window.session.settings.text_size_percent == 100


def test_language_picker_is_the_normal_one(qtbot, window, easy: EasySettings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import dpwallet.ui.easyread.settings as module

    # New sentences wait for translators; a marked pgettext shows every one is rebuilt.
    real = module.pgettext
    monkeypatch.setattr(module, "pgettext", lambda c, m: f"«{real(c, m)}»")
    normal = window.shell.settings.language_picker
    picker = easy.language_picker
    assert [picker.itemText(i) for i in range(picker.count())] == [
        normal.itemText(i) for i in range(normal.count())
    ]
    assert "Cymraeg" in [picker.itemText(i) for i in range(picker.count())]
    english = easy.sentences()
    _choose(picker, "cy")
    assert window.session.settings.language == "cy"
    assert normal.currentData() == "cy"
    assert all(t.startswith("«") for t in easy.sentences())  # every sentence rebuilt
    assert easy.autolock.currentText() not in ("After 10 minutes", "")  # Welsh words
    assert easy.easy_read.text() not in ("«Easy read: on»", "")
    _choose(picker, "ur")
    qtbot.wait(1)
    assert easy.isRightToLeft() and picker.currentData() == "ur"
    for row in easy.rows:
        if row.isVisibleTo(easy):
            assert row.picture.x() > row.text.x(), row.objectName()
    # Each control sits under its sentence's words, on the right in Urdu.
    for indent, control in easy.holders:
        assert control.mapTo(easy, QPoint(0, 0)).x() < indent.mapTo(easy, QPoint(0, 0)).x()
    monkeypatch.setattr(module, "pgettext", real)
    _choose(picker, "en_GB")
    assert easy.sentences() == english


def test_high_contrast_and_lock_go_through_normal_settings(window, easy: EasySettings) -> None:  # type: ignore[no-untyped-def]
    settings = window.session.settings
    assert easy.contrast.text() == "High contrast: off"
    easy.contrast.click()
    assert settings.high_contrast and window.shell.settings.high_contrast.isChecked()
    assert easy.contrast.text() == "High contrast: on" and easy.contrast.isChecked()
    easy.contrast.click()
    assert not settings.high_contrast
    _choose(easy.autolock, 5)
    assert settings.autolock_minutes == 5
    assert window.shell.settings.autolock.currentData() == 5
    assert easy.autolock.currentText() == "After 5 minutes"
    _choose(easy.autolock, 10)
    assert settings.autolock_minutes == 10


def test_read_aloud_uses_the_corner(window, easy: EasySettings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[bool] = []
    monkeypatch.setattr(window.shell.corner, "read_aloud", lambda: asked.append(True))
    easy.read.click()
    assert asked == [True]


def test_backup_now(qtbot, window, easy: EasySettings, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    easy.backup.click()
    assert not easy.backup_news.isVisibleTo(easy)  # cancelled: nothing happens
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    easy.backup.click()
    qtbot.waitUntil(lambda: easy.backup_state == "saved", timeout=30_000)
    assert easy.backup_news.sentence() == "Your backup is saved."
    assert easy.sentences()[-1] == "Your backup is saved."
    assert list(tmp_path.glob("*.dpbackup"))


def test_turning_easy_read_off_from_here(qtbot, window, easy: EasySettings) -> None:  # type: ignore[no-untyped-def]
    assert easy.easy_read.text() == "Easy read: on" and easy.easy_read.isChecked()
    qtbot.mouseClick(easy.easy_read, Qt.MouseButton.LeftButton)
    assert not easy_read_state().on and not window.session.settings.easy_read
    assert window.shell.settings.easy_read_view() is None
    assert not window.shell.settings.easy_read.isChecked()
    assert not window.shell.corner.switch.isChecked()
    window.shell.corner.switch.click()  # and on again from the corner
    assert window.shell.settings.easy_read_view() is easy
    assert easy.easy_read.isChecked() and easy.easy_read.text() == "Easy read: on"
