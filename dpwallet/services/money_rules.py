"""Categorising payments, learning from it, and remembering a bank's CSV layout.

Filing a payment under a category and an outcome is the person's choice; we learn a
rule from it (normalised payee to category and outcome) so the next statement arrives
already filed. Categorising is allowed on reconciled payments: it changes what the
money was for, not the amount or day the bank statement agrees with.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpwallet.domain import rules
from dpwallet.domain.errors import UsageError
from dpwallet.i18n import _, ngettext
from dpwallet.models import BankMapping, CategorisationRule, Outcome, Transaction
from dpwallet.services.changes import Changes
from dpwallet.services.money_common import clean_text, get
from dpwallet.services.undo import undoable
from dpwallet.services.wallet import Wallet

MAX_MAPPING_CHARS = 10_000


def _as_rule(row: CategorisationRule) -> rules.Rule:
    return rules.Rule(row.payee_key, row.category, row.outcome_id, row.times_used)


def _learn(
    session: Session, wallet: Wallet, payee: str, category: str, outcome: int | None
) -> None:
    key = rules.normalise_payee(payee)
    if not key:
        return
    row = session.scalars(
        select(CategorisationRule).where(CategorisationRule.payee_key == key)
    ).first()
    learnt = rules.learn(_as_rule(row) if row else None, payee, category, outcome)
    if learnt is None:
        return
    if row is None:
        row = CategorisationRule(payee_key=key, payee_example=learnt.payee_example)
        session.add(row)
    row.category, row.outcome_id = learnt.category, learnt.outcome_id
    row.times_used, row.updated_at = learnt.times_used, wallet.clock.now()


def categorise(
    wallet: Wallet,
    tx_ids: Iterable[int],
    category: str,
    outcome_id: int | None,
    *,
    learn: bool = True,
) -> Changes:
    """File payments under a category and outcome, and learn a rule for each payee."""
    ids = tuple(dict.fromkeys(tx_ids))
    if not ids:
        raise UsageError(_("Choose at least one payment to file."))
    category = clean_text(category, 100, _("category"))
    label = ngettext(
        "File {n} payment under \u201c{category}\u201d",
        "File {n} payments under \u201c{category}\u201d",
        len(ids),
    ).format(n=len(ids), category=category or _("no category"))
    with undoable(wallet, "categorise", label, "transaction", "rule") as session:
        if outcome_id is not None:
            get(session, Outcome, outcome_id, _("outcome"))
        seen: set[str] = set()
        for tx_id in ids:
            row = get(session, Transaction, tx_id, _("payment"))
            row.category, row.outcome_id = category, outcome_id
            if learn and not row.transfer_group and row.payee not in seen:
                seen.add(row.payee)
                _learn(session, wallet, row.payee, category, outcome_id)
    return Changes("categorise", frozenset({"transaction", "rule"}), ids, label, True)


def learnt_rules(session: Session) -> list[rules.Rule]:
    """Every rule the person has taught us, for use inside another command."""
    return [_as_rule(r) for r in session.scalars(select(CategorisationRule))]


def apply_rules(wallet: Wallet, tx_ids: Iterable[int] | None = None) -> Changes:
    """File payments that have no category yet by the learnt rules (after an import).

    Payments the person already filed are never overwritten.
    """
    label = _("File new payments by your usual choices")
    changed: list[int] = []
    with undoable(wallet, "apply rules", label, "transaction") as session:
        book = learnt_rules(session)
        query = select(Transaction).where(
            Transaction.deleted_at.is_(None),
            Transaction.category == "",
            Transaction.transfer_group.is_(None),
        )
        if tx_ids is not None:
            query = query.where(Transaction.id.in_(list(tx_ids)))
        for row in session.scalars(query) if book else ():
            found = rules.suggest(book, row.payee)
            if found is not None:
                row.category = found.category
                row.outcome_id = row.outcome_id or found.outcome_id
                changed.append(row.id)
    return Changes("apply rules", frozenset({"transaction"}), tuple(changed), label, True)


def suggestion(wallet: Wallet, payee: str) -> rules.Suggestion | None:
    """What the person usually chooses for this payee (for the payment form)."""
    with wallet.read() as session:
        book = [_as_rule(r) for r in session.scalars(select(CategorisationRule))]
    return rules.suggest(book, payee)


def forget_rule(wallet: Wallet, payee_key: str) -> Changes:
    label = _("Forget the usual choice for \u201c{payee}\u201d").format(payee=payee_key)
    with undoable(wallet, "forget rule", label, "rule") as session:
        row = session.scalars(
            select(CategorisationRule).where(CategorisationRule.payee_key == payee_key)
        ).first()
        if row is not None:
            session.delete(row)
    return Changes("forget rule", frozenset({"rule"}), (), label, True)


def remember_mapping(wallet: Wallet, bank: str, mapping: Mapping[str, Any]) -> Changes:
    """Keep the CSV columns the person chose for ``bank`` (``ColumnMapping.to_dict()``)."""
    bank = clean_text(bank, 200, _("bank name"), required=True)
    text = json.dumps(dict(mapping), sort_keys=True, ensure_ascii=False)
    if len(text) > MAX_MAPPING_CHARS:
        raise UsageError(_("That column layout is too big to keep. Please choose it again."))
    label = _("Remember the columns for {bank}").format(bank=bank)
    with undoable(wallet, "remember columns", label, "bank_mapping") as session:
        row = session.scalars(select(BankMapping).where(BankMapping.bank == bank)).first()
        if row is None:
            row = BankMapping(bank=bank)
            session.add(row)
        row.mapping_json, row.updated_at = text, wallet.clock.now()
    return Changes("remember columns", frozenset({"bank_mapping"}), (), label, True)


def remembered_mapping(wallet: Wallet, bank: str) -> dict[str, Any] | None:
    """The layout kept for ``bank``, or None (a damaged entry counts as none)."""
    with wallet.read() as session:
        row = session.scalars(select(BankMapping).where(BankMapping.bank == bank.strip())).first()
    if row is None:
        return None
    try:
        data = json.loads(row.mapping_json)
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None
