"""Requirements 11 and 19 (access-and-languages.md §5), checked without a window.

Requirement 11's behaviour (the warning shows, "Stay unlocked" gives the full time again,
then it locks) is driven in tests/gui/test_shell_flows.py::test_auto_lock_warns_then_locks;
here we make sure no other timer in the app locks or closes anything on its own.
"""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest

import dpwallet.i18n as i18n

UI = Path(__file__).resolve().parents[2] / "dpwallet"


def test_req11_only_autolock_locks_on_a_timer() -> None:
    """A timer that locks, closes or quits must be AutoLock's, which warns first."""
    timer_to_end = re.compile(
        r"(singleShot\([^)]*(lock|close|quit)|timeout\.connect\([^)]*(lock|close|quit))",
        re.IGNORECASE,
    )
    found = []
    for path in sorted(UI.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if timer_to_end.search(line) and path.name != "autolock.py":
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []
    autolock = (UI / "ui" / "autolock.py").read_text(encoding="utf-8")
    # The idle timer only warns; the lock waits for the warning's own timer or "Lock now".
    assert "self.idle.timeout.connect(self._warn)" in autolock
    assert "self.final.start(warning)" in autolock.split("def _warn")[1]


def test_req19_missing_catalogue_falls_back_to_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)  # no .mo files at all
    try:
        i18n.set_language("so")
        assert type(i18n._translations) is gettext.NullTranslations
        assert i18n._("Money") == "Money"
        assert i18n.current_language() == "so"
    finally:
        monkeypatch.undo()
        i18n.set_language("en_GB")
