"""The Outcomes section: the support-plan outcomes and the spend towards each this period.

Spending is tracked by outcome, not by activity (domain.md): "x hours a week of physical
exercise", so switching swimming for cycling never needs asking. Outcomes are added,
changed and put away (archived) here; past spending keeps pointing at a put-away outcome.
Every edit goes through the money service and is announced on the event bus.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout

from dpwallet.i18n import _, pgettext
from dpwallet.i18n.formatting import format_money
from dpwallet.i18n.money_input import MoneyInputError, normalise_digits, parse_money
from dpwallet.services import money_home, money_service
from dpwallet.services.changes import Changes
from dpwallet.services.money_service import OutcomeDetails, OutcomeRow
from dpwallet.ui.easyread import EasyButton, EasyReadView, attach_easy_read, easy_read_state
from dpwallet.ui.easyread.outcomes import EasyOutcomes, outcome_facts
from dpwallet.ui.event_bus import bus
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.money.common import name_table, run_command
from dpwallet.ui.money.money_models import OutcomeTableModel
from dpwallet.ui.outcomes.charts import MIN_TARGET, SpendByOutcome
from dpwallet.ui.people.parts import table_view
from dpwallet.ui.session import Session
from dpwallet.ui.widgets import ErrorSummary, Field, ScreenView, label
from dpwallet.ui.wrap_text import WrapCheckBox, wrap_button


class OutcomeForm(QFrame):
    """Add or change one outcome: its words, and optional hours or money a week."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("outcomeForm")
        self.editing: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label("h2", name="outcomeFormHeading")
        self.text = Field(QLineEdit(), "outcomeText")
        self.hours = Field(QLineEdit(), "outcomeHours")
        self.money = Field(QLineEdit(), "outcomeMoney")
        for field in (self.text, self.hours, self.money):
            field.editor.setMinimumHeight(MIN_TARGET)
        self.save = wrap_button("outcomeSave", primary=True)
        self.cancel = wrap_button("outcomeCancel")
        for widget in (self.save, self.cancel):
            widget.setMinimumHeight(MIN_TARGET)
        layout.addWidget(self.heading)
        for field in (self.text, self.hours, self.money):
            layout.addWidget(field)
        layout.addLayout(flow_row(self.save, self.cancel))
        self.hide()

    def editor(self, field: Field) -> QLineEdit:
        assert isinstance(field.editor, QLineEdit)
        return field.editor

    def start(self, row: OutcomeRow | None) -> None:
        self.editing = row.id if row else None
        self.editor(self.text).setText(row.text if row else "")
        hours = row.hours_per_week if row else None
        self.editor(self.hours).setText("" if hours is None else str(hours.normalize()))
        money = row.money_per_week if row else None
        self.editor(self.money).setText("" if money is None else format_money(money))
        for field in (self.text, self.hours, self.money):
            field.set_error("")
        self.retranslate_ui()
        self.show()
        self.editor(self.text).setFocus()

    def details(self) -> OutcomeDetails | None:
        """What was typed, or None after putting a kind message beside each problem."""
        ok = True
        words = self.editor(self.text).text().strip()
        self.text.set_error(
            "" if words else _("Enter the outcome, like \u201cget out twice a week\u201d.")
        )
        ok = ok and bool(words)
        hours: Decimal | None = None
        typed = normalise_digits(self.editor(self.hours).text().strip()).replace(",", ".")
        self.hours.set_error("")
        if typed:
            try:
                hours = Decimal(typed)
                if not hours.is_finite() or not Decimal(0) <= hours <= Decimal(168):
                    raise InvalidOperation
            except InvalidOperation:
                self.hours.set_error(_("Enter the hours a week as a number, like 6 or 2.5."))
                ok = False
        money = None
        self.money.set_error("")
        if self.editor(self.money).text().strip():
            try:
                money = parse_money(self.editor(self.money).text(), allow_negative=False)
            except MoneyInputError as exc:
                self.money.set_error(str(exc))
                ok = False
        return OutcomeDetails(words, hours, money) if ok else None

    def retranslate_ui(self) -> None:
        self.heading.setText(
            _("Change this outcome") if self.editing is not None else _("Add an outcome")
        )
        self.text.set_texts(
            _("Outcome"),
            _(
                "In the words of your support plan, like "
                "\u201cget out of the house twice a week\u201d."
            ),
        )
        self.hours.set_texts(_("Hours a week (optional)"), _("For example, 6 or 2.5."))
        self.money.set_texts(_("Money a week (optional)"), _("For example, \u00a340.00."))
        self.save.setText(_("Save outcome"))
        self.save.setAccessibleName(_("Save outcome"))
        self.cancel.setText(_("Cancel"))
        self.cancel.setAccessibleName(_("Cancel"))


class OutcomesView(ScreenView):
    """The support-plan outcomes (table, add, change, put away) and spend by outcome."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("outcomesView")
        self.session = session
        self.title = label("h1", name="outcomesTitle")
        self.intro = label(name="outcomesIntro")
        self.errors = ErrorSummary()
        self.said = label("secondary", name="outcomesSaid")
        self.said.hide()
        self.model = OutcomeTableModel()
        self.table = table_view("outcomesTable", self.model, rows_shown=10)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._sync_buttons())
        self.empty = label("secondary", name="outcomesEmpty")
        self.add_button = wrap_button("outcomeAdd", primary=True)
        self.edit_button = wrap_button("outcomeEdit")
        self.archive_button = wrap_button("outcomeArchive")
        for widget in (self.add_button, self.edit_button, self.archive_button):
            widget.setMinimumHeight(MIN_TARGET)
        self.show_archived = WrapCheckBox()
        self.show_archived.setObjectName("outcomesShowArchived")
        self.show_archived.setMinimumHeight(MIN_TARGET)
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.form = OutcomeForm()
        self.spend = SpendByOutcome("outcomeSpend")
        self.add(self.title, self.intro, self.errors, self.said, self.empty, self.table)
        self.content.addLayout(flow_row(self.add_button, self.edit_button, self.archive_button))
        self.add(self.show_archived, self.form, self.spend)
        self.content.addStretch(1)
        self.add_button.clicked.connect(lambda: self.form.start(None))
        self.edit_button.clicked.connect(self._edit)
        self.archive_button.clicked.connect(self._archive)
        self.form.save.clicked.connect(self._save)
        self.form.cancel.clicked.connect(self._cancel)
        bus().changes_applied.connect(self._changed)
        # Easy read (easyread/outcomes.py): each outcome and its spend as one sentence;
        # "Add an outcome" opens this screen's own form and saving goes back to easy read.
        self.easy_back = EasyButton("easy-read", "outcomesBackToEasyRead")
        self.content.insertWidget(0, self.easy_back, 0, Qt.AlignmentFlag.AlignLeading)
        self.easy = EasyOutcomes()
        self.easy.add_requested.connect(self._easy_add)
        self._easy_switch = attach_easy_read(self, self.easy)
        self.easy_back.clicked.connect(self._back_to_easy_read)
        self._easy_switch.stack.currentChanged.connect(self._easy_back_shown)
        self._easy_stale = False
        # A bound method, not a lambda: the connection to the app-wide state then ends
        # with this screen.
        easy_read_state().changed.connect(self._easy_read_changed)
        self._easy_back_shown()
        self.retranslate_ui()
        self.refresh()

    def easy_read_view(self) -> EasyReadView | None:
        """The easy read Outcomes while easy read is on (the shell's corner asks for it)."""
        return self._easy_switch.active_easy_view()

    def _easy_back_shown(self, _index: int = 0) -> None:
        away = easy_read_state().on and self._easy_switch.active_easy_view() is None
        self.easy_back.setVisible(away)

    def _easy_add(self) -> None:
        """Easy read's "Add an outcome": this screen's own form."""
        self._easy_switch.stack.setCurrentWidget(self.scroller)
        self.form.start(None)
        QTimer.singleShot(0, self._scroll_to_form)  # once the form has its place

    def _scroll_to_form(self) -> None:
        """The form sits below the table: bring it into view, or it is easy to miss."""
        if self.form.isVisible():
            self.scroller.ensureWidgetVisible(self.form, 0, 0)
            self.scroller.ensureWidgetVisible(self.form.heading)

    def _back_to_easy_read(self) -> None:
        self.form.hide()
        self._easy_switch.follow(True)

    # ---------------------------------------------------------------- reading
    def refresh(self) -> None:
        wallet = self.session.wallet
        if wallet is None or not self.session.is_open:
            self.clear()
            return
        rows = money_service.outcomes(wallet, include_archived=self.show_archived.isChecked())
        self.model.set_rows(rows)
        self.spend.show_spend(money_home.home_figures(wallet).spend_by_outcome)
        self._sync_buttons()
        self._feed_easy()

    def _feed_easy(self) -> None:
        """Give easy read the facts; while it is off, only when it is next switched on."""
        wallet = self.session.wallet if self.session.is_open else None
        self._easy_stale = wallet is not None and not easy_read_state().on
        if not self._easy_stale:
            self.easy.show_outcomes(outcome_facts(wallet) if wallet is not None else None)

    def _easy_read_changed(self, on: bool) -> None:
        self._easy_back_shown()
        if on and self._easy_stale:
            self._feed_easy()

    def clear(self) -> None:
        self.model.set_rows([])
        self.spend.clear()
        self.easy.show_outcomes(None)
        self.form.hide()
        self.said.hide()
        self._sync_buttons()

    def _changed(self, changes: Changes) -> None:
        if self.session.is_open and changes.entities:
            self.refresh()
            if changes.action == "add outcome" and easy_read_state().on:
                self._back_to_easy_read()  # the outcome added from easy read: show it there

    def selected(self) -> OutcomeRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def select_id(self, outcome_id: int) -> None:
        for number, row in enumerate(self.model.rows):
            if row.id == outcome_id:
                self.table.selectRow(number)
                return

    def _sync_buttons(self) -> None:
        row = self.selected()
        has_rows = bool(self.model.rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        set_archive_words = _("Bring back") if row and row.archived else _("Put away")
        self.archive_button.setText(set_archive_words)
        self.archive_button.setAccessibleName(set_archive_words)
        self.add_button.setEnabled(self.session.is_open)

    # ---------------------------------------------------------------- commands
    def _edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.form.start(row)

    def _cancel(self) -> None:
        self.form.hide()
        self.errors.clear()
        if easy_read_state().on:
            self._easy_switch.follow(True)

    def _save(self) -> None:
        wallet = self.session.wallet
        details = self.form.details()
        if wallet is None or details is None:
            return
        editing = self.form.editing
        if editing is None:
            changes = run_command(
                lambda: money_service.add_outcome(wallet, details), self.errors, self.form.text
            )
        else:
            changes = run_command(
                lambda: money_service.edit_outcome(wallet, editing, details),
                self.errors,
                self.form.text,
            )
        if changes is not None:
            self.form.hide()
            self._say(changes.text)
            if changes.ids:
                self.select_id(changes.ids[0])

    def _archive(self) -> None:
        wallet = self.session.wallet
        row = self.selected()
        if wallet is None or row is None:
            return
        changes = run_command(
            lambda: money_service.archive_outcome(wallet, row.id, archived=not row.archived),
            self.errors,
        )
        if changes is not None:
            self._say(changes.text)

    def _say(self, text: str) -> None:
        self.said.setText(text)
        self.said.setAccessibleName(text)
        self.said.setVisible(bool(text))

    # ---------------------------------------------------------------- words
    def retranslate_ui(self) -> None:
        self.title.setText(_("Outcomes"))
        self.easy_back.set_words(pgettext("easyread", "Back to easy read"))
        self.intro.setText(
            _(
                "These are the outcomes in your support plan. Your spending is tracked by "
                "outcome, not by activity, so you can change how you meet an outcome (say, "
                "cycling instead of swimming) without asking anyone."
            )
        )
        self.empty.setText(
            _(
                "No outcomes yet. Add the outcomes from your support plan, like "
                "\u201cget out of the house twice a week\u201d."
            )
        )
        name_table(self.table, _("Outcomes in your support plan"))
        for widget, text in (
            (self.add_button, _("Add an outcome")),
            (self.edit_button, _("Change")),
        ):
            widget.setText(text)
            widget.setAccessibleName(text)
        self.edit_button.setAccessibleDescription(_("Change the chosen outcome"))
        self.archive_button.setAccessibleDescription(
            _("Put the chosen outcome away; past spending still points at it")
        )
        self.show_archived.setText(_("Show outcomes you have put away"))
        self.show_archived.setAccessibleName(_("Show outcomes you have put away"))
        self.model.retranslate()
        self.form.retranslate_ui()
        self._sync_buttons()

    def first_focus(self) -> QFrame | None:
        return None
