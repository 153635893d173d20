"""expectlib.simulate against queueing theory and an independent SimPy model.

Tolerances come from the simulation's own standard errors (between independent
replications): |estimate − theory| ≤ Z·se plus a small allowance for the finite
warm-up. Seeds are fixed so the tests are deterministic.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from expectlib import simulate as m
from expectlib.simulate import Scenario, simulate, simulate_trace
from tests import simpy_reference as ref

Z = 4.0
TAU = 0.5  # mean service time in weeks: 20 h at 40 h/week


def _steady(policy="accept_all_fifo", *, rho=0.7, **kw):
    base = {
        "policy": policy,
        "arrivals_per_week": rho / TAU,
        "mean_size_hours": 20,
        "switch_scale": 0.0,
        "warmup_weeks": 60,
        "horizon_weeks": 300,
        "drain": True,
        "size_distribution": "exponential",
    }
    base.update(kw)
    return Scenario(**base)


def _batched_quantile(sc, q, *, batches=10, reps=40, seed=0):
    """Mean and standard error of a lead-time quantile over independent batches."""
    vals = [
        simulate(sc, replications=reps, rng=seed + b).lead_time_quantile(q) for b in range(batches)
    ]
    return float(np.mean(vals)), float(np.std(vals, ddof=1) / math.sqrt(batches))


def test_mm1_mean_time_in_system():
    """M/M/1 (one at a time, exponential sizes): W = τ/(1−ρ)."""
    rho = 0.7
    o = simulate(_steady(rho=rho), replications=400, rng=11)
    theory = TAU / (1 - rho)
    assert abs(o.lead_time_mean - theory) <= Z * o.lead_time_se + 0.01 * theory


def test_mm1_p85_time_in_system():
    """M/M/1 P85 of time in system: ln(1/0.15)·τ/(1−ρ) = 1.897τ/(1−ρ)."""
    rho = 0.7
    est, se = _batched_quantile(_steady(rho=rho), 0.85)
    theory = 1.897 * TAU / (1 - rho)
    assert abs(est - theory) <= Z * se + 0.01 * theory


def test_on_time_rate_for_fixed_quote():
    """P(time in system ≤ L) = 1 − exp(−(1−ρ)L/τ) for M/M/1 FIFO."""
    rho, quote = 0.7, 2.0
    o = simulate(_steady(rho=rho, quoted_lead_weeks=quote), replications=400, rng=12)
    theory = 1 - math.exp(-(1 - rho) * quote / TAU)
    assert abs(o.on_time_rate - theory) <= Z * o.on_time_se + 0.005


def test_pollaczek_khinchine_lognormal():
    """M/G/1 with lognormal sizes: W = τ + ρτ(1 + cs²)/(2(1−ρ))."""
    rho, cv = 0.6, 1.5
    sc = _steady(rho=rho, size_distribution="lognormal", size_cv=cv)
    o = simulate(sc, replications=600, rng=13)
    theory = TAU + rho * TAU * (1 + cv**2) / (2 * (1 - rho))
    assert abs(o.lead_time_mean - theory) <= Z * o.lead_time_se + 0.01 * theory


def test_processor_sharing_insensitivity():
    """accept_all with no switching loss is M/G/1-PS: W = τ/(1−ρ) whatever the size law."""
    rho, cv = 0.6, 1.5
    sc = _steady(
        "accept_all",
        rho=rho,
        size_distribution="lognormal",
        size_cv=cv,
        warmup_weeks=40,
        horizon_weeks=150,
    )
    o = simulate(sc, replications=150, rng=14)
    theory = TAU / (1 - rho)
    assert abs(o.lead_time_mean - theory) <= Z * o.lead_time_se + 0.01 * theory


def test_mm1k_refusal_probability():
    """wip_cap_reject with exponential sizes: refusal = (1−ρ)ρ^K/(1−ρ^(K+1)) (PASTA)."""
    rho, k = 0.8, 3
    sc = _steady("wip_cap_reject", rho=rho, wip_cap=k, warmup_weeks=10, horizon_weeks=150)
    o = simulate(sc, replications=150, rng=15)
    theory = (1 - rho) * rho**k / (1 - rho ** (k + 1))
    assert abs(o.refused_share - theory) <= Z * o.refused_se + 0.005
    assert o.refused_hours_share == pytest.approx(o.refused_share, abs=0.02)


@pytest.mark.parametrize("policy", ["accept_all_fifo", "accept_all", "wip_cap_reject"])
def test_littles_law_inside_the_simulator(policy):
    """Time-average WIP = accepted arrival rate × mean lead time (L = λW).

    The load is kept low enough that juggling's switching loss cannot tip a run into
    congestion collapse (then no steady state exists and L = λW fails at the window edges).
    """
    sc = _steady(
        policy,
        rho=0.5,
        warmup_weeks=30,
        horizon_weeks=200,
        switch_scale=0.1,
        size_distribution="lognormal",
    )
    o = simulate(sc, replications=100, rng=16)
    lam = o.requests * (1 - o.refused_share) / sc.horizon_weeks
    assert o.wip_mean == pytest.approx(lam * o.lead_time_mean, rel=0.03)


def test_utilization_equals_load_when_fifo():
    """One at a time with no refusals: utilization ≈ ρ."""
    o = simulate(_steady(rho=0.7), replications=200, rng=17)
    assert o.utilization == pytest.approx(0.7, abs=0.01)


def _lindley(arrival, sizes, cap):
    done, free = [], 0.0
    for a, s in zip(arrival, sizes, strict=True):
        free = max(a, free) + s / cap
        done.append(free)
    return np.array(done)


def test_fifo_equals_lindley_recursion_exactly():
    """accept_all_fifo reproduces the plain-Python Lindley recursion to the last bit."""
    rng = np.random.default_rng(3)
    gaps = rng.exponential(0.6, 300)
    sizes = rng.lognormal(2.5, 1.0, 300)
    sc = Scenario(policy="accept_all_fifo", horizon_weeks=1000)
    tr = simulate_trace(sc, interarrivals=gaps, sizes=sizes)
    np.testing.assert_array_equal(tr["done"].to_numpy(), _lindley(np.cumsum(gaps), sizes, 40.0))


@pytest.mark.parametrize(
    "kw",
    [
        {"policy": "accept_all_fifo", "people": 3, "arrivals_per_week": 5},
        {"policy": "honest_quote", "client_max_lead_weeks": 1.5},
        {"policy": "honest_quote", "people": 2, "arrivals_per_week": 3},
    ],
)
def test_closed_form_equals_event_loop(kw):
    """The FIFO recursion and the general event loop agree request by request."""
    sc = Scenario(**kw)
    arr, sizes, est = m._draw(sc, 100, np.random.default_rng(8))
    a, b = m._fifo(sc, arr, sizes, est), m._general(sc, arr, sizes, est)
    np.testing.assert_array_equal(a["accepted"], b["accepted"])
    np.testing.assert_allclose(a["done"], b["done"], rtol=0, atol=1e-9, equal_nan=True)
    np.testing.assert_allclose(a["due"], b["due"], rtol=0, atol=1e-9, equal_nan=True)


def test_ps_reduction_matches_fifo_when_never_overlapping():
    """Juggling with no overlap (gaps longer than work) equals one at a time."""
    gaps, sizes = [0.0, 2.0, 3.0, 1.0], [30.0, 10.0, 39.0, 5.0]
    a = simulate_trace(Scenario(policy="accept_all"), interarrivals=gaps, sizes=sizes)
    b = simulate_trace(Scenario(policy="accept_all_fifo"), interarrivals=gaps, sizes=sizes)
    np.testing.assert_allclose(a["done"], b["done"], atol=1e-12)


def _inputs(seed, n=120, lam=1.6):
    rng = np.random.default_rng(seed)
    s2 = math.log(2.0)  # size cv 1
    return rng.exponential(1 / lam, n), rng.lognormal(math.log(20) - s2 / 2, math.sqrt(s2), n)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("people", [1, 2])
def test_simpy_fifo_request_by_request(seed, people):
    """FIFO completion times equal the SimPy model's to 1e-9 weeks."""
    gaps, sizes = _inputs(seed, lam=1.6 * people)
    sc = Scenario(policy="accept_all_fifo", people=people, horizon_weeks=52)
    ours = simulate_trace(sc, interarrivals=gaps, sizes=sizes)
    theirs = ref.run(gaps, sizes, people=people, horizon_weeks=52)
    np.testing.assert_array_equal(ours["accepted"].to_numpy(), theirs["accepted"].to_numpy())
    np.testing.assert_allclose(ours["done"], theirs["done"], rtol=0, atol=1e-9, equal_nan=True)


@pytest.mark.parametrize(
    "kw",
    [
        {"policy": "accept_all"},
        {"policy": "accept_all", "switch_scale": 1.0, "people": 2},
        {"policy": "wip_cap_queue", "wip_cap": 2},
        {"policy": "wip_cap_reject", "wip_cap": 3},
    ],
)
@pytest.mark.parametrize("seed", [4, 5])
def test_simpy_general_model_request_by_request(kw, seed):
    """Juggling, WIP cap queue and reject agree with the SimPy model request by request."""
    gaps, sizes = _inputs(seed)
    sc = Scenario(horizon_weeks=52, drain=True, **kw)
    ours = simulate_trace(sc, interarrivals=gaps, sizes=sizes)
    theirs = ref.run(gaps, sizes, horizon_weeks=52, drain=True, **kw)
    np.testing.assert_array_equal(ours["accepted"].to_numpy(), theirs["accepted"].to_numpy())
    np.testing.assert_allclose(ours["done"], theirs["done"], rtol=0, atol=1e-7, equal_nan=True)


def test_simpy_policy_level_on_time_rates():
    """Policy-level on-time rates from both models agree within three standard errors."""
    reps = 100
    for policy in ("accept_all_fifo", "accept_all", "wip_cap_reject"):
        sc = Scenario(policy=policy)
        o = simulate(sc, replications=reps, rng=21)
        rates = []
        rng = np.random.default_rng(99)
        for _ in range(reps):
            gaps, sizes = _inputs(int(rng.integers(1 << 30)), n=200)
            fr = ref.run(gaps, sizes, policy=policy, horizon_weeks=52)
            due_in = fr["accepted"] & (fr["due"] <= 52)
            rates.append(((fr["done"] <= fr["due"]) & due_in).sum() / due_in.sum())
        se_ref = np.std(rates, ddof=1) / math.sqrt(reps)
        assert abs(o.on_time_rate - np.mean(rates)) <= 3 * math.hypot(o.on_time_se, se_ref)
