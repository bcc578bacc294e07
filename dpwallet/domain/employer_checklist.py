"""Being an employer: what is missing or coming up soon, as friendly heads-ups.

Why: people who employ PAs told councils the employer side (insurance, pensions,
year-end forms) is a big knowledge gap, and that letters full of threats made
them afraid. So each item says, warmly, what it is, when it is due and what to
do next. Nothing here is a telling-off; a passed date is "worth checking".

The rules (facts.md sections 5 and 7):

* employers' liability insurance must be in force while anyone is employed;
  we remind from 30 days before the renewal date;
* every PA should have a written statement of their terms from their first day;
* pension re-enrolment comes round every 3 years from the date the PA was
  enrolled; we remind from 60 days before;
* a P60 goes to everyone on the payroll on 5 April, by 31 May;
* a DBS check is not a legal duty for most employers of PAs, but many councils
  ask for one, so we mention it gently when there is no date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date

INSURANCE_NOTICE_DAYS = 30
REENROLMENT_NOTICE_DAYS = 60
REENROLMENT_YEARS = 3


class Status(Enum):
    """How soon something needs doing. ``MISSING`` means we do not know a date yet."""

    PASSED = "passed"
    DUE_SOON = "due soon"
    MISSING = "missing"
    SUGGESTION = "suggestion"


@dataclass(frozen=True)
class PaFacts:
    """What the checklist needs to know about one PA (from their record)."""

    name: str
    start_date: dt.date
    end_date: dt.date | None = None
    contract_signed_on: dt.date | None = None
    insurance_renewal: dt.date | None = None
    dbs_checked_on: dt.date | None = None
    pension_enrolled_on: dt.date | None = None
    paid_in_tax_year_ended: bool = False  # had pay in the tax year that ended last 5 April


@dataclass(frozen=True)
class ChecklistItem:
    """One heads-up. ``key`` is stable (for screens and tests); ``text`` is for people."""

    key: str
    who: str  # the PA's name, or "" for the employer as a whole
    status: Status
    text: str
    due: dt.date | None = None


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _employed(pa: PaFacts, today: dt.date) -> bool:
    return pa.end_date is None or pa.end_date >= today


def _insurance(pas: list[PaFacts], today: dt.date) -> list[ChecklistItem]:
    """One item for the employer: the soonest renewal date recorded on any PA."""
    dates = sorted(pa.insurance_renewal for pa in pas if pa.insurance_renewal)
    upcoming = [d for d in dates if d >= today]
    if not dates:
        text = _(
            "We do not have a renewal date for your employers' liability insurance yet. "
            "You need this insurance while you employ anyone; add the date from your policy "
            "and we will remind you before it runs out."
        )
        return [ChecklistItem("insurance", "", Status.MISSING, text)]
    if upcoming:
        due = upcoming[0]
        if (due - today).days <= INSURANCE_NOTICE_DAYS:
            text = _(
                "Your employers' liability insurance is due for renewal on {date}. Your "
                "insurer or your council's support service can help you renew it in time."
            ).format(date=format_date(due))
            return [ChecklistItem("insurance", "", Status.DUE_SOON, text, due)]
        return []
    due = dates[-1]
    text = _(
        "The renewal date we have for your employers' liability insurance, {date}, has "
        "passed. If you have already renewed, just add the new renewal date."
    ).format(date=format_date(due))
    return [ChecklistItem("insurance", "", Status.PASSED, text, due)]


def _contract(pa: PaFacts) -> list[ChecklistItem]:
    if pa.contract_signed_on:
        return []
    text = _(
        "We do not have a date for {name}'s contract. Everyone you employ should have their "
        "terms in writing from their first day; your council's support service often has a "
        "template you can use."
    ).format(name=pa.name)
    return [ChecklistItem("contract", pa.name, Status.MISSING, text)]


def _reenrolment(pa: PaFacts, today: dt.date) -> list[ChecklistItem]:
    if not pa.pension_enrolled_on:
        return []
    due = _add_years(pa.pension_enrolled_on, REENROLMENT_YEARS)
    while due < today - dt.timedelta(days=REENROLMENT_NOTICE_DAYS):
        due = _add_years(due, REENROLMENT_YEARS)
    if (due - today).days > REENROLMENT_NOTICE_DAYS:
        return []
    status = Status.DUE_SOON if due >= today else Status.PASSED
    text = _(
        "Pension re-enrolment for {name} comes round on {date} (every three years). If "
        "{name} has left the pension scheme, you will need to enrol them again then; your "
        "pension provider will walk you through it."
    ).format(name=pa.name, date=format_date(due))
    return [ChecklistItem("pension_reenrolment", pa.name, status, text, due)]


def _p60(pa: PaFacts, today: dt.date) -> list[ChecklistItem]:
    due = dt.date(today.year, 5, 31)
    if not pa.paid_in_tax_year_ended or not dt.date(today.year, 4, 6) <= today <= due:
        return []
    text = _(
        "{name} needs a P60 for the tax year that ended on 5 April, by {date}. It shows "
        "their pay and tax for the year; your payroll software or service makes it."
    ).format(name=pa.name, date=format_date(due))
    return [ChecklistItem("p60", pa.name, Status.DUE_SOON, text, due)]


def _dbs(pa: PaFacts) -> list[ChecklistItem]:
    if pa.dbs_checked_on:
        return []
    text = _(
        "There is no DBS check date for {name}. It is not required by law for most PAs, "
        "but some councils ask for one; add the date if you have it."
    ).format(name=pa.name)
    return [ChecklistItem("dbs", pa.name, Status.SUGGESTION, text)]


_ORDER = {Status.PASSED: 0, Status.DUE_SOON: 1, Status.MISSING: 2, Status.SUGGESTION: 3}


def employer_checklist(pas: Iterable[PaFacts], today: dt.date) -> list[ChecklistItem]:
    """Everything worth a look, most pressing first (then by date)."""
    everyone = list(pas)
    current = [pa for pa in everyone if _employed(pa, today)]
    items: list[ChecklistItem] = []
    if current:
        items += _insurance(current, today)
    for pa in current:
        items += _contract(pa) + _reenrolment(pa, today) + _dbs(pa)
    for pa in everyone:
        items += _p60(pa, today)  # leavers still get their P60
    return sorted(items, key=lambda i: (_ORDER[i.status], i.due or dt.date.max, i.who))
