"""The sheet's JSON matches the published schema, and the schema catches mistakes."""

from __future__ import annotations

import json
from pathlib import Path

from dpwallet.domain.reconciliation import build_sheet, sheet_to_json
from dpwallet.export.return_json import write_return_json

from .conftest import sample_inputs, sample_lines
from .schema_check import load_schema, validate


def test_schema_is_draft_2020_12() -> None:
    assert load_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_output_is_valid(tmp_path: Path) -> None:
    sheet = build_sheet(sample_inputs())
    assert validate(sheet_to_json(sheet)) == []
    path = write_return_json(sheet, tmp_path / "return.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == sheet_to_json(sheet)
    assert "Siân Jones" in path.read_text(encoding="utf-8")  # not \u escapes


def test_edge_cases_are_valid() -> None:
    empty = build_sheet(sample_inputs(lines=(), employer=None, weekly_budget=None))
    assert validate(sheet_to_json(empty)) == []
    broken = build_sheet(sample_inputs(lines=sample_lines()[:3]))
    assert validate(sheet_to_json(broken)) == []


def test_the_checker_notices_mistakes() -> None:
    data = sheet_to_json(build_sheet(sample_inputs()))
    data["closing_balance"] = 3482.1
    data["lines"][0]["amount"] = "12.5"
    data["extra"] = 1
    del data["period"]
    problems = validate(data)
    assert len(problems) >= 4
