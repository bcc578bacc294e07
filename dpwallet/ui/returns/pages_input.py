"""The financial check-up pages where the person types or picks: period, declaration, files.

One question per page (ux.md). Problems are found when the person presses Continue, and
listed under "There is a problem" with the same words beside the field.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from dpwallet.domain.council_profile import CouncilProfile
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.returns.parts import (
    MIN_TARGET,
    Draft,
    WizardPage,
    date_edit,
    from_qdate,
    to_qdate,
)
from dpwallet.ui.widgets import Field, label, set_text
from dpwallet.ui.wrap_text import WrapCheckBox, wrap_button


def period_words(kind: str) -> str:
    """How often the council asks, in words (msgids are marked at the call sites)."""
    words = {
        "four_weekly": _("every four weeks"),
        "monthly": _("every month"),
        "quarterly": _("every three months"),
        "half_yearly": _("every six months"),
        "yearly": _("once a year"),
    }
    return words.get(kind, kind)


class PeriodPage(WizardPage):
    """Step 1: which dates the check-up covers; dpwallet suggests the next period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("periodPage", 1, parent)
        self.suggestion = label(name="periodSuggestion")
        self.council = label("secondary", name="periodCouncil")
        self.council_button = wrap_button("changeCouncilButton")
        self.start = Field(date_edit("periodFrom"), "periodFrom")
        self.end = Field(date_edit("periodTo"), "periodTo")
        self.body.addWidget(self.suggestion)
        self.body.addWidget(self.start)
        self.body.addWidget(self.end)
        self.body.addWidget(self.council)
        self.body.addLayout(flow_row(self.council_button))
        self.kind = "quarterly"
        self.follows_last = False
        self.profile: CouncilProfile | None = None
        self.retranslate_ui()

    def show_suggestion(
        self, start: dt.date, end: dt.date, follows_last: bool, profile: CouncilProfile
    ) -> None:
        self.start.editor.setDate(to_qdate(start))  # type: ignore[attr-defined]
        self.end.editor.setDate(to_qdate(end))  # type: ignore[attr-defined]
        self.suggested = (start, end)
        self.follows_last, self.profile, self.kind = follows_last, profile, profile.return_period
        self.retranslate_ui()

    def dates(self) -> tuple[dt.date, dt.date]:
        return (
            from_qdate(self.start.editor.date()),  # type: ignore[attr-defined]
            from_qdate(self.end.editor.date()),  # type: ignore[attr-defined]
        )

    def problems(self, today: dt.date) -> list[tuple[str, QWidget | None]]:
        start, end = self.dates()
        self.start.set_error("")
        self.end.set_error("")
        message = ""
        if end < start:
            message = _("The last day must be on or after the first day.")
        elif start > today:
            message = _("The first day must be today or earlier.")
        if message:
            self.end.set_error(message)
            return [(message, self.end.editor)]
        return []

    def retranslate_ui(self) -> None:
        self.retranslate_frame(_("Which dates does this check-up cover?"), _("Continue"))
        self.start.set_texts(_("First day"))
        self.end.set_texts(_("Last day"))
        suggested = getattr(self, "suggested", None)
        if suggested:
            words = (
                _("We suggest {start} to {end}: the period after your last check-up.")
                if self.follows_last
                else _("We suggest {start} to {end}: your council’s last whole period.")
            )
            self.suggestion.setText(
                words.format(start=format_date(suggested[0]), end=format_date(suggested[1]))
                + " "
                + _("You can change the dates.")
            )
        if self.profile is not None:
            council = _("your council") if self.profile.id == "default" else self.profile.name
            self.council.setText(
                _("The dates follow the rules of {council}: a check-up {often}.").format(
                    council=council, often=period_words(self.kind)
                )
            )
        set_text(self.council_button, _("Change council…"))


class DeclarationPage(WizardPage):
    """Step 3: a note for the council, and the person's name and date as the declaration."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("declarationPage", 3, parent)
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)
        note.setMinimumHeight(MIN_TARGET * 3)
        self.note = Field(note, "noteEdit")
        self.statement = label(name="declarationStatement")
        name = QLineEdit()
        name.setMaxLength(200)
        self.name = Field(name, "declarationName")
        self.date = Field(date_edit("declarationDate"), "declarationDate")
        for part in (self.note, self.statement, self.name, self.date):
            self.body.addWidget(part)
        self.retranslate_ui()

    def load(self, draft: Draft, today: dt.date) -> None:
        self.note.editor.setPlainText(draft.note)  # type: ignore[attr-defined]
        self.name.editor.setText(draft.declaration_name)  # type: ignore[attr-defined]
        self.date.editor.setDate(to_qdate(draft.declaration_date or today))  # type: ignore[attr-defined]

    def save(self, draft: Draft) -> None:
        draft.note = self.note.editor.toPlainText().strip()  # type: ignore[attr-defined]
        draft.declaration_name = " ".join(self.name.editor.text().split())  # type: ignore[attr-defined]
        draft.declaration_date = from_qdate(self.date.editor.date())  # type: ignore[attr-defined]

    def problems(self, today: dt.date) -> list[tuple[str, QWidget | None]]:
        found: list[tuple[str, QWidget | None]] = []
        self.name.set_error("")
        self.date.set_error("")
        if not self.name.editor.text().strip():  # type: ignore[attr-defined]
            message = _("Type your name, like Sam Jones, so your council knows who sent it.")
            self.name.set_error(message)
            found.append((message, self.name.editor))
        if from_qdate(self.date.editor.date()) > today:  # type: ignore[attr-defined]
            message = _("The date must be today or earlier.")
            self.date.set_error(message)
            found.append((message, self.date.editor))
        return found

    def retranslate_ui(self) -> None:
        self.retranslate_frame(_("Add a note and your name"), _("Continue"))
        self.note.set_texts(
            _("A note for your council (you can leave this empty)"),
            _("For example, plans for money you have saved, or why a receipt is missing."),
        )
        self.statement.setText(
            _(
                "By typing your name you say that, as far as you know, this check-up is "
                "true and the money was used for the support in your plan."
            )
        )
        self.name.set_texts(_("Your name"), _("The person or the nominated person."))
        self.date.set_texts(_("Date"))


class FilesPage(WizardPage):
    """Which files to make and where: reached from "Change" on Check your answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("filesPage", None, parent)
        self.asks = label("secondary", name="filesCouncilAsks")
        self.group = QButtonGroup(self)
        self.radios: dict[tuple[str, ...], QRadioButton] = {}
        self.body.addWidget(self.asks)
        for key, formats in (("pdf", ("pdf",)), ("xlsx", ("xlsx",)), ("both", ("pdf", "xlsx"))):
            radio = QRadioButton()
            radio.setObjectName(f"format_{key}")
            radio.setMinimumHeight(MIN_TARGET)
            self.group.addButton(radio)
            self.radios[formats] = radio
            self.body.addWidget(radio)
        # Their sentences are long: at 200% text they wrap instead of running off the side.
        self.evidence = WrapCheckBox()
        self.evidence.setObjectName("evidenceCheck")
        self.email = WrapCheckBox()
        self.email.setObjectName("emailCheck")
        self.folder_label = label("label", name="folderLabel")
        self.folder_value = label(name="folderValue")
        self.folder_button = wrap_button("folderButton")
        for part in (self.evidence, self.email, self.folder_label, self.folder_value):
            self.body.addWidget(part)
        self.body.addLayout(flow_row(self.folder_button))
        self.folder = Path.home()
        self.profile: CouncilProfile | None = None
        self.retranslate_ui()

    def load(self, draft: Draft, profile: CouncilProfile) -> None:
        self.profile = profile
        self.radios.get(draft.formats, self.radios[("pdf", "xlsx")]).setChecked(True)
        self.evidence.setChecked(draft.evidence_pack)
        self.email.setChecked(draft.email_draft)
        self.folder = draft.folder
        self.retranslate_ui()

    def save(self, draft: Draft) -> None:
        draft.formats = next(k for k, r in self.radios.items() if r.isChecked())
        draft.evidence_pack = self.evidence.isChecked()
        draft.email_draft = self.email.isChecked()
        draft.folder = self.folder

    def retranslate_ui(self) -> None:
        self.retranslate_frame(_("Which files to make"), _("Save and go back"))
        texts = {
            ("pdf",): _("PDF, for reading and printing"),
            ("xlsx",): _("Spreadsheet (XLSX), for your council’s systems"),
            ("pdf", "xlsx"): _("Both a PDF and a spreadsheet"),
        }
        for formats, radio in self.radios.items():
            radio.setText(texts[formats])
            radio.setAccessibleName(texts[formats])
        if self.profile is not None:
            self.asks.setText(
                _("{council} asks for: {files}.").format(
                    council=self.profile.name, files=texts[self.profile.formats]
                )
            )
        for box, words in (
            (self.evidence, _("An evidence pack: a ZIP file with your receipts")),
            (self.email, _("An e-mail draft to your council, to send from your e-mail")),
        ):
            box.setText(words)
            box.setAccessibleName(words)
        self.folder_label.setText(_("Folder for the files"))
        self.folder_value.setText(str(self.folder))
        set_text(self.folder_button, _("Choose a folder…"))
