"""Opening a wallet: the passphrase, this computer's key, or the recovery sheet.

security.md 3.3: say exactly what went wrong, allow paste, show Caps Lock, never wipe or
lock out. After three wrong tries the recovery sheet moves to the top, because by then
it is the likelier way in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from dpwallet.i18n import _
from dpwallet.services.wallet import Wallet
from dpwallet.ui.session import unlock_work, wallet_title
from dpwallet.ui.tasks import run_task
from dpwallet.ui.widgets import (
    BusyLine,
    ErrorSummary,
    Field,
    PassphraseInput,
    ScreenView,
    button,
    button_row,
    label,
)

TRIES_BEFORE_SHEET = 3


class UnlockView(ScreenView):
    """Emits ``unlocked(wallet, path)``; ``forgot`` goes to the recovery screen."""

    unlocked = Signal(object, Path)
    forgot = Signal(Path)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockView")
        self.path = Path()
        self.failures = 0
        self.remembered = False
        self.back_button = button("unlockBack")
        self.back_button.clicked.connect(self.cancelled)
        self.errors = ErrorSummary()
        self.sheet_panel = QFrame()
        self.sheet_panel.setProperty("role", "panel")
        panel = QVBoxLayout(self.sheet_panel)
        self.sheet_words = label(name="sheetWords")
        self.sheet_button = button("useSheetButton", primary=True)
        self.sheet_button.clicked.connect(lambda: self.forgot.emit(self.path))
        panel.addWidget(self.sheet_words)
        panel.addLayout(button_row(self.sheet_button))
        self.sheet_panel.hide()
        self.title = label("h1", name="unlockTitle")
        self.remembered_words = label(name="rememberedWords")
        self.device_button = button("openOnThisComputer", primary=True)
        self.device_button.clicked.connect(self.open_with_device)
        self.passphrase = PassphraseInput("unlockPassphrase")
        self.passphrase.returnPressed.connect(self.open_with_passphrase)
        self.pass_field = Field(self.passphrase, "unlockPassphrase")
        self.open_button = button("unlockButton", primary=True)
        self.open_button.clicked.connect(self.open_with_passphrase)
        self.forgot_button = button("forgotButton")
        self.forgot_button.clicked.connect(lambda: self.forgot.emit(self.path))
        self.busy = BusyLine()
        self.add(self.back_button, self.sheet_panel, self.errors, self.title)
        self.content.addWidget(self.remembered_words)
        self.content.addLayout(button_row(self.device_button))
        self.content.addWidget(self.pass_field)
        self.content.addWidget(self.busy)
        self.content.addLayout(button_row(self.open_button, self.forgot_button))
        self.content.addStretch(1)
        self.retranslate_ui()

    def start(self, path: Path) -> None:
        """Show the screen for ``path``: a fresh count of tries and an empty box."""
        self.path = path
        self.failures = 0
        self.passphrase.clear()
        self.errors.clear()
        self.pass_field.set_error("")
        self.sheet_panel.hide()
        self.busy.stop()
        self._set_enabled(True)
        try:
            self.remembered = Wallet.remembered_on_this_computer(path)
        except Exception:  # noqa: BLE001 - a keyring problem just means "not remembered"
            self.remembered = False
        self.remembered_words.setVisible(self.remembered)
        self.device_button.setVisible(self.remembered)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for widget, text in (
            (self.back_button, _("Back")),
            (self.sheet_button, _("Use your recovery sheet")),
            (self.device_button, _("Open on this computer")),
            (self.open_button, _("Open my wallet")),
            (self.forgot_button, _("I have forgotten my passphrase")),
        ):
            widget.setText(text)
            widget.setAccessibleName(text)
        self.sheet_words.setText(
            _(
                "You have tried {n} times. If you cannot remember your passphrase, your "
                "recovery sheet opens the wallet and lets you choose a new one."
            ).format(n=self.failures)
        )
        self.title.setText(_("Open “{name}”").format(name=wallet_title(self.path)))
        self.remembered_words.setText(
            _("This computer remembers this wallet. You can open it without your passphrase.")
        )
        self.pass_field.set_texts(_("Passphrase"), _("You can paste it from a password manager."))

    def first_focus(self) -> QWidget:
        return self.device_button if self.remembered else self.passphrase.edit

    def open_with_device(self) -> None:
        self._run(unlock_work(self.path, use_this_computer=True))

    def open_with_passphrase(self) -> None:
        text = self.passphrase.text()
        if not text:
            self._problem(_("Enter your passphrase to open this wallet."))
            return
        self._run(unlock_work(self.path, passphrase=text, use_this_computer=False))

    def _run(self, work: object) -> None:
        self.errors.clear()
        self.pass_field.set_error("")
        self._set_enabled(False)
        self.busy.start(_("Opening your wallet…"))
        run_task(work, self._opened, self._failed, where="unlock")  # type: ignore[arg-type]

    def _opened(self, wallet: Wallet) -> None:
        self.busy.stop()
        self._set_enabled(True)
        self.passphrase.clear()
        self.unlocked.emit(wallet, self.path)

    def _failed(self, message: str) -> None:
        self.busy.stop()
        self._set_enabled(True)
        self.failures += 1
        if self.failures >= TRIES_BEFORE_SHEET:
            self.sheet_panel.show()
            self.retranslate_ui()
        self._problem(message)
        if self.sheet_panel.isVisibleTo(self):
            self.sheet_button.setFocus()

    def _problem(self, message: str) -> None:
        self.pass_field.set_error(message)
        self.errors.show_problems([(message, self.passphrase.edit)])

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.open_button, self.device_button, self.forgot_button, self.back_button):
            widget.setEnabled(enabled)
