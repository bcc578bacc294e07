"""Table models for the Money screens, each over immutable rows from the services.

Why plain readers: the services already give frozen dataclasses (``LedgerRow``,
``AccountRow``, ``StatementRow``, ``NeedsReceipt``); the models only word them at display
time (so a language switch rewords every cell) and sort by the real value, not the text.
Amounts are right-aligned; status (receipt, locked) is in words, never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_money
from dpwallet.imports import StatementRow
from dpwallet.services.money_ledger import LedgerRow
from dpwallet.services.money_receipts import NeedsReceipt
from dpwallet.services.money_service import AccountRow, OutcomeRow
from dpwallet.ui.money.common import account_kind_words
from dpwallet.ui.people.parts import Column, Index, RowTableModel


def receipt_words(row: LedgerRow) -> str:
    if row.receipts:
        return _("Receipt kept")
    return ""


def locked_words(row: LedgerRow) -> str:
    return _("Checked against a statement") if row.locked else ""


def _payee(row: LedgerRow) -> str:
    return row.payee or _("(no name)")


class PaymentTableModel(RowTableModel[LedgerRow]):
    """Date, payee, description, category, outcome, amount, receipt, checked."""

    def __init__(self, outcome_text: Callable[[int | None], str] | None = None) -> None:
        self.outcome_text = outcome_text or (lambda _key: "")
        super().__init__(
            [
                Column(lambda: _("Date"), lambda r: format_date(r.date), lambda r: (r.date, r.id)),
                Column(lambda: _("Paid to or from"), _payee, lambda r: r.payee.casefold()),
                Column(lambda: _("Description"), lambda r: r.description),
                Column(lambda: _("Category"), lambda r: r.category),
                Column(lambda: _("Outcome"), lambda r: self.outcome_text(r.outcome_id)),
                Column(
                    lambda: _("Amount"),
                    lambda r: format_money(r.amount),
                    lambda r: r.amount.pence,
                    amount=True,
                ),
                Column(lambda: _("Receipt"), receipt_words, lambda r: r.receipts),
                Column(lambda: _("Checked"), locked_words, lambda r: r.locked),
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            row = self.row_at(index.row())
            column = self.columns[index.column()]
            if row is not None and column.text(row) == "" and index.column() == 6:
                return _("No receipt")
        return super().data(index, role)


class AccountTableModel(RowTableModel[AccountRow]):
    """Name, kind, balance today and whether the account is closed."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(lambda: _("Account"), lambda r: r.name, lambda r: r.name.casefold()),
                Column(lambda: _("Kind"), lambda r: account_kind_words(r.kind)),
                Column(
                    lambda: _("Balance"),
                    lambda r: format_money(r.balance),
                    lambda r: r.balance.pence,
                    amount=True,
                ),
                Column(lambda: _("Status"), lambda r: _("Closed") if r.closed else _("Open")),
            ]
        )


class StatementTableModel(RowTableModel[StatementRow]):
    """The rows of a statement before import, marked "New" or "Already in your wallet"."""

    def __init__(self) -> None:
        self.new_lines: set[int] = set()
        super().__init__(
            [
                Column(lambda: _("Line"), lambda r: str(r.line), lambda r: r.line),
                Column(lambda: _("Date"), lambda r: format_date(r.date), lambda r: r.date),
                Column(lambda: _("Paid to or from"), lambda r: r.payee),
                Column(
                    lambda: _("Amount"),
                    lambda r: format_money(r.amount),
                    lambda r: r.amount.pence,
                    amount=True,
                ),
                Column(
                    lambda: _("Will it be added?"),
                    lambda r: _("New") if r.line in self.new_lines else _("Already in your wallet"),
                ),
            ]
        )


class ReceiptsNeededTableModel(RowTableModel[NeedsReceipt]):
    """Payments over the council's threshold that still need a receipt."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(lambda: _("Date"), lambda r: format_date(r.date), lambda r: r.date),
                Column(lambda: _("Paid to"), lambda r: r.payee or _("(no name)")),
                Column(
                    lambda: _("Amount"),
                    lambda r: format_money(r.amount),
                    lambda r: r.amount.pence,
                    amount=True,
                ),
            ]
        )


class OutcomeTableModel(RowTableModel[OutcomeRow]):
    """The support-plan outcomes with the optional hours or money a week."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(lambda: _("Outcome"), lambda r: r.text, lambda r: r.text.casefold()),
                Column(
                    lambda: _("Hours a week"),
                    lambda r: "" if r.hours_per_week is None else str(r.hours_per_week),
                    lambda r: r.hours_per_week or 0,
                    amount=True,
                ),
                Column(
                    lambda: _("Money a week"),
                    lambda r: "" if r.money_per_week is None else format_money(r.money_per_week),
                    lambda r: r.money_per_week.pence if r.money_per_week else 0,
                    amount=True,
                ),
                Column(
                    lambda: _("Status"),
                    lambda r: _("Put away") if r.archived else _("In your plan"),
                ),
            ]
        )
