"""Every Money command is one transaction with one audit entry, and undo/redo is exact."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.models import AuditEntry
from dpwallet.services import money_ledger as ml
from dpwallet.services import money_reconcile as mr
from dpwallet.services import money_rules as rules
from dpwallet.services import money_service as ms
from dpwallet.services.money_common import RowLocked
from dpwallet.services.undo import UndoConflict, stack_for
from dpwallet.services.wallet import Wallet

DAY = dt.date(2026, 3, 3)


def _ids(wallet: Wallet) -> tuple[int, int]:
    account = ms.accounts(wallet)[0].id
    outcome = ms.outcomes(wallet)[0].id
    return account, outcome


def _picture(wallet: Wallet) -> tuple[object, ...]:
    return (
        wallet.summary().to_json(),
        ms.accounts(wallet),
        ms.outcomes(wallet, include_archived=True),
        ml.payments(wallet),
        ms.current_agreement(wallet),
    )


def _audit(wallet: Wallet) -> list[str]:
    with wallet.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_each_command_is_audited_once_and_undo_redo_restore_exactly(wallet: Wallet) -> None:
    account, outcome = _ids(wallet)
    cash = ms.add_account(wallet, "Cash tin", "cash", Money(0)).ids[0]
    steps = [
        lambda: ml.add_payment(wallet, ml.PaymentDetails(account, DAY, Money(-1250), "A2B Taxis")),
        lambda: ml.transfer(wallet, account, cash, Money(4000), DAY, "Cash for taxis"),
        lambda: rules.categorise(
            wallet, [ml.payments(wallet, search="A2B")[0].id], "Transport", outcome
        ),
        lambda: ms.rename_account(wallet, cash, "Petty cash"),
        lambda: ms.edit_outcome(wallet, outcome, ms.OutcomeDetails("Keep active and well")),
        lambda: ms.archive_outcome(wallet, outcome),
        lambda: ml.delete_payment(wallet, ml.payments(wallet, search="A2B")[0].id),
    ]
    for step in steps:
        before, audit_before = _picture(wallet), _audit(wallet)
        changes = step()
        after, audit_after = _picture(wallet), _audit(wallet)
        assert changes.undoable and changes.text
        assert len(audit_after) == len(audit_before) + 1 and audit_after[-1] == changes.action
        assert after != before
        undone = stack_for(wallet).undo()
        assert _picture(wallet) == before and _audit(wallet)[-1] == "undo"
        assert undone.text.startswith("Undone")
        stack_for(wallet).redo()
        assert _picture(wallet) == after and _audit(wallet)[-1] == "redo"


def test_a_refused_command_writes_nothing(wallet: Wallet) -> None:
    account, _ = _ids(wallet)
    audit = _audit(wallet)
    with pytest.raises(UsageError, match="Enter the amount"):
        ml.add_payment(wallet, ml.PaymentDetails(account, DAY, Money(0), "Nobody"))
    with pytest.raises(UsageError, match="still"):
        ms.close_account(wallet, account)
    with pytest.raises(UsageError, match="already have an account"):
        ms.add_account(wallet, "Bank", "cash", Money(0))
    assert _audit(wallet) == audit


def test_reconciled_rows_refuse_edits_until_unlocked(wallet: Wallet) -> None:
    account, outcome = _ids(wallet)
    tx = ml.add_payment(wallet, ml.PaymentDetails(account, DAY, Money(-1250), "A2B")).ids[0]
    wrong = mr.check_reconcile(wallet, account, DAY, Money(47500))
    assert not wrong.agrees and "difference of £12.50" in wrong.explanation()
    with pytest.raises(UsageError, match="difference"):
        mr.reconcile(wallet, account, DAY, Money(47500))
    mr.reconcile(wallet, account, DAY, Money(48750))
    assert mr.reconciliations(wallet, account)[0].actor == "Money Person"
    change = ml.PaymentDetails(account, DAY, Money(-1300), "A2B")
    with pytest.raises(RowLocked, match="Unlock"):
        ml.edit_payment(wallet, tx, change)
    with pytest.raises(RowLocked):
        ml.delete_payment(wallet, tx)
    rules.categorise(wallet, [tx], "Transport", outcome)  # filing is still allowed
    ml.unlock_transaction(wallet, tx)
    ml.edit_payment(wallet, tx, change)
    assert ml.payments(wallet)[0].amount == Money(-1300)


def test_undo_refuses_kindly_when_rows_changed_since(wallet: Wallet) -> None:
    account, _ = _ids(wallet)
    tx = ml.add_payment(wallet, ml.PaymentDetails(account, DAY, Money(-500), "Shop")).ids[0]
    with wallet.command("outside change", "transaction") as session:  # not on the stack
        from dpwallet.models import Transaction

        row = session.get(Transaction, tx)
        assert row is not None
        row.payee = "Changed elsewhere"
    with pytest.raises(UndoConflict, match="Nothing was changed"):
        stack_for(wallet).undo()
    assert ml.payments(wallet)[0].payee == "Changed elsewhere"


def test_rules_learn_and_apply_to_new_rows(wallet: Wallet) -> None:
    account, outcome = _ids(wallet)
    first = ml.add_payment(
        wallet, ml.PaymentDetails(account, DAY, Money(-520), "LEISURE CENTRE 0042")
    ).ids[0]
    rules.categorise(wallet, [first], "Swimming", outcome)
    later = ml.add_payment(
        wallet, ml.PaymentDetails(account, DAY, Money(-520), "CARD PAYMENT TO Leisure Centre Ltd")
    ).ids[0]
    applied = rules.apply_rules(wallet)
    assert applied.ids == (later,)
    row = next(r for r in ml.payments(wallet) if r.id == later)
    assert (row.category, row.outcome_id) == ("Swimming", outcome)
    rules.remember_mapping(wallet, "My Bank", {"date": "Date", "amount": "Amount"})
    assert rules.remembered_mapping(wallet, "My Bank") == {"amount": "Amount", "date": "Date"}


def test_transfers_are_pairs_and_not_spending(wallet: Wallet) -> None:
    account, _ = _ids(wallet)
    cash = ms.add_account(wallet, "Cash", "cash", Money(0)).ids[0]
    pair = ml.transfer(wallet, account, cash, Money(4000), DAY).ids
    rows = [r for r in ml.payments(wallet) if r.id in pair]
    assert {r.kind for r in rows} == {"transfer"} and sum(r.amount.pence for r in rows) == 0
    assert rows[0].transfer_group == rows[1].transfer_group
    ml.delete_payment(wallet, pair[0])
    assert not [r for r in ml.payments(wallet) if r.id in pair]
    assert wallet.summary().balance == Money(50000)
