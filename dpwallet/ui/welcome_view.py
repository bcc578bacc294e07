"""The first screen: create a wallet, open one, or try the demo; language and text size.

Three plain choices and nothing else, so a first-time user is never lost. The language
picker sits at the top because the person may not read English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from dpwallet.i18n import _
from dpwallet.services.demo import DemoWallet
from dpwallet.settings import default_wallet_folder
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.preferences import LanguagePicker, TextSizePicker
from dpwallet.ui.session import Session, looks_like_wallet, wallet_title
from dpwallet.ui.tasks import run_task
from dpwallet.ui.widgets import BusyLine, ErrorSummary, ScreenView, button, label


class WelcomeView(ScreenView):
    create_requested = Signal()
    open_requested = Signal(Path)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("welcomeView")
        self.errors = ErrorSummary()
        self.title = label("h1", name="welcomeTitle")
        self.intro = label(name="welcomeIntro")
        prefs = QFormLayout()
        prefs.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_label = label("label", wrap=False)
        self.language_picker = LanguagePicker(session.settings.language)
        self.size_label = label("label", wrap=False)
        self.size_picker = TextSizePicker(session.settings.text_size_percent)
        self.language_label.setBuddy(self.language_picker)
        self.size_label.setBuddy(self.size_picker)
        prefs.addRow(self.language_label, self.language_picker)
        prefs.addRow(self.size_label, self.size_picker)
        self.create_button = button("createButton", primary=True)
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button = button("demoButton")
        self.demo_button.clicked.connect(self.start_demo)
        self.busy = BusyLine()
        self.open_heading = label("h2", name="openHeading")
        self.recent = QListWidget()
        self.recent.setObjectName("recentWallets")
        self.recent.setMaximumHeight(220)
        self.recent.itemActivated.connect(self._open_item)
        self.no_recent = label("secondary", name="noRecent")
        self.open_button = button("openRecentButton")
        self.open_button.clicked.connect(self._open_selected)
        self.choose_button = button("chooseWalletButton")
        self.choose_button.clicked.connect(self.choose_folder)
        self.add(self.errors, self.title, self.intro)
        self.content.addLayout(prefs)
        # A flow row, not a box: a box gives every button the height of the shortest one
        # (each asks for a fixed height), which cut the taller primary button short, most
        # visibly in Urdu, whose Nastaliq lines are much taller than Latin ones.
        self.content.addLayout(flow_row(self.create_button, self.demo_button))
        self.content.addWidget(self.busy)
        self.add(self.open_heading, self.no_recent, self.recent)
        self.content.addLayout(flow_row(self.open_button, self.choose_button))
        self.content.addStretch(1)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.title.setText(_("Your direct payment wallet"))
        self.intro.setText(
            _(
                "Keep track of your direct payment money, your personal assistants and your "
                "financial check-ups. Everything stays on this computer."
            )
        )
        self.language_label.setText(_("Language"))
        self.size_label.setText(_("Text size"))
        for widget, text in (
            (self.create_button, _("Create my wallet")),
            (self.demo_button, _("Try the demo")),
            (self.open_button, _("Open the chosen wallet")),
            (self.choose_button, _("Choose a wallet folder…")),
        ):
            widget.setText(text)
            widget.setAccessibleName(text)
        self.demo_button.setAccessibleDescription(
            _("Opens a wallet with made-up people and money. Nothing you do there is kept.")
        )
        self.open_heading.setText(_("Open a wallet"))
        self.no_recent.setText(_("No wallets have been opened on this computer yet."))
        self.recent.setAccessibleName(_("Wallets opened on this computer"))

    def first_focus(self) -> QWidget:
        return self.create_button

    def refresh(self) -> None:
        """Show the wallets opened before on this computer (paths only, from settings)."""
        self.recent.clear()
        for path in self.session.settings.existing_recent():
            item = QListWidgetItem(f"{wallet_title(path)}  ({path.parent})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        has_recent = self.recent.count() > 0
        self.recent.setVisible(has_recent)
        self.open_button.setVisible(has_recent)
        self.no_recent.setVisible(not has_recent)
        if has_recent:
            self.recent.setCurrentRow(0)
        self.busy.stop()
        self._set_enabled(True)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _open_selected(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self._open_item(item)

    def choose_folder(self) -> None:
        start = str(default_wallet_folder())
        chosen = QFileDialog.getExistingDirectory(self, _("Choose a wallet folder"), start)
        if chosen:
            self.open_folder(Path(chosen))

    def open_folder(self, folder: Path) -> None:
        if not looks_like_wallet(folder):
            self.errors.show_problems(
                [
                    (
                        _(
                            "That folder is not a wallet. Choose a folder whose name ends "
                            "in .dpwallet, like “Sam Jones.dpwallet”."
                        ),
                        self.choose_button,
                    )
                ]
            )
            return
        self.errors.clear()
        self.open_requested.emit(folder)

    def start_demo(self) -> None:
        """Make the demo off the GUI thread; it takes a few seconds."""
        self.errors.clear()
        self._set_enabled(False)
        self.busy.start(
            _("Making the demo wallet with made-up people and money. This takes a few seconds.")
        )
        run_task(self.session.demo_factory, self._demo_ready, self._demo_failed, where="demo")

    def _demo_ready(self, demo: DemoWallet) -> None:
        self.busy.stop()
        self._set_enabled(True)
        self.session.open_demo_wallet(demo)

    def _demo_failed(self, message: str) -> None:
        self.busy.stop()
        self._set_enabled(True)
        self.errors.show_problems([(message, self.demo_button)])

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.create_button, self.demo_button, self.open_button, self.choose_button):
            widget.setEnabled(enabled)
