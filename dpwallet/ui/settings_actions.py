"""The wallet-safety buttons on Settings: passphrase, this computer, recovery code, backups.

Each action runs its slow part off the GUI thread and then says, in words, what happened
and where any file went (ux.md: "a clear confirmation of what was written and where").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

from dpwallet.i18n import _
from dpwallet.security import keyring_store
from dpwallet.ui.dialog_frame import FittedDialog
from dpwallet.ui.dialogs import PassphraseDialog
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.recovery_code_view import RecoveryCodeView
from dpwallet.ui.session import Session
from dpwallet.ui.tasks import run_task
from dpwallet.ui.widgets import BusyLine, ErrorSummary, label
from dpwallet.ui.wrap_text import WrapCheckBox, wrap_button


class RecoveryCodeDialog(FittedDialog):
    """The new recovery code in a window that closes only once a group is typed back.

    The view scrolls by itself; its Continue button moves to the dialog's bottom row so it
    is always in sight, even at 200% text.
    """

    def __init__(self, code: str, wallet_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=760, margins=(32, 24, 32, 24))
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(_("Your new recovery code"))
        self.view = RecoveryCodeView()
        self.view.show_code(code, wallet_file)
        self.view.confirmed.connect(self.accept)
        self.use_scrolling_view(self.view, self.view.scroller)
        self.set_buttons(self.view.continue_button)

    def reject(self) -> None:
        """Closing early would lose the only copy of the new code, so it stays open."""
        if not self.view.groups:
            super().reject()


class WalletActions(QWidget):
    """Emits ``restore_requested(bundle, passphrase)``; the window locks and restores."""

    restore_requested = Signal(Path, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.errors = ErrorSummary()
        self.remember = WrapCheckBox()
        self.remember.setObjectName("rememberSetting")
        self.remember.clicked.connect(self._remember)
        self.remember_note = label("secondary", name="rememberNote")
        self.change = wrap_button("changePassphraseButton")
        self.change.clicked.connect(self.change_passphrase)
        self.new_code = wrap_button("newRecoveryCodeButton")
        self.new_code.clicked.connect(self.new_recovery_code)
        self.backup = wrap_button("backupButton")
        self.backup.clicked.connect(self.back_up)
        self.restore = wrap_button("restoreButton")
        self.restore.clicked.connect(self.choose_restore)
        self.busy = BusyLine()
        self.result = label(name="actionResult")
        self.result.hide()
        self.demo_note = label("secondary", name="demoSafetyNote")
        for part in (self.errors, self.demo_note, self.remember, self.remember_note):
            layout.addWidget(part)
        layout.addLayout(flow_row(self.change, self.new_code))
        layout.addLayout(flow_row(self.backup, self.restore))
        layout.addWidget(self.busy)
        layout.addWidget(self.result)
        self.retranslate_ui()

    def refresh(self) -> None:
        demo = self.session.is_demo
        can_remember = keyring_store.available() and not demo
        self.remember.setVisible(can_remember)
        self.remember_note.setVisible(can_remember)
        wallet, path = self.session.wallet, self.session.path
        if can_remember and wallet is not None and path is not None:
            self.remember.setChecked(type(wallet).remembered_on_this_computer(path))
        for widget in (self.change, self.new_code, self.restore):
            widget.setVisible(not demo)
        self.demo_note.setVisible(demo)
        self.result.hide()
        self.errors.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for widget, text in (
            (self.remember, _("Remember on this computer")),
            (self.change, _("Change passphrase…")),
            (self.new_code, _("Make a new recovery code…")),
            (self.backup, _("Back up now…")),
            (self.restore, _("Restore a backup…")),
        ):
            widget.setText(text)
            widget.setAccessibleName(text)
        self.remember_note.setText(_("Anyone who can log in as you on this computer can open it."))
        self.remember.setAccessibleDescription(self.remember_note.text())
        self.demo_note.setText(
            _(
                "This is the demo. Its passphrase and recovery code are made up, "
                "so they cannot be changed."
            )
        )

    # ---------------------------------------------------------------- helpers
    def _run(self, words: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.errors.clear()
        self.result.hide()
        self.busy.start(words)
        self.setEnabled(False)

        def finished(value: Any) -> None:
            self.busy.stop()
            self.setEnabled(True)
            done(value)

        def failed(message: str) -> None:
            self.busy.stop()
            self.setEnabled(True)
            self.errors.show_problems([(message, self.change)])

        run_task(work, finished, failed, where="settings")

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.result.show()

    # ---------------------------------------------------------------- actions
    def _remember(self, on: bool) -> None:
        wallet = self.session.wallet
        if wallet is None:
            return
        if wallet.set_remember(on):
            self._say(
                _("This computer now remembers this wallet.")
                if on
                else _("This computer no longer remembers this wallet.")
            )
        else:
            self.remember.setChecked(False)
            self._say(_("This computer cannot keep the key safely, so it cannot remember it."))

    def change_passphrase(self) -> None:
        wallet = self.session.wallet
        ask_current = PassphraseDialog(
            _("Change passphrase"),
            _("Your passphrase now"),
            action=_("Continue"),
            parent=self,
        )
        if wallet is None or ask_current.exec() != QDialog.DialogCode.Accepted:
            return
        current = ask_current.passphrase()
        dialog = PassphraseDialog(
            _("Change passphrase"),
            _("New passphrase"),
            twice=True,
            action=_("Change passphrase"),
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.passphrase()
        self._run(
            _("Changing your passphrase…"),
            lambda: wallet.change_passphrase(new, current=current),
            lambda _r: self._say(
                _("Your passphrase has been changed. Use the new one from now on.")
            ),
        )

    def new_recovery_code(self) -> None:
        wallet = self.session.wallet
        dialog = PassphraseDialog(
            _("Make a new recovery code"),
            _("Enter your passphrase. Your old recovery sheet will stop working."),
            action=_("Make a new recovery code"),
            parent=self,
        )
        if wallet is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.passphrase()
        wallet_file = wallet.paths.folder.name

        def show(code: str) -> None:
            RecoveryCodeDialog(code, wallet_file, self).exec()
            self._say(_("Your new recovery code is ready. Your old sheet no longer works."))

        self._run(
            _("Making a new recovery code…"), lambda: wallet.new_recovery_code(passphrase), show
        )

    def back_up(self) -> None:
        wallet = self.session.wallet
        if wallet is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, _("Where should the backup go?"), str(wallet.paths.backups)
        )
        if folder:
            self.back_up_to(Path(folder))

    def back_up_to(self, folder: Path) -> None:
        wallet = self.session.wallet
        if wallet is None:
            return
        self._run(
            _("Making a backup of your wallet…"),
            lambda: wallet.backup(folder),
            lambda path: self._say(_("Your backup is saved at {path}").format(path=path)),
        )

    def choose_restore(self) -> None:
        wallet = self.session.wallet
        start = str(wallet.paths.backups) if wallet is not None else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("Choose a backup"), start, _("dpwallet backups (*.dpbackup)")
        )
        if not chosen:
            return
        dialog = PassphraseDialog(
            _("Restore a backup"),
            _("The passphrase the wallet had when this backup was made"),
            action=_("Restore this backup"),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.restore_requested.emit(Path(chosen), dialog.passphrase())
