"""A wallet with one PA, rates with enhancements, and two weeks of shifts after Easter 2026.

Week 1 is Monday 6 April (Easter Monday, a bank holiday) to Sunday 12 April 2026;
week 2 is 13 to 19 April, copied from week 1. Hand sums, at £13 basic, £15 weekend,
£20 bank holiday and £50 a sleep-in:

  Mon  9:00-17:00, 30 min break   7.5 h bank holiday  x 20 = 150.00 (week 2: basic 97.50)
  Tue  9:00-17:00, 30 min break   7.5 h basic         x 13 =  97.50
  Wed  9:00-15:00                 6   h basic         x 13 =  78.00
  Fri 22:00-Sat 6:00 waking night 2 h basic (Fri)     x 13 =  26.00
                                  6 h weekend (Sat)   x 15 =  90.00
  Sat 14:00-20:00                 6   h weekend       x 15 =  90.00
  Sun 21:00-Mon 8:00 sleep-in     1.5 h awake weekend x 15 =  22.50 + allowance 50.00
  Week 1 gross 604.00 (36.5 h); week 2 gross 551.50.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal

from dpwallet.domain.money import Money
from dpwallet.domain.timesheets import ShiftEntry, ShiftType
from dpwallet.services import people_service as people
from dpwallet.services.wallet import Wallet
from tests.conftest import PASSPHRASE

D = dt.datetime
WEEK1_END = dt.date(2026, 4, 12)
WEEK2_END = dt.date(2026, 4, 19)
PA_NAME = "Zoë Nguyễn-Kowalczyk"


@dataclass
class Setup:
    wallet: Wallet
    pa_id: int

    @property
    def path(self) -> str:
        return str(self.wallet.paths.folder)


def week_one() -> list[ShiftEntry]:
    return [
        ShiftEntry(D(2026, 4, 6, 9), D(2026, 4, 6, 17), 30),
        ShiftEntry(D(2026, 4, 7, 9), D(2026, 4, 7, 17), 30),
        ShiftEntry(D(2026, 4, 8, 9), D(2026, 4, 8, 15)),
        ShiftEntry(D(2026, 4, 10, 22), D(2026, 4, 11, 6), 0, ShiftType.NIGHT),
        ShiftEntry(D(2026, 4, 11, 14), D(2026, 4, 11, 20)),
        ShiftEntry(D(2026, 4, 12, 21), D(2026, 4, 13, 8), 0, ShiftType.SLEEP_IN, Decimal("1.5")),
    ]


def make_setup(wallet: Wallet) -> Setup:
    """The PA, rates and both weeks of shifts, added through the services."""
    pa_id = people.add_assistant(
        wallet,
        people.AssistantDetails(
            name=PA_NAME,
            start_date=dt.date(2026, 1, 5),
            date_of_birth=dt.date(1990, 5, 5),
            ni_number="ab 12 34 56 c",
            pension_status="enrolled",
            pension_enrolled_on=dt.date(2026, 1, 5),
            contract_signed_on=dt.date(2026, 1, 5),
            dbs_checked_on=dt.date(2025, 12, 1),
            insurance_renewal=dt.date(2026, 5, 10),
        ),
    )
    people.set_pay_rate(
        wallet,
        pa_id,
        people.RateDetails(
            dt.date(2026, 1, 5),
            Money(1300),
            weekend=Money(1500),
            bank_holiday=Money(2000),
            sleep_in=Money(5000),
        ),
    )
    for shift in week_one():
        people.add_shift(wallet, pa_id, shift)
    people.copy_last_week(wallet, pa_id, dt.date(2026, 4, 13))
    return Setup(wallet, pa_id)


def run_cli(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DPWALLET_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        [sys.executable, "-m", "dpwallet", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    if ok:
        assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    return result
