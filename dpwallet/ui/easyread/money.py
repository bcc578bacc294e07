"""Easy read Money (being built: the facts and rows follow)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from dpwallet.i18n import pgettext
from dpwallet.services.wallet import Wallet
from dpwallet.ui.easyread.button_box import ButtonsView

__all__ = ["EasyMoney", "money_facts"]


def money_facts(wallet: Wallet) -> object:
    return None


class EasyMoney(ButtonsView):
    statement_requested = Signal()
    payment_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("easyMoney")
        self.content.addStretch(1)
        self.retranslate_ui()

    def show_money(self, facts: object | None) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(pgettext("easyread", "Money"))
