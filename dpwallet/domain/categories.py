"""The spending categories dpwallet knows, and what kind of money each is.

Categories are words people use; the *kind* is what the financial check-up needs to
know (money in from the council, a contribution, a transfer between accounts, wages,
HMRC, pension, or anything else).
"""

from __future__ import annotations

from dpwallet.i18n import N_

COUNCIL_PAYMENT = N_("Council payment")
CONTRIBUTION = N_("Contribution")
TRANSFER = N_("Transfer")
WAGES = N_("Personal assistant wages")
HMRC = N_("HMRC")
PENSION = N_("Pension")
AGENCY = N_("Agency")

KINDS = {
    COUNCIL_PAYMENT: "council_payment",
    CONTRIBUTION: "contribution",
    TRANSFER: "transfer",
    WAGES: "wages",
    HMRC: "hmrc",
    PENSION: "pension",
}


def kind_of(category: str, *, transfer_group: str | None = None) -> str:
    """The kind for a line; anything in a transfer group is a transfer whatever its label."""
    if transfer_group:
        return "transfer"
    return KINDS.get(category, "other")
