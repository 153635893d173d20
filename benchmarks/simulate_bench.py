"""How fast is the overcommitment simulator? Prints the figures.

    python benchmarks/simulate_bench.py            # every section
    python benchmarks/simulate_bench.py simulate   # one section (simulate, simpy)

The default scenario (DESIGN.md §4) at 1,000 replications × 52 weeks, one at a time
(``accept_all_fifo``, the closed-form recursion) and the full model (``accept_all``:
juggling with switching loss, the event loop), then the same arrivals and sizes through
the independent SimPy model of tests/simpy_reference.py, and the ratios.

Targets (issue 4): FIFO ≤ 50 ms and full model ≤ 300 ms median; ≥ 50× (FIFO) and
≥ 10× (full model) faster than SimPy. The lab widget's update time is added by the
widget's author as another ``bench_*`` section.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from expectlib import simulate as sim  # noqa: E402

REPLICATIONS = 1000
REPEATS = 7
FIFO = sim.Scenario(policy="accept_all_fifo")
FULL = sim.Scenario(policy="accept_all")


def _median_ms(fn, repeats: int = REPEATS) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def bench_simulate() -> dict[str, Any]:
    """Median wall time of simulate() for the default scenario."""
    out = {
        "fifo_ms": _median_ms(lambda: sim.simulate(FIFO, replications=REPLICATIONS, rng=1)),
        "full_ms": _median_ms(lambda: sim.simulate(FULL, replications=REPLICATIONS, rng=1)),
    }
    print(f"simulate, {REPLICATIONS} replications x 52 weeks (median of {REPEATS}):")
    print(f"  FIFO (accept_all_fifo)  {out['fifo_ms']:8.1f} ms   target <= 50 ms")
    print(f"  full (accept_all)       {out['full_ms']:8.1f} ms   target <= 300 ms")
    return out


def bench_simpy(ours: dict[str, Any] | None = None) -> dict[str, Any]:
    """The same workload through the SimPy reference model (one timed pass each)."""
    from tests import simpy_reference as ref

    arr, sizes, _ = sim._draw(FULL, REPLICATIONS, np.random.default_rng(1))
    inputs = []
    for r in range(REPLICATIONS):
        a = arr[r][np.isfinite(arr[r])]
        gaps = np.diff(np.concatenate([[0.0], a]))
        inputs.append((gaps, sizes[r, : a.size]))
    out = {}
    for key, policy in (("fifo", "accept_all_fifo"), ("full", "accept_all")):
        t0 = time.perf_counter()
        for gaps, s in inputs:
            ref.run(gaps, s, policy=policy, horizon_weeks=52)
        out[f"simpy_{key}_ms"] = (time.perf_counter() - t0) * 1000
    print(f"SimPy reference, same {REPLICATIONS} replications:")
    print(f"  FIFO  {out['simpy_fifo_ms']:9.0f} ms")
    print(f"  full  {out['simpy_full_ms']:9.0f} ms")
    if ours:
        out["fifo_speedup"] = out["simpy_fifo_ms"] / ours["fifo_ms"]
        out["full_speedup"] = out["simpy_full_ms"] / ours["full_ms"]
        print(
            f"  speed-up FIFO {out['fifo_speedup']:6.0f}x (target >= 50x), "
            f"full {out['full_speedup']:6.1f}x (target >= 10x)"
        )
    return out


def main(argv: list[str]) -> int:
    wanted = set(argv) or {"simulate", "simpy"}
    ours = bench_simulate() if "simulate" in wanted or "simpy" in wanted else None
    if "simpy" in wanted:
        bench_simpy(ours)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
