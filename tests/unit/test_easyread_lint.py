"""Requirement 13: the easy read wording rules, and every easy read string we ship."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file

from dpwallet.domain.easyread_lint import lint, sentences, word_count

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    *sorted((ROOT / "dpwallet/ui/easyread").glob("*.py")),
    ROOT / "dpwallet/ui/home_view.py",
    ROOT / "dpwallet/ui/my_copy_pdf.py",
    ROOT / "dpwallet/i18n/formatting.py",
]
KEYWORDS = {"pgettext": ((1, "c"), 2), "npgettext": ((1, "c"), 2, 3), "ER_": None}


def easy_read_messages() -> list[str]:
    """Every msgid marked ``ER_`` or with context "easyread" in our easy read code."""
    found: list[str] = []
    for path in SOURCES:
        for _line, message, _comments, context in extract_from_file(
            "python", str(path), keywords=KEYWORDS
        ):
            texts = message if isinstance(message, tuple) else (message,)
            if context in (None, "easyread"):
                found += [t for t in texts if t]
    return found


def test_we_found_the_strings() -> None:
    messages = easy_read_messages()
    assert "You have {amount}." in messages
    assert "Read this to me" in messages
    assert "A person you pay to help you." in messages  # glossary
    assert len(messages) > 60


@pytest.mark.parametrize("text", easy_read_messages())
def test_every_easy_read_string_follows_the_rules(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("You have " + "very " * 14 + "much money.", "too-long"),
        ("You have three receipts.", "number-word"),
        ("You spent 40% of your money.", "percent"),
        ("Your balance is -£12.50.", "minus-money"),
        ("Your balance is −{amount}.", "minus-money"),
        ("Your balance is (£12.50).", "minus-money"),
        ("Your PA worked today.", "jargon"),
        ("The audit is next week.", "jargon"),
        ("Your contribution is due.", "jargon"),
    ],
)
def test_rules_catch_problems(text: str, rule: str) -> None:
    assert rule in {p.rule for p in lint(text)}


def test_good_text_passes_and_counts_words() -> None:
    assert lint("You need to pay back {amount}. This is normal.") == []
    assert lint("Someone paid £12.50 on Monday 3 March 2026.") == []
    assert word_count("You have {amount}.") == 3
    assert sentences("One idea. Another idea!") == ["One idea.", "Another idea!"]
    # "tenant" is not "ten"; placeholders are not number words.
    assert lint("The tenant has {one}.") == []
