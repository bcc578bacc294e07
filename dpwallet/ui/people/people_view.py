"""Personal assistants: who works for you, their pay rates, and the employer checklist.

Why this shape: the person first sees their PAs (a table with a find box) and what is
missing or due soon as an employer, in kind words with dates. Adding or changing a PA,
or their pay rates, is its own page (one thing per screen), and Save brings them back
here with a sentence saying what was done. Every change is announced on the app-wide
bus so the other screens (timesheets, pay, home) read the wallet again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from dpwallet.domain.employer_checklist import ChecklistItem
from dpwallet.i18n import _
from dpwallet.services import people_service
from dpwallet.services.changes import Changes
from dpwallet.services.payroll_checklist import employer_checklist_for
from dpwallet.ui.discard import discard
from dpwallet.ui.easyread import EasyReadView, attach_easy_read, easy_read_state
from dpwallet.ui.easyread.people import EasyPeople, people_facts
from dpwallet.ui.event_bus import bus
from dpwallet.ui.people.assistant_form import AssistantForm
from dpwallet.ui.people.parts import (
    MIN_TARGET,
    StatusRow,
    flow_row,
    name_table,
    selected_row,
    table_view,
)
from dpwallet.ui.people.people_models import AssistantListRow, AssistantTableModel, assistant_rows
from dpwallet.ui.people.rates_page import RatesPage
from dpwallet.ui.people.words import status_words
from dpwallet.ui.session import Session
from dpwallet.ui.widgets import ScreenView, card, label, set_text
from dpwallet.ui.wrap_text import wrap_button

PEOPLE_ENTITIES = ("personal_assistant", "pay_rate", "pay_run", "payslip")


class PeopleView(ScreenView):
    """The "Personal assistants" section."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleView")
        self.session = session
        self.all_rows: list[AssistantListRow] = []
        self.checklist: list[ChecklistItem] = []
        self.list_page = QWidget()
        self.list_page.setObjectName("peopleListPage")
        page = QVBoxLayout(self.list_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(14)
        self.title = label("h1", name="peopleTitle")
        self.done = label("label", name="peopleDone")
        self.done.hide()
        self.filter = QLineEdit()
        self.filter.setObjectName("peopleFilter")
        self.filter.setMinimumHeight(MIN_TARGET)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter_label = label("label", name="peopleFilterLabel")
        self.filter_label.setBuddy(self.filter)
        self.model = AssistantTableModel()
        self.table = table_view("peopleTable", self.model, rows_shown=10)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.empty = label(name="peopleEmpty")
        self.add_button = wrap_button("peopleAdd", primary=True)
        self.add_button.clicked.connect(self.add_new)
        self.edit_button = wrap_button("peopleEdit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.rates_button = wrap_button("peopleRates")
        self.rates_button.clicked.connect(self.rates_for_selected)
        self.checklist_card, self.checklist_layout = card("checklistCard")
        self.checklist_title = label("h2", name="checklistTitle")
        self.checklist_layout.addWidget(self.checklist_title)
        self.checklist_rows: list[StatusRow] = []
        for part in (self.title, self.done, self.filter_label, self.filter, self.table, self.empty):
            page.addWidget(part)
        page.addLayout(flow_row(self.add_button, self.edit_button, self.rates_button))
        page.addWidget(self.checklist_card)
        self.form = AssistantForm()
        self.form.saved.connect(self._saved)
        self.form.back.connect(self.show_list)
        self.rates = RatesPage()
        self.rates.saved.connect(lambda text: self._saved(0, text))
        self.rates.back.connect(self.show_list)
        self.add(self.list_page, self.form, self.rates)
        self.content.addStretch(1)
        bus().changes_applied.connect(self._changes_applied)
        self.easy = EasyPeople()
        self.easy.add_requested.connect(self._easy_add)
        self._easy_switch = attach_easy_read(self, self.easy)
        self.show_list()
        self.retranslate_ui()

    def easy_read_view(self) -> EasyReadView | None:
        """The easy read list while easy read is on (the shell's corner asks for it)."""
        return self._easy_switch.active_easy_view()

    def _easy_add(self) -> None:
        """Easy read's "Add a personal assistant": the same form; Save or Back returns."""
        self._easy_switch.stack.setCurrentWidget(self.scroller)
        self.add_new()

    # ------------------------------------------------------------------ data
    def today(self) -> dt.date:
        wallet = self.session.wallet
        return wallet.clock.today() if wallet is not None else dt.date.today()

    def refresh(self) -> None:
        wallet = self.session.wallet
        if wallet is None or wallet.is_locked:
            self.clear()
            return
        self.model.today = self.today()
        self.all_rows = assistant_rows(wallet, self.today())
        self.checklist = employer_checklist_for(wallet, self.today())
        self._apply_filter()
        self._show_checklist()
        self.easy.show_people(people_facts(wallet, self.today()))

    def clear(self) -> None:
        self.all_rows, self.checklist = [], []
        self.model.set_rows([])
        self.filter.clear()
        self.done.hide()
        self._show_checklist()
        self.easy.show_people(None)
        self.show_list()

    def _changes_applied(self, changes: Changes) -> None:
        if changes.touches(*PEOPLE_ENTITIES) and self.session.wallet is not None:
            self.refresh()

    def _apply_filter(self) -> None:
        words = self.filter.text().casefold().split()
        rows = [r for r in self.all_rows if all(w in r.name.casefold() for w in words)]
        self.model.set_rows(rows)
        has_any = bool(self.all_rows)
        self.table.setVisible(has_any)
        self.filter.setVisible(has_any)
        self.filter_label.setVisible(has_any)
        self.edit_button.setVisible(has_any)
        self.rates_button.setVisible(has_any)
        self.empty.setVisible(not has_any or not rows)
        self._retranslate_empty()
        if rows:
            self.table.selectRow(0)

    def _show_checklist(self) -> None:
        for old in self.checklist_rows:
            discard(old)
        self.checklist_rows = []
        items = self.checklist or []
        wallet_open = self.session.wallet is not None
        for index, item in enumerate(items):
            row = StatusRow(f"checklistItem{index}")
            word, picture = status_words(item.status)
            row.show_status(picture, word, item.text)
            row.setProperty("checklistKey", item.key)
            self.checklist_layout.addWidget(row)
            self.checklist_rows.append(row)
        if not items and wallet_open and self.all_rows:
            row = StatusRow("checklistAllWell")
            row.show_status("tick", _("All done"), _("Nothing needs doing as an employer."))
            self.checklist_layout.addWidget(row)
            self.checklist_rows.append(row)
        self.checklist_card.setVisible(bool(self.checklist_rows))

    def sentences(self) -> list[str]:
        """The list page as plain sentences, in reading order (for easy read or read aloud)."""
        today = self.today()
        return [self.title.text(), *(r.sentence(today) for r in self.model.rows)] + [
            f"{status_words(i.status)[0]}: {i.text}" for i in self.checklist
        ]

    # ------------------------------------------------------------------ pages
    def _page(self, shown: QWidget) -> None:
        for page in (self.list_page, self.form, self.rates):
            page.setVisible(page is shown)
        self.scroller.verticalScrollBar().setValue(0)

    def show_list(self) -> None:
        self._page(self.list_page)
        if hasattr(self, "_easy_switch"):  # back from the form: easy read again if it is on
            self._easy_switch.follow(easy_read_state().on)

    def first_focus(self) -> QWidget | None:
        return self.filter if self.filter.isVisible() else self.add_button

    def _selected(self) -> AssistantListRow | None:
        return self.model.row_at(selected_row(self.table))

    def add_new(self) -> None:
        wallet = self.session.wallet
        if wallet is None:
            return
        self.done.hide()
        self.form.start_new(wallet, self.today())
        self._page(self.form)
        self.form.name.setFocus()

    def edit_selected(self) -> None:
        wallet, row = self.session.wallet, self._selected()
        if wallet is None or row is None:
            return
        self.done.hide()
        self.form.start_edit(wallet, people_service.get_assistant(wallet, row.id))
        self._page(self.form)
        self.form.name.setFocus()

    def rates_for_selected(self) -> None:
        wallet, row = self.session.wallet, self._selected()
        if wallet is None or row is None:
            return
        self.done.hide()
        self.rates.show_for(wallet, people_service.get_assistant(wallet, row.id), self.today())
        self._page(self.rates)

    def _saved(self, ident: int, sentence: str) -> None:
        """Back to the list with the sentence shown, and every screen told."""
        bus().announce(
            Changes(
                "edit personal assistant",
                frozenset({"personal_assistant", "pay_rate"}),
                text=sentence,
            )
        )
        self.refresh()
        self.show_list()
        self.done.setText(sentence)
        self.done.setAccessibleName(sentence)
        self.done.show()
        for index, row in enumerate(self.model.rows):
            if row.id == ident:
                self.table.selectRow(index)
        self.table.setFocus() if self.table.isVisible() else self.add_button.setFocus()

    # ------------------------------------------------------------------ words
    def _retranslate_empty(self) -> None:
        if not self.all_rows:
            self.empty.setText(
                _(
                    "No personal assistants yet. Add the first one to keep their details, "
                    "pay rates and timesheets together."
                )
            )
        else:
            self.empty.setText(_("No personal assistant has a name with those letters."))

    def retranslate_ui(self) -> None:
        self.title.setText(_("Personal assistants"))
        self.filter_label.setText(_("Find a personal assistant"))
        self.filter.setAccessibleName(_("Find a personal assistant"))
        self.filter.setAccessibleDescription(_("Type part of a name to show only matching rows"))
        name_table(self.table, _("Your personal assistants"))
        self.model.retranslate()
        self._retranslate_empty()
        set_text(self.add_button, _("Add a personal assistant"))
        set_text(self.edit_button, _("Change details"), _("Change the chosen person's details"))
        set_text(self.rates_button, _("Pay rates"), _("See or change the chosen person's pay"))
        self.checklist_title.setText(_("Being an employer: what needs doing"))
        self.checklist_card.setAccessibleName(self.checklist_title.text())
        if self.session.wallet is not None and not self.session.wallet.is_locked:
            # The checklist's sentences come from the service in the current language.
            self.checklist = employer_checklist_for(self.session.wallet, self.today())
            self._show_checklist()
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        )
