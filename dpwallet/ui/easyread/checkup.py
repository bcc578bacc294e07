"""Easy read financial check-up: the next check-up's figures, one idea a line, each with a picture.

Why this wording: the check-up is the part people worry about most ("felt criminalised",
access-and-languages.md 1.3), so easy read says plainly which dates it covers, the money
at the start and the end, what came in and went out (never a minus sign), the few things
to look at first as kind sentences with counts, and whether it was sent already.

"Check and send" never skips a step: it asks the normal check-up screen to open the same
review ("Check the figures") and "Check your answers" pages (requirement 12). "Make my own
copy" writes the "my copy" PDF in the person's language and in easy read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from dpwallet.domain.money import Money
from dpwallet.domain.reconciliation import ReturnSheet
from dpwallet.export.evidence_pack import safe_name
from dpwallet.i18n import _, npgettext, pgettext
from dpwallet.i18n.formatting import MoneyDirection, easy_read_amount, format_date
from dpwallet.services import return_history
from dpwallet.services.return_history import SentReturn, SinceSent
from dpwallet.ui.easyread.view import EasyReadView
from dpwallet.ui.easyread.widgets import EasyButton, IdeaRow
from dpwallet.ui.tasks import run_task

if TYPE_CHECKING:
    from dpwallet.services.wallet import Wallet
    from dpwallet.ui.session import Session

__all__ = ["CheckupFacts", "EasyCheckup", "checkup_facts"]

# The to-dos easy read counts, in the order the normal review lists them. Typing your name
# is a step of "Check and send" itself, so it is not listed as a thing to fix first.
COUNTED_KINDS = (
    "transfer",
    "statement",
    "check_line",
    "receipt",
    "contribution",
    "contingency",
    "insurance",
    "reference",
)


@dataclass(frozen=True, slots=True)
class CheckupFacts:
    """What easy read shows: the next check-up's sheet and what was sent before."""

    today: dt.date
    sheet: ReturnSheet
    sent: SentReturn | None  # a sent check-up for the same dates, if any
    since: SinceSent | None  # what changed since that one was sent
    last_sent: SentReturn | None  # the latest sent check-up, when it is for other dates


def checkup_facts(wallet: Wallet) -> CheckupFacts:
    """The facts for the period the normal screen suggests next (slow: run off the GUI)."""
    suggested = return_history.suggest_period(wallet)
    sheet = return_history.prepare_sheet(wallet, suggested.start, suggested.end)
    sent = return_history.sent_returns(wallet)
    dates = (suggested.start, suggested.end)
    same = next((s for s in sent if (s.period_from, s.period_to) == dates), None)
    since = return_history.changes_since_sent(wallet, same.id) if same is not None else None
    last = sent[0] if sent and sent[0] is not same else None
    return CheckupFacts(wallet.clock.today(), sheet, same, since, last)


def _signed(amount: Money, positive: str, negative: str) -> tuple[str, str]:
    """The template for ``amount``'s direction and the amount without a sign."""
    split = easy_read_amount(amount)
    return (negative if split.direction is MoneyDirection.NEGATIVE else positive), split.amount


class EasyCheckup(EasyReadView):
    """``send_requested(start, end)``: open the normal review for these dates."""

    send_requested = Signal(object, object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("easyCheckup")
        self.session = session
        self.facts: CheckupFacts | None = None
        self._asked = 0  # which refresh the newest answer must belong to
        self.loading = False
        self.failed = False
        self.copy_result: str | None = None  # "saved" or "failed"
        self.copy_path: Path | None = None
        add = self.add_row
        self.wait = add(IdeaRow("clock", name="erCheckupWait"))
        self.period = add(
            IdeaRow("calendar", name="erCheckupPeriod", terms=("financial_check_up",))
        )
        self.not_over = add(IdeaRow("calendar", name="erCheckupNotOver"))
        self.opening = add(
            IdeaRow("money", name="erCheckupOpening", amount=True, terms=("pay_back",))
        )
        self.money_in = add(
            IdeaRow("money-in", name="erCheckupIn", amount=True, terms=("money_coming_in",))
        )
        self.money_out = add(
            IdeaRow("money-out", name="erCheckupOut", amount=True, terms=("money_going_out",))
        )
        self.closing = add(IdeaRow("money", name="erCheckupClosing", amount=True))
        self.adds_up = add(IdeaRow("tick", name="erCheckupAddsUp"))
        self.needs_look = add(IdeaRow("heads-up", name="erCheckupNeedsLook"))
        self.todo_intro = add(IdeaRow("heads-up", name="erCheckupTodoIntro"))
        self.todo_rows: dict[str, IdeaRow] = {
            "transfer": add(IdeaRow("bank", name="erTodoTransfer", terms=("bank_account",))),
            "statement": add(IdeaRow("bank", name="erTodoStatement", terms=("bank_statement",))),
            "check_line": add(IdeaRow("heads-up", name="erTodoCheckLine")),
            "receipt": add(IdeaRow("receipt", name="erTodoReceipt", terms=("receipt",))),
            "contribution": add(
                IdeaRow("coin", name="erTodoPayIn", amount=True, terms=("money_you_pay_in",))
            ),
            "contingency": add(IdeaRow("weeks", name="erTodoLeftOver", terms=("money_left_over",))),
            "insurance": add(
                IdeaRow("person", name="erTodoInsurance", terms=("personal_assistant",))
            ),
            "reference": add(IdeaRow("council", name="erTodoReference", terms=("council",))),
        }
        self.nothing_to_do = add(IdeaRow("tick", name="erCheckupNothingToDo"))
        self.sent_row = add(IdeaRow("send", name="erCheckupSent", terms=("council",)))
        self.changed_row = add(IdeaRow("heads-up", name="erCheckupChanged"))
        self.not_sent = add(IdeaRow("send", name="erCheckupNotSent"))
        self.last_sent = add(IdeaRow("calendar", name="erCheckupLastSent"))
        self.copy_row = add(IdeaRow("my-copy", name="erCheckupCopy"))
        self.send_button = EasyButton("send", "erCheckAndSend")
        self.send_button.clicked.connect(self.check_and_send)
        self.copy_button = EasyButton("my-copy", "erMakeMyCopy")
        self.copy_button.clicked.connect(self.make_copy)
        box = QWidget()
        box.setObjectName("erCheckupButtons")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(12)
        for each in (self.send_button, self.copy_button):
            column.addWidget(each, 0, Qt.AlignmentFlag.AlignLeading)
        self.content.addWidget(box)
        self.content.addStretch(1)
        self.retranslate_ui()

    # ------------------------------------------------------------ data
    def refresh(self) -> None:
        """Add up the next check-up's money off the GUI thread."""
        wallet = self.session.wallet
        if wallet is None or wallet.is_locked:
            return
        self._asked += 1
        asked = self._asked
        self.loading, self.failed = True, False
        self.retranslate_ui()

        def loaded(facts: CheckupFacts) -> None:
            if asked == self._asked:  # an older answer than the latest question is dropped
                self.loading = False
                self.show_facts(facts if self.session.is_open else None)

        def failed(_message: str) -> None:
            if asked == self._asked:
                self.loading, self.failed = False, True
                self.retranslate_ui()

        run_task(lambda: checkup_facts(wallet), loaded, failed, where="easy checkup")

    def show_facts(self, facts: CheckupFacts | None) -> None:
        self.facts = facts
        self.copy_result = None
        self.retranslate_ui()

    def clear(self) -> None:
        """Forget every figure (on lock); an answer still on its way is dropped."""
        self._asked += 1
        self.loading = self.failed = False
        self.show_facts(None)

    # ------------------------------------------------------------ actions
    def check_and_send(self) -> None:
        """Ask for the normal review of these dates: the same steps, none skipped."""
        if self.facts is not None:
            inputs = self.facts.sheet.inputs
            self.send_requested.emit(inputs.period_from, inputs.period_to)

    def make_copy(self, *, path: Path | None = None) -> Path | None:
        """Ask where to save, then write the easy read "my copy" PDF; cancel writes nothing."""
        if self.facts is None:
            return None
        from dpwallet.ui.my_copy_pdf import CommunicationNeeds, return_copy, write_my_copy
        from dpwallet.ui.returns.parts import documents_folder

        sheet = self.facts.sheet
        if path is None:
            start, end = sheet.inputs.period_from, sheet.inputs.period_to
            name = safe_name(
                f"{_('My copy: financial check-up')} {start.isoformat()} {end.isoformat()}",
                "my-copy",
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                pgettext("easyread", "Where should your copy go?"),
                str(documents_folder() / f"{name}.pdf"),
                _("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        needs = replace(CommunicationNeeds.from_settings(self.session.settings), easy_read=True)
        try:
            written: Path | None = write_my_copy(return_copy(sheet, needs), path)
        except OSError:
            written = None
        self.copy_result = "saved" if written is not None else "failed"
        self.copy_path = written
        self.retranslate_ui()
        return written

    # ------------------------------------------------------------ words
    def retranslate_ui(self) -> None:
        self.heading.setText(pgettext("easyread", "Your financial check-up"))
        self.send_button.set_words(
            pgettext("easyread", "Check and send"),
            pgettext("easyread", "First you check everything. Then dpwallet makes the files."),
        )
        self.copy_button.set_words(
            pgettext("easyread", "Make my own copy"),
            pgettext("easyread", "A page in your language for you to keep."),
        )
        for row in self.rows:
            row.setVisible(False)
        f = self.facts
        self.send_button.setVisible(f is not None)
        self.copy_button.setVisible(f is not None)
        if f is None:
            if self.loading:
                self._show(self.wait, pgettext("easyread", "dpwallet is adding up the money."))
            elif self.failed:
                self._show(
                    self.wait, pgettext("easyread", "Sorry, dpwallet could not add up the money.")
                )
            return
        self._figures(f)
        self._todos(f.sheet)
        self._sent(f)
        if self.copy_result == "saved" and self.copy_path is not None:
            self._show(
                self.copy_row,
                pgettext("easyread", "Your copy is saved in {folder}."),
                folder=str(self.copy_path.parent),
            )
        elif self.copy_result == "failed":
            self._show(
                self.copy_row, pgettext("easyread", "Sorry, dpwallet could not save your copy.")
            )
        self._fit_buttons()

    def _show(self, row: IdeaRow, template: str, **values: str) -> None:
        row.set_sentence(template, **values)
        row.setVisible(True)

    def _figures(self, f: CheckupFacts) -> None:
        sheet = f.sheet
        start, end = sheet.inputs.period_from, sheet.inputs.period_to
        self._show(
            self.period,
            pgettext("easyread", "This is from {start} to {end}."),
            start=format_date(start),
            end=format_date(end),
        )
        if end >= f.today:
            self._show(
                self.not_over,
                pgettext("easyread", "This time is not over yet. It ends on {date}."),
                date=format_date(end),
            )
        template, amount = _signed(
            sheet.opening_balance,
            pgettext("easyread", "At the start you had {opening}."),
            pgettext("easyread", "At the start you needed to pay back {opening}."),
        )
        self._show(self.opening, template, opening=amount)
        self._show(
            self.money_in,
            pgettext("easyread", "Money coming in was {in}."),
            **{"in": easy_read_amount(sheet.money_in.total).amount},
        )
        self._show(
            self.money_out,
            pgettext("easyread", "Money going out was {out}."),
            out=easy_read_amount(sheet.money_out.total).amount,
        )
        template, amount = _signed(
            sheet.closing_balance,
            pgettext("easyread", "At the end you had {amount}."),
            pgettext("easyread", "At the end you needed to pay back {amount}."),
        )
        self._show(self.closing, template, amount=amount)
        if sheet.reconciles:
            self._show(self.adds_up, pgettext("easyread", "The money all adds up."))
        else:
            self._show(
                self.needs_look,
                pgettext("easyread", "Some figures need a look. The list below helps."),
            )

    def _todos(self, sheet: ReturnSheet) -> None:
        counts = {kind: 0 for kind in COUNTED_KINDS}
        for todo in sheet.todos:
            if todo.kind in counts:
                counts[todo.kind] += 1
        if not any(counts.values()):
            self._show(
                self.nothing_to_do,
                pgettext("easyread", "Nothing to fix before you send it. Well done."),
            )
            return
        self._show(
            self.todo_intro, pgettext("easyread", "Please look at these things before you send it.")
        )
        rows = self.todo_rows
        for kind, n in counts.items():
            if not n:
                continue
            count = str(n)
            if kind == "transfer":
                self._show(
                    rows[kind],
                    npgettext(
                        "easyread",
                        "Please check {n} money move between your accounts.",
                        "Please check {n} money moves between your accounts.",
                        n,
                    ),
                    n=count,
                )
            elif kind == "statement":
                self._show(
                    rows[kind],
                    npgettext(
                        "easyread",
                        "{n} account is different from its bank statement.",
                        "{n} accounts are different from their bank statements.",
                        n,
                    ),
                    n=count,
                )
            elif kind == "check_line":
                self._show(
                    rows[kind],
                    npgettext(
                        "easyread",
                        "{n} payment may be there twice. Please check it.",
                        "{n} payments may be there twice. Please check them.",
                        n,
                    ),
                    n=count,
                )
            elif kind == "receipt":
                self._show(
                    rows[kind],
                    npgettext(
                        "easyread",
                        "{n} payment needs a receipt.",
                        "{n} payments need a receipt.",
                        n,
                    ),
                    n=count,
                )
            elif kind == "contribution":
                self._show(
                    rows[kind],
                    pgettext("easyread", "Please pay in {amount} of your own money."),
                    amount=easy_read_amount(sheet.contributions_outstanding).amount,
                )
            elif kind == "contingency":
                self._show(
                    rows[kind],
                    pgettext(
                        "easyread", "You have money left over. You can say your plans in a note."
                    ),
                )
            elif kind == "insurance":
                self._show(
                    rows[kind],
                    pgettext(
                        "easyread", "Please check the insurance for your personal assistants."
                    ),
                )
            elif kind == "reference":
                self._show(
                    rows[kind], pgettext("easyread", "Please check your council reference number.")
                )

    def _sent(self, f: CheckupFacts) -> None:
        if f.sent is not None:
            self._show(
                self.sent_row,
                pgettext("easyread", "You sent this to the council on {date}."),
                date=format_date(f.sent.sent_at.date()),
            )
            if f.since is not None and f.since.changed:
                self._show(
                    self.changed_row,
                    pgettext(
                        "easyread",
                        "Something changed after you sent it. You may want to tell the council.",
                    ),
                )
        else:
            self._show(self.not_sent, pgettext("easyread", "You have not sent this yet."))
        if f.last_sent is not None:
            self._show(
                self.last_sent,
                pgettext("easyread", "You sent your last financial check-up on {date}."),
                date=format_date(f.last_sent.sent_at.date()),
            )

    # ------------------------------------------------------------ sizes
    def _fit_buttons(self) -> None:
        if not hasattr(self, "copy_button"):
            return  # still being built
        available = self.column.width()
        for each in (self.send_button, self.copy_button):
            each.fit_width(available)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_buttons()
