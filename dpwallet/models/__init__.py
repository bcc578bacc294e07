"""SQLAlchemy 2 typed ORM tables. Never handed to widgets; services map them to domain rows."""

from dpwallet.models.agreement import Agreement, Outcome
from dpwallet.models.audit import AuditEntry, MigrationLog
from dpwallet.models.base import Base
from dpwallet.models.ledger import Account, Receipt, Transaction
from dpwallet.models.money import BankMapping, CategorisationRule, Reconciliation
from dpwallet.models.payroll import PayRun, Payslip
from dpwallet.models.people import PayRate, PersonalAssistant, Shift
from dpwallet.models.returns import CouncilReturn
from dpwallet.models.wallet import NominatedPerson, WalletInfo

__all__ = [
    "Account",
    "Agreement",
    "AuditEntry",
    "BankMapping",
    "Base",
    "CategorisationRule",
    "CouncilReturn",
    "MigrationLog",
    "NominatedPerson",
    "Outcome",
    "PayRate",
    "PayRun",
    "Payslip",
    "PersonalAssistant",
    "Receipt",
    "Reconciliation",
    "Shift",
    "Transaction",
    "WalletInfo",
]
