"""Argon2id for the passphrase slot, calibrated on this machine.

Floors (never weaker): 64 MiB and 3 passes. Above the floor we raise the passes until
unlocking takes 0.5 to 1 s here, as KeePassXC does, so an old laptop stays usable and a
fast one stays expensive to attack.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_PASSES = 3
TARGET_SECONDS = 0.75  # the middle of the 0.5 to 1.0 s window
MAX_PASSES = 64


@dataclass(frozen=True)
class KdfParams:
    alg: str
    t: int
    m_kib: int
    p: int
    salt: str  # hex

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> KdfParams:
        return cls(
            alg=str(data["alg"]),
            t=int(str(data["t"])),
            m_kib=int(str(data["m_kib"])),
            p=int(str(data["p"])),
            salt=str(data["salt"]),
        )


def derive(passphrase: str, params: KdfParams) -> bytes:
    if params.alg != "argon2id":
        raise ValueError("unknown key derivation")
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        bytes.fromhex(params.salt),
        time_cost=params.t,
        memory_cost=params.m_kib,
        parallelism=params.p,
        hash_len=32,
        type=Type.ID,
    )


def _lanes() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def calibrate(
    salt: bytes,
    *,
    timer: Callable[[], float] = time.perf_counter,
    run: Callable[[KdfParams], object] | None = None,
) -> KdfParams:
    """Parameters for this machine: floor memory, passes raised to hit TARGET_SECONDS.

    ``timer`` and ``run`` are injectable so tests can pretend to be a slow or fast machine.
    """
    probe = KdfParams("argon2id", FLOOR_PASSES, FLOOR_MEMORY_KIB, _lanes(), salt.hex())
    runner = run or (lambda params: derive("calibration", params))
    timings = []
    for _attempt in range(2):  # the first run pays for allocating memory; keep the faster
        start = timer()
        runner(probe)
        timings.append(timer() - start)
    per_pass = max(min(timings) / FLOOR_PASSES, 1e-6)
    passes = min(MAX_PASSES, max(FLOOR_PASSES, math.ceil(TARGET_SECONDS / per_pass)))
    return KdfParams("argon2id", passes, FLOOR_MEMORY_KIB, _lanes(), salt.hex())


def meets_floor(params: KdfParams) -> bool:
    return params.m_kib >= FLOOR_MEMORY_KIB and params.t >= FLOOR_PASSES


# Tests set this to a cheap policy so hundreds of wallets take seconds, not minutes.
# Production code never changes it; a test asserts the default is the calibrated one.
_params_factory: Callable[[bytes], KdfParams] = calibrate


def params_for_new_slot(salt: bytes) -> KdfParams:
    return _params_factory(salt)


def use_fast_params_for_tests() -> None:
    """Weak parameters for the test suite only (KeePassXC's fastKdf idea)."""
    global _params_factory
    _params_factory = lambda salt: KdfParams("argon2id", 1, 8 * 1024, 1, salt.hex())  # noqa: E731


if os.environ.get("DPWALLET_INSECURE_TEST_KDF") == "1":  # set only by the test suite
    use_fast_params_for_tests()
