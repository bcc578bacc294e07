"""The reconciliation sheet for a council's financial check-up, as plain data.

Statutory guidance asks councils for "standard template reconciliation sheets" that
people can use to account for their direct payment. This module turns the records a
person keeps anyway into that sheet: opening balance, money in, money out (by
category and by outcome), closing balance per account, and whether the sums and the
bank statements agree. Everything is ``Money`` in whole pence; nothing here touches
files, the database or Qt, so the writers (``dpwallet/export/return_*.py``) and the
UI all show the same figures.

Transfers between the person's own accounts are neither money in nor money out.
Lines with ``source == "opening"`` inside the period (an account opened part-way)
count towards the opening balance, not money in.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from dpwallet.domain.council_profile import CouncilProfile
from dpwallet.domain.money import Money, total
from dpwallet.domain.returns.sheet_json import sheet_to_json
from dpwallet.domain.returns.todos import ToDo, build_todos, unmatched_transfers
from dpwallet.i18n import current_language

__all__ = [
    "AccountClose",
    "AccountPeriod",
    "CategorySpend",
    "EmployerSummary",
    "LedgerLine",
    "MoneyIn",
    "MoneyOut",
    "OutcomeInfo",
    "OutcomeSpend",
    "ReturnInputs",
    "ReturnSheet",
    "ToDo",
    "build_sheet",
    "sheet_to_json",
]

LINE_SOURCES = ("manual", "import", "payroll", "opening")
LINE_KINDS = ("council_payment", "contribution", "transfer", "wages", "hmrc", "pension", "other")


# ----------------------------------------------------------------------------- inputs
@dataclass(frozen=True, slots=True)
class AccountPeriod:
    """One account: its balance when the period starts and its last statement balance."""

    name: str
    kind: str
    opening_balance: Money
    statement_closing_balance: Money | None = None
    statement_balance_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class LedgerLine:
    """One transaction. ``amount`` is negative for money out."""

    id: int
    date: dt.date
    account: str
    amount: Money
    payee: str
    description: str
    category: str
    outcome: str | None
    source: str
    kind: str
    receipt_refs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OutcomeInfo:
    """An outcome from the support plan and the person's short note on how it went."""

    name: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class EmployerSummary:
    """Being an employer in the period: pay, HMRC, pension and insurance."""

    gross_pay: Money
    tax_and_ni_paid_to_hmrc: Money
    pension_paid: Money
    insurance_in_date: bool
    insurance_renewal: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ReturnInputs:
    """Everything the sheet needs, filled by ``dpwallet.services.returns``."""

    person_name: str
    council: str
    council_reference: str
    nominated_person: str | None
    period_from: dt.date
    period_to: dt.date
    accounts: tuple[AccountPeriod, ...]
    lines: tuple[LedgerLine, ...]
    outcomes: tuple[OutcomeInfo, ...]
    employer: EmployerSummary | None
    profile: CouncilProfile
    note: str
    declaration_name: str
    declaration_date: dt.date
    contingency_weeks_rule: int
    weekly_budget: Money | None
    contributions_due: Money
    contributions_paid: Money
    # Accessible Information Standard needs (easy read, large print, BSL ...), req. 34.
    communication_needs: tuple[str, ...] = ()


# ----------------------------------------------------------------------------- outputs
@dataclass(frozen=True, slots=True)
class MoneyIn:
    total: Money
    council_payments: Money
    contributions: Money
    other: Money


@dataclass(frozen=True, slots=True)
class CategorySpend:
    category: str
    amount: Money
    payments: int


@dataclass(frozen=True, slots=True)
class OutcomeSpend:
    """Money out for one outcome; ``name`` None is spending not linked to an outcome."""

    name: str | None
    note: str
    amount: Money
    payments: int


@dataclass(frozen=True, slots=True)
class MoneyOut:
    total: Money
    by_category: tuple[CategorySpend, ...]
    by_outcome: tuple[OutcomeSpend, ...]


@dataclass(frozen=True, slots=True)
class AccountClose:
    """One account over the period, and whether it agrees with its bank statement.

    ``statement_matches`` is None when there is no statement balance to compare with.
    ``statement_difference`` is dpwallet's balance minus the statement's.
    """

    name: str
    kind: str
    opening_balance: Money
    money_in: Money
    money_out: Money
    transfers: Money
    closing_balance: Money
    statement_balance: Money | None
    statement_date: dt.date | None
    statement_matches: bool | None
    statement_difference: Money | None


@dataclass(frozen=True, slots=True)
class ReturnSheet:
    """The finished reconciliation sheet; the writers only read this."""

    inputs: ReturnInputs
    language: str  # "en" or "cy": the council documents are in English or Welsh
    lines: tuple[LedgerLine, ...]
    accounts: tuple[AccountClose, ...]
    opening_balance: Money
    money_in: MoneyIn
    money_out: MoneyOut
    closing_balance: Money
    sums_agree: bool
    reconciles: bool
    weeks_in_hand: Decimal | None
    contributions_outstanding: Money
    todos: tuple[ToDo, ...] = field(default_factory=tuple)

    @property
    def profile(self) -> CouncilProfile:
        return self.inputs.profile

    @property
    def unexplained(self) -> Money:
        """Opening + in − out − closing: zero when the sums agree."""
        return (
            self.opening_balance
            + self.money_in.total
            - self.money_out.total
            - (self.closing_balance)
        )


# ----------------------------------------------------------------------------- sums
def counts_as(line: LedgerLine) -> str:
    """ "opening", "transfer", "in" or "out": how a line enters the sheet."""
    if line.source == "opening":
        return "opening"
    if line.kind == "transfer":
        return "transfer"
    return "in" if line.amount.pence > 0 else "out"


def _money_in(lines: tuple[LedgerLine, ...]) -> MoneyIn:
    incoming = [ln for ln in lines if counts_as(ln) == "in"]
    council = total(ln.amount for ln in incoming if ln.kind == "council_payment")
    contributions = total(ln.amount for ln in incoming if ln.kind == "contribution")
    everything = total(ln.amount for ln in incoming)
    return MoneyIn(everything, council, contributions, everything - council - contributions)


def _money_out(lines: tuple[LedgerLine, ...], outcomes: tuple[OutcomeInfo, ...]) -> MoneyOut:
    outgoing = [ln for ln in lines if counts_as(ln) == "out"]
    by_cat: dict[str, list[Money]] = defaultdict(list)
    by_outcome: dict[str | None, list[Money]] = defaultdict(list)
    for line in outgoing:
        by_cat[line.category].append(-line.amount)
        by_outcome[line.outcome or None].append(-line.amount)
    categories = tuple(
        CategorySpend(name, total(amounts), len(amounts))
        for name, amounts in sorted(by_cat.items(), key=lambda kv: (-total(kv[1]).pence, kv[0]))
    )
    notes = {o.name: o.note for o in outcomes}
    order: list[str | None] = [o.name for o in outcomes]
    order += sorted(k for k in by_outcome if k is not None and k not in notes)
    if None in by_outcome:
        order.append(None)
    spends = tuple(
        OutcomeSpend(
            name,
            notes.get(name, "") if name else "",
            total(by_outcome.get(name, [])),
            len(by_outcome.get(name, [])),
        )
        for name in order
    )
    return MoneyOut(total(-ln.amount for ln in outgoing), categories, spends)


def _statement_check(
    account: AccountPeriod, lines: list[LedgerLine], period_from: dt.date
) -> tuple[bool | None, Money | None]:
    """Compare our balance on the statement's date with the statement's balance."""
    when, stated = account.statement_balance_date, account.statement_closing_balance
    if when is None or stated is None or when < period_from - dt.timedelta(days=1):
        return None, None
    ours = account.opening_balance + total(ln.amount for ln in lines if ln.date <= when)
    difference = ours - stated
    return difference.pence == 0, difference


def _account_close(
    account: AccountPeriod, lines: list[LedgerLine], period_from: dt.date
) -> AccountClose:
    def part(kind: str) -> Money:
        return total(ln.amount for ln in lines if counts_as(ln) == kind)

    matches, difference = _statement_check(account, lines, period_from)
    opening = account.opening_balance + part("opening")
    return AccountClose(
        name=account.name,
        kind=account.kind,
        opening_balance=opening,
        money_in=part("in"),
        money_out=-part("out"),
        transfers=part("transfer"),
        closing_balance=opening + part("in") + part("out") + part("transfer"),
        statement_balance=account.statement_closing_balance,
        statement_date=account.statement_balance_date,
        statement_matches=matches,
        statement_difference=difference,
    )


def _accounts(inputs: ReturnInputs, lines: tuple[LedgerLine, ...]) -> tuple[AccountClose, ...]:
    known = list(inputs.accounts)
    names = {a.name for a in known}
    for line in lines:  # a line in an account we were not told about still counts
        if line.account not in names:
            names.add(line.account)
            known.append(AccountPeriod(line.account, "other", Money(0)))
    by_account: dict[str, list[LedgerLine]] = defaultdict(list)
    for line in lines:
        by_account[line.account].append(line)
    return tuple(_account_close(a, by_account[a.name], inputs.period_from) for a in known)


def weeks_of_money(balance: Money, weekly_budget: Money | None) -> Decimal | None:
    """Whole and tenths of weeks the balance would last at the weekly budget."""
    if weekly_budget is None or weekly_budget.pence <= 0:
        return None
    weeks = Decimal(balance.pence) / Decimal(weekly_budget.pence)
    return weeks.quantize(Decimal("0.1"), rounding=ROUND_DOWN)


def sheet_language(language: str | None = None) -> str:
    """Council documents are in Welsh for a Welsh-speaking person, else in English."""
    code = (language or current_language()).replace("-", "_").split("_")[0].lower()
    return "cy" if code == "cy" else "en"


def build_sheet(inputs: ReturnInputs, *, language: str | None = None) -> ReturnSheet:
    """Work out the whole sheet for the period; the to-dos use the current language."""
    if inputs.period_to < inputs.period_from:
        raise ValueError("period_to is before period_from")
    lines = tuple(
        sorted(
            (ln for ln in inputs.lines if inputs.period_from <= ln.date <= inputs.period_to),
            key=lambda ln: (ln.date, ln.id),
        )
    )
    accounts = _accounts(inputs, lines)
    opening = total(a.opening_balance for a in accounts)
    closing = total(a.closing_balance for a in accounts)
    money_in = _money_in(lines)
    money_out = _money_out(lines, inputs.outcomes)
    sums_agree = opening + money_in.total - money_out.total == closing
    statements_agree = all(a.statement_matches is not False for a in accounts)
    weeks = weeks_of_money(closing, inputs.weekly_budget)
    rule = inputs.contingency_weeks_rule or inputs.profile.contingency_weeks
    outstanding = inputs.contributions_due - inputs.contributions_paid
    todos = build_todos(
        inputs,
        lines,
        accounts,
        unmatched=unmatched_transfers(lines),
        weeks=weeks,
        rule=rule,
        outstanding=outstanding,
    )
    return ReturnSheet(
        inputs=inputs,
        language=sheet_language(language),
        lines=lines,
        accounts=accounts,
        opening_balance=opening,
        money_in=money_in,
        money_out=money_out,
        closing_balance=closing,
        sums_agree=sums_agree,
        reconciles=sums_agree and statements_agree,
        weeks_in_hand=weeks,
        contributions_outstanding=outstanding,
        todos=todos,
    )
