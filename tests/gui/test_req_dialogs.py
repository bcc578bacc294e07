"""Requirements 1, 3 and 8 (access-and-languages.md §5) for every dialog: at 200% text in a
1024×768 window, in English and in Urdu (right to left), each dialog fits its window's
screen, nothing in it is clipped, everything a person can operate has a name, its main
and "go back" buttons are in sight without scrolling, and Tab reaches them last.

The dialogs are opened with the parents the app gives them, on one demo wallet in one
window shared by this module (the walk in tests/gui/walk.py covers screens, not dialogs).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QPushButton, QWidget

from dpwallet.i18n import _
from dpwallet.ui.dialog_frame import FittedDialog, available_rect
from tests.gui.a11y import clipped, describe, missing_names, tab_chain
from tests.gui.walk import Walk, settle, walk_window

LANGUAGES = ("en_GB", "ur")
CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345"
CELLS = [
    ["Date", "Details", "Money out", "Money in", "Balance"],
    ["01/03/2026", "CARD PAYMENT TO GREENFIELD PHARMACY LTD", "12.50", "", "987.50"],
    ["02/03/2026", "COUNCIL DIRECT PAYMENT", "", "1200.00", "2187.50"],
]


def _money_page(walk: Walk, name: str) -> QWidget:
    view = walk.window.shell.views["money"]  # type: ignore[attr-defined]
    page = view.findChild(QWidget, name)
    assert page is not None, name
    return page


def _first_payment(walk: Walk):  # type: ignore[no-untyped-def]
    from dpwallet.services import money_ledger

    return money_ledger.payments(walk.window.session.wallet)[0]  # type: ignore[attr-defined]


# name -> (make the dialog as the app does, the buttons that must stay in sight)
def _payment(walk: Walk) -> QDialog:
    from dpwallet.ui.money.forms import PaymentDialog

    wallet = walk.window.session.wallet  # type: ignore[attr-defined]
    return PaymentDialog(wallet, parent=_money_page(walk, "paymentsPage"))


def _change_payment(walk: Walk) -> QDialog:
    from dpwallet.ui.money.forms import PaymentDialog

    wallet = walk.window.session.wallet  # type: ignore[attr-defined]
    return PaymentDialog(wallet, _first_payment(walk), parent=_money_page(walk, "paymentsPage"))


def _transfer(walk: Walk) -> QDialog:
    from dpwallet.ui.money.forms import TransferDialog

    wallet = walk.window.session.wallet  # type: ignore[attr-defined]
    return TransferDialog(wallet, parent=_money_page(walk, "paymentsPage"))


def _account(walk: Walk) -> QDialog:
    from dpwallet.ui.money.forms import AccountDialog

    wallet = walk.window.session.wallet  # type: ignore[attr-defined]
    return AccountDialog(wallet, parent=_money_page(walk, "accountsPage"))


def _categorise(walk: Walk) -> QDialog:
    from dpwallet.ui.money.forms import CategoriseDialog

    wallet = walk.window.session.wallet  # type: ignore[attr-defined]
    return CategoriseDialog(wallet, _first_payment(walk), parent=_money_page(walk, "paymentsPage"))


def _unlock(walk: Walk) -> QDialog:
    from dpwallet.i18n.formatting import format_date, format_money
    from dpwallet.ui.money.unlock import UnlockDialog

    row = _first_payment(walk)
    text = _(
        "{amount} for {payee} on {date} agrees with a bank statement you checked. If you "
        "change it, check the statement again afterwards. Unlock it?"
    ).format(amount=format_money(abs(row.amount)), payee=row.payee, date=format_date(row.date))
    return UnlockDialog(text, _money_page(walk, "paymentsPage"))


def _mapping(walk: Walk) -> QDialog:
    from dpwallet.ui.money.mapping_dialog import MappingDialog

    return MappingDialog(CELLS, _money_page(walk, "importPage"))


def _profile(walk: Walk) -> QDialog:
    from dpwallet.ui.returns.profile_dialog import ProfileDialog

    wallet = walk.window.session.wallet  # type: ignore[attr-defined]
    return ProfileDialog(wallet, walk.window.shell.views["checkup"])  # type: ignore[attr-defined]


def _message(walk: Walk) -> QDialog:
    from dpwallet.ui.dialogs import MessageDialog

    text = _(
        "Use Tab to move between things and Space or Enter to press a button. "
        "Ctrl+1 to Ctrl+8 go to each section. Ctrl+L locks your wallet. "
        "Ctrl+Q closes dpwallet."
    )
    return MessageDialog(_("Help"), text, walk.window)  # type: ignore[arg-type]


def _settings_actions(walk: Walk) -> QWidget:
    return walk.window.shell.views["settings"].wallet_actions  # type: ignore[attr-defined]


def _passphrase(walk: Walk) -> QDialog:
    from dpwallet.ui.dialogs import PassphraseDialog

    return PassphraseDialog(
        _("Change passphrase"),
        _("New passphrase"),
        twice=True,
        action=_("Change passphrase"),
        parent=_settings_actions(walk),
    )


def _new_code_question(walk: Walk) -> QDialog:
    from dpwallet.ui.dialogs import PassphraseDialog

    return PassphraseDialog(
        _("Make a new recovery code"),
        _("Enter your passphrase. Your old recovery sheet will stop working."),
        action=_("Make a new recovery code"),
        parent=_settings_actions(walk),
    )


def _recovery_code(walk: Walk) -> QDialog:
    from dpwallet.ui.settings_actions import RecoveryCodeDialog

    return RecoveryCodeDialog(CODE, "Ann Lee.dpwallet", _settings_actions(walk))


def _stay_unlocked(walk: Walk) -> QDialog:
    from dpwallet.ui.autolock import StayUnlockedDialog

    return StayUnlockedDialog(60, walk.window)  # type: ignore[arg-type]


def _glossary(walk: Walk) -> QDialog:
    from dpwallet.ui.easyread.glossary_dialog import GlossaryDialog

    return GlossaryDialog([], walk.window)  # type: ignore[arg-type]  # every word: the longest


# name -> (make it as the app does, buttons that stay in sight, the one Enter presses)
DIALOGS: dict[str, tuple[Callable[[Walk], QDialog], tuple[str, ...], str]] = {
    "add a payment": (_payment, ("save", "cancel"), "save"),
    "change a payment": (_change_payment, ("save", "cancel"), "save"),
    "move money": (_transfer, ("save", "cancel"), "save"),
    "add an account": (_account, ("save", "cancel"), "save"),
    "choose a category": (_categorise, ("save", "cancel"), "save"),
    "unlock a checked payment": (_unlock, ("ok", "back"), "back"),
    "which column is which": (_mapping, ("ok", "back"), "ok"),
    "your council": (_profile, ("save_button", "cancel_button"), "save_button"),
    "message": (_message, ("ok",), "ok"),
    "change passphrase": (_passphrase, ("ok", "cancel"), "ok"),
    "new recovery code question": (_new_code_question, ("ok", "cancel"), "ok"),
    "new recovery code": (_recovery_code, ("view.continue_button",), ""),
    "stay unlocked": (_stay_unlocked, ("stay", "lock_now"), "stay"),
    "glossary": (_glossary, ("close_button",), ""),
}


@pytest.fixture(scope="module")
def walk(qapp, tmp_path_factory) -> Iterator[Walk]:  # type: ignore[no-untyped-def]
    with walk_window(qapp, tmp_path_factory.mktemp("req-dialogs")) as shared:
        shared.open_demo()
        yield shared


def _button(dialog: QDialog, path: str) -> QAbstractButton:
    found: object = dialog
    for part in path.split("."):
        found = getattr(found, part)
    assert isinstance(found, QAbstractButton), path
    return found


def _in_sight(widget: QWidget) -> bool:
    """True when all of ``widget`` shows: no ancestor up to its window cuts any of it."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    for ancestor in _ancestors(widget):
        rect = QRect(child.mapTo(ancestor, rect.topLeft()), rect.size())
        if not ancestor.rect().contains(rect):
            return False
        child = ancestor
    return True


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        if parent.isWindow():
            return
        parent = parent.parentWidget()


def _problems(dialog: QDialog, buttons: tuple[str, ...]) -> list[str]:
    problems: list[str] = []
    frame = dialog.frameGeometry()
    area = available_rect(dialog)
    if frame.height() > area.height() or frame.top() < area.top() or frame.bottom() > area.bottom():
        problems.append(f"frame {frame.getRect()} is outside the screen's {area.getRect()}")
    problems += [f"clipped: {p}" for p in clipped(dialog)]
    problems += [f"no name: {p}" for p in missing_names(dialog)]
    scroller = dialog.scroller if isinstance(dialog, FittedDialog) else None
    chain = tab_chain(dialog)
    for path in buttons:
        button = _button(dialog, path)
        if not button.isVisible() or not _in_sight(button):
            problems.append(f"{path} is not in sight")
        if scroller is not None and scroller.isAncestorOf(button):
            problems.append(f"{path} scrolls away with the words")
        if button not in chain:
            problems.append(f"Tab never reaches {path}")
        elif scroller is not None:
            later = [w for w in chain[chain.index(button) :] if scroller.isAncestorOf(w)]
            if later:
                problems.append(f"Tab reaches {describe(later[0])} after {path}")
    return problems


CASES = [(language, name) for language in LANGUAGES for name in DIALOGS]


@pytest.mark.parametrize(("language", "name"), CASES, ids=[f"{lang}-{n}" for lang, n in CASES])
def test_req8_dialog_fits_at_200_percent(walk: Walk, language: str, name: str) -> None:
    walk.look(language=language, text_size=200)
    window = walk.window
    assert isinstance(window, QWidget)
    assert (window.width(), window.height()) == (1024, 768)
    make, buttons, default = DIALOGS[name]
    dialog = make(walk)
    try:
        assert dialog.window() is dialog and dialog.parentWidget() is not None
        assert dialog.parentWidget().window() is window  # type: ignore[union-attr]
        dialog.show()
        settle()
        if language == "ur":
            assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        problems = _problems(dialog, buttons)
        if default:  # Enter presses this one, wherever the frame put it
            chosen = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
            if chosen != [_button(dialog, default)]:
                problems.append(f"Enter presses {[describe(b) for b in chosen]}, not {default}")
        assert not problems, "\n".join(problems)
    finally:
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.close()
        dialog.deleteLater()
        settle()


def test_dialog_keys_and_growing(walk: Walk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tab between the buttons and the scrolling fields shows the field it reaches; Enter
    presses Save, Escape goes back; problems shown later keep the dialog on screen."""
    walk.look(language="en_GB", text_size=200)
    dialog = _payment(walk)
    try:
        dialog.show()
        settle()
        tall = dialog.height()
        assert dialog.scroller.verticalScrollBar().maximum() > 0  # type: ignore[attr-defined]
        # Tab from the buttons back into the form shows the field it reaches, both ways.
        dialog.save.setFocus()  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.save, Qt.Key.Key_Backtab)  # type: ignore[attr-defined]
        settle()
        assert dialog.focusWidget() is dialog.outcome  # type: ignore[attr-defined]
        assert _in_sight(dialog.outcome)  # type: ignore[attr-defined]
        dialog.cancel.setFocus()  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.cancel, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
        settle()
        assert dialog.focusWidget() is dialog.account  # type: ignore[attr-defined]
        assert _in_sight(dialog.account)  # type: ignore[attr-defined]
        dialog.amount.clear()  # type: ignore[attr-defined]
        dialog.amount.setFocus()  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        settle()
        assert dialog.isVisible() and dialog.errors.isVisible()  # type: ignore[attr-defined]
        assert dialog.height() >= tall
        problems = _problems(dialog, ("save", "cancel"))
        assert not problems, "\n".join(problems)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        settle()
        assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    finally:
        dialog.close()
        dialog.deleteLater()
        settle()
