"""parse_money: what a person types becomes exact pence, or a kind refusal (req. 27, 28)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpwallet.domain.money import MAX_PENCE, Money, MoneyError
from dpwallet.i18n import LANGUAGES, set_language
from dpwallet.i18n.formatting import format_money, strip_isolates
from dpwallet.i18n.money_input import MoneyInputError, normalise_digits, parse_money


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    set_language("en_GB")


ACCEPTED = [
    ("12.50", 1250),
    ("12,50", 1250),
    ("£12.50", 1250),
    ("£ 12.50", 1250),
    (" 1,234.50 ", 123450),
    ("\u00a01,234.50\t", 123450),
    ("1234", 123400),
    ("0", 0),
    ("0.01", 1),
    (".50", 50),
    ("-12.50", -1250),
    ("\u221212.50", -1250),  # the real minus sign
    ("-£12.50", -1250),
    ("£-12.50", -1250),
    ("1.234,50", 123450),  # continental grouping, unambiguous with a decimal part
    ("1 234,50", 123450),
    ("1\u202f234.50", 123450),
    ("1,234,567", 123456700),
    ("1.234.567", 123456700),
    ("1 234", 123400),
    # Arabic-Indic (ar) with the Arabic decimal and thousands marks
    ("١٢٫٥٠", 1250),
    ("١٢,٥٠", 1250),
    ("١٬٢٣٤٫٥٠", 123450),
    ("\u200f١٢٫٥٠\u200f", 1250),  # RLM marks pasted from Arabic text
    # Extended Arabic-Indic (ur)
    ("۱۲.۵۰", 1250),
    ("۱۲۳۴", 123400),
    # Bengali (bn)
    ("১২.৫০", 1250),
    ("£১২.৫০", 1250),
    # Gurmukhi (pa)
    ("੧੨.੫੦", 1250),
    ("੧,੨੩੪.੫੦", 123450),
    # Devanagari works too: any Unicode decimal digit is read
    ("१२.५०", 1250),
]


@pytest.mark.parametrize(("text", "pence"), ACCEPTED)
def test_accepted(text: str, pence: int) -> None:
    assert parse_money(text) == Money(pence)


REFUSED = [
    ("", "empty"),
    ("   ", "empty"),
    ("£", "empty"),
    ("1,234", "ambiguous"),
    ("1.234", "ambiguous"),
    ("١٢,٣٤٥", "ambiguous"),
    ("12.505", "ambiguous"),
    ("12,5", "pence_digits"),
    ("12.5", "pence_digits"),
    ("12.", "pence_digits"),
    ("12.5050", "pence_digits"),
    ("1,234.5", "pence_digits"),
    ("1.2.3", "bad_grouping"),
    ("12,5,0", "bad_grouping"),
    ("1,23.45", "bad_grouping"),
    ("12 50", "bad_grouping"),
    ("1,234,56", "bad_grouping"),
    ("1.234.567,5", "pence_digits"),
    ("1٫234٫56", "bad_grouping"),
    ("abc", "not_a_number"),
    ("12a", "not_a_number"),
    ("1e5", "not_a_number"),
    ("½", "not_a_number"),
    ("12.50-", "sign"),
    ("--12", "sign"),
    ("12.50£", "sign"),
    ("9" * 20, "too_large"),
    ("1" + "0" * 60, "too_large"),
]


@pytest.mark.parametrize(("text", "reason"), REFUSED)
def test_refused_with_a_kind_specific_sentence(text: str, reason: str) -> None:
    with pytest.raises(MoneyInputError) as caught:
        parse_money(text)
    error = caught.value
    assert error.reason == reason
    assert isinstance(error, MoneyError)  # callers can catch the domain error
    message = str(error)
    assert message and message[0].isupper()
    assert "Invalid" not in message and "Traceback" not in message
    if reason != "too_large":
        assert "like" in message  # every refusal says how to fix it, with an example


def test_ambiguous_message_quotes_what_was_typed() -> None:
    with pytest.raises(MoneyInputError) as caught:
        parse_money("1,234")
    assert "1,234" in str(caught.value)
    assert "1234.00" in str(caught.value)


def test_negative_can_be_refused_for_fields_that_take_only_positive_amounts() -> None:
    assert parse_money("-0.00", allow_negative=False) == Money(0)
    with pytest.raises(MoneyInputError) as caught:
        parse_money("-12.50", allow_negative=False)
    assert caught.value.reason == "negative"


def test_limit_is_the_domain_limit() -> None:
    assert parse_money("1,000,000,000.00") == Money(MAX_PENCE)
    with pytest.raises(MoneyInputError):
        parse_money("1,000,000,000.01")


def test_messages_are_translated_when_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    import dpwallet.i18n.money_input as module

    monkeypatch.setattr(module, "_", lambda text: f"<{text}>")
    with pytest.raises(MoneyInputError) as caught:
        parse_money("12,5")
    assert str(caught.value) == "<Write the pence with two digits, like 12.50>"


def test_normalise_digits() -> None:
    assert normalise_digits("١٢٣ ۴۵۶ ৭৮৯ ੦") == "123 456 789 0"


ARABIC_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")
EXTENDED = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
GURMUKHI = str.maketrans("0123456789", "੦੧੨੩੪੫੬੭੮੯")

pence_values = st.integers(min_value=-MAX_PENCE, max_value=MAX_PENCE)


@settings(max_examples=150, deadline=None)
@given(pence=pence_values)
def test_format_then_parse_round_trips_in_every_language(pence: int) -> None:
    money = Money(pence)
    for language in LANGUAGES:
        shown = format_money(money, language=language)
        assert parse_money(shown) == money, (language, shown)
        easy = format_money(money, easy_read=True, language=language)
        assert parse_money(easy) == abs(money)


@settings(max_examples=150, deadline=None)
@given(pence=pence_values)
def test_round_trip_in_every_digit_system(pence: int) -> None:
    money = Money(pence)
    plain = strip_isolates(format_money(money))
    for table in (ARABIC_INDIC, EXTENDED, BENGALI, GURMUKHI):
        assert parse_money(plain.translate(table)) == money
    # And the comma-decimal form a Polish or Romanian keyboard gives, without grouping.
    continental = money.to_str().replace(".", ",")
    assert parse_money(continental) == money
