"""Table models for the Pay screen, over immutable rows (never ORM objects)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from dpwallet.domain.money import Money
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date_short, format_hours, format_money
from dpwallet.services.payroll_service import PayRunResult
from dpwallet.ui.pay.pay_figures import ConfirmedRun
from dpwallet.ui.people.parts import Column, RowTableModel


@dataclass(frozen=True)
class PreviewRow:
    """One PA's line in a worked-out pay run."""

    name: str
    hours: Decimal
    gross: Money
    tax: Money
    employee_ni: Money
    pension: Money
    net: Money
    notes: tuple[str, ...]

    def sentence(self) -> str:
        return _(
            "{name}: {hours} hours, pay {gross}, tax {tax}, National Insurance {ni}, "
            "pension {pension}, take-home pay {net}."
        ).format(
            name=self.name,
            hours=format_hours(self.hours),
            gross=format_money(self.gross),
            tax=format_money(self.tax),
            ni=format_money(self.employee_ni),
            pension=format_money(self.pension),
            net=format_money(self.net),
        )


def preview_rows(result: PayRunResult) -> list[PreviewRow]:
    return [
        PreviewRow(
            s.pa_name,
            s.hours_paid,
            s.gross,
            s.tax,
            s.employee_ni,
            s.pension_deducted,
            s.net_pay,
            tuple(s.notes),
        )
        for s in (item.payslip for item in result.payslips)
    ]


def _money_column(header: Callable[[], str], attribute: str) -> Column[PreviewRow]:
    return Column(
        header,
        lambda r: format_money(getattr(r, attribute)),
        lambda r: getattr(r, attribute).pence,
        amount=True,
    )


class PreviewTableModel(RowTableModel[PreviewRow]):
    """Hours, pay, tax, NI, pension and take-home pay for each PA in the run."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(lambda: _("Name"), lambda r: r.name, lambda r: r.name.casefold()),
                Column(
                    lambda: _("Hours"),
                    lambda r: format_hours(r.hours),
                    lambda r: r.hours,
                    amount=True,
                ),
                _money_column(lambda: _("Pay before deductions"), "gross"),
                _money_column(lambda: _("Tax"), "tax"),
                _money_column(lambda: _("National Insurance"), "employee_ni"),
                _money_column(lambda: _("Pension"), "pension"),
                _money_column(lambda: _("Take-home pay"), "net"),
            ]
        )


class ConfirmedRunTableModel(RowTableModel[ConfirmedRun]):
    """Confirmed pay, newest first: period end, payday, who, total take-home pay."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(
                    lambda: _("Period ending"),
                    lambda r: format_date_short(r.period_end),
                    lambda r: r.period_end,
                ),
                Column(
                    lambda: _("Payday"), lambda r: format_date_short(r.payday), lambda r: r.payday
                ),
                Column(lambda: _("Who"), lambda r: ", ".join(r.names)),
                Column(
                    lambda: _("Take-home pay"),
                    lambda r: format_money(r.net),
                    lambda r: r.net.pence,
                    amount=True,
                ),
            ]
        )
