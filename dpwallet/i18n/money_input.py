"""Reading an amount of money that a person typed (requirement 28, risk R2).

Qt's locale-aware spin boxes read "12,50" as 1250 in en_GB and refuse "12.50" in pl and
ar, so dpwallet never uses them for money. :func:`parse_money` is the one tolerant,
exact parser every money field uses. The rules:

* Spaces around the amount are ignored; an optional "£" may come first, and an optional
  minus sign ("-" or "−") before or after the "£".
* Digits may be written in any decimal digit system: Latin, Arabic-Indic (١٢٣),
  Extended Arabic-Indic for Urdu (۱۲۳), Bengali (১২৩), Gurmukhi (੧੨੩) and others.
* "." and "," (and the Arabic ٫ decimal and ٬ thousands marks) are read like this:

  - no separator: whole pounds ("1234" is £1,234.00);
  - one separator followed by exactly two digits: pounds and pence ("12.50", "12,50");
  - one separator followed by three digits ("1,234", "1.234") is **refused**: it could
    be a thousands separator or a mistyped decimal;
  - one separator followed by one digit, or four or more ("12,5", "12.505"), is refused:
    pence always have two digits;
  - several separators must be a proper thousands grouping, with at most one final
    decimal separator of the *other* kind followed by two digits ("1,234.50",
    "1.234,50", "1,234,567", "1 234,50"); anything else ("1.2.3", "12,5,0") is refused.

Refusals raise :class:`MoneyInputError`, a :class:`~dpwallet.domain.money.MoneyError`
whose text is a kind, specific sentence with an example, translated when it is raised.
Nothing here uses ``float``.
"""

from __future__ import annotations

import unicodedata

from dpwallet.domain.money import MAX_PENCE, Money
from dpwallet.domain.money import MoneyError as _MoneyError
from dpwallet.i18n import _, is_rtl, isolate

__all__ = ["MoneyInputError", "normalise_digits", "parse_money"]

_MINUS = frozenset("-\u2212\u2012\u2013\ufe63\uff0d")  # hyphen-minus, minus, dashes
_POUND = frozenset("£\uffe1")  # pound sign, fullwidth pound sign
# Characters people put between thousands: spaces of every width and the Arabic mark.
_SPACE_GROUPS = frozenset(" \u00a0\u2009\u202f\u2007")
_ARABIC_DECIMAL = "\u066b"  # ٫
_ARABIC_THOUSANDS = "\u066c"  # ٬
# Invisible direction marks that copy-and-paste from RTL text brings along.
_INVISIBLE: dict[int, None] = dict.fromkeys(
    (0x200E, 0x200F, 0x061C, 0x2066, 0x2067, 0x2068, 0x2069, 0x202A, 0x202B, 0x202C, 0x202D)
    + (0x202E, 0xFEFF)
)


class MoneyInputError(_MoneyError):
    """A typed amount dpwallet will not guess at. ``str()`` is the sentence to show.

    ``reason`` is a stable key for tests and for choosing where to put the focus:
    ``empty``, ``not_a_number``, ``ambiguous``, ``pence_digits``, ``bad_grouping``,
    ``sign``, ``negative``, ``too_large``.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def normalise_digits(text: str) -> str:
    """Replace every Unicode decimal digit (any script) with its Latin digit."""
    out: list[str] = []
    for ch in text:
        if "0" <= ch <= "9":
            out.append(ch)
            continue
        value = unicodedata.decimal(ch, None)
        out.append(str(value) if value is not None else ch)
    return "".join(out)


def _err_example() -> str:
    return _("Enter the amount like 12.50")


def _too_large() -> str:
    return _("That amount is too large to be right. Check the number.")


def _pence_digits() -> str:
    return _("Write the pence with two digits, like 12.50")


def _bad_grouping() -> str:
    return _("Check the commas and points. Enter the amount like 1234.50")


def parse_money(text: str, *, allow_negative: bool = True) -> Money:
    """Read what a person typed as exact pence, or raise :class:`MoneyInputError`.

    >>> parse_money("12,50").pence
    1250
    >>> parse_money("£1,234.50").pence
    123450
    """
    raw = text.translate(_INVISIBLE).strip().strip("".join(_SPACE_GROUPS))
    if not raw:
        raise MoneyInputError("empty", _("Enter an amount, like 12.50"))
    shown = isolate(raw) if is_rtl() else raw
    if len(raw) > 40:
        raise MoneyInputError("too_large", _too_large())

    body = normalise_digits(raw)
    negative = False
    # Leading sign and pound sign, in either order: "-£12.50", "£-12.50", "£ 12.50".
    for _pass in range(2):
        body = body.lstrip("".join(_SPACE_GROUPS))
        if body[:1] in _MINUS:
            if negative:
                raise MoneyInputError("sign", _err_example())
            negative = True
            body = body[1:]
        elif body[:1] in _POUND:
            body = body[1:]
    body = body.lstrip("".join(_SPACE_GROUPS))
    if not body:
        raise MoneyInputError("empty", _("Enter an amount, like 12.50"))
    if any(ch in _MINUS for ch in body):
        raise MoneyInputError("sign", _("Put the minus sign at the start, like -12.50"))
    if any(ch in _POUND for ch in body):
        raise MoneyInputError("sign", _("Put the £ sign at the start, like £12.50"))

    # Tokenise into digit runs and separators.
    runs: list[str] = []
    seps: list[str] = []
    current = ""
    for ch in body:
        if "0" <= ch <= "9":
            current += ch
            continue
        if ch in ".," or ch in _SPACE_GROUPS or ch in (_ARABIC_DECIMAL, _ARABIC_THOUSANDS):
            runs.append(current)
            current = ""
            if ch in _SPACE_GROUPS:
                seps.append(" ")
            elif ch == _ARABIC_DECIMAL:
                seps.append("D")
            elif ch == _ARABIC_THOUSANDS:
                seps.append("G")
            else:
                seps.append(ch)
            continue
        raise MoneyInputError(
            "not_a_number",
            _("Enter the amount using numbers only, like 12.50"),
        )
    runs.append(current)

    pounds_digits, pence_digits = _split(runs, seps, shown)
    if not pounds_digits and not pence_digits:
        raise MoneyInputError("not_a_number", _("Enter the amount using numbers only, like 12.50"))
    pence = int(pounds_digits or "0") * 100 + int(pence_digits or "0")
    if pence > MAX_PENCE:
        raise MoneyInputError("too_large", _too_large())
    if negative and pence:
        if not allow_negative:
            raise MoneyInputError(
                "negative", _("Enter the amount without a minus sign, like 12.50")
            )
        pence = -pence
    return Money(pence)


def _split(runs: list[str], seps: list[str], shown: str) -> tuple[str, str]:
    """Pounds digits and pence digits from digit runs between separators."""
    if not seps:
        return runs[0], ""

    if len(seps) == 1:
        sep, (before, after) = seps[0], runs
        if sep in (" ", "G"):
            # "1 234" / "1٬234": plainly a thousands separator, so whole pounds.
            if len(after) == 3 and 1 <= len(before) <= 3:
                return before + after, ""
            raise MoneyInputError("bad_grouping", _bad_grouping())
        if len(after) == 2:
            return before, after
        if len(after) == 3 and before and sep in ".,":
            raise MoneyInputError(
                "ambiguous",
                _(
                    "We cannot tell what {amount} means. "
                    "Enter pounds and pence with a point, like 1234.00 or 12.34"
                ).format(amount=shown),
            )
        raise MoneyInputError("pence_digits", _pence_digits())

    # Several separators: grouping, then maybe one decimal separator of the other kind.
    decimal_sep: str | None = None
    group_seps = seps
    group_runs = runs
    last = seps[-1]
    if last == "D" or (last in ".," and any(s != last for s in seps[:-1])):
        decimal_sep = last
        group_seps = seps[:-1]
        group_runs = runs[:-1]
    kinds = set(group_seps)
    if len(kinds) != 1 or (decimal_sep is not None and decimal_sep in kinds) or "D" in kinds:
        raise MoneyInputError("bad_grouping", _bad_grouping())
    first, *rest = group_runs
    if not 1 <= len(first) <= 3 or any(len(r) != 3 for r in rest):
        raise MoneyInputError("bad_grouping", _bad_grouping())
    pounds = "".join(group_runs)
    if decimal_sep is None:
        return pounds, ""
    pence = runs[-1]
    if len(pence) != 2:
        raise MoneyInputError("pence_digits", _pence_digits())
    return pounds, pence
