"""Compare a payroll service's payslip with ours, field by field."""

from __future__ import annotations

import pytest

from dpwallet.domain.errors import UsageError
from dpwallet.domain.payroll.check import check_payslip

from .conftest import m

OURS = {"gross": m("508.00"), "tax": m("53.20"), "employee_ni": m("21.28"), "net_pay": m("418.00")}


def test_all_agree() -> None:
    result = check_payslip(OURS, {"gross": "508.00", "tax": "53.20", "employee_ni": "21.28"})
    assert result.all_agree
    assert result.summary() == "All 3 figures agree with our sums."


def test_a_penny_is_allowed() -> None:
    result = check_payslip(OURS, {"tax": "53.21"})
    assert result.all_agree
    assert result.fields[0].difference == m("0.01")


def test_differences_are_measured_and_described_kindly() -> None:
    result = check_payslip(OURS, {"tax": "53.40", "net_pay": "417.50", "gross": "508.00"})
    by_field = {f.field: f for f in result.fields}
    assert [f.field for f in result.fields] == ["gross", "tax", "net_pay"]
    assert by_field["tax"].difference == m("0.20") and not by_field["tax"].agrees
    assert by_field["net_pay"].difference == m("-0.50")
    assert by_field["tax"].sentence() == (
        "Income tax: the payslip says £53.40 and we make it £53.20, so theirs is £0.20 higher."
    )
    assert "lower" in by_field["net_pay"].sentence()
    assert result.summary().startswith("1 of 3 figures agree.")


def test_unknown_field_is_refused() -> None:
    with pytest.raises(UsageError, match="bonus"):
        check_payslip(OURS, {"bonus": "1.00"})


def test_bad_amount_is_refused() -> None:
    with pytest.raises(UsageError, match="Income tax"):
        check_payslip(OURS, {"tax": "lots"})
