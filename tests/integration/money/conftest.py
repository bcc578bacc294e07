"""A wallet with an agreement, one outcome and a bank account, on a frozen clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from dpwallet.domain.clock import FixedClock
from dpwallet.domain.money import Money
from dpwallet.services import money_service as ms
from dpwallet.services.wallet import Wallet

NOW = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)
PASSPHRASE = "correct horse battery"


@pytest.fixture()
def wallet(tmp_path: Path) -> Iterator[Wallet]:
    created = Wallet.create(
        tmp_path / "Money Person",
        name="Money Person",
        council="Testshire",
        passphrase=PASSPHRASE,
        clock=FixedClock(NOW),
    )
    w = created.wallet
    w.actor = "Money Person"
    ms.set_up_agreement(
        w,
        ms.AgreementDetails(
            start_date=dt.date(2026, 1, 5),
            gross_budget=Money(100000),
            contribution=Money(14000),
            net_payment=Money(86000),
            payment_frequency="four-weekly",
            next_payment_date=dt.date(2026, 3, 30),
        ),
    )
    ms.add_outcome(w, ms.OutcomeDetails("Keep active", money_per_week=Money(2000)))
    ms.add_account(w, "Bank", "bank", Money(50000), dt.date(2026, 1, 1))
    yield w
    w.lock()
