"""The one module that formats money, dates and numbers for people to read.

Policy (access-and-languages.md, findings 2 and 3, requirements 16, 17, 23, 29):

* **Money** is always shown as ``"£" + format_decimal(x, "#,##0.00", locale="en_GB")``,
  whatever the UI language: ``£1,234.50``. Never "GBP", never "UK£", never rounded to
  whole pounds, never Qt's ``QLocale.toCurrencyString``. In the normal view a negative
  amount gets a leading ASCII minus (``-£12.50``). In Easy Read there is never a minus
  or brackets: callers use :func:`easy_read_amount` / :func:`easy_read_money_sentence`
  to say "You need to pay back £12.50".
* **Numbers** (counts, hours) follow the same en_GB policy (Latin digits, "," for
  thousands, "." for the point) in every language, so an amount and the hours next to
  it never disagree, and what we show is what :mod:`dpwallet.i18n.money_input` reads.
* **Dates** use Babel's CLDR data for the UI language: the long form always names the
  weekday and the month (:func:`format_date`); tables use the abbreviated form
  (:func:`format_date_short`). Neither is ever numeric like "31/03/25".
* In a right-to-left UI (Arabic, Urdu) amounts are wrapped in Unicode first-strong
  isolates (U+2068 … U+2069) so they stay whole inside Arabic-script sentences
  (requirement 23). :func:`strip_isolates` removes them (for tests, CSV, logs).

Every function takes ``language`` (a code from ``dpwallet.i18n.LANGUAGES``); ``None``
means the current UI language. Unknown codes (for example the pseudo-locale) fall back to
English (UK) data rather than raising.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _babel_format_date
from babel.dates import format_skeleton as _babel_format_skeleton
from babel.messages.plurals import get_plural
from babel.numbers import format_decimal

from dpwallet.domain.money import Money
from dpwallet.i18n import current_language, is_rtl, isolate, pgettext

__all__ = [
    "FSI",
    "PDI",
    "EasyReadAmount",
    "MoneyDirection",
    "babel_locale",
    "easy_read_amount",
    "easy_read_balance_sentence",
    "easy_read_money_sentence",
    "format_date",
    "format_date_short",
    "format_hours",
    "format_money",
    "format_number",
    "language_endonym",
    "plural_forms_header",
    "strip_isolates",
]

FSI = "\u2068"
PDI = "\u2069"
_FALLBACK = "en_GB"
_MONEY_PATTERN = "#,##0.00"


# --------------------------------------------------------------------------- locales
def babel_locale(language: str | None = None) -> Locale:
    """The Babel locale for a dpwallet language code; unknown codes give en_GB."""
    return _parse_locale(language or current_language())


@lru_cache(maxsize=64)
def _parse_locale(code: str) -> Locale:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(_FALLBACK)


def _lang(language: str | None) -> str:
    return language or current_language()


def _maybe_isolate(text: str, language: str | None) -> str:
    return isolate(text) if is_rtl(_lang(language)) else text


def strip_isolates(text: str) -> str:
    """Remove the Unicode isolate marks (FSI, LRI, RLI, PDI) from ``text``."""
    return text.translate({0x2066: None, 0x2067: None, 0x2068: None, 0x2069: None})


# --------------------------------------------------------------------------- money
def _pounds_text(pence: int) -> str:
    """Unsigned "1,234.50" for a number of pence (exact: Decimal, never float)."""
    value = Decimal(abs(pence)).scaleb(-2)
    return format_decimal(value, _MONEY_PATTERN, locale=_FALLBACK)


def format_money(m: Money, *, easy_read: bool = False, language: str | None = None) -> str:
    """``£1,234.50`` in every language (requirement 29).

    Normal view: negatives are ``-£12.50``. Easy read: never a minus sign (requirement
    16); the amount is shown as its size and the sentence around it says the direction
    (use :func:`easy_read_money_sentence`). In an RTL UI the result is wrapped in
    first-strong isolates.
    """
    if not isinstance(m, Money):
        raise TypeError("format_money needs a Money value")
    sign = "-" if m.pence < 0 and not easy_read else ""
    return _maybe_isolate(f"{sign}£{_pounds_text(m.pence)}", language)


class MoneyDirection(enum.StrEnum):
    """Which way an amount goes, for choosing an Easy Read sentence."""

    POSITIVE = "positive"  # money you have / money coming in
    NEGATIVE = "negative"  # money owed / to pay back
    ZERO = "zero"


@dataclass(frozen=True, slots=True)
class EasyReadAmount:
    """An amount split for Easy Read: its size as text and its direction as a key."""

    amount: str  # "£12.50" (isolated in RTL); never carries a sign
    direction: MoneyDirection

    @property
    def is_negative(self) -> bool:
        return self.direction is MoneyDirection.NEGATIVE


def easy_read_amount(m: Money, *, language: str | None = None) -> EasyReadAmount:
    """The unsigned amount text and a direction key for building an Easy Read sentence."""
    if m.pence > 0:
        direction = MoneyDirection.POSITIVE
    elif m.pence < 0:
        direction = MoneyDirection.NEGATIVE
    else:
        direction = MoneyDirection.ZERO
    return EasyReadAmount(format_money(m, easy_read=True, language=language), direction)


def easy_read_money_sentence(
    m: Money,
    *,
    positive: str,
    negative: str,
    zero: str | None = None,
    language: str | None = None,
) -> str:
    """Fill the sentence for the amount's direction with ``{amount}`` (no minus sign).

    The three templates are already-translated strings, each with an ``{amount}``
    placeholder, for example::

        easy_read_money_sentence(
            balance,
            positive=pgettext("easyread", "You have {amount}."),
            negative=pgettext("easyread", "You need to pay back {amount}."),
        )

    ``zero`` defaults to ``positive`` ("You have £0.00.").
    """
    split = easy_read_amount(m, language=language)
    if split.direction is MoneyDirection.NEGATIVE:
        template = negative
    elif split.direction is MoneyDirection.ZERO and zero is not None:
        template = zero
    else:
        template = positive
    return template.format(amount=split.amount)


def easy_read_balance_sentence(m: Money, *, language: str | None = None) -> str:
    """The standard Easy Read sentence for the money in the direct payment account."""
    return easy_read_money_sentence(
        m,
        positive=pgettext("easyread", "You have {amount}."),
        negative=pgettext("easyread", "You need to pay back {amount}."),
        zero=pgettext("easyread", "You have no money left. You have {amount}."),
        language=language,
    )


# --------------------------------------------------------------------------- numbers
def format_number(value: int | Decimal, *, places: int | None = None) -> str:
    """A number with Latin digits and en_GB grouping in every language ("1,234.5").

    ``places`` fixes the number of decimal places (rounding half-even like Babel);
    ``None`` shows the value's own digits, without trailing zeros beyond them.
    Floats are refused: pass an ``int`` or a ``Decimal``.
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError("format_number takes an int or a Decimal, never a float")
    if places is None:
        pattern = "#,##0.###############"
    elif places == 0:
        pattern = "#,##0"
    else:
        pattern = "#,##0." + "0" * places
    return format_decimal(value, pattern, locale=_FALLBACK)


def format_hours(hours: Decimal) -> str:
    """Hours as a plain number: ``Decimal("7.50")`` → ``"7.5"``, ``Decimal("8")`` → ``"8"``.

    At most two decimal places (shifts are recorded to the minute; 0.25 is a quarter hour).
    The unit word belongs to the translated sentence around it.
    """
    if isinstance(hours, bool) or not isinstance(hours, int | Decimal):
        raise TypeError("format_hours takes a Decimal, never a float")
    return format_decimal(hours, "#,##0.##", locale=_FALLBACK)


def plural_number(value: int | Decimal, language: str | None = None) -> int:
    """The whole number that picks the same plural form as ``value`` does (7.5 hours).

    gettext chooses forms from whole numbers only, but "7.5" needs the form the
    language uses for fractions (CLDR: "other" in English and Arabic, "few" in Romanian;
    Polish and other Slavic languages say fractions like their "few" form). So find a
    whole number in that CLDR category, and use it to look up the sentence.
    """
    if isinstance(value, int) or value == value.to_integral_value():
        return int(value)
    locale = babel_locale(language)
    wanted = locale.plural_form(value)
    for category in (wanted, "few", "other"):
        for n in range(2, 200):
            if locale.plural_form(n) == category:
                return n
    return 2


# --------------------------------------------------------------------------- dates
def _as_date(d: date | datetime) -> date:
    return d.date() if isinstance(d, datetime) else d


def format_date(d: date | datetime, language: str | None = None) -> str:
    """Long date with weekday and month name: "Monday 2 March 2026", "Dydd Llun, 2 Mawrth 2026".

    Never numeric (requirement 17). English (UK) follows GOV.UK style without a comma.
    """
    loc = babel_locale(language)
    if loc.language == "en":
        return _babel_format_date(_as_date(d), "EEEE d MMMM y", locale=loc)
    return _babel_format_date(_as_date(d), "full", locale=loc)


def format_date_short(d: date | datetime, language: str | None = None) -> str:
    """Short date for tables, still with weekday and month name: "Mon 2 Mar 2026"."""
    loc = babel_locale(language)
    if loc.language == "en":
        return _babel_format_date(_as_date(d), "EEE d MMM y", locale=loc)
    return _babel_format_skeleton("yMMMEd", _as_date(d), locale=loc)


# --------------------------------------------------------------------------- languages
def language_endonym(code: str) -> str:
    """The language's own name from Babel ("Cymraeg", "polski", "اردو"), for the picker."""
    loc = babel_locale(code)
    name = loc.display_name
    return name if name else code


def plural_forms_header(code: str) -> str:
    """The gettext ``Plural-Forms`` value Babel gives for ``code``.

    Welsh has 5 forms (and msgstr[0] is "other", not "one"), Arabic 6, Polish 3.
    """
    return get_plural(babel_locale(code)).plural_forms
