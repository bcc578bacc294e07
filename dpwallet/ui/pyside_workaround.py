"""Keep Python 3.11 alive under PySide6 6.12, which drops a reference to ``None`` on every
call that returns nothing (measured: 200 ``QLabel.setText`` calls, 200 fewer references).

When ``None``'s count reaches zero CPython aborts with "Fatal Python error: none_dealloc",
so a long session (or test run) would crash at a random moment. Python 3.12 made ``None``
immortal; on 3.11 we give it a reference count that no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 50


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is a PyObject's first field
    if count.value < _HEADROOM:
        count.value += _HEADROOM
