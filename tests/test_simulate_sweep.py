"""expectlib.simulate additions for the lab: sweep_load, analytic_lead_time, Outcome.lateness."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from expectlib import simulate as m
from expectlib._validate import rng_from
from expectlib.errors import InputError
from expectlib.simulate import (
    POLICIES,
    Scenario,
    analytic_lead_time,
    simulate,
    simulate_trace,
    sweep_load,
)

TAU = 0.5  # 20 h at 40 h/week
Z = 4.0


def _at(load: float, **kw) -> Scenario:
    return Scenario(arrivals_per_week=load / TAU, **kw)


# ---------------------------------------------------------------------- analytic_lead_time


@pytest.mark.parametrize("rho", [0.0, 0.3, 0.5, 0.8, 0.9, 0.95])
def test_analytic_mm1_is_tau_over_one_minus_rho(rho):
    """One at a time with exponential sizes (cv = 1): W = τ/(1−ρ), e.g. 2.5 weeks at 80%."""
    w = analytic_lead_time(_at(rho, policy="accept_all_fifo", size_distribution="exponential"))
    assert w == pytest.approx(TAU / (1 - rho), rel=1e-12)


@pytest.mark.parametrize(("cv", "expected"), [(0.0001, 1.5), (0.5, 1.75), (2.0, 5.5)])
def test_analytic_pollaczek_khinchine(cv, expected):
    """M/G/1 at 80%: τ + ρτ(1 + cs²)/(2(1−ρ)), hand-computed: 1.5, 1.75 and 5.5 weeks."""
    w = analytic_lead_time(_at(0.8, policy="accept_all_fifo", size_cv=cv))
    assert w == pytest.approx(expected, rel=1e-6)


def test_analytic_processor_sharing_is_insensitive():
    """accept_all without a switching tax is processor sharing: τ/(1−ρ) for any size cv."""
    for cv in (0.3, 1.0, 3.0):
        w = analytic_lead_time(_at(0.8, policy="accept_all", switch_scale=0, size_cv=cv))
        assert w == pytest.approx(2.5, rel=1e-12)


def test_analytic_queue_time_multiples_are_four_and_nine():
    """The lesson's story: queue time ×4 at 80% and ×9 at 90% of its value at 50% load."""

    def queue(rho):
        return analytic_lead_time(_at(rho, policy="accept_all_fifo")) - TAU

    assert queue(0.8) / queue(0.5) == pytest.approx(4.0)
    assert queue(0.9) / queue(0.5) == pytest.approx(9.0)
    assert queue(0.95) / queue(0.5) == pytest.approx(19.0)


def test_analytic_two_people_matches_erlang_c():
    """M/M/2 at ρ = 0.5 (a = 1): C = 1/3, W = τ + Cτ/(c(1−ρ)) = 2/3 week; PS gives the same."""
    fifo = Scenario(people=2, arrivals_per_week=2.0, policy="accept_all_fifo")
    ps = fifo.replace(policy="accept_all", switch_scale=0)
    assert analytic_lead_time(fifo) == pytest.approx(2 / 3, rel=1e-12)
    assert analytic_lead_time(ps) == pytest.approx(2 / 3, rel=1e-12)
    assert m._erlang_c(2, 1.0) == pytest.approx(1 / 3)


def test_analytic_wip_cap_one_is_one_at_a_time():
    """wip_cap_queue with a cap of 1 (≤ people) is the one-at-a-time queue."""
    a = analytic_lead_time(_at(0.7, policy="wip_cap_queue", wip_cap=1))
    b = analytic_lead_time(_at(0.7, policy="accept_all_fifo"))
    assert a == pytest.approx(b, rel=1e-12)
    assert math.isnan(analytic_lead_time(_at(0.7, policy="wip_cap_queue", wip_cap=3)))


@pytest.mark.parametrize(
    "kw",
    [
        {"policy": "accept_all"},  # switching tax 0.5
        {"policy": "wip_cap_reject"},
        {"policy": "accept_all_fifo", "overtime_hours": 50},
        {"policy": "honest_quote", "client_max_lead_weeks": 3},
    ],
)
def test_analytic_is_nan_without_a_closed_form(kw):
    """Juggling with a tax, refusals, overtime and walk-aways have no textbook formula."""
    assert math.isnan(analytic_lead_time(_at(0.7, **kw)))


def test_analytic_is_inf_at_or_above_capacity():
    """At ρ ≥ 1 a queue with a formula never settles: inf (NaN stays NaN)."""
    assert analytic_lead_time(_at(1.0, policy="accept_all_fifo")) == math.inf
    assert analytic_lead_time(_at(1.3, policy="honest_quote")) == math.inf
    assert math.isnan(analytic_lead_time(_at(1.3, policy="accept_all")))


def test_analytic_uses_output_hours_of_a_long_week():
    """Capacity is e(hours): 64 h a week yields 56 h of output, so τ = 20/56 week."""
    sc = Scenario(hours_per_week=64, arrivals_per_week=0.0, policy="accept_all_fifo")
    assert analytic_lead_time(sc) == pytest.approx(20 / 56)


def test_analytic_rejects_non_scenarios():
    """A dict is not a Scenario: InputError naming the argument."""
    with pytest.raises(InputError, match="scenario: got"):
        analytic_lead_time({"policy": "accept_all_fifo"})


def test_simulated_two_person_queue_matches_the_formula():
    """The simulator's two-person FIFO agrees with the M/M/2 formula in steady state."""
    rho = 0.7
    sc = Scenario(
        people=2,
        arrivals_per_week=2 * rho / TAU,
        policy="accept_all_fifo",
        size_distribution="exponential",
        warmup_weeks=40,
        horizon_weeks=200,
        drain=True,
    )
    o = simulate(sc, replications=200, rng=21)
    theory = analytic_lead_time(sc)
    assert abs(o.lead_time_mean - theory) <= Z * o.lead_time_se + 0.01 * theory


# ---------------------------------------------------------------------- sweep_load


def test_sweep_load_columns_order_and_rates():
    """One row per load in the given order; arrivals = load × capacity / mean size."""
    sc = Scenario(policy="accept_all_fifo", hours_per_week=30, mean_size_hours=10)
    table = sweep_load(sc, [0.9, 0.5, 1.2], replications=30, rng=1)
    assert isinstance(table, pd.DataFrame)
    for col in (
        "load",
        "lead_time_mean",
        "lead_time_se",
        "lead_time_p85",
        "on_time_rate",
        "on_time_se",
        "unfinished",
        "unstable",
        "analytic",
        "arrivals_per_week",
    ):
        assert col in table.columns, col
    assert table["load"].tolist() == [0.9, 0.5, 1.2]
    assert table["arrivals_per_week"].tolist() == pytest.approx([2.7, 1.5, 3.6])
    assert table["unstable"].tolist() == [False, False, True]
    assert table.attrs["scenario"] == sc and table.attrs["replications"] == 30


@pytest.mark.parametrize("policy", POLICIES)
def test_sweep_rows_equal_simulate_with_the_sweep_seed(policy):
    """Every row is simulate() at that load with the recorded seed (stacked runs change nothing)."""
    sc = Scenario(policy=policy)
    loads = [0.4, 0.85, 1.1]
    table = sweep_load(sc, loads, replications=25, rng=7)
    for i, load in enumerate(loads):
        o = simulate(m._at_load(sc, load), replications=25, rng=table.attrs["seed"])
        row = table.iloc[i]
        assert row["lead_time_mean"] == pytest.approx(o.lead_time_mean, rel=1e-12)
        assert row["on_time_rate"] == pytest.approx(o.on_time_rate, rel=1e-12)
        assert row["unfinished"] == pytest.approx(o.unfinished, rel=1e-12)
        assert row["lead_time_p85"] == pytest.approx(o.lead_time_quantile(0.85), rel=1e-12)


def test_stacked_runs_return_full_outcomes():
    """The stacked event loop gives the same WIP paths and lateness as one run per load."""
    sc = Scenario(policy="wip_cap_queue", overtime_hours=50)
    scs = [m._at_load(sc, x) for x in (0.5, 0.9)]
    stacked = m._simulate_many(scs, 20, 5)
    for s, o in zip(scs, stacked, strict=True):
        alone = simulate(s, replications=20, rng=5)
        np.testing.assert_array_equal(o.wip_path, alone.wip_path)
        np.testing.assert_array_equal(o.lateness, alone.lateness)
        np.testing.assert_array_equal(o.lead_times, alone.lead_times)


def test_sweep_analytic_column_and_same_seed_same_table():
    """The analytic column is analytic_lead_time at each load; a seed repeats the table."""
    sc = Scenario(policy="accept_all_fifo")
    a = sweep_load(sc, [0.5, 0.9], replications=20, rng=3)
    b = sweep_load(sc, [0.5, 0.9], replications=20, rng=3)
    pd.testing.assert_frame_equal(a, b)
    assert a["analytic"].tolist() == pytest.approx([1.0, 5.0])


def test_sweep_shows_the_hockey_stick():
    """Lead time rises with load and the 95% point sits well above the 50% one."""
    sc = Scenario(policy="accept_all_fifo", warmup_weeks=26)
    table = sweep_load(sc, [0.5, 0.7, 0.95], replications=100, rng=2)
    lead = table["lead_time_mean"].to_numpy()
    assert lead[0] < lead[1] < lead[2]
    assert lead[2] > 2.5 * lead[0]


@pytest.mark.parametrize(
    ("loads", "message"),
    [
        ([], "loads: got \\[\\]; the list is empty"),
        ([0.5, -0.1], "loads: got -0.1; use a number greater than zero"),
        ([0.0], "loads: got 0.0; use a number greater than zero"),
        ([float("nan")], "loads: got nan; use a finite number"),
        ([math.inf], "loads: got inf; use a finite number"),
        ("0.8", "loads: got '0.8'; pass a list of values"),
        (0.8, "loads: got 0.8; pass a list of values"),
    ],
)
def test_sweep_load_rejects_bad_loads(loads, message):
    """Empty, negative, zero, NaN, infinite or non-list loads: InputError naming 'loads'."""
    with pytest.raises(InputError, match=message):
        sweep_load(Scenario(), loads, replications=5, rng=1)


def test_sweep_load_rejects_bad_scenario_and_replications():
    """Only a Scenario and a positive whole number of replications are accepted."""
    with pytest.raises(InputError, match="scenario: got"):
        sweep_load("accept_all", [0.5])
    with pytest.raises(InputError, match="replications: got 0"):
        sweep_load(Scenario(), [0.5], replications=0)


def test_sweep_load_too_many_requests_names_the_load():
    """A load that means thousands of requests per run says so, naming the load."""
    sc = Scenario(mean_size_hours=0.25, horizon_weeks=104)
    with pytest.raises(InputError, match="loads: got 1.2; at this load 192.0 requests"):
        sweep_load(sc, [0.5, 1.2], replications=5, rng=1)


# ---------------------------------------------------------------------- lateness


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("kw", [{}, {"drain": True}, {"warmup_weeks": 10}, {"overtime_hours": 50}])
def test_lateness_agrees_with_on_time_rate(policy, kw):
    """Uncensored lateness ≤ 0 is exactly the on-time share; censored ones are overdue."""
    o = simulate(Scenario(policy=policy, arrivals_per_week=1.8, **kw), replications=40, rng=4)
    late, cens = o.lateness, o.lateness_censored
    assert late.shape == cens.shape and late.size > 0
    assert np.mean((late <= 1e-12) & ~cens) == pytest.approx(o.on_time_rate, abs=1e-12)
    assert np.all(late[cens] >= 0)  # open and overdue: end − due ≥ 0
    if kw.get("drain"):
        assert not cens.any()


def test_lateness_request_by_request_matches_the_trace():
    """For one replication, lateness is done − due per due request (end − due if still open)."""
    sc = Scenario(policy="accept_all", arrivals_per_week=2.2, quoted_lead_weeks=1.5)
    seed = 9
    o = simulate(sc, replications=1, rng=seed)
    arr, sizes, _ = m._draw(sc, 1, rng_from(seed))
    ok = np.isfinite(arr[0])
    gaps = np.diff(np.concatenate([[0.0], arr[0][ok]]))
    trace = simulate_trace(sc, interarrivals=gaps, sizes=sizes[0][ok])
    due_in = trace["accepted"] & (trace["due"] <= sc.horizon_weeks)
    open_ = due_in & trace["done"].isna()
    expected = np.where(open_, sc.horizon_weeks - trace["due"], trace["done"] - trace["due"])
    np.testing.assert_allclose(o.lateness, expected[due_in.to_numpy()], atol=1e-9)
    np.testing.assert_array_equal(o.lateness_censored, open_[due_in].to_numpy())
    assert o.lateness_censored.any()  # the case this test is about


def test_lateness_never_earlier_than_the_promise_allows():
    """With a fixed quote L, a request cannot be more than L weeks early."""
    o = simulate(Scenario(policy="accept_all_fifo", quoted_lead_weeks=3), replications=30, rng=6)
    assert o.lateness.min() >= -3 - 1e-9


def test_lateness_empty_without_requests():
    """No arrivals, no promises: empty arrays (and a NaN on-time rate)."""
    o = simulate(Scenario(arrivals_per_week=0), replications=5, rng=1)
    assert o.lateness.size == 0 and o.lateness_censored.size == 0
    assert o.lateness_censored.dtype == bool


# ---------------------------------------------------------------------- promises


@pytest.mark.parametrize(
    "policy", ["accept_all", "accept_all_fifo", "wip_cap_queue", "wip_cap_reject"]
)
def test_on_time_for_quote_equals_a_run_with_that_quote(policy):
    """A fixed quote only sets due dates: the rate for any quote comes from one run, exactly."""
    sc = Scenario(policy=policy, horizon_weeks=30, warmup_weeks=5)
    o = simulate(sc, replications=40, rng=8)
    quotes = [0.5, 2.0, 3.0, 7.5]
    rates = o.on_time_for_quote(quotes)
    for q, rate in zip(quotes, rates, strict=True):
        again = simulate(sc.replace(quoted_lead_weeks=q), replications=40, rng=8)
        assert rate == pytest.approx(again.on_time_rate, abs=1e-12)
    assert o.on_time_for_quote(2.0) == pytest.approx(o.on_time_rate, abs=1e-12)
    assert np.all(np.diff(rates) >= 0)


def test_on_time_for_quote_refuses_where_the_promise_changes_the_work():
    """Honest quotes set their own promise; with overtime, due dates change the work."""
    honest = simulate(Scenario(policy="honest_quote", horizon_weeks=10), replications=4, rng=1)
    with pytest.raises(InputError, match="policy: got 'honest_quote'"):
        honest.on_time_for_quote(2.0)
    ot = simulate(Scenario(overtime_hours=50, horizon_weeks=10), replications=4, rng=1)
    with pytest.raises(InputError, match="overtime_hours"):
        ot.on_time_for_quote(2.0)
    o = simulate(Scenario(horizon_weeks=10), replications=4, rng=1)
    with pytest.raises(InputError, match="quotes"):
        o.on_time_for_quote([-1.0])


def test_sweep_quote_rows_equal_simulate_with_the_sweep_seed():
    """One row per quote, in order; each equals simulate() with that quote and the seed."""
    sc = Scenario(policy="accept_all_fifo", horizon_weeks=26)
    table = m.sweep_quote(sc, [4.0, 1.0, 2.0], replications=60, rng=3)
    assert table["quoted_lead_weeks"].tolist() == [4.0, 1.0, 2.0]
    assert {
        "policy",
        "promise_mean",
        "on_time_rate",
        "on_time_se",
        "lead_time_mean",
        "lead_time_p85",
        "refused_share",
        "unstable",
    } <= set(table.columns)
    seed = table.attrs["seed"]
    for _, row in table.iterrows():
        o = simulate(
            sc.replace(quoted_lead_weeks=row["quoted_lead_weeks"]), replications=60, rng=seed
        )
        assert row["on_time_rate"] == pytest.approx(o.on_time_rate, abs=1e-12)
        assert row["on_time_se"] == pytest.approx(o.on_time_se, rel=1e-9)
        assert row["lead_time_mean"] == pytest.approx(o.lead_time_mean)
    assert table["promise_mean"].tolist() == table["quoted_lead_weeks"].tolist()
    # shorter promises are kept less often
    assert table.sort_values("quoted_lead_weeks")["on_time_rate"].is_monotonic_increasing


def test_sweep_quote_with_overtime_simulates_each_quote():
    """With overtime the due dates change the work, so every quote is its own run."""
    sc = Scenario(overtime_hours=50, horizon_weeks=13)
    table = m.sweep_quote(sc, [1.0, 3.0], replications=20, rng=2)
    for _, row in table.iterrows():
        o = simulate(
            sc.replace(quoted_lead_weeks=row["quoted_lead_weeks"]),
            replications=20,
            rng=table.attrs["seed"],
        )
        assert row["on_time_rate"] == pytest.approx(o.on_time_rate, abs=1e-12)
        assert row["overtime_hours_per_week"] == pytest.approx(o.overtime_hours_per_week)


def test_sweep_quote_rejects_bad_input():
    """Honest quoting has no fixed quote; quotes must be positive numbers."""
    with pytest.raises(InputError, match="scenario: got 'honest_quote'"):
        m.sweep_quote(Scenario(policy="honest_quote"), [1.0])
    with pytest.raises(InputError, match="quotes"):
        m.sweep_quote(Scenario(), [0.0])
    with pytest.raises(InputError, match="scenario"):
        m.sweep_quote("x", [1.0])
