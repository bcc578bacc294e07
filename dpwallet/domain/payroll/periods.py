"""Pay frequencies and tax periods.

PAYE and NI follow the *payment date*: tax week 1 is 6 to 12 April, tax month 1
is 6 April to 5 May. The minimum wage and auto-enrolment follow the pay
reference period instead; callers pass the dates each rule needs.
"""

from __future__ import annotations

import re
from datetime import date
from enum import Enum

from dpwallet.domain.errors import UsageError


class Frequency(Enum):
    """How often a PA is paid. Values are the CLI and data-file spellings."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    FOUR_WEEKLY = "four-weekly"
    MONTHLY = "monthly"

    @property
    def periods_per_year(self) -> int:
        return {"weekly": 52, "fortnightly": 26, "four-weekly": 13, "monthly": 12}[self.value]

    @property
    def weeks(self) -> int | None:
        """Weeks in one pay period; None for monthly (which uses the monthly tables)."""
        return {"weekly": 1, "fortnightly": 2, "four-weekly": 4, "monthly": None}[self.value]

    @property
    def max_period(self) -> int:
        """Highest period number: weekly pay can fall in week 53, 2-weekly in 54, 4-weekly in 56."""
        return {"weekly": 53, "fortnightly": 27, "four-weekly": 14, "monthly": 12}[self.value]

    @classmethod
    def parse(cls, text: str) -> Frequency:
        cleaned = text.strip().lower().replace("_", "-").replace(" ", "-")
        aliases = {
            "4-weekly": "four-weekly",
            "fourweekly": "four-weekly",
            "2-weekly": "fortnightly",
        }
        cleaned = aliases.get(cleaned, cleaned)
        for member in cls:
            if member.value == cleaned:
                return member
        raise UsageError(
            f"'{text}' is not a pay frequency we know; use weekly, fortnightly, "
            "four-weekly or monthly."
        )


_TAX_YEAR = re.compile(r"^(\d{4})-(\d{2})$")


def parse_tax_year(text: str) -> int:
    """'2025-26' to 2025 (the calendar year the tax year starts in)."""
    match = _TAX_YEAR.match(text.strip())
    if not match or (int(match.group(1)) + 1) % 100 != int(match.group(2)):
        raise UsageError(f"'{text}' is not a tax year; write it like 2025-26.")
    return int(match.group(1))


def tax_year_label(start_year: int) -> str:
    """2025 to '2025-26'."""
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def tax_year_start(day: date) -> int:
    """The calendar year in which the tax year containing ``day`` began."""
    return day.year if (day.month, day.day) >= (4, 6) else day.year - 1


def tax_year_of(day: date) -> str:
    """The tax year label ('2025-26') that ``day`` falls in."""
    return tax_year_label(tax_year_start(day))


def tax_week(day: date) -> int:
    """Tax week 1 to 53 of a payment date (week 53 is the odd days at the year end)."""
    start = date(tax_year_start(day), 4, 6)
    return (day - start).days // 7 + 1


def tax_month(day: date) -> int:
    """Tax month 1 to 12: month 1 runs 6 April to 5 May."""
    months = (day.year - tax_year_start(day)) * 12 + day.month - 4
    return months + (1 if day.day >= 6 else 0)


def paye_period(payday: date, frequency: Frequency) -> int:
    """The period number the PAYE tables use for a payday.

    Monthly pay uses the tax month. Weekly, fortnightly and four-weekly pay all
    use the weekly tables with the tax week of the payday (HMRC spec), so a
    fortnightly payday in week 4 gets four weeks of free pay to date.
    """
    if frequency is Frequency.MONTHLY:
        return tax_month(payday)
    return tax_week(payday)


def paye_period_for_pay_period(frequency: Frequency, period: int) -> int:
    """Map 'the Nth fortnightly (or four-weekly) payday' to its tax week.

    The CLI takes the period in the frequency's own units, as payroll services
    print it; the Nth fortnightly payday of a regular payroll falls in week 2N.
    """
    if not 1 <= period <= frequency.max_period:
        raise UsageError(
            f"Period {period} is not possible for {frequency.value} pay; "
            f"use a number from 1 to {frequency.max_period}."
        )
    return period * (frequency.weeks or 1)
