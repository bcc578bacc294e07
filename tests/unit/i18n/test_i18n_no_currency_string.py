"""Requirement 30: ``QLocale.toCurrencyString`` is used nowhere in dpwallet.

It rounds to whole pounds for ur_PK, so_SO, fa_IR and ps_AF (finding 2). The test reads
the code tokens of every module, so a warning in a comment or docstring is allowed but a
call, an attribute access or a ``getattr(..., "toCurrencyString")`` is not.
"""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

import dpwallet

FORBIDDEN = "toCurrencyString"
PACKAGE = Path(dpwallet.__file__).resolve().parent


def _offences(source: str) -> list[int]:
    lines: list[int] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        as_name = token.type == tokenize.NAME and token.string == FORBIDDEN
        as_string = token.type == tokenize.STRING and token.string.strip("rbuRBU\"'") == FORBIDDEN
        if as_name or as_string:
            lines.append(token.start[0])
    return lines


def test_detector_finds_uses_and_ignores_prose() -> None:
    assert _offences("x = QLocale().toCurrencyString(1.5, '£')\n") == [1]
    assert _offences("f = getattr(loc, 'toCurrencyString')\n") == [1]
    assert _offences('"""Never use QLocale.toCurrencyString."""\n# toCurrencyString\n') == []


def test_to_currency_string_is_used_nowhere() -> None:
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if FORBIDDEN not in source:
            continue
        try:
            lines = _offences(source)
        except (tokenize.TokenError, SyntaxError):  # pragma: no cover - a broken file
            lines = [i for i, line in enumerate(source.splitlines(), 1) if FORBIDDEN in line]
        found += [f"{path.relative_to(PACKAGE.parent)}:{line}" for line in lines]
    assert found == [], "Use dpwallet.i18n.formatting.format_money instead: " + ", ".join(found)
