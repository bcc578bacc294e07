"""Gathering a period's records from the wallet into the financial check-up's inputs.

The sheet itself is worked out by ``dpwallet.domain.reconciliation`` (pure), and
written by ``dpwallet.export``; this module only reads the database, in one session.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from dpwallet.domain import categories
from dpwallet.domain.council_profile import CouncilProfile, default_profile
from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money, total
from dpwallet.domain.reconciliation import (
    AccountPeriod,
    EmployerSummary,
    LedgerLine,
    OutcomeInfo,
    ReturnInputs,
)
from dpwallet.export.evidence_pack import PayslipFile, ReceiptFile
from dpwallet.i18n import _
from dpwallet.models import (
    Account,
    Agreement,
    NominatedPerson,
    Outcome,
    PayRun,
    Payslip,
    PersonalAssistant,
    Receipt,
    Transaction,
    WalletInfo,
)
from dpwallet.services.wallet import Wallet

WEEKS_PER_PERIOD = {"weekly": Decimal(1), "four-weekly": Decimal(4), "monthly": Decimal(52) / 12}


def profile_for(info: WalletInfo | None) -> CouncilProfile:
    """The wallet's council profile: bundled, or imported from a support service's file."""
    if not info or not info.council_profile:
        return default_profile()
    from dpwallet.services.council_profiles import profile_by_id

    return profile_by_id(info.council_profile)


def _opening(session: Session, account: Account, before: dt.date) -> Money:
    moved = session.scalar(
        select(type_coerce(func.sum(Transaction.amount), Integer)).where(
            Transaction.account_id == account.id,
            Transaction.deleted_at.is_(None),
            Transaction.date < before,
        )
    )
    return account.opening_balance + Money(int(moved or 0))


def _statement_balance(
    session: Session, account: Account, upto: dt.date
) -> tuple[Money | None, dt.date | None]:
    row = session.execute(
        select(Transaction.statement_balance, Transaction.date)
        .where(
            Transaction.account_id == account.id,
            Transaction.statement_balance.is_not(None),
            Transaction.deleted_at.is_(None),
            Transaction.date <= upto,
        )
        .order_by(Transaction.date.desc(), Transaction.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else (None, None)


def _lines(session: Session, start: dt.date, end: dt.date) -> tuple[LedgerLine, ...]:
    accounts = {a.id: a.name for a in session.scalars(select(Account))}
    outcomes = {o.id: o.text for o in session.scalars(select(Outcome))}
    receipts: dict[int, list[str]] = defaultdict(list)
    for tx_id, receipt_id in session.execute(
        select(Receipt.transaction_id, Receipt.id)
        .join(Transaction, Transaction.id == Receipt.transaction_id)
        .where(Transaction.date >= start, Transaction.date <= end)
    ):
        if tx_id is not None:
            receipts[tx_id].append(f"R{receipt_id}")  # short and stable, as councils cite them
    rows = session.scalars(
        select(Transaction)
        .where(Transaction.date >= start, Transaction.date <= end, Transaction.deleted_at.is_(None))
        .order_by(Transaction.date, Transaction.id)
    )
    return tuple(
        LedgerLine(
            id=t.id,
            date=t.date,
            account=accounts[t.account_id],
            amount=t.amount,
            payee=t.payee,
            description=t.description,
            category=t.category,
            outcome=outcomes.get(t.outcome_id) if t.outcome_id else None,
            source=t.source,
            kind=categories.kind_of(t.category, transfer_group=t.transfer_group),
            receipt_refs=tuple(receipts.get(t.id, ())),
        )
        for t in rows
    )


def _employer(
    session: Session, start: dt.date, end: dt.date, lines: tuple[LedgerLine, ...]
) -> EmployerSummary | None:
    assistants = list(session.scalars(select(PersonalAssistant)))
    if not assistants:
        return None
    gross = session.scalar(
        select(type_coerce(func.sum(Payslip.gross_pay), Integer))
        .join(PayRun, PayRun.id == Payslip.pay_run_id)
        .where(PayRun.pay_date >= start, PayRun.pay_date <= end)
    )
    active = [a for a in assistants if a.end_date is None or a.end_date >= start]
    renewals = [a.insurance_renewal for a in active if a.insurance_renewal]
    return EmployerSummary(
        gross_pay=Money(int(gross or 0)),
        tax_and_ni_paid_to_hmrc=-total(ln.amount for ln in lines if ln.kind == "hmrc"),
        pension_paid=-total(ln.amount for ln in lines if ln.kind == "pension"),
        insurance_in_date=bool(renewals) and min(renewals) > end,
        insurance_renewal=min(renewals) if renewals else None,
    )


def _weekly(agreement: Agreement | None) -> Money | None:
    if agreement is None:
        return None
    weeks = WEEKS_PER_PERIOD.get(agreement.payment_frequency, Decimal(4))
    return agreement.gross_budget.times(1 / weeks)


def _contributions_due(agreement: Agreement | None, start: dt.date, end: dt.date) -> Money:
    """The assessed contribution for the whole weeks in the period.

    ``Agreement.contribution`` is per council payment period; people pay it weekly,
    so a part week at the edge of a period is not yet due.
    """
    if agreement is None or not agreement.contribution:
        return Money(0)
    weeks = WEEKS_PER_PERIOD.get(agreement.payment_frequency, Decimal(4))
    whole_weeks = ((end - start).days + 1) // 7
    return agreement.contribution.times(Decimal(whole_weeks) / weeks)


def receipt_files(wallet: Wallet, start: dt.date, end: dt.date) -> list[ReceiptFile]:
    """The receipts for the period's payments, for the evidence pack."""
    with wallet.read() as session:
        rows = session.execute(
            select(Receipt.transaction_id, Receipt.file_name, Receipt.media_type, Receipt.content)
            .join(Transaction, Transaction.id == Receipt.transaction_id)
            .where(Transaction.date >= start, Transaction.date <= end)
            .order_by(Transaction.date, Receipt.id)
        ).all()
    return [
        ReceiptFile(tx_id, name, media, content) for tx_id, name, media, content in rows if tx_id
    ]


def payslip_files(wallet: Wallet, start: dt.date, end: dt.date) -> list[PayslipFile]:
    """Payslips paid in the period, as PDFs for the evidence pack."""
    from dpwallet.export.payslip_pdf import payslip_pdf_bytes
    from dpwallet.services.payroll_records import confirmed_payslips

    employer = wallet.name()
    return [
        PayslipFile(
            f"payslip {slip.payday.isoformat()} {slip.assistant}.pdf",
            payslip_pdf_bytes(slip, employer),
        )
        for slip in confirmed_payslips(wallet, paid_from=start, paid_to=end)
    ]


def gather(
    wallet: Wallet,
    period_from: dt.date,
    period_to: dt.date,
    *,
    note: str = "",
    declaration_name: str | None = None,
    declaration_date: dt.date | None = None,
) -> ReturnInputs:
    if period_to < period_from:
        raise UsageError(_("The end of the period must be on or after its start."))
    with wallet.read() as session:
        info = session.scalars(select(WalletInfo)).first()
        nominated = session.scalars(select(NominatedPerson)).first()
        agreement = session.scalars(select(Agreement).order_by(Agreement.start_date.desc())).first()
        accounts = []
        for account in session.scalars(select(Account).order_by(Account.id)):
            balance, when = _statement_balance(session, account, period_to)
            accounts.append(
                AccountPeriod(
                    account.name,
                    account.kind,
                    _opening(session, account, period_from),
                    balance,
                    when,
                )
            )
        lines = _lines(session, period_from, period_to)
        outcomes = tuple(
            OutcomeInfo(o.text) for o in session.scalars(select(Outcome).order_by(Outcome.position))
        )
        employer = _employer(session, period_from, period_to, lines)
        profile = profile_for(info)
        name = info.name if info else ""
        return ReturnInputs(
            person_name=name,
            council=info.council if info else "",
            council_reference=info.council_reference if info else "",
            nominated_person=nominated.name if nominated else None,
            period_from=period_from,
            period_to=period_to,
            accounts=tuple(accounts),
            lines=lines,
            outcomes=outcomes,
            employer=employer,
            profile=profile,
            note=note,
            declaration_name=declaration_name or (nominated.name if nominated else name),
            declaration_date=declaration_date or wallet.clock.today(),
            contingency_weeks_rule=agreement.contingency_weeks
            if agreement
            else profile.contingency_weeks,
            weekly_budget=_weekly(agreement),
            contributions_due=_contributions_due(agreement, period_from, period_to),
            contributions_paid=total(ln.amount for ln in lines if ln.kind == "contribution"),
        )
