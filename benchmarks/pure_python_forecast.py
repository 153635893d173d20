"""A straightforward pure-Python Monte Carlo of the same model as ``forecast()``.

The reference that the vectorised version is timed against: the same weights
(size kernel, per-person shrinkage), the same Gaussian copula and the same
weighted empirical quantiles, written the way one would without NumPy: loops,
``random`` and ``bisect``. It is checked against ``forecast()`` in
``tests/test_benchmarks.py`` so that the speed ratio compares like with like.
"""

from __future__ import annotations

import bisect
import math
import random
from statistics import NormalDist

_PHI = NormalDist().cdf


def task_cumulative_weights(model, estimate: float, person: str | None) -> list[float]:
    """Cumulative weights of past ratios (sorted) for one task, in plain Python."""
    log_e = math.log(estimate)
    h, k = model.bandwidth, model.prior
    code = model.person_names.index(person) if person in model.person_names else -1
    days = list(model.day) if model.day is not None else [math.nan] * len(model.log_est)
    known = sorted(d for d in days if not math.isnan(d))
    now = known[-1] if known else 0.0
    middle = known[len(known) // 2] if known else 0.0  # undated tasks count as middle-aged
    kern = []
    for le, day in zip(model.log_est, days, strict=True):
        x = 1.0 if math.isinf(h) else math.exp(-0.5 * ((log_e - le) / h) ** 2)
        if not math.isinf(model.half_life):
            age = max(now - (middle if math.isnan(day) else day), 0.0)
            x *= 2.0 ** (-age / model.half_life)
        kern.append(x)
    top = max(kern)
    kern = [x / top for x in kern]
    total = sum(kern)
    mine = [x if p == code else 0.0 for x, p in zip(kern, model.person, strict=True)]
    n_mine = sum(mine) if code >= 0 else 0.0
    share = n_mine / (n_mine + k) if n_mine > 0 else 0.0
    cum, acc = [], 0.0
    for x, m in zip(kern, mine, strict=True):
        acc += (1 - share) * x / total + (share * m / n_mine if n_mine > 0 else 0.0)
        cum.append(acc)
    return [c / acc for c in cum]


def forecast_totals(history, estimates, people, trials: int, rho: float, seed: int = 0):
    """Total work per trial, computed with loops."""
    model = history.model
    ratios = list(model.ratio)
    cums = [task_cumulative_weights(model, e, p) for e, p in zip(estimates, people, strict=True)]
    rng = random.Random(seed)
    a, b = math.sqrt(rho), math.sqrt(1 - rho)
    last = len(ratios) - 1
    totals = []
    for _ in range(trials):
        common = rng.gauss(0.0, 1.0)
        total = 0.0
        for est, cum in zip(estimates, cums, strict=True):
            u = _PHI(a * common + b * rng.gauss(0.0, 1.0))
            total += est * ratios[min(bisect.bisect_left(cum, u), last)]
        totals.append(total)
    return totals
