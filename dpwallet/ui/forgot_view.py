"""A forgotten passphrase: the recovery code opens the wallet and a new passphrase is set.

Nothing is ever wiped (security.md 3.3); the recovery sheet is the way back in. The new
passphrase is asked for here, straight away, so the person leaves with one that works.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from dpwallet.domain.errors import UsageError
from dpwallet.i18n import _
from dpwallet.services.wallet import Wallet, check_passphrase, reset_passphrase
from dpwallet.ui.session import wallet_title
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


def reset_work(path: Path, code: str, new_passphrase: str) -> Callable[[], Wallet]:
    def work() -> Wallet:
        reset_passphrase(path, code, new_passphrase)
        return Wallet.unlock(path, passphrase=new_passphrase, use_this_computer=False)

    return work


class ForgotView(ScreenView):
    """Recovery code plus a new passphrase twice; emits ``unlocked(wallet, path)``."""

    unlocked = Signal(object, Path)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forgotView")
        self.path = Path()
        self.back_button = button("forgotBack")
        self.back_button.clicked.connect(self.cancelled)
        self.errors = ErrorSummary()
        self.title = label("h1", name="forgotTitle")
        self.intro = label(name="forgotIntro")
        self.code = Field(QLineEdit(), "recoveryCode")
        self.new = PassphraseInput("newPassphrase")
        self.new_field = Field(self.new, "newPassphrase")
        self.again = PassphraseInput("newPassphraseAgain")
        self.again_field = Field(self.again, "newPassphraseAgain")
        self.again.returnPressed.connect(self.submit)
        self.busy = BusyLine()
        self.submit_button = button("resetButton", primary=True)
        self.submit_button.clicked.connect(self.submit)
        self.add(self.back_button, self.errors, self.title, self.intro, self.code)
        self.add(self.new_field, self.again_field, self.busy)
        self.content.addLayout(button_row(self.submit_button))
        self.content.addStretch(1)
        self.retranslate_ui()

    def start(self, path: Path) -> None:
        self.path = path
        self._code_edit().clear()
        self.new.clear()
        self.again.clear()
        self.errors.clear()
        for field in (self.code, self.new_field, self.again_field):
            field.set_error("")
        self.busy.stop()
        self.submit_button.setEnabled(True)
        self.retranslate_ui()

    def _code_edit(self) -> QLineEdit:
        editor = self.code.editor
        assert isinstance(editor, QLineEdit)
        return editor

    def retranslate_ui(self) -> None:
        self.back_button.setText(_("Back"))
        self.back_button.setAccessibleName(_("Back"))
        self.title.setText(_("Use your recovery sheet"))
        self.intro.setText(
            _(
                "Your recovery sheet opens “{name}”. Then choose a new passphrase to use "
                "from now on. Nothing in your wallet changes."
            ).format(name=wallet_title(self.path))
        )
        self.code.set_texts(
            _("Recovery code"),
            _("28 letters and numbers in groups of 4, like ABCD-EFGH-…"),
        )
        self.new_field.set_texts(_("New passphrase"), _("A few ordinary words make a good one."))
        self.again_field.set_texts(_("Type the new passphrase again"))
        text = _("Open my wallet with the new passphrase")
        self.submit_button.setText(text)
        self.submit_button.setAccessibleName(text)

    def first_focus(self) -> QWidget:
        return self._code_edit()

    def _problems(self) -> list[tuple[str, Field]]:
        found: list[tuple[str, Field]] = []
        if not self._code_edit().text().strip():
            found.append((_("Enter the recovery code from your recovery sheet."), self.code))
        try:
            check_passphrase(self.new.text())
        except UsageError as exc:
            found.append((str(exc), self.new_field))
        else:
            if self.again.text() != self.new.text():
                found.append(
                    (
                        _("The two passphrases are different. Type the same one in both boxes."),
                        self.again_field,
                    )
                )
        for field in (self.code, self.new_field, self.again_field):
            field.set_error(next((m for m, f in found if f is field), ""))
        return found

    def submit(self) -> None:
        problems = self._problems()
        self.errors.show_problems([(m, f.editor.focusProxy() or f.editor) for m, f in problems])
        if problems:
            return
        self.submit_button.setEnabled(False)
        self.busy.start(_("Opening your wallet with the recovery code…"))
        work = reset_work(self.path, self._code_edit().text().strip(), self.new.text())
        run_task(work, self._done, self._failed, where="recovery reset")

    def _done(self, wallet: Wallet) -> None:
        self.busy.stop()
        self.submit_button.setEnabled(True)
        self.new.clear()
        self.again.clear()
        self._code_edit().clear()
        self.unlocked.emit(wallet, self.path)

    def _failed(self, message: str) -> None:
        self.busy.stop()
        self.submit_button.setEnabled(True)
        self.code.set_error(message)
        self.errors.show_problems([(message, self._code_edit())])
