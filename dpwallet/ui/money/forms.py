"""The form dialogs of the Money screens: a payment, a transfer, an account, a category.

Why one base (``FormDialog``): every form checks only when the person presses Save,
lists each problem under "There is a problem" and beside its field, and hands the
service's kind sentence back the same way (ux.md, "Errors and warnings"). A form's
``submit`` returns the service's ``Changes``; the dialog closes only when it worked.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from dpwallet.domain import categories
from dpwallet.domain.errors import DpwalletError
from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.i18n.money_input import MoneyInputError, parse_money
from dpwallet.services import money_ledger, money_rules, money_service
from dpwallet.services.changes import Changes
from dpwallet.services.money_ledger import LedgerRow, PaymentDetails
from dpwallet.services.wallet import Wallet
from dpwallet.ui.dialog_frame import FittedDialog
from dpwallet.ui.event_bus import bus
from dpwallet.ui.money.common import ACCOUNT_KIND_KEYS, account_kind_words
from dpwallet.ui.people.parts import MIN_TARGET, DateInput
from dpwallet.ui.widgets import ErrorSummary, Field, label
from dpwallet.ui.wrap_text import wrap_button

Problems = list[tuple[str, QWidget | None]]


def line_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMinimumHeight(MIN_TARGET)
    return edit


def combo(name: str, *, editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setEditable(editable)
    box.setMinimumHeight(MIN_TARGET)
    # A long choice (an outcome in the person's own words) must not make the form wider
    # than the window at 200% text; the open list still shows every word.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    return box


def name_typing_box(box: QComboBox) -> None:
    """Give an editable box's typing part the box's own name, so a screen reader says it."""
    editor = box.lineEdit()
    if editor is not None:
        editor.setAccessibleName(box.accessibleName())
        editor.setAccessibleDescription(box.accessibleDescription())


def read_money(field: Field, edit: QLineEdit, problems: Problems) -> Money | None:
    """The typed amount, or the parser's kind sentence beside the field and in the list."""
    try:
        amount = parse_money(edit.text(), allow_negative=False)
    except MoneyInputError as exc:
        field.set_error(str(exc))
        problems.append((str(exc), edit))
        return None
    field.set_error("")
    return amount


def read_date(field: Field, box: DateInput, problems: Problems) -> dt.date | None:
    try:
        day = box.date()
    except ValueError as exc:
        field.set_error(str(exc))
        problems.append((str(exc), box.edits[0]))
        return None
    if day is None:
        message = _("Enter the date, like 27 3 2026.")
        field.set_error(message)
        problems.append((message, box.edits[0]))
    else:
        field.set_error("")
    return day


class FormDialog(FittedDialog):
    """A titled form with Save and Go back; ``submit`` does the work and may refuse.

    The fields scroll when the text is large; Save and Go back stay at the bottom.
    """

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=520, spacing=10)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)
        self.layout_ = self.content
        self.errors = ErrorSummary()
        self.heading = label("h2", name=f"{name}Title")
        self.heading.setText(title)
        self.layout_.addWidget(self.errors)
        self.layout_.addWidget(self.heading)
        self.save = wrap_button(f"{name}Save", primary=True)
        self.save.setText(_("Save"))
        self.save.setAccessibleName(_("Save"))
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        self.cancel = wrap_button(f"{name}Cancel")
        self.cancel.setText(_("Go back"))
        self.cancel.setAccessibleName(_("Go back"))
        self.cancel.clicked.connect(self.reject)
        self.changes: Changes | None = None

    def add_field(self, field: Field) -> Field:
        self.layout_.addWidget(field)
        return field

    def finish(self) -> None:
        """Put the buttons last, after the subclass added its fields."""
        self.set_buttons(self.save, self.cancel)

    def submit(self, problems: Problems) -> Changes | None:
        raise NotImplementedError

    def _save(self) -> None:
        problems: Problems = []
        try:
            changes = self.submit(problems)
        except DpwalletError as exc:
            problems.append((str(exc), None))
            changes = None
        if problems or changes is None:
            self.errors.show_problems(problems)
            return
        self.changes = changes
        bus().announce(changes)
        self.accept()


def fill_accounts(box: QComboBox, wallet: Wallet, chosen: int | None = None) -> None:
    box.clear()
    for row in money_service.accounts(wallet, include_closed=False):
        box.addItem(row.name, row.id)
    if chosen is not None and box.findData(chosen) >= 0:
        box.setCurrentIndex(box.findData(chosen))


def fill_outcomes(box: QComboBox, wallet: Wallet, chosen: int | None = None) -> None:
    box.clear()
    box.addItem(_("Not linked to an outcome"), None)
    for row in money_service.outcomes(wallet):
        box.addItem(row.text, row.id)
    if chosen is not None and box.findData(chosen) >= 0:
        box.setCurrentIndex(box.findData(chosen))


def fill_categories(box: QComboBox, current: str = "") -> None:
    box.clear()
    known = [
        categories.COUNCIL_PAYMENT,
        categories.CONTRIBUTION,
        categories.WAGES,
        categories.HMRC,
        categories.PENSION,
        categories.AGENCY,
    ]
    for word in known:
        box.addItem(_(word), word)
    box.setEditText(current)


class PaymentDialog(FormDialog):
    """Add a payment by hand, or change one; the usual category is offered for the payee."""

    def __init__(self, wallet: Wallet, row: LedgerRow | None = None, parent: QWidget | None = None):
        title = _("Change a payment") if row else _("Add a payment")
        super().__init__("paymentDialog", title, parent)
        self.wallet, self.row = wallet, row
        self.account = combo("paymentAccount")
        fill_accounts(self.account, wallet, row.account_id if row else None)
        self.account_field = self.add_field(Field(self.account, "paymentAccount"))
        self.account_field.set_texts(_("Account"))
        self.direction = combo("paymentDirection")
        self.direction.addItem(_("Money going out"), -1)
        self.direction.addItem(_("Money coming in"), 1)
        self.direction_field = self.add_field(Field(self.direction, "paymentDirection"))
        self.direction_field.set_texts(_("Going out or coming in?"))
        self.date = DateInput("paymentDate")
        self.date.set_names(_("Date"))
        self.date_field = self.add_field(Field(self.date, "paymentDate"))
        self.date_field.set_texts(_("Date"), _("For example, 27 3 2026"))
        self.amount = line_edit("paymentAmount")
        self.amount_field = self.add_field(Field(self.amount, "paymentAmount"))
        self.amount_field.set_texts(_("Amount"), _("Like £12.50"))
        self.payee = line_edit("paymentPayee")
        self.payee.editingFinished.connect(self.suggest)
        self.payee_field = self.add_field(Field(self.payee, "paymentPayee"))
        self.payee_field.set_texts(_("Paid to or from"))
        self.description = line_edit("paymentDescription")
        self.description_field = self.add_field(Field(self.description, "paymentDescription"))
        self.description_field.set_texts(_("What it was for (optional)"))
        self.category = combo("paymentCategory", editable=True)
        fill_categories(self.category, row.category if row else "")
        self.category_field = self.add_field(Field(self.category, "paymentCategory"))
        self.category_field.set_texts(_("Category (optional)"))
        name_typing_box(self.category)
        self.outcome = combo("paymentOutcome")
        fill_outcomes(self.outcome, wallet, row.outcome_id if row else None)
        self.outcome_field = self.add_field(Field(self.outcome, "paymentOutcome"))
        self.outcome_field.set_texts(_("Which outcome in your support plan? (optional)"))
        self.finish()
        if row is not None:
            self.direction.setCurrentIndex(0 if row.amount.pence < 0 else 1)
            self.date.set_date(row.date)
            self.amount.setText(abs(row.amount).to_str())
            self.payee.setText(row.payee)
            self.description.setText(row.description)
        else:
            self.date.set_date(wallet.clock.today())

    def suggest(self) -> None:
        """Offer what the person usually chooses for this payee, if nothing is chosen yet."""
        found = money_rules.suggestion(self.wallet, self.payee.text())
        if found is None:
            self.category_field.set_texts(_("Category (optional)"))
            name_typing_box(self.category)
            return
        if not self.category.currentText().strip():
            self.category.setEditText(found.category)
            if found.outcome_id is not None and self.outcome.findData(found.outcome_id) >= 0:
                self.outcome.setCurrentIndex(self.outcome.findData(found.outcome_id))
        self.category_field.set_texts(
            _("Category (optional)"),
            _("You usually file this payee under \u201c{category}\u201d.").format(
                category=found.category
            ),
        )
        name_typing_box(self.category)

    def details(self, problems: Problems) -> PaymentDetails | None:
        amount = read_money(self.amount_field, self.amount, problems)
        day = read_date(self.date_field, self.date, problems)
        if self.account.currentData() is None:
            message = _("Add an account first, then add its payments.")
            problems.append((message, self.account))
        if problems or amount is None or day is None:
            return None
        sign = int(self.direction.currentData() or -1)
        return PaymentDetails(
            int(self.account.currentData()),
            day,
            Money(amount.pence * sign),
            self.payee.text().strip(),
            self.description.text().strip(),
            self.category.currentText().strip(),
            self.outcome.currentData(),
        )

    def submit(self, problems: Problems) -> Changes | None:
        details = self.details(problems)
        if details is None:
            return None
        if self.row is None:
            return money_ledger.add_payment(self.wallet, details)
        return money_ledger.edit_payment(self.wallet, self.row.id, details)


class TransferDialog(FormDialog):
    """Move money between the person's own accounts (never counted as spending)."""

    def __init__(self, wallet: Wallet, parent: QWidget | None = None) -> None:
        super().__init__("transferDialog", _("Move money between your accounts"), parent)
        self.wallet = wallet
        self.source = combo("transferFrom")
        fill_accounts(self.source, wallet)
        self.add_field(Field(self.source, "transferFrom")).set_texts(_("From"))
        self.target = combo("transferTo")
        fill_accounts(self.target, wallet)
        self.target.setCurrentIndex(min(1, self.target.count() - 1))
        self.add_field(Field(self.target, "transferTo")).set_texts(_("To"))
        self.amount = line_edit("transferAmount")
        self.amount_field = self.add_field(Field(self.amount, "transferAmount"))
        self.amount_field.set_texts(_("Amount"), _("Like £40.00"))
        self.date = DateInput("transferDate")
        self.date.set_names(_("Date"))
        self.date.set_date(wallet.clock.today())
        self.date_field = self.add_field(Field(self.date, "transferDate"))
        self.date_field.set_texts(_("Date"))
        self.note = line_edit("transferNote")
        self.add_field(Field(self.note, "transferNote")).set_texts(_("Note (optional)"))
        self.finish()

    def submit(self, problems: Problems) -> Changes | None:
        amount = read_money(self.amount_field, self.amount, problems)
        day = read_date(self.date_field, self.date, problems)
        if amount is None or day is None:
            return None
        return money_ledger.transfer(
            self.wallet,
            int(self.source.currentData()),
            int(self.target.currentData()),
            amount,
            day,
            self.note.text().strip(),
        )


class AccountDialog(FormDialog):
    """Add an account (bank, prepaid card, managed account, petty cash) or rename one."""

    def __init__(
        self,
        wallet: Wallet,
        account_id: int | None = None,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        title = _("Rename an account") if account_id else _("Add an account")
        super().__init__("accountDialog", title, parent)
        self.wallet, self.account_id = wallet, account_id
        self.name = line_edit("accountName")
        self.name.setText(name)
        self.name_field = self.add_field(Field(self.name, "accountName"))
        self.name_field.set_texts(_("Name"), _("For example, Barclays or AllPay card"))
        self.kind = combo("accountKind")
        for key in ACCOUNT_KIND_KEYS:
            self.kind.addItem(account_kind_words(key), key)
        self.kind_field = self.add_field(Field(self.kind, "accountKind"))
        self.kind_field.set_texts(_("What kind of account is it?"))
        self.opening = line_edit("accountOpening")
        self.opening.setText("0.00")
        self.opening_field = self.add_field(Field(self.opening, "accountOpening"))
        self.opening_field.set_texts(_("Money in it today"), _("Like £250.00"))
        for part in (self.kind_field, self.opening_field):
            part.setVisible(account_id is None)
        self.finish()

    def submit(self, problems: Problems) -> Changes | None:
        if self.account_id is not None:
            return money_service.rename_account(self.wallet, self.account_id, self.name.text())
        opening = read_money(self.opening_field, self.opening, problems)
        if opening is None:
            return None
        return money_service.add_account(
            self.wallet, self.name.text(), str(self.kind.currentData()), opening
        )


class CategoriseDialog(FormDialog):
    """File a payment under a category and outcome; the app learns it for next time."""

    def __init__(self, wallet: Wallet, row: LedgerRow, parent: QWidget | None = None) -> None:
        super().__init__("categoriseDialog", _("Choose a category"), parent)
        self.wallet, self.row = wallet, row
        found = money_rules.suggestion(wallet, row.payee)
        self.category = combo("categoriseCategory", editable=True)
        fill_categories(self.category, row.category or (found.category if found else ""))
        hint = (
            _("You usually file this payee under \u201c{category}\u201d.").format(
                category=found.category
            )
            if found
            else _("dpwallet will remember this for the next payment to the same payee.")
        )
        field = self.add_field(Field(self.category, "categoriseCategory"))
        field.set_texts(_("Category"), hint)
        name_typing_box(self.category)
        self.outcome = combo("categoriseOutcome")
        chosen = row.outcome_id or (found.outcome_id if found else None)
        fill_outcomes(self.outcome, wallet, chosen)
        self.add_field(Field(self.outcome, "categoriseOutcome")).set_texts(
            _("Which outcome in your support plan?")
        )
        self.finish()

    def submit(self, problems: Problems) -> Changes | None:
        return money_rules.categorise(
            self.wallet, [self.row.id], self.category.currentText(), self.outcome.currentData()
        )
