"""Requirement 28: a person types money into a real form in the Polish, Arabic and English
UIs; "12,50", "£12.50" and Arabic-Indic or Bengali digits all mean £12.50, and an
ambiguous "1,250" is refused with a plain sentence beside the field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dpwallet.domain.money import Money
from dpwallet.services.wallet import Wallet
from tests.gui.conftest import GUI_PASSPHRASE


def type_text(edit: object, text: str) -> None:
    """Type as a keyboard does, one key event per character (QTest.keyClicks takes ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(edit, event)  # type: ignore[arg-type]


@pytest.fixture()
def payment_dialog(qtbot, tmp_path: Path, gui_home: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from dpwallet.ui.money.forms import PaymentDialog

    created = Wallet.create(
        tmp_path / "Ann Lee", name="Ann Lee", council="Testshire", passphrase=GUI_PASSPHRASE
    )
    dialog = PaymentDialog(created.wallet)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.close()
    created.wallet.lock()


@pytest.mark.parametrize("language", ["en_GB", "pl", "ar"])
@pytest.mark.parametrize("typed", ["12.50", "12,50", "£12.50", "١٢٫٥٠", "১২.৫০"])
def test_typed_money_means_1250_pence(qtbot, payment_dialog, language, typed) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui.i18n_qt import apply_language
    from dpwallet.ui.money.forms import read_money

    apply_language(language)
    try:
        payment_dialog.amount.clear()
        type_text(payment_dialog.amount, typed)
        assert payment_dialog.amount.text() == typed
        problems: list[tuple[str, object]] = []
        amount = read_money(payment_dialog.amount_field, payment_dialog.amount, problems)
        assert amount == Money(1250)
        assert problems == []
    finally:
        apply_language("en_GB")


@pytest.mark.parametrize("language", ["en_GB", "pl", "ar"])
def test_ambiguous_money_is_refused_kindly(qtbot, payment_dialog, language) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui.i18n_qt import apply_language
    from dpwallet.ui.money.forms import read_money

    apply_language(language)
    try:
        type_text(payment_dialog.amount, "1,250")
        problems: list[tuple[str, object]] = []
        assert read_money(payment_dialog.amount_field, payment_dialog.amount, problems) is None
        [(message, where)] = problems
        assert where is payment_dialog.amount
        assert message.strip() and "Traceback" not in message
    finally:
        apply_language("en_GB")
