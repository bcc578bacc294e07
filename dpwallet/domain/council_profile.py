"""A council's rules for the financial check-up, read from a small JSON file.

Councils differ in how often they ask for a return, the receipt threshold, how many
weeks of contingency they are comfortable with and where the return goes. Keeping
those rules in data files (``resources/councils/``) means a peer support worker can
add a council without a new release. A bad file is refused whole with a kind sentence
(``BadInputFile``) instead of half-loading and giving wrong to-dos.

The folder is ``resources/councils`` at the top of the source tree; the environment
variable ``DPWALLET_COUNCILS_DIR`` points elsewhere (for a packaged build).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dpwallet.domain.errors import BadInputFile
from dpwallet.domain.money import MAX_PENCE, Money
from dpwallet.i18n import _

__all__ = [
    "COUNCILS_DIR",
    "FORMATS",
    "PERIODS",
    "CouncilProfile",
    "bundled_profiles",
    "councils_dir",
    "default_profile",
    "load_profile",
    "parse_profile",
]

COUNCILS_DIR = Path(__file__).resolve().parents[2] / "resources" / "councils"
PERIODS = ("four_weekly", "monthly", "quarterly", "half_yearly", "yearly")
FORMATS = {"pdf": ("pdf",), "xlsx": ("xlsx",), "both": ("pdf", "xlsx")}
MAX_PROFILE_BYTES = 64 * 1024
_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True, slots=True)
class CouncilProfile:
    """One council's return rules. ``formats`` is ("pdf",), ("xlsx",) or ("pdf", "xlsx")."""

    id: str
    name: str
    return_period: str
    receipt_threshold: Money
    contingency_weeks: int
    records_retention_years: int
    return_email: str
    reference_pattern: str
    reference_example: str
    formats: tuple[str, ...]
    notes: str = ""

    def reference_looks_right(self, reference: str) -> bool:
        """True when there is no pattern or ``reference`` matches it (spaces ignored)."""
        if not self.reference_pattern:
            return True
        return re.fullmatch(self.reference_pattern, reference.strip()) is not None

    def to_json(self) -> dict[str, Any]:
        """The profile as written in its file (for the return's JSON and tests)."""
        wanted = next(k for k, v in FORMATS.items() if v == self.formats)
        return {
            "schema": 1,
            "id": self.id,
            "name": self.name,
            "return_period": self.return_period,
            "receipt_threshold_pence": self.receipt_threshold.pence,
            "contingency_weeks": self.contingency_weeks,
            "records_retention_years": self.records_retention_years,
            "return_email": self.return_email,
            "reference_format": {
                "pattern": self.reference_pattern,
                "example": self.reference_example,
            },
            "formats": wanted,
            "notes": self.notes,
        }


def councils_dir() -> Path:
    override = os.environ.get("DPWALLET_COUNCILS_DIR")
    return Path(override) if override else COUNCILS_DIR


def _problem(source: str, what: str) -> BadInputFile:
    return BadInputFile(
        _(
            "The council settings file {file} could not be used: {problem} "
            "Nothing was changed. Please check the file or choose another council."
        ).format(file=source, problem=what)
    )


def _text(data: dict[str, Any], key: str, source: str, *, allow_empty: bool = False) -> str:
    value = data.get(key, "" if allow_empty else None)
    if not isinstance(value, str) or (not value.strip() and not allow_empty) or len(value) > 500:
        raise _problem(
            source, _("the entry “{key}” should be a short piece of text.").format(key=key)
        )
    return value.strip()


def _whole(data: dict[str, Any], key: str, source: str, low: int, high: int) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _problem(
            source,
            _("the entry “{key}” should be a whole number from {low} to {high}.").format(
                key=key, low=low, high=high
            ),
        )
    return value


def _reference(data: dict[str, Any], source: str) -> tuple[str, str]:
    ref = data.get("reference_format", {})
    if not isinstance(ref, dict):
        raise _problem(
            source, _("the entry “reference_format” should have a pattern and an example.")
        )
    pattern = _text(ref, "pattern", source, allow_empty=True)
    example = _text(ref, "example", source, allow_empty=True)
    try:
        compiled = re.compile(pattern)
    except re.error:
        raise _problem(
            source, _("the reference pattern is not a pattern dpwallet can read.")
        ) from None
    if example and pattern and compiled.fullmatch(example) is None:
        raise _problem(source, _("the example reference does not fit the reference pattern."))
    return pattern, example


def parse_profile(data: object, source: str = "profile") -> CouncilProfile:
    """Check a decoded profile and build it; every problem is a ``BadInputFile``."""
    if not isinstance(data, dict):
        raise _problem(source, _("it does not hold council settings."))
    if data.get("schema") != 1:
        raise _problem(source, _("it was made for a different version of dpwallet."))
    profile_id = _text(data, "id", source)
    if not _ID.match(profile_id):
        raise _problem(source, _("the entry “id” should be small letters, digits and dashes."))
    period = _text(data, "return_period", source)
    if period not in PERIODS:
        raise _problem(
            source,
            _("the return period should be one of: {periods}.").format(periods=", ".join(PERIODS)),
        )
    email = _text(data, "return_email", source)
    if not _EMAIL.match(email):
        raise _problem(source, _("the return e-mail address does not look like an address."))
    formats = data.get("formats")
    if not isinstance(formats, str) or formats not in FORMATS:
        raise _problem(source, _("the entry “formats” should be pdf, xlsx or both."))
    pattern, example = _reference(data, source)
    return CouncilProfile(
        id=profile_id,
        name=_text(data, "name", source),
        return_period=period,
        receipt_threshold=Money(_whole(data, "receipt_threshold_pence", source, 0, MAX_PENCE)),
        contingency_weeks=_whole(data, "contingency_weeks", source, 1, 52),
        records_retention_years=_whole(data, "records_retention_years", source, 1, 100),
        return_email=email,
        reference_pattern=pattern,
        reference_example=example,
        formats=FORMATS[formats],
        notes=_text(data, "notes", source, allow_empty=True),
    )


def load_profile(path: Path) -> CouncilProfile:
    """Read and check one profile file; a missing, huge or broken file is ``BadInputFile``."""
    source = path.name
    try:
        raw = path.read_bytes()
    except OSError:
        raise _problem(source, _("dpwallet could not open it.")) from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise _problem(source, _("it is much bigger than a settings file should be."))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _problem(source, _("it is not a JSON settings file.")) from None
    return parse_profile(data, source)


def default_profile() -> CouncilProfile:
    """The bundled default: quarterly, receipts over £10, eight weeks of contingency."""
    return load_profile(councils_dir() / "default.json")


def bundled_profiles() -> dict[str, CouncilProfile]:
    """Every bundled profile by id, the default included."""
    profiles = [load_profile(path) for path in sorted(councils_dir().glob("*.json"))]
    return {profile.id: profile for profile in profiles}
