"""A writer for the SIGKILL test: one user command per transaction, acknowledged after commit.

Each command adds a transaction row whose amount is its sequence number; the audit
entry written in the same transaction is the invariant's other half.
"""

from __future__ import annotations

import datetime as dt
import sys

from sqlalchemy import func, select

from dpwallet.domain.money import Money
from dpwallet.models import Account, Transaction
from dpwallet.services.wallet import Wallet


def main(path: str, passphrase: str) -> None:
    wallet = Wallet.unlock(path, passphrase=passphrase)
    with wallet.read() as session:
        account_id = session.scalars(select(Account.id)).one()
        seq = int(session.scalar(select(func.count()).select_from(Transaction)) or 0)
    while True:
        seq += 1
        with wallet.command("kill-test", "transaction") as session:
            session.add(
                Transaction(
                    account_id=account_id,
                    date=dt.date(2026, 1, 1),
                    amount=Money(seq),
                    payee="Kill test payee",
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
        sys.stdout.write(f"{seq}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
