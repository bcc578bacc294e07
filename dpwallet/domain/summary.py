"""Read-only pictures of a wallet for the home screen, the CLI and tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from dpwallet.domain.money import Money


@dataclass(frozen=True)
class AccountBalance:
    id: int
    name: str
    kind: str
    balance: Money


@dataclass(frozen=True)
class WalletSummary:
    name: str
    council: str
    is_demo: bool
    balance: Money
    accounts: tuple[AccountBalance, ...]
    counts: dict[str, int] = field(default_factory=dict)
    schema: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "council": self.council,
            "demo": self.is_demo,
            "balance": self.balance.to_str(),
            "accounts": [
                {"name": a.name, "kind": a.kind, "balance": a.balance.to_str()}
                for a in self.accounts
            ],
            "counts": dict(self.counts),
            "schema": self.schema,
        }
