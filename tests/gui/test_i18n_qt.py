"""The Qt bridge: gettext-backed QTranslator, runtime switching, RTL, bundled fonts."""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

import dpwallet.i18n as i18n
from dpwallet.i18n import LANGUAGES
from dpwallet.i18n.pseudo import PSEUDO_LANGUAGE, pseudo_translate
from dpwallet.ui import fonts as ui_fonts
from dpwallet.ui.i18n_qt import (
    GettextTranslator,
    apply_language,
    installed_translator,
    layout_direction_for,
    remove_translator,
)


def _write_catalogue(root: Path, language: str, messages: dict[Any, Any]) -> Path:
    catalog = Catalog(locale=language, domain=i18n.DOMAIN, fuzzy=False)
    for msgid, msgstr in messages.items():
        if isinstance(msgid, tuple) and len(msgid) == 2 and msgid[0] == "ctx:easyread":
            catalog.add(msgid[1], msgstr, context="easyread")
        else:
            catalog.add(msgid, msgstr)
    folder = root / language / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / f"{i18n.DOMAIN}.mo").open("wb") as handle:
        write_mo(handle, catalog)
    return root


WELSH: dict[Any, Any] = {
    "Cancel": "Canslo",
    "Money you have": "Arian sydd gennych",
    ("ctx:easyread", "Money you have"): "Yr arian sydd gennych",
    ("{n} receipt", "{n} receipts"): ("{n} derbynneb-0", "{n} dderbynneb", "2", "3", "6"),
}


@pytest.fixture()
def welsh_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = _write_catalogue(tmp_path, "cy", WELSH)
    monkeypatch.setattr(i18n, "LOCALE_DIR", root)
    return root


@pytest.fixture(autouse=True)
def _reset(qapp: QApplication) -> Iterator[None]:
    font = QFont(QGuiApplication.font())
    yield
    apply_language("en_GB", qapp, set_font=False)
    remove_translator()
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QGuiApplication.setFont(font)


class Screen(QWidget):
    """A minimal screen that retranslates itself on LanguageChange, as real screens do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_changes = 0
        self.label = QLabel(self)
        self.plain = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.plain)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(i18n._("Cancel"))
        self.plain.setText(QCoreApplication.translate("Screen", "Money you have"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changes += 1
            self.retranslate()
        super().changeEvent(event)


def test_translator_answers_from_a_small_catalogue(qapp: QApplication, tmp_path: Path) -> None:
    root = _write_catalogue(tmp_path, "cy", WELSH)
    translations = gettext.translation(i18n.DOMAIN, root, languages=["cy"])
    translator = GettextTranslator(translations)
    assert not translator.isEmpty()
    assert translator.translate("Any", "Cancel") == "Canslo"
    assert translator.translate("Any", "Money you have", "easyread") == "Yr arian sydd gennych"
    assert translator.translate("Any", "{n} receipt", None, 1) == "{n} dderbynneb"
    assert translator.translate("Any", "{n} receipt", None, 4) == "{n} derbynneb-0"
    assert translator.translate("Any", "Not in the catalogue") is None  # Qt keeps the source
    assert QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Dialog", "Cancel") == "Canslo"
        assert QCoreApplication.translate("Dialog", "Untranslated") == "Untranslated"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_runtime_switch_retranslates_every_widget_once(
    qapp: QApplication, qtbot: object, welsh_locale: Path
) -> None:
    screen = Screen()
    nested = Screen(screen)
    hidden = Screen()  # a top-level window that is not shown
    screen.show()
    assert screen.label.text() == "Cancel"

    apply_language("cy", qapp)
    assert i18n.current_language() == "cy"
    assert installed_translator() is not None
    for widget in (screen, nested, hidden):
        assert widget.language_changes == 1
        assert widget.label.text() == "Canslo"
        assert widget.plain.text() == "Arian sydd gennych"
    qapp.processEvents()  # nothing queued arrives a second time
    assert [w.language_changes for w in (screen, nested, hidden)] == [1, 1, 1]

    apply_language("en_GB", qapp)
    qapp.processEvents()
    assert [w.language_changes for w in (screen, nested, hidden)] == [2, 2, 2]
    assert screen.label.text() == "Cancel"
    screen.close()
    hidden.deleteLater()
    screen.deleteLater()


@pytest.mark.parametrize("language", LANGUAGES)
def test_layout_direction_follows_the_language(qapp: QApplication, language: str) -> None:
    widget = QWidget()
    apply_language(language, qapp, set_font=False)
    expected = (
        Qt.LayoutDirection.RightToLeft
        if language in ("ar", "ur")
        else Qt.LayoutDirection.LeftToRight
    )
    assert qapp.layoutDirection() == expected
    assert widget.layoutDirection() == expected
    assert i18n.is_rtl() == (language in ("ar", "ur"))
    widget.deleteLater()


def test_rtl_flips_back_and_covers_other_arabic_script_codes(qapp: QApplication) -> None:
    apply_language("ur", qapp, set_font=False)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    apply_language("cy", qapp, set_font=False)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert layout_direction_for("fa") == Qt.LayoutDirection.RightToLeft
    assert layout_direction_for("pa_Arab_PK") == Qt.LayoutDirection.RightToLeft
    assert layout_direction_for("pa") == Qt.LayoutDirection.LeftToRight
    assert layout_direction_for(PSEUDO_LANGUAGE) == Qt.LayoutDirection.LeftToRight


def test_pseudo_locale_through_the_bridge(qapp: QApplication) -> None:
    screen = Screen()
    apply_language(PSEUDO_LANGUAGE, qapp, set_font=False)
    assert screen.label.text() == pseudo_translate("Cancel")
    assert screen.plain.text() == pseudo_translate("Money you have")
    screen.deleteLater()


def test_bundled_fonts_register_and_cover_each_script(qapp: QApplication) -> None:
    registered = ui_fonts.register_bundled_fonts()
    assert len(registered) == 10
    by_script = ui_fonts.families_by_script()
    assert by_script["Beng"] == ["Noto Sans Bengali", "Noto Sans"]
    assert by_script["Arab-ur"][0] == "Noto Nastaliq Urdu"
    samples = {
        "cy": "Ŵŷ",
        "ro": "Șț",
        "ar": "مال",
        "ur": "رقم ہے",
        "bn": "টাকা",
        "pa": "ਪੈਸੇ",
    }
    for language, sample in samples.items():
        families = ui_fonts.families_for_language(language)
        assert families[-1] == "Noto Sans"
        metrics = [QFontMetrics(QFont(family)) for family in families]
        for ch in "£0123456789" + sample:
            assert any(m.inFontUcs4(ord(ch)) for m in metrics), (language, ch)


def test_apply_language_sets_the_font_family_list(qapp: QApplication) -> None:
    apply_language("bn", qapp)
    assert QGuiApplication.font().families() == ["Noto Sans Bengali", "Noto Sans"]
    label = QLabel("টাকা £12.50")
    assert label.font().families()[0] == "Noto Sans Bengali"
    apply_language("cy", qapp)
    assert QGuiApplication.font().families() == ["Noto Sans"]
    label.deleteLater()
