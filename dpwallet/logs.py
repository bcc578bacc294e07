"""Logging to a file in the app's data folder. Messages never carry personal data:
no names, amounts, payees, NI numbers, paths of wallets or secrets, only what happened."""

from __future__ import annotations

import logging
import logging.handlers
import os

from dpwallet.settings import data_dir

_configured = False


def configure_logging() -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger("dpwallet")
    root.setLevel(logging.INFO)
    folder = data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "dpwallet.log", maxBytes=512_000, backupCount=3, encoding="utf-8"
        )
        os.chmod(folder, 0o700)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    # SQLAlchemy and Alembic stay quiet: statements could name tables with personal data.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
