"""National Minimum Wage and National Living Wage checks, as friendly heads-ups.

Why by pay reference period: new rates apply from the first pay reference
period that starts on or after 1 April, and a PA moves to a new age band from
the period after their birthday. So we look the rate up by the period's first
day and the PA's age on that day. The result is never an accusation: it says
what the minimum is and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.domain.payroll.rates import MinimumWageRates, available_tax_years, load_rates

_PENNY = Decimal("0.01")


@lru_cache(maxsize=1)
def _all_rates() -> tuple[MinimumWageRates, ...]:
    found = [load_rates(year).minimum_wage for year in available_tax_years()]
    return tuple(sorted(found, key=lambda r: r.effective_from))


def rates_in_force(period_start: date) -> MinimumWageRates:
    """The minimum wage rates for a pay reference period starting on ``period_start``."""
    usable = [r for r in _all_rates() if r.effective_from <= period_start]
    if not usable:
        raise UsageError(f"dpwallet has no minimum wage rates for {period_start:%d %B %Y}.")
    return usable[-1]


def age_on(date_of_birth: date, day: date) -> int:
    """Whole years of age on ``day``."""
    years = day.year - date_of_birth.year
    return years - (1 if (day.month, day.day) < (date_of_birth.month, date_of_birth.day) else 0)


@dataclass(frozen=True)
class MinimumWageCheck:
    ok: bool
    minimum: Decimal | None  # None: under 16, no minimum wage applies
    band: str
    effective_from: date
    paid_per_hour: Decimal
    message: str | None  # a friendly heads-up when ``ok`` is False


def minimum_for(
    period_start: date, age: int, apprentice_rate_applies: bool = False
) -> tuple[Decimal | None, str, date]:
    """(hourly minimum, band wording, date in force) for a PA of ``age``.

    ``apprentice_rate_applies``: an apprentice under 19, or in the first year
    of their apprenticeship.
    """
    rates = rates_in_force(period_start)
    if apprentice_rate_applies:
        return rates.apprentice, "apprentices under 19 or in their first year", rates.effective_from
    for band in rates.bands:
        if age >= band.min_age:
            return band.rate, band.label, rates.effective_from
    return None, "under 16", rates.effective_from


def check_hourly_rate(
    period_start: date,
    age: int,
    paid_per_hour: Decimal,
    *,
    apprentice_rate_applies: bool = False,
    who: str = "your PA",
) -> MinimumWageCheck:
    """Is an hourly rate (or average pay per hour) at least the minimum wage?"""
    minimum, band, since = minimum_for(period_start, age, apprentice_rate_applies)
    paid = paid_per_hour.quantize(_PENNY, rounding=ROUND_HALF_UP)
    if minimum is None or paid >= minimum:
        return MinimumWageCheck(True, minimum, band, since, paid, None)
    short = Money.from_decimal(minimum - paid)
    message = (
        f"A friendly heads-up: from {since:%-d %B %Y} the minimum wage for someone "
        f"{band} is £{minimum} an hour. {who[:1].upper() + who[1:]} is paid £{paid} an hour, "
        f"which is £{short} below it. Raising the rate to at least £{minimum} before the next "
        "payday keeps everything on the right side of the law."
    )
    return MinimumWageCheck(False, minimum, band, since, paid, message)


def check_period_pay(
    period_start: date,
    age: int,
    pay_for_minimum_wage: Money,
    hours_counted: Decimal,
    *,
    apprentice_rate_applies: bool = False,
    who: str = "your PA",
) -> MinimumWageCheck:
    """Average pay per hour over a pay period against the minimum wage.

    ``pay_for_minimum_wage`` leaves out holiday pay, sick pay, rolled-up holiday
    pay and the premium part of enhanced rates; ``hours_counted`` includes time
    awake for work during sleep-ins but not time asleep.
    """
    if hours_counted <= 0:
        minimum, band, since = minimum_for(period_start, age, apprentice_rate_applies)
        return MinimumWageCheck(True, minimum, band, since, Decimal(0), None)
    per_hour = pay_for_minimum_wage.to_decimal() / hours_counted
    return check_hourly_rate(
        period_start, age, per_hour, apprentice_rate_applies=apprentice_rate_applies, who=who
    )
