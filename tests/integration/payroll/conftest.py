"""The ``setup`` fixture: a wallet with a PA and two weeks of shifts (see payroll_setup)."""

from __future__ import annotations

import pytest

from dpwallet.services.wallet import Wallet
from tests.integration.payroll.payroll_setup import Setup, make_setup


@pytest.fixture()
def setup(new_wallet: Wallet) -> Setup:
    return make_setup(new_wallet)
