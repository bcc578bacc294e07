"""The "Remember on this computer" key, kept in the OS keyring and nowhere else.

Where no usable keyring backend exists (headless Linux), the option is hidden and the
passphrase is used; there is never a plaintext fallback.
"""

from __future__ import annotations

import contextlib
import logging
import secrets

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

SERVICE = "dpwallet"
log = logging.getLogger(__name__)


def available() -> bool:
    """True when the active backend can really store secrets."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration
        return False
    if isinstance(backend, fail.Keyring):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except (TypeError, ValueError):
        return False


def remember(wallet_id: str) -> bytes | None:
    """Make and store a new device key; None if the keyring refused."""
    key = secrets.token_bytes(32)
    try:
        keyring.set_password(SERVICE, wallet_id, key.hex())
    except (KeyringError, RuntimeError, OSError):
        log.warning("The keyring refused to store a device key")
        return None
    return key


def recall(wallet_id: str) -> bytes | None:
    try:
        value = keyring.get_password(SERVICE, wallet_id)
    except (KeyringError, RuntimeError, OSError):
        return None
    if not value:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def forget(wallet_id: str) -> None:
    with contextlib.suppress(KeyringError, RuntimeError, OSError):
        keyring.delete_password(SERVICE, wallet_id)
