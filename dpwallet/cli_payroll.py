"""``dpwallet payroll ...``: the payroll sums from the command line.

``payroll calc`` works out tax and NI for one payment (or a JSON Lines batch)
without a wallet, so anyone can check our figures against HMRC's test data or a
payroll service's payslip. Wallet-based commands (``payroll run``, ``payslips``)
are added later through :func:`payroll_subcommands`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from dpwallet.domain.errors import BadInputFile, DpwalletError, UsageError
from dpwallet.domain.money import Money, MoneyError
from dpwallet.domain.payroll.ni import calculate_ni
from dpwallet.domain.payroll.paye import calculate_paye
from dpwallet.domain.payroll.periods import Frequency, paye_period_for_pay_period
from dpwallet.domain.payroll.rates import load_rates

_SUBCOMMANDS_ATTR = "dpwallet_payroll_subcommands"
_FIELDS = (
    "tax_year",
    "frequency",
    "period",
    "gross",
    "tax_code",
    "week1_month1",
    "taxable_pay_to_date",
    "tax_paid_to_date",
    "ni_category",
)


def _money(name: str, value: Any) -> Money:
    """A request amount ('1156.25' or 1156.25 from JSON) to Money, refusing nonsense."""
    if isinstance(value, (bool, float)):
        raise UsageError(f"{name} must be an amount like 1156.25.")
    try:
        amount = Money.from_decimal(value if isinstance(value, Decimal) else str(value))
    except MoneyError as exc:
        raise UsageError(f"{name} must be an amount like 1156.25, not '{value}'.") from exc
    return amount


def _period(value: Any) -> int:
    if isinstance(value, bool):
        raise UsageError("The period must be a whole number such as 1.")
    try:
        number = int(Decimal(str(value).strip()))
        if number != Decimal(str(value).strip()):
            raise ValueError(value)
    except (ValueError, ArithmeticError) as exc:
        raise UsageError(f"The period must be a whole number such as 1, not '{value}'.") from exc
    return number


def _flag(value: Any) -> bool:
    """week1_month1 from JSON: true/false, or the words people type for them."""
    if value in (None, ""):
        return False
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in ("true", "yes", "1", "y"):
        return True
    if word in ("false", "no", "0", "n"):
        return False
    raise UsageError(f"week1_month1 must be true or false, not '{value}'.")


def calc(request: Mapping[str, Any]) -> dict[str, str]:
    """Tax and NI for one payment described with the CLI's snake_case names.

    Returns decimal strings: tax figures when a tax code is given, NI figures
    when an NI category is given. Raises UsageError with a plain sentence.
    """
    for required in ("tax_year", "frequency", "gross"):
        if request.get(required) in (None, ""):
            raise UsageError(f"Please give {required.replace('_', ' ')}.")
    rates = load_rates(str(request["tax_year"]))
    frequency = Frequency.parse(str(request["frequency"]))
    gross = _money("Gross pay", request["gross"])
    if gross.is_negative:
        raise UsageError("Gross pay cannot be below zero.")
    out: dict[str, str] = {}
    code = request.get("tax_code")
    if code not in (None, ""):
        if request.get("period") in (None, ""):
            raise UsageError("Please give the period number to work out tax.")
        paye_period = paye_period_for_pay_period(frequency, _period(request["period"]))
        to_date = request.get("taxable_pay_to_date")
        paid = request.get("tax_paid_to_date")
        result = calculate_paye(
            rates,
            str(code),
            frequency=frequency,
            paye_period=paye_period,
            pay_this_period=gross,
            taxable_pay_to_date=None
            if to_date in (None, "")
            else _money("Taxable pay to date", to_date),
            tax_paid_to_date=Money(0) if paid in (None, "") else _money("Tax paid to date", paid),
            week1_month1=_flag(request.get("week1_month1")),
        )
        out["tax_this_period"] = result.tax_this_period.to_str()
        out["tax_due_to_date"] = result.tax_due_to_date.to_str()
    category = request.get("ni_category")
    if category not in (None, ""):
        ni = calculate_ni(rates, str(category), frequency, gross)
        out["employee_ni"] = ni.employee.to_str()
        out["employer_ni"] = ni.employer.to_str()
    return out


def _request_from_args(args: argparse.Namespace) -> dict[str, Any]:
    return {name: getattr(args, name, None) for name in _FIELDS}


def _batch_lines(lines: Iterable[str], out: TextIO) -> int:
    """One JSON answer per request line; a bad line gets an error object, not a crash."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            request = json.loads(line, parse_float=Decimal)
            if not isinstance(request, dict):
                raise UsageError("Each line must be a JSON object with the request's fields.")
            answer: dict[str, Any] = calc(request)
            if "id" in request:
                answer = {"id": request["id"], **answer}
        except json.JSONDecodeError:
            answer = {"line": number, "error": "This line is not valid JSON."}
        except DpwalletError as exc:
            answer = {"line": number, "error": str(exc)}
        out.write(json.dumps(answer, default=str) + "\n")
    return 0


def _open_batch(name: str) -> list[str]:
    if name == "-":
        return sys.stdin.read().splitlines()
    try:
        return Path(name).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInputFile(f"The batch file {name} could not be read ({exc}).") from exc


def handle_calc(args: argparse.Namespace) -> int:
    """``payroll calc``: print tax and NI for one payment, or for each line of a batch."""
    if args.batch:
        return _batch_lines(_open_batch(args.batch), sys.stdout)
    result = calc(_request_from_args(args))
    if not result:
        raise UsageError("Please give a tax code, an NI category, or both.")
    if args.json:
        print(json.dumps(result))
    else:
        for name, value in result.items():
            print(f"{name}: {value}")
    return 0


def _add_calc_parser(payroll_sub: argparse._SubParsersAction) -> None:
    calc_parser = payroll_sub.add_parser(
        "calc", help="work out tax and National Insurance for one payment"
    )
    add = calc_parser.add_argument
    add("--tax-year", dest="tax_year", help="tax year such as 2025-26")
    add("--frequency", choices=[f.value for f in Frequency], help="how often the PA is paid")
    add("--period", help="pay period number in the tax year: week, fortnight, four-week or month")
    add("--gross", help="pay this period before deductions, for example 1156.25")
    add("--tax-code", dest="tax_code", help="tax code from HMRC, for example 1257L")
    add("--week1-month1", dest="week1_month1", action="store_true", help="non-cumulative code")
    add("--taxable-pay-to-date", dest="taxable_pay_to_date", help="including this payment")
    add("--tax-paid-to-date", dest="tax_paid_to_date", help="tax taken before this payment")
    add("--ni-category", dest="ni_category", help="NI category letter, for example A")
    add("--json", action="store_true", help="print JSON instead of lines")
    add("--batch", metavar="FILE", help="JSON Lines file of requests ('-' reads standard input)")
    calc_parser.set_defaults(func=handle_calc)


def add_payroll_parser(
    subparsers: argparse._SubParsersAction,
    extra: Iterable[Callable[[argparse._SubParsersAction], None]] = (),
) -> None:
    """Add ``payroll`` with its ``calc`` subcommand to the main CLI.

    Later commands (``payroll run``, ``payslips``) can be added either through
    ``extra`` or with :func:`payroll_subcommands` after this call.
    """
    payroll = subparsers.add_parser("payroll", help="pay your personal assistants")
    payroll_sub = payroll.add_subparsers(dest="payroll_command", metavar="COMMAND")
    payroll_sub.required = True
    setattr(payroll, _SUBCOMMANDS_ATTR, payroll_sub)
    _add_calc_parser(payroll_sub)
    for add in extra:
        add(payroll_sub)


def payroll_subcommands(subparsers: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The ``payroll`` parser's own subparsers, to add more commands to it."""
    payroll = subparsers.choices["payroll"]
    action: argparse._SubParsersAction = getattr(payroll, _SUBCOMMANDS_ATTR)
    return action
