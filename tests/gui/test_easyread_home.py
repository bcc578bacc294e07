"""Easy read across the app: the live switch, easy read Home, the corner, the walkers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from dpwallet.domain.money import Money
from dpwallet.domain.summary import AccountBalance, WalletSummary
from dpwallet.services.wallet import Wallet
from dpwallet.ui.easyread import easy_read_state
from dpwallet.ui.easyread.corner import page_sentences, page_terms
from dpwallet.ui.easyread.glossary_data import GLOSSARY
from dpwallet.ui.easyread.home import EasyHome
from dpwallet.ui.easyread.speech import ReadResult
from dpwallet.ui.i18n_qt import apply_language
from tests.gui.a11y import missing_names, too_small
from tests.gui.conftest import GUI_PASSPHRASE

SUMMARY = WalletSummary(
    name="Ann Lee",
    council="Testshire",
    is_demo=False,
    balance=Money(738652),
    accounts=(
        AccountBalance(1, "Direct payment account", "bank", Money(739902)),
        AccountBalance(2, "Prepaid card", "prepaid_card", Money(-1250)),
    ),
    counts={"transactions": 12},
)


def figures(**changes: object) -> SimpleNamespace:
    """The parts of HomeFigures that easy read Home shows."""
    values: dict[str, object] = {
        "today": dt.date(2026, 3, 2),
        "period_start": dt.date(2026, 2, 23),
        "weeks_in_hand": Decimal("11.4"),
        "came_in": Money(160000),
        "went_out": Money(52000),
        "next_payment": (dt.date(2026, 3, 23), Money(145000)),
        "contributions": None,
        "forecast": SimpleNamespace(lowest=SimpleNamespace(balance=Money(100), date=None)),
        "receipts_needed": 3,
        "period_end": dt.date(2026, 3, 22),
        "coming_in": Money(0),
        "going_out": Money(0),
        "to_do": lambda: [],
        "spend_by_outcome": (),
        "balance_series": (),
    }
    values.update(changes)
    return SimpleNamespace(**values)


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """One window for this module: making and deleting many windows with easy read on
    upsets PySide's teardown, and one window is also how a person uses the app."""
    import os

    from PySide6.QtCore import QCoreApplication, QEvent

    from dpwallet.app import build_window
    from dpwallet.settings import Settings

    home = tmp_path_factory.mktemp("er-home")
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
    """The shared window, back to normal: English, 100% text, easy read off."""
    # Only restyle when something differs: every restyle walks the other screens' tables.
    settings = shared_window.session.settings
    if settings.language != "en_GB":
        shared_window.set_language("en_GB")
    if settings.text_size_percent != 100:
        shared_window.set_text_size(100)
    shared_window.shell.settings.easy_read.setChecked(False)
    shared_window.shell.show_section("home")
    return shared_window


@pytest.fixture()
def easy_shell(qtbot, window):  # type: ignore[no-untyped-def]
    window.shell.home.show_summary(SUMMARY)
    window.shell.home.show_figures(figures())
    window.shell.settings.easy_read.setChecked(True)
    qtbot.wait(1)
    return window


def test_settings_switch_changes_the_whole_app_live(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = window.shell.home
    assert home.easy_read_view() is None
    window.shell.settings.easy_read.setChecked(True)
    assert easy_read_state().on and window.session.settings.easy_read
    assert isinstance(home.easy_read_view(), EasyHome)
    assert window.shell.corner.switch.isChecked()
    assert window.font().pointSizeF() >= 16  # the whole app grows, not only Home
    window.shell.corner.switch.click()  # the corner switch turns it off again
    assert not window.shell.settings.easy_read.isChecked()
    assert home.easy_read_view() is None and not window.session.settings.easy_read


def test_easy_home_says_the_figures_in_order(easy_shell) -> None:  # type: ignore[no-untyped-def]
    easy = easy_shell.shell.home.easy
    assert easy.sentences() == [
        "Your money",
        "Today is Monday 2 March 2026.",
        "You have £7,386.52.",
        "This money is in 2 places.",
        "Direct payment account has £7,399.02.",
        "Prepaid card: you need to pay back £12.50.",
        "Your money lasts about 11 weeks.",
        "£1,600.00 came in since Monday 23 February 2026.",
        "£520.00 went out since Monday 23 February 2026.",
        "The council pays you £1,450.00 on Monday 23 March 2026.",
        "3 payments need a receipt.",
    ]
    assert page_sentences(easy_shell.shell.pages.currentWidget()) == easy.sentences()


def test_negative_money_never_has_a_minus_or_brackets(qtbot, easy_shell) -> None:  # type: ignore[no-untyped-def]
    owing = WalletSummary(
        "Ann", "", False, Money(-1250), (AccountBalance(1, "Bank", "bank", Money(-1250)),)
    )
    home = easy_shell.shell.home
    home.show_summary(owing)
    home.show_figures(figures(came_in=Money(0), went_out=Money(-500)))
    texts = [w.text() for w in home.easy.findChildren(QLabel) if w.isVisibleTo(home.easy)]
    assert any("pay back" in t for t in texts)
    for sentence in home.easy.sentences():
        assert "-" not in sentence and "\u2212" not in sentence and "(" not in sentence
    assert home.easy.have.sentence() == "You need to pay back £12.50."


def test_walkers_names_targets_and_icon_buttons(qtbot, easy_shell) -> None:  # type: ignore[no-untyped-def]
    for size in (100, 200):
        easy_shell.set_text_size(size)
        easy_shell.shell.show_section("home")
        qtbot.wait(1)
        shell = easy_shell.shell
        assert missing_names(shell) == []
        assert too_small(shell, 44) == [], size
        for button in shell.findChildren(QAbstractButton):
            if button.isVisible():
                assert button.text().strip(), button.objectName()
                assert not button.icon().isNull(), button.objectName()
        for row in shell.home.easy.rows:
            if row.isVisible():
                assert row.picture.accessibleName()
                assert row.picture.x() < row.text.x()
    # the corner's buttons all show their words, even at 200% (they wrap, never clip)
    for button in (shell.corner.switch, shell.corner.words, shell.corner.read):
        assert button.width() >= button.sizeHint().width()
        assert button.geometry().right() <= shell.corner.width()


def test_sizes_in_easy_read(easy_shell) -> None:  # type: ignore[no-untyped-def]
    easy = easy_shell.shell.home.easy
    assert easy.places.text.font().pointSizeF() >= 16
    assert easy.have.text.font().pointSizeF() >= 20
    easy_shell.set_text_size(200)
    assert easy.places.text.font().pointSizeF() >= 32
    assert easy.have.text.font().pointSizeF() >= 40


def test_language_switch_keeps_easy_read_and_direction(qtbot, easy_shell) -> None:  # type: ignore[no-untyped-def]
    easy = easy_shell.shell.home.easy
    english = easy.sentences()
    easy_shell.set_language("ur")
    try:
        assert easy_read_state().on and easy_shell.shell.home.easy_read_view() is easy
        assert easy.sentences() != english  # retranslated (the Urdu catalogue has them)
        assert easy.isRightToLeft()
        qtbot.wait(1)
        for row in easy.rows:
            if row.isVisible():
                assert row.picture.x() > row.text.x(), row.objectName()
        assert too_small(easy_shell.shell, 44) == []
    finally:
        easy_shell.set_language("en_GB")
    assert easy.sentences() == english


def test_glossary_and_read_aloud_from_the_corner(qtbot, easy_shell, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    corner = easy_shell.shell.corner
    terms = page_terms(easy_shell.shell.pages.currentWidget())
    assert "money_you_have" in terms and "receipt" in terms
    assert set(terms) <= set(GLOSSARY)
    dialog = corner.show_glossary()
    assert [t for t, _m in dialog.words()][0] == "Money you have"
    dialog.accept()
    # A stand-in engine records what is queued (the real mock engine is tested in
    # test_easyread_kit; speaking while many windows come and go upsets Qt's mock plugin).
    from PySide6.QtCore import QLocale
    from PySide6.QtTextToSpeech import QTextToSpeech

    class StubEngine:
        def __init__(self) -> None:
            self.said: list[str] = []

        def availableLocales(self) -> list[QLocale]:  # noqa: N802
            return [QLocale("en_GB")]

        def setLocale(self, _locale: QLocale) -> None:  # noqa: N802
            pass

        def enqueue(self, text: str) -> int:
            self.said.append(text)
            return len(self.said)

        def state(self) -> QTextToSpeech.State:
            return QTextToSpeech.State.Speaking if self.said else QTextToSpeech.State.Ready

        def stop(self) -> None:
            pass

    stub = StubEngine()
    monkeypatch.setattr(corner.reader, "_tts", stub)
    monkeypatch.setattr(corner.reader, "_engine_tried", True)
    assert corner.read_aloud() is ReadResult.SPEAKING
    assert stub.said == corner.reader.queue == easy_shell.shell.home.easy.sentences()
    assert corner.read.accessibleName() == "Stop reading"
    corner.reader._tts = None


def test_corner_on_every_section(qtbot, easy_shell) -> None:  # type: ignore[no-untyped-def]
    """The same three buttons in the same place on every screen (ux.md principle 6)."""
    shell = easy_shell.shell
    place = None
    for key in shell.views:
        shell.show_section(key)
        qtbot.wait(1)
        where = shell.corner.mapTo(shell, shell.corner.rect().topRight())
        assert shell.corner.isVisible() and (place is None or where == place), key
        place = where
        assert page_sentences(shell.pages.currentWidget()), key
