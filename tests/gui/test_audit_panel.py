"""Settings says who changed what, and lets the nominated person say it is them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from dpwallet.services.demo import write_demo
from dpwallet.services.money_service import OutcomeDetails, add_outcome
from dpwallet.settings import Settings
from dpwallet.ui.audit_panel import AuditPanel
from dpwallet.ui.session import Session
from tests.gui.a11y import missing_names
from tests.gui.conftest import GUI_PASSPHRASE


def test_the_nominated_person_is_named_in_the_record(qtbot, tmp_path: Path, gui_home: Path) -> None:  # type: ignore[no-untyped-def]
    wallet = write_demo(tmp_path / "Demo", passphrase=GUI_PASSPHRASE, seed=6, years=1)
    session = Session(Settings())
    session.open_wallet(wallet, None)
    panel = AuditPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    names = [panel.who.itemText(i) for i in range(panel.who.count())]
    assert len(names) == 2 and names[0] == wallet.name()
    panel.who.setCurrentIndex(1)
    panel.who.activated.emit(1)
    add_outcome(wallet, OutcomeDetails("Learn to swim"))
    panel.refresh()
    newest = panel.record.toPlainText().splitlines()[0]
    assert names[1] in newest
    assert panel.who.currentText() == names[1]  # the choice stays while the wallet is open
    QApplication.processEvents()
    assert missing_names(panel) == []
    session.close()
