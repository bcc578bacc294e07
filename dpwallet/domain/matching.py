"""Matching imported statement lines to the payments the person expects.

Expected payments come from the agreement (council payments in, contributions in), from
pay runs (wages to each personal assistant, HMRC, pension) and from invoices (agencies).
Each expected payment is matched to at most one statement line and each line to at
most one expected payment, so two identical £12.50 taxi fares are never both claimed by
one expected fare. Anything expected but not on a statement yet is "not seen yet":
a neutral status, never a warning, because banks are often a few days behind.

``ExpectedPayment`` is the plain contract other parts of the app (payroll, invoices)
hand to this module; it carries no database objects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dpwallet.domain.money import Money
from dpwallet.domain.rules import normalise_payee
from dpwallet.i18n import N_, _

KINDS = ("council_payment", "contribution", "wages", "hmrc", "pension", "agency", "other")
MONEY_IN = frozenset({"council_payment", "contribution"})
NOT_SEEN_YET = N_("Not seen yet")


@dataclass(frozen=True, slots=True)
class ExpectedPayment:
    """A payment the person expects to see on a statement.

    ``amount`` may be given signed (as on a statement) or as a size: the direction
    comes from ``kind`` (council payments and contributions come in; the rest go out).
    ``source_ref`` says where it came from ("payrun:12:pa:3", "agreement:1"), for the UI.
    """

    date: dt.date
    amount: Money
    payee: str
    kind: str
    source_ref: str = ""

    @property
    def signed(self) -> Money:
        size = abs(self.amount)
        return size if self.kind in MONEY_IN else -size


@dataclass(frozen=True, slots=True)
class StatementLine:
    """A live ledger line that could be the expected payment."""

    id: int
    date: dt.date
    amount: Money
    payee: str


@dataclass(frozen=True, slots=True)
class Match:
    expected: ExpectedPayment
    line_id: int
    days_apart: int


@dataclass(frozen=True, slots=True)
class MatchResult:
    matched: tuple[Match, ...]
    not_seen_yet: tuple[ExpectedPayment, ...]
    unmatched_lines: tuple[int, ...]

    def status(self, expected: ExpectedPayment) -> str:
        """Seen, or the neutral "not seen yet" (banks are often a few days behind)."""
        if any(m.expected == expected for m in self.matched):
            return _("Seen on your statement")
        return _(NOT_SEEN_YET)


def _similarity(a: str, b: str) -> int:
    """2: same payee (or one starts with the other); 1: a word in common; 0: nothing."""
    ka, kb = normalise_payee(a), normalise_payee(b)
    if not ka or not kb:
        return 0
    if ka == kb or ka.startswith(kb + " ") or kb.startswith(ka + " "):
        return 2
    return 1 if set(ka.split()) & set(kb.split()) else 0


def match(
    expected: Sequence[ExpectedPayment],
    lines: Iterable[StatementLine],
    *,
    days_before: int = 3,
    days_after: int = 7,
) -> MatchResult:
    """Pair expected payments with lines of the same signed amount within a few days.

    Banks post early or late, so a line may be ``days_before`` earlier or ``days_after``
    later than expected. Best pairs first (payee alike, then fewest days apart); every
    expected payment and every line is used at most once.
    """
    pool = list(lines)
    candidates = []
    for e_index, item in enumerate(expected):
        want = item.signed.pence
        for line in pool:
            apart = (line.date - item.date).days
            if line.amount.pence == want and -days_before <= apart <= days_after:
                sim = _similarity(item.payee, line.payee)
                candidates.append((-sim, abs(apart), e_index, line.id, line, apart))
    candidates.sort(key=lambda c: c[:4])
    used_expected: set[int] = set()
    used_lines: set[int] = set()
    matched = []
    for _sim, _dist, e_index, line_id, _line, apart in candidates:
        if e_index in used_expected or line_id in used_lines:
            continue
        used_expected.add(e_index)
        used_lines.add(line_id)
        matched.append(Match(expected[e_index], line_id, apart))
    matched.sort(key=lambda m: (m.expected.date, m.line_id))
    return MatchResult(
        tuple(matched),
        tuple(e for i, e in enumerate(expected) if i not in used_expected),
        tuple(line.id for line in pool if line.id not in used_lines),
    )
