"""Amounts to exact pence and dates without the locale."""

from __future__ import annotations

import datetime as dt
import locale

import pytest

from dpwallet.imports.values import DateFormatError, date_parser, parse_pence


@pytest.mark.parametrize(
    ("text", "pence"),
    [
        ("-8.00", -800),
        ("1234.56", 123456),
        ("£1,234.56", 123456),
        ("-£5", -500),
        ("£-5.00", -500),
        ("(5.00)", -500),
        ("5.00 CR", 500),
        ("5.00DR", -500),
        ("12.34 GBP", 1234),
        ("+8.5", 850),
        ("\u2212" + "3.10", -310),
        (" 1 000.00 ", 100000),
        ("0.00", 0),
    ],
)
def test_amounts(text: str, pence: int) -> None:
    assert parse_pence(text) == pence


@pytest.mark.parametrize(
    "text", ["", "-", "8.001", "1e3", "NaN", "1,23.00", "(5.00", "--5", "£", "5-", "9" * 30]
)
def test_not_amounts(text: str) -> None:
    assert parse_pence(text) is None


def test_dates() -> None:
    assert date_parser("%d/%m/%Y")("05/01/2026") == dt.date(2026, 1, 5)
    assert date_parser("%d/%m/%Y")("5/1/2026 09:30") == dt.date(2026, 1, 5)
    assert date_parser("%d %b %Y")("05 JAN 2026") == dt.date(2026, 1, 5)
    assert date_parser("%d %B %Y")("5 September 2026") == dt.date(2026, 9, 5)
    assert date_parser("%d/%m/%y")("05/01/69") == dt.date(2069, 1, 5)
    assert date_parser("%d/%m/%y")("05/01/70") == dt.date(1970, 1, 5)
    assert date_parser("%Y-%m-%d")("2026-02-29") is None
    assert date_parser("%d/%m/%Y")("31/02/2026") is None
    assert date_parser("%d %b %Y")("05 Foo 2026") is None


def test_month_names_ignore_the_desktop_locale() -> None:
    previous = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("fr_FR.UTF-8", "de_DE.UTF-8"):
            try:
                locale.setlocale(locale.LC_TIME, name)
                break
            except locale.Error:
                continue
        assert date_parser("%d %b %Y")("05 Jan 2026") == dt.date(2026, 1, 5)
    finally:
        locale.setlocale(locale.LC_TIME, previous)


@pytest.mark.parametrize("fmt", ["%d/%m", "%Q", "%m/%Y"])
def test_bad_formats(fmt: str) -> None:
    with pytest.raises(DateFormatError):
        date_parser(fmt)
