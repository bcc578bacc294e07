"""The easy read wording rules (requirement 13), as a pure checker for any catalogue string.

Why a checker: easy read only helps if every sentence stays short and plain, and wording
drifts as screens grow. These rules come from access-and-languages.md 1.2 and domain.md:

* at most 15 words in a sentence (a ``{placeholder}`` counts as one word);
* numbers as digits, never the words "one" to "ten";
* no percentages ("£X of £Y" and a sentence instead);
* no minus sign or accounting brackets on money ("You need to pay back £12.50");
* none of the jargon, acronyms or blaming words people told councils to drop.

It works on English source text (msgids). Translations are reviewed by people, with
people who use direct payments (risk R7); the same checks can still run on Latin-script
translations to catch the obvious slips.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "JARGON",
    "MAX_WORDS",
    "LintProblem",
    "lint",
    "lint_all",
    "sentences",
    "word_count",
]

MAX_WORDS = 15

# domain.md "Words" and access-and-languages.md 1.2: jargon, acronyms, blaming words.
JARGON: tuple[str, ...] = (
    "DP",
    "DPs",
    "PA",
    "PAs",
    "PAYE",
    "HMRC",
    "NI",
    "YTD",
    "DBS",
    "audit",
    "reconciliation",
    "reconcile",
    "expenditure",
    "surplus",
    "clawback",
    "income",
    "contribution",
    "contributions",
    "monitoring",
    "service user",
    "client",
    "unauthorised",
    "misuse",
)

_NUMBER_WORDS = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
_JARGON = re.compile(r"\b(" + "|".join(re.escape(j) for j in JARGON if j.isupper()) + r")\b")
_JARGON_WORDS = re.compile(
    r"\b(" + "|".join(re.escape(j) for j in JARGON if not j.isupper()) + r")\b", re.I
)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_SENTENCE_END = re.compile(r"(?<=[.!?؟۔।])\s+")
_MONEY = r"(?:£|\{(?:amount|money|total|balance)[^{}]*\})"
_MINUS = "-\u2212\u2013\u2012"
_MINUS_MONEY = re.compile(rf"[{_MINUS}]\s*{_MONEY}|{_MONEY}\s*[{_MINUS}]")
_BRACKET_MONEY = re.compile(rf"\(\s*{_MONEY}[^)]*\)")


@dataclass(frozen=True, slots=True)
class LintProblem:
    """One broken rule: ``rule`` is a short key, ``detail`` says what was found."""

    rule: str  # "too-long", "number-word", "percent", "minus-money", "jargon"
    text: str
    detail: str


def sentences(text: str) -> list[str]:
    """Split on sentence ends (., !, ?, and the Arabic, Urdu and Bengali full stops)."""
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def word_count(sentence: str) -> int:
    """Words in ``sentence``; a ``{placeholder}`` is one word, a lone "£" or dash none."""
    plain = _PLACEHOLDER.sub(" X ", sentence)
    return len([w for w in plain.split() if any(ch.isalnum() for ch in w)])


def lint(text: str, *, max_words: int = MAX_WORDS) -> list[LintProblem]:
    """Every easy read rule ``text`` breaks; an empty list means it is fine."""
    problems: list[LintProblem] = []
    for sentence in sentences(text):
        count = word_count(sentence)
        if count > max_words:
            problems.append(LintProblem("too-long", text, f"{count} words: {sentence!r}"))
    outside = _PLACEHOLDER.sub(" ", text)
    for match in _NUMBER_WORDS.finditer(outside):
        problems.append(LintProblem("number-word", text, f"write {match.group(0)!r} as a digit"))
    if "%" in text:
        problems.append(LintProblem("percent", text, "no percentages in easy read"))
    for pattern in (_MINUS_MONEY, _BRACKET_MONEY):
        for match in pattern.finditer(text):
            problems.append(LintProblem("minus-money", text, f"signed money {match.group(0)!r}"))
    for pattern in (_JARGON, _JARGON_WORDS):
        for match in pattern.finditer(outside):
            problems.append(LintProblem("jargon", text, f"jargon {match.group(0)!r}"))
    return problems


def lint_all(texts: Iterable[str], *, max_words: int = MAX_WORDS) -> list[LintProblem]:
    """:func:`lint` over many strings (a catalogue's msgids), problems in order."""
    return [p for text in texts for p in lint(text, max_words=max_words)]
