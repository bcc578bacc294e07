"""The open wallet: left navigation (picture and word) and the section pages.

The current section is a checked button: bold, with a thick bar on the start side and
announced as "checked" by screen readers, so it is never shown by colour alone. Tab
reaches every section button; Ctrl+1 to Ctrl+8 jump straight to one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dpwallet.i18n import _
from dpwallet.services.money_home import home_figures
from dpwallet.ui import icons
from dpwallet.ui.easyread.corner import EasyReadCorner
from dpwallet.ui.event_bus import bus
from dpwallet.ui.home_view import HomeView
from dpwallet.ui.section_views import view_for
from dpwallet.ui.sections import SECTIONS
from dpwallet.ui.session import Session
from dpwallet.ui.settings_view import SettingsView
from dpwallet.ui.tab_order import TabOrderKeeper
from dpwallet.ui.widgets import ScreenView


class ShellView(QWidget):
    """Navigation plus pages; ``lock_requested`` when the person presses Lock."""

    lock_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shellView")
        self.session = session
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QFrame()
        self.nav.setObjectName("nav")
        nav_layout = QVBoxLayout(self.nav)
        nav_layout.setContentsMargins(0, 12, 0, 12)
        nav_layout.setSpacing(2)
        self.pages = QStackedWidget()
        self.buttons: dict[str, QToolButton] = {}
        self._nav_words: dict[str, str] = {}  # each button's name on one line
        self._nav_height = 0  # a one-line button's height for the text size
        self.views: dict[str, ScreenView] = {}
        self.home = HomeView()
        self.settings = SettingsView(session)
        for index, section in enumerate(SECTIONS):
            view: ScreenView
            if section.key == "home":
                view = self.home
            elif section.key == "settings":
                view = self.settings
            else:
                view = view_for(section, session)
            self.views[section.key] = view
            self.pages.addWidget(view)
            nav_button = self._nav_button(section.key, index)
            nav_layout.addWidget(nav_button)
        nav_layout.addStretch(1)
        self.lock_button = self._nav_button("lock", -1)
        self.lock_button.setCheckable(False)
        self.lock_button.clicked.connect(self.lock_requested)
        nav_layout.addWidget(self.lock_button)
        # At 200% text (and in Urdu's tall Nastaliq) the nine buttons can be taller than
        # the window: the column scrolls rather than squashing the words.
        self.nav_scroller = QScrollArea()
        self.nav_scroller.setObjectName("navScroller")
        self.nav_scroller.setWidget(self.nav)
        self.nav_scroller.setWidgetResizable(True)
        self.nav_scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.nav_scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav_scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_scroller.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        row.addWidget(self.nav_scroller)
        # Easy read, "What do these words mean?" and "Read this to me": same corner, every screen.
        page_column = QVBoxLayout()
        page_column.setSpacing(0)
        self.corner = EasyReadCorner(self.pages.currentWidget, self)
        page_column.addWidget(self.corner)
        page_column.addWidget(self.pages, 1)
        row.addLayout(page_column, 1)
        self.retranslate_ui()
        # Tab follows the layouts (navigation, corner, then the page top to bottom), and
        # keeps doing so when a page grows new rows or a problem list.
        self.tab_order = TabOrderKeeper(self)
        self.tab_order.watch_scroll_areas()
        self.show_section("home")
        bus().changes_applied.connect(lambda _changes: self.refresh_home())

    def _nav_button(self, key: str, index: int) -> QToolButton:
        nav_button = QToolButton()
        nav_button.setObjectName(f"nav_{key}")
        nav_button.setProperty("nav", True)
        nav_button.setCheckable(True)
        nav_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        nav_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        nav_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        nav_button.setIcon(icons.icon("home" if key == "home" else key))
        nav_button.setIconSize(QSize(28, 28))
        if index >= 0:
            nav_button.clicked.connect(lambda _c=False, k=key: self.show_section(k))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda k=key: self.show_section(k, focus=True))
        self.buttons[key] = nav_button
        return nav_button

    def set_icon_colour(self, colour: str) -> None:
        for key, nav_button in self.buttons.items():
            nav_button.setIcon(icons.icon(key, colour))

    def set_icon_size(self, text_height: int) -> None:
        """Pictures grow with the text, so they stay as large as their words."""
        side = max(24, round(text_height * 1.4))
        # Qt keeps a tool button's old size hint after the text grows, so say how tall a
        # button must be: its picture or a line of text, the 8 px padding and the 4 px
        # focus border on each side, and a little air (Urdu's Nastaliq line is tall).
        height = max(side, text_height) + 2 * (8 + 4) + 6
        self._nav_height = height
        for nav_button in self.buttons.values():
            nav_button.setIconSize(QSize(side, side))
            nav_button.setMinimumHeight(height)
        self._fit_nav_width()

    def _fit_nav_width(self) -> None:
        """The scrolling column is as wide as its widest word (plus a scroll bar), but
        never more than a third of the window: a longer name goes onto two lines.

        Measured in bold with the 8 px marker and the focus border: the section shown is
        drawn that way, and Qt's own size hint (taken unchosen) cut its last letters.
        At 200% in Welsh, one line for "Cynorthwywyr personol" took half a 1024 px window.
        """
        bar = self.nav_scroller.verticalScrollBar().sizeHint().width()
        limit = max(160, self.width() // 3) - bar
        widest = 0
        for key, nav_button in self.buttons.items():
            words = self._nav_words.get(key, nav_button.text())
            bold = QFont(nav_button.font())
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            # picture and gap, 12 px padding each side, the marker, the focus border, air
            chrome = nav_button.iconSize().width() + 6 + 24 + 8 + 4 + 6
            lines = [words]
            if metrics.horizontalAdvance(words) + chrome > limit and " " in words:
                lines = _two_lines(words, metrics)
            nav_button.setText("\n".join(lines))
            tall = len(lines) * metrics.lineSpacing() + 2 * (8 + 4) + 6
            nav_button.setMinimumHeight(max(self._nav_height, tall))
            widest = max(widest, max(metrics.horizontalAdvance(x) for x in lines) + chrome)
        self.nav.adjustSize()
        self.nav_scroller.setFixedWidth(max(self.nav.sizeHint().width(), widest) + bar)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_nav_width()

    def show_section(self, key: str, *, focus: bool = False) -> None:
        for other, nav_button in self.buttons.items():
            # Not a QButtonGroup: an exclusive group lets Tab reach only the checked one.
            nav_button.setChecked(other == key and nav_button.isCheckable())
        self.pages.setCurrentWidget(self.views[key])
        if key == "settings":
            self.settings.refresh()
        self._describe_current()
        self.tab_order.apply()
        if focus:
            self.buttons[key].setFocus()

    def current_section(self) -> str:
        current = self.pages.currentWidget()
        return next(k for k, v in self.views.items() if v is current)

    def _describe_current(self) -> None:
        current = self.current_section()
        for key, nav_button in self.buttons.items():
            nav_button.setAccessibleDescription(_("You are here") if key == current else "")

    def refresh_home(self) -> None:
        wallet = self.session.wallet
        if wallet is not None and not wallet.is_locked:
            self.home.show_summary(wallet.summary())
            self.home.show_figures(home_figures(wallet))

    def refresh(self) -> None:
        """Read the open wallet again (after opening, restoring or importing)."""
        self.refresh_home()
        self.settings.refresh()
        for key, view in self.views.items():
            if key not in ("home", "settings"):
                view.refresh()

    def clear(self) -> None:
        """Drop everything shown from the wallet (on lock)."""
        self.home.clear()
        for key, view in self.views.items():
            if key not in ("home", "settings"):
                view.clear()
        self.show_section("home")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for section in SECTIONS:
            text = _(section.title)
            self._nav_words[section.key] = text
            self.buttons[section.key].setText(text)
            self.buttons[section.key].setAccessibleName(text)
        self._nav_words["lock"] = _("Lock")
        self.lock_button.setText(_("Lock"))
        self.lock_button.setAccessibleName(_("Lock the wallet"))
        self.nav.setAccessibleName(_("Sections"))
        self._describe_current()
        self._fit_nav_width()


def _two_lines(words: str, metrics: QFontMetrics) -> list[str]:
    """Split at the space that leaves the two lines most even."""
    spaces = [i for i, ch in enumerate(words) if ch == " "]
    best = min(
        spaces,
        key=lambda i: max(
            metrics.horizontalAdvance(words[:i]), metrics.horizontalAdvance(words[i + 1 :])
        ),
    )
    return [words[:best], words[best + 1 :]]
