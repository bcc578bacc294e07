"""Exact money in integer pence.

Beancount's rule: never use floating point in an accounting system. Every amount in
dpwallet is a ``Money`` holding whole pence; rates and hours are ``Decimal`` and reach
pence only through :func:`round_to_pence`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

# A guard like Actual Budget's: amounts beyond a billion pounds are a typing slip.
MAX_PENCE = 100_000_000_000


class MoneyError(ValueError):
    """An amount that cannot be money (too many decimals, not a number, out of range)."""


def round_to_pence(value: Decimal, rounding: str = ROUND_HALF_UP) -> int:
    """The one place a Decimal amount in pounds becomes whole pence."""
    return int((value * 100).quantize(Decimal(1), rounding=rounding))


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An amount of sterling in whole pence; negative means money going out."""

    pence: int

    def __post_init__(self) -> None:
        if isinstance(self.pence, bool) or not isinstance(self.pence, int):
            raise MoneyError("Money holds whole pence as an int")
        if abs(self.pence) > MAX_PENCE:
            raise MoneyError("That amount is too large to be right")

    # construction -----------------------------------------------------------
    @classmethod
    def zero(cls) -> Money:
        return cls(0)

    @classmethod
    def from_decimal(cls, pounds: Decimal | str | int, *, exact: bool = True) -> Money:
        """Pounds as Decimal or string ("12.50", "-3") to Money.

        ``exact`` refuses fractions of a penny instead of rounding them silently.
        """
        try:
            value = pounds if isinstance(pounds, Decimal) else Decimal(str(pounds).strip())
        except InvalidOperation as exc:
            raise MoneyError(f"Not an amount of money: {pounds!r}") from exc
        if not value.is_finite():
            raise MoneyError("Not an amount of money")
        if exact and value != value.quantize(Decimal("0.01"), rounding=ROUND_DOWN):
            raise MoneyError("Amounts have at most two digits after the point")
        return cls(round_to_pence(value))

    # arithmetic -------------------------------------------------------------
    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.pence + other.pence)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.pence - other.pence)

    def __neg__(self) -> Money:
        return Money(-self.pence)

    def __abs__(self) -> Money:
        return Money(abs(self.pence))

    def __mul__(self, factor: int) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, int):
            return NotImplemented
        return Money(self.pence * factor)

    __rmul__ = __mul__

    def times(self, factor: Decimal, rounding: str = ROUND_HALF_UP) -> Money:
        """Multiply by a Decimal rate, rounding once to the penny."""
        return Money(round_to_pence(self.to_decimal() * factor, rounding))

    def __bool__(self) -> bool:
        return self.pence != 0

    @property
    def is_negative(self) -> bool:
        return self.pence < 0

    # output -----------------------------------------------------------------
    def to_decimal(self) -> Decimal:
        return Decimal(self.pence).scaleb(-2)

    def to_str(self) -> str:
        """Plain decimal string with two places ("-12.50"): for JSON, CSV and the CLI."""
        sign = "-" if self.pence < 0 else ""
        whole, part = divmod(abs(self.pence), 100)
        return f"{sign}{whole}.{part:02d}"

    def __str__(self) -> str:
        return self.to_str()


def total(amounts: Iterable[Money]) -> Money:
    """Sum of amounts, starting from zero (``sum`` would start from int 0)."""
    pence = 0
    for amount in amounts:
        pence += amount.pence
    return Money(pence)
