"""The Money section: accounts, payments, importing a statement, checking against a
statement, receipts and the council agreement, one tab each.

Why tabs and not one long page: each tab is one task (ux.md, "one thing per screen")
and Ctrl+Tab / the tab bar reach each by keyboard. Every page reads the wallet again when
any command is announced on the event bus, and the Undo/Redo actions sit on this screen
too, so Ctrl+Z works wherever the focus is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from dpwallet.i18n import _, pgettext
from dpwallet.services.changes import Changes
from dpwallet.ui.easyread import EasyButton, EasyReadView, attach_easy_read, easy_read_state
from dpwallet.ui.easyread.money import EasyMoney, money_facts
from dpwallet.ui.event_bus import bus
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.money.ledger_pages import AccountsPage, Page, PaymentsPage
from dpwallet.ui.page_buttons import PageButtons
from dpwallet.ui.session import Session
from dpwallet.ui.undo_actions import undo_actions
from dpwallet.ui.widgets import ScreenView, label, set_text
from dpwallet.ui.wrap_text import wrap_button


def _optional_pages() -> list[Page]:
    """The later tabs, each in its own module (import, check, receipts, agreement)."""
    pages: list[Page] = []
    factories: list[Callable[[], Page]] = []
    try:
        from dpwallet.ui.money.import_page import ImportPage

        factories.append(ImportPage)
    except ImportError:  # pragma: no cover - while the tab is being built
        pass
    try:
        from dpwallet.ui.money.check_pages import AgreementPage, ReceiptsPage, ReconcilePage

        factories.extend([ReconcilePage, ReceiptsPage, AgreementPage])
    except ImportError:  # pragma: no cover
        pass
    for make in factories:
        pages.append(make())
    return pages


class MoneyView(ScreenView):
    """Money: the person's accounts and payments, and the tools to keep them right."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moneyView")
        self.session = session
        self.title = label("h1", name="moneyTitle")
        self.undo = undo_actions()
        self.addAction(self.undo.undo_action)
        self.addAction(self.undo.redo_action)
        self.undo_button = wrap_button("moneyUndo")
        self.redo_button = wrap_button("moneyRedo")
        self.undo_button.clicked.connect(self.undo.undo)
        self.redo_button.clicked.connect(self.undo.redo)
        self.undo.undo_action.changed.connect(self._sync_undo_buttons)
        self.undo.redo_action.changed.connect(self._sync_undo_buttons)
        self.undo_words = label("secondary", name="moneyUndoWords")
        self.undo_words.hide()
        self.undo.done.connect(self._said)
        self.undo.failed.connect(self._said)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("moneyTabs")
        self.tabs.setDocumentMode(True)
        self.accounts = AccountsPage()
        self.payments = PaymentsPage()
        self.pages: list[Page] = [self.accounts, self.payments, *_optional_pages()]
        for page in self.pages:
            self.tabs.addTab(page, "")
        # The parts as buttons that wrap, so all six stay in sight at 200% text.
        self.parts = PageButtons(self.tabs, "moneyParts")
        self.add(self.title)
        self.content.addLayout(flow_row(self.undo_button, self.redo_button))
        self.add(self.undo_words, self.parts, self.tabs)
        self.content.addStretch(1)
        bus().changes_applied.connect(self._changed)
        # Easy read (easyread/money.py): the same facts as sentences; its buttons open this
        # screen's own forms and import page, and "Back to easy read" returns from there.
        self.easy_back = EasyButton("easy-read", "moneyBackToEasyRead")
        self.content.insertWidget(0, self.easy_back, 0, Qt.AlignmentFlag.AlignLeading)
        self.easy = EasyMoney()
        self.easy.statement_requested.connect(self._easy_statement)
        self.easy.payment_requested.connect(self._easy_payment)
        self._easy_switch = attach_easy_read(self, self.easy)
        self.easy_back.clicked.connect(lambda: self._easy_switch.follow(True))
        self._easy_switch.stack.currentChanged.connect(self._easy_back_shown)
        self._easy_stale = False
        # A bound method, not a lambda: the connection to the app-wide state then ends
        # with this screen.
        easy_read_state().changed.connect(self._easy_read_changed)
        self._easy_back_shown()
        self.retranslate_ui()

    def _easy_read_changed(self, on: bool) -> None:
        self._easy_back_shown()
        if on and self._easy_stale:
            self._feed_easy()

    def easy_read_view(self) -> EasyReadView | None:
        """The easy read Money while easy read is on (the shell's corner asks for it)."""
        return self._easy_switch.active_easy_view()

    def _easy_back_shown(self, _index: int = 0) -> None:
        away = easy_read_state().on and self._easy_switch.active_easy_view() is None
        self.easy_back.setVisible(away)

    def _easy_statement(self) -> None:
        """Easy read's "Add a bank statement": this screen's import page, then its file
        chooser; choosing no file goes straight back to easy read."""
        page = self.show_page("importPage")
        self._easy_switch.stack.setCurrentWidget(self.scroller)
        choose = getattr(page, "choose_file", None)
        if choose is not None:
            choose()
        if getattr(page, "_file", None) is None:
            self._easy_switch.follow(easy_read_state().on)

    def _easy_payment(self) -> None:
        """Easy read's "Add a payment": the same form as the Payments tab."""
        self.payments.add_payment()

    def _feed_easy(self) -> None:
        """Give easy read the facts; while it is off, only when it is next switched on."""
        wallet = self.session.wallet if self.session.is_open else None
        self._easy_stale = wallet is not None and not easy_read_state().on
        if not self._easy_stale:
            self.easy.show_money(money_facts(wallet) if wallet is not None else None)

    def page(self, name: str) -> Page:
        return next(p for p in self.pages if p.objectName() == name)

    def show_page(self, name: str) -> Page:
        page = self.page(name)
        self.tabs.setCurrentWidget(page)
        return page

    def refresh(self) -> None:
        wallet = self.session.wallet if self.session.is_open else None
        self.undo.set_wallet(wallet)
        for page in self.pages:
            page.show_wallet(wallet)
        self._sync_undo_buttons()
        self._feed_easy()

    def clear(self) -> None:
        for page in self.pages:
            page.show_wallet(None)
        self.easy.show_money(None)

    def _changed(self, changes: Changes) -> None:
        if self.session.is_open and self.pages[0].wallet is not None:
            for page in self.pages:
                page.reload()
            self._feed_easy()
            if changes.action == "import statement" and easy_read_state().on:
                self._easy_switch.follow(True)  # the statement added from easy read: show it

    def _said(self, text: str) -> None:
        self.undo_words.setText(text)
        self.undo_words.setVisible(bool(text))

    def _sync_undo_buttons(self) -> None:
        for action, part in (
            (self.undo.undo_action, self.undo_button),
            (self.undo.redo_action, self.redo_button),
        ):
            set_text(part, action.text().replace("&", "&&"))
            part.setAccessibleName(action.text())
            part.setEnabled(action.isEnabled())

    def first_focus(self) -> QWidget | None:
        return self.parts.current_button()

    def retranslate_ui(self) -> None:
        self.title.setText(_("Money"))
        self.easy_back.set_words(pgettext("easyread", "Back to easy read"))
        self.undo.refresh()
        self._sync_undo_buttons()
        titles = {
            "accountsPage": _("Accounts"),
            "paymentsPage": _("Payments"),
            "importPage": _("Import a statement"),
            "reconcilePage": _("Check against a statement"),
            "receiptsPage": _("Receipts"),
            "agreementPage": _("Your agreement"),
        }
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, titles.get(page.objectName(), ""))
            page.retranslate_ui()
        self.tabs.setAccessibleName(_("Money"))
        self.tabs.tabBar().setAccessibleName(_("Parts of Money"))
        self.parts.sync_words()
