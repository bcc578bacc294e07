"""``dpwallet payroll run`` and ``dpwallet payslips``: payroll inside a wallet.

``payroll run WALLET --period-end DATE`` works out and confirms pay for every
PA whose pay period ends on DATE (see ``dpwallet.services.payroll_service`` for
the rule), and ``payslips WALLET --period-end DATE --out DIR`` prints the PDFs.
``payroll checklist WALLET`` lists the employer's to-dos. Every refusal is one
kind sentence (a ``DpwalletError``), never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from dpwallet.cli_payroll import payroll_subcommands
from dpwallet.domain.errors import UsageError
from dpwallet.i18n import _

__all__ = ["add_payroll_wallet_commands"]


def _date(text: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(
            _("{flag} needs a date like 2026-04-12; \u201c{text}\u201d is not one.").format(
                flag=flag, text=text
            )
        ) from exc


def _unlock(path: str) -> Any:
    from dpwallet.cli import _unlock as unlock

    return unlock(path)


def _due(amount: Any) -> dict[str, str] | None:
    if amount is None:
        return None
    return {"amount": amount.amount.to_str(), "date": amount.due.isoformat()}


def run_json(result: Any) -> dict[str, Any]:
    """The ``payroll run --json`` shape: decimal strings, ISO dates."""
    slips = []
    for item in result.payslips:
        s = item.payslip
        pension = s.pension
        slips.append(
            {
                "assistant": s.pa_name,
                "hours": format(s.hours_paid, "f"),
                "gross": s.gross.to_str(),
                "tax": s.tax.to_str(),
                "employee_ni": s.employee_ni.to_str(),
                "employer_ni": s.employer_ni.to_str(),
                "employment_allowance": s.employment_allowance.to_str(),
                "employee_pension": s.pension_deducted.to_str(),
                "employer_pension": pension.employer.to_str() if pension else "0.00",
                "net": s.net_pay.to_str(),
                "notes": list(s.notes),
            }
        )
    return {
        "period_end": result.period_end.isoformat(),
        "payday": result.payday.isoformat(),
        "confirmed": result.confirmed,
        "payslips": slips,
        "hmrc_due": _due(result.hmrc_due),
        "pension_due": _due(result.pension_due),
        "left_out": list(result.left_out),
    }


def _run_text(result: Any) -> str:
    from dpwallet.i18n.formatting import format_date, format_money

    head = (
        _("Pay confirmed for the period ending {date}, paid on {payday}.")
        if result.confirmed
        else _("Pay worked out (not saved) for the period ending {date}, paid on {payday}.")
    )
    lines = [head.format(date=format_date(result.period_end), payday=format_date(result.payday))]
    for item in result.payslips:
        s = item.payslip
        lines.append(
            _("{name}: take-home pay {net} (pay {gross}, tax {tax}, NI {ni}).").format(
                name=s.pa_name,
                net=format_money(s.net_pay),
                gross=format_money(s.gross),
                tax=format_money(s.tax),
                ni=format_money(s.employee_ni),
            )
        )
        lines += [f"  - {note}" for note in s.notes]
    for due, text in (
        (result.hmrc_due, _("Pay HMRC {amount} by {date}.")),
        (result.pension_due, _("Pay the pension scheme {amount} by {date}.")),
    ):
        if due is not None and due.amount:
            lines.append(text.format(amount=format_money(due.amount), date=format_date(due.due)))
    lines += result.left_out
    return "\n".join(lines)


def cmd_payroll_run(args: argparse.Namespace) -> int:
    from dpwallet.services import payroll_service

    period_end = _date(args.period_end, "--period-end")
    payday = _date(args.payday, "--payday") if args.payday else None
    wallet = _unlock(args.wallet)
    try:
        work = payroll_service.preview_pay_run if args.preview else payroll_service.confirm_pay_run
        result = work(wallet, period_end, payday)
    finally:
        wallet.lock()
    print(json.dumps(run_json(result), ensure_ascii=False) if args.json else _run_text(result))
    return 0


def _file_name(name: str, period_end: dt.date, used: set[str]) -> str:
    from dpwallet.export.evidence_pack import safe_name

    stem = safe_name(name.replace("/", "-").replace("\\", "-"), fallback="assistant")
    candidate, n = f"payslip {period_end.isoformat()} {stem}.pdf", 2
    while candidate.casefold() in used:
        candidate = f"payslip {period_end.isoformat()} {stem} ({n}).pdf"
        n += 1
    used.add(candidate.casefold())
    return candidate


def cmd_payslips(args: argparse.Namespace) -> int:
    from dpwallet.export.payslip_pdf import write_payslip_pdf
    from dpwallet.services.payroll_records import confirmed_payslips

    period_end = _date(args.period_end, "--period-end")
    out = Path(args.out)
    if not out.is_dir():
        raise UsageError(
            _("The folder {path} does not exist. Choose a folder that does.").format(path=out)
        )
    wallet = _unlock(args.wallet)
    try:
        slips = confirmed_payslips(wallet, period_end=period_end)
        employer = wallet.name()
    finally:
        wallet.lock()
    if not slips:
        raise UsageError(
            _(
                "There is no confirmed pay for the period ending {date} yet. Run "
                "\u201cdpwallet payroll run\u201d for that date first."
            ).format(date=period_end.isoformat())
        )
    used: set[str] = set()
    paths = [
        str(write_payslip_pdf(out / _file_name(s.assistant, period_end, used), s, employer))
        for s in slips
    ]
    text = "\n".join([_("Payslips written:"), *paths])
    print(json.dumps({"payslips": paths}, ensure_ascii=False) if args.json else text)
    return 0


def cmd_checklist(args: argparse.Namespace) -> int:
    from dpwallet.services.payroll_checklist import employer_checklist_for

    wallet = _unlock(args.wallet)
    try:
        items = employer_checklist_for(wallet)
    finally:
        wallet.lock()
    data = {
        "items": [
            {
                "key": i.key,
                "who": i.who,
                "status": i.status.value,
                "due": i.due.isoformat() if i.due else None,
                "text": i.text,
            }
            for i in items
        ]
    }
    text = "\n".join(f"- {i.text}" for i in items) or _("Nothing needs doing as an employer.")
    print(json.dumps(data, ensure_ascii=False) if args.json else text)
    return 0


def add_payroll_wallet_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``payroll run``, ``payroll checklist`` and the top-level ``payslips``."""
    payroll_sub = payroll_subcommands(subparsers)
    run = payroll_sub.add_parser("run", help=_("work out and confirm pay for a period"))
    run.add_argument("wallet")
    run.add_argument("--period-end", required=True, metavar="YYYY-MM-DD")
    run.add_argument("--payday", metavar="YYYY-MM-DD", help=_("the day you pay (default: DATE)"))
    run.add_argument("--preview", action="store_true", help=_("work it out without saving"))
    run.add_argument("--json", action="store_true", help=_("print JSON for other programs"))
    run.set_defaults(func=cmd_payroll_run)
    check = payroll_sub.add_parser("checklist", help=_("what is due as an employer"))
    check.add_argument("wallet")
    check.add_argument("--json", action="store_true", help=_("print JSON for other programs"))
    check.set_defaults(func=cmd_checklist)
    slips = subparsers.add_parser("payslips", help=_("write payslip PDFs for a confirmed run"))
    slips.add_argument("wallet")
    slips.add_argument("--period-end", required=True, metavar="YYYY-MM-DD")
    slips.add_argument("--out", required=True, metavar="DIR")
    slips.add_argument("--json", action="store_true", help=_("print JSON for other programs"))
    slips.set_defaults(func=cmd_payslips)
