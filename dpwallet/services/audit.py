"""Who changed what, and when: the audit trail the person (or their nominated person) can read.

Every command writes an entry (see ``Wallet.command``); this module names the people who
may be making changes and reads the trail back as plain rows. It lives inside the
encrypted wallet; nothing here is logged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from dpwallet.models import AuditEntry, NominatedPerson, WalletInfo
from dpwallet.services.wallet import Wallet


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    actor: str
    action: str
    entity: str


def people_who_make_changes(wallet: Wallet) -> list[str]:
    """The person first, then their nominated or suitable person(s)."""
    with wallet.read() as session:
        info = session.scalars(select(WalletInfo)).first()
        names = [info.name] if info else []
        names += [
            n.name for n in session.scalars(select(NominatedPerson).order_by(NominatedPerson.id))
        ]
    return [n for i, n in enumerate(names) if n and n not in names[:i]]


def recent_changes(wallet: Wallet, limit: int = 200) -> list[AuditRow]:
    with wallet.read() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
        return [AuditRow(r.at, r.actor, r.action, r.entity) for r in rows]
