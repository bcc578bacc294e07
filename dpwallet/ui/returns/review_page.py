"""Step 2: the figures the council will see, before anything is written.

The person sees exactly the sheet the files will hold (the same ``ReturnSheet``), in
plain words: money at the start, money in, money out (by what it was for and by
outcome), money at the end, and whether it all adds up, as a picture and a sentence.
The to-dos are friendly heads-ups, each with a button that goes where it can be fixed;
none of them stops the person sending.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from dpwallet.domain.reconciliation import ReturnSheet, ToDo
from dpwallet.i18n import _, ngettext
from dpwallet.i18n.formatting import format_date, format_money, format_number
from dpwallet.ui.discard import discard
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.returns.parts import FigureTable, StatusLine, WizardPage
from dpwallet.ui.widgets import card, label, set_text
from dpwallet.ui.wrap_text import wrap_button

SHOWN_PER_KIND = 3


def fix_words(kind: str) -> str:
    """The words on a to-do's button: what the person can do about it."""
    words = {
        "receipt": _("Add a receipt in Money"),
        "transfer": _("Look at the transfer in Money"),
        "statement": _("Compare with your statement in Money"),
        "check_line": _("Check this payment in Money"),
        "contribution": _("See contributions in Money"),
        "contingency": _("Add a note about your plans"),
        "insurance": _("Check insurance in Personal assistants"),
        "reference": _("Check your council reference"),
        "declaration": _("Type your name"),
    }
    return words.get(kind, _("Look at this in Money"))


def category_words(category: str) -> str:
    return _(category) if category else _("Not sorted yet")


class ReviewPage(WizardPage):
    """Shows a :class:`ReturnSheet`; ``fix_requested(kind, line_id or -1)`` from a to-do."""

    fix_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("reviewPage", 2, parent)
        self.sheet: ReturnSheet | None = None
        self.period = label(name="reviewPeriod")
        self.status = StatusLine("reconcileStatus")
        self.end_layout: QVBoxLayout | None = None
        self.start_card, self.start_title, self.start_table = self._card("startCard")
        self.in_card, self.in_title, self.in_table = self._card("moneyInCard")
        self.out_card, self.out_title, self.out_table = self._card("moneyOutCard")
        self.outcome_card, self.outcome_title, self.outcome_table = self._card("outcomeCard")
        self.end_card, self.end_title, self.end_table = self._card("endCard")
        self.weeks = label("secondary", name="weeksInHand")
        assert self.end_layout is not None
        self.end_layout.addWidget(self.weeks)
        self.todo_title: QLabel = label("h2", name="todoTitle")
        self.todo_intro: QLabel = label(name="todoIntro")
        self.todo_box: QVBoxLayout = QVBoxLayout()
        self.todo_box.setSpacing(10)
        self.todo_parts: list[QWidget] = []
        self.fix_buttons: list[tuple[str, QWidget]] = []
        self.body.addWidget(self.period)
        self.body.addWidget(self.status)
        for frame in (self.start_card, self.in_card, self.out_card, self.outcome_card):
            self.body.addWidget(frame)
        self.body.addWidget(self.end_card)
        self.body.addWidget(self.todo_title)
        self.body.addWidget(self.todo_intro)
        self.body.addLayout(self.todo_box)
        self.retranslate_ui()

    def _card(self, name: str) -> tuple[QFrame, QWidget, FigureTable]:
        frame, layout = card(name)
        title = label("h2", name=f"{name}Title")
        table = FigureTable(f"{name}Table")
        layout.addWidget(title)
        layout.addWidget(table)
        self.end_layout = layout  # the last card made is "Money at the end"
        return frame, title, table

    def show_sheet(self, sheet: ReturnSheet) -> None:
        self.sheet = sheet
        self.retranslate_ui()

    # ------------------------------------------------------------------ words
    def retranslate_ui(self) -> None:
        self.retranslate_frame(_("Check the figures"), _("Continue"))
        for frame, title, text in (
            (self.start_card, self.start_title, _("Money at the start")),
            (self.in_card, self.in_title, _("Money in")),
            (self.out_card, self.out_title, _("Money out, by what it was for")),
            (self.outcome_card, self.outcome_title, _("Money out, by outcome")),
            (self.end_card, self.end_title, _("Money at the end")),
        ):
            title.setText(text)  # type: ignore[attr-defined]
            frame.setAccessibleName(text)
        self.todo_title.setText(_("Things to look at before you send"))
        sheet = self.sheet
        if sheet is None:
            return
        self.period.setText(
            _("From {start} to {end}.").format(
                start=format_date(sheet.inputs.period_from), end=format_date(sheet.inputs.period_to)
            )
        )
        self.status.show_status(sheet.reconciles, reconcile_words(sheet))
        self._figures(sheet)
        self._todos(sheet.todos)

    def _figures(self, sheet: ReturnSheet) -> None:
        m = format_money
        self.start_table.set_rows(
            [(f"start_{i}", a.name, m(a.opening_balance)) for i, a in enumerate(sheet.accounts)]
            + [("opening_balance", _("Total at the start"), m(sheet.opening_balance))],
            bold_last=True,
        )
        mi = sheet.money_in
        self.in_table.set_rows(
            [
                ("council_payments", _("Payments from the council"), m(mi.council_payments)),
                ("contributions", _("Your contributions"), m(mi.contributions)),
                ("other_in", _("Other money in"), m(mi.other)),
                ("money_in", _("Total money in"), m(mi.total)),
            ],
            bold_last=True,
        )
        mo = sheet.money_out
        self.out_table.set_rows(
            [
                (f"category_{i}", category_words(c.category), m(c.amount))
                for i, c in enumerate(mo.by_category)
            ]
            + [("money_out", _("Total money out"), m(mo.total))],
            bold_last=True,
        )
        self.outcome_table.set_rows(
            [
                (f"outcome_{i}", o.name or _("Not linked to an outcome"), m(o.amount))
                for i, o in enumerate(mo.by_outcome)
            ]
        )
        self.end_table.set_rows(
            [(f"end_{i}", a.name, m(a.closing_balance)) for i, a in enumerate(sheet.accounts)]
            + [("closing_balance", _("Total at the end"), m(sheet.closing_balance))],
            bold_last=True,
        )
        weeks = sheet.weeks_in_hand
        self.weeks.setText(
            _("That is about {weeks} weeks of money in hand.").format(
                weeks=format_number(weeks, places=1)
            )
            if weeks is not None
            else ""
        )
        self.weeks.setVisible(weeks is not None)

    def _todos(self, todos: tuple[ToDo, ...]) -> None:
        for part in self.todo_parts:
            discard(part)
        self.todo_parts, self.fix_buttons = [], []
        if not todos:
            done = StatusLine("noTodos")
            done.show_status(True, _("Nothing to look at. Well done."))
            self._add_todo_part(done)
            self.todo_intro.hide()
            return
        self.todo_intro.show()
        self.todo_intro.setText(
            _(
                "These are friendly heads-ups, not problems. You can fix them first, or "
                "send your check-up as it is and explain in your note."
            )
        )
        by_kind: dict[str, list[ToDo]] = defaultdict(list)
        for todo in todos:
            by_kind[todo.kind].append(todo)
        for kind, items in by_kind.items():
            for todo in items[:SHOWN_PER_KIND]:
                self._add_todo(todo)
            hidden = len(items) - SHOWN_PER_KIND
            if hidden > 0:
                more = label("secondary", name=f"more_{kind}")
                more.setText(
                    ngettext("And {n} more like this.", "And {n} more like these.", hidden).format(
                        n=hidden
                    )
                )
                self._add_todo_part(more)

    def _add_todo(self, todo: ToDo) -> None:
        frame, layout = card(f"todo_{todo.kind}")
        frame.setProperty("role", "panel")
        status = StatusLine(f"todoLine_{todo.kind}", strong=False)
        status.show_status(False, todo.message)
        fix = wrap_button(f"fix_{todo.kind}")
        set_text(fix, fix_words(todo.kind), todo.message)
        line_id = todo.line_id if todo.line_id is not None else -1
        fix.clicked.connect(lambda _c=False, k=todo.kind, i=line_id: self.fix_requested.emit(k, i))
        layout.addWidget(status)
        layout.addLayout(flow_row(fix))
        frame.setAccessibleName(todo.message)
        self.fix_buttons.append((todo.kind, fix))
        self._add_todo_part(frame)

    def _add_todo_part(self, part: QWidget) -> None:
        self.todo_box.addWidget(part)
        self.todo_parts.append(part)


def reconcile_words(sheet: ReturnSheet) -> str:
    """Whether it all adds up, in a sentence (the picture beside it is never alone)."""
    if sheet.reconciles:
        return _(
            "It all adds up: the money at the start, in and out comes to the money at the end."
        )
    if sheet.sums_agree:
        return _(
            "The sums add up, but a balance is different from your bank statement. "
            "The heads-ups below say where to look."
        )
    return _(
        "The sums do not add up yet: {amount} is not explained. The heads-ups below say "
        "where to look."
    ).format(amount=format_money(abs(sheet.unexplained)))
