"""A PA's payslip as an A4 PDF, in plain words.

Why this layout: the law asks for gross pay, every deduction and what it is
for, net pay, and the hours paid for when pay goes by the hour (facts.md 7).
A PA reading it wants the take-home figure first, then how it was worked out.
So: who and when, take-home pay in a box, the pay lines with hours and rates,
what was taken off, what the employer paid on top, and the tax year so far.

Names may be in any script, so every string is drawn through ``pdf_text``
with the bundled Noto fonts (``dpwallet.i18n.fonts``); :func:`missing_glyphs`
lets callers and tests check nothing would print as an empty box. The notes
the core writes for the employer (pension and minimum-wage heads-ups) are not
printed here: they are for the person, not for the PA's copy.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from dpwallet import __version__
from dpwallet.domain.money import Money
from dpwallet.domain.payroll.payslip import YearToDate
from dpwallet.export.pdf_text import register_fonts, uncovered
from dpwallet.export.return_pdf_layout import BODY, Column, Flow
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_hours, format_money
from dpwallet.storage import atomic

__all__ = [
    "PayslipLine",
    "StoredPayslip",
    "missing_glyphs",
    "payslip_pdf_bytes",
    "payslip_texts",
    "write_payslip_pdf",
]

_BOX = (0.90, 0.95, 0.91)


@dataclass(frozen=True)
class PayslipLine:
    label: str
    kind: str  # a LineKind value: "work", "holiday pay", ...
    amount: Money
    hours: Decimal | None = None
    rate: Decimal | None = None


@dataclass(frozen=True)
class StoredPayslip:
    """One confirmed payslip, as the PDF and the screens show it."""

    payslip_id: int
    pay_run_id: int
    assistant_id: int
    assistant: str
    ni_number: str
    tax_code: str
    ni_category: str
    frequency: str
    period_start: dt.date
    period_end: dt.date
    payday: dt.date
    tax_year: str
    paye_period: int
    lines: tuple[PayslipLine, ...]
    hours: Decimal
    gross: Money
    taxable_pay: Money
    tax: Money
    employee_ni: Money
    employer_ni: Money
    employment_allowance: Money
    employee_pension: Money
    employer_pension: Money
    net: Money
    notes: tuple[str, ...]
    year_to_date: YearToDate


def _line_label(label: str) -> str:
    """The core's English line labels, translated at the time of printing."""
    known = {
        "Basic hours": _("Basic hours"),
        "Weekend hours": _("Weekend hours"),
        "Bank holiday hours": _("Bank holiday hours"),
        "Night hours": _("Night hours"),
        "Hours awake on sleep-ins": _("Hours awake on sleep-ins"),
        "Holiday pay": _("Holiday pay"),
    }
    return known.get(label, label)


def _money(amount: Money) -> str:
    return format_money(amount)


def _rate(rate: Decimal | None) -> str:
    return "" if rate is None else "£" + format(rate.quantize(Decimal("0.01")), "f")


def _who(flow: Flow, slip: StoredPayslip, employer: str) -> None:
    flow.title(
        _("Payslip for {name}").format(name=slip.assistant),
        _("From your employer: {employer}").format(employer=employer),
    )
    flow.space(2 * mm)
    flow.pairs(
        [
            (
                _("Pay period"),
                _("{first} to {last}").format(
                    first=format_date(slip.period_start), last=format_date(slip.period_end)
                ),
            ),
            (_("Paid on"), format_date(slip.payday)),
            (_("Tax code"), slip.tax_code),
            (_("National Insurance number"), _spaced_ni(slip.ni_number) or _("not recorded")),
            (_("National Insurance category"), slip.ni_category),
            (
                _("Tax period"),
                _("{period} of the {year} tax year").format(
                    period=_period_name(slip), year=slip.tax_year
                ),
            ),
        ],
        label_share=0.38,
    )


def _spaced_ni(number: str) -> str:
    """'AB123456C' as 'AB 12 34 56 C', the way HMRC prints it."""
    if len(number) != 9:
        return number
    return " ".join([number[:2], number[2:4], number[4:6], number[6:8], number[8]])


def _pairs(flow: Flow, rows: list[tuple[str, str, bool]]) -> None:
    """Label and amount rows, amounts lined up with the pay table's Amount column."""
    right = flow.left + flow.usable - 1.5 * mm
    for label, amount, strong in rows:
        flow.need(BODY * 1.8)
        if strong:
            flow.canvas.setStrokeColorRGB(0.75, 0.75, 0.75)
            flow.canvas.line(flow.left, flow.y - 1 * mm, flow.left + flow.usable, flow.y - 1 * mm)
        flow.y -= BODY * 1.6
        flow.draw(flow.left + 1.5 * mm, flow.y, label, BODY, bold=strong)
        flow.draw_right(right, flow.y, amount, BODY, bold=strong)


def _period_name(slip: StoredPayslip) -> str:
    if slip.frequency == "monthly":
        return _("Month {n}").format(n=slip.paye_period)
    return _("Week {n}").format(n=slip.paye_period)


def _take_home(flow: Flow, slip: StoredPayslip) -> None:
    height = 16 * mm
    flow.need(height + 6 * mm)
    flow.space(5 * mm)
    canvas = flow.canvas
    canvas.setFillColorRGB(*_BOX)
    canvas.roundRect(flow.left, flow.y - height, flow.usable, height, 2 * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(0.1, 0.1, 0.1)
    base = flow.y - height / 2 - 2 * mm
    flow.draw(flow.left + 5 * mm, base, _("Take-home pay"), 14, bold=True)
    flow.draw_right(flow.left + flow.usable - 5 * mm, base, _money(slip.net), 16, bold=True)
    flow.y -= height


def _pay(flow: Flow, slip: StoredPayslip) -> None:
    flow.heading(_("Your pay"))
    rows = [
        [
            _line_label(line.label),
            format_hours(line.hours) if line.hours is not None else "",
            _rate(line.rate),
            _money(line.amount),
        ]
        for line in slip.lines
    ]
    weights = (3.2, 1.0, 1.2, 1.4)
    columns = [Column(weights[0])] + [Column(w, right=True) for w in weights[1:]]
    flow.table(columns, [_("What for"), _("Hours"), _("Rate"), _("Amount")], rows)
    hours_right = flow.left + flow.usable * sum(weights[:2]) / sum(weights) - 1.5 * mm
    right = flow.left + flow.usable - 1.5 * mm
    flow.need(BODY * 2)
    flow.y -= BODY * 1.6
    flow.draw(
        flow.left + 1.5 * mm, flow.y, _("Total pay before anything is taken off"), BODY, bold=True
    )
    flow.draw_right(hours_right, flow.y, format_hours(slip.hours), BODY, bold=True)
    flow.draw_right(right, flow.y, _money(slip.gross), BODY, bold=True)


def _deductions(flow: Flow, slip: StoredPayslip) -> None:
    flow.heading(_("Taken off your pay"))
    rows = [
        (_("Income tax"), _money(slip.tax), False),
        (_("National Insurance"), _money(slip.employee_ni), False),
    ]
    if slip.employee_pension:
        rows.append((_("Workplace pension (your share)"), _money(slip.employee_pension), False))
    taken = slip.tax + slip.employee_ni + slip.employee_pension
    rows.append((_("Total taken off"), _money(taken), True))
    rows.append((_("Take-home pay"), _money(slip.net), True))
    _pairs(flow, rows)


def _employer(flow: Flow, slip: StoredPayslip) -> None:
    flow.heading(_("Paid by your employer on top of your pay"))
    rows = [(_("Employer's National Insurance"), _money(slip.employer_ni), False)]
    if slip.employer_pension:
        rows.append(
            (_("Workplace pension (employer's share)"), _money(slip.employer_pension), False)
        )
    _pairs(flow, rows)


def _year_to_date(flow: Flow, slip: StoredPayslip) -> None:
    ytd = slip.year_to_date
    flow.heading(_("This tax year so far ({year})").format(year=slip.tax_year))
    _pairs(
        flow,
        [
            (_("Total pay"), _money(ytd.gross), False),
            (_("Pay that tax is worked out on"), _money(ytd.taxable_pay), False),
            (_("Income tax"), _money(ytd.tax), False),
            (_("National Insurance"), _money(ytd.employee_ni), False),
        ],
    )
    if ytd.holiday_hours_accrued:
        flow.space(2 * mm)
        flow.paragraph(
            _("Holiday earned this tax year: {hours} hours.").format(
                hours=format_hours(ytd.holiday_hours_accrued.quantize(Decimal("0.01")))
            )
        )


def payslip_texts(slip: StoredPayslip, employer: str) -> list[str]:
    """Every variable string the PDF prints (names, employer), for the glyph check."""
    return [slip.assistant, employer, *(line.label for line in slip.lines)]


def missing_glyphs(slip: StoredPayslip, employer: str) -> set[str]:
    """Characters no bundled font can draw; they would print as '?' (should be empty)."""
    found: set[str] = set()
    for text in payslip_texts(slip, employer):
        found |= uncovered(text) | uncovered(text, bold=True)
    return found


def payslip_pdf_bytes(slip: StoredPayslip, employer: str) -> bytes:
    """The payslip as PDF bytes (A4, one page for any ordinary payslip)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    canvas.setTitle(_("Payslip for {name}").format(name=slip.assistant))
    canvas.setAuthor(employer)
    canvas.setCreator("dpwallet " + __version__)
    footer = _("Payslip from {employer} for {name}. Page {page}.")
    flow = Flow(
        canvas,
        lambda page: footer.format(employer=employer, name=slip.assistant, page=page),
    )
    _who(flow, slip, employer)
    _take_home(flow, slip)
    for part in (_pay, _deductions, _employer, _year_to_date):
        part(flow, slip)
    flow.finish()
    canvas.save()
    return buffer.getvalue()


def write_payslip_pdf(path: Path, slip: StoredPayslip, employer: str) -> Path:
    """Write atomically (a crash leaves the old file or the new one, never half)."""
    atomic.write_bytes(path, payslip_pdf_bytes(slip, employer), mode=0o600)
    return path
