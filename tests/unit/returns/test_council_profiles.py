"""Council profiles: the bundled ones load, a bad file is refused with a kind sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dpwallet.domain.council_profile import (
    bundled_profiles,
    default_profile,
    load_profile,
    parse_profile,
)
from dpwallet.domain.errors import BadInputFile
from dpwallet.domain.money import Money


def test_default_and_three_examples() -> None:
    profiles = bundled_profiles()
    assert set(profiles) == {"default", "brackenford", "eastmere", "kestrel-moor"}
    default = default_profile()
    assert default.receipt_threshold == Money(1000)
    assert default.contingency_weeks == 8
    assert {p.formats for p in profiles.values()} == {("pdf",), ("xlsx",), ("pdf", "xlsx")}
    for profile in profiles.values():
        domain = profile.return_email.rsplit("@", 1)[1]
        assert domain.endswith((".example.org", ".invalid"))
        assert profile.reference_looks_right(profile.reference_example)
        assert parse_profile(profile.to_json()) == profile


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"schema": 2}, "different version"),
        ({"receipt_threshold_pence": 10.5}, "whole number"),
        ({"receipt_threshold_pence": True}, "whole number"),
        ({"contingency_weeks": 0}, "whole number from 1 to 52"),
        ({"return_email": "not an address"}, "does not look like an address"),
        ({"formats": "docx"}, "pdf, xlsx or both"),
        ({"return_period": "daily"}, "return period"),
        ({"reference_format": {"pattern": "([", "example": ""}}, "pattern"),
        ({"reference_format": {"pattern": "^DP[0-9]+$", "example": "X1"}}, "does not fit"),
        ({"id": "../etc"}, "small letters"),
    ],
)
def test_bad_profiles_are_refused_kindly(tmp_path: Path, change: dict, words: str) -> None:
    data = default_profile().to_json() | change
    path = tmp_path / "council.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BadInputFile) as info:
        load_profile(path)
    message = str(info.value)
    assert words in message and "council.json" in message and "Nothing was changed" in message


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00", b"[1, 2]", b"x" * 70000])
def test_broken_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(BadInputFile):
        load_profile(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadInputFile, match="could not open"):
        load_profile(tmp_path / "nowhere.json")
