"""Bank holidays in England and Wales, read from a checked data file.

Why data and not a rule engine: bank holidays can be added by proclamation (a
coronation, a jubilee), so a list someone can correct beats clever date sums.
The list covers 2025 to 2027; outside it we say so rather than guess.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "rates" / "bank-holidays-england-and-wales.json"


@lru_cache(maxsize=1)
def _load() -> dict[date, str]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return {date.fromisoformat(item["date"]): item["name"] for item in raw["dates"]}


def covered_years() -> range:
    """The calendar years the list covers, so callers can warn beyond them."""
    years = sorted({day.year for day in _load()})
    return range(years[0], years[-1] + 1)


def is_bank_holiday(day: date) -> bool:
    """True on an England and Wales bank holiday (including substitute days)."""
    return day in _load()


def bank_holiday_name(day: date) -> str | None:
    """The holiday's name, for a payslip line such as 'Christmas Day'."""
    return _load().get(day)


def bank_holidays_between(first: date, last: date) -> list[date]:
    """Bank holidays from ``first`` to ``last`` inclusive, in order."""
    return sorted(day for day in _load() if first <= day <= last)
