"""The benchmark's pure-Python reference computes the same model as forecast()."""

from __future__ import annotations

import numpy as np
from _scripts import load_script

from expectlib.estimate import forecast
from expectlib.history import History


def test_pure_python_reference_matches_forecast():
    """Quantiles of the loop version agree with the vectorised one within Monte Carlo error."""
    pure = load_script("benchmarks/pure_python_forecast.py")
    h = History.example()
    estimates = [1.0, 2.0, 4.0, 7.0, 3.0, 0.5]
    people = [h.people[i % len(h.people)] for i in range(len(estimates))]
    rho = h.plan_correlation[0]
    loops = pure.forecast_totals(h, estimates, people, trials=20_000, rho=rho, seed=3)
    vec = forecast(estimates, history=h, people=people, trials=100_000, rng=4)
    for q in (0.5, 0.8, 0.9):  # P95 of a short heavy-tailed sum is too noisy at 20k trials
        assert abs(np.quantile(loops, q) / vec.quantile(q) - 1) < 0.04
