"""Requirements 2, 5, 6, 8, 9, 10, 20, 24 and 25 (access-and-languages.md §5) on every
screen: the walk in tests/gui/walk.py shows welcome, the create steps, the recovery code,
unlock, forgotten passphrase and every section with its pages and tabs, on one demo wallet
in one 1024×768 window shared by this module.

Each test collects what is wrong on every screen first and then fails once, naming the
screens, so one run shows the whole picture.
"""

from __future__ import annotations

import contextlib
import gettext
import re
import sys
import time
from collections.abc import Iterator

import pytest
from babel import Locale
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTabBar,
    QWidget,
)

import dpwallet.i18n as i18n
from dpwallet.i18n import LANGUAGES
from dpwallet.ui.preferences import LanguagePicker
from dpwallet.ui.sections import SECTIONS
from dpwallet.ui.widgets import ScreenView
from tests.gui.a11y import (
    accessible_name,
    clipped,
    describe,
    focusable_widgets,
    interactive_widgets,
    low_contrast,
    missing_names,
    too_small,
    weak_focus,
)
from tests.gui.walk import Walk, settle, walk_window

# Every main section offers an easy read version (``easy_read_view()``, issue 6).
EXPECTED_EASY_READ_SECTIONS = frozenset(
    {"home", "money", "people", "timesheets", "pay", "outcomes", "checkup", "settings"}
)

# The demo's own data that happens to equal an English msgid (an account the demo calls
# "Petty cash", like the kind of account): it is a name the person typed, not a label.
DEMO_NAMES = frozenset({"Petty cash"})

STANDARD_BUTTON_WORDS = ("OK", "Cancel", "Yes", "No", "Save", "Close")


@pytest.fixture(scope="module")
def walk(qapp, tmp_path_factory) -> Iterator[Walk]:  # type: ignore[no-untyped-def]
    """One English window for the tests that change only the look, never the language."""
    with walk_window(qapp, tmp_path_factory.mktemp("req-home")) as shared:
        shared.open_demo()
        yield shared


@pytest.fixture()
def walk_in(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A fresh window switched to a language before its walk and deleted after it.

    PySide 6.12 can crash when a language switch reaches a window whose whole widget
    tree (Qt's private parts too) was wrapped by an earlier walk, so a language switch
    never follows a walk on the same window.
    """
    stack = contextlib.ExitStack()

    def make(language: str, **look: object) -> Walk:
        shared = stack.enter_context(walk_window(qapp, tmp_path_factory.mktemp("req-lang")))
        shared.look(language=language, **look)  # type: ignore[arg-type]
        return shared

    with stack:
        yield make


@pytest.fixture()
def normal(walk: Walk) -> Walk:
    walk.look()
    return walk


def _fail_if(found: dict[str, list[str]]) -> None:
    if found:
        lines = [f"{screen}: {problems}" for screen, problems in found.items()]
        print("\n".join(lines), file=sys.stderr, flush=True)
        pytest.fail("\n".join(lines), pytrace=False)


# ------------------------------------------------------------------ other languages
# These run first, before the shared English window exists: a language switch must not
# reach a window an earlier walk went through (see ``walk_in``).
def test_req24_dialogs_use_our_own_button_words(walk_in) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui.autolock import StayUnlockedDialog
    from dpwallet.ui.dialogs import MessageDialog, PassphraseDialog

    shown: Walk = walk_in("cy")
    english = _translated_msgids("cy")
    for dialog in (
        MessageDialog("Teitl", "Geiriau", shown.window),  # type: ignore[arg-type]
        PassphraseDialog("Teitl", "Cyfrinair", twice=True, parent=shown.window),  # type: ignore[arg-type]
        StayUnlockedDialog(60, shown.window),  # type: ignore[arg-type]
    ):
        dialog.show()
        settle()
        words = [_plain(b.text()) for b in dialog.findChildren(QAbstractButton)]
        assert words and all(words), describe(dialog)
        assert not set(words) & set(STANDARD_BUTTON_WORDS), words
        assert not set(words) & english, words
        assert missing_names(dialog) == []
        dialog.close()
        dialog.deleteLater()
    settle()


def test_req2_20_24_welsh_everywhere_after_a_switch(walk_in) -> None:  # type: ignore[no-untyped-def]
    shown: Walk = walk_in("en_GB")
    shown.open_demo()
    window = shown.window
    assert isinstance(window, QWidget)
    english = _translated_msgids("cy")
    assert len(english) > 200  # the Welsh catalogue is compiled and fairly complete
    screens = window.findChildren(ScreenView)
    counter = _LanguageChanges()
    for screen in screens:
        screen.installEventFilter(counter)
    try:
        shown.look(language="cy")
        QApplication.processEvents()
        once = {describe(s): counter.counts.get(id(s), 0) for s in screens}
        assert set(once.values()) == {1}, once  # requirement 20: one LanguageChange each
    finally:
        for screen in screens:
            screen.removeEventFilter(counter)
    del screens
    found: dict[str, list[str]] = {}
    for screen_name in shown.screens():
        settle()
        problems = [
            f"{where}: {text!r}"
            for where, text in shown_strings(window)
            if text in english and text not in DEMO_NAMES
        ]
        problems += [
            f"{describe(b)} says {b.text()!r}"
            for b in window.findChildren(QAbstractButton)
            if b.isVisible() and _plain(b.text()) in STANDARD_BUTTON_WORDS
        ]
        if problems:
            found[screen_name] = sorted(set(problems))
    _fail_if(found)


def test_req8_nothing_clipped_at_200_percent_in_urdu(walk_in) -> None:  # type: ignore[no-untyped-def]
    _clipped_walk(walk_in("ur", text_size=200))


# ------------------------------------------------------------------ requirement 5
def _contrast_walk(walk: Walk) -> dict[str, list[str]]:
    window = walk.window
    assert isinstance(window, QWidget)
    found: dict[str, list[str]] = {}
    for screen in walk.screens():
        settle()
        problems = low_contrast(window)
        # Item views are checked on their own below: offscreen Qt does not always repaint
        # a table's frame as focus leaves, so its "before" picture cannot be trusted here.
        focusable = [w for w in focusable_widgets(window) if not isinstance(w, QAbstractItemView)]
        problems += [f"focus: {p}" for p in weak_focus(window, focusable)]
        if problems:
            found[screen] = problems
    return found


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_req5_text_and_focus_contrast(walk: Walk, high_contrast: bool) -> None:
    walk.look(high_contrast=high_contrast)
    try:
        _fail_if(_contrast_walk(walk))
    finally:
        walk.look()


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_req5_table_focus_is_visible(walk: Walk, high_contrast: bool) -> None:
    walk.look(high_contrast=high_contrast)
    try:
        shell = walk.window.shell  # type: ignore[attr-defined]
        shell.show_section("people")
        settle()
        table = shell.views["people"].table
        other = shell.views["people"].add_button
        other.setFocus()
        settle()
        assert weak_focus(walk.window, [table]) == []  # type: ignore[arg-type]
        assert low_contrast(table) == []
    finally:
        walk.look()


def test_req5_helpers_catch_faint_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The checks themselves: faint grey words and a focus that barely changes fail."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    faint = QLabel("Faint words")
    faint.setStyleSheet("color: #aaaaaa; background: #ffffff;")
    dark = QLabel("Dark words")
    dark.setStyleSheet("color: #0b0c0c; background: #ffffff;")
    press = QPushButton("Press")
    press.setStyleSheet(
        "QPushButton { color: #0b0c0c; background: #ffffff; border: 2px solid #0b0c0c; }"
        "QPushButton:focus { background: #f8f8f8; }"
    )
    for widget in (faint, dark, press):
        layout.addWidget(widget)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    problems = low_contrast(box)
    assert any("Faint" in p or describe(faint) in p for p in problems)
    assert len(problems) == 1
    assert weak_focus(box, [press]) != []


# ------------------------------------------------------------------ requirement 6
_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|\bcolor\s*:|background|border[^;]*solid\s+\w")


def test_req6_system_high_contrast_sets_no_colours(normal: Walk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = normal.window
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    palette = app.palette()
    for high_contrast in (False, True):
        window.session.settings.high_contrast = high_contrast  # type: ignore[attr-defined]
        window.apply_appearance()  # type: ignore[attr-defined]
        sheet = window.styleSheet()  # type: ignore[attr-defined]
        assert "font-size" in sheet  # sizes still follow the setting
        assert _COLOUR.findall(sheet) == [], high_contrast
        assert app.palette() == palette  # the platform's own colours are left alone
    # No screen carries its own colour rules either, or they would beat the system's.
    own = [
        describe(w)
        for w in window.findChildren(QWidget)  # type: ignore[attr-defined]
        if w.styleSheet() and _COLOUR.search(w.styleSheet())
    ]
    assert own == []
    window.session.settings.high_contrast = False  # type: ignore[attr-defined]
    monkeypatch.undo()
    window.apply_appearance()  # type: ignore[attr-defined]


# ------------------------------------------------------------------ requirement 8
def _clipped_walk(shown: Walk) -> None:
    window = shown.window
    assert isinstance(window, QWidget)
    assert (window.width(), window.height()) == (1024, 768)
    found: dict[str, list[str]] = {}
    for screen in shown.screens():
        settle()
        problems = clipped(window)
        if problems:
            # Look again a moment later, as a person would: under a heavy load a layout
            # can still be catching up. Only clipping that stays is reported.
            end = time.monotonic() + 0.5
            while time.monotonic() < end:
                settle()
            problems = clipped(window)
        if problems:
            found[screen] = problems
    _fail_if(found)


def test_req8_nothing_clipped_at_200_percent(walk: Walk) -> None:
    walk.look(text_size=200)
    try:
        _clipped_walk(walk)
    finally:
        walk.look()


# ------------------------------------------------------------------ requirements 2, 20, 24
def _translated_msgids(language: str) -> set[str]:
    """English msgids that the compiled catalogues give a real translation for."""
    english: set[str] = set()
    for domain in (i18n.DOMAIN, f"{i18n.DOMAIN}_easyread"):
        try:
            catalogue = gettext.translation(domain, i18n.LOCALE_DIR, languages=[language])
        except OSError:
            continue
        for key, value in catalogue._catalog.items():  # type: ignore[attr-defined]
            if not isinstance(key, str) or not key or not isinstance(value, str):
                continue
            msgid = key.split("\x04")[-1]
            if value.strip() and value != msgid and "{" not in msgid:
                english.add(msgid)
    return english


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def shown_strings(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible word, accessible name, description and tooltip."""
    out: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = describe(widget)
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        out += [(where, _plain(t)) for t in texts if t and _plain(t)]
    return out


class _LanguageChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[int, int] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.counts[id(watched)] = self.counts.get(id(watched), 0) + 1
        return False


# ------------------------------------------------------------------ requirement 25
def test_req25_language_picker_endonyms_reachable_from_every_screen(walk: Walk) -> None:
    walk.look()
    window = walk.window
    expected = []
    for code in LANGUAGES:
        name = Locale.parse(code).display_name or code
        expected.append(name[:1].upper() + name[1:])
    pickers = window.findChildren(LanguagePicker)  # type: ignore[attr-defined]
    assert len(pickers) >= 2
    for picker in pickers:
        items = [picker.itemText(i) for i in range(picker.count())]
        assert items == expected
        assert all(picker.itemIcon(i).isNull() for i in range(picker.count()))  # no flags
        assert accessible_name(picker).strip()
    unreachable = []
    for screen in walk.screens():
        settle()
        if screen not in NO_PICKER_ON_PURPOSE and not _language_reachable(walk):
            unreachable.append(screen)
    assert unreachable == []


# One press back from these screens reaches the Welcome screen and its picker.
BACK_TO_WELCOME = ("backButton", "unlockBack", "forgotBack")
# The recovery code screen has no way back on purpose: the person keeps the code first,
# then the wallet opens and Settings holds the picker.
NO_PICKER_ON_PURPOSE = ("recovery code",)


def _language_reachable(walk: Walk) -> bool:
    """A language picker is on screen, or one press leads to a screen that has one."""
    window = walk.window
    if any(p.isVisible() for p in window.findChildren(LanguagePicker)):  # type: ignore[attr-defined]
        return True
    shell = window.shell  # type: ignore[attr-defined]
    if shell.isVisible():
        return bool(shell.buttons["settings"].isVisible())  # Settings has the picker
    return any(
        b.isVisible() and b.isEnabled() and b.objectName() in BACK_TO_WELCOME
        for b in window.findChildren(QAbstractButton)  # type: ignore[attr-defined]
    )


# ------------------------------------------------------------------ requirements 9, 10, easy read
def test_req9_easy_read_on_every_screen(walk: Walk) -> None:
    """Easy read on: every button has words; each section's easy view (where there is
    one) has names, 44 px targets and nothing clipped."""
    walk.look(easy_read=True)
    window = walk.window
    assert isinstance(window, QWidget)
    shell = window.shell  # type: ignore[attr-defined]
    with_easy: set[str] = set()
    found: dict[str, list[str]] = {}
    try:
        for screen in walk.screens():
            settle()
            problems = [
                f"{describe(b)} has no words"
                for b in window.findChildren(QAbstractButton)
                if b.isVisible()
                and not b.text().strip()
                and not isinstance(b.parentWidget(), QTabBar)
            ]
            if screen.startswith("section "):
                key = screen.removeprefix("section ")
                finder = getattr(shell.views[key], "easy_read_view", None)
                easy = finder() if callable(finder) else None
                if easy is not None:
                    with_easy.add(key)
                    problems += missing_names(easy)
                    problems += too_small(easy, 44)
                    problems += clipped(easy)
            if problems:
                found[screen] = problems
    finally:
        walk.look()
    _fail_if(found)
    assert "home" in with_easy
    assert with_easy >= EXPECTED_EASY_READ_SECTIONS


def test_req10_status_has_words(walk: Walk) -> None:
    """Status is never colour or a picture alone: progress bars show words and every
    picture has a text alternative."""
    walk.look()
    window = walk.window
    assert isinstance(window, QWidget)
    found: dict[str, list[str]] = {}
    for screen in walk.screens():
        settle()
        problems = []
        for widget in window.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QProgressBar) and not (
                (widget.isTextVisible() and widget.text().strip()) or accessible_name(widget)
            ):
                problems.append(f"{describe(widget)} has no words")
            if (
                isinstance(widget, QLabel)
                and not widget.pixmap().isNull()
                and not (widget.accessibleName().strip() or widget.text().strip())
            ):
                problems.append(f"{describe(widget)} is a picture with no words")
        if problems:
            found[screen] = problems
    _fail_if(found)


def test_walk_covers_every_section_and_its_pages(walk: Walk) -> None:
    walk.look()
    names = list(walk.screens())
    for section in SECTIONS:
        assert f"section {section.key}" in names
    for start in ("welcome", "create step 1", "recovery code", "unlock", "forgotten passphrase"):
        assert start in names
    inside = {n.split()[0] for n in names if not n.startswith(("section", "create"))}
    assert {"money", "people", "timesheets", "pay", "checkup"} <= inside
    assert interactive_widgets(walk.window)  # type: ignore[arg-type]
