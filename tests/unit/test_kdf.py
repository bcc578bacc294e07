"""Argon2 floors (T-1, T-2): tests run cheap, production never does."""

import json
import os
import subprocess
import sys
import time

from dpwallet.security import kdf


def test_slow_machine_never_goes_below_the_floor() -> None:
    ticks = iter([0.0, 9.0, 0.0, 9.0])  # 9 s for the probe: a very slow machine
    params = kdf.calibrate(b"s" * 16, timer=lambda: next(ticks), run=lambda _p: None)
    assert params.m_kib >= 64 * 1024 and params.t >= 3
    assert kdf.meets_floor(params)


def test_fast_machine_gets_more_passes() -> None:
    ticks = iter([0.0, 0.05, 0.0, 0.03])  # 10 ms a pass
    params = kdf.calibrate(b"s" * 16, timer=lambda: next(ticks), run=lambda _p: None)
    assert params.t == 64  # 0.75 s target / 0.01 s a pass, capped at MAX_PASSES
    assert params.m_kib == 64 * 1024


def test_production_default_is_calibrated_and_takes_half_a_second_to_a_second() -> None:
    env = {k: v for k, v in os.environ.items() if k != "DPWALLET_INSECURE_TEST_KDF"}
    script = (
        "import json,time\n"
        "from dpwallet.security import kdf\n"
        "p = kdf.params_for_new_slot(b'x'*16)\n"
        "t = time.perf_counter(); kdf.derive('a passphrase', p); t = time.perf_counter() - t\n"
        "print(json.dumps({'default_is_calibrate': kdf._params_factory is kdf.calibrate,"
        " 't': p.t, 'm': p.m_kib, 'p': p.p, 'seconds': t}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result = json.loads(out.stdout)
    print("Argon2id production:", result)
    assert result["default_is_calibrate"]
    assert result["m"] >= 65536 and result["t"] >= 3
    # On this kind of machine the target window holds; the floor may exceed it on old laptops.
    assert 0.3 <= result["seconds"] <= 2.0


def test_test_suite_uses_the_cheap_parameters() -> None:
    start = time.perf_counter()
    params = kdf.params_for_new_slot(b"y" * 16)
    assert params.m_kib < 64 * 1024  # proves the suite is not paying production cost
    kdf.derive("x", params)
    assert time.perf_counter() - start < 0.5
