"""The Receipts tab: payments over the council's threshold that still need a receipt.

Why this shape (security.md F-3): the chosen file is read into memory and handed to the
service, which checks and cleans it off the GUI thread; nothing is written to disk when
a receipt is shown (an image is drawn from its bytes, a PDF is only saved where the
person chooses). Dropping a file onto the page does the same as "Add a receipt…".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpwallet.domain.errors import BadInputFile, DpwalletError
from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_money
from dpwallet.services import money_ledger, money_receipts
from dpwallet.services.changes import Changes
from dpwallet.services.council_profiles import current_setting
from dpwallet.ui import tasks
from dpwallet.ui.event_bus import bus
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.money.common import name_table, receipts_for, run_command
from dpwallet.ui.money.ledger_pages import Page
from dpwallet.ui.money.money_models import ReceiptsNeededTableModel
from dpwallet.ui.people.parts import MIN_TARGET, Column, RowTableModel, selected_row, table_view
from dpwallet.ui.widgets import BusyLine, label, set_text
from dpwallet.ui.wrap_text import wrap_button

RECEIPT_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".bmp", ".pdf")
LOOK_BACK_DAYS = 92  # about three months


@dataclass(frozen=True)
class KeptReceipt:
    receipt_id: int
    label: str
    date: dt.date
    amount: Money
    payee: str


class KeptReceiptsModel(RowTableModel[KeptReceipt]):
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
                Column(lambda: _("Receipt"), lambda r: r.label),
            ]
        )


def big_button(name: str, *, primary: bool = False) -> QPushButton:
    """A button at least the 32 px target high, with or without the app's style sheet."""
    widget = wrap_button(name, primary=primary)
    widget.setMinimumHeight(MIN_TARGET)
    return widget


def read_receipt_file(path: str) -> bytes:
    """At most one byte over the limit, so a huge file is refused without reading it all."""
    with open(path, "rb") as handle:
        return handle.read(money_receipts.MAX_BYTES + 1)


class ReceiptViewer(QDialog):
    """One receipt shown from its bytes: a picture, or a PDF offered as "Save a copy…"."""

    def __init__(self, name: str, media_type: str, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("receiptViewer")
        self.name, self.data = name, data
        self.setWindowTitle(name)
        self.setAccessibleName(_("Receipt {name}").format(name=name))
        layout = QVBoxLayout(self)
        self.words = label(name="receiptViewerWords")
        layout.addWidget(self.words)
        self.picture = QLabel()
        self.picture.setObjectName("receiptPicture")
        pixmap = QPixmap()
        self.is_image = media_type.startswith("image/") and pixmap.loadFromData(data)
        if self.is_image:
            self.picture.setPixmap(pixmap)
            self.picture.setAccessibleName(_("Picture of the receipt {name}").format(name=name))
            scroller = QScrollArea()
            scroller.setWidget(self.picture)
            scroller.setMinimumSize(480, 360)
            layout.addWidget(scroller)
            self.words.setText(_("The receipt {name}.").format(name=name))
        else:
            self.words.setText(
                _("{name} is a PDF. Save a copy to open it in your PDF reader.").format(name=name)
            )
        self.save_copy = big_button("receiptSaveCopy")
        set_text(self.save_copy, _("Save a copy…"))
        self.save_copy.clicked.connect(self.save)
        self.close_button = big_button("receiptViewerClose", primary=True)
        set_text(self.close_button, _("Close"))
        self.close_button.clicked.connect(self.accept)
        layout.addLayout(flow_row(self.save_copy, self.close_button))

    def save(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, _("Save a copy of the receipt"), self.name
        )
        if path:
            Path(path).write_bytes(self.data)
            self.words.setText(_("Saved a copy."))


class ReceiptsPage(Page):
    """Add a receipt to a payment that needs one; view or remove the ones kept."""

    def __init__(self) -> None:
        super().__init__("receiptsPage")
        self.setAcceptDrops(True)
        self.needed_heading = label("h3", name="receiptsNeededHeading")
        self.needed_model = ReceiptsNeededTableModel()
        self.needed = table_view("receiptsNeededTable", self.needed_model, rows_shown=5)
        self.needed_empty = label(name="receiptsNeededEmpty")
        self.add_button = big_button("addReceipt", primary=True)
        self.add_button.clicked.connect(self.choose_file)
        self.busy = BusyLine()
        self.done = label("secondary", name="receiptsDone")
        self.done.hide()
        self.kept_heading = label("h3", name="receiptsKeptHeading")
        self.kept_model = KeptReceiptsModel()
        self.kept = table_view("receiptsKeptTable", self.kept_model, rows_shown=4)
        self.kept_empty = label(name="receiptsKeptEmpty")
        self.view_button = big_button("viewReceipt")
        self.remove_button = big_button("removeReceipt")
        self.view_button.clicked.connect(self.view)
        self.remove_button.clicked.connect(self.remove)
        for part in (self.needed_heading, self.needed_empty, self.needed):
            self.box.addWidget(part)
        self.box.addLayout(flow_row(self.add_button))
        self.box.addWidget(self.busy)
        for part in (self.done, self.kept_heading, self.kept_empty, self.kept):
            self.box.addWidget(part)
        self.box.addLayout(flow_row(self.view_button, self.remove_button))
        self.box.addStretch(1)
        self.task: tasks.Task | None = None
        self.threshold = Money(0)
        self.retranslate_ui()

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        wallet = self.wallet
        needed: list[money_receipts.NeedsReceipt] = []
        kept: list[KeptReceipt] = []
        if wallet is not None:
            end = wallet.clock.today()
            start = end - dt.timedelta(days=LOOK_BACK_DAYS)
            self.threshold = current_setting(wallet).profile.receipt_threshold
            needed = money_receipts.payments_needing_receipts(wallet, self.threshold, start, end)
            with_receipts = [
                r for r in money_ledger.payments(wallet, start=start, end=end) if r.receipts
            ]
            for row in with_receipts:
                for key, name in receipts_for(wallet, row.id):
                    kept.append(KeptReceipt(key, name, row.date, row.amount, row.payee))
        self.needed_model.set_rows(needed)
        self.kept_model.set_rows(kept)
        self.needed.setVisible(bool(needed))
        self.needed_empty.setVisible(wallet is not None and not needed)
        self.add_button.setEnabled(bool(needed))
        self.kept.setVisible(bool(kept))
        self.kept_empty.setVisible(wallet is not None and not kept)
        for part in (self.view_button, self.remove_button):
            part.setEnabled(bool(kept))
        self._word_empty()

    def chosen_payment(self) -> money_receipts.NeedsReceipt | None:
        return self.needed_model.row_at(selected_row(self.needed))

    def chosen_receipt(self) -> KeptReceipt | None:
        return self.kept_model.row_at(selected_row(self.kept))

    # ------------------------------------------------------------------ adding
    def choose_file(self) -> None:
        if self.chosen_payment() is None:
            self._ask_to_choose()
            return
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            _("Choose the receipt"),
            "",
            _("Photos and PDFs ({patterns})").format(
                patterns=" ".join(f"*{s}" for s in RECEIPT_SUFFIXES)
            ),
        )
        if path:
            self.attach_file(path)

    def _ask_to_choose(self) -> None:
        self.errors.show_problems(
            [(_("Choose a payment in the list first, then add its receipt."), self.needed)]
        )

    def attach_file(self, path: str) -> None:
        row, wallet = self.chosen_payment(), self.wallet
        if row is None or wallet is None:
            self._ask_to_choose()
            return
        name = Path(path).name
        tx_id = row.tx_id

        def work() -> Changes:
            try:
                data = read_receipt_file(path)
            except OSError:
                raise BadInputFile(
                    _("dpwallet could not read {name}. Check the file is still there.").format(
                        name=name
                    )
                ) from None
            return money_receipts.attach_receipt(wallet, tx_id, data, name)

        self.errors.clear()
        self.done.hide()
        self.add_button.setEnabled(False)
        self.busy.start(_("Keeping the receipt safely in your wallet…"))
        self.task = tasks.run_task(work, self._attached, self._refused, where="attach receipt")

    def _attached(self, changes: Changes) -> None:
        self.busy.stop()
        bus().announce(changes)
        self.reload()
        self.done.setText(_("Done. {what}.").format(what=changes.text))
        self.done.show()

    def _refused(self, message: str) -> None:
        self.busy.stop()
        self.reload()
        self.errors.show_problems([(message, self.add_button)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = len(urls) == 1 and urls[0].isLocalFile()
        if local and urls[0].toLocalFile().lower().endswith(RECEIPT_SUFFIXES):
            event.acceptProposedAction()
            return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.attach_file(urls[0].toLocalFile())

    # ------------------------------------------------------------------ kept ones
    def view(self) -> None:
        row, wallet = self.chosen_receipt(), self.wallet
        if row is None or wallet is None:
            self._ask_for_receipt()
            return
        try:
            name, media_type, data = money_receipts.receipt_content(wallet, row.receipt_id)
        except DpwalletError as exc:
            self.errors.show_problems([(str(exc), self.kept)])
            return
        self.open_viewer(ReceiptViewer(name, media_type, data, self))

    def open_viewer(self, viewer: ReceiptViewer) -> None:
        viewer.exec()

    def remove(self) -> None:
        row, wallet = self.chosen_receipt(), self.wallet
        if row is None or wallet is None:
            self._ask_for_receipt()
            return
        if run_command(lambda: money_receipts.remove_receipt(wallet, row.receipt_id), self.errors):
            self.reload()
            self.done.setText(_("Removed the receipt. Ctrl+Z puts it back."))
            self.done.show()

    def _ask_for_receipt(self) -> None:
        self.errors.show_problems([(_("Choose a receipt in the list first."), self.kept)])

    # ------------------------------------------------------------------ words
    def _word_empty(self) -> None:
        self.intro.setText(
            _(
                "Your council asks for a receipt for payments over {threshold}. Choose a "
                "payment, then add a photo or PDF of its receipt, or drop the file here."
            ).format(threshold=format_money(self.threshold))
        )
        self.needed_empty.setText(
            _("Every payment over {threshold} in the last three months has a receipt.").format(
                threshold=format_money(self.threshold)
            )
        )
        self.kept_empty.setText(_("No receipts kept for payments in the last three months."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(_("Receipts"))
        self.needed_heading.setText(_("Payments that need a receipt"))
        self.kept_heading.setText(_("Receipts you have kept"))
        name_table(self.needed, _("Payments that need a receipt"))
        name_table(self.kept, _("Receipts you have kept"))
        set_text(self.add_button, _("Add a receipt…"))
        set_text(self.view_button, _("View"))
        set_text(self.remove_button, _("Remove"))
        for model in (self.needed_model, self.kept_model):
            model.retranslate()
        self._word_empty()
