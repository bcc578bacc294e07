"""Kind sentences the pay run says about PAs who are not in it, and why.

Why on their own: the pay run's rules read more clearly without the wording,
and the wording can be reviewed (and translated) in one place. Nothing here
blames anyone; each sentence says what to do next.
"""

from __future__ import annotations

import datetime as dt

from dpwallet.domain.errors import UsageError
from dpwallet.i18n import _, ngettext
from dpwallet.i18n.formatting import format_date


def earlier_unpaid(name: str, count: int) -> str:
    return ngettext(
        "A heads-up: one of {name}'s approved shifts from before this period has not been "
        "paid yet. If it is still owed, run pay for its period before this one.",
        "A heads-up: {n} of {name}'s approved shifts from before this period have not been "
        "paid yet. If they are still owed, run pay for their period before this one.",
        count,
    ).format(n=count, name=name)


def not_aligned(name: str, next_end: dt.date) -> str:
    return _("{name} is not in this run: their next pay period ends on {date}.").format(
        name=name, date=format_date(next_end)
    )


def unapproved(name: str, count: int) -> str:
    return ngettext(
        "One of {name}'s shifts in this period is not approved yet, so it is not included. "
        "If it should be paid, approve it before you confirm.",
        "{n} of {name}'s shifts in this period are not approved yet, so they are not "
        "included. If they should be paid, approve them before you confirm.",
        count,
    ).format(n=count, name=name)


def nothing_to_pay(period_end: dt.date, already: list[str], left_out: list[str]) -> UsageError:
    when = format_date(period_end)
    if already:
        return UsageError(
            _(
                "Pay for the period ending {date} has already been confirmed for {names}, so "
                "there is nothing more to pay for it. Their payslips are ready to print."
            ).format(date=when, names=", ".join(already))
        )
    text = _(
        "There are no approved shifts for the period ending {date}, so there is nothing to "
        "pay yet. Add the shifts first, then run pay again."
    ).format(date=when)
    return UsageError(" ".join([text, *left_out]))
