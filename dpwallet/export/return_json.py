"""The council return as a pretty-printed JSON file (schema: docs/return.schema.json)."""

from __future__ import annotations

import json
from pathlib import Path

from dpwallet.domain.reconciliation import ReturnSheet, sheet_to_json
from dpwallet.storage import atomic

__all__ = ["return_json_bytes", "write_return_json"]


def return_json_bytes(sheet: ReturnSheet) -> bytes:
    """UTF-8 JSON, keys in a stable order, names kept as written (not \\u escapes)."""
    text = json.dumps(sheet_to_json(sheet), indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def write_return_json(sheet: ReturnSheet, path: Path) -> Path:
    """Write the JSON atomically and return its path."""
    atomic.write_bytes(path, return_json_bytes(sheet))
    return path
