"""The Accounts and Payments pages of the Money screen.

Why buttons under each table and no right-click menu: every action must be reachable
by keyboard and visible (ux.md: no hover-only controls). Deleting is not confirmed,
because Undo (Ctrl+Z) puts it back; only unlocking a checked payment asks first,
because it reopens a payment already agreed with a statement.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from dpwallet.i18n import _, ngettext
from dpwallet.services import money_ledger, money_service
from dpwallet.services.money_ledger import LedgerRow
from dpwallet.services.money_service import AccountRow
from dpwallet.services.wallet import Wallet
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.money.common import long_table, name_table, run_command
from dpwallet.ui.money.forms import (
    AccountDialog,
    CategoriseDialog,
    FormDialog,
    PaymentDialog,
    TransferDialog,
    line_edit,
)
from dpwallet.ui.money.money_models import AccountTableModel, PaymentTableModel
from dpwallet.ui.money.unlock import ask_to_unlock
from dpwallet.ui.people.parts import selected_row, table_view
from dpwallet.ui.widgets import ErrorSummary, label, set_text
from dpwallet.ui.wrap_text import wrap_button


class Page(QWidget):
    """A page of the Money screen: an error summary, a heading and a wallet to read."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.wallet: Wallet | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 8, 0, 0)
        self.box.setSpacing(12)
        self.errors = ErrorSummary()
        self.heading = label("h2", name=f"{name}Heading")
        self.intro = label("secondary", name=f"{name}Intro")
        for part in (self.errors, self.heading, self.intro):
            self.box.addWidget(part)

    def show_wallet(self, wallet: Wallet | None) -> None:
        self.wallet = wallet
        self.errors.clear()
        self.reload()

    def reload(self) -> None:
        """Read the wallet again; pages override."""

    def retranslate_ui(self) -> None:
        """Word the page again; pages override."""

    def open_form(self, dialog: FormDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted


class AccountsPage(Page):
    """Each account with its balance today; add, rename, close or open again."""

    def __init__(self) -> None:
        super().__init__("accountsPage")
        self.model = AccountTableModel()
        self.table = table_view("accountsTable", self.model, rows_shown=4)
        self.empty = label(name="accountsEmpty")
        self.add_button = wrap_button("addAccount", primary=True)
        self.rename_button = wrap_button("renameAccount")
        self.close_button = wrap_button("closeAccount")
        self.add_button.clicked.connect(self.add_account)
        self.rename_button.clicked.connect(self.rename_account)
        self.close_button.clicked.connect(self.close_account)
        self.box.addWidget(self.empty)
        self.box.addWidget(self.table)
        self.box.addLayout(flow_row(self.add_button, self.rename_button, self.close_button))
        self.box.addStretch(1)  # keep the page together at the top, not spread down the tab
        self.retranslate_ui()

    def reload(self) -> None:
        rows = money_service.accounts(self.wallet) if self.wallet else []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        for part in (self.rename_button, self.close_button):
            part.setEnabled(bool(rows))

    def chosen(self) -> AccountRow | None:
        return self.model.row_at(selected_row(self.table))

    def add_account(self) -> None:
        if self.wallet is not None:
            self.open_form(AccountDialog(self.wallet, parent=self))

    def rename_account(self) -> None:
        row = self.chosen()
        if row is None:
            self.errors.show_problems([(_("Choose an account in the list first."), self.table)])
        elif self.wallet is not None:
            self.open_form(AccountDialog(self.wallet, row.id, row.name, parent=self))

    def close_account(self) -> None:
        row, wallet = self.chosen(), self.wallet
        if row is None or wallet is None:
            self.errors.show_problems([(_("Choose an account in the list first."), self.table)])
            return
        run_command(
            lambda: money_service.close_account(wallet, row.id, closed=not row.closed),
            self.errors,
        )

    def retranslate_ui(self) -> None:
        self.heading.setText(_("Your accounts"))
        self.intro.setText(
            _(
                "Where your direct payment is kept: a bank account, a prepaid card, a managed "
                "account or petty cash."
            )
        )
        self.empty.setText(
            _("No accounts yet. Add the account your council pays into, or import a statement.")
        )
        set_text(self.add_button, _("Add an account…"))
        set_text(self.rename_button, _("Rename…"))
        set_text(self.close_button, _("Close or open again"))
        name_table(self.table, _("Your accounts"))
        self.model.retranslate()


class PaymentsPage(Page):
    """Every payment in and out: find, sort, add, change, delete, move money, file."""

    def __init__(self) -> None:
        super().__init__("paymentsPage")
        self.filter = line_edit("paymentsFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _text: self.reload())
        self.filter_label = label(name="paymentsFilterLabel")
        self.filter_label.setBuddy(self.filter)
        self.count = label("secondary", name="paymentsCount")
        self.outcome_names: dict[int, str] = {}
        self.model = PaymentTableModel(lambda key: self.outcome_names.get(key or -1, ""))
        self.table = table_view("paymentsTable", self.model, rows_shown=8)
        long_table(self.table)
        self.table.row_lines = 2.2  # the table keeps long_table's height at every text size
        self.table.doubleClicked.connect(lambda _index: self.edit_payment())
        self.empty = label(name="paymentsEmpty")
        self.add_button = wrap_button("addPayment", primary=True)
        self.edit_button = wrap_button("editPayment")
        self.delete_button = wrap_button("deletePayment")
        self.category_button = wrap_button("categorisePayment")
        self.transfer_button = wrap_button("transferMoney")
        self.add_button.clicked.connect(self.add_payment)
        self.edit_button.clicked.connect(self.edit_payment)
        self.delete_button.clicked.connect(self.delete_payment)
        self.category_button.clicked.connect(self.categorise)
        self.transfer_button.clicked.connect(self.transfer)
        for part in (self.filter_label, self.filter, self.count, self.empty, self.table):
            self.box.addWidget(part)
        self.box.addLayout(flow_row(self.add_button, self.edit_button, self.delete_button))
        self.box.addLayout(flow_row(self.category_button, self.transfer_button))
        self.retranslate_ui()

    def reload(self) -> None:
        wallet = self.wallet
        if wallet is None:
            self.model.set_rows([])
            return
        self.outcome_names = {
            o.id: o.text for o in money_service.outcomes(wallet, include_archived=True)
        }
        rows = money_ledger.payments(wallet, search=self.filter.text())
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._word_count()

    def _word_count(self) -> None:
        """The count and the empty note, worded again without reading the wallet again."""
        shown = len(self.model.rows)
        searching = bool(self.filter.text().strip())
        self.empty.setText(
            _("No payments match \u201c{words}\u201d.").format(words=self.filter.text().strip())
            if searching
            else _("No payments yet. Import a statement from your bank, or add a payment by hand.")
        )
        self.count.setText(ngettext("{n} payment", "{n} payments", shown).format(n=shown))

    def chosen(self) -> LedgerRow | None:
        row = self.model.row_at(selected_row(self.table))
        if row is None:
            self.errors.show_problems([(_("Choose a payment in the list first."), self.table)])
        return row

    def add_payment(self) -> None:
        if self.wallet is not None:
            self.open_form(PaymentDialog(self.wallet, parent=self))

    def edit_payment(self) -> None:
        row = self.chosen()
        if row is None or self.wallet is None:
            return
        if row.locked and not ask_to_unlock(self, self.wallet, row, self.errors):
            return
        self.open_form(PaymentDialog(self.wallet, self._fresh(row), parent=self))

    def _fresh(self, row: LedgerRow) -> LedgerRow:
        """The row as it is now (unlocking changed it)."""
        if self.wallet is None:
            return row
        found = [r for r in money_ledger.payments(self.wallet) if r.id == row.id]
        return found[0] if found else row

    def delete_payment(self) -> None:
        """Delete at once (Undo puts it back); a checked payment is unlocked first, if agreed."""
        row, wallet = self.chosen(), self.wallet
        if row is None or wallet is None:
            return
        if row.locked and not ask_to_unlock(self, wallet, row, self.errors):
            return
        if run_command(lambda: money_ledger.delete_payment(wallet, row.id), self.errors):
            self.count.setText(
                _("Deleted. Press Ctrl+Z to put it back. {count}").format(count=self.count.text())
            )

    def categorise(self) -> None:
        row = self.chosen()
        if row is not None and self.wallet is not None:
            self.open_form(CategoriseDialog(self.wallet, row, parent=self))

    def transfer(self) -> None:
        if self.wallet is not None:
            self.open_form(TransferDialog(self.wallet, parent=self))

    def retranslate_ui(self) -> None:
        self.heading.setText(_("Payments"))
        self.intro.setText(
            _("Money in and out of your accounts, newest first. Click a column heading to sort.")
        )
        self.filter_label.setText(_("Find a payment"))
        self.filter.setAccessibleName(_("Find a payment"))
        self.filter.setPlaceholderText(_("Payee, description or category"))
        set_text(self.add_button, _("Add a payment…"))
        set_text(self.edit_button, _("Change…"))
        set_text(self.delete_button, _("Delete"), _("You can undo this with Ctrl+Z"))
        set_text(self.category_button, _("Choose a category…"))
        set_text(self.transfer_button, _("Move money between accounts…"))
        name_table(self.table, _("Payments"))
        self.model.retranslate()  # cells are worded at display time: no need to read again
        self._word_count()
