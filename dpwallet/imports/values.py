"""Reading dates and amounts the way UK statements write them.

Both parsers are hand-written rather than ``strptime``/``Decimal`` on raw text because:
``strptime`` month names follow the process locale (Qt sets it from the desktop, so a
French desktop would fail on "05 Jan 2026"), and bank amounts carry "£", "GBP",
thousands commas, "CR"/"DR" and brackets. Amounts go straight to integer pence, never
through a float.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from dpwallet.domain.money import MAX_PENCE

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_TOKENS = {
    "%d": r"(?P<d>\d{1,2})",
    "%m": r"(?P<m>\d{1,2})",
    "%Y": r"(?P<Y>\d{4})",
    "%y": r"(?P<y>\d{2})",
    "%b": r"(?P<b>[A-Za-z]{3,9})",
    "%B": r"(?P<b>[A-Za-z]{3,9})",
}
# Some exports add a time after the date ("15/01/2026 09:12"); it is not needed.
_TIME_TAIL = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?"

DateParser = Callable[[str], "dt.date | None"]

SUPPORTED_DATE_FORMATS = (
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d %b %Y",
    "%d-%b-%Y",
    "%d %b %y",
    "%Y-%m-%d",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%m/%d/%Y",
    "%Y%m%d",
)


def full_year(two_digits: int) -> int:
    """Two-digit years: 00-69 are 2000s, 70-99 are 1900s (the usual pivot)."""
    return 2000 + two_digits if two_digits < 70 else 1900 + two_digits


class DateFormatError(ValueError):
    """A date format string dpwallet cannot use (a programming or saved-mapping slip)."""


@lru_cache(maxsize=64)
def date_parser(fmt: str) -> DateParser:
    """A fast, locale-free parser for ``fmt`` (``%d %m %Y %y %b %B``, other text literal).

    Returns a function giving the date or ``None`` when the text does not fit.
    """
    pattern = []
    i = 0
    while i < len(fmt):
        token = fmt[i : i + 2]
        if token in _TOKENS:
            pattern.append(_TOKENS[token])
            i += 2
        elif fmt[i] == "%":
            raise DateFormatError(f"Unsupported date format code {token!r}")
        elif fmt[i].isspace():
            pattern.append(r"\s+")
            i += 1
        else:
            pattern.append(re.escape(fmt[i]))
            i += 1
    regex = re.compile("".join(pattern) + _TIME_TAIL)
    groups = set(regex.groupindex)
    if not ({"d"} <= groups and ({"m"} & groups or {"b"} & groups) and {"Y", "y"} & groups):
        raise DateFormatError(f"Date format {fmt!r} needs a day, a month and a year")

    @lru_cache(maxsize=4096)
    def parse(text: str) -> dt.date | None:
        match = regex.fullmatch(text.strip())
        if match is None:
            return None
        parts = match.groupdict()
        if parts.get("b") is not None:
            month = MONTHS.get(parts["b"].lower())
            if month is None:
                return None
        else:
            month = int(parts["m"])
        year = int(parts["Y"]) if parts.get("Y") is not None else full_year(int(parts["y"]))
        try:
            return dt.date(year, month, int(parts["d"]))
        except ValueError:
            return None

    return parse


_AMOUNT = re.compile(
    r"""
    (?P<open>\()?
    (?P<sign>[-+\u2212])?
    (?:£|GBP)?
    (?P<sign2>[-+\u2212])?
    (?P<whole>\d{1,3}(?:,\d{3})+|\d+)?
    (?:\.(?P<frac>\d{1,2}))?
    (?P<close>\))?
    (?P<suffix>CR|DR|GBP)?
    """,
    re.VERBOSE | re.IGNORECASE,
)


_PLAIN = re.compile(r"(-?)(\d{1,9})\.(\d\d)")


def parse_pence(text: str) -> int | None:
    """UK statement amount text to signed pence, or ``None`` if it is not an amount.

    Accepts "12.34", "-12.34", "£1,234.56", "-£5", "£-5.00", "(5.00)", "5.00 CR",
    "5.00DR", "12.34 GBP". More than two decimals is refused, never rounded.
    """
    plain = _PLAIN.fullmatch(text)
    if plain is not None:  # the common "-1234.56" needs none of the rest
        pence = int(plain[2]) * 100 + int(plain[3])
        return -pence if plain[1] else pence
    cleaned = text.replace("\u00a0", "").replace(" ", "").strip()
    if not cleaned or len(cleaned) > 24:
        return None
    match = _AMOUNT.fullmatch(cleaned)
    if match is None or (match["whole"] is None and match["frac"] is None):
        return None
    if bool(match["open"]) != bool(match["close"]):
        return None
    if match["sign"] and match["sign2"]:
        return None
    whole = int(match["whole"].replace(",", "")) if match["whole"] else 0
    frac = match["frac"] or "0"
    pence = whole * 100 + int(frac.ljust(2, "0"))
    sign = match["sign"] or match["sign2"] or ""
    suffix = (match["suffix"] or "").upper()
    negative = sign in ("-", "\u2212") or bool(match["open"]) or suffix == "DR"
    if pence > MAX_PENCE:
        return None
    return -pence if negative else pence
