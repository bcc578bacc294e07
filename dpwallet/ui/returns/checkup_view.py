"""The Financial check-up section: the check-ups sent so far and the four-step wizard.

Step 1 the dates (suggested from the council's rules and the last check-up sent),
Step 2 the figures and friendly to-dos, Step 3 a note and the typed declaration,
Step 4 "Check your answers", then the files are written off the GUI thread into a
folder the person picks and the confirmation says exactly what went where. Pages share
one scroll area and only one is shown at a time, so the screen scrolls rather than
clips at 200% text. This view talks to services only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from dpwallet.domain.reconciliation import ReturnSheet
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date
from dpwallet.services import council_profiles, return_history
from dpwallet.services.changes import Changes
from dpwallet.ui.easyread import EasyReadView, attach_easy_read, easy_read_state
from dpwallet.ui.easyread.checkup import EasyCheckup
from dpwallet.ui.event_bus import bus
from dpwallet.ui.returns.answers_page import AnswersPage, DonePage
from dpwallet.ui.returns.history_page import HistoryPage
from dpwallet.ui.returns.pages_input import DeclarationPage, FilesPage, PeriodPage
from dpwallet.ui.returns.parts import Draft, WizardPage
from dpwallet.ui.returns.profile_dialog import ProfileDialog
from dpwallet.ui.returns.review_page import ReviewPage
from dpwallet.ui.session import Session
from dpwallet.ui.tasks import run_task
from dpwallet.ui.widgets import BusyLine, ScreenView

# Where each to-do's button goes: a section of the window, or a step of this wizard.
FIX_SECTIONS = {
    "receipt": "money",
    "transfer": "money",
    "statement": "money",
    "check_line": "money",
    "contribution": "money",
    "insurance": "people",
}


class _Progress(QObject):
    """Carries "file 2 of 3" from the pool thread to the GUI thread (queued signal)."""

    step = Signal(int, int, str)


class CheckupView(ScreenView):
    """``open_section(key)`` when a to-do's button leads to another section."""

    open_section = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkupView")
        self.session = session
        self.draft = Draft()
        self.setting: council_profiles.CouncilSetting | None = None
        self.dialog: ProfileDialog | None = None
        self.history = HistoryPage()
        self.period = PeriodPage()
        self.review = ReviewPage()
        self.declaration = DeclarationPage()
        self.answers = AnswersPage()
        self.files = FilesPage()
        self.done = DonePage()
        self.period_busy, self.declaration_busy = BusyLine(), BusyLine()
        self.period.body.addWidget(self.period_busy)
        self.declaration.body.addWidget(self.declaration_busy)
        self.pages: list[QWidget] = [
            self.history,
            self.period,
            self.review,
            self.declaration,
            self.answers,
            self.files,
            self.done,
        ]
        for page in self.pages:
            self.content.addWidget(page)
        self.progress = _Progress()
        self.progress.step.connect(self._progress)
        self._connect()
        self.show_page(self.history)
        bus().changes_applied.connect(self._changed)
        self.easy = EasyCheckup(session)
        self.easy.send_requested.connect(self.check_and_send)
        self._easy_switch = attach_easy_read(self, self.easy)

    def easy_read_view(self) -> EasyReadView | None:
        """The easy read check-up while easy read is on (the shell's corner asks for it)."""
        return self._easy_switch.active_easy_view()

    def check_and_send(self, start: dt.date, end: dt.date) -> None:
        """Easy read's "Check and send": these dates through the same review and answers."""
        self._easy_switch.stack.setCurrentWidget(self.scroller)
        self.start((start, end))
        self._period_done()

    def _connect(self) -> None:
        self.history.make_button.clicked.connect(lambda: self.start())
        self.history.council_button.clicked.connect(self.choose_council)
        self.history.redo_requested.connect(self._redo)
        self.period.council_button.clicked.connect(self.choose_council)
        self.period.continue_button.clicked.connect(self._period_done)
        self.period.back_button.clicked.connect(lambda: self.show_page(self.history))
        self.review.continue_button.clicked.connect(self._to_declaration)
        self.review.back_button.clicked.connect(lambda: self.show_page(self.period))
        self.review.fix_requested.connect(self.fix)
        self.declaration.continue_button.clicked.connect(self._declaration_done)
        self.declaration.back_button.clicked.connect(lambda: self.show_page(self.review))
        self.answers.continue_button.clicked.connect(self.write_files)
        self.answers.back_button.clicked.connect(lambda: self.show_page(self.declaration))
        self.answers.change_requested.connect(self.change)
        self.files.continue_button.clicked.connect(self._files_done)
        self.files.back_button.clicked.connect(lambda: self.show_page(self.answers))
        self.files.folder_button.clicked.connect(self._pick_folder)
        self.done.open_button.clicked.connect(self.open_folder)
        self.done.sent_button.clicked.connect(self.mark_sent)
        self.done.back_button.clicked.connect(self.finish)

    # ------------------------------------------------------------------ pages
    def show_page(self, page: QWidget, focus: QWidget | None = None) -> None:
        """Show one page, start it at the top, and put the keyboard focus on it."""
        for each in self.pages:
            each.setVisible(each is page)
        if page is self.history and hasattr(self, "_easy_switch"):  # back from the steps
            self._easy_switch.follow(easy_read_state().on)
        self.scroller.verticalScrollBar().setValue(0)
        if isinstance(page, WizardPage):
            page.errors.clear()
            go_on = page.continue_button
            focus = focus or (go_on if not go_on.isHidden() else page.back_button)
        (focus or page).setFocus()

    def current_page(self) -> QWidget:
        # Not isVisibleTo: with easy read on, the pages' scroller is hidden in the stack.
        return next(page for page in self.pages if not page.isHidden())

    def _today(self) -> dt.date:
        wallet = self.session.wallet
        return wallet.clock.today() if wallet is not None else dt.date.today()

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Read the sent check-ups and what changed since, off the GUI thread."""
        wallet = self.session.wallet
        if wallet is None or wallet.is_locked:
            return

        def work() -> tuple[list[Any], council_profiles.CouncilSetting]:
            sent = return_history.sent_returns(wallet)
            pairs = [(s, return_history.changes_since_sent(wallet, s.id)) for s in sent]
            return pairs, council_profiles.current_setting(wallet)

        self.history.busy.start(_("Looking at the check-ups you have sent…"))
        self.easy.refresh()
        run_task(work, self._history_loaded, self._history_failed, where="checkup history")

    def _history_loaded(self, result: tuple[list[Any], council_profiles.CouncilSetting]) -> None:
        self.history.busy.stop()
        if not self.session.is_open:
            return
        pairs, self.setting = result
        self.history.show_history(pairs, self.setting.profile)

    def _history_failed(self, message: str) -> None:
        self.history.busy.start(message)
        self.history.busy.bar.hide()

    def clear(self) -> None:
        """Forget every figure and answer (on lock)."""
        self.draft = Draft()
        self.review.sheet = None
        self.history.show_history([], None)
        self.easy.clear()
        if self.dialog is not None:
            self.dialog.reject()
        self.show_page(self.history)

    def _changed(self, changes: Changes) -> None:
        if self.session.is_open and self.current_page() is self.history:
            self.refresh()

    def retranslate_ui(self) -> None:
        """The to-dos were worded when the sheet was built, so build it again."""
        if self.draft.sheet is not None and self.session.is_open:
            self._build(lambda sheet: None, self.period_busy)

    # ------------------------------------------------------------------ steps
    def start(self, period: tuple[dt.date, dt.date] | None = None) -> None:
        """Begin a new check-up at Step 1, with the suggested dates (or ``period``)."""
        wallet = self.session.wallet
        if wallet is None:
            return
        self.setting = council_profiles.current_setting(wallet)
        profile = self.setting.profile
        suggested = return_history.suggest_period(wallet)
        start, end = period or (suggested.start, suggested.end)
        self.draft = Draft(formats=profile.formats, declaration_date=self._today())
        self.period.show_suggestion(start, end, suggested.follows_last and not period, profile)
        self.show_page(self.period, self.period.start.editor)

    def _redo(self, return_id: int) -> None:
        for sent, _since in self.history.history:
            if sent.id == return_id:
                self.start((sent.period_from, sent.period_to))

    def _period_done(self) -> None:
        problems = self.period.problems(self._today())
        if problems:
            self.period.errors.show_problems(problems)
            return
        self.draft.period_from, self.draft.period_to = self.period.dates()
        self._build(self._sheet_for_review, self.period_busy)

    def _build(self, then: Callable[[ReturnSheet], None], busy: BusyLine) -> None:
        wallet, draft = self.session.wallet, self.draft
        if wallet is None or draft.period_from is None or draft.period_to is None:
            return
        start, end = draft.period_from, draft.period_to

        def work() -> ReturnSheet:
            return return_history.prepare_sheet(
                wallet,
                start,
                end,
                note=draft.note,
                declaration_name=draft.declaration_name,
                declaration_date=draft.declaration_date,
            )

        def built(sheet: ReturnSheet) -> None:
            busy.stop()
            if self.draft is draft and self.session.is_open:
                draft.sheet = sheet
                self.review.show_sheet(sheet)
                self.answers.draft = draft
                self.answers.retranslate_ui()
                then(sheet)

        def failed(message: str) -> None:
            busy.stop()
            page = self.current_page()
            if isinstance(page, WizardPage):
                page.errors.show_problems([(message, None)])

        busy.start(
            _("Adding up the money from {start} to {end}…").format(
                start=format_date(start), end=format_date(end)
            )
        )
        run_task(work, built, failed, where="build checkup sheet")

    def _sheet_for_review(self, sheet: ReturnSheet) -> None:
        self.show_page(self.review)

    def _to_declaration(self, focus: QWidget | None = None) -> None:
        self.declaration.load(self.draft, self._today())
        self.show_page(self.declaration, focus or self.declaration.note.editor)

    def _declaration_done(self) -> None:
        problems = self.declaration.problems(self._today())
        if problems:
            self.declaration.errors.show_problems(problems)
            return
        self.declaration.save(self.draft)
        self._build(lambda sheet: self.show_answers(), self.declaration_busy)

    def show_answers(self) -> None:
        wallet = self.session.wallet
        if wallet is None:
            return
        self.setting = council_profiles.current_setting(wallet)
        self.answers.show_answers(self.draft, self.setting.profile, self.setting.reference)
        self.show_page(self.answers)

    def _files_done(self) -> None:
        self.files.save(self.draft)
        self.show_answers()

    # ------------------------------------------------------------------ changes
    def change(self, row: str) -> None:
        """A Change button on "Check your answers": go back to where that answer is given."""
        if row == "period":
            self.period.show_suggestion(
                self.draft.period_from or self._today(),
                self.draft.period_to or self._today(),
                False,
                self.setting.profile if self.setting else council_profiles.profile_by_id(""),
            )
            self.show_page(self.period, self.period.start.editor)
        elif row == "council":
            self.choose_council()
        elif row == "figures":
            self.show_page(self.review)
        elif row in ("note", "declaration"):
            target = self.declaration.note if row == "note" else self.declaration.name
            self._to_declaration(target.editor)
        elif row == "folder":
            self._pick_folder()
        elif self.setting is not None:
            self.files.load(self.draft, self.setting.profile)
            self.show_page(self.files, next(iter(self.files.radios.values())))

    def fix(self, kind: str, line_id: int) -> None:
        """A to-do's button: open the section where it is fixed, or the step that fixes it."""
        if kind in FIX_SECTIONS:
            self.go_to_section(FIX_SECTIONS[kind])
        elif kind == "reference":
            self.choose_council()
        elif kind == "declaration":
            self._to_declaration(self.declaration.name.editor)
        else:  # contingency: a note about plans for the money
            self._to_declaration(self.declaration.note.editor)

    def go_to_section(self, key: str) -> None:
        self.open_section.emit(key)
        parent = self.parentWidget()
        while parent is not None and not hasattr(parent, "show_section"):
            parent = parent.parentWidget()
        if parent is not None:
            parent.show_section(key, focus=True)

    def choose_council(self) -> None:
        wallet = self.session.wallet
        if wallet is None:
            return
        self.dialog = ProfileDialog(wallet, self)
        self.dialog.accepted.connect(self._council_chosen)
        self.dialog.open()

    def _council_chosen(self) -> None:
        wallet = self.session.wallet
        if wallet is None:
            return
        self.setting = council_profiles.current_setting(wallet)
        page = self.current_page()
        if page is self.answers:  # the to-dos depend on the council's rules
            self._build(lambda sheet: self.show_answers(), self.declaration_busy)
        elif page is self.period:
            suggested = return_history.suggest_period(wallet)
            self.period.show_suggestion(
                suggested.start, suggested.end, suggested.follows_last, self.setting.profile
            )
        elif page is self.history:
            self.refresh()

    def _pick_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, _("Choose a folder for the files"), str(self.draft.folder)
        )
        if chosen:
            self.draft.folder = Path(chosen)
            self.files.folder = Path(chosen)
            self.files.retranslate_ui()
            if self.current_page() is self.answers:
                self.show_answers()

    # ------------------------------------------------------------------ writing
    def write_files(self) -> None:
        """Write the chosen files off the GUI thread, saying which file is being written."""
        wallet, draft = self.session.wallet, self.draft
        if wallet is None or draft.sheet is None or self.answers.busy.isVisible():
            return
        sheet, folder = draft.sheet, draft.folder
        suffixes = return_history.planned_suffixes(
            draft.formats, draft.evidence_pack, draft.email_draft
        )
        relay = self.progress

        def work() -> list[Path]:
            return return_history.write_files(
                wallet, sheet, folder, suffixes, lambda i, n, name: relay.step.emit(i, n, name)
            )

        self.answers.continue_button.setEnabled(False)
        self.answers.busy.start(_("Writing your financial check-up…"))
        run_task(work, self._written, self._write_failed, where="write checkup files")

    def _progress(self, index: int, count: int, name: str) -> None:
        self.answers.busy.start(
            _("Writing file {n} of {count}: {name}").format(n=index + 1, count=count, name=name)
        )

    def _written(self, written: list[Path]) -> None:
        self.answers.busy.stop()
        self.answers.continue_button.setEnabled(True)
        self.draft.written = written
        email = self.setting.profile.return_email if self.setting else ""
        self.done.show_written(written, self.draft.folder, email)
        self.show_page(self.done, self.done.sent_button)

    def _write_failed(self, message: str) -> None:
        self.answers.busy.stop()
        self.answers.continue_button.setEnabled(True)
        self.answers.errors.show_problems([(message, self.answers.rows["folder"][2])])

    def open_folder(self) -> None:
        """Show the folder in the system's file manager (a local folder, no network)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.draft.folder)))

    def mark_sent(self) -> None:
        wallet, sheet = self.session.wallet, self.draft.sheet
        if wallet is None or sheet is None or self.draft.sent_id is not None:
            return
        changes = return_history.mark_sent(wallet, sheet)
        self.draft.sent_id = changes.ids[0] if changes.ids else -1
        self.done.show_sent(format_date(self._today()))
        self.done.back_button.setFocus()
        bus().announce(changes)

    def finish(self) -> None:
        self.draft = Draft()
        self.show_page(self.history, self.history.make_button)
        self.refresh()
