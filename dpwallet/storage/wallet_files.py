"""Where a wallet's pieces live: one ``NAME.dpwallet`` folder the person sees and moves.

Inside: ``wallet.db`` (SQLCipher, with its -wal and -shm while open), ``keys.json`` (the
key header) and its ``.bak``, and ``backups/``. Owner-only permissions throughout.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".dpwallet"


@dataclass(frozen=True)
class WalletPaths:
    folder: Path

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> WalletPaths:
        folder = Path(path).expanduser()
        if folder.suffix != SUFFIX:
            folder = folder.with_name(folder.name + SUFFIX)
        return cls(folder.absolute())

    @property
    def db(self) -> Path:
        return self.folder / "wallet.db"

    @property
    def header(self) -> Path:
        return self.folder / "keys.json"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def display_name(self) -> str:
        return self.folder.name[: -len(SUFFIX)]

    def exists(self) -> bool:
        return self.db.exists() or self.header.exists()

    def make(self) -> None:
        """Create the folder (and backups) readable by the owner only."""
        self.folder.mkdir(mode=0o700, parents=False, exist_ok=False)
        self.backups.mkdir(mode=0o700, exist_ok=True)
        restrict(self.folder)

    def database_files(self) -> list[Path]:
        return [p for p in (self.db, Path(f"{self.db}-wal"), Path(f"{self.db}-shm")) if p.exists()]


def restrict(path: Path) -> None:
    """0700 folders and 0600 files (POSIX); Windows keeps per-user profile ACLs."""
    if os.name == "nt":
        return
    os.chmod(path, 0o700 if path.is_dir() else 0o600)
    if path.is_dir():
        for child in path.iterdir():
            if not child.is_symlink():
                restrict(child)


def safe_file_stem(name: str) -> str:
    """A file name from a person's name: keep letters of any script, drop path tricks."""
    cleaned = re.sub(r"[\\/:*?\"<>|\x00-\x1f\u202a-\u202e\u2066-\u2069]", "", name).strip(" .")
    return cleaned[:80] or "My wallet"
