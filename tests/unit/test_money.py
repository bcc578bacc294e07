from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpwallet.domain.money import MAX_PENCE, Money, MoneyError, round_to_pence, total


def test_from_decimal_exact_and_strings() -> None:
    assert Money.from_decimal("12.50") == Money(1250)
    assert Money.from_decimal("-0.01").pence == -1
    assert Money.from_decimal(Decimal("1156.25")).to_str() == "1156.25"
    with pytest.raises(MoneyError):
        Money.from_decimal("12.505")
    with pytest.raises(MoneyError):
        Money.from_decimal("twelve")


def test_refuses_floats_and_bools() -> None:
    with pytest.raises(MoneyError):
        Money(12.5)  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        Money(True)
    with pytest.raises(MoneyError):
        Money(MAX_PENCE + 1)


def test_arithmetic_and_rounding() -> None:
    assert Money(1000) + Money(250) - Money(50) == Money(1200)
    assert Money(1350).times(Decimal("2.5")) == Money(3375)
    assert Money(101).times(Decimal("0.5")) == Money(51)  # half up, once
    assert round_to_pence(Decimal("0.005")) == 1
    assert total([Money(1), Money(2), Money(-5)]) == Money(-2)
    assert total([]) == Money(0)
    assert str(Money(-5)) == "-0.05"


@given(st.integers(min_value=-MAX_PENCE, max_value=MAX_PENCE))
def test_string_round_trip(pence: int) -> None:
    assert Money.from_decimal(Money(pence).to_str()) == Money(pence)
