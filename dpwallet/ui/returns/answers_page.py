"""Step 4 "Check your answers" and the confirmation of what was written and where.

ux.md principle 4 and requirement 12: anything that leaves the wallet is listed first,
each line with its own Change button, and nothing is written until the person presses
"Make the files". Afterwards the person is told exactly which files went into which
folder, can open that folder, and can mark the check-up as sent.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from dpwallet.domain.council_profile import CouncilProfile
from dpwallet.i18n import _, ngettext
from dpwallet.i18n.formatting import format_date, format_money
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.returns.parts import Draft, StatusLine, WizardPage
from dpwallet.ui.returns.review_page import reconcile_words
from dpwallet.ui.widgets import BusyLine, label, set_text
from dpwallet.ui.wrap_text import wrap_button

ROWS = ("period", "council", "figures", "note", "declaration", "files", "evidence", "email")
ROWS_ALL = (*ROWS, "folder")


def file_words(draft: Draft) -> str:
    words = {
        ("pdf",): _("A PDF"),
        ("xlsx",): _("A spreadsheet (XLSX)"),
        ("pdf", "xlsx"): _("A PDF and a spreadsheet (XLSX)"),
    }
    return words.get(draft.formats, ", ".join(draft.formats))


class RowName(QLabel):
    """A row's name ("E-mail draft"): a bold label whose words wrap only when space is short.

    Why: a wrapping label asks for exactly the width of its one line, and Qt measures the
    same Nastaliq words a pixel or two wider from one moment to the next (rounding of
    fractional advances), with no event to tell the layout. Given the width it asked for,
    the name then broke onto a second line its row had no room for. A little room, in
    proportion to the font, keeps one line one line.
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setProperty("role", "label")
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        room = max(2, self.fontMetrics().averageCharWidth() // 2)
        return QSize(hint.width() + room, hint.height())


def answer_row(grid: QGridLayout, row: int, name: str) -> tuple[QLabel, QLabel, QPushButton]:
    """One "Check your answers" line: what, the answer, and its Change button."""
    key = RowName(f"{name}Key")
    value = label(name=f"{name}Value")
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    change = wrap_button(f"{name}Change")
    grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(change, row, 2, Qt.AlignmentFlag.AlignTop)
    return key, value, change


class AnswersPage(WizardPage):
    """``change_requested(row)`` when a Change button is pressed; row is one of ROWS_ALL."""

    change_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("answersPage", 4, parent)
        self.intro = label(name="answersIntro")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(12)
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        for index, key in enumerate(ROWS_ALL):
            self.rows[key] = answer_row(self.grid, index, key)
            self.rows[key][2].clicked.connect(lambda _c=False, k=key: self.change_requested.emit(k))
        self.busy = BusyLine()
        self.body.addWidget(self.intro)
        self.body.addLayout(self.grid)
        self.body.addWidget(self.busy)
        self.draft: Draft | None = None
        self.profile: CouncilProfile | None = None
        self.reference = ""
        self.retranslate_ui()

    def show_answers(self, draft: Draft, profile: CouncilProfile, reference: str) -> None:
        self.draft, self.profile, self.reference = draft, profile, reference
        self.retranslate_ui()

    def values(self) -> dict[str, str]:
        return {key: parts[1].text() for key, parts in self.rows.items()}

    def retranslate_ui(self) -> None:
        self.retranslate_frame(_("Check your answers"), _("Make the files"))
        self.intro.setText(
            _(
                "This is what will be written. Nothing is sent from here: dpwallet writes "
                "the files into a folder on this computer, and you send them to your council."
            )
        )
        keys = {
            "period": _("Dates"),
            "council": _("Council"),
            "figures": _("Figures"),
            "note": _("Note"),
            "declaration": _("Declaration"),
            "files": _("Files"),
            "evidence": _("Evidence pack"),
            "email": _("E-mail draft"),
            "folder": _("Folder"),
        }
        values = self._values()
        for key, (name, value, change) in self.rows.items():
            name.setText(keys[key])
            value.setText(values.get(key, ""))
            value.setAccessibleName(f"{keys[key]}: {value.text()}")
            set_text(change, _("Change"), _("Change {what}").format(what=keys[key].lower()))
            change.setAccessibleName(_("Change {what}").format(what=keys[key].lower()))

    def _values(self) -> dict[str, str]:
        draft, profile = self.draft, self.profile
        if draft is None or profile is None or draft.sheet is None:
            return {}
        sheet = draft.sheet
        council = profile.name
        if self.reference:
            council = _("{council}, reference {reference}").format(
                council=council, reference=self.reference
            )
        yes, no = _("Yes"), _("No")
        return {
            "period": _("{start} to {end}").format(
                start=format_date(sheet.inputs.period_from), end=format_date(sheet.inputs.period_to)
            ),
            "council": council,
            "figures": _("Money at the end: {amount}. {status}").format(
                amount=format_money(sheet.closing_balance), status=reconcile_words(sheet)
            ),
            "note": draft.note or _("No note"),
            "declaration": _("{name}, {date}").format(
                name=draft.declaration_name,
                date=format_date(draft.declaration_date or sheet.inputs.declaration_date),
            ),
            "files": file_words(draft),
            "evidence": yes if draft.evidence_pack else no,
            "email": _("Yes, addressed to {email}").format(email=profile.return_email)
            if draft.email_draft
            else no,
            "folder": str(draft.folder),
        }


class DonePage(WizardPage):
    """What was written and where; Open the folder; Mark as sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("donePage", None, parent)
        self.status = StatusLine("writtenStatus")
        self.files = label(name="writtenFiles")
        self.files.setProperty("role", "label")
        self.next_steps = label(name="nextSteps")
        self.open_button = wrap_button("openFolderButton")
        self.sent_button = wrap_button("markSentButton", primary=True)
        self.sent_status = StatusLine("sentStatus")
        self.sent_status.hide()
        for part in (self.status, self.files, self.next_steps):
            self.body.addWidget(part)
        self.body.addLayout(flow_row(self.open_button, self.sent_button))
        self.body.addWidget(self.sent_status)
        self.continue_button.hide()
        self.written: list[Path] = []
        self.folder = Path.home()
        self.email = ""
        self.sent_on = ""
        self.retranslate_ui()

    def show_written(self, written: list[Path], folder: Path, email: str) -> None:
        self.written, self.folder, self.email, self.sent_on = written, folder, email, ""
        self.sent_button.show()
        self.sent_status.hide()
        self.retranslate_ui()

    def show_sent(self, when: str) -> None:
        self.sent_on = when
        self.sent_button.hide()
        self.sent_status.show()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.retranslate_frame(_("Your files are ready"), "", _("Back to financial check-up"))
        count = len(self.written)
        self.status.show_status(
            True,
            ngettext(
                "dpwallet wrote {n} file into this folder: {folder}",
                "dpwallet wrote {n} files into this folder: {folder}",
                count,
            ).format(n=count, folder=self.folder),
        )
        self.files.setText("\n".join(path.name for path in self.written))
        self.next_steps.setText(
            _(
                "Send them to your council at {email}, with your bank statements for the "
                "same dates. When you have sent them, press Mark as sent, so dpwallet can "
                "tell you if anything in this period changes later."
            ).format(email=self.email)
        )
        set_text(self.open_button, _("Open the folder"))
        set_text(self.sent_button, _("Mark as sent"))
        if self.sent_on:
            self.sent_status.show_status(
                True, _("Marked as sent on {date}.").format(date=self.sent_on)
            )
