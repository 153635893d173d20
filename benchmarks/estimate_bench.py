"""How fast does the estimation lesson respond? Prints the figures.

    python benchmarks/estimate_bench.py            # every section
    python benchmarks/estimate_bench.py widget     # one section

Each section is a ``bench_*()`` function that prints its figures and returns them as a
dict, so sections can be added side by side (``bench_widget`` times the estimator
widget; the forecast timings live in their own function). ``main()`` runs the ones
named on the command line, or all of them.

Target for the widget: a control change redraws the figure in under 100 ms (median),
so a slider feels immediate on a projector.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

import matplotlib

matplotlib.use("Agg")  # a benchmark never opens a window


def _median_ms(times: list[float]) -> float:
    return 1000 * statistics.median(times)


def _timed(action: Callable[[], Any], cpu: list[float] | None = None) -> float:
    """Wall-clock seconds of ``action()``; its CPU seconds are appended to ``cpu``.

    CPU time is what the change costs this process; on a busy machine the wall time
    also counts waiting for a core, so both are reported.
    """
    start, start_cpu = time.perf_counter(), time.process_time()
    action()
    if cpu is not None:
        cpu.append(time.process_time() - start_cpu)
    return time.perf_counter() - start


def bench_widget(repeats: int = 30) -> dict[str, float]:
    """Median time from a control change to a new figure in the estimator's Output.

    Alternately sets the confidence slider and the hours-per-day box ``repeats`` times
    (each assignment runs the observer synchronously: read controls, forecast from cache,
    calendar, S-curve, PNG into the Output, HTML tables, autosave), then does the same
    for task edits, which also re-run the 10,000-trial forecast.
    """
    from expectlib.widgets import estimator

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        app = estimator(start="2026-01-05", autosave_path=tmp, trials=10_000)
        build_s = time.perf_counter() - start

        def change_control(i: int) -> None:
            before = app.plot_output.outputs
            if i % 2:
                app.confidence.value = (0.85, 0.9)[(i // 2) % 2]
            else:
                app.hours_per_day.value = (5.0, 6.0)[(i // 2) % 2]
            assert app.plot_output.outputs is not before, "the figure was not redrawn"

        def edit_task(i: int) -> None:
            before = app.plot_output.outputs
            app.rows[0].estimate.value = ("2.5", "3")[i % 2]  # always a new value
            assert app.plot_output.outputs is not before, "the figure was not redrawn"

        change_control(-1)  # warm-up: fonts and caches
        controls_cpu: list[float] = []
        edits_cpu: list[float] = []
        controls = [_timed(lambda i=i: change_control(i), controls_cpu) for i in range(repeats)]
        edits = [_timed(lambda i=i: edit_task(i), edits_cpu) for i in range(repeats)]

    figures = {
        "build_s": build_s,
        "control_median_ms": _median_ms(controls),
        "control_max_ms": 1000 * max(controls),
        "control_cpu_median_ms": _median_ms(controls_cpu),
        "task_edit_median_ms": _median_ms(edits),
        "task_edit_cpu_median_ms": _median_ms(edits_cpu),
    }
    print("Estimator widget (10,000 trials, figure 7x3.2 in at 90 dpi)")
    print(f"  first build, incl. the example history's model: {build_s:6.2f} s")
    print(
        f"  control change -> new figure:  median {figures['control_median_ms']:6.1f} ms wall,"
        f" {figures['control_cpu_median_ms']:6.1f} ms CPU"
        f"  (max {figures['control_max_ms']:.1f} ms wall, {repeats} changes; target < 100 ms)"
    )
    print(
        f"  task edit -> new forecast + figure: median {figures['task_edit_median_ms']:6.1f} ms"
        f" wall, {figures['task_edit_cpu_median_ms']:6.1f} ms CPU"
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"  (load average while measuring: {load:.1f} on {os.cpu_count()} cores)")
    return figures


def bench_forecast(repeats: int = 30, pure_repeats: int = 3) -> dict[str, float]:
    """Median time of forecast() for 100 tasks x 10,000 trials with a 1,000-task history.

    The history comes from the kit's generator (data/generate_history.py); the
    model is fitted once beforehand, as in the widget. The reference is the
    pure-Python Monte Carlo of the same model (benchmarks/pure_python_forecast.py),
    timed in the same run.
    """
    import numpy as np
    import pure_python_forecast as pure  # benchmarks/ is on the path when run as a script
    from estimate_calibration import load_generator

    from expectlib.estimate import forecast
    from expectlib.history import History

    gen = load_generator()
    frame = gen.generate_history(seed=99, n_tasks=1000, months=24)
    history = History.from_frame(
        frame,
        estimate="estimate_h",
        actual="actual_h",
        person="person",
        project="project",
        date="date",
    )
    start = time.perf_counter()
    rho = history.plan_correlation[0]  # fits the model once, like the widget's first build
    fit_s = time.perf_counter() - start
    rng = np.random.default_rng(1)
    plan = frame.sample(100, random_state=2)  # realistic estimates and people
    estimates, people = plan["estimate_h"].tolist(), plan["person"].tolist()
    forecast(estimates, history=history, people=people, trials=10_000, rng=rng)  # warm-up
    vec = [
        _timed(lambda: forecast(estimates, history=history, people=people, trials=10_000, rng=rng))
        for _ in range(repeats)
    ]
    loops = [
        _timed(lambda: pure.forecast_totals(history, estimates, people, 10_000, rho))
        for _ in range(pure_repeats)
    ]
    figures = {
        "model_fit_s": fit_s,
        "forecast_median_ms": _median_ms(vec),
        "pure_python_median_ms": _median_ms(loops),
        "speedup": statistics.median(loops) / statistics.median(vec),
    }
    print("forecast(): 100 tasks x 10,000 trials, 1,000-task history")
    print(f"  model fit (once per history):          {fit_s:8.2f} s")
    print(
        f"  vectorised forecast():  median {figures['forecast_median_ms']:8.1f} ms"
        f"  ({repeats} runs; target <= 20 ms)"
    )
    print(
        f"  pure-Python reference:  median {figures['pure_python_median_ms']:8.1f} ms"
        f"  ({pure_repeats} runs)"
    )
    print(f"  speed-up: {figures['speedup']:.0f}x  (target >= 20x)")
    return figures


SECTIONS: dict[str, Callable[[], dict[str, float]]] = {
    "forecast": bench_forecast,
    "widget": bench_widget,
}


def main(argv: list[str] | None = None) -> int:
    """Run the sections named in ``argv`` (default: all) and print their figures."""
    names = list(sys.argv[1:] if argv is None else argv) or list(SECTIONS)
    unknown = [n for n in names if n not in SECTIONS]
    if unknown:
        print(f"unknown section(s) {unknown}; choose from {sorted(SECTIONS)}", file=sys.stderr)
        return 2
    for name in names:
        SECTIONS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
