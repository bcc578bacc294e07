"""Easy read Outcomes (being built: the facts and rows follow)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from dpwallet.i18n import pgettext
from dpwallet.services.wallet import Wallet
from dpwallet.ui.easyread.button_box import ButtonsView

__all__ = ["EasyOutcomes", "outcome_facts"]


def outcome_facts(wallet: Wallet) -> object:
    return None


class EasyOutcomes(ButtonsView):
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("easyOutcomes")
        self.content.addStretch(1)
        self.retranslate_ui()

    def show_outcomes(self, facts: object | None) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(pgettext("easyread", "Your outcomes"))
