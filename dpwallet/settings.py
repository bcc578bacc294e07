"""App settings on this computer: no personal data, only paths and preferences.

The recent-wallets list stores paths only. ``DPWALLET_HOME`` moves everything (settings
and the default wallets folder) somewhere else, for tests and portable installs.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from dpwallet.storage import atomic

MAX_RECENT = 8
AUTOLOCK_CHOICES = (0, 2, 5, 10, 20, 30, 60, 120)  # minutes; 0 = never (with a warning)


def config_dir() -> Path:
    home = os.environ.get("DPWALLET_HOME")
    return Path(home) / "config" if home else Path(platformdirs.user_config_dir("dpwallet"))


def data_dir() -> Path:
    home = os.environ.get("DPWALLET_HOME")
    return Path(home) / "data" if home else Path(platformdirs.user_data_dir("dpwallet"))


def default_wallet_folder() -> Path:
    folder = data_dir() / "wallets"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


@dataclass
class Settings:
    language: str = "en_GB"
    text_size_percent: int = 100  # 100 to 200
    easy_read: bool = False
    high_contrast: bool = False
    autolock_minutes: int = 10
    recent_wallets: list[str] = field(default_factory=list)

    @classmethod
    def load(cls) -> Settings:
        path = config_dir() / "settings.json"
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        try:
            settings = cls(**known)
        except TypeError:
            return cls()
        settings.text_size_percent = min(200, max(100, int(settings.text_size_percent)))
        return settings

    def save(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic.write_json(folder / "settings.json", asdict(self))

    def remember_wallet(self, path: Path) -> None:
        text = str(path)
        self.recent_wallets = [text] + [p for p in self.recent_wallets if p != text]
        del self.recent_wallets[MAX_RECENT:]

    def forget_wallet(self, path: Path) -> None:
        self.recent_wallets = [p for p in self.recent_wallets if p != str(path)]

    def existing_recent(self) -> list[Path]:
        return [Path(p) for p in self.recent_wallets if (Path(p) / "wallet.db").exists()]
