"""Money, number and date display policy (requirements 16, 17, 23, 25, 29)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

import pytest
from babel import Locale
from babel.messages.plurals import get_plural

from dpwallet.domain.money import Money
from dpwallet.i18n import LANGUAGES, set_language
from dpwallet.i18n.formatting import (
    FSI,
    PDI,
    MoneyDirection,
    easy_read_amount,
    easy_read_balance_sentence,
    easy_read_money_sentence,
    format_date,
    format_date_short,
    format_hours,
    format_money,
    format_number,
    language_endonym,
    plural_forms_header,
    strip_isolates,
)

RTL = {"ar", "ur"}


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    set_language("en_GB")


@pytest.mark.parametrize("language", LANGUAGES)
def test_money_is_pounds_with_en_gb_digits_in_every_language(language: str) -> None:
    text = format_money(Money(123450), language=language)
    assert strip_isolates(text) == "£1,234.50"
    assert "GBP" not in text and "UK£" not in text
    set_language(language)  # and through the current language
    assert strip_isolates(format_money(Money(123450))) == "£1,234.50"


@pytest.mark.parametrize("language", LANGUAGES)
def test_amounts_are_isolated_only_in_rtl(language: str) -> None:
    text = format_money(Money(1250), language=language)
    if language in RTL:
        assert text == f"{FSI}£12.50{PDI}"
    else:
        assert text == "£12.50"


@pytest.mark.parametrize(
    ("pence", "expected"),
    [
        (0, "£0.00"),
        (1, "£0.01"),
        (99, "£0.99"),
        (100, "£1.00"),
        (123456789, "£1,234,567.89"),
        (-1250, "-£12.50"),
        (-100_000_000_000, "-£1,000,000,000.00"),
    ],
)
def test_money_normal_view(pence: int, expected: str) -> None:
    assert format_money(Money(pence), language="en_GB") == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_easy_read_money_never_shows_minus_or_brackets(language: str) -> None:
    for pence in (-1250, -1, -123456):
        text = strip_isolates(format_money(Money(pence), easy_read=True, language=language))
        assert not set(text) & {"-", "\u2212", "(", ")"}
        sentence = easy_read_balance_sentence(Money(pence), language=language)
        assert not set(strip_isolates(sentence)) & {"-", "\u2212", "(", ")"}


def test_easy_read_sentences_choose_the_direction() -> None:
    assert easy_read_balance_sentence(Money(-1250)) == "You need to pay back £12.50."
    assert easy_read_balance_sentence(Money(124050)) == "You have £1,240.50."
    assert "£0.00" in easy_read_balance_sentence(Money(0))
    split = easy_read_amount(Money(-1250))
    assert split.amount == "£12.50"
    assert split.direction is MoneyDirection.NEGATIVE and split.is_negative
    assert easy_read_amount(Money(0)).direction is MoneyDirection.ZERO
    sentence = easy_read_money_sentence(
        Money(-500), positive="Coming in: {amount}", negative="Going out: {amount}"
    )
    assert sentence == "Going out: £5.00"


def test_format_money_refuses_non_money() -> None:
    with pytest.raises(TypeError):
        format_money(12.5)  # type: ignore[arg-type]


def test_numbers_and_hours_use_one_policy() -> None:
    assert format_number(1234567) == "1,234,567"
    assert format_number(Decimal("1234.5")) == "1,234.5"
    assert format_number(Decimal("2.5"), places=2) == "2.50"
    assert format_number(Decimal("2.5"), places=0) in {"2", "3"}
    assert format_hours(Decimal("7.50")) == "7.5"
    assert format_hours(Decimal("8")) == "8"
    assert format_hours(Decimal("37.25")) == "37.25"
    with pytest.raises(TypeError):
        format_number(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_hours(7.5)  # type: ignore[arg-type]


MONDAY_2_MARCH = date(2026, 3, 2)


def _names(language: str) -> tuple[set[str], set[str], set[str], set[str]]:
    loc = Locale.parse(language)
    days_wide = {loc.days[c]["wide"][0] for c in ("format", "stand-alone")}
    months_wide = {loc.months[c]["wide"][3] for c in ("format", "stand-alone")}
    days_abbr = {loc.days[c]["abbreviated"][0] for c in ("format", "stand-alone")}
    months_abbr = {loc.months[c]["abbreviated"][3] for c in ("format", "stand-alone")}
    return days_wide, months_wide, days_abbr, months_abbr


@pytest.mark.parametrize("language", LANGUAGES)
def test_long_date_has_weekday_and_month_name(language: str) -> None:
    text = format_date(MONDAY_2_MARCH, language)
    days, months, _, _ = _names(language)
    assert any(day in text for day in days), text
    assert any(month in text for month in months), text
    assert "/" not in text
    assert not re.search(r"\d[./-]\d", text), text
    assert "2026" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_short_date_for_tables_still_names_weekday_and_month(language: str) -> None:
    text = format_date_short(datetime(2026, 3, 2, 14, 30), language)
    days_wide, months_wide, days_abbr, months_abbr = _names(language)
    assert any(d in text for d in days_abbr | days_wide), text
    assert any(m in text for m in months_abbr | months_wide), text
    assert not re.search(r"\d[./-]\d", text), text


def test_english_dates_follow_gov_uk_style() -> None:
    assert format_date(MONDAY_2_MARCH, "en_GB") == "Monday 2 March 2026"
    assert format_date_short(MONDAY_2_MARCH, "en_GB") == "Mon 2 Mar 2026"
    assert format_date(MONDAY_2_MARCH, "cy").startswith("Dydd Llun")
    # An unknown code (the pseudo-locale) falls back to English data, no exception.
    assert format_date(MONDAY_2_MARCH, "en_XA") == "Monday 2 March 2026"


def test_endonyms_come_from_babel() -> None:
    expected = {
        "cy": "Cymraeg",
        "pl": "polski",
        "ro": "română",
        "pa": "ਪੰਜਾਬੀ",
        "ur": "اردو",
        "bn": "বাংলা",
        "ar": "العربية",
        "so": "Soomaali",
    }
    for code, name in expected.items():
        assert language_endonym(code) == name
    assert language_endonym("en_GB").startswith("English")


@pytest.mark.parametrize(("language", "forms"), [("cy", 5), ("ar", 6), ("pl", 3), ("en_GB", 2)])
def test_plural_forms_header_counts(language: str, forms: int) -> None:
    header = plural_forms_header(language)
    assert header.startswith(f"nplurals={forms};")
    assert header == get_plural(language).plural_forms


def test_welsh_plural_index_zero_is_other() -> None:
    # Finding 6: in Babel's Welsh rule msgstr[0] is "other" (n = 0, 4, 5, ...), not "one".
    assert "n==1 ? 1" in plural_forms_header("cy")
    assert plural_forms_header("cy").rstrip(";").endswith(": 0)")


def test_fractions_pick_the_plural_form_the_language_uses_for_them() -> None:
    import gettext

    from babel.messages.plurals import get_plural

    from dpwallet.i18n.formatting import plural_number

    def form(language: str, value: Decimal) -> int:
        rule = gettext.c2py(get_plural(language.replace("_GB", "")).plural_expr)
        return int(rule(plural_number(value, language)))

    assert plural_number(Decimal("8"), "pl") == 8
    assert form("pl", Decimal("7.5")) == 1  # "7,5 godziny", never "godzin"
    assert form("ro", Decimal("0.5")) == 1  # "0,5 ore", never "de ore"
    assert form("ar", Decimal("2.5")) == form("ar", Decimal("100"))  # CLDR "other"
    assert form("en_GB", Decimal("1.5")) == 1  # "1.5 hours"
