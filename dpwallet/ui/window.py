"""The main window: which screen shows, the demo strip, the menu bar, locking.

Screens never switch each other; they emit signals and this window decides what comes
next, so every way of locking (Ctrl+L, the Lock button, auto-lock) ends the same way:
the key is dropped, the numbers are cleared and the unlock screen shows.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpwallet.i18n import _
from dpwallet.services.restore import restore
from dpwallet.services.wallet import CreatedWallet, Wallet
from dpwallet.ui import theme
from dpwallet.ui.autolock import AutoLock
from dpwallet.ui.create_view import CreateView
from dpwallet.ui.dialogs import MessageDialog
from dpwallet.ui.forgot_view import ForgotView
from dpwallet.ui.recovery_code_view import RecoveryCodeView
from dpwallet.ui.session import Session
from dpwallet.ui.shell_view import ShellView
from dpwallet.ui.tasks import run_task
from dpwallet.ui.unlock_view import UnlockView
from dpwallet.ui.welcome_view import WelcomeView
from dpwallet.ui.widgets import ScreenView, label


class DemoBanner(QFrame):
    """The yellow demo strip. While ``pinned`` nothing can hide it (ux.md)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.pinned = False
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        self.words = label(name="demoWords")
        row.addWidget(self.words)
        self.retranslate_ui()
        super().setVisible(False)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        super().setVisible(visible or self.pinned)

    def pin(self, pinned: bool) -> None:
        self.pinned = pinned
        super().setVisible(pinned)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        text = _("Demo: made-up people and money. Nothing here is real.")
        self.words.setText(text)
        self.setAccessibleName(text)


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self.pending: tuple[Wallet, Path] | None = None
        self._look: tuple[object, ...] = ()  # what the theme was last applied for
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = DemoBanner()
        self.stack = QStackedWidget()
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.welcome = WelcomeView(session)
        self.create_view = CreateView()
        self.recovery = RecoveryCodeView()
        self.unlock = UnlockView()
        self.forgot = ForgotView()
        self.shell = ShellView(session)
        for view in (self.welcome, self.create_view, self.recovery, self.unlock, self.forgot):
            self.stack.addWidget(view)
        self.stack.addWidget(self.shell)
        self.autolock = AutoLock(self)
        self._build_menus()
        self._connect()
        self.retranslate_ui()
        self.resize(1180, 800)
        self.show_screen(self.welcome)

    # ------------------------------------------------------------ wiring
    def _connect(self) -> None:
        w, s = self.welcome, self.session
        w.create_requested.connect(self._start_create)
        w.open_requested.connect(self.open_path)
        self.create_view.cancelled.connect(self.go_home)
        self.create_view.created.connect(self._created)
        self.recovery.confirmed.connect(self._recovery_confirmed)
        self.unlock.unlocked.connect(self._unlocked)
        self.unlock.forgot.connect(self._forgot)
        self.unlock.cancelled.connect(self.go_home)
        self.forgot.unlocked.connect(self._unlocked)
        self.forgot.cancelled.connect(lambda: self.show_screen(self.unlock))
        self.shell.lock_requested.connect(self.lock)
        self.autolock.lock_now.connect(self.lock)
        s.opened.connect(self._session_opened)
        s.closed.connect(self._session_closed)
        for picker in (w.language_picker, self.shell.settings.language_picker):
            picker.chosen.connect(self.set_language)
        for size_picker in (w.size_picker, self.shell.settings.size_picker):
            size_picker.chosen.connect(self.set_text_size)
        self.shell.settings.appearance_changed.connect(self.apply_appearance)
        self.shell.settings.wallet_actions.restore_requested.connect(self.restore_backup)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.wallet_menu = bar.addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.wallet_menu.addAction(self.lock_action)
        self.wallet_menu.addSeparator()
        from dpwallet.ui.undo_actions import undo_actions  # the Money issue's Undo/Redo

        self.undo_actions = undo_actions()
        self.undo_actions.follow(self.session)
        self.wallet_menu.addActions([self.undo_actions.undo_action, self.undo_actions.redo_action])
        self.wallet_menu.aboutToShow.connect(self.undo_actions.refresh)
        self.wallet_menu.addSeparator()
        self.wallet_menu.addAction(self.quit_action)
        self.help_menu = bar.addMenu("")
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.triggered.connect(self.show_help)
        self.help_menu.addAction(self.help_action)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(_("dpwallet: your direct payment wallet"))
        self.wallet_menu.setTitle(_("&Wallet"))
        self.lock_action.setText(_("&Lock now"))
        self.quit_action.setText(_("&Quit"))
        self.help_menu.setTitle(_("&Help"))
        self.help_action.setText(_("&Help"))

    # ------------------------------------------------------------ screens
    def show_screen(self, view: QWidget) -> None:
        self.stack.setCurrentWidget(view)
        self.lock_action.setEnabled(view is self.shell)
        target = view.first_focus() if isinstance(view, ScreenView) else None
        if target is not None:
            target.setFocus()
        elif view is self.shell:
            self.shell.buttons[self.shell.current_section()].setFocus()

    def go_home(self) -> None:
        self.welcome.refresh()
        self.show_screen(self.welcome)

    def _start_create(self) -> None:
        self.create_view.reset()
        self.show_screen(self.create_view)

    def open_path(self, path: Path) -> None:
        self.unlock.start(path)
        self.show_screen(self.unlock)

    def _created(self, created: CreatedWallet, path: Path) -> None:
        self.pending = (created.wallet, path)
        self.recovery.show_code(created.recovery_code, created.wallet.paths.folder.name)
        self.show_screen(self.recovery)

    def _recovery_confirmed(self) -> None:
        if self.pending is not None:
            wallet, path = self.pending
            self.pending = None
            self.session.open_wallet(wallet, wallet.paths.folder)

    def _unlocked(self, wallet: Wallet, path: Path) -> None:
        self.session.open_wallet(wallet, wallet.paths.folder)

    def _forgot(self, path: Path) -> None:
        self.forgot.start(path)
        self.show_screen(self.forgot)

    def _session_opened(self) -> None:
        self.banner.pin(self.session.is_demo)
        self.shell.refresh()
        self.shell.show_section("home")
        self.show_screen(self.shell)
        self.autolock.configure(self.session.settings.autolock_minutes)
        self.autolock.start()

    def _session_closed(self) -> None:
        self.autolock.stop()
        self.banner.pin(False)
        self.shell.clear()

    # ------------------------------------------------------------ locking
    def lock(self) -> None:
        """Drop the key and show the unlock screen; the demo is deleted instead."""
        if not self.session.is_open:
            return
        was_demo, path = self.session.is_demo, self.session.path
        self.session.close()
        if was_demo or path is None:
            self.go_home()
        else:
            self.open_path(path)

    def restore_backup(self, bundle: Path, passphrase: str) -> None:
        """Lock first (the database file is replaced), then restore, then ask to unlock."""
        path = self.session.path
        if path is None:
            return
        self.session.close()
        self.open_path(path)
        self.unlock.busy.start(_("Putting your backup back. This can take a minute…"))

        def done(safety: Path | None) -> None:
            self.open_path(path)
            note = _("Your backup has been put back. Enter your passphrase to open it.")
            if safety is not None:
                note += " " + _("A copy of the wallet as it was is kept at {path}").format(
                    path=safety
                )
            MessageDialog(_("Backup restored"), note, self).open()

        def failed(message: str) -> None:
            self.open_path(path)
            self.unlock.errors.show_problems([(message, self.unlock.passphrase.edit)])

        run_task(
            lambda: restore(bundle, path, passphrase=passphrase), done, failed, where="restore"
        )

    # ------------------------------------------------------------ appearance
    def set_language(self, code: str) -> None:
        from dpwallet.ui.i18n_qt import apply_language

        self.session.settings.language = code
        apply_language(code)
        for picker in (self.welcome.language_picker, self.shell.settings.language_picker):
            picker.set_current(code)
        self.apply_appearance()

    def set_text_size(self, percent: int) -> None:
        self.session.settings.text_size_percent = percent
        for size_picker in (self.welcome.size_picker, self.shell.settings.size_picker):
            size_picker.set_current(percent)
        self.apply_appearance()

    def apply_appearance(self) -> None:
        s = self.session.settings
        app = QApplication.instance()
        if isinstance(app, QApplication):
            look = (
                s.text_size_percent,
                s.high_contrast,
                s.easy_read,
                app.layoutDirection(),
                theme.system_prefers_high_contrast(),
                self.styleSheet(),
            )
            # Restyling every widget takes seconds with a wallet open: only when the look
            # changed (not, say, Welsh after English: same sizes, same direction).
            if look != self._look:
                theme.apply_theme(
                    app,
                    self,
                    text_size_percent=s.text_size_percent,
                    high_contrast=s.high_contrast,
                    easy_read=s.easy_read,
                )
                self._look = look[:-1] + (self.styleSheet(),)
        high = s.high_contrast and not theme.system_prefers_high_contrast()
        self.shell.set_icon_colour(theme.HIGH_CONTRAST.text if high else theme.LIGHT.text)
        self.shell.set_icon_size(QFontMetrics(self.font()).height())
        self.autolock.configure(s.autolock_minutes)
        with contextlib.suppress(OSError):
            s.save()

    def show_help(self) -> None:
        MessageDialog(
            _("Help"),
            _(
                "Use Tab to move between things and Space or Enter to press a button. "
                "Ctrl+1 to Ctrl+8 go to each section. Ctrl+L locks your wallet. "
                "Ctrl+Q closes dpwallet."
            ),
            self,
        ).open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Lock (or delete the demo) before the window goes."""
        if self.pending is not None:
            self.pending[0].lock()
            self.pending = None
        self.autolock.stop()
        self.session.close()
        super().closeEvent(event)
