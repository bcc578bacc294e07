"""Rules learn from the person's choices; payees match after normalising."""

from __future__ import annotations

import pytest

from dpwallet.domain.rules import Rule, learn, normalise_payee, suggest


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("CARD PAYMENT TO A2B Taxis Ltd*4471 ON 03/03", "a2b taxis"),
        ("A2B TAXIS LTD", "a2b taxis"),
        ("DD NEST PENSIONS", "nest pensions"),
        ("Café Nero 0042", "cafe nero"),
        ("  tesco   stores 2231 ", "tesco stores"),
        ("12345678", ""),
    ],
)
def test_normalise_payee(raw: str, key: str) -> None:
    assert normalise_payee(raw) == key


def test_learning_then_suggesting() -> None:
    rule = learn(None, "A2B TAXIS LTD 4471", "Transport", 2)
    assert rule == Rule("a2b taxis", "Transport", 2, 1, "A2B TAXIS LTD 4471")
    found = suggest([rule], "CARD PAYMENT TO A2B Taxis Ltd*9912 ON 04/03")
    assert found is not None and (found.category, found.outcome_id) == ("Transport", 2)


def test_latest_choice_wins_and_counts() -> None:
    first = learn(None, "Leisure centre", "Swimming", 1)
    second = learn(first, "LEISURE CENTRE", "Cycling", 1)
    assert second is not None and second.category == "Cycling" and second.times_used == 2


def test_longest_prefix_wins_and_no_partial_words() -> None:
    rules = [Rule("tesco", "Food", None), Rule("tesco stores", "Household", None)]
    found = suggest(rules, "TESCO STORES 2231 LEICESTER")
    assert found is not None and found.category == "Household"
    assert suggest(rules, "Tescoville Garage") is None
    assert suggest(rules, "") is None


def test_nothing_to_learn() -> None:
    assert learn(None, "0000 1111", "Food", None) is None
    assert learn(None, "Tesco", "", None) is None
