"""The arrows of the architecture: the core never loads Qt or the UI (design.md)."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import dpwallet

IMPORTS_QT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6|dpwallet\.ui)\b", re.M)
CORE = ("domain", "services", "storage", "security", "models", "imports", "export")


def core_modules() -> list[str]:
    root = Path(dpwallet.__file__).parent
    names = ["dpwallet.cli", "dpwallet.settings", "dpwallet.logs", "dpwallet.i18n"]
    for package in CORE + ("i18n",):
        for info in pkgutil.walk_packages([str(root / package)], prefix=f"dpwallet.{package}."):
            if ".migrations." not in info.name:
                names.append(info.name)
    return names


def test_core_modules_import_without_qt() -> None:
    modules = core_modules()
    assert len(modules) > 20
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "prefixes = ('PySide6', 'shiboken6', 'dpwallet.ui')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(prefixes))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ui_is_only_reached_through_the_app_module() -> None:
    root = Path(dpwallet.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("ui/") or rel in {"app.py"}:
            continue
        if IMPORTS_QT.search(path.read_text("utf-8")):
            offenders.append(rel)
    assert offenders == []
