"""The key header: the database key wrapped under the passphrase and, if asked, a keyring key.

Envelope design from shared/security.md::

    recovery secret (16 bytes, printed)  -> DEK = HKDF-SHA256(secret, "dpwallet/dek/v1")
    passphrase slot = AES-256-GCM(Argon2id(passphrase), DEK)
    device slot     = AES-256-GCM(32 random bytes kept in the OS keyring, DEK)

A wrong passphrase fails the GCM tag inside the header, so the database file is never
touched. The header holds no personal data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dpwallet import __version__
from dpwallet.domain.errors import WalletDamaged, WrongSecret
from dpwallet.i18n import _
from dpwallet.security import kdf
from dpwallet.storage import atomic

FORMAT = "dpwallet-keys/1"
CIPHER_COMPATIBILITY = 4
PASSPHRASE_SLOT = "passphrase"
DEVICE_SLOT = "device"


def dek_from_secret(secret: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"dpwallet/dek/v1").derive(
        secret
    )


def key_check_value(dek: bytes) -> str:
    """Detects a header that belongs to a different database before SQLCipher is asked."""
    return hmac.new(dek, b"dpwallet/kcv", hashlib.sha256).hexdigest()[:16]


def _aad(wallet_id: str, slot_id: str) -> bytes:
    return f"{FORMAT}|{wallet_id}|{slot_id}".encode()


@dataclass
class Slot:
    id: str
    nonce: str
    wrapped: str
    kdf: kdf.KdfParams | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "nonce": self.nonce, "wrapped": self.wrapped}
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Slot:
        params = kdf.KdfParams.from_dict(data["kdf"]) if "kdf" in data else None
        return cls(str(data["id"]), str(data["nonce"]), str(data["wrapped"]), params)


def wrap(wallet_id: str, slot_id: str, key: bytes, dek: bytes) -> tuple[str, str]:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key).encrypt(nonce, dek, _aad(wallet_id, slot_id))
    return nonce.hex(), sealed.hex()


def unwrap(wallet_id: str, slot: Slot, key: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(
            bytes.fromhex(slot.nonce), bytes.fromhex(slot.wrapped), _aad(wallet_id, slot.id)
        )
    except InvalidTag as exc:
        raise WrongSecret(
            _(
                "That passphrase didn\u2019t open this wallet. Check Caps Lock and try "
                "again, or use your recovery sheet."
            )
        ) from exc


@dataclass
class KeyHeader:
    wallet_id: str
    kcv: str
    created: str
    schema: str = ""
    app_version: str = __version__
    slots: list[Slot] = field(default_factory=list)
    # A rekey in progress: slots for the new key, kept until the database uses it.
    pending: dict[str, Any] | None = None

    # slots -----------------------------------------------------------------
    def slot(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def set_slot(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if s.id != slot.id] + [slot]

    def drop_slot(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.id != slot_id]

    def set_passphrase(self, passphrase: str, dek: bytes) -> None:
        params = kdf.params_for_new_slot(secrets.token_bytes(16))
        nonce, wrapped = wrap(self.wallet_id, PASSPHRASE_SLOT, kdf.derive(passphrase, params), dek)
        self.set_slot(Slot(PASSPHRASE_SLOT, nonce, wrapped, params))

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        slot = self.slot(PASSPHRASE_SLOT)
        if slot is None or slot.kdf is None:
            raise WrongSecret(
                _("This wallet has no passphrase set. Open it with your recovery sheet.")
            )
        dek = unwrap(self.wallet_id, slot, kdf.derive(passphrase, slot.kdf))
        self.check(dek)
        return dek

    def set_device_key(self, device_key: bytes, dek: bytes) -> None:
        nonce, wrapped = wrap(self.wallet_id, DEVICE_SLOT, device_key, dek)
        self.set_slot(Slot(DEVICE_SLOT, nonce, wrapped))

    def unlock_with_device_key(self, device_key: bytes) -> bytes:
        slot = self.slot(DEVICE_SLOT)
        if slot is None:
            raise WrongSecret(_("This computer does not remember this wallet."))
        dek = unwrap(self.wallet_id, slot, device_key)
        self.check(dek)
        return dek

    def check(self, dek: bytes) -> None:
        if not hmac.compare_digest(key_check_value(dek), self.kcv):
            raise WrongSecret(
                _("That key belongs to a different wallet. Check you chose the right wallet file.")
            )

    # files -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT,
            "wallet_id": self.wallet_id,
            "kcv": self.kcv,
            "created": self.created,
            "cipher_compatibility": CIPHER_COMPATIBILITY,
            "schema": self.schema,
            "app_version": self.app_version,
            "slots": [s.to_dict() for s in self.slots],
        }
        if self.pending is not None:
            data["pending"] = self.pending
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KeyHeader:
        if data.get("format") != FORMAT:
            raise ValueError("not a dpwallet key header")
        return cls(
            wallet_id=str(data["wallet_id"]),
            kcv=str(data["kcv"]),
            created=str(data["created"]),
            schema=str(data.get("schema", "")),
            app_version=str(data.get("app_version", "")),
            slots=[Slot.from_dict(s) for s in data.get("slots", [])],
            pending=data.get("pending"),
        )

    @classmethod
    def new(cls, dek: bytes) -> KeyHeader:
        return cls(
            wallet_id=str(uuid.uuid4()),
            kcv=key_check_value(dek),
            created=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        )

    def save(self, path: Path) -> None:
        """Atomic replace, keeping the previous generation as ``.bak``."""
        atomic.write_json(path, self.to_dict(), keep_backup=True)


def load_header(path: Path) -> KeyHeader:
    """The header, or its ``.bak`` when the main file is missing or damaged."""
    for candidate in (path, path.with_name(path.name + ".bak")):
        try:
            return KeyHeader.from_dict(json.loads(candidate.read_text("utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    raise WalletDamaged(
        _(
            "The key file inside this wallet is missing or damaged. "
            "You can still open it with the recovery code from your recovery sheet."
        )
    )
