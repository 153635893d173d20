"""ThreePoint (beta-PERT) and forecast(): values, properties and input errors."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectlib.errors import InputError
from expectlib.estimate import Forecast, ThreePoint, forecast
from expectlib.history import History

three_points = st.tuples(st.floats(0, 50), st.floats(0.01, 50), st.floats(0.01, 100)).map(
    lambda t: (t[0], t[0] + t[1], t[0] + t[1] + t[2])
)


@pytest.fixture(scope="module")
def small_history():
    """A 60-task history with two people, two projects and dates."""
    rng = np.random.default_rng(3)
    est = rng.choice([1.0, 2.0, 4.0, 8.0], 60)
    act = np.where(rng.random(60) < 0.35, est, est * np.exp(rng.normal(0.15, 0.5, 60)))
    df = pd.DataFrame(
        {
            "estimate": est,
            "actual": act,
            "who": rng.choice(["ana", "ben"], 60),
            "proj": rng.choice(["x", "y"], 60),
            "day": pd.date_range("2025-01-01", periods=60, freq="3D"),
        }
    )
    return History.from_frame(df, person="who", project="proj", date="day")


class TestThreePoint:
    """Beta-PERT estimates."""

    def test_mean_is_classic_pert(self):
        """The mean is (low + 4 likely + high) / 6."""
        assert ThreePoint(low=2, likely=4, high=12).mean() == pytest.approx(5.0)

    def test_bounds(self):
        """ppf(0) is low, ppf(1) is high, cdf is 0 below low and 1 above high."""
        tp = ThreePoint(low=2, likely=4, high=12)
        assert tp.ppf(0.0) == pytest.approx(2) and tp.ppf(1.0) == pytest.approx(12)
        assert tp.cdf(1.0) == 0.0 and tp.cdf(13.0) == 1.0

    def test_sample_matches_moments(self):
        """Samples have the distribution's mean and stay within [low, high]."""
        tp = ThreePoint(low=1, likely=3, high=10)
        s = tp.sample(200_000, rng=1)
        assert s.min() >= 1 and s.max() <= 10
        assert s.mean() == pytest.approx(tp.mean(), rel=0.01)
        assert s.std() == pytest.approx(tp.sd(), rel=0.02)

    def test_skewed_right_when_high_is_far(self):
        """A long high side puts the median above the likely value."""
        tp = ThreePoint(low=3, likely=4, high=20)
        assert tp.ppf(0.5) > tp.likely

    @given(three_points, st.floats(0.001, 0.999))
    @settings(max_examples=200, deadline=None)
    def test_cdf_inverts_ppf(self, abc, q):
        """cdf(ppf(q)) == q for any valid estimate."""
        tp = ThreePoint(*abc)
        assert tp.cdf(tp.ppf(q)) == pytest.approx(q, abs=1e-6)

    @given(three_points)
    @settings(max_examples=100, deadline=None)
    def test_ppf_monotone(self, abc):
        """Quantiles never decrease with q."""
        tp = ThreePoint(*abc)
        qs = tp.ppf(np.linspace(0, 1, 41))
        assert np.all(np.diff(qs) >= -1e-9)

    @pytest.mark.parametrize(
        ("kw", "field"),
        [
            ({"low": 5, "likely": 4, "high": 12}, "likely"),
            ({"low": 2, "likely": 13, "high": 12}, "likely"),
            ({"low": 4, "likely": 4, "high": 4}, "high"),
            ({"low": -1, "likely": 4, "high": 12}, "low"),
            ({"low": 1, "likely": float("nan"), "high": 12}, "likely"),
            ({"low": 1, "likely": "four", "high": 12}, "likely"),
            ({"low": 0, "likely": 0, "high": 12}, "likely"),
        ],
    )
    def test_invalid_estimates_raise_input_error(self, kw, field):
        """Each bad field is named in the message."""
        with pytest.raises(InputError, match=f"^{field}: "):
            ThreePoint(**kw)

    def test_comma_decimals_accepted(self):
        """People type "2,5"; it means 2.5."""
        assert ThreePoint(low="1,5", likely="2,5", high="6").likely == 2.5

    @pytest.mark.parametrize("q", [-0.1, 1.1, float("nan")])
    def test_ppf_rejects_bad_probability(self, q):
        """ppf outside [0, 1] raises InputError naming q."""
        with pytest.raises(InputError, match="^q: "):
            ThreePoint(low=1, likely=2, high=3).ppf(q)


class TestForecastThreePoint:
    """forecast() without history."""

    def test_sum_of_likely_underestimates(self):
        """The plain sum of likely values is enough less than half the time."""
        tasks = [ThreePoint(low=2, likely=4, high=12)] * 8
        f = forecast(tasks, rng=1)
        assert f.naive_total == 32
        assert f.cdf(f.naive_total) < 0.5

    def test_independent_mean_matches_sum_of_means(self):
        """With correlation 0 the simulated mean is the sum of PERT means."""
        tasks = [ThreePoint(low=1, likely=2, high=9), ThreePoint(low=3, likely=5, high=6)]
        f = forecast(tasks, trials=200_000, rng=2, correlation=0)
        assert f.mean() == pytest.approx(sum(t.mean() for t in tasks), rel=0.005)

    def test_single_task_quantiles_match_ppf(self):
        """A one-task forecast reproduces the task's own quantiles."""
        tp = ThreePoint(low=2, likely=4, high=12)
        f = forecast([tp], trials=200_000, rng=3)
        for q in (0.2, 0.5, 0.8, 0.95):
            assert f.quantile(q) == pytest.approx(tp.ppf(q), rel=0.01)

    def test_correlation_widens_the_total(self):
        """Correlated errors widen the P10–P90 range of the total."""
        tasks = [ThreePoint(low=2, likely=4, high=12)] * 10
        lo = forecast(tasks, rng=4, correlation=0.0)
        hi = forecast(tasks, rng=4, correlation=0.6)
        assert (hi.quantile(0.9) - hi.quantile(0.1)) > 1.5 * (lo.quantile(0.9) - lo.quantile(0.1))

    def test_same_seed_same_result(self):
        """Explicit rng makes results reproducible."""
        tasks = [ThreePoint(low=1, likely=2, high=5)] * 3
        assert np.array_equal(forecast(tasks, rng=9).samples, forecast(tasks, rng=9).samples)

    def test_tuples_are_three_point(self):
        """(low, likely, high) tuples are read as ThreePoint."""
        f = forecast([(1, 2, 5), (2, 3, 4)], rng=1)
        assert f.naive_total == 5 and f.method == "three-point"

    def test_summary_is_readable(self):
        """The summary names the probability, the unit and says effort is not calendar time."""
        text = forecast([ThreePoint(low=1, likely=2, high=5)] * 4, rng=1).summary(0.8)
        assert text.startswith("80% likely within") and "effort, not calendar time" in text

    @given(st.lists(three_points, min_size=1, max_size=6), three_points)
    @settings(max_examples=40, deadline=None)
    def test_adding_a_task_never_lowers_p80(self, tasks, extra):
        """Same seed, one more task: every quantile is at least as high."""
        base = [ThreePoint(*t) for t in tasks]
        before = forecast(base, trials=2000, rng=5)
        after = forecast([*base, ThreePoint(*extra)], trials=2000, rng=5)
        assert after.quantile(0.8) >= before.quantile(0.8) - 1e-9

    @given(
        st.lists(three_points, min_size=1, max_size=5),
        st.lists(st.floats(0.01, 0.99), min_size=2, max_size=6),
    )
    @settings(max_examples=40, deadline=None)
    def test_quantiles_monotone(self, tasks, qs):
        """quantile(q) never decreases in q, and cdf(quantile(q)) >= q."""
        f = forecast([ThreePoint(*t) for t in tasks], trials=1000, rng=6)
        qs = sorted(qs)
        values = f.quantile(np.array(qs))
        assert np.all(np.diff(values) >= 0)
        assert np.all(f.cdf(values) >= np.array(qs) - 1e-12)


class TestForecastHistory:
    """forecast() with a History."""

    def test_history_forecast_runs(self, small_history):
        """Single-point estimates with people give a history-based forecast."""
        f = forecast([2, 4, 8], history=small_history, people=["ana", "ben", None], rng=1)
        assert isinstance(f, Forecast) and f.method == "history" and f.n_history == 60
        assert 0 < f.quantile(0.5) <= f.quantile(0.8) <= f.quantile(0.95)
        assert "Based on 60 past tasks" in f.summary()

    def test_unknown_person_uses_pool(self, small_history):
        """Someone not in the history is forecast from the whole team."""
        a = forecast([4.0], history=small_history, people=["zoe"], rng=1)
        b = forecast([4.0], history=small_history, rng=1)
        assert a.quantile(0.8) == pytest.approx(b.quantile(0.8))

    def test_spike_at_ratio_one_survives(self, small_history):
        """A good share of single-task outcomes equal the estimate exactly."""
        f = forecast([4.0], history=small_history, rng=1)
        assert np.mean(np.isclose(f.samples, 4.0)) > 0.15

    def test_three_point_with_history_uses_likely(self, small_history):
        """With history, a ThreePoint counts as its likely value."""
        f = forecast([ThreePoint(low=1, likely=4, high=9)], history=small_history, rng=1)
        g = forecast([4.0], history=small_history, rng=1)
        assert f.naive_total == 4 and f.quantile(0.8) == pytest.approx(g.quantile(0.8))

    def test_adding_a_task_never_lowers_p80_with_history(self, small_history):
        """Holds with history-based tasks and the estimated correlation too."""
        base = forecast([1, 2, 4], history=small_history, rng=11)
        more = forecast([1, 2, 4, 0.5], history=small_history, rng=11)
        assert more.quantile(0.8) >= base.quantile(0.8)


@pytest.mark.parametrize(
    ("estimates", "field"),
    [
        ([], "estimates"),
        ([-1.0], r"estimates\[0\]"),
        ([0.0], r"estimates\[0\]"),
        ([float("nan")], r"estimates\[0\]"),
        (["abc"], r"estimates\[0\]"),
        ("12", "estimates"),
    ],
)
def test_bad_estimates_raise_input_error(small_history, estimates, field):
    """Zero, negative, NaN, text or empty estimates raise InputError naming the field."""
    with pytest.raises(InputError, match=f"^{field}: "):
        forecast(estimates, history=small_history, trials=100, rng=1)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"trials": 0}, "trials"),
        ({"trials": "many"}, "trials"),
        ({"people": ["a"]}, "people"),
        ({"correlation": 1.0}, "correlation"),
        ({"correlation": -0.1}, "correlation"),
        ({"rng": "seed"}, "rng"),
        ({"history": "history.csv"}, "history"),
    ],
)
def test_bad_options_raise_input_error(kwargs, field):
    """Every bad keyword is reported by name."""
    with pytest.raises(InputError, match=f"^{field}: "):
        forecast([ThreePoint(low=1, likely=2, high=3)] * 2, **kwargs)


def test_single_point_without_history_explains():
    """A plain number without history says what to do instead."""
    with pytest.raises(InputError, match="needs a history"):
        forecast([3.0])


@given(
    st.lists(
        st.one_of(
            st.floats(allow_nan=True, allow_infinity=True),
            st.text(max_size=5),
            st.none(),
            st.integers(-5, 5),
        ),
        max_size=4,
    )
)
@settings(max_examples=150, deadline=None)
def test_any_input_raises_only_input_error(values):
    """Whatever is typed, forecast() succeeds or raises InputError, nothing else."""
    try:
        f = forecast(values, history=_tiny_history(), trials=100, rng=1)
    except InputError:
        return
    assert math.isfinite(f.quantile(0.8))


_TINY: list = []


def _tiny_history():
    if not _TINY:
        _TINY.append(
            History.from_frame(
                pd.DataFrame({"estimate": [1, 2, 3, 4, 5, 6], "actual": [1, 3, 3, 5, 4, 9]})
            )
        )
    return _TINY[0]
