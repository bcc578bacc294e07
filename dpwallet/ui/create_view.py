"""Setting up a new wallet, one thing per step: who it is for, where it lives, a passphrase.

GOV.UK's "one thing per page" keeps each decision small. Back and Continue stay in the
same places on every step, problems are checked only when Continue is pressed, and the
slow key stretching (Argon2, about half a second) runs off the GUI thread with words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpwallet.domain.errors import UsageError
from dpwallet.i18n import _
from dpwallet.security import keyring_store
from dpwallet.services.wallet import CreatedWallet, check_passphrase
from dpwallet.settings import default_wallet_folder
from dpwallet.ui.session import create_work, wallet_path_for
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

STEPS = 3


def strength_words(passphrase: str) -> str:
    """A hint, not a rule: longer passphrases made of ordinary words are the safest."""
    words = len(passphrase.split())
    if len(passphrase) < 8:
        return _("How strong: too short. Use at least 8 characters.")
    if len(passphrase) >= 16 or words >= 4:
        return _("How strong: strong.")
    return _("How strong: good. Adding another word makes it stronger.")


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


class CreateView(ScreenView):
    """Steps 1 to 3 of making a wallet; emits ``created`` with the wallet and its code."""

    created = Signal(object, Path)  # CreatedWallet, wallet path
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createView")
        self.step = 0
        self.folder = default_wallet_folder()
        self.back_button = button("backButton")
        self.back_button.clicked.connect(self.go_back)
        self.step_label = label("secondary", name="stepLabel")
        self.errors = ErrorSummary()
        self.title = label("h1", name="createTitle")
        self.pages = QStackedWidget()
        self._build_pages()
        self.busy = BusyLine()
        self.continue_button = button("continueButton", primary=True)
        self.continue_button.clicked.connect(self.go_on)
        self.add(self.back_button, self.step_label, self.errors, self.title, self.pages)
        self.content.addWidget(self.busy)
        self.content.addLayout(button_row(self.continue_button))
        self.content.addStretch(1)
        self.retranslate_ui()

    def _build_pages(self) -> None:
        self.name = Field(QLineEdit(), "personName")
        self.council = Field(QLineEdit(), "council")
        self.folder_field = Field(QLineEdit(), "saveFolder")
        folder_edit = self.folder_field.editor
        assert isinstance(folder_edit, QLineEdit)
        folder_edit.setReadOnly(True)
        self.choose_folder = button("chooseFolderButton")
        self.choose_folder.clicked.connect(self._choose_folder)
        self.file_note = label("secondary", name="fileNote")
        self.passphrase = PassphraseInput("passphrase")
        self.passphrase.edit.textChanged.connect(self._update_strength)
        self.pass_field = Field(self.passphrase, "passphrase")
        self.strength = label("secondary", name="strength")
        self.again = PassphraseInput("passphraseAgain")
        self.again_field = Field(self.again, "passphraseAgain")
        self.again.returnPressed.connect(self.go_on)
        self.remember = QCheckBox()
        self.remember.setObjectName("rememberCheck")
        self.remember_warning = label("secondary", name="rememberWarning")
        self.can_remember = keyring_store.available()
        self.remember.setVisible(self.can_remember)
        self.remember_warning.setVisible(self.can_remember)
        self.pages.addWidget(_page(self.name, self.council))
        self.pages.addWidget(_page(self.folder_field, self.choose_folder, self.file_note))
        self.pages.addWidget(
            _page(
                self.pass_field,
                self.strength,
                self.again_field,
                self.remember,
                self.remember_warning,
            )
        )

    def retranslate_ui(self) -> None:
        self.back_button.setText(_("Back"))
        self.back_button.setAccessibleName(_("Back"))
        self.step_label.setText(_("Step {n} of {total}").format(n=self.step + 1, total=STEPS))
        titles = (
            _("Who is the direct payment for?"),
            _("Where should the wallet be saved?"),
            _("Choose a passphrase"),
        )
        self.title.setText(titles[self.step])
        self.name.set_texts(_("Their full name"), _("For example, Sam Jones."))
        self.council.set_texts(
            _("Their council (optional)"), _("The council that pays the direct payment.")
        )
        self.folder_field.set_texts(_("Folder"))
        self.choose_folder.setText(_("Choose another folder…"))
        self.choose_folder.setAccessibleName(_("Choose another folder…"))
        self._update_folder()
        self.pass_field.set_texts(
            _("Passphrase"),
            _(
                "You type this to open the wallet. A few ordinary words make a good one, "
                "like “blue kettle river garden”."
            ),
        )
        self._update_strength()
        self.again_field.set_texts(_("Type the passphrase again"))
        self.remember.setText(_("Remember on this computer"))
        self.remember.setAccessibleName(_("Remember on this computer"))
        self.remember_warning.setText(
            _("Anyone who can log in as you on this computer can open it.")
        )
        self.remember.setAccessibleDescription(self.remember_warning.text())
        last = self.step == STEPS - 1
        text = _("Create my wallet") if last else _("Continue")
        self.continue_button.setText(text)
        self.continue_button.setAccessibleName(text)

    def reset(self) -> None:
        """A fresh start each time the screen is opened: nothing left from before."""
        for field in (self.name, self.council):
            editor = field.editor
            assert isinstance(editor, QLineEdit)
            editor.clear()
        self.passphrase.clear()
        self.again.clear()
        self.remember.setChecked(False)
        self.busy.stop()
        self._show_step(0)

    def first_focus(self) -> QWidget:
        return self.name.editor

    def _show_step(self, step: int) -> None:
        self.step = step
        self.pages.setCurrentIndex(step)
        self.errors.clear()
        for field in (self.name, self.folder_field, self.pass_field, self.again_field):
            field.set_error("")
        self.retranslate_ui()
        focus = (self.name.editor, self.choose_folder, self.passphrase.edit)[step]
        focus.setFocus()

    def go_back(self) -> None:
        if self.step == 0:
            self.cancelled.emit()
        else:
            self._show_step(self.step - 1)

    def go_on(self) -> None:
        problems = self._problems()
        self.errors.show_problems([(m, f.editor) for m, f in problems])
        if problems:
            return
        if self.step < STEPS - 1:
            self._show_step(self.step + 1)
        else:
            self._create()

    def _problems(self) -> list[tuple[str, Field]]:
        """Check this step only, when Continue is pressed (never on every keystroke)."""
        found: list[tuple[str, Field]] = []
        if self.step == 0 and not self._name().strip():
            found.append((_("Enter the name of the person the direct payment is for."), self.name))
        if self.step == 1:
            target = wallet_path_for(self.folder, self._name())
            if not self.folder.is_dir():
                found.append(
                    (_("That folder does not exist. Choose another one."), self.folder_field)
                )
            elif target.exists():
                found.append(
                    (
                        _(
                            "There is already a wallet called “{name}” in this folder. Choose "
                            "another folder, or go back and change the name."
                        ).format(name=target.stem),
                        self.folder_field,
                    )
                )
        if self.step == 2:
            try:
                check_passphrase(self.passphrase.text())
            except UsageError as exc:
                found.append((str(exc), self.pass_field))
            if not found and self.again.text() != self.passphrase.text():
                found.append(
                    (
                        _("The two passphrases are different. Type the same one in both boxes."),
                        self.again_field,
                    )
                )
        for field in (self.name, self.folder_field, self.pass_field, self.again_field):
            field.set_error(next((m for m, f in found if f is field), ""))
        return found

    def _name(self) -> str:
        editor = self.name.editor
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def _council(self) -> str:
        editor = self.council.editor
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def _update_folder(self) -> None:
        editor = self.folder_field.editor
        assert isinstance(editor, QLineEdit)
        editor.setText(str(self.folder))
        target = wallet_path_for(self.folder, self._name() or _("My wallet"))
        self.file_note.setText(
            _("Your wallet will be a folder called “{file}” in this folder.").format(
                file=target.name
            )
        )

    def _update_strength(self) -> None:
        self.strength.setText(strength_words(self.passphrase.text()))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, _("Where should the wallet be saved?"), str(self.folder)
        )
        if chosen:
            self.folder = Path(chosen)
            self._update_folder()

    def _create(self) -> None:
        self._set_busy(True)
        work = create_work(
            self.folder,
            self._name().strip(),
            self._council().strip(),
            self.passphrase.text(),
            self.remember.isChecked() and self.can_remember,
        )
        run_task(work, self._created, self._failed, where="create")

    def _created(self, result: tuple[CreatedWallet, Path]) -> None:
        self._set_busy(False)
        created, path = result
        self.passphrase.clear()
        self.again.clear()
        self.created.emit(created, path)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.errors.show_problems([(message, self.passphrase.edit)])

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.busy.start(_("Making your wallet safe with your passphrase. This takes a moment."))
        else:
            self.busy.stop()
        self.continue_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
