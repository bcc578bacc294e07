"""Home figures through the services: weeks in hand, contributions, the forecast, matching,
spend by outcome; and ``dpwallet info --json`` keeps reflecting what the services did."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal

from dpwallet.domain.matching import ExpectedPayment
from dpwallet.domain.money import Money
from dpwallet.services import money_expected as mx
from dpwallet.services import money_ledger as ml
from dpwallet.services import money_service as ms
from dpwallet.services.money_home import home_figures
from dpwallet.services.wallet import Wallet

PASSPHRASE = "correct horse battery"


def _pay(wallet: Wallet, day: dt.date, pence: int, payee: str, outcome: int | None = None) -> int:
    account = ms.accounts(wallet)[0].id
    details = ml.PaymentDetails(account, day, Money(pence), payee, outcome_id=outcome)
    return ml.add_payment(wallet, details).ids[0]


def test_home_figures_and_a_runs_short_heads_up(wallet: Wallet) -> None:
    outcome = ms.outcomes(wallet)[0].id
    _pay(wallet, dt.date(2026, 3, 2), 86000, "TESTSHIRE COUNCIL")  # council payment seen
    _pay(wallet, dt.date(2026, 3, 3), 3500, "My contribution")
    _pay(wallet, dt.date(2026, 3, 3), -520, "Leisure centre", outcome)

    def wages(_w: Wallet, start: dt.date, end: dt.date) -> list[ExpectedPayment]:
        day = dt.date(2026, 3, 14)
        return (
            [ExpectedPayment(day, Money(160000), "Sam", "wages", "test")]
            if start <= day <= end
            else []
        )

    mx.register_expected_provider("test-wages", wages)
    try:
        home = home_figures(wallet)
    finally:
        mx.unregister_expected_provider("test-wages")
    assert home.money_you_have == Money(50000 + 86000 + 3500 - 520)
    assert (home.period_start, home.period_end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 29))
    assert home.came_in == Money(89500) and home.went_out == Money(520)
    # £1,389.80 at £1,000 per four weeks: 5.5 weeks, rounded down
    assert home.weeks_in_hand == Decimal("5.5")
    assert home.contingency is not None and not home.contingency.over_cap
    assert home.contributions is not None and home.contributions.due == Money(0)
    assert home.forecast.runs_short_on == dt.date(2026, 3, 14)
    assert any("Saturday 14 March 2026" in note for note in home.to_do())
    assert home.next_payment == (dt.date(2026, 3, 30), Money(86000))
    assert home.going_out == Money(160000)
    assert [e.kind for e in home.not_seen_yet if e.kind == "contribution"]
    assert home.spend_by_outcome[0].spent == Money(520)
    assert len(home.balance_series) == 52 and home.balance_series[-1].balance <= Money(139500)


def test_agreement_schedule_matches_the_council_payment(wallet: Wallet) -> None:
    _pay(wallet, dt.date(2026, 3, 3), 86000, "Testshire DP")
    result = mx.match_period(wallet, dt.date(2026, 3, 2), dt.date(2026, 3, 29))
    council = [m for m in result.matched if m.expected.kind == "council_payment"]
    assert len(council) == 1 and council[0].days_apart == 1
    assert {e.kind for e in result.not_seen_yet} == {"contribution"}


def test_info_json_reflects_service_commands(wallet: Wallet) -> None:
    _pay(wallet, dt.date(2026, 3, 3), -1250, "A2B")
    folder = str(wallet.paths.folder)
    wallet.lock()
    env = {**os.environ, "DPWALLET_PASSPHRASE": PASSPHRASE}
    out = subprocess.run(
        [sys.executable, "-m", "dpwallet", "info", folder, "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    info = json.loads(out.stdout)
    assert info["balance"] == "487.50" and info["counts"]["transactions"] == 1
    assert info["accounts"][0]["balance"] == "487.50"
