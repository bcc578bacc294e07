"""Rows and table models for the personal assistants screens (immutable rows, no ORM).

Why a row type of our own: the table shows the rate in force today and whether the PA
has left, which the service keeps in two places; working it out once, outside the
widget, keeps the table model a plain reader and gives an easy read version the same
facts as sentences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_date_short, format_money
from dpwallet.services import people_service
from dpwallet.services.people_service import RateDetails
from dpwallet.services.wallet import Wallet
from dpwallet.ui.people.parts import Column, RowTableModel
from dpwallet.ui.people.words import frequency_words


@dataclass(frozen=True)
class AssistantListRow:
    id: int
    name: str
    frequency: str
    rate: Money | None  # the basic hourly rate in force today
    start_date: dt.date
    end_date: dt.date | None

    def status_text(self, today: dt.date) -> str:
        if self.end_date is None:
            return _("Works for you")
        if self.end_date < today:
            return _("Left on {date}").format(date=format_date_short(self.end_date))
        return _("Leaving on {date}").format(date=format_date_short(self.end_date))

    def sentence(self, today: dt.date) -> str:
        """The row as one plain sentence (for an easy read or spoken version)."""
        rate = format_money(self.rate) if self.rate else _("no pay rate yet")
        return _("{name} is paid {frequency}, {rate} an hour, from {date}. {status}.").format(
            name=self.name,
            frequency=frequency_words(self.frequency).lower(),
            rate=rate,
            date=format_date(self.start_date),
            status=self.status_text(today),
        )


def rate_on(rates: list[RateDetails], day: dt.date) -> RateDetails | None:
    """The rates in force on ``day`` (the latest that started on or before it)."""
    current = [r for r in rates if r.effective_from <= day]
    return current[-1] if current else (rates[0] if rates else None)


def assistant_rows(wallet: Wallet, today: dt.date) -> list[AssistantListRow]:
    rows = []
    for pa in people_service.list_assistants(wallet):
        rate = rate_on(people_service.pay_rates(wallet, pa.id), today)
        rows.append(
            AssistantListRow(
                pa.id,
                pa.name,
                pa.pay_frequency,
                rate.basic if rate else None,
                pa.start_date,
                pa.end_date,
            )
        )
    return rows


class AssistantTableModel(RowTableModel[AssistantListRow]):
    """Name, how often paid, basic rate, start date and (in words) whether they have left."""

    def __init__(self, today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        super().__init__(
            [
                Column(lambda: _("Name"), lambda r: r.name, lambda r: r.name.casefold()),
                Column(lambda: _("Paid"), lambda r: frequency_words(r.frequency)),
                Column(
                    lambda: _("Basic rate an hour"),
                    lambda r: format_money(r.rate) if r.rate else _("Not set"),
                    lambda r: r.rate.pence if r.rate else -1,
                    amount=True,
                ),
                Column(
                    lambda: _("Started"),
                    lambda r: format_date_short(r.start_date),
                    lambda r: r.start_date,
                ),
                Column(
                    lambda: _("Status"),
                    lambda r: r.status_text(self.today),
                    lambda r: (r.end_date is not None, r.end_date or r.start_date),
                ),
            ]
        )


def _rate_text(amount: Money | None) -> str:
    return format_money(amount) if amount is not None else _("Basic rate")


def _pence(amount: Money | None) -> int:
    return amount.pence if amount is not None else -1


class RateTableModel(RowTableModel[RateDetails]):
    """A PA's rates from each date; empty enhancements are paid at the basic rate."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(
                    lambda: _("From"),
                    lambda r: format_date_short(r.effective_from),
                    lambda r: r.effective_from,
                ),
                Column(
                    lambda: _("Basic"),
                    lambda r: format_money(r.basic),
                    lambda r: r.basic.pence,
                    amount=True,
                ),
                Column(
                    lambda: _("Weekend"),
                    lambda r: _rate_text(r.weekend),
                    lambda r: _pence(r.weekend),
                    amount=True,
                ),
                Column(
                    lambda: _("Bank holiday"),
                    lambda r: _rate_text(r.bank_holiday),
                    lambda r: _pence(r.bank_holiday),
                    amount=True,
                ),
                Column(
                    lambda: _("Night"),
                    lambda r: _rate_text(r.night),
                    lambda r: _pence(r.night),
                    amount=True,
                ),
                Column(
                    lambda: _("Sleep-in (each night)"),
                    lambda r: format_money(r.sleep_in) if r.sleep_in else _("None"),
                    lambda r: _pence(r.sleep_in),
                    amount=True,
                ),
            ]
        )
