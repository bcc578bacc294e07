"""The language and text-size pickers, shared by the Welcome screen and Settings.

Both must be reachable before a wallet is open (a peer-support worker switches language
for the person in front of them) and both act at once, without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from dpwallet.i18n import LANGUAGES, _

TEXT_SIZES = (100, 125, 150, 175, 200)


def endonym(code: str) -> str:
    """The language in its own words ("Cymraeg", "العربية"); the code if Babel cannot say."""
    try:
        from dpwallet.i18n.formatting import language_endonym
    except ImportError:  # the formatting module is optional at start-up
        return code
    name = language_endonym(code)
    return name[:1].upper() + name[1:] if name else code


class LanguagePicker(QComboBox):
    """Languages by their own names, no flags (requirement 25)."""

    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePicker")
        for code in LANGUAGES:
            self.addItem(endonym(code), code)
        self.set_current(current)
        self.activated.connect(lambda index: self.chosen.emit(str(self.itemData(index))))
        self.retranslate_ui()

    def set_current(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(_("Language"))


class TextSizePicker(QComboBox):
    """Text size from normal to twice as large."""

    chosen = Signal(int)

    def __init__(self, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textSizePicker")
        for size in TEXT_SIZES:
            self.addItem("", size)
        self.set_current(current)
        self.activated.connect(lambda index: self.chosen.emit(int(self.itemData(index))))
        self.retranslate_ui()

    def set_current(self, percent: int) -> None:
        nearest = min(TEXT_SIZES, key=lambda s: abs(s - percent))
        self.blockSignals(True)
        self.setCurrentIndex(TEXT_SIZES.index(nearest))
        self.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        names = {
            100: _("Normal"),
            125: _("Larger"),
            150: _("Large"),
            175: _("Very large"),
            200: _("Twice as large"),
        }
        for index, size in enumerate(TEXT_SIZES):
            self.setItemText(index, names[size])
        self.setAccessibleName(_("Text size"))
