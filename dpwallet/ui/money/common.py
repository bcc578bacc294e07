"""Small pieces every Money page shares: running a command, words for kinds, lookups.

Why one place: every edit must go through the service, be announced on the event bus
(so Home, Outcomes and the check-up read again) and show the service's kind sentence
when it is refused, never a traceback. ``run_command`` does exactly that, once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget
from sqlalchemy import select

from dpwallet.domain.errors import DpwalletError
from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.models import Receipt, WalletInfo
from dpwallet.services.changes import Changes
from dpwallet.services.returns import profile_for
from dpwallet.services.wallet import Wallet
from dpwallet.ui.event_bus import bus
from dpwallet.ui.widgets import ErrorSummary

ACCOUNT_KIND_KEYS = ("bank", "prepaid_card", "managed", "cash")


def account_kind_words(kind: str) -> str:
    """The person's words for the kinds of account a direct payment can be paid into."""
    words = {
        "bank": _("Bank account"),
        "prepaid_card": _("Prepaid card"),
        "managed": _("Managed account"),
        "cash": _("Petty cash"),
    }
    return words.get(kind, _("Account"))


def frequency_words(frequency: str) -> str:
    words = {
        "weekly": _("Every week"),
        "four-weekly": _("Every four weeks"),
        "monthly": _("Every month"),
    }
    return words.get(frequency, frequency)


def run_command(
    work: Callable[[], Changes],
    errors: ErrorSummary | None,
    target: QWidget | None = None,
) -> Changes | None:
    """Run one service command; announce it, or show its kind sentence in ``errors``."""
    try:
        changes = work()
    except DpwalletError as exc:
        if errors is not None:
            errors.show_problems([(str(exc), target)])
        return None
    if errors is not None:
        errors.clear()
    bus().announce(changes)
    return changes


def pounds_for_chart(amount: Money) -> float:
    """Pence to pounds as a float, ONLY for QtCharts to draw (it takes qreal).

    Money stays integer pence everywhere else; the figures people read come from
    ``format_money`` in the table beside every chart.
    """
    return amount.pence / 100


# Stopgap reads until the service offers them (see the Money issue report): the
# receipts kept with one payment and the council's receipt threshold.
def receipts_for(wallet: Wallet, tx_id: int) -> list[tuple[int, str]]:
    """(receipt id, label) for each receipt kept with payment ``tx_id``."""
    with wallet.read() as session:
        rows = session.execute(
            select(Receipt.id, Receipt.file_name)
            .where(Receipt.transaction_id == tx_id)
            .order_by(Receipt.id)
        ).all()
    return [(int(key), str(name)) for key, name in rows]


def receipt_threshold(wallet: Wallet) -> Money:
    """The council's "receipts for payments over ..." amount for this wallet."""
    with wallet.read() as session:
        info = session.scalars(select(WalletInfo)).first()
        return profile_for(info).receipt_threshold


def name_table(table: QTableView, name: str) -> None:
    """Name a table and its clickable header for screen readers (requirement 1)."""
    table.setAccessibleName(name)
    table.horizontalHeader().setAccessibleName(
        _("Column headings for {table}: choose one to sort").format(table=name)
    )
    table.horizontalHeader().setMinimumHeight(32)  # a 24 px target at least, with padding


def long_table(table: QTableView) -> None:
    """Fixed row heights for tables with hundreds of rows (measuring each is slow).

    Two lines of text high, so a row still reads comfortably at 200% text.
    """
    line = table.fontMetrics().height()
    header = table.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(int(line * 2.2))
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
