"""Any sequence of add, edit, delete, undo and redo keeps balance == opening + live payments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpwallet.domain.clock import FixedClock
from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.services import money_ledger as ml
from dpwallet.services import money_service as ms
from dpwallet.services.undo import stack_for
from dpwallet.services.wallet import Wallet

NOW = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)
PASSPHRASE = "correct horse battery"


OPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(-50000, 50000).filter(bool)),
        st.tuples(st.just("edit"), st.integers(-50000, 50000).filter(bool)),
        st.tuples(st.just("delete"), st.just(0)),
        st.tuples(st.just("undo"), st.just(0)),
        st.tuples(st.just("redo"), st.just(0)),
    ),
    max_size=12,
)
COUNTER = iter(range(10**6))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_balance_is_opening_plus_live_payments(tmp_path: Path, ops: list[tuple[str, int]]) -> None:
    wallet = Wallet.create(
        tmp_path / f"P{next(COUNTER)}", name="P", passphrase=PASSPHRASE, clock=FixedClock(NOW)
    ).wallet
    try:
        ms.add_account(wallet, "Bank", "bank", Money(12345))
        stack_for(wallet).clear()
        account = ms.accounts(wallet)[0].id
        for op, pence in ops:
            _step(wallet, account, op, pence)
            live = ml.payments(wallet)
            assert wallet.summary().balance == Money(12345 + sum(r.amount.pence for r in live))
            assert ms.accounts(wallet)[0].balance == wallet.summary().balance
    finally:
        wallet.lock()


def _step(wallet: Wallet, account: int, op: str, pence: int) -> None:
    stack = stack_for(wallet)
    live = ml.payments(wallet)
    day = dt.date(2026, 3, 3)
    if op == "add":
        ml.add_payment(wallet, ml.PaymentDetails(account, day, Money(pence), "Shop"))
    elif op == "edit" and live:
        ml.edit_payment(wallet, live[0].id, ml.PaymentDetails(account, day, Money(pence), "Shop"))
    elif op == "delete" and live:
        ml.delete_payment(wallet, live[-1].id)
    elif op == "undo" and stack.can_undo():
        stack.undo()
    elif op == "redo" and stack.can_redo():
        stack.redo()
    elif op in ("undo", "redo"):
        with pytest.raises(UsageError, match="nothing to"):
            getattr(stack, op)()
