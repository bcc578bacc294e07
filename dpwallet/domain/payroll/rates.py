"""Per-tax-year rates, read from ``rates/<YYYY-YY>.json``.

Why data files: rates change every April and a new tax year must be a new file,
not a code change. Each figure in the file sits beside its source address, so
anyone can check it. Numbers are strings in the file and Decimals here: money
never passes through float.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from dpwallet.domain.errors import BadInputFile, UsageError
from dpwallet.domain.payroll.periods import Frequency, parse_tax_year, tax_year_label, tax_year_of

RATES_DIR = Path(__file__).parent / "rates"
_YEAR_FILE = re.compile(r"^(\d{4}-\d{2})\.json$")

REGIONS = ("rUK", "SCT", "WLS")


@dataclass(frozen=True)
class TaxBand:
    """One income tax band: ``width`` of taxable pay a year (None = no top) at ``rate``."""

    width: Decimal | None
    rate: Decimal
    name: str


@dataclass(frozen=True)
class TaxRegime:
    """Bands and flat-rate codes (BR, D0...) for England/NI, Scotland or Wales."""

    region: str
    bands: tuple[TaxBand, ...]
    flat_codes: Mapping[str, Decimal]


@dataclass(frozen=True)
class NiBand:
    """From ``threshold`` (a name like 'PT') up to the next band's threshold, at ``rate``."""

    threshold: str
    rate: Decimal


@dataclass(frozen=True)
class NiCategory:
    letter: str
    employee: tuple[NiBand, ...]
    employer: tuple[NiBand, ...]


@dataclass(frozen=True)
class NiRates:
    thresholds: Mapping[str, Mapping[str, Decimal]]  # name -> frequency value -> pounds
    categories: Mapping[str, NiCategory]

    def threshold(self, name: str, frequency: Frequency) -> Decimal:
        return self.thresholds[name][frequency.value]


@dataclass(frozen=True)
class PensionRates:
    lower: Mapping[str, Decimal]
    trigger: Mapping[str, Decimal]
    upper: Mapping[str, Decimal]
    employer_minimum: Decimal
    total_minimum: Decimal
    min_age: int
    eligible_from_age: int
    max_age: int
    contributions_due_day: int


@dataclass(frozen=True)
class MinimumWageBand:
    min_age: int
    label: str
    rate: Decimal


@dataclass(frozen=True)
class MinimumWageRates:
    effective_from: date
    bands: tuple[MinimumWageBand, ...]  # highest age first
    apprentice: Decimal
    accommodation_offset_daily: Decimal


@dataclass(frozen=True)
class SspRules:
    weekly_rate: Decimal
    lel_weekly: Decimal | None  # None: no earnings condition (from 6 April 2026)
    awe_fraction_cap: Decimal | None  # 0.80 from 6 April 2026
    waiting_days: int
    min_piw_days: int
    max_weeks: int
    linking_weeks: int


@dataclass(frozen=True)
class HolidayRates:
    statutory_weeks: Decimal
    max_days: Decimal
    irregular_hours_accrual: Decimal


@dataclass(frozen=True)
class HmrcPaymentRules:
    due_day_electronic: int
    due_day_cheque: int
    quarterly_if_average_monthly_below: Decimal


@dataclass(frozen=True)
class TaxYearRates:
    """Everything the payroll calculation needs for one tax year."""

    tax_year: str
    first_day: date
    last_day: date
    regimes: Mapping[str, TaxRegime]
    max_rate: Decimal
    ni: NiRates
    employment_allowance: Decimal
    pension: PensionRates
    minimum_wage: MinimumWageRates
    ssp: SspRules
    holiday: HolidayRates
    hmrc_payments: HmrcPaymentRules

    def regime(self, region: str) -> TaxRegime:
        return self.regimes[region]


def _dec(node: Any) -> Decimal:
    """A figure as Decimal; figures may be bare strings or {value, source} objects."""
    value = node["value"] if isinstance(node, dict) else node
    if isinstance(value, bool) or value is None or isinstance(value, float):
        raise ValueError(f"figure {value!r} must be a string or whole number")
    return Decimal(str(value))


def _opt_dec(node: Any) -> Decimal | None:
    return None if node["value"] is None else _dec(node)


def _per_frequency(node: Mapping[str, Any]) -> dict[str, Decimal]:
    return {key: _dec(value) for key, value in node.items() if key != "source"}


def _regime(region: str, raw: Mapping[str, Any]) -> TaxRegime:
    bands = tuple(
        TaxBand(None if b["width"] is None else _dec(b["width"]), _dec(b["rate"]), b["name"])
        for b in raw["bands"]
    )
    flat = {code: _dec(node) for code, node in raw["flat_codes"].items()}
    return TaxRegime(region, bands, flat)


def _ni(raw: Mapping[str, Any]) -> NiRates:
    thresholds = {name: _per_frequency(node) for name, node in raw["thresholds"].items()}
    categories = {
        letter: NiCategory(
            letter,
            tuple(NiBand(t, _dec(r)) for t, r in node["employee"]),
            tuple(NiBand(t, _dec(r)) for t, r in node["employer"]),
        )
        for letter, node in raw["categories"].items()
    }
    return NiRates(thresholds, categories)


def _pension(raw: Mapping[str, Any]) -> PensionRates:
    return PensionRates(
        lower=_per_frequency(raw["lower"]),
        trigger=_per_frequency(raw["trigger"]),
        upper=_per_frequency(raw["upper"]),
        employer_minimum=_dec(raw["employer_minimum"]),
        total_minimum=_dec(raw["total_minimum"]),
        min_age=int(raw["ages"]["min"]),
        eligible_from_age=int(raw["ages"]["eligible_from"]),
        max_age=int(raw["ages"]["max"]),
        contributions_due_day=int(raw["contributions_due_day"]["value"]),
    )


def _minimum_wage(raw: Mapping[str, Any]) -> MinimumWageRates:
    bands = tuple(
        MinimumWageBand(int(b["min_age"]), b["label"], _dec(b["rate"])) for b in raw["bands"]
    )
    return MinimumWageRates(
        effective_from=date.fromisoformat(raw["effective_from"]),
        bands=tuple(sorted(bands, key=lambda b: -b.min_age)),
        apprentice=_dec(raw["apprentice"]),
        accommodation_offset_daily=_dec(raw["accommodation_offset_daily"]),
    )


def _ssp(raw: Mapping[str, Any]) -> SspRules:
    return SspRules(
        weekly_rate=_dec(raw["weekly_rate"]),
        lel_weekly=_opt_dec(raw["earnings_condition_lel_weekly"]),
        awe_fraction_cap=_opt_dec(raw["awe_fraction_cap"]),
        waiting_days=int(raw["waiting_days"]["value"]),
        min_piw_days=int(raw["min_piw_days"]["value"]),
        max_weeks=int(raw["max_weeks"]["value"]),
        linking_weeks=int(raw["linking_weeks"]["value"]),
    )


def parse_rates(raw: Mapping[str, Any]) -> TaxYearRates:
    """Build rates from a decoded data file; raises KeyError/ValueError if malformed."""
    tax = raw["income_tax"]
    hol = raw["holiday"]
    pay = raw["hmrc_payments"]
    return TaxYearRates(
        tax_year=raw["tax_year"],
        first_day=date.fromisoformat(raw["first_day"]),
        last_day=date.fromisoformat(raw["last_day"]),
        regimes={region: _regime(region, node) for region, node in tax["regimes"].items()},
        max_rate=_dec(tax["max_rate"]),
        ni=_ni(raw["national_insurance"]),
        employment_allowance=_dec(raw["employment_allowance"]["annual"]),
        pension=_pension(raw["auto_enrolment"]),
        minimum_wage=_minimum_wage(raw["minimum_wage"]),
        ssp=_ssp(raw["statutory_sick_pay"]),
        holiday=HolidayRates(
            _dec(hol["statutory_weeks"]),
            _dec(hol["max_days"]),
            _dec(hol["irregular_hours_accrual"]),
        ),
        hmrc_payments=HmrcPaymentRules(
            int(pay["due_day_electronic"]["value"]),
            int(pay["due_day_cheque"]["value"]),
            _dec(pay["quarterly_if_average_monthly_below"]),
        ),
    )


def available_tax_years() -> list[str]:
    """Tax years we have a rates file for, oldest first."""
    return sorted(
        m.group(1) for p in RATES_DIR.iterdir() if (m := _YEAR_FILE.match(p.name)) is not None
    )


@lru_cache(maxsize=16)
def load_rates(tax_year: str) -> TaxYearRates:
    """The rates for a tax year such as '2025-26'; a plain error if we have none."""
    label = tax_year_label(parse_tax_year(tax_year))
    path = RATES_DIR / f"{label}.json"
    if not path.is_file():
        known = ", ".join(available_tax_years())
        raise UsageError(f"dpwallet has no rates for the {label} tax year yet (it has {known}).")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return parse_rates(raw)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BadInputFile(f"The rates file for {label} could not be read ({exc}).") from exc


def rates_for_date(day: date) -> TaxYearRates:
    """The rates for the tax year a date falls in."""
    return load_rates(tax_year_of(day))


def nearest_rates(day: date) -> TaxYearRates:
    """The rates for ``day``'s tax year, or the closest year we have.

    For rules that rarely change (payment due days), so a date just outside
    our files still gets a sensible answer instead of an error.
    """
    wanted = tax_year_of(day)
    years = available_tax_years()
    if wanted in years:
        return load_rates(wanted)
    earlier = [y for y in years if y < wanted]
    return load_rates(earlier[-1] if earlier else years[0])
