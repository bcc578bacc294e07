"""Settings: who is making changes now, and the record of who changed what.

A wallet is often kept by a nominated person (a parent, a partner) as well as the person
themselves; the audit trail says which of them made each change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QVBoxLayout, QWidget

from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date_short
from dpwallet.services.audit import people_who_make_changes, recent_changes
from dpwallet.ui.session import Session
from dpwallet.ui.widgets import label


class AuditPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("auditPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label("h2", name="auditHeading")
        self.who_label = label("label")
        self.who = QComboBox()
        self.who.setObjectName("whoIsMakingChanges")
        self.who.activated.connect(self._chosen)
        self.who_label.setBuddy(self.who)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.who_label, self.who)
        self.record_label = label("label", name="auditRecordLabel")
        self.record = QPlainTextEdit()
        self.record.setObjectName("auditRecord")
        self.record.setReadOnly(True)
        self.record.setMinimumHeight(160)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.record_label)
        layout.addWidget(self.record)
        self.retranslate_ui()

    def refresh(self) -> None:
        wallet = self.session.wallet
        self.who.clear()
        self.record.clear()
        if wallet is None or wallet.is_locked:
            return
        for name in people_who_make_changes(wallet):
            self.who.addItem(name, name)
        index = self.who.findData(wallet.actor)
        self.who.setCurrentIndex(max(index, 0))
        if self.who.count():
            wallet.actor = str(self.who.currentData())
        lines = [
            _("{when}: {who} \u2014 {what}").format(
                when=format_date_short(row.at.date()),
                who=row.actor or _("(not named)"),
                what=row.action,
            )
            for row in recent_changes(wallet)
        ]
        self.record.setPlainText("\n".join(lines))

    def _chosen(self, index: int) -> None:
        wallet = self.session.wallet
        if wallet is not None and index >= 0:
            wallet.actor = str(self.who.itemData(index))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(_("Who changed what"))
        self.who_label.setText(_("Who is making changes now"))
        self.who.setAccessibleName(self.who_label.text())
        self.record_label.setText(_("The most recent changes, newest first"))
        self.record.setAccessibleName(self.record_label.text())
