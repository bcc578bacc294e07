"""Choosing the council whose rules the check-up follows, or importing a council's file.

The list holds the councils dpwallet ships and any a support service handed out as a
file. A file is checked whole before it is copied; a bad one is explained in the
"There is a problem" summary and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit, QListWidget, QListWidgetItem, QWidget

from dpwallet.domain.errors import DpwalletError
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_money
from dpwallet.services import council_profiles
from dpwallet.services.changes import Changes
from dpwallet.services.wallet import Wallet
from dpwallet.ui.dialog_frame import FittedDialog
from dpwallet.ui.event_bus import bus
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.returns.pages_input import period_words
from dpwallet.ui.widgets import ErrorSummary, Field, label, set_text
from dpwallet.ui.wrap_text import wrap_button


class ProfileDialog(FittedDialog):
    """Pick a council and type the reference; Save runs one command and tells the bus."""

    def __init__(self, wallet: Wallet, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=560)
        self.setObjectName("profileDialog")
        self.wallet = wallet
        self.setMinimumWidth(560)
        self.title = label("h1", name="profileTitle")
        self.errors = ErrorSummary()
        self.intro = label(name="profileIntro")
        self.list = QListWidget()
        self.list.setObjectName("profileList")
        self.list.setMinimumHeight(160)
        self.list.currentRowChanged.connect(lambda _row: self._describe())
        self.details = label("secondary", name="profileDetails")
        self.reference = Field(QLineEdit(), "referenceEdit")
        self.import_button = wrap_button("importProfileButton")
        self.import_button.clicked.connect(self._pick_file)
        self.save_button = wrap_button("saveProfileButton", primary=True)
        self.save_button.setDefault(True)  # Enter saves, as in every other form
        self.save_button.clicked.connect(self.save)
        self.cancel_button = wrap_button("cancelProfileButton")
        self.cancel_button.clicked.connect(self.reject)
        self.add(self.title, self.errors, self.intro, self.list, self.details)
        self.add_layout(flow_row(self.import_button))
        self.add(self.reference)
        self.set_buttons(self.save_button, self.cancel_button)
        setting = council_profiles.current_setting(wallet)
        self.reference.editor.setText(setting.reference)  # type: ignore[attr-defined]
        self._fill(setting.profile.id)
        self.retranslate_ui()

    def _fill(self, selected: str) -> None:
        self.list.clear()
        for choice in council_profiles.available_profiles():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, choice.profile.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, choice.bundled)
            self.list.addItem(item)
            if choice.profile.id == selected:
                self.list.setCurrentItem(item)
        self._name_items()
        if self.isVisible():
            self.size_list()

    def _name_items(self) -> None:
        profiles = {c.profile.id: c.profile for c in council_profiles.available_profiles()}
        for row in range(self.list.count()):
            item = self.list.item(row)
            profile = profiles.get(item.data(Qt.ItemDataRole.UserRole))
            if profile is None:
                continue
            text = profile.name
            if not item.data(Qt.ItemDataRole.UserRole + 1):
                text = _("{council} (from a file)").format(council=profile.name)
            item.setText(text)

    def chosen_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "default"

    def _describe(self) -> None:
        profile = council_profiles.profile_by_id(self.chosen_id())
        self.details.setText(
            _(
                "Asks for a check-up {often}. Receipts for payments over {threshold}. "
                "Sent to {email}."
            ).format(
                often=period_words(profile.return_period),
                threshold=format_money(profile.receipt_threshold),
                email=profile.return_email,
            )
        )
        example = profile.reference_example
        self.reference.set_texts(
            _("Your council reference (you can leave this empty)"),
            _("It is on letters from your council, like {example}.").format(example=example)
            if example
            else _("It is on letters from your council."),
        )

    def _pick_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("Choose a council settings file"), str(Path.home()), "JSON (*.json)"
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> bool:
        """Import ``path``; a bad file is explained and nothing changes."""
        try:
            profile = council_profiles.import_profile_file(path)
        except DpwalletError as error:
            self.errors.show_problems([(str(error), self.import_button)])
            return False
        self.errors.clear()
        self._fill(profile.id)
        self.list.setFocus()
        return True

    def save(self) -> None:
        profile = council_profiles.profile_by_id(self.chosen_id())
        reference = self.reference.editor.text().strip()  # type: ignore[attr-defined]
        self.reference.set_error("")
        if reference and not profile.reference_looks_right(reference):
            message = _("Your council’s references usually look like {example}.").format(
                example=profile.reference_example
            )
            self.reference.set_error(message)
            self.errors.show_problems([(message, self.reference.editor)])
            return
        try:
            changes: Changes = council_profiles.choose_profile(self.wallet, profile.id, reference)
        except DpwalletError as error:
            self.errors.show_problems([(str(error), self.list)])
            return
        bus().announce(changes)
        self.accept()

    def size_list(self) -> None:
        """Show up to five councils without scrolling the list, at any text size."""
        rows = min(self.list.count(), 5)
        height = sum(self.list.sizeHintForRow(row) for row in range(rows))
        self.list.setMinimumHeight(max(160, height + 2 * self.list.frameWidth()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not event.spontaneous():
            self.size_list()  # the rows' height is known once the text size is applied
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(_("Your council"))
        self.title.setText(_("Your council"))
        self.intro.setText(
            _(
                "Pick your council. If it is not in the list, a support service may give "
                "you a council settings file to import."
            )
        )
        self.list.setAccessibleName(_("Councils"))
        set_text(self.import_button, _("Import a profile file…"))
        set_text(self.save_button, _("Save"))
        set_text(self.cancel_button, _("Cancel"))
        self._name_items()
        self._describe()
