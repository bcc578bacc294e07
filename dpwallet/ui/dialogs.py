"""Small dialogs with dpwallet's own button words (never Qt's "OK"/"Cancel", requirement 24).

A passphrase question and a plain message are all the shell needs; both validate only
when the person presses the main button and say what to fix.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from dpwallet.domain.errors import UsageError
from dpwallet.i18n import _
from dpwallet.services.wallet import check_passphrase
from dpwallet.ui.dialog_frame import FittedDialog
from dpwallet.ui.widgets import ErrorSummary, Field, PassphraseInput, button, label


class PassphraseDialog(FittedDialog):
    """Asks for a passphrase once (to prove it) or twice (to choose a new one)."""

    def __init__(
        self,
        title: str,
        prompt: str,
        *,
        twice: bool = False,
        action: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=440)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.twice = twice
        self.errors = ErrorSummary()
        heading = label("h2", name="dialogTitle")
        heading.setText(title)
        self.first = PassphraseInput("dialogPassphrase")
        self.first_field = Field(self.first, "dialogPassphrase")
        self.first_field.set_texts(prompt)
        self.second = PassphraseInput("dialogPassphraseAgain")
        self.second_field = Field(self.second, "dialogPassphraseAgain")
        self.second_field.set_texts(_("Type it again"))
        self.second_field.setVisible(twice)
        self.ok = button("dialogOk", primary=True)
        self.ok.setText(action or _("Continue"))
        self.ok.setAccessibleName(self.ok.text())
        self.ok.setDefault(True)
        self.ok.clicked.connect(self._check)
        self.cancel = button("dialogCancel")
        self.cancel.setText(_("Go back"))
        self.cancel.setAccessibleName(_("Go back"))
        self.cancel.clicked.connect(self.reject)
        self.add(self.errors, heading, self.first_field, self.second_field)
        self.set_buttons(self.ok, self.cancel)
        self.first.setFocus()

    def passphrase(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        message = ""
        if not self.first.text():
            message = _("Enter your passphrase.")
        elif self.twice:
            try:
                check_passphrase(self.first.text())
            except UsageError as exc:
                message = str(exc)
            else:
                if self.second.text() != self.first.text():
                    message = _(
                        "The two passphrases are different. Type the same one in both boxes."
                    )
        self.first_field.set_error(message)
        if message:
            self.errors.show_problems([(message, self.first.edit)])
            return
        self.accept()


class MessageDialog(FittedDialog):
    """A sentence and one button, for results the person should see (where a file went)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=420)
        self.setObjectName("messageDialog")
        self.setWindowTitle(title)
        heading = label("h2")
        heading.setText(title)
        body = label(name="messageText")
        body.setText(text)
        self.ok = button("messageOk", primary=True)
        self.ok.setText(_("Close"))
        self.ok.setAccessibleName(_("Close"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        self.add(heading, body)
        self.set_buttons(self.ok)
        self.setMinimumWidth(420)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ok.setText(_("Close"))
        super().changeEvent(event)
