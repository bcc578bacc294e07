"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder.

A crash at any instant leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(path: Path, data: bytes, *, keep_backup: bool = False, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically; optionally keep the old one as ``.bak``."""
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if keep_backup and path.exists():
            bak = path.with_name(path.name + ".bak")
            copy_durably(path, bak)
        os.replace(tmp, path)
        fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_json(path: Path, data: object, *, keep_backup: bool = False) -> None:
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)
    write_bytes(path, text.encode("utf-8"), keep_backup=keep_backup)


def copy_durably(source: Path, dest: Path) -> None:
    """Copy then fsync, via a temp name, so ``dest`` is whole or absent."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(source, tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def cleanup_temp_files(folder: Path) -> int:
    """Remove temp files a crash left behind (ours start with a dot and end in .tmp)."""
    removed = 0
    for stray in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            stray.unlink()
            removed += 1
    return removed
