"""Financial check-ups the person has sent: freezing them, listing them, noticing changes.

A return is a promise to the council about a period. If a payment in that period is
changed afterwards (a late receipt, a corrected amount), the person should find out
kindly ("changed since you sent it") and by how much, so they can tell the council,
rather than the council finding a mismatch later. So when a return is marked as sent,
the whole sheet is frozen as JSON beside its totals, and :func:`changes_since_sent`
rebuilds the period from today's records and compares.

The UI calls this module (never the models or the writers directly).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.domain.reconciliation import ReturnSheet, build_sheet, sheet_to_json
from dpwallet.export import return_files
from dpwallet.export.evidence_pack import safe_name
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date_short
from dpwallet.models import CouncilReturn
from dpwallet.services import returns
from dpwallet.services.changes import Changes
from dpwallet.services.council_profiles import current_setting
from dpwallet.services.wallet import Wallet

ENTITIES = ("council_return",)
# The figures compared after sending: (key in the snapshot JSON path, label msgid key).
FIGURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("opening_balance", ("opening_balance",)),
    ("money_in", ("money_in", "total")),
    ("council_payments", ("money_in", "council_payments")),
    ("contributions", ("money_in", "contributions")),
    ("other_in", ("money_in", "other")),
    ("money_out", ("money_out", "total")),
    ("closing_balance", ("closing_balance",)),
)
LINE_FIELDS = ("date", "account", "amount", "payee", "description", "category", "outcome")
# Month-based periods: (months long, the month index a period starts on, counted from Jan=0).
# Half years and years follow the council's financial year, which starts in April.
MONTHLY_PERIODS = {"monthly": (1, 0), "quarterly": (3, 0), "half_yearly": (6, 3), "yearly": (12, 3)}
FOUR_WEEK_ANCHOR = dt.date(2024, 4, 1)  # a Monday; four-weekly blocks count from here


@dataclass(frozen=True)
class SuggestedPeriod:
    """The period dpwallet suggests; ``follows_last`` when it starts after the last sent one."""

    start: dt.date
    end: dt.date
    kind: str
    follows_last: bool


@dataclass(frozen=True)
class SentReturn:
    """One return as it was sent."""

    id: int
    period_from: dt.date
    period_to: dt.date
    opening_balance: Money
    money_in: Money
    money_out: Money
    closing_balance: Money
    note: str
    sent_at: dt.datetime
    sent_by: str


@dataclass(frozen=True)
class FigureChange:
    """A total that is different now; ``key`` is one of FIGURES' keys."""

    key: str
    then: Money
    now: Money

    @property
    def difference(self) -> Money:
        return self.now - self.then


@dataclass(frozen=True)
class LineChange:
    """A payment added, removed or changed in the period since the return was sent."""

    kind: str  # "added", "removed" or "changed"
    line_id: int
    date: dt.date
    payee: str
    then: Money | None
    now: Money | None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class SinceSent:
    """Everything that differs between a sent return and the same period today."""

    return_id: int
    figures: tuple[FigureChange, ...]
    lines: tuple[LineChange, ...]

    @property
    def changed(self) -> bool:
        return bool(self.figures or self.lines)


# ----------------------------------------------------------------------------- periods
def _month_start(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; a day past the month's end moves to its last day."""
    index = day.year * 12 + day.month - 1 + months
    first = _month_start(index)
    following = _month_start(index + 1)
    return min(first + dt.timedelta(days=day.day - 1), following - dt.timedelta(days=1))


def period_after(kind: str, start: dt.date) -> dt.date:
    """The last day of a ``kind`` period that starts on ``start``."""
    if kind in MONTHLY_PERIODS:
        return _add_months(start, MONTHLY_PERIODS[kind][0]) - dt.timedelta(days=1)
    return start + dt.timedelta(days=27)  # four-weekly


def last_whole_period(kind: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The latest council-aligned ``kind`` period that ended before ``today``."""
    if kind in MONTHLY_PERIODS:
        months, offset = MONTHLY_PERIODS[kind]
        index = today.year * 12 + today.month - 1
        current = index - ((index - offset) % months)
        return _month_start(current - months), _month_start(current) - dt.timedelta(days=1)
    block = FOUR_WEEK_ANCHOR + dt.timedelta(days=((today - FOUR_WEEK_ANCHOR).days // 28) * 28)
    return block - dt.timedelta(days=28), block - dt.timedelta(days=1)


def next_period(kind: str, today: dt.date, last_end: dt.date | None) -> SuggestedPeriod:
    if last_end is not None:
        start = last_end + dt.timedelta(days=1)
        return SuggestedPeriod(start, period_after(kind, start), kind, True)
    start, end = last_whole_period(kind, today)
    return SuggestedPeriod(start, end, kind, False)


# ----------------------------------------------------------------------------- making
def prepare_sheet(
    wallet: Wallet,
    period_from: dt.date,
    period_to: dt.date,
    *,
    note: str = "",
    declaration_name: str | None = None,
    declaration_date: dt.date | None = None,
) -> ReturnSheet:
    """The sheet for a period, with the wallet's chosen council rules (imported ones too)."""
    inputs = returns.gather(
        wallet,
        period_from,
        period_to,
        note=note,
        declaration_name=declaration_name,
        declaration_date=declaration_date,
    )
    return build_sheet(inputs)


def file_stem(sheet: ReturnSheet) -> str:
    start, end = sheet.inputs.period_from, sheet.inputs.period_to
    stem = _("Financial check-up {start} to {end}").format(
        start=start.isoformat(), end=end.isoformat()
    )
    return safe_name(stem, "financial-check-up")


def _free(path: Path) -> Path:
    """``path``, or ``name (2).pdf`` and so on: an earlier export is kept, never replaced."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate


def planned_suffixes(formats: Iterable[str], evidence_pack: bool, email_draft: bool) -> list[str]:
    suffixes = [f".{fmt}" for fmt in formats]
    return suffixes + [".zip"] * evidence_pack + [".eml"] * email_draft


def write_files(
    wallet: Wallet,
    sheet: ReturnSheet,
    folder: Path,
    suffixes: list[str],
    progress: Callable[[int, int, str], None] | None = None,
) -> list[Path]:
    """Write each chosen file into ``folder``; slow, so the UI runs it off the GUI thread."""
    if not folder.is_dir():
        raise UsageError(
            _("The folder {folder} does not exist. Choose another folder.").format(folder=folder)
        )
    start, end = sheet.inputs.period_from, sheet.inputs.period_to
    pack = ".zip" in suffixes
    receipts = returns.receipt_files(wallet, start, end) if pack else []
    payslips = returns.payslip_files(wallet, start, end) if pack else []
    written: list[Path] = []
    stem = file_stem(sheet)
    for index, suffix in enumerate(suffixes):
        target = _free(folder / f"{stem}{suffix}")
        if progress is not None:
            progress(index, len(suffixes), target.name)
        written.append(return_files.write(sheet, target, receipts=receipts, payslips=payslips))
    return written


# ----------------------------------------------------------------------------- sending
def mark_sent(wallet: Wallet, sheet: ReturnSheet) -> Changes:
    """Freeze the sheet as sent, totals and all, in one command."""
    snapshot = json.dumps(sheet_to_json(sheet), ensure_ascii=False, sort_keys=True)
    with wallet.command("mark return sent", *ENTITIES) as session:
        row = CouncilReturn(
            period_from=sheet.inputs.period_from,
            period_to=sheet.inputs.period_to,
            opening_balance=sheet.opening_balance,
            money_in=sheet.money_in.total,
            money_out=sheet.money_out.total,
            closing_balance=sheet.closing_balance,
            note=sheet.inputs.note,
            snapshot_json=snapshot,
            sent_at=wallet.clock.now(),
            sent_by=sheet.inputs.declaration_name[:200],
        )
        session.add(row)
        session.flush()
        key = row.id
    text = _("Your financial check-up for {start} to {end} is marked as sent.").format(
        start=format_date_short(sheet.inputs.period_from),
        end=format_date_short(sheet.inputs.period_to),
    )
    return Changes("mark return sent", frozenset(ENTITIES), (key,), text)


def _sent(row: CouncilReturn) -> SentReturn:
    return SentReturn(
        row.id,
        row.period_from,
        row.period_to,
        row.opening_balance,
        row.money_in,
        row.money_out,
        row.closing_balance,
        row.note,
        row.sent_at,
        row.sent_by,
    )


def sent_returns(wallet: Wallet) -> list[SentReturn]:
    """Every sent return, the latest period first."""
    with wallet.read() as session:
        rows = session.scalars(
            select(CouncilReturn).order_by(CouncilReturn.period_to.desc(), CouncilReturn.id.desc())
        )
        return [_sent(row) for row in rows]


def suggest_period(wallet: Wallet) -> SuggestedPeriod:
    """The period to do next: after the last one sent, else the last whole one before today."""
    profile = current_setting(wallet).profile
    sent = sent_returns(wallet)
    last_end = sent[0].period_to if sent else None
    return next_period(profile.return_period, wallet.clock.today(), last_end)


# ----------------------------------------------------------------------------- changes
def _dig(data: dict[str, Any], path: tuple[str, ...]) -> Money:
    value: Any = data
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return Money.from_decimal(value) if isinstance(value, str) else Money(0)


def _line_changes(then: list[dict[str, Any]], now: list[dict[str, Any]]) -> list[LineChange]:
    old = {int(ln["id"]): ln for ln in then}
    new = {int(ln["id"]): ln for ln in now}

    def make(kind: str, key: int, fields: tuple[str, ...] = ()) -> LineChange:
        shown = new.get(key) or old[key]
        amount_then = Money.from_decimal(old[key]["amount"]) if key in old else None
        amount_now = Money.from_decimal(new[key]["amount"]) if key in new else None
        payee = str(shown.get("payee") or shown.get("description") or "")
        day = dt.date.fromisoformat(str(shown["date"]))
        return LineChange(kind, key, day, payee, amount_then, amount_now, fields)

    found = [make("added", k) for k in new if k not in old]
    found += [make("removed", k) for k in old if k not in new]
    for key in sorted(old.keys() & new.keys()):
        fields = tuple(f for f in LINE_FIELDS if old[key].get(f) != new[key].get(f))
        if fields:
            found.append(make("changed", key, fields))
    return sorted(found, key=lambda c: (c.date, c.line_id))


def changes_since_sent(wallet: Wallet, return_id: int) -> SinceSent:
    """Rebuild the sent period from today's records and say what is different."""
    with wallet.read() as session:
        row = session.get(CouncilReturn, return_id)
        if row is None:
            raise UsageError(_("That financial check-up is not in this wallet."))
        snapshot = json.loads(row.snapshot_json)
        start, end = row.period_from, row.period_to
    sheet = prepare_sheet(wallet, start, end)
    current = sheet_to_json(sheet)
    figures = []
    for key, path in FIGURES:
        then, now = _dig(snapshot, path), _dig(current, path)
        if then != now:
            figures.append(FigureChange(key, then, now))
    lines = _line_changes(list(snapshot.get("lines", [])), list(current["lines"]))
    return SinceSent(return_id, tuple(figures), tuple(lines))
