"""Settings: how the app looks and reads, auto-lock, and keeping the wallet safe.

Appearance changes act at once (no restart, no Save button to forget). The wallet actions
(passphrase, remember, recovery code, backups) live in :mod:`settings_actions` so this
module stays about layout and words. Easy read goes through the app-wide
:func:`easy_read_state`, so the corner switch on every screen and this check box always
agree, and every screen with an easy read version flips at once.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from dpwallet.i18n import _, ngettext
from dpwallet.settings import AUTOLOCK_CHOICES
from dpwallet.ui.audit_panel import AuditPanel
from dpwallet.ui.easyread import EasyReadView, attach_easy_read
from dpwallet.ui.easyread.settings import EasySettings
from dpwallet.ui.easyread.state import easy_read_state
from dpwallet.ui.preferences import LanguagePicker, TextSizePicker
from dpwallet.ui.session import Session
from dpwallet.ui.settings_actions import WalletActions
from dpwallet.ui.widgets import ScreenView, label
from dpwallet.ui.wrap_text import WrapCheckBox


def autolock_words(minutes: int) -> str:
    if minutes == 0:
        return _("Never")
    if minutes >= 60 and minutes % 60 == 0:
        hours = minutes // 60
        return ngettext("After {n} hour", "After {n} hours", hours).format(n=hours)
    return ngettext("After {n} minute", "After {n} minutes", minutes).format(n=minutes)


class SettingsView(ScreenView):
    """Emits ``appearance_changed`` after writing a choice to the settings."""

    appearance_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("settingsView")
        s = session.settings
        self.title = label("h1", name="settingsTitle")
        self.look_heading = label("h2", name="lookHeading")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language_label = label("label")
        self.language_picker = LanguagePicker(s.language)
        self.size_label = label("label")
        self.size_picker = TextSizePicker(s.text_size_percent)
        self.autolock_label = label("label")
        self.autolock = QComboBox()
        self.autolock.setObjectName("autolockPicker")
        for minutes in AUTOLOCK_CHOICES:
            self.autolock.addItem("", minutes)
        self.autolock.activated.connect(self._autolock_chosen)
        for text_label, field in (
            (self.language_label, self.language_picker),
            (self.size_label, self.size_picker),
            (self.autolock_label, self.autolock),
        ):
            text_label.setBuddy(field)
            form.addRow(text_label, field)
        self.autolock_note = label("secondary", name="autolockNote")
        self.easy_read = WrapCheckBox()
        self.easy_read.setObjectName("easyReadCheck")
        self.easy_read.setChecked(s.easy_read)
        self.easy_read.toggled.connect(self._easy_read)
        easy_read_state().attach(s)
        easy_read_state().changed.connect(self.easy_read.setChecked)
        self.high_contrast = WrapCheckBox()
        self.high_contrast.setObjectName("highContrastCheck")
        self.high_contrast.setChecked(s.high_contrast)
        self.high_contrast.toggled.connect(self._high_contrast)
        self.safe_heading = label("h2", name="safeHeading")
        self.wallet_actions = WalletActions(session, self)
        self.content.addWidget(self.title)
        self.content.addWidget(self.look_heading)
        self.content.addLayout(form)
        self.add(self.autolock_note, self.easy_read, self.high_contrast, self.safe_heading)
        self.content.addWidget(self.wallet_actions)
        self.audit = AuditPanel(session, self)
        self.content.addWidget(self.audit)
        self.content.addStretch(1)
        self.easy = EasySettings(self)
        self._easy_switch = attach_easy_read(self, self.easy)
        self.refresh()

    def easy_read_view(self) -> EasyReadView | None:
        """The easy read Settings while easy read is on (the shell's corner asks for it)."""
        return self._easy_switch.active_easy_view()

    def refresh(self) -> None:
        """Show the current settings and what this wallet allows (the demo allows less)."""
        s = self.session.settings
        easy_read_state().attach(s)
        self.easy_read.setChecked(s.easy_read)
        self.language_picker.set_current(s.language)
        self.size_picker.set_current(s.text_size_percent)
        index = self.autolock.findData(s.autolock_minutes)
        self.autolock.setCurrentIndex(index if index >= 0 else self.autolock.findData(10))
        self.wallet_actions.refresh()
        self.audit.refresh()
        self.retranslate_ui()
        self.easy.refresh()

    def retranslate_ui(self) -> None:
        self.title.setText(_("Settings"))
        self.look_heading.setText(_("How dpwallet looks and reads"))
        self.language_label.setText(_("Language"))
        self.size_label.setText(_("Text size"))
        self.autolock_label.setText(_("Lock the wallet when nobody uses it"))
        for index, minutes in enumerate(AUTOLOCK_CHOICES):
            self.autolock.setItemText(index, autolock_words(minutes))
        self.autolock.setAccessibleName(self.autolock_label.text())
        never = self.autolock.currentData() == 0
        self.autolock_note.setText(
            _("Only choose Never if nobody else uses this computer.")
            if never
            else _("A minute before it locks, dpwallet asks if you want more time.")
        )
        for box, text in (
            (self.easy_read, _("Easy read: shorter sentences and bigger text")),
            (self.high_contrast, _("High contrast: white text on black")),
        ):
            box.setText(text)
            box.setAccessibleName(text)
        self.safe_heading.setText(_("Keeping your wallet safe"))

    def _autolock_chosen(self, index: int) -> None:
        self.session.settings.autolock_minutes = int(self.autolock.itemData(index))
        self.retranslate_ui()
        self.appearance_changed.emit()

    def _easy_read(self, on: bool) -> None:
        """From this box or the corner switch: save, switch every screen, resize the text."""
        self.session.settings.easy_read = on
        easy_read_state().set_on(on)
        self.appearance_changed.emit()

    def _high_contrast(self, on: bool) -> None:
        self.session.settings.high_contrast = on
        self.appearance_changed.emit()
