"""Easy read Personal assistants: who works for you, their pay an hour, what is missing.

Why this wording: being an employer is the part people find hardest (domain.md), so easy
read says one thing a line: each personal assistant's pay an hour, and anything still
missing as a kind "please add ... when you can", never as a fault. "Add a personal
assistant" opens the same form as the normal screen (the screen asks for it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from dpwallet.domain.employer_checklist import Status
from dpwallet.domain.money import Money
from dpwallet.i18n import npgettext, pgettext
from dpwallet.i18n.formatting import easy_read_amount, format_date
from dpwallet.services import people_service
from dpwallet.services.payroll_checklist import employer_checklist_for
from dpwallet.ui.easyread.button_box import ButtonsView
from dpwallet.ui.easyread.widgets import EasyButton, IdeaRow
from dpwallet.ui.people.people_models import rate_on

if TYPE_CHECKING:
    from dpwallet.services.wallet import Wallet

__all__ = ["EasyPeople", "PeopleFacts", "PersonFacts", "people_facts"]

# What may be missing from a personal assistant's record, in the order easy read says it.
MISSING_ORDER = ("ni_number", "date_of_birth", "contract")
MISSING_TERMS = {
    "ni_number": ("national_insurance_number",),
    "date_of_birth": (),
    "contract": (),
}


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """One personal assistant as easy read says it."""

    name: str
    rate: Money | None  # the basic pay an hour in force today
    end_date: dt.date | None
    missing: tuple[str, ...] = ()  # keys from MISSING_ORDER

    def has_left(self, today: dt.date) -> bool:
        return self.end_date is not None and self.end_date < today


@dataclass(frozen=True, slots=True)
class PeopleFacts:
    today: dt.date
    people: tuple[PersonFacts, ...]
    insurance: Status | None = None  # the employer checklist's insurance heads-up, if any
    insurance_due: dt.date | None = None


def people_facts(wallet: Wallet, today: dt.date) -> PeopleFacts:
    """Each personal assistant's pay an hour and missing details, from the services."""
    people = []
    for pa in people_service.list_assistants(wallet):
        rate = rate_on(people_service.pay_rates(wallet, pa.id), today)
        missing = {
            "ni_number": not pa.ni_number.strip(),
            "date_of_birth": pa.date_of_birth is None,
            "contract": pa.contract_signed_on is None,
        }
        people.append(
            PersonFacts(
                pa.name,
                rate.basic if rate else None,
                pa.end_date,
                tuple(key for key in MISSING_ORDER if missing[key]),
            )
        )
    insurance = next(
        (i for i in employer_checklist_for(wallet, today) if i.key == "insurance"), None
    )
    return PeopleFacts(
        today,
        tuple(people),
        insurance.status if insurance else None,
        insurance.due if insurance else None,
    )


class EasyPeople(ButtonsView):
    """``add_requested``: open the normal "Add a personal assistant" form."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("easyPeople")
        self.facts: PeopleFacts | None = None
        self.person_rows: list[tuple[PersonFacts, str, IdeaRow]] = []
        add = self.add_row
        self.count = add(IdeaRow("person", name="erPeopleCount", terms=("personal_assistant",)))
        self.insurance = add(IdeaRow("heads-up", name="erPeopleInsurance", terms=("insurance",)))
        self.all_ok = add(IdeaRow("tick", name="erPeopleAllOk"))
        self.add_button = EasyButton("add-person", "erPeopleAdd")
        self.add_button.clicked.connect(self.add_requested)
        self.add_buttons("erPeopleButtons", self.add_button)
        self.content.addStretch(1)
        self.retranslate_ui()

    # ------------------------------------------------------------ data
    def show_people(self, facts: PeopleFacts | None) -> None:
        self.facts = facts
        self._rebuild()
        self.retranslate_ui()

    def _rebuild(self) -> None:
        wanted: list[tuple[PersonFacts, str]] = []
        if self.facts is not None:
            today = self.facts.today
            for person in self.facts.people:
                keys = ["left"] if person.has_left(today) else ["rate", *person.missing]
                wanted += [(person, key) for key in keys]
        old = self.person_rows
        if [(k, p.rate is None) for p, k in wanted] == [(k, p.rate is None) for p, k, _r in old]:
            self.person_rows = [
                (p, k, row) for (p, k), (_o, _k, row) in zip(wanted, old, strict=True)
            ]
            return  # the same rows say the new facts: nothing to build again
        self.remove_rows([row for _p, _k, row in old])
        self.person_rows = [
            (person, key, self._row_for(index, key, person))
            for index, (person, key) in enumerate(wanted)
        ]
        self.insert_rows(self.count, [row for _p, _k, row in self.person_rows])

    @staticmethod
    def _row_for(index: int, key: str, person: PersonFacts) -> IdeaRow:
        name = f"erPersonRow{index}{key.title().replace('_', '')}"
        if key == "rate" and person.rate is not None:
            return IdeaRow("pay", name=name, amount=True, terms=("pay_rate",))
        if key in ("rate", *MISSING_ORDER):
            return IdeaRow("heads-up", name=name, terms=MISSING_TERMS.get(key, ("pay_rate",)))
        return IdeaRow("person", name=name)

    # ------------------------------------------------------------ words
    def retranslate_ui(self) -> None:
        self.heading.setText(pgettext("easyread", "Your personal assistants"))
        self.add_button.set_words(
            pgettext("easyread", "Add a personal assistant"),
            pgettext("easyread", "This opens a form for their details."),
        )
        for row in self.rows:
            row.setVisible(False)
        f = self.facts
        self.add_button.setVisible(f is not None)
        if f is None:
            return
        current = [p for p in f.people if not p.has_left(f.today)]
        if not f.people:
            self._show(self.count, pgettext("easyread", "You have no personal assistants yet."))
        else:
            n = len(current)
            self._show(
                self.count,
                npgettext(
                    "easyread",
                    "You have {n} personal assistant.",
                    "You have {n} personal assistants.",
                    n,
                ),
                n=str(n),
            )
        busy = False
        for person, key, row in self.person_rows:
            busy |= self._person_row(row, key, person)
        busy |= self._insurance(f)
        if f.people and not busy:
            self._show(self.all_ok, pgettext("easyread", "Nothing is missing. Well done."))
        self.fit_buttons()

    def _show(self, row: IdeaRow, template: str, **values: str) -> None:
        row.set_sentence(template, **values)
        row.setVisible(True)

    def _person_row(self, row: IdeaRow, key: str, person: PersonFacts) -> bool:
        """Fill one row; True when it asks the person to add something."""
        name = person.name
        if key == "left" and person.end_date is not None:
            self._show(
                row,
                pgettext("easyread", "{name} stopped working for you on {date}."),
                name=name,
                date=format_date(person.end_date),
            )
            return False
        if key == "rate":
            if person.rate is None:
                self._show(
                    row, pgettext("easyread", "Please add how much you pay {name}."), name=name
                )
                return True
            self._show(
                row,
                pgettext("easyread", "{name} is paid {amount} an hour."),
                name=name,
                amount=easy_read_amount(person.rate).amount,
            )
            return False
        templates = {
            "ni_number": pgettext(
                "easyread", "Please add {name}'s National Insurance number when you can."
            ),
            "date_of_birth": pgettext(
                "easyread", "Please add {name}'s date of birth when you can."
            ),
            "contract": pgettext(
                "easyread", "Please add the date of {name}'s contract when you can."
            ),
        }
        self._show(row, templates[key], name=name)
        return True

    def _insurance(self, f: PeopleFacts) -> bool:
        if f.insurance is Status.MISSING:
            self._show(
                self.insurance,
                pgettext(
                    "easyread", "Please add the date your insurance for personal assistants ends."
                ),
            )
        elif f.insurance is Status.DUE_SOON and f.insurance_due is not None:
            self._show(
                self.insurance,
                pgettext(
                    "easyread", "Please renew your insurance for personal assistants by {date}."
                ),
                date=format_date(f.insurance_due),
            )
        elif f.insurance is Status.PASSED:
            self._show(
                self.insurance,
                pgettext(
                    "easyread", "Please check your insurance for personal assistants is renewed."
                ),
            )
        else:
            return False
        return True
