"""How fast is the overcommitment simulator? Prints the figures.

    python benchmarks/simulate_bench.py            # every section
    python benchmarks/simulate_bench.py simulate   # one section (simulate, simpy, lab)

The default scenario (DESIGN.md §4) at 1,000 replications × 52 weeks, one at a time
(``accept_all_fifo``, the closed-form recursion) and the full model (``accept_all``:
juggling with switching loss, the event loop), then the same arrivals and sizes through
the independent SimPy model of tests/simpy_reference.py, and the ratios.

Targets (issue 4): FIFO ≤ 50 ms and full model ≤ 300 ms median; ≥ 50× (FIFO) and
≥ 10× (full model) faster than SimPy. ``bench_lab`` times the overcommitment lab widget
from a control change to a redrawn figure (target: median under 100 ms), on the hockey,
on-time and promise-vs-delivery tabs.
"""

from __future__ import annotations

import asyncio
import os
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


LAB_LOADS = (0.85, 0.9, 0.95, 1.0, 1.1, 1.2, 1.3, 0.7, 0.6, 0.5)
LAB_LOADS += (0.4, 0.3, 0.35, 0.45, 0.55, 0.65, 0.75, 1.05, 1.15, 1.25)  # 20, none is 0.8


def bench_lab(load_changes: int = 20, policy_changes: int = 10) -> dict[str, Any]:
    """Time from a control change to a redrawn figure in the overcommitment lab.

    Each change sets a control the way the browser does (the observer runs at once:
    read the controls, simulate what is missing, draw the visible tab's PNG into its
    Output) and checks that the figure was replaced. Without an event loop nothing is
    computed ahead, so the "on demand" rows are what a learner meets when moving a
    control straight after a heavy change; in a kernel the lab fills its cache in idle
    time (:meth:`OvercommitLab.prefetch_all` does it at once), which gives the "after
    idle" rows. Default lab: 100 simulated years per point, figure 7.5x4 in at 90 dpi.
    """
    import tempfile

    import matplotlib

    matplotlib.use("Agg")
    from expectlib.simulate import POLICIES
    from expectlib.widgets import overcommit_lab
    from expectlib.widgets.overcommit import TABS

    loads = [LAB_LOADS[i % len(LAB_LOADS)] for i in range(load_changes)]
    order = [*POLICIES[1:], POLICIES[0]]
    policies = [order[i % len(order)] for i in range(policy_changes)]
    figures: dict[str, Any] = {}
    rows: list[tuple[str, list[float], list[float]]] = []

    def timed(lab, control: str, value: Any, tab: str, cpu: list[float]) -> float:
        out = lab.outputs[tab]
        before = out.outputs
        start, start_cpu = time.perf_counter(), time.process_time()
        getattr(lab, control).value = value
        cpu.append(time.process_time() - start_cpu)
        wall = time.perf_counter() - start
        assert not lab.error_label.message, lab.error_label.message
        assert out.outputs is not before, f"{control}={value!r}: the figure was not redrawn"
        return wall

    def group(name: str, lab, control: str, values: list[Any], tab: str, split: int = 0) -> None:
        """Time each change; ``split`` > 0 also reports the first ``split`` apart (cold)."""
        lab.tabs.selected_index = [k for k, _ in TABS].index(tab)
        cpu: list[float] = []
        wall = [timed(lab, control, value, tab, cpu) for value in values]
        parts = [(name, wall, cpu)]
        if split:
            parts += [
                (f"{name}, first visit", wall[:split], cpu[:split]),
                (f"{name}, return visit", wall[split:], cpu[split:]),
            ]
        for label, w, c in parts:
            rows.append((label, w, c))
            key = label.split(":")[0] + ("_first" if "first" in label else "")
            key += "_return" if "return" in label else ""
            figures[f"{key}_median_ms"] = 1000 * statistics.median(w)
            figures[f"{key}_max_ms"] = 1000 * max(w)

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        lab = overcommit_lab(autosave_path=tmp, prefetch=False)
        figures["build_s"] = time.perf_counter() - start
        spare = overcommit_lab(autosave_path=tmp, prefetch=False, autosave=False)
        start = time.perf_counter()
        spare.prefetch_all()  # what idle time does after a change of settings
        figures["prefetch_s"] = time.perf_counter() - start
        group("load_hockey: load, hockey tab, on demand", lab, "load", loads, "hockey")
        group(
            "policy_hockey: policy, hockey tab, on demand",
            lab,
            "policy",
            policies,
            "hockey",
            split=len(POLICIES) - 1,
        )
        fresh = overcommit_lab(autosave_path=tmp, prefetch=False, autosave=False)
        group("load_ontime: load, on-time tab, on demand", fresh, "load", loads, "ontime")
        group("policy_ontime: policy, on-time tab", fresh, "policy", policies, "ontime")
        lab.prefetch_all()
        group("load_hockey_idle: load, hockey tab, after idle", lab, "load", loads, "hockey")
        group(
            "policy_hockey_idle: policy, hockey tab, after idle", lab, "policy", policies, "hockey"
        )
        lab.prefetch_all()
        group("load_ontime_idle: load, on-time tab, after idle", lab, "load", loads, "ontime")
        group(
            "load_frontier_idle: load, promise-vs-delivery tab, after idle",
            lab,
            "load",
            loads,
            "frontier",
        )
        group(
            "policy_frontier_idle: policy, promise-vs-delivery tab, after idle",
            lab,
            "policy",
            policies,
            "frontier",
        )
        taxes = [0.3, 0.7, 0.2, 0.9, 0.5]
        group(
            "switch_hockey: switching tax, hockey tab (re-simulates)",
            lab,
            "switch_scale",
            taxes,
            "hockey",
        )

        async def in_kernel() -> None:
            """As in a kernel: a new curve is drawn at once in part, then completed in idle."""
            klab = overcommit_lab(autosave_path=tmp, prefetch=True, autosave=False)
            klab.tabs.selected_index = [k for k, _ in TABS].index("hockey")
            complete: list[float] = []
            for tax in taxes:
                klab.switch_scale.value = tax  # not timed here: the group below times it
                start = time.perf_counter()
                while klab._rendered.get("hockey", (None, None, False))[-1] is not True:
                    await asyncio.sleep(0.005)
                complete.append(time.perf_counter() - start)
            group(
                "switch_hockey_kernel: switching tax, hockey tab, in a kernel (first draw)",
                klab,
                "switch_scale",
                [0.35, 0.65, 0.25, 0.85, 0.45],
                "hockey",
            )
            group(
                "policy_hockey_kernel: policy, hockey tab, in a kernel (first draw)",
                klab,
                "policy",
                order[:4],
                "hockey",
            )
            figures["kernel_complete_median_ms"] = 1000 * statistics.median(complete)

        asyncio.run(in_kernel())

    print(f"Overcommitment lab ({lab.replications} simulated years per point, 7.5x4 in at 90 dpi)")
    print(
        f"  first build: {figures['build_s']:.2f} s;"
        f"  filling the cache (5 policies x 21 loads, 5 frames): {figures['prefetch_s']:.2f} s"
    )
    print("  control change -> redrawn figure (wall; CPU median):   median      max    n")
    for name, wall, cpu in rows:
        print(
            f"  {name.split(': ')[1]:<52} {1000 * statistics.median(wall):6.1f} ms"
            f" {1000 * max(wall):7.1f} ms {len(wall):4d}"
            f"   (CPU {1000 * statistics.median(cpu):.1f} ms)"
        )
    print(
        "  in a kernel, the partly drawn curve is completed in idle time after"
        f" {figures['kernel_complete_median_ms']:.0f} ms (median)"
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"  target: median < 100 ms.  (load average {load:.1f} on {os.cpu_count()} cores)")
    return figures


def main(argv: list[str]) -> int:
    wanted = set(argv) or {"simulate", "simpy", "lab"}
    unknown = wanted - {"simulate", "simpy", "lab"}
    if unknown:
        print(f"unknown section(s) {sorted(unknown)}; choose from lab, simpy, simulate")
        return 2
    ours = bench_simulate() if "simulate" in wanted or "simpy" in wanted else None
    if "simpy" in wanted:
        bench_simpy(ours)
    if "lab" in wanted:
        bench_lab()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
