"""``dpwallet payroll calc`` in-process through argparse: single requests and batches."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from dpwallet.cli_payroll import add_payroll_parser, payroll_subcommands
from dpwallet.domain.errors import DpwalletError, UsageError


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="dpwallet")
    add_payroll_parser(root.add_subparsers(dest="command"))
    return root


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    args = parser().parse_args(argv)
    status = args.func(args)
    return status, capsys.readouterr().out


CALC = ["payroll", "calc", "--tax-year"]


def test_hmrc_first_vector_readable(capsys: pytest.CaptureFixture[str]) -> None:
    argv = CALC + ["2026-27", "--frequency", "monthly", "--period", "1", "--gross", "1156.25"]
    status, out = run(argv + ["--tax-code", "1257L", "--ni-category", "A"], capsys)
    assert status == 0
    # NI: (1156.25 - 1048) x 8% = 8.66; (1156.25 - 417) x 15% = 110.8875 -> 110.89
    assert out.splitlines() == [
        "tax_this_period: 21.40",
        "tax_due_to_date: 21.40",
        "employee_ni: 8.66",
        "employer_ni: 110.89",
    ]


def test_cumulative_refund_json(capsys: pytest.CaptureFixture[str]) -> None:
    argv = CALC + ["2026-27", "--frequency", "weekly", "--period", "7", "--gross", "242.84"]
    argv += ["--tax-code", "1257L", "--taxable-pay-to-date", "28484.29"]
    status, out = run(argv + ["--tax-paid-to-date", "10463.08", "--json"], capsys)
    assert status == 0
    assert json.loads(out) == {"tax_this_period": "-264.87", "tax_due_to_date": "10198.21"}


def test_week1_month1_and_scottish_prefix(capsys: pytest.CaptureFixture[str]) -> None:
    argv = CALC + ["2026-27", "--frequency", "weekly", "--period", "1", "--gross", "750.06"]
    _, out = run(argv + ["--tax-code", "S145L", "--week1-month1", "--json"], capsys)
    assert json.loads(out)["tax_this_period"] == "173.65"


def test_fortnightly_period_means_the_nth_fortnight(capsys: pytest.CaptureFixture[str]) -> None:
    # Period 1 fortnightly = tax week 2: free pay 483.84; 1000 - 483.84 -> 516 x 20%.
    argv = CALC + ["2026-27", "--frequency", "fortnightly", "--period", "1", "--gross", "1000"]
    _, out = run(argv + ["--tax-code", "1257L", "--ni-category", "A", "--json"], capsys)
    assert json.loads(out) == {
        "tax_this_period": "103.20",
        "tax_due_to_date": "103.20",
        "employee_ni": "41.28",
        "employer_ni": "121.05",
    }


def test_ni_only(capsys: pytest.CaptureFixture[str]) -> None:
    argv = CALC + ["2025-26", "--frequency", "four-weekly", "--period", "3", "--gross", "3867.04"]
    _, out = run(argv + ["--ni-category", "A", "--json"], capsys)
    assert json.loads(out) == {"employee_ni": "232.00", "employer_ni": "522.31"}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--tax-year", "2030-31"], "no rates for the 2030-31"),
        (["--tax-year", "2025-26", "--gross", "12.345"], "amount like"),
        (["--tax-year", "2025-26", "--tax-code", "XYZ"], "does not look like a tax code"),
        (["--tax-year", "2025-26", "--period", "13", "--tax-code", "1257L"], "from 1 to 12"),
        (["--tax-year", "2025-26", "--ni-category", "Q"], "NI category"),
    ],
)
def test_bad_values_raise_usage_error(
    extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = {"--frequency": "monthly", "--period": "1", "--gross": "100.00"}
    argv = ["payroll", "calc"]
    for key, value in base.items():
        if key not in extra:
            argv += [key, value]
    argv += extra
    if "--tax-code" not in extra and "--ni-category" not in extra:
        argv += ["--tax-code", "1257L"]
    with pytest.raises(UsageError, match=message):
        run(argv, capsys)


def test_batch_in_order_with_error_objects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {
            "tax_year": "2025-26",
            "frequency": "weekly",
            "period": 1,
            "gross": "481.03",
            "ni_category": "J",
        },
        {
            "tax_year": "2026-27",
            "frequency": "monthly",
            "period": 1,
            "gross": 1156.25,
            "tax_code": "1257L",
            "ni_category": "A",
        },
        "this is not json",
        {
            "tax_year": "2026-27",
            "frequency": "monthly",
            "period": 1,
            "gross": "99.99",
            "tax_code": "D0",
            "week1_month1": True,
        },
        {"tax_year": "2026-27", "frequency": "yearly", "period": 1, "gross": "1"},
        {
            "tax_year": "2026-27",
            "frequency": "weekly",
            "period": 2,
            "gross": "266.08",
            "tax_code": "1257L",
            "taxable_pay_to_date": "533.15",
            "tax_paid_to_date": "5.00",
        },
    ]
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    batch = tmp_path / "requests.jsonl"
    batch.write_text(text + "\n\n", encoding="utf-8")
    status, out = run(["payroll", "calc", "--batch", str(batch), "--json"], capsys)
    assert status == 0
    answers = [json.loads(line) for line in out.splitlines()]
    assert answers[0] == {"employee_ni": "4.78", "employer_ni": "57.75"}
    assert answers[1] == {
        "tax_this_period": "21.40",
        "tax_due_to_date": "21.40",
        "employee_ni": "8.66",
        "employer_ni": "110.89",
    }
    assert answers[2] == {"line": 3, "error": "This line is not valid JSON."}
    assert answers[3] == {"tax_this_period": "39.60", "tax_due_to_date": "39.60"}
    assert answers[4]["line"] == 5 and "not a pay frequency" in answers[4]["error"]
    assert answers[5] == {"tax_this_period": "4.80", "tax_due_to_date": "9.80"}
    assert len(answers) == 6


def test_missing_batch_file_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(DpwalletError, match="could not be read") as caught:
        run(["payroll", "calc", "--batch", str(tmp_path / "nope.jsonl")], capsys)
    assert caught.value.exit_code == 4


def test_more_payroll_subcommands_can_be_added(capsys: pytest.CaptureFixture[str]) -> None:
    root = argparse.ArgumentParser(prog="dpwallet")
    subparsers = root.add_subparsers(dest="command")
    add_payroll_parser(subparsers)
    later = payroll_subcommands(subparsers).add_parser("run")
    later.set_defaults(func=lambda args: 7)
    args = root.parse_args(["payroll", "run"])
    assert args.func(args) == 7


def test_batch_values_are_read_carefully(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = {"tax_year": "2026-27", "frequency": "monthly", "gross": "99.99", "tax_code": "D0"}
    lines = [
        {**base, "period": 1.0, "week1_month1": "false"},
        {**base, "period": "1.5"},
        {**base, "period": 1, "week1_month1": "perhaps"},
        [1, 2],
    ]
    batch = tmp_path / "requests.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    _, out = run(["payroll", "calc", "--batch", str(batch), "--json"], capsys)
    answers = [json.loads(line) for line in out.splitlines()]
    assert answers[0] == {"tax_this_period": "39.60", "tax_due_to_date": "39.60"}
    assert answers[1]["line"] == 2 and "whole number" in answers[1]["error"]
    assert answers[2]["line"] == 3 and "true or false" in answers[2]["error"]
    assert answers[3] == {
        "line": 4,
        "error": "Each line must be a JSON object with the request's fields.",
    }
