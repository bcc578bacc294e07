"""The left navigation's sections and the pages that later issues fill.

Each section has a key, a picture and a word. Until its real screen exists, its page says
kindly what will appear there, so nobody meets an empty grey box.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from dpwallet.i18n import N_, _
from dpwallet.ui.widgets import ScreenView, label


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # msgid, translated at display time
    empty: str  # msgid: what will appear here


SECTIONS: tuple[Section, ...] = (
    Section("home", N_("Home"), ""),
    Section(
        "money",
        N_("Money"),
        N_("No statements yet. Import one from your bank, or add a payment by hand."),
    ),
    Section(
        "people",
        N_("Personal assistants"),
        N_(
            "No personal assistants yet. When you add the people you employ, their "
            "details, pay rates and holidays will show here."
        ),
    ),
    Section(
        "timesheets",
        N_("Timesheets"),
        N_("No shifts yet. The hours your personal assistants work will show here, week by week."),
    ),
    Section(
        "pay",
        N_("Pay"),
        N_(
            "No pay runs yet. Payslips, tax and pension for your personal assistants "
            "will show here."
        ),
    ),
    Section(
        "outcomes",
        N_("Outcomes"),
        N_(
            "No outcomes yet. The goals in your support plan, and what you spent on "
            "each one, will show here."
        ),
    ),
    Section(
        "checkup",
        N_("Financial check-up"),
        N_(
            "Nothing to send yet. When the council asks for a financial check-up, you "
            "will make it here in a few clicks and check it before it goes."
        ),
    ),
    Section("settings", N_("Settings"), ""),
)


class SectionView(ScreenView):
    """A section whose own screen comes later: its title and a kind empty-state sentence."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"{section.key}View")
        self.title = label("h1", name=f"{section.key}Title")
        self.empty = label(name=f"{section.key}Empty")
        self.content.addWidget(self.title)
        self.content.addWidget(self.empty)
        self.content.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(_(self.section.title))
        self.empty.setText(_(self.section.empty))
