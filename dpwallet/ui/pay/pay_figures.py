"""The sums behind the Pay screen, kept out of the widgets (no Qt here).

Why: the employer summary, the suggested period end and the payslip check are answers
the person relies on ("how much do I owe HMRC, and by when?"), so they are worked out
from the services' confirmed payslips and the domain's due-date rules, in one place
that tests can call directly. The widgets only show the results.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from dpwallet.domain.money import Money, total
from dpwallet.domain.payroll.check import PayslipCheck, check_payslip
from dpwallet.domain.payroll.employer_summary import (
    AmountDue,
    PaymentRecord,
    hmrc_amounts_due,
    pension_amounts_due,
)
from dpwallet.domain.payroll.periods import Frequency
from dpwallet.export.evidence_pack import safe_name
from dpwallet.export.payslip_pdf import StoredPayslip, write_payslip_pdf
from dpwallet.services import people_service
from dpwallet.services.payroll_records import confirmed_payslips
from dpwallet.services.wallet import Wallet

CHECK_FIELDS = ("gross", "tax", "employee_ni", "employer_ni", "pension_employee", "net_pay")
_DAYS = {Frequency.WEEKLY: 7, Frequency.FORTNIGHTLY: 14, Frequency.FOUR_WEEKLY: 28}


# ------------------------------------------------------------------ the next period
def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _next_end(frequency: Frequency, last_end: dt.date | None, today: dt.date) -> dt.date:
    if frequency is Frequency.MONTHLY:
        return _month_end(last_end + dt.timedelta(days=1) if last_end else today)
    if last_end is not None:
        return last_end + dt.timedelta(days=_DAYS[frequency])
    return today + dt.timedelta(days=(6 - today.weekday()) % 7)  # the coming Sunday


def suggest_period_end(wallet: Wallet, today: dt.date) -> dt.date:
    """The soonest period end still to pay, going by each PA's last confirmed pay."""
    last: dict[int, dt.date] = {}
    for slip in confirmed_payslips(wallet):
        last[slip.assistant_id] = max(slip.period_end, last.get(slip.assistant_id, slip.period_end))
    ends = [
        _next_end(Frequency.parse(pa.pay_frequency), last.get(pa.id), today)
        for pa in people_service.list_assistants(wallet, include_leavers=False)
    ]
    return min(ends) if ends else today + dt.timedelta(days=(6 - today.weekday()) % 7)


# ------------------------------------------------------------------ confirmed runs
@dataclass(frozen=True)
class ConfirmedRun:
    """Confirmed pay for one period end (one or more PAs)."""

    period_end: dt.date
    payday: dt.date
    names: tuple[str, ...]
    net: Money
    payslips: tuple[StoredPayslip, ...]


def confirmed_runs(wallet: Wallet) -> list[ConfirmedRun]:
    """Newest first, grouped by period end, as the list of confirmed pay shows them."""
    groups: dict[dt.date, list[StoredPayslip]] = defaultdict(list)
    for slip in confirmed_payslips(wallet):
        groups[slip.period_end].append(slip)
    runs = [
        ConfirmedRun(
            end,
            max(s.payday for s in slips),
            tuple(s.assistant for s in slips),
            total(s.net for s in slips),
            tuple(slips),
        )
        for end, slips in groups.items()
    ]
    return sorted(runs, key=lambda r: r.period_end, reverse=True)


def payslip_file_name(name: str, period_end: dt.date, used: set[str]) -> str:
    """'payslip 2026-05-24 Ann Lee.pdf', numbered if two PAs share a name."""
    stem = safe_name(name.replace("/", "-").replace("\\", "-"), fallback="assistant")
    candidate, n = f"payslip {period_end.isoformat()} {stem}.pdf", 2
    while candidate.casefold() in used:
        candidate = f"payslip {period_end.isoformat()} {stem} ({n}).pdf"
        n += 1
    used.add(candidate.casefold())
    return candidate


def write_payslips(folder: Path, slips: tuple[StoredPayslip, ...], employer: str) -> list[Path]:
    """Write each payslip as a PDF into ``folder`` (runs on a pool thread: no wallet here)."""
    used: set[str] = set()
    return [
        write_payslip_pdf(folder / payslip_file_name(s.assistant, s.period_end, used), s, employer)
        for s in slips
    ]


# ------------------------------------------------------------------ employer summary
@dataclass(frozen=True)
class EmployerSummary:
    first_day: dt.date
    last_day: dt.date
    net_by_assistant: tuple[tuple[str, Money], ...]
    hmrc: tuple[AmountDue, ...]
    pension: tuple[AmountDue, ...]

    @property
    def total_net(self) -> Money:
        return total(amount for _name, amount in self.net_by_assistant)


def tax_period(day: dt.date, quarterly: bool) -> tuple[dt.date, dt.date]:
    """The tax month (6th to 5th) or tax quarter containing ``day``."""
    start = day.replace(day=6) if day.day >= 6 else _add_months(day.replace(day=6), -1)
    if quarterly:
        offset = (start.month - 4) % 3
        start = _add_months(start, -offset)
    last = _add_months(start, 3 if quarterly else 1) - dt.timedelta(days=1)
    return start, last


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return day.replace(year=index // 12, month=index % 12 + 1)


def record_of(slip: StoredPayslip) -> PaymentRecord:
    return PaymentRecord(
        payday=slip.payday,
        tax=slip.tax,
        employee_ni=slip.employee_ni,
        employer_ni=slip.employer_ni,
        employment_allowance=slip.employment_allowance,
        pension_employee=slip.employee_pension,
        pension_employer=slip.employer_pension,
    )


def employer_summary(wallet: Wallet, day: dt.date, *, quarterly: bool) -> EmployerSummary:
    """Net pay to each PA, HMRC's amount and date, the pension scheme's, for one period."""
    first, last = tax_period(day, quarterly)
    slips = confirmed_payslips(wallet, paid_from=first, paid_to=last)
    net: dict[str, Money] = {}
    for slip in slips:
        net[slip.assistant] = net.get(slip.assistant, Money(0)) + slip.net
    records = [record_of(s) for s in slips]
    return EmployerSummary(
        first,
        last,
        tuple(sorted(net.items(), key=lambda item: item[0].casefold())),
        tuple(hmrc_amounts_due(records, quarterly=quarterly)),
        tuple(p for p in pension_amounts_due(records) if p.amount),
    )


# ------------------------------------------------------------------ checking a payslip
def our_figures(slip: StoredPayslip) -> dict[str, Money]:
    """Our confirmed payslip's figures under the names ``check_payslip`` compares."""
    return {
        "gross": slip.gross,
        "tax": slip.tax,
        "employee_ni": slip.employee_ni,
        "employer_ni": slip.employer_ni,
        "pension_employee": slip.employee_pension,
        "net_pay": slip.net,
    }


def check_against(slip: StoredPayslip, theirs: dict[str, Money]) -> PayslipCheck:
    return check_payslip(our_figures(slip), theirs)
