"""Categorisation rules learnt from the person's own choices.

When someone files "A2B TAXIS LTD 4471 LEICESTER" under Transport and "Get out and see
friends", the next A2B line should arrive already filed. Bank text varies (card
prefixes, reference numbers, dates, "LTD"), so rules match a normalised payee key.
The person's latest choice always wins: rules follow them, they never police them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

# Words banks put around the payee that say nothing about who was paid.
_PREFIXES = (
    "card payment to",
    "card payment",
    "contactless payment",
    "payment to",
    "direct debit to",
    "direct debit",
    "standing order to",
    "standing order",
    "faster payment to",
    "bill payment to",
    "pos",
    "dd",
    "so",
    "fpo",
    "bgc",
    "tfr",
    "vis",
    "cd",
)
_SUFFIXES = frozenset({"ltd", "limited", "plc", "llp", "co", "uk", "gb", "cic"})
_NOISE = re.compile(r"[^\w\s&]")
_DIGITS = re.compile(r"\d")


def normalise_payee(text: str) -> str:
    """A stable key for a payee: "CARD PAYMENT TO A2B Taxis Ltd*4471 ON 03/03" -> "a2b taxis".

    Case, accents, punctuation, bank prefixes, company suffixes and tokens that are
    mostly digits (card numbers, references, dates) are dropped.
    """
    folded = unicodedata.normalize("NFKD", text).casefold()
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _NOISE.sub(" ", folded.replace("*", " "))
    words = folded.split()
    changed = True
    while changed and words:
        changed = False
        for prefix in _PREFIXES:
            parts = prefix.split()
            if words[: len(parts)] == parts and len(words) > len(parts):
                words = words[len(parts) :]
                changed = True
                break
    kept = [w for w in words if not _mostly_digits(w)]
    while len(kept) > 1 and kept[-1] == "on":  # "... ON 03/03" once the date is gone
        kept.pop()
    kept = kept[:1] + [w for w in kept[1:] if w not in _SUFFIXES]
    return " ".join(kept)


def _mostly_digits(word: str) -> bool:
    digits = len(_DIGITS.findall(word))
    return digits > 0 and digits * 2 >= len(word)


@dataclass(frozen=True, slots=True)
class Rule:
    """Payee key to category and outcome, with how often the person chose it."""

    payee_key: str
    category: str
    outcome_id: int | None
    times_used: int = 1
    payee_example: str = ""


@dataclass(frozen=True, slots=True)
class Suggestion:
    category: str
    outcome_id: int | None
    rule: Rule


def suggest(rules: Iterable[Rule], payee: str) -> Suggestion | None:
    """The rule for ``payee``: an exact key first, else the longest key it starts with.

    "tesco" matches "tesco stores 2231"; "tesco stores" beats "tesco" for that line.
    """
    key = normalise_payee(payee)
    if not key:
        return None
    best: Rule | None = None
    for rule in rules:
        if not rule.payee_key:
            continue
        if rule.payee_key == key:
            best = rule
            break
        if key.startswith(rule.payee_key + " ") and (
            best is None or len(rule.payee_key) > len(best.payee_key)
        ):
            best = rule
    return Suggestion(best.category, best.outcome_id, best) if best else None


def learn(existing: Rule | None, payee: str, category: str, outcome_id: int | None) -> Rule | None:
    """The rule after the person filed ``payee``; their latest choice replaces the old one.

    Returns None when there is nothing to learn (no usable payee, or nothing chosen).
    """
    key = normalise_payee(payee)
    if not key or not (category or outcome_id):
        return None
    if existing is None or existing.payee_key != key:
        return Rule(key, category, outcome_id, 1, payee.strip()[:300])
    return replace(
        existing, category=category, outcome_id=outcome_id, times_used=existing.times_used + 1
    )
