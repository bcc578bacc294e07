"""Run every ``bench/*_bench.py``: each exposes ``cases()`` returning ``BenchCase`` objects.

A case pairs the work we care about with a baseline measured in the same run on the
same machine, so the figure that matters is the ratio, not seconds that change with
the laptop.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BenchCase:
    name: str
    baseline_label: str
    baseline: Callable[[], object]
    subject: Callable[[], object]
    repeat: int = 3


def _best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str]) -> int:
    only = set(argv)
    here = Path(__file__).parent
    for info in pkgutil.iter_modules([str(here)]):
        if not info.name.endswith("_bench") or (only and info.name not in only):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        for case in module.cases():
            base = _best(case.baseline, case.repeat)
            subj = _best(case.subject, case.repeat)
            ratio = subj / base if base else float("inf")
            print(
                f"{case.name}: {subj * 1000:.1f} ms; baseline ({case.baseline_label}) "
                f"{base * 1000:.1f} ms; ratio {ratio:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
