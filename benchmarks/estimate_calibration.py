"""How well calibrated are forecasts on generated data with known truth? Prints the figures.

Protocol (the one the kit is judged by on real data it never sees): build a
``History`` from the earlier half of the tasks by date, then forecast the later
tasks one by one (single-task P80 coverage) and in bundles (a project's tasks
in one month), and compare the P80 pinball loss with the simple baseline of
per-person empirical ratio quantiles (Jørgensen & Sjøberg 2003).

    python benchmarks/estimate_calibration.py [--tasks 8000] [--seed 11]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from expectlib.estimate import forecast
from expectlib.history import History

ROOT = Path(__file__).resolve().parent.parent


def load_generator():
    """Import data/generate_history.py (a script, not a package)."""
    spec = importlib.util.spec_from_file_location(
        "generate_history", ROOT / "data" / "generate_history.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def split_by_date(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Earlier half and later half of the tasks, by date."""
    frame = frame.sort_values("date", kind="stable").reset_index(drop=True)
    half = len(frame) // 2
    return frame.iloc[:half], frame.iloc[half:]


def pinball(actual: np.ndarray, predicted: np.ndarray, q: float) -> float:
    """Mean pinball (quantile) loss of *predicted* as the q-quantile of *actual*."""
    diff = actual - predicted
    return float(np.mean(np.maximum(q * diff, (q - 1) * diff)))


def baseline_p80(train: pd.DataFrame, test: pd.DataFrame, q: float = 0.8) -> np.ndarray:
    """Per-person empirical ratio quantile × estimate (pooled for unknown people)."""
    ratio = train["actual_h"] / train["estimate_h"]
    pooled = float(np.quantile(ratio, q))
    per = ratio.groupby(train["person"]).quantile(q)
    factor = test["person"].map(per).fillna(pooled).to_numpy()
    return factor * test["estimate_h"].to_numpy()


def evaluate(
    frame: pd.DataFrame, *, q: float = 0.8, max_single: int = 3000, trials: int = 4000, rng: int = 5
) -> dict[str, float]:
    """The calibration figures for one generated history."""
    train, test = split_by_date(frame)
    history = History.from_frame(
        train,
        estimate="estimate_h",
        actual="actual_h",
        person="person",
        project="project",
        date="date",
    )
    gen = np.random.default_rng(rng)
    single = test.iloc[
        np.sort(gen.choice(len(test), size=min(max_single, len(test)), replace=False))
    ]
    p80 = np.array(
        [
            forecast([e], history=history, people=[p], trials=trials, rng=gen).quantile(q)
            for e, p in zip(single["estimate_h"], single["person"], strict=True)
        ]
    )
    actual = single["actual_h"].to_numpy()
    base = baseline_p80(train, single, q)
    month = pd.to_datetime(test["date"]).dt.to_period("M")
    covered, n_bundles = 0, 0
    for _, bundle in test.groupby([test["project"], month]):
        if len(bundle) < 2:
            continue
        f = forecast(
            bundle["estimate_h"].tolist(),
            history=history,
            people=bundle["person"].tolist(),
            trials=trials,
            rng=gen,
        )
        covered += bundle["actual_h"].sum() <= f.quantile(q)
        n_bundles += 1
    return {
        "train tasks": len(train),
        "single tasks checked": len(single),
        "single P80 coverage": float(np.mean(actual <= p80)),
        "plain-estimate coverage": float(np.mean(actual <= single["estimate_h"].to_numpy())),
        "bundles checked": n_bundles,
        "bundle P80 coverage": covered / max(n_bundles, 1),
        "pinball P80 model": pinball(actual, p80, q),
        "pinball P80 per-person baseline": pinball(actual, base, q),
        "plan correlation": history.plan_correlation[0],
        "bandwidth": history.model.bandwidth,
        "prior strength": history.model.prior,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=8000)
    parser.add_argument("--months", type=int, default=36)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    gen = load_generator()
    start = time.perf_counter()
    frame = gen.generate_history(seed=args.seed, n_tasks=args.tasks, months=args.months)
    figures = evaluate(frame)
    for key, value in figures.items():
        print(f"{key:34s} {value:.3f}" if isinstance(value, float) else f"{key:34s} {value}")
    print(f"{'seconds':34s} {time.perf_counter() - start:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
