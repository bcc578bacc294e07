"""Check a payroll service's payslip against our own sums.

Why: many people use a payroll service and just want to know the figures are
right. We compare field by field and say plainly which agree and by how much
any differ. A difference of a penny is allowed (HMRC accepts 1p), and a bigger
one is put as something worth asking about, not as anyone's mistake.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money, MoneyError
from dpwallet.domain.payroll.payslip import Payslip

ONE_PENNY = Money(1)

FIELD_LABELS: dict[str, str] = {
    "gross": "Gross pay",
    "taxable_pay": "Taxable pay",
    "tax": "Income tax",
    "employee_ni": "Employee National Insurance",
    "employer_ni": "Employer National Insurance",
    "pension_employee": "Pension taken from pay",
    "pension_employer": "Employer pension",
    "ssp": "Statutory Sick Pay",
    "net_pay": "Take-home pay",
}


@dataclass(frozen=True)
class FieldCheck:
    field: str
    label: str
    ours: Money
    theirs: Money
    difference: Money  # theirs minus ours
    agrees: bool

    def sentence(self) -> str:
        if self.agrees:
            return f"{self.label}: both say £{self.ours}."
        way = "higher" if self.difference.pence > 0 else "lower"
        return (
            f"{self.label}: the payslip says £{self.theirs} and we make it £{self.ours}, "
            f"so theirs is £{abs(self.difference)} {way}."
        )


@dataclass(frozen=True)
class PayslipCheck:
    fields: tuple[FieldCheck, ...]

    @property
    def all_agree(self) -> bool:
        return all(f.agrees for f in self.fields)

    def summary(self) -> str:
        agreeing = sum(f.agrees for f in self.fields)
        if self.all_agree:
            return f"All {len(self.fields)} figures agree with our sums."
        return (
            f"{agreeing} of {len(self.fields)} figures agree. The others may come from a "
            "different tax code, pay date or rounding; it is worth asking your payroll service "
            "about them."
        )


def payslip_figures(payslip: Payslip) -> dict[str, Money]:
    """Our payslip's figures under the field names :func:`check_payslip` compares."""
    pension = payslip.pension
    return {
        "gross": payslip.gross,
        "taxable_pay": payslip.taxable_pay,
        "tax": payslip.tax,
        "employee_ni": payslip.employee_ni,
        "employer_ni": payslip.employer_ni,
        "pension_employee": payslip.pension_deducted,
        "pension_employer": pension.employer if pension else Money(0),
        "ssp": payslip.ssp,
        "net_pay": payslip.net_pay,
    }


def _as_money(name: str, value: Money | Decimal | str | int) -> Money:
    if isinstance(value, Money):
        return value
    try:
        return Money.from_decimal(value)
    except MoneyError as exc:
        raise UsageError(f"The payslip's {FIELD_LABELS.get(name, name)} is not an amount.") from exc


def check_payslip(
    ours: Payslip | Mapping[str, Money],
    theirs: Mapping[str, Money | Decimal | str | int],
    tolerance: Money = ONE_PENNY,
) -> PayslipCheck:
    """Compare each figure the other payslip shows with ours.

    Only fields present in ``theirs`` are compared, in our usual order.
    """
    mine = payslip_figures(ours) if isinstance(ours, Payslip) else dict(ours)
    unknown = sorted(set(theirs) - set(mine))
    if unknown:
        raise UsageError(f"We don't have a figure called {unknown[0]} to compare with.")
    checks = []
    for name in mine:
        if name not in theirs:
            continue
        their_value = _as_money(name, theirs[name])
        difference = their_value - mine[name]
        checks.append(
            FieldCheck(
                field=name,
                label=FIELD_LABELS.get(name, name.replace("_", " ").capitalize()),
                ours=mine[name],
                theirs=their_value,
                difference=difference,
                agrees=abs(difference) <= tolerance,
            )
        )
    return PayslipCheck(tuple(checks))
