"""Setting up the Money side of a wallet: the agreement, outcomes and accounts.

One named command per thing the person does; each is one transaction with an audit
entry, returns a ``Changes`` summary and can be undone (``dpwallet.services.undo``).
Screens get plain dataclasses, never ORM rows. Payments, transfers and reconciling are
in ``money_ledger``; receipts in ``money_receipts``; the home figures in ``money_home``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from dpwallet.domain.budget import FREQUENCIES
from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_money
from dpwallet.models import Account, Agreement, Outcome
from dpwallet.models.ledger import ACCOUNT_KINDS
from dpwallet.services import queries
from dpwallet.services.changes import Changes
from dpwallet.services.money_common import check_amount, check_date, clean_text, get
from dpwallet.services.undo import undoable
from dpwallet.services.wallet import Wallet


@dataclass(frozen=True)
class AgreementDetails:
    """The direct payment agreement as the person reads it off the council's letter.

    Amounts are per payment period (``payment_frequency``); the contribution is the
    assessed contribution for the same period.
    """

    start_date: dt.date
    gross_budget: Money
    contribution: Money
    net_payment: Money
    payment_frequency: str
    next_payment_date: dt.date | None
    contribution_frequency: str = "weekly"
    contingency_weeks: int = 8
    end_date: dt.date | None = None


@dataclass(frozen=True)
class OutcomeDetails:
    text: str
    hours_per_week: Decimal | None = None
    money_per_week: Money | None = None


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    text: str
    hours_per_week: Decimal | None
    money_per_week: Money | None
    archived: bool


@dataclass(frozen=True)
class AccountRow:
    id: int
    name: str
    kind: str
    opening_balance: Money
    opening_date: dt.date | None
    closed: bool
    balance: Money


# ------------------------------------------------------------------ agreement
def _check_agreement(details: AgreementDetails, today: dt.date) -> None:
    if details.payment_frequency not in FREQUENCIES:
        raise UsageError(_("Choose how often the council pays: weekly, four-weekly or monthly."))
    for amount in (details.gross_budget, details.contribution, details.net_payment):
        check_amount(amount, allow_zero=True)
        if amount.is_negative:
            raise UsageError(_("Enter amounts from the council's letter without a minus sign."))
    check_date(details.start_date, today, _("start date"))
    if details.end_date and details.end_date < details.start_date:
        raise UsageError(_("The agreement must end after it starts."))
    if not 1 <= details.contingency_weeks <= 52:
        raise UsageError(_("Enter the contingency as a number of weeks, like 8."))


def current_agreement(wallet: Wallet) -> AgreementDetails | None:
    with wallet.read() as session:
        row = session.scalars(select(Agreement).order_by(Agreement.start_date.desc())).first()
        if row is None:
            return None
        return AgreementDetails(
            row.start_date,
            row.gross_budget,
            row.contribution,
            row.net_payment,
            row.payment_frequency,
            row.next_payment_date,
            row.contribution_frequency,
            row.contingency_weeks,
            row.end_date,
        )


def set_up_agreement(wallet: Wallet, details: AgreementDetails) -> Changes:
    """Create the agreement, or update the current one (the council changed the amounts)."""
    _check_agreement(details, wallet.clock.today())
    label = _("Set up the direct payment agreement")
    with undoable(wallet, "set up agreement", label, "agreement") as session:
        row = session.scalars(select(Agreement).order_by(Agreement.start_date.desc())).first()
        if row is None:
            row = Agreement()
            session.add(row)
        for name, value in vars(details).items():
            setattr(row, name, value)
        session.flush()
        key = row.id
    return Changes("set up agreement", frozenset({"agreement"}), (key,), label, True)


# ------------------------------------------------------------------- outcomes
def outcomes(wallet: Wallet, *, include_archived: bool = False) -> list[OutcomeRow]:
    with wallet.read() as session:
        query = select(Outcome).order_by(Outcome.position, Outcome.id)
        if not include_archived:
            query = query.where(Outcome.archived.is_(False))
        return [
            OutcomeRow(o.id, o.text, o.hours_per_week, o.money_per_week, o.archived)
            for o in session.scalars(query)
        ]


def _outcome_values(details: OutcomeDetails) -> tuple[str, Decimal | None, Money | None]:
    text = clean_text(details.text, 500, _("outcome"), required=True)
    hours = details.hours_per_week
    if hours is not None and not Decimal(0) <= hours <= Decimal(168):
        raise UsageError(_("Enter the hours a week as a number, like 6 or 2.5."))
    money = details.money_per_week
    if money is not None and money.is_negative:
        raise UsageError(_("Enter the money a week without a minus sign, like \u00a340.00."))
    return text, hours, money


def add_outcome(wallet: Wallet, details: OutcomeDetails) -> Changes:
    text, hours, money = _outcome_values(details)
    label = _("Add the outcome \u201c{text}\u201d").format(text=text)
    with undoable(wallet, "add outcome", label, "outcome") as session:
        last = session.scalars(select(Outcome.position).order_by(Outcome.position.desc())).first()
        agreement = session.scalars(select(Agreement.id)).first()
        row = Outcome(
            text=text,
            hours_per_week=hours,
            money_per_week=money,
            position=(last or 0) + 1,
            agreement_id=agreement,
        )
        session.add(row)
        session.flush()
        key = row.id
    return Changes("add outcome", frozenset({"outcome"}), (key,), label, True)


def edit_outcome(wallet: Wallet, outcome_id: int, details: OutcomeDetails) -> Changes:
    text, hours, money = _outcome_values(details)
    label = _("Change the outcome \u201c{text}\u201d").format(text=text)
    with undoable(wallet, "edit outcome", label, "outcome") as session:
        row = get(session, Outcome, outcome_id, _("outcome"))
        row.text, row.hours_per_week, row.money_per_week = text, hours, money
    return Changes("edit outcome", frozenset({"outcome"}), (outcome_id,), label, True)


def archive_outcome(wallet: Wallet, outcome_id: int, *, archived: bool = True) -> Changes:
    """Archive (or bring back) an outcome; past spending keeps pointing at it."""
    with wallet.read() as session:
        text = get(session, Outcome, outcome_id, _("outcome")).text
    label = (
        _("Archive the outcome \u201c{text}\u201d")
        if archived
        else _("Bring back the outcome \u201c{text}\u201d")
    ).format(text=text)
    with undoable(wallet, "archive outcome", label, "outcome") as session:
        get(session, Outcome, outcome_id, _("outcome")).archived = archived
    return Changes("archive outcome", frozenset({"outcome"}), (outcome_id,), label, True)


# ------------------------------------------------------------------- accounts
def accounts(wallet: Wallet, *, include_closed: bool = True) -> list[AccountRow]:
    with wallet.read() as session:
        balances = {b.id: b.balance for b in queries.account_balances(session)}
        rows = session.scalars(select(Account).order_by(Account.id))
        return [
            AccountRow(
                a.id, a.name, a.kind, a.opening_balance, a.opening_date, a.closed, balances[a.id]
            )
            for a in rows
            if include_closed or not a.closed
        ]


def _unique_name(wallet: Wallet, name: str, keep: int | None = None) -> str:
    name = clean_text(name, 200, _("account name"), required=True)
    with wallet.read() as session:
        other = session.scalars(select(Account).where(Account.name == name)).first()
    if other is not None and other.id != keep:
        raise UsageError(
            _("You already have an account called \u201c{name}\u201d. Choose another name.").format(
                name=name
            )
        )
    return name


def add_account(
    wallet: Wallet,
    name: str,
    kind: str,
    opening_balance: Money,
    opening_date: dt.date | None = None,
) -> Changes:
    """A bank account, council prepaid card, managed account or cash tin."""
    if kind not in ACCOUNT_KINDS:
        raise UsageError(_("Choose the kind of account: bank, prepaid card, managed or cash."))
    name = _unique_name(wallet, name)
    check_amount(opening_balance, allow_zero=True)
    if opening_date is not None:
        check_date(opening_date, wallet.clock.today(), _("opening date"))
    label = _("Add the account \u201c{name}\u201d").format(name=name)
    with undoable(wallet, "add account", label, "account") as session:
        row = Account(
            name=name, kind=kind, opening_balance=opening_balance, opening_date=opening_date
        )
        session.add(row)
        session.flush()
        key = row.id
    return Changes("add account", frozenset({"account"}), (key,), label, True)


def rename_account(wallet: Wallet, account_id: int, name: str) -> Changes:
    name = _unique_name(wallet, name, keep=account_id)
    label = _("Rename the account to \u201c{name}\u201d").format(name=name)
    with undoable(wallet, "rename account", label, "account") as session:
        get(session, Account, account_id, _("account")).name = name
    return Changes("rename account", frozenset({"account"}), (account_id,), label, True)


def close_account(wallet: Wallet, account_id: int, *, closed: bool = True) -> Changes:
    """Close an account with nothing left in it (or reopen it); its history stays."""
    row = next((a for a in accounts(wallet) if a.id == account_id), None)
    if row is None:
        raise UsageError(_("That account is no longer in your wallet. It may have been removed."))
    if closed and row.balance:
        raise UsageError(
            _(
                "There is still {amount} in \u201c{name}\u201d. Move it to another account "
                "with a transfer first, then close this one."
            ).format(amount=format_money(row.balance), name=row.name)
        )
    label = (
        _("Close the account \u201c{name}\u201d")
        if closed
        else _("Reopen the account \u201c{name}\u201d")
    ).format(name=row.name)
    with undoable(wallet, "close account", label, "account") as session:
        get(session, Account, account_id, _("account")).closed = closed
    return Changes("close account", frozenset({"account"}), (account_id,), label, True)
