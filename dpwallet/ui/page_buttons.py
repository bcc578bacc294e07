"""A row of page buttons for a tab widget that wraps onto more lines instead of scrolling.

Why: Money has six parts. At 200% text, or in Welsh, a tab bar cannot show them all: Qt
cuts the last tab and adds two small scroll arrows, so a person who needs big text cannot
see that "Receipts" or "Your agreement" exist. These buttons wrap like words on a page;
every part is always in sight and reachable with Tab. The tab widget still holds the
pages (its own bar is hidden), so the rest of the screen works as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QTabWidget, QWidget

from dpwallet.ui.flow_layout import FlowLayout

__all__ = ["PageButtons"]


class PageButtons(QWidget):
    """One checkable button per page of ``tabs``; the checked one is the page shown."""

    def __init__(self, tabs: QTabWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.tabs = tabs
        tabs.tabBar().hide()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.row = FlowLayout(self, spacing=6, pack="start")
        self.row.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        for index in range(tabs.count()):
            page = tabs.widget(index)
            part = QPushButton()
            part.setObjectName(f"{name}_{page.objectName() if page else index}")
            part.setProperty("pageTab", True)
            part.setCheckable(True)
            part.setAutoDefault(False)
            part.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self.group.addButton(part, index)
            self.row.addWidget(part)
            self.buttons.append(part)
        self.group.idClicked.connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(self._follow)
        self._follow(tabs.currentIndex())
        self.sync_words()

    def _follow(self, index: int) -> None:
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)
        # The shown part is bold. Set through the font (not the stylesheet) so Qt measures
        # the bold words again and no letter is cut.
        for part in self.buttons:
            font = part.font()
            font.setBold(part.isChecked())
            part.setFont(font)

    def sync_words(self) -> None:
        """Copy each page's title from the tab widget (call after it retranslates)."""
        for index, part in enumerate(self.buttons):
            words = self.tabs.tabText(index)
            part.setText(words.replace("&", "&&"))
            part.setAccessibleName(words)
        self.setAccessibleName(self.tabs.tabBar().accessibleName())

    def current_button(self) -> QPushButton | None:
        index = self.tabs.currentIndex()
        return self.buttons[index] if 0 <= index < len(self.buttons) else None
