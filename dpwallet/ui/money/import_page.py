"""Import a statement: choose or drop a file, see what would be added, then add it.

Why a preview first: an import adds many payments at once, so the person sees how many
are new, how many were already in the wallet and which account they go to before
anything is written ("check before", ux.md). Reading and adding run off the GUI thread
(``tasks.run_task``) with progress in words. An unreadable file shows the reader's kind
sentence naming the line; an unknown layout opens "Which column is which?" and the
choice is remembered for that layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QFrame, QVBoxLayout

from dpwallet.domain.errors import DpwalletError
from dpwallet.i18n import _, ngettext
from dpwallet.i18n.formatting import format_money
from dpwallet.imports import ColumnMapping, UnknownLayout, preview
from dpwallet.services import money_rules, money_service, statements
from dpwallet.services.changes import Changes
from dpwallet.services.statements import ImportPreview, ImportResult
from dpwallet.services.wallet import Wallet
from dpwallet.ui import tasks
from dpwallet.ui.event_bus import bus
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.money.common import name_table, run_command
from dpwallet.ui.money.forms import combo
from dpwallet.ui.money.ledger_pages import Page
from dpwallet.ui.money.mapping_dialog import MappingDialog, layout_key
from dpwallet.ui.money.money_models import StatementTableModel
from dpwallet.ui.people.parts import table_view
from dpwallet.ui.widgets import BusyLine, Field, label, set_text
from dpwallet.ui.wrap_text import wrap_button


@dataclass(frozen=True)
class NeedsColumns:
    """The file is a table in a layout nobody has chosen columns for yet."""

    key: str
    cells: list[list[str]]


def read_preview(
    wallet: Wallet, data: bytes, name: str, account: str | None, mapping: ColumnMapping | None
) -> ImportPreview | NeedsColumns:
    """On a pool thread: preview the import, using a remembered layout if there is one."""
    try:
        return statements.preview_import(wallet, data, name, account=account, mapping=mapping)
    except UnknownLayout:
        if mapping is not None:
            raise
        cells = preview(data)
        key = layout_key(cells)
        saved = money_rules.remembered_mapping(wallet, key)
        if saved is None:
            return NeedsColumns(key, cells)
        remembered = ColumnMapping.from_dict(saved)
        return statements.preview_import(wallet, data, name, account=account, mapping=remembered)


def choose_columns(page: ImportPage, cells: list[list[str]]) -> ColumnMapping | None:
    """Open "Which column is which?"; tests replace this to answer it."""
    dialog = MappingDialog(cells, page)
    return dialog.mapping if dialog.exec() == QDialog.DialogCode.Accepted else None


class ImportPage(Page):
    """Choose a file (button or drop), preview, then add the new payments."""

    def __init__(self) -> None:
        super().__init__("importPage")
        self.setAcceptDrops(True)
        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("importDropZone")
        self.drop_zone.setFrameShape(QFrame.Shape.StyledPanel)
        zone = QVBoxLayout(self.drop_zone)
        self.drop_words = label(name="importDropWords")
        self.choose_button = wrap_button("importChoose", primary=True)
        self.choose_button.clicked.connect(self.choose_file)
        zone.addWidget(self.drop_words)
        zone.addLayout(flow_row(self.choose_button))
        self.busy = BusyLine()
        self.summary = label("h2", name="importSummary")
        self.account = combo("importAccount", editable=True)
        self.account_field = Field(self.account, "importAccount")
        self.model = StatementTableModel()
        self.table = table_view("importRows", self.model, rows_shown=6)
        self.add_button = wrap_button("importAdd", primary=True)
        self.add_button.clicked.connect(self.commit)
        self.back_button = wrap_button("importBack")
        self.back_button.clicked.connect(self.forget_preview)
        self.result = label(name="importResult")
        for part in (
            self.drop_zone,
            self.busy,
            self.result,
            self.summary,
            self.account_field,
            self.table,
        ):
            self.box.addWidget(part)
        self.box.addLayout(flow_row(self.add_button, self.back_button))
        self.box.addStretch(1)
        self.preview: ImportPreview | None = None
        self._file: tuple[bytes, str] | None = None
        self._mapping: ColumnMapping | None = None
        self.task: tasks.Task | None = None
        editor = self.account.lineEdit()
        if editor is not None:
            editor.editingFinished.connect(self._account_changed)
        self.retranslate_ui()
        self.forget_preview()

    # ------------------------------------------------------------------ files in
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            _("Choose a statement"),
            "",
            _("Statements (*.csv *.ofx *.qfx *.qif *.txt);;All files (*)"),
        )
        if path:
            self.load_path(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.load_path(Path(files[0]))

    def load_path(self, path: Path) -> None:
        try:
            data = statements.read_file(path)
        except DpwalletError as exc:
            self._refused(str(exc))
            return
        self.load_bytes(data, path.name)

    def load_bytes(self, data: bytes, name: str, mapping: ColumnMapping | None = None) -> None:
        """Preview ``data`` off the GUI thread; the page shows progress in words."""
        wallet = self.wallet
        if wallet is None:
            return
        self._file, self._mapping = (data, name), mapping
        self.forget_preview()
        self.errors.clear()
        self.result.clear()
        self.busy.start(_("Reading your statement {name}…").format(name=name))
        self.task = tasks.run_task(
            lambda: read_preview(wallet, data, name, None, mapping),
            self._previewed,
            self._refused,
            where="import preview",
        )

    def _previewed(self, found: ImportPreview | NeedsColumns) -> None:
        self.busy.stop()
        if isinstance(found, NeedsColumns):
            self._ask_columns(found)
            return
        self.preview = found
        self._show_preview(found)

    def _ask_columns(self, needs: NeedsColumns) -> None:
        chosen = choose_columns(self, needs.cells)
        if chosen is None or self.wallet is None or self._file is None:
            self.result.setText(_("Nothing was imported. You can choose the file again."))
            return
        wallet = self.wallet
        run_command(
            lambda: money_rules.remember_mapping(wallet, needs.key, chosen.to_dict()), self.errors
        )
        self.load_bytes(*self._file, mapping=chosen)

    def _refused(self, message: str) -> None:
        self.busy.stop()
        self.forget_preview()
        self.errors.show_problems([(message, self.choose_button)])

    # ------------------------------------------------------------------ preview
    def _show_preview(self, found: ImportPreview) -> None:
        total = len(found.statement.rows)
        new = len(found.new)
        self.model.new_lines = {r.line for r in found.new}
        self.model.set_rows(found.statement.rows)
        self.account.setEditText(found.account)
        where = (
            found.account
            if found.account_exists
            else _("a new account called {name}").format(name=found.account)
        )
        self.summary.setText(
            ngettext(
                "The statement has {n} payment: {new} new, {old} already in your wallet.",
                "The statement has {n} payments: {new} new, {old} already in your wallet.",
                total,
            ).format(n=total, new=new, old=found.duplicates)
            + " "
            + _("They will be added to {account}.").format(account=where)
        )
        set_text(
            self.add_button,
            ngettext("Add {n} new payment", "Add {n} new payments", new).format(n=new),
        )
        self.add_button.setEnabled(new > 0)
        for part in (
            self.summary,
            self.account_field,
            self.table,
            self.add_button,
            self.back_button,
        ):
            part.show()
        self.summary.setFocus()

    def _account_changed(self) -> None:
        if self.preview is not None and self._file is not None:
            name = self.account.currentText().strip()
            if name and name != self.preview.account and self.wallet is not None:
                wallet, (data, file_name), mapping = self.wallet, self._file, self._mapping
                self.busy.start(_("Checking {name} for payments already there…").format(name=name))
                self.task = tasks.run_task(
                    lambda: read_preview(wallet, data, file_name, name, mapping),
                    self._previewed,
                    self._refused,
                    where="import preview",
                )

    def forget_preview(self) -> None:
        self.preview = None
        self.model.set_rows([])
        for part in (
            self.summary,
            self.account_field,
            self.table,
            self.add_button,
            self.back_button,
        ):
            part.hide()

    def commit(self) -> None:
        found, wallet = self.preview, self.wallet
        if found is None or wallet is None:
            return
        self.add_button.setEnabled(False)
        self.busy.start(
            ngettext(
                "Adding {n} payment to {account}…",
                "Adding {n} payments to {account}…",
                len(found.new),
            ).format(n=len(found.new), account=found.account)
        )
        self.task = tasks.run_task(
            lambda: statements.commit_import(wallet, found),
            self._committed,
            self._refused,
            where="import commit",
        )

    def _committed(self, result: ImportResult) -> None:
        self.busy.stop()
        self.forget_preview()
        self.result.setText(
            ngettext(
                "Added {n} payment to {account}. {old} were already there. "
                "The balance is now {balance}.",
                "Added {n} payments to {account}. {old} were already there. "
                "The balance is now {balance}.",
                result.added,
            ).format(
                n=result.added,
                account=result.account,
                old=result.duplicates,
                balance=format_money(result.balance),
            )
        )
        bus().announce(Changes("import statement", frozenset({"transaction", "account"})))

    def reload(self) -> None:
        self.account.clear()
        if self.wallet is not None:
            for row in money_service.accounts(self.wallet, include_closed=False):
                self.account.addItem(row.name)
        if self.preview is not None:
            self.account.setEditText(self.preview.account)

    def retranslate_ui(self) -> None:
        self.heading.setText(_("Import a statement"))
        self.intro.setText(
            _(
                "Download a statement from your online banking or prepaid card website (CSV, "
                "OFX, QIF). dpwallet shows what it found before adding anything."
            )
        )
        self.drop_words.setText(_("Drop the statement file here, or choose it."))
        set_text(self.choose_button, _("Choose a statement file…"))
        self.drop_zone.setAccessibleName(_("Drop a statement file here"))
        self.account_field.set_texts(
            _("Add the payments to this account"), _("Type a new name to make a new account")
        )
        set_text(self.back_button, _("Do not import"))
        name_table(self.table, _("Payments in the statement"))
        self.model.retranslate()
