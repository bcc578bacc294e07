"""The employer checklist for a wallet: PA records in, kind heads-ups out.

Why a thin service: the rules are pure (``dpwallet.domain.employer_checklist``);
this only reads the PA records and whether each PA was paid in the tax year
that ended last 5 April (so needs a P60), in one read session.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from dpwallet.domain.employer_checklist import ChecklistItem, PaFacts, employer_checklist
from dpwallet.domain.payroll.periods import tax_year_label, tax_year_start
from dpwallet.models import PayRun, Payslip, PersonalAssistant
from dpwallet.services.wallet import Wallet


def employer_checklist_for(wallet: Wallet, today: dt.date | None = None) -> list[ChecklistItem]:
    """What is missing or due soon, most pressing first."""
    today = today or wallet.clock.today()
    ended = tax_year_label(tax_year_start(today) - 1)
    with wallet.read() as session:
        paid = set(
            session.scalars(
                select(Payslip.assistant_id)
                .join(PayRun, PayRun.id == Payslip.pay_run_id)
                .where(PayRun.status == "confirmed", PayRun.tax_year == ended)
            )
        )
        facts = [
            PaFacts(
                name=pa.name,
                start_date=pa.start_date,
                end_date=pa.end_date,
                contract_signed_on=pa.contract_signed_on,
                insurance_renewal=pa.insurance_renewal,
                dbs_checked_on=pa.dbs_checked_on,
                pension_enrolled_on=pa.pension_enrolled_on,
                paid_in_tax_year_ended=pa.id in paid,
            )
            for pa in session.scalars(select(PersonalAssistant))
        ]
    return employer_checklist(facts, today)
