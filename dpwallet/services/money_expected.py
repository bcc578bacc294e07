"""The payments a person expects, from every source, and matching them to statements.

Sources are providers: plain functions ``(wallet, start, end) -> ExpectedPayment``s,
registered by name at runtime, so payroll or an invoices feature can plug in without
this module importing them. Two are built in: the agreement (council payments and
contributions on their schedule) and confirmed pay runs (read from each payslip's
``details_json["expected_payments"]``, written by the payroll service; older payslips
without it give the net wages on payday). Registering a provider under an existing
name replaces it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import select

from dpwallet.domain import budget
from dpwallet.domain.matching import ExpectedPayment, MatchResult, StatementLine, match
from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.models import Agreement, PayRun, Payslip, PersonalAssistant, Transaction, WalletInfo
from dpwallet.services.wallet import Wallet

Provider = Callable[[Wallet, dt.date, dt.date], Iterable[ExpectedPayment]]
_LOOK_BACK = dt.timedelta(days=100)  # HMRC and pension fall due weeks after payday


def from_agreement(wallet: Wallet, start: dt.date, end: dt.date) -> list[ExpectedPayment]:
    """Council payments and the person's contributions on the agreement's schedule."""
    with wallet.read() as session:
        row = session.scalars(select(Agreement).order_by(Agreement.start_date.desc())).first()
        info = session.scalars(select(WalletInfo)).first()
    if row is None or row.next_payment_date is None:
        return []
    begin = max(start, row.start_date)
    finish = min(end, row.end_date) if row.end_date else end
    council = info.council if info and info.council else _("Council")
    out = [
        ExpectedPayment(day, row.net_payment, council, "council_payment", f"agreement:{row.id}")
        for day in budget.payment_dates(row.payment_frequency, row.next_payment_date, begin, finish)
        if row.net_payment
    ]
    if row.contribution:
        ratio = budget.weeks_per_period(row.contribution_frequency) / budget.weeks_per_period(
            row.payment_frequency
        )
        each = row.contribution.times(ratio)
        days = budget.payment_dates(
            row.contribution_frequency, row.next_payment_date, begin, finish
        )
        out += [
            ExpectedPayment(day, each, _("My contribution"), "contribution", f"agreement:{row.id}")
            for day in days
        ]
    return out


def _payslip_items(
    text: str, name: str, net: Money, payday: dt.date
) -> list[tuple[str, str, Money, dt.date]]:
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError:
        data = {}
    items = data.get("expected_payments") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return [("wages", name, net, payday)]
    out = []
    for item in items:
        try:
            amount = Money.from_decimal(str(item["amount"]))
            out.append(
                (str(item["kind"]), str(item["payee"]), amount, dt.date.fromisoformat(item["due"]))
            )
        except (KeyError, TypeError, ValueError):
            continue
    return out


def from_pay_runs(wallet: Wallet, start: dt.date, end: dt.date) -> list[ExpectedPayment]:
    """Wages, HMRC and pension from confirmed pay runs; HMRC and pension summed per due day."""
    query = (
        select(
            PayRun.id,
            PayRun.pay_date,
            Payslip.details_json,
            Payslip.net_pay,
            PersonalAssistant.name,
        )
        .join(Payslip, Payslip.pay_run_id == PayRun.id)
        .join(PersonalAssistant, PersonalAssistant.id == Payslip.assistant_id)
        .where(
            PayRun.status == "confirmed",
            PayRun.pay_date >= start - _LOOK_BACK,
            PayRun.pay_date <= end,
        )
    )
    with wallet.read() as session:
        rows = session.execute(query).all()
    wages: list[ExpectedPayment] = []
    pooled: dict[tuple[str, str, dt.date], int] = defaultdict(int)
    for run_id, payday, text, net, name in rows:
        for kind, payee, amount, due in _payslip_items(text, name, net, payday):
            if not start <= due <= end:
                continue
            if kind == "wages":
                wages.append(ExpectedPayment(due, amount, payee, kind, f"payrun:{run_id}"))
            else:
                pooled[(kind, payee, due)] += abs(amount).pence
    pooled_items = [
        ExpectedPayment(due, Money(pence), payee, kind, "payroll")
        for (kind, payee, due), pence in sorted(pooled.items(), key=lambda kv: kv[0][2])
    ]
    return wages + pooled_items


_providers: dict[str, Provider] = {"agreement": from_agreement, "payroll": from_pay_runs}


def register_expected_provider(name: str, provider: Provider) -> None:
    """Add a source of expected payments (or replace the one with this name)."""
    _providers[name] = provider


def unregister_expected_provider(name: str) -> None:
    _providers.pop(name, None)


def expected_payments(wallet: Wallet, start: dt.date, end: dt.date) -> list[ExpectedPayment]:
    """Every expected payment from ``start`` to ``end`` inclusive, by date."""
    found = [
        item for provider in list(_providers.values()) for item in provider(wallet, start, end)
    ]
    return sorted(found, key=lambda e: (e.date, e.kind, e.payee))


def match_period(
    wallet: Wallet, start: dt.date, end: dt.date, *, expected: list[ExpectedPayment] | None = None
) -> MatchResult:
    """Expected payments in the period matched to live payments a few days either side."""
    items = expected if expected is not None else expected_payments(wallet, start, end)
    with wallet.read() as session:
        rows = session.execute(
            select(Transaction.id, Transaction.date, Transaction.amount, Transaction.payee).where(
                Transaction.deleted_at.is_(None),
                Transaction.transfer_group.is_(None),
                Transaction.date >= start - dt.timedelta(days=3),
                Transaction.date <= end + dt.timedelta(days=7),
            )
        ).all()
    return match(items, [StatementLine(i, d, a, p) for i, d, a, p in rows])
