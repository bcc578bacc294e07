"""Asking before a checked (reconciled) payment is opened for changes.

Why this is the one "Are you sure?" of the Money screens: a checked payment agrees with
a bank statement the person already compared; changing it silently would break that
agreement. Everything else is undone with Ctrl+Z instead of being confirmed (ux.md).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_money
from dpwallet.services import money_ledger
from dpwallet.services.money_ledger import LedgerRow
from dpwallet.services.wallet import Wallet
from dpwallet.ui.dialog_frame import FittedDialog
from dpwallet.ui.money.common import run_command
from dpwallet.ui.widgets import ErrorSummary, label, set_text
from dpwallet.ui.wrap_text import wrap_button


class UnlockDialog(FittedDialog):
    """One sentence saying what unlocking means, "Unlock it" and "Go back"."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=460)
        self.setObjectName("unlockDialog")
        title = _("This payment has been checked")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        heading = label("h2", name="unlockTitle")
        heading.setText(title)
        body = label(name="unlockText")
        body.setText(text)
        self.ok = wrap_button("unlockOk", primary=True)
        set_text(self.ok, _("Unlock it"))
        self.ok.clicked.connect(self.accept)
        self.back = wrap_button("unlockBack")
        set_text(self.back, _("Go back"))
        self.back.setDefault(True)
        self.back.clicked.connect(self.reject)
        self.add(heading, body)
        self.set_buttons(self.ok, self.back)
        self.setMinimumWidth(460)


def confirm_unlock(parent: QWidget | None, text: str) -> bool:
    """Ask the question; tests replace this function to answer it."""
    return UnlockDialog(text, parent).exec() == QDialog.DialogCode.Accepted


def ask_to_unlock(
    parent: QWidget | None, wallet: Wallet, row: LedgerRow, errors: ErrorSummary | None
) -> bool:
    """Ask first; unlock only on yes. True when the payment can now be changed."""
    text = _(
        "{amount} for {payee} on {date} agrees with a bank statement you checked. If you "
        "change it, check the statement again afterwards. Unlock it?"
    ).format(
        amount=format_money(abs(row.amount)),
        payee=row.payee or _("(no name)"),
        date=format_date(row.date),
    )
    if not confirm_unlock(parent, text):
        return False
    return run_command(lambda: money_ledger.unlock_transaction(wallet, row.id), errors) is not None
