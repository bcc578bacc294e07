"""Importing a bank or card statement into an account: all or nothing, duplicates skipped.

The reader (dpwallet.imports) refuses a file with any unreadable row before we touch
the database; then one command adds the new rows, so a failure leaves the wallet as it
was. A new account's opening balance comes from the statement's first balance.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpwallet.domain import rules
from dpwallet.domain.errors import BadInputFile, UsageError
from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.imports import (
    MAX_FILE_BYTES,
    PRESETS_BY_NAME,
    ColumnMapping,
    ParsedStatement,
    StatementRow,
    fingerprint,
    new_rows,
    read_statement,
)
from dpwallet.models import Account, Transaction
from dpwallet.services.money_rules import learnt_rules
from dpwallet.services.queries import account_balances
from dpwallet.services.undo import undoable
from dpwallet.services.wallet import Wallet


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, shown before anything is written."""

    statement: ParsedStatement
    account: str
    account_exists: bool
    new: tuple[StatementRow, ...]

    @property
    def duplicates(self) -> int:
        return len(self.statement.rows) - len(self.new)


@dataclass(frozen=True)
class ImportResult:
    added: int
    duplicates: int
    account: str
    balance: Money

    def to_json(self) -> dict[str, object]:
        return {
            "added": self.added,
            "duplicates": self.duplicates,
            "account": self.account,
            "balance": self.balance.to_str(),
        }


def read_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadInputFile(
                _(
                    "{name} is too big for a statement. Download a shorter period and try again."
                ).format(name=path.name)
            )
        return path.read_bytes()
    except OSError as exc:
        raise BadInputFile(
            _("dpwallet could not read {name}. Check the file is there and try again.").format(
                name=path.name
            )
        ) from exc


def default_account_name(statement: ParsedStatement) -> str:
    preset = PRESETS_BY_NAME.get(statement.preset or "")
    bank = preset.label if preset else _("Bank account")
    if statement.account_hint:
        return _("{bank} ending {digits}").format(bank=bank, digits=statement.account_hint[-4:])
    return bank


def _account_kind(statement: ParsedStatement) -> str:
    return "prepaid_card" if (statement.preset or "").startswith("prepaid") else "bank"


def _existing(session: Session, name: str) -> Account | None:
    return session.scalars(select(Account).where(Account.name == name)).first()


def _fingerprints(session: Session, account_id: int) -> list[str]:
    query = select(Transaction.import_fingerprint).where(
        Transaction.account_id == account_id,
        Transaction.import_fingerprint.is_not(None),
        Transaction.deleted_at.is_(None),
    )
    return [fp for fp in session.scalars(query) if fp]


def preview_import(
    wallet: Wallet,
    data: bytes,
    filename: str,
    *,
    account: str | None = None,
    fmt: str = "auto",
    mapping: ColumnMapping | None = None,
) -> ImportPreview:
    statement = read_statement(data, filename, fmt, mapping)
    if not statement.rows:
        raise BadInputFile(
            _("{name} has no payments in it. Check you downloaded the right dates.").format(
                name=filename
            )
        )
    name = (account or "").strip() or default_account_name(statement)
    with wallet.read() as session:
        found = _existing(session, name)
        existing = _fingerprints(session, found.id) if found else []
    fresh = tuple(new_rows(existing, statement))
    return ImportPreview(statement, name, found is not None, fresh)


def commit_import(wallet: Wallet, preview: ImportPreview) -> ImportResult:
    """Write a previewed import in one command (one transaction, one audit entry)."""
    statement = preview.statement
    label = _("Import {count} payments into {account}").format(
        count=len(preview.new), account=preview.account
    )
    with undoable(wallet, "import statement", label, "transaction", "account") as session:
        account = _existing(session, preview.account)
        if account is None:
            if preview.account_exists:
                raise UsageError(_("The account was removed while you looked. Please try again."))
            opening = statement.opening_balance or Money(0)
            account = Account(
                name=preview.account,
                kind=_account_kind(statement),
                opening_balance=opening,
                opening_date=statement.first_date,
            )
            session.add(account)
            session.flush()
        now = wallet.clock.now()
        book = learnt_rules(session)  # file each payment the way the person usually does
        for row in preview.new:
            usual = rules.suggest(book, row.payee) if book else None
            session.add(
                Transaction(
                    account_id=account.id,
                    date=row.date,
                    amount=row.amount,
                    payee=row.payee,
                    description=" ".join(p for p in (row.description, row.reference) if p),
                    category=usual.category if usual else "",
                    outcome_id=usual.outcome_id if usual else None,
                    source="import",
                    import_fingerprint=fingerprint(row),
                    statement_balance=row.balance,
                    created_at=now,
                )
            )
        session.flush()
        balance = next(b.balance for b in account_balances(session) if b.id == account.id)
    return ImportResult(len(preview.new), preview.duplicates, preview.account, balance)


def import_statement(
    wallet: Wallet,
    data: bytes,
    filename: str,
    *,
    account: str | None = None,
    fmt: str = "auto",
    mapping: ColumnMapping | None = None,
) -> ImportResult:
    return commit_import(
        wallet, preview_import(wallet, data, filename, account=account, fmt=fmt, mapping=mapping)
    )
