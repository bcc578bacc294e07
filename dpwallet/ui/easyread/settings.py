"""Easy read Settings: the few choices people need, each a sentence with one big control.

Why here and why so few: language, bigger words, high contrast, easy read itself (so a
person can turn it off from here), reading aloud, locking and a backup are what people
change; the rest stays in the normal Settings. Every control only passes the choice on
to the normal Settings screen (its pickers, check boxes and wallet actions), so both ways
of seeing Settings always do exactly the same thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSizePolicy, QWidget

from dpwallet.i18n import pgettext
from dpwallet.settings import AUTOLOCK_CHOICES
from dpwallet.ui.easyread.state import easy_read_state
from dpwallet.ui.easyread.view import EasyReadView
from dpwallet.ui.easyread.widgets import MIN_TARGET, EasyButton, IdeaRow, easy_sizes, size_rules
from dpwallet.ui.preferences import LanguagePicker, TextSizePicker

if TYPE_CHECKING:
    from dpwallet.ui.settings_view import SettingsView

__all__ = ["EasySettings"]

ROW_SPACING = 20  # the gap IdeaRow leaves between its picture and its sentence


def combo_rules(body_pt: float) -> str:
    """Drop-down lists as big as easy read buttons (the kit's rules cover only buttons)."""
    return f"""
QComboBox {{ font-size: {body_pt}pt; min-height: {MIN_TARGET}px; min-width: {MIN_TARGET}px;
    padding: 4px 12px; }}
QComboBox QAbstractItemView {{ font-size: {body_pt}pt; }}
"""


class EasySettings(EasyReadView):
    """Passes every choice on to ``settings`` (the normal :class:`SettingsView`)."""

    def __init__(self, settings: SettingsView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holders: list[tuple[QWidget, QWidget]] = []
        self.setObjectName("easySettings")
        self.normal = settings
        s = settings.session.settings
        self.language_row = self._row("language", "erLanguage")
        self.language_picker = LanguagePicker(s.language)
        self.language_picker.setObjectName("erLanguagePicker")
        self.language_picker.chosen.connect(settings.language_picker.chosen)
        self._control(self.language_picker)
        self.size_row = self._row("text-size", "erTextSize")
        self.size_picker = TextSizePicker(s.text_size_percent)
        self.size_picker.setObjectName("erTextSizePicker")
        self.size_picker.chosen.connect(settings.size_picker.chosen)
        self._control(self.size_picker)
        self.contrast_row = self._row("contrast", "erContrast")
        self.contrast = self._toggle("contrast", "erContrastButton", settings.high_contrast)
        self.easy_row = self._row("easy-read", "erEasyRead")
        self.easy_read = self._toggle("easy-read", "erEasyReadButton", settings.easy_read)
        self.read_row = self._row("speaker", "erReadAloud")
        self.read = EasyButton("speaker", "erReadAloudButton")
        self.read.clicked.connect(self.read_aloud)
        self._control(self.read)
        self.lock_row = self._row("lock", "erLock", terms=("lock",))
        self.autolock = QComboBox()
        self.autolock.setObjectName("erAutolockPicker")
        for minutes in AUTOLOCK_CHOICES:
            self.autolock.addItem("", minutes)
        self.autolock.activated.connect(self._autolock_chosen)
        self._control(self.autolock)
        self.backup_row = self._row("backup", "erBackup", terms=("backup",))
        self.backup = EasyButton("backup", "erBackupButton")
        self.backup.clicked.connect(self.back_up)
        self._control(self.backup)
        self.backup_news = self.add_row(IdeaRow("tick", name="erBackupNews"))
        self.backup_state = ""  # "busy", "saved" or "failed"
        # The normal backup reports on the normal page, hidden behind this one; a timer of
        # our own looks at it (an event filter on its widgets upsets PySide's teardown).
        self.backup_watch = QTimer(self)
        self.backup_watch.setInterval(100)
        self.backup_watch.timeout.connect(self._backup_progress)
        self.content.addStretch(1)
        easy_read_state().sizes_changed.connect(self.sync)
        self.sync()
        self.retranslate_ui()

    # ------------------------------------------------------------ building
    def _row(self, picture: str, name: str, terms: tuple[str, ...] = ()) -> IdeaRow:
        return self.add_row(IdeaRow(picture, name=name, terms=terms))

    def _control(self, control: QWidget) -> None:
        """Put ``control`` under the last sentence, lined up with its words (either direction)."""
        holder = QWidget()
        holder.setObjectName(f"{control.objectName()}Holder")
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 8)
        line.setSpacing(0)
        indent = QWidget()
        indent.setFixedSize(easy_sizes().picture_px + ROW_SPACING, 1)
        line.addWidget(indent)
        line.addWidget(control, 0, Qt.AlignmentFlag.AlignVCenter)
        line.addStretch(1)
        control.setMinimumHeight(MIN_TARGET)
        if isinstance(control, QComboBox):
            control.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            control.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.content.addWidget(holder)
        self.holders.append((indent, control))

    def _toggle(self, picture: str, name: str, box: QCheckBox) -> EasyButton:
        """An on/off button that ticks the normal Settings check box ``box``."""
        toggle = EasyButton(picture, name)
        toggle.setCheckable(True)
        toggle.clicked.connect(lambda: self._relay(toggle, box))
        self._control(toggle)
        return toggle

    # ------------------------------------------------------------ actions
    def _relay(self, toggle: EasyButton, box: QCheckBox) -> None:
        """Tick the normal check box (its handler saves and applies it), then say so."""
        box.setChecked(toggle.isChecked())
        self.sync()

    def refresh(self) -> None:
        """Show the current choices (called when the normal Settings refreshes)."""
        self.backup_state = ""
        self.sync()
        self.retranslate_ui()

    def _easy_read_changed(self, on: bool) -> None:
        super()._easy_read_changed(on)
        self.sync()

    def sync(self) -> None:
        """Every control shows what is chosen now, whoever changed it."""
        if not hasattr(self, "normal"):
            return  # still being built
        s = self.normal.session.settings
        self.language_picker.set_current(s.language)
        self.size_picker.set_current(s.text_size_percent)
        self.contrast.setChecked(s.high_contrast)
        self.easy_read.setChecked(easy_read_state().on)
        index = self.autolock.findData(s.autolock_minutes)
        self.autolock.setCurrentIndex(index if index >= 0 else self.autolock.findData(10))
        self._toggle_words()

    def _autolock_chosen(self, index: int) -> None:
        """The normal list chooses the same entry, so its own handler saves it."""
        normal = self.normal.autolock
        normal.setCurrentIndex(index)
        normal.activated.emit(index)
        self.retranslate_ui()

    def read_aloud(self) -> None:
        """Read this screen aloud with the corner's reader (the same voice and messages)."""
        parent = self.parentWidget()
        while parent is not None and not hasattr(parent, "corner"):
            parent = parent.parentWidget()
        if parent is not None:
            parent.corner.read_aloud()

    def back_up(self) -> None:
        """The normal "Back up now" (it asks for a folder); then follow how it goes."""
        actions = self.normal.wallet_actions
        actions.back_up()
        if not actions.busy.isHidden():  # a folder was chosen and the backup started
            self.backup_state = "busy"
            self.backup_watch.start()
        self._backup_progress()

    def _backup_progress(self) -> None:
        actions = self.normal.wallet_actions
        if actions.busy.isHidden():
            self.backup_watch.stop()
            if self.backup_state == "busy":
                if not actions.result.isHidden():
                    self.backup_state = "saved"
                elif not actions.errors.isHidden():
                    self.backup_state = "failed"
                else:
                    self.backup_state = ""
        self._backup_words()

    # ------------------------------------------------------------ words
    def _toggle_words(self) -> None:
        on = pgettext("easyread", "Press to switch it off.")
        off = pgettext("easyread", "Press to switch it on.")
        high = self.contrast.isChecked()
        self.contrast.set_words(
            pgettext("easyread", "High contrast: on")
            if high
            else pgettext("easyread", "High contrast: off"),
            on if high else off,
        )
        easy = self.easy_read.isChecked()
        self.easy_read.set_words(
            pgettext("easyread", "Easy read: on")
            if easy
            else pgettext("easyread", "Easy read: off"),
            pgettext("easyread", "Press to switch easy read off.")
            if easy
            else pgettext("easyread", "Press to switch easy read on."),
        )
        self._fit()

    def _backup_words(self) -> None:
        row, state = self.backup_news, self.backup_state
        texts = {
            "busy": pgettext("easyread", "dpwallet is making a backup. Please wait."),
            "saved": pgettext("easyread", "Your backup is saved."),
            "failed": pgettext("easyread", "Sorry, dpwallet could not make the backup."),
        }
        if state in texts:
            row.set_sentence(texts[state])
        row.setVisible(state in texts)

    def retranslate_ui(self) -> None:
        if not hasattr(self, "backup_news"):
            return  # still being built
        from dpwallet.ui.settings_view import autolock_words  # the normal words for the times

        self.heading.setText(pgettext("easyread", "Settings"))
        self.language_row.set_sentence(pgettext("easyread", "Choose the language for dpwallet."))
        self.size_row.set_sentence(pgettext("easyread", "You can make the words bigger."))
        self.contrast_row.set_sentence(
            pgettext("easyread", "High contrast shows white words on black.")
        )
        self.easy_row.set_sentence(
            pgettext("easyread", "Easy read uses short sentences and big words.")
        )
        self.read_row.set_sentence(
            pgettext("easyread", "dpwallet can read the words on this screen to you.")
        )
        self.read.set_words(pgettext("easyread", "Read this to me"))
        self.lock_row.set_sentence(
            pgettext("easyread", "dpwallet locks your wallet when nobody uses it.")
        )
        for index, minutes in enumerate(AUTOLOCK_CHOICES):
            self.autolock.setItemText(index, autolock_words(minutes))
        self.autolock.setAccessibleName(pgettext("easyread", "When dpwallet locks your wallet"))
        self.backup_row.set_sentence(
            pgettext("easyread", "A backup is a spare copy of your wallet.")
        )
        self.backup.set_words(pgettext("easyread", "Make a backup now"))
        self.language_picker.set_current(self.normal.session.settings.language)
        self._toggle_words()
        self._backup_words()

    # ------------------------------------------------------------ sizes
    def restyle(self) -> None:
        """The kit's sizes plus big drop-down lists; controls stay lined up with the words."""
        if self._restyling:
            return
        self._restyling = True
        try:
            sizes = easy_sizes()
            rules = size_rules(sizes) + combo_rules(sizes.body_pt)
            if self.styleSheet() != rules:
                self.setStyleSheet(rules)
            for row in self.rows:
                row.set_picture_size(sizes.picture_px)
            for button in self.buttons():
                button.repaint_picture()
            for indent, _control in getattr(self, "holders", ()):
                indent.setFixedWidth(sizes.picture_px + ROW_SPACING)
            self._fit()
        finally:
            self._restyling = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Long words on a button go over two lines rather than being cut off (200% text)."""
        for indent, control in getattr(self, "holders", ()):
            available = self.column.width() - indent.width()
            if isinstance(control, EasyButton):
                control.fit_width(available)
            elif available > MIN_TARGET:  # a long language name is cut short, not the list
                control.setMaximumWidth(available)
