"""expectlib.simulate: the contract, input checks, policies and bookkeeping."""

from __future__ import annotations

import math
import time

import numpy as np
import pandas as pd
import pytest

from expectlib import simulate as m
from expectlib.errors import InputError
from expectlib.simulate import (
    POLICIES,
    Scenario,
    compare,
    effective_hours,
    simulate,
    simulate_trace,
    switching_loss,
)


def test_scenario_defaults_match_design():
    """The defaults are exactly those of DESIGN.md §4."""
    sc = Scenario()
    expected = {
        "hours_per_week": 40,
        "people": 1,
        "arrivals_per_week": 1.6,
        "mean_size_hours": 20,
        "size_cv": 1.0,
        "size_distribution": "lognormal",
        "quoted_lead_weeks": 2.0,
        "policy": "accept_all",
        "wip_cap": 3,
        "quote_safety": 1.25,
        "client_max_lead_weeks": None,
        "estimate_cv": 0.3,
        "estimate_bias": 1.0,
        "switch_scale": 0.5,
        "switch_cap": 0.75,
        "overtime_hours": None,
        "horizon_weeks": 52,
        "warmup_weeks": 0,
        "drain": False,
    }
    for name, value in expected.items():
        assert getattr(sc, name) == value, name
    assert sc.load == pytest.approx(0.8)


def test_scenario_is_frozen_and_keyword_only():
    """Scenarios cannot be changed in place or built positionally."""
    sc = Scenario()
    with pytest.raises(AttributeError):
        sc.people = 2
    with pytest.raises(TypeError):
        Scenario(40)  # type: ignore[misc]
    assert sc.replace(people=2).people == 2


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"hours_per_week": -40}, "hours_per_week: got -40"),
        ({"hours_per_week": 0}, "hours_per_week: got 0"),
        ({"hours_per_week": float("nan")}, "hours_per_week: got nan"),
        ({"people": 0}, "people: got 0"),
        ({"people": 1.5}, "people: got 1.5"),
        ({"arrivals_per_week": -1}, "arrivals_per_week"),
        ({"mean_size_hours": 0}, "mean_size_hours"),
        ({"size_cv": -0.1}, "size_cv"),
        ({"size_distribution": "normal"}, "size_distribution"),
        ({"policy": "juggle"}, "policy: got 'juggle'"),
        ({"wip_cap": 0}, "wip_cap: got 0"),
        ({"quote_safety": 0}, "quote_safety"),
        ({"client_max_lead_weeks": -1}, "client_max_lead_weeks"),
        ({"estimate_cv": float("nan")}, "estimate_cv"),
        ({"estimate_bias": 0}, "estimate_bias"),
        ({"switch_scale": -1}, "switch_scale"),
        ({"switch_cap": 1.0}, "switch_cap"),
        ({"overtime_hours": 30}, "overtime_hours: got 30"),
        ({"horizon_weeks": None}, "horizon_weeks: got None"),
        ({"horizon_weeks": float("inf")}, "horizon_weeks"),
        ({"horizon_weeks": 0}, "horizon_weeks"),
        ({"warmup_weeks": -1}, "warmup_weeks"),
        ({"drain": "yes"}, "drain"),
        ({"arrivals_per_week": 500, "horizon_weeks": 1000}, "horizon_weeks"),
    ],
)
def test_scenario_rejects_impossible_inputs(kwargs, pattern):
    """Every impossible field gives an InputError naming the field and value."""
    with pytest.raises(InputError, match=pattern):
        Scenario(**kwargs)


def test_scenario_accepts_typed_numbers_and_exponential():
    """Comma decimals are read; exponential sizes and overtime are accepted."""
    sc = Scenario(hours_per_week="37,5", size_distribution="exponential", overtime_hours=55.0)
    assert sc.hours_per_week == 37.5 and sc.size_cv == 1.0 and sc.overtime_hours == 55.0


def test_switching_loss_table_and_cap():
    """Weinberg's table, linear between points, × scale, capped beyond five."""
    assert switching_loss([1, 2, 3, 4, 5]) == pytest.approx([0, 0.2, 0.4, 0.6, 0.75])
    assert switching_loss(2.5) == pytest.approx(0.3)
    assert switching_loss(0.5) == 0.0
    assert switching_loss(3, scale=0.5) == pytest.approx(0.2)
    assert switching_loss(20, scale=1.0, cap=0.75) == pytest.approx(0.75)
    assert switching_loss(7, scale=1.0, cap=0.9) == pytest.approx(0.9)


def test_fatigue_curve():
    """e(h) = h to 48, marginal value falling linearly to 0 at 64 (Pencavel 2015)."""
    assert effective_hours(40) == 40
    assert effective_hours(56) == pytest.approx(48 + 8 - 64 / 32)
    assert effective_hours(64) == pytest.approx(56)
    assert effective_hours(80) == pytest.approx(56)


def test_trace_first_request_done_at_three_quarters():
    """A 10 h request arriving at 0.5 weeks with 40 h/week is done at 0.75."""
    sc = Scenario(policy="accept_all_fifo")
    tr = simulate_trace(sc, interarrivals=[0.5, 0.5, 0.5], sizes=[10.0, 20.0, 5.0])
    for col in ("arrival", "accepted", "due", "done"):
        assert col in tr.columns
    assert tr["done"].tolist() == pytest.approx([0.75, 1.5, 1.625])
    assert tr["due"].tolist() == pytest.approx([2.5, 3.0, 3.5])


def test_trace_processor_sharing_by_hand():
    """Two juggled requests with no switching loss share capacity equally."""
    sc = Scenario(policy="accept_all", switch_scale=0)
    tr = simulate_trace(sc, interarrivals=[0, 0], sizes=[20.0, 40.0])
    # both at 20 h/week: first done at 1.0; second has 20 h left at 40 h/week -> 1.5
    assert tr["done"].tolist() == pytest.approx([1.0, 1.5])
    lossy = simulate_trace(
        Scenario(policy="accept_all", switch_scale=1.0), interarrivals=[0, 0], sizes=[20.0, 40.0]
    )
    # 20% loss while juggling two: 16 h/week each -> 1.25; then 20 h alone -> 1.75
    assert lossy["done"].tolist() == pytest.approx([1.25, 1.75])


def test_trace_unfinished_is_nan_and_drain_finishes():
    """Work left at the horizon is NaN; drain mode finishes it."""
    sc = Scenario(policy="accept_all_fifo", horizon_weeks=1)
    tr = simulate_trace(sc, interarrivals=[0.5], sizes=[40.0])
    assert math.isnan(tr["done"].iloc[0])
    tr = simulate_trace(sc.replace(drain=True), interarrivals=[0.5], sizes=[40.0])
    assert tr["done"].iloc[0] == pytest.approx(1.5)


def test_trace_wip_cap_reject_and_queue():
    """The WIP cap refuses (reject) or holds back (queue) the extra request."""
    gaps, sizes = [0, 0, 0], [10.0, 10.0, 10.0]
    rej = simulate_trace(
        Scenario(policy="wip_cap_reject", wip_cap=2), interarrivals=gaps, sizes=sizes
    )
    assert rej["accepted"].tolist() == [True, True, False]
    q = simulate_trace(
        Scenario(policy="wip_cap_queue", wip_cap=2, switch_scale=0), interarrivals=gaps, sizes=sizes
    )
    assert q["accepted"].all()
    assert q["start"].tolist() == pytest.approx([0, 0, 0.5])
    assert q["done"].tolist() == pytest.approx([0.5, 0.5, 0.75])


def test_trace_honest_quote_promise_and_walkaway():
    """Honest quote: due from the estimated open work; clients walk from long promises."""
    sc = Scenario(policy="honest_quote", quote_safety=1.25)
    tr = simulate_trace(sc, interarrivals=[0, 0], sizes=[40.0, 40.0], estimates=[40.0, 40.0])
    assert tr["due"].tolist() == pytest.approx([1.25, 2.5])
    walk = simulate_trace(
        sc.replace(client_max_lead_weeks=2.0),
        interarrivals=[0, 0],
        sizes=[40.0, 40.0],
        estimates=[40.0, 40.0],
    )
    assert walk["accepted"].tolist() == [True, False]


def test_trace_overtime_speeds_up_overdue_work():
    """Overtime while something is overdue: 55 h worked give e(55) output hours."""
    sc = Scenario(policy="accept_all_fifo", quoted_lead_weeks=0.5, overtime_hours=55.0)
    tr = simulate_trace(sc, interarrivals=[0], sizes=[40.0])
    # 20 h in the first half week, then 20 h at e(55) per week
    assert tr["done"].iloc[0] == pytest.approx(0.5 + 20 / effective_hours(55))


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"interarrivals": [1, float("nan")], "sizes": [1, 2]}, "interarrivals"),
        ({"interarrivals": [1, -1], "sizes": [1, 2]}, "interarrivals"),
        ({"interarrivals": [1, 1], "sizes": [1, 0]}, "sizes"),
        ({"interarrivals": [1, 1], "sizes": [1]}, "sizes"),
        ({"interarrivals": "1,2", "sizes": [1, 2]}, "interarrivals"),
        ({"interarrivals": [], "sizes": []}, "interarrivals"),
        ({"interarrivals": [1], "sizes": [1], "estimates": [1, 2]}, "estimates"),
    ],
)
def test_trace_rejects_bad_arrays(kwargs, pattern):
    """Bad arrays give an InputError naming the argument."""
    with pytest.raises(InputError, match=pattern):
        simulate_trace(Scenario(), **kwargs)


def test_simulate_rejects_bad_arguments():
    """A non-scenario, zero replications or a bad rng are refused."""
    with pytest.raises(InputError, match="scenario"):
        simulate({"policy": "accept_all"})
    with pytest.raises(InputError, match="replications: got 0"):
        simulate(Scenario(), replications=0)
    with pytest.raises(InputError, match="rng"):
        simulate(Scenario(), rng=-3)
    with pytest.raises(InputError, match="q"):
        simulate(Scenario(horizon_weeks=5), replications=3, rng=1).lead_time_quantile(1.5)


@pytest.mark.parametrize("policy", POLICIES)
def test_every_policy_gives_plain_float_metrics(policy):
    """Each policy runs and every metric is a plain float in range."""
    o = simulate(Scenario(policy=policy, horizon_weeks=20), replications=50, rng=2)
    for name in (
        "on_time_rate",
        "lead_time_mean",
        "wip_mean",
        "utilization",
        "refused_share",
        "refused_hours_share",
        "overtime_hours_per_week",
        "switching_loss_share",
    ):
        assert isinstance(getattr(o, name), float), name
    assert 0 <= o.on_time_rate <= 1 and 0 <= o.utilization <= 1
    assert 0 <= o.refused_share <= 1 and 0 <= o.switching_loss_share < 1
    assert o.lead_time_quantile(0.85) >= o.lead_time_quantile(0.5)
    assert isinstance(o.unstable, bool) and o.unfinished >= 0
    assert policy in o.summary() or o.summary()


def test_same_seed_same_result_and_common_random_numbers():
    """Same seed → same result; policies see the same arrivals and sizes."""
    sc = Scenario(horizon_weeks=20)
    a = simulate(sc, replications=30, rng=5)
    b = simulate(sc, replications=30, rng=5)
    assert a.on_time_rate == b.on_time_rate and a.lead_time_mean == b.lead_time_mean
    fifo = simulate(sc.replace(policy="accept_all_fifo"), replications=30, rng=5)
    assert fifo.requests == a.requests
    rng = np.random.default_rng(9)
    arr1, s1, _ = m._draw(sc, 5, rng)
    arr2, s2, _ = m._draw(sc.replace(policy="wip_cap_reject"), 5, np.random.default_rng(9))
    np.testing.assert_array_equal(arr1, arr2)
    np.testing.assert_array_equal(s1, s2)


def test_compare_uses_common_numbers():
    """compare() gives one row per scenario, all on the same arrivals."""
    df = compare([Scenario(policy=p, horizon_weeks=20) for p in POLICIES], replications=40, rng=3)
    assert isinstance(df, pd.DataFrame) and list(df.index) == list(POLICIES)
    assert df["requests"].nunique() == 1
    assert {"on_time_rate", "lead_time_mean", "lead_time_p85", "refused_share"} <= set(df.columns)
    named = compare({"juggle": Scenario(horizon_weeks=5)}, replications=5, rng=1)
    assert list(named.index) == ["juggle"]
    with pytest.raises(InputError, match="scenarios"):
        compare([])


def test_unstable_scenario_runs_and_says_so():
    """Load far above 1 runs quickly, is bounded and reports unstable."""
    sc = Scenario(arrivals_per_week=8, horizon_weeks=104)
    t0 = time.perf_counter()
    o = simulate(sc, replications=50, rng=1)
    assert time.perf_counter() - t0 < 30
    assert o.unstable and o.load == pytest.approx(4.0) and o.unfinished > 10
    assert "Unstable" in o.summary()
    d = simulate(sc.replace(policy="accept_all_fifo", drain=True), replications=20, rng=1)
    assert d.unstable and d.unfinished == 0


def test_warmup_excludes_early_requests():
    """With a warm-up, only requests arriving after it are counted."""
    sc = Scenario(policy="accept_all_fifo", horizon_weeks=10, warmup_weeks=10)
    o = simulate(sc, replications=200, rng=4)
    assert o.requests == pytest.approx(16, rel=0.1)


def test_overtime_metrics_and_switching_share():
    """Overtime hours are counted; juggling reports a switching loss share."""
    o = simulate(Scenario(overtime_hours=55.0, horizon_weeks=26), replications=100, rng=1)
    assert 0 < o.overtime_hours_per_week <= 15
    assert o.switching_loss_share > 0
    no = simulate(Scenario(switch_scale=0, horizon_weeks=26), replications=50, rng=1)
    assert no.switching_loss_share == 0


def test_zero_arrivals():
    """No arrivals: nothing to do, NaN lead time, no crash."""
    o = simulate(Scenario(arrivals_per_week=0, horizon_weeks=5), replications=4, rng=1)
    assert o.requests == 0 and o.wip_mean == 0 and math.isnan(o.lead_time_mean)


def test_team_utilization_and_where_the_hours_went():
    """Two people: utilization ≈ load; productive + switching + idle = capacity per person."""
    sc = Scenario(policy="accept_all_fifo", people=2, arrivals_per_week=3.2, horizon_weeks=26)
    o = simulate(sc, replications=300, rng=6)
    assert 0.6 < o.utilization < 0.85
    total = o.productive_hours_per_week + o.switching_hours_per_week + o.idle_hours_per_week
    assert total == pytest.approx(40, rel=1e-6)
    juggle = simulate(Scenario(horizon_weeks=26), replications=100, rng=6)
    assert juggle.switching_hours_per_week > 0
    assert juggle.switching_loss_share == pytest.approx(
        juggle.switching_hours_per_week
        / (juggle.switching_hours_per_week + juggle.productive_hours_per_week)
    )


def test_wip_path_for_the_fan_chart():
    """wip_path holds open requests per replication at each week; it starts empty."""
    o = simulate(Scenario(horizon_weeks=10), replications=20, rng=2)
    assert o.wip_weeks.tolist() == list(range(11))
    assert o.wip_path.shape == (20, 11) and np.all(o.wip_path[:, 0] == 0)
    assert np.all(o.wip_path >= 0)
    qs = o.lead_time_quantile([0.5, 0.9])
    assert qs.shape == (2,) and qs[0] <= qs[1]


def test_end_of_window_wip_reveals_a_growing_backlog():
    """Juggling at load 0.8 ends the year with a growing backlog and is flagged unstable.

    The offered load is below 1 (``scenario.unstable`` is False); switching eats the slack.
    """
    o = simulate(Scenario(), replications=200, rng=3)
    fifo = simulate(Scenario(policy="accept_all_fifo"), replications=200, rng=3)
    assert not o.scenario.unstable and o.wip_end_mean > 1.5 * o.wip_mean
    assert o.backlog_growing and o.unstable and "Unstable in practice" in o.summary()
    assert not fifo.backlog_growing and not fifo.unstable
    assert o.wip_end_mean > 3 * fifo.wip_end_mean
    assert o.wip_end_mean == pytest.approx(o.wip_path[:, -1].mean())


@pytest.mark.parametrize("warmup", [0, 52])
@pytest.mark.parametrize("seed", [1, 2, 3, 2024])
def test_growth_is_judged_within_the_window_with_or_without_warm_up(warmup, seed):
    """Juggling at 80% collapses with or without a warm-up; one at a time at 80–90% does not.

    After a 52-week warm-up the juggler's open requests climb from ~50 to ~115 in the
    measured year, yet end below 1.5 × their (already huge) mean: the backlog is judged
    by how much of what arrived in the window's second half piled up instead.
    """
    sc = Scenario(warmup_weeks=warmup)
    juggle = simulate(sc, replications=100, rng=seed)
    assert juggle.backlog_growing and juggle.unstable and not juggle.scenario.unstable
    assert juggle.backlog_growth > 0.4
    assert "Unstable in practice" in juggle.summary()
    for load in (0.8, 0.9):
        fifo = simulate(
            sc.replace(policy="accept_all_fifo", arrivals_per_week=load / 0.5),
            replications=100,
            rng=seed,
        )
        assert not fifo.backlog_growing and not fifo.unstable, (load, fifo.backlog_growth)
        assert fifo.backlog_growth < 0.2


def test_growth_share_is_the_pile_up_of_the_second_half():
    """backlog_growth = (open at the end − open at mid-window) ÷ accepted arrivals in between."""
    sc = Scenario(horizon_weeks=26, warmup_weeks=10)
    o = simulate(sc, replications=30, rng=4)
    mid, end = 10 + 13, 10 + 26
    at = m._count_open(o.open_from, o.open_until, np.array([mid, end]))
    arrived = np.sum((o.open_from >= mid) & (o.open_from < end))
    assert o.backlog_growth == pytest.approx((at[:, 1] - at[:, 0]).sum() / arrived)
    bounded = simulate(sc.replace(policy="wip_cap_reject"), replications=30, rng=4)
    assert abs(bounded.backlog_growth) < 0.1 and not bounded.backlog_growing


def test_a_wip_cap_below_the_team_grows_without_switching():
    """Cap 1 with 3 people at 80% load: two people idle, the queue grows, no switching loss."""
    sc = Scenario(policy="wip_cap_queue", wip_cap=1, people=3, arrivals_per_week=4.8)
    o = simulate(sc, replications=50, rng=1)
    assert o.backlog_growing and o.switching_loss_share == 0
    assert o.utilization < 0.4


@pytest.mark.parametrize("warmup", [0, 52])
def test_a_wip_cap_that_cannot_keep_up_is_flagged(warmup):
    """Juggling 3 at half Weinberg's tax leaves 80% of the hours: at 80% load it never drains.

    The trend inside one window is weak at this critical load, so the cap's arithmetic
    decides; at 70% load the capped team keeps up.
    """
    sc = Scenario(policy="wip_cap_queue", warmup_weeks=warmup)
    assert m._capped_share(sc) == pytest.approx(0.8)
    assert simulate(sc, replications=50, rng=1).backlog_growing
    calm = simulate(sc.replace(arrivals_per_week=1.4), replications=50, rng=1)
    assert not calm.backlog_growing and not calm.unstable
    assert m._capped_share(sc.replace(overtime_hours=48)) == pytest.approx(0.8 * 48 / 40)
    assert m._capped_share(Scenario()) == math.inf


def test_promise_mean_is_what_was_promised():
    """Fixed quotes promise quoted_lead_weeks; the honest quote's promise grows with load."""
    assert simulate(
        Scenario(horizon_weeks=20), replications=5, rng=1
    ).promise_mean == pytest.approx(2)
    calm, busy = (
        simulate(
            Scenario(policy="honest_quote", arrivals_per_week=rate), replications=50, rng=1
        ).promise_mean
        for rate in (0.8, 1.8)
    )
    assert 0.5 < calm < busy
    none = simulate(Scenario(arrivals_per_week=0, horizon_weeks=5), replications=2, rng=1)
    assert math.isnan(none.promise_mean)


def test_summary_of_a_refusing_policy_over_capacity_says_bounded_not_growing():
    """At 120% load a WIP cap that refuses stays bounded; the summary says why, honestly."""
    from expectlib.simulate import Scenario, simulate

    base = Scenario(policy="wip_cap_reject", wip_cap=2)
    over = base.replace(arrivals_per_week=base.arrivals_per_week * 1.5)
    text = simulate(over, replications=50, rng=1).summary()
    assert "queues keep growing" not in text and "turned away" in text
    fifo = over.replace(policy="accept_all_fifo")
    assert "queues keep growing" in simulate(fifo, replications=50, rng=1).summary()
