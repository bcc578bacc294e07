"""The recovery code, shown once, then checked by asking the person to type one group.

The code is the only way back in if the passphrase is forgotten, and dpwallet never keeps
a copy. Typing one group back (security.md 3.3) proves it was written down or saved
before any data goes in; the code is wiped from the screen as soon as that is done.
"""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QLineEdit, QWidget

from dpwallet.export.recovery_sheet_pdf import write_recovery_sheet
from dpwallet.i18n import _
from dpwallet.settings import default_wallet_folder
from dpwallet.ui.discard import discard
from dpwallet.ui.tasks import kind_message
from dpwallet.ui.widgets import ErrorSummary, Field, ScreenView, button, button_row, label


def normalise(text: str) -> str:
    return "".join(text.split()).replace("-", "").upper()


class RecoveryCodeView(ScreenView):
    """Shows a code in numbered groups; ``confirmed`` once the asked group is typed right."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeView")
        self.groups: list[str] = []
        self.asked = 0
        self.wallet_file = ""
        self.errors = ErrorSummary()
        self.title = label("h1", name="recoveryTitle")
        self.intro = label(name="recoveryIntro")
        self.grid_host = QWidget()
        self.grid_host.setObjectName("recoveryGroups")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(28)
        self.grid.setContentsMargins(0, 8, 0, 8)
        self.save_button = button("saveSheetButton")
        self.save_button.clicked.connect(self.save_sheet)
        self.saved_note = label("secondary", name="savedNote")
        self.check_heading = label("h2", name="checkHeading")
        self.group_field = Field(QLineEdit(), "groupCheck")
        editor = self.group_field.editor
        assert isinstance(editor, QLineEdit)
        editor.setMaxLength(9)
        editor.returnPressed.connect(self.check)
        self.continue_button = button("recoveryContinue", primary=True)
        self.continue_button.clicked.connect(self.check)
        self.add(self.errors, self.title, self.intro, self.grid_host)
        self.content.addLayout(button_row(self.save_button))
        self.add(self.saved_note, self.check_heading, self.group_field)
        self.content.addLayout(button_row(self.continue_button))
        self.content.addStretch(1)
        self.saved_note.hide()
        self.retranslate_ui()

    def show_code(self, code: str, wallet_file: str) -> None:
        """Put ``code`` on screen and pick which group to ask for."""
        self.groups = code.split("-")
        self.asked = secrets.randbelow(len(self.groups)) + 1 if self.groups else 0
        self.wallet_file = wallet_file
        editor = self.group_field.editor
        assert isinstance(editor, QLineEdit)
        editor.clear()
        self.errors.clear()
        self.group_field.set_error("")
        self.saved_note.hide()
        self.retranslate_ui()
        self._fill_grid()

    def _fill_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                discard(widget)
        columns = 4
        rtl = self.isRightToLeft()
        for index, group in enumerate(self.groups):
            number = label("secondary", wrap=False)
            number.setText(_("Group {n}").format(n=index + 1))
            text = label("code", wrap=False, name=f"group{index + 1}")
            text.setText(group)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Qt aligns Latin letters to the left even in Urdu or Arabic; keep each group
            # under its number, on the reading-start side.
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            text.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
            spelled = " ".join(group)
            text.setAccessibleName(_("Group {n}: {letters}").format(n=index + 1, letters=spelled))
            row, col = divmod(index, columns)
            self.grid.addWidget(number, row * 2, col)
            self.grid.addWidget(text, row * 2 + 1, col)

    def retranslate_ui(self) -> None:
        if self.groups:  # the group numbers, and which side the letters sit on
            self._fill_grid()
        self.title.setText(_("Your recovery code"))
        self.intro.setText(
            _(
                "If you forget your passphrase, this code is the only way to open your "
                "wallet. dpwallet does not keep a copy. Save the recovery sheet, or write "
                "the code down, and keep it somewhere safe at home."
            )
        )
        text = _("Save the recovery sheet (PDF)…")
        self.save_button.setText(text)
        self.save_button.setAccessibleName(text)
        self.check_heading.setText(_("Check you have it"))
        self.group_field.set_texts(
            _("Type group {n}").format(n=self.asked),
            _("Its 4 letters and numbers, from the sheet or your note."),
        )
        text = _("Continue")
        self.continue_button.setText(text)
        self.continue_button.setAccessibleName(text)
        for index in range(self.grid.count() // 2):
            item = self.grid.itemAtPosition((index // 4) * 2, index % 4)
            number = item.widget() if item is not None else None
            if isinstance(number, QLabel):
                number.setText(_("Group {n}").format(n=index + 1))

    def first_focus(self) -> QWidget:
        return self.save_button

    def save_sheet(self) -> None:
        start = default_wallet_folder() / _("{name} recovery sheet.pdf").format(
            name=self.wallet_file.removesuffix(".dpwallet") or "dpwallet"
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _("Save the recovery sheet"), str(start), _("PDF files (*.pdf)")
        )
        if chosen:
            self.write_sheet(Path(chosen))

    def write_sheet(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_recovery_sheet(path, "-".join(self.groups), self.wallet_file, dt.date.today())
        except Exception as exc:  # noqa: BLE001 - shown kindly, details to the log
            self.errors.show_problems([(kind_message(exc, "recovery sheet"), self.save_button)])
            return
        self.saved_note.setText(_("Saved the recovery sheet to {path}").format(path=path))
        self.saved_note.show()

    def check(self) -> None:
        editor = self.group_field.editor
        assert isinstance(editor, QLineEdit)
        wanted = self.groups[self.asked - 1] if self.groups else ""
        if not editor.text().strip():
            message = _("Type group {n} of your recovery code.").format(n=self.asked)
        elif normalise(editor.text()) != normalise(wanted):
            message = _(
                "That is not group {n}. Look at group {n} on your sheet or note and type "
                "its 4 letters and numbers."
            ).format(n=self.asked)
        else:
            message = ""
        self.group_field.set_error(message)
        if message:
            self.errors.show_problems([(message, editor)])
            return
        self.errors.clear()
        self.groups = []
        self._fill_grid()
        self.confirmed.emit()
