"""The recovery code: 128 random bits plus a 12-bit checksum, as 28 Crockford base32 characters.

The code *is* the wallet's key material (the database key is derived from it), so the
printed recovery sheet alone opens the wallet and every backup, even with the key
header gone. The checksum lets us say "there is a typo" before trying to decrypt.
"""

from __future__ import annotations

import hashlib
import secrets

from dpwallet.domain.errors import WrongSecret
from dpwallet.i18n import _

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_READ_AS = {"O": "0", "I": "1", "L": "1"}
SECRET_BYTES = 16
CHECK_BITS = 12
CODE_LENGTH = 28  # (128 + 12) / 5
GROUP = 4


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def _checksum(secret: bytes) -> int:
    return int.from_bytes(hashlib.sha256(secret).digest()[:2], "big") >> (16 - CHECK_BITS)


def encode(secret: bytes) -> str:
    """Secret to "ABCD-EFGH-..." (7 groups of 4)."""
    if len(secret) != SECRET_BYTES:
        raise ValueError("recovery secrets are 16 bytes")
    value = (int.from_bytes(secret, "big") << CHECK_BITS) | _checksum(secret)
    chars = []
    for _i in range(CODE_LENGTH):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + GROUP] for i in range(0, CODE_LENGTH, GROUP))


def normalise(code: str) -> str:
    """Upper case, no spaces or dashes, O/I/L read as 0/1/1."""
    kept = [c for c in code.upper() if not c.isspace() and c not in "-_."]
    return "".join(_READ_AS.get(c, c) for c in kept)


def decode(code: str) -> bytes:
    """A typed recovery code back to the secret, or a kind, specific WrongSecret."""
    text = normalise(code)
    if len(text) != CODE_LENGTH:
        raise WrongSecret(
            _(
                "A recovery code has 28 letters and numbers; this one has {count}. "
                "Check it against your recovery sheet."
            ).format(count=len(text))
        )
    bad = [c for c in text if c not in ALPHABET]
    if bad:
        raise WrongSecret(
            _(
                "The recovery code cannot contain \u201c{char}\u201d. "
                "Check it against your recovery sheet."
            ).format(char=bad[0])
        )
    value = 0
    for char in text:
        value = (value << 5) | ALPHABET.index(char)
    check = value & ((1 << CHECK_BITS) - 1)
    secret = (value >> CHECK_BITS).to_bytes(SECRET_BYTES, "big")
    if _checksum(secret) != check:
        raise WrongSecret(
            _(
                "There is a typo in the recovery code. Check each group of four against "
                "your recovery sheet."
            )
        )
    return secret
