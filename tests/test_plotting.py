"""expectlib.plotting: every function returns its Axes, labelled, with the marks it promises.

No pixels are compared: the tests read titles, labels, lines and texts back from the Axes.
"""

from __future__ import annotations

import datetime as dt

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.axes import Axes

from expectlib import plotting
from expectlib.calendar import WorkCalendar
from expectlib.errors import InputError
from expectlib.estimate import ThreePoint, forecast
from expectlib.history import History


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def fc():
    """A small three-point forecast (fast, deterministic)."""
    tasks = [ThreePoint(2, 4, 12), ThreePoint(1, 2, 6), ThreePoint(3, 5, 9)]
    return forecast(tasks, trials=4000, rng=1)


@pytest.fixture(scope="module")
def history():
    """A history with people and exact hits."""
    rng = np.random.default_rng(5)
    est = rng.choice([1, 2, 3, 4, 6, 8, 12, 16], size=120).astype(float)
    ratio = np.where(rng.random(120) < 0.3, 1.0, np.exp(rng.normal(0.15, 0.5, 120)))
    df = pd.DataFrame(
        {"estimate": est, "actual": est * ratio, "who": rng.choice(["Ana", "Ben", "Cy"], 120)}
    )
    return History.from_frame(df, person="who")


def _texts(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.texts]


def _legend_labels(ax: Axes) -> list[str]:
    legend = ax.get_legend()
    return [t.get_text() for t in legend.get_texts()] if legend else []


# ---------------------------------------------------------------------- S-curve


def test_s_curve_returns_the_axes_it_was_given(fc):
    """The given Axes is drawn on and returned, with a title and unit-labelled axes."""
    _, ax = plt.subplots()
    assert plotting.plot_s_curve(fc, ax=ax) is ax
    assert ax.get_title(loc="left")
    assert ax.get_xlabel() == "Total work (h)"
    assert ax.get_ylabel() == "Chance of finishing within"


def test_s_curve_marks_p50_and_p80_with_values(fc):
    """Each quantile has a dashed line and a label with its hours."""
    ax = plotting.plot_s_curve(fc, ax=plt.subplots()[1])
    texts = _texts(ax)
    for q in (0.5, 0.8):
        hours = plotting._num(fc.quantile(q))
        assert any(t.startswith(f"P{round(100 * q)}: {hours} h") for t in texts), texts
    assert len(ax.collections) >= 2  # vlines/hlines for the quantiles


def test_s_curve_curve_is_the_empirical_cdf(fc):
    """The curve goes from 0 to 1 and passes through (P80, 0.8)."""
    ax = plotting.plot_s_curve(fc, ax=plt.subplots()[1])
    (curve,) = [ln for ln in ax.lines if ln.get_label() == "Simulated total work"]
    x, y = curve.get_data()
    assert y[0] == 0 and y[-1] == 1
    assert np.interp(0.8, y, x) == pytest.approx(fc.quantile(0.8), rel=0.02)


def test_s_curve_marks_the_naive_sum_with_its_probability(fc):
    """The plain sum of likely values appears in the legend with cdf(naive_total)."""
    ax = plotting.plot_s_curve(fc, ax=plt.subplots()[1])
    p = fc.cdf(fc.naive_total)
    expected = f"Sum of single estimates: {plotting._num(fc.naive_total)} h, only {p:.0%} likely"
    assert expected in _legend_labels(ax)


def test_s_curve_without_naive(fc):
    """naive=False leaves the naive sum out."""
    ax = plotting.plot_s_curve(fc, ax=plt.subplots()[1], naive=False)
    assert not any("Sum of" in label for label in _legend_labels(ax))


def test_s_curve_shows_dates_with_a_calendar(fc):
    """With a WorkCalendar each quantile label also names the finish date."""
    cal = WorkCalendar("2026-01-05", hours_per_day=2)
    ax = plotting.plot_s_curve(fc, ax=plt.subplots()[1], qs=(0.5, 0.8), calendar=cal)
    day = cal.finish_date(fc.quantile(0.8))
    assert any(plotting._fmt_date(day) in t for t in _texts(ax))


def test_s_curve_uses_current_axes_when_none(fc):
    """ax=None draws on plt.gca()."""
    plt.figure()
    assert plotting.plot_s_curve(fc) is plt.gca()


@pytest.mark.parametrize("qs", [(0.5, 1.2), (0,), "abc"])
def test_s_curve_rejects_bad_quantiles(fc, qs):
    """Quantiles must be probabilities in (0, 1)."""
    with pytest.raises(InputError, match="qs: got"):
        plotting.plot_s_curve(fc, ax=plt.subplots()[1], qs=qs)


def test_s_curve_rejects_a_non_forecast():
    """Something without samples is refused with the fix named."""
    with pytest.raises(InputError, match="forecast: got .*pass a Forecast"):
        plotting.plot_s_curve(object(), ax=plt.subplots()[1])


def test_s_curve_without_quantiles_then_marked(fc):
    """qs=() draws the bare curve; mark_quantiles adds removable marks without moving the view."""
    ax = plotting.plot_s_curve(fc, ax=plt.subplots()[1], qs=())
    assert _texts(ax) == []
    xlim = ax.get_xlim()
    marks = plotting.mark_quantiles(ax, fc, qs=(0.5, 0.9))
    assert len(marks) == 8  # per quantile: drop line, guide line, dot, label
    assert any(t.startswith("P90: ") for t in _texts(ax))
    assert ax.get_xlim() == xlim
    for artist in marks:
        artist.remove()
    assert _texts(ax) == []


def test_label_sides_avoid_overlaps():
    """Close quantiles and high ones put their labels below-right."""
    assert plotting._label_sides([0.5, 0.8]) == ["above", "above"]
    assert plotting._label_sides([0.5, 0.55]) == ["below", "above"]
    assert plotting._label_sides([0.8, 0.95]) == ["above", "below"]


# ---------------------------------------------------------------------- histogram


def test_histogram_bars_lines_and_labels(fc):
    """The histogram has `bins` bars, one dashed line per quantile and labelled axes."""
    ax = plotting.plot_histogram(fc, ax=plt.subplots()[1], bins=30, qs=(0.5, 0.8, 0.95))
    assert len(ax.patches) == 30
    labels = _legend_labels(ax)
    assert {"P50: 50% likely", "P80: 80% likely", "P95: 95% likely"} <= set(labels)
    assert ax.get_xlabel() == "Total work (h)"
    assert ax.get_ylabel() == "Share of simulations"
    heights = [p.get_height() for p in ax.patches]
    assert sum(heights) == pytest.approx(1.0, abs=0.02)  # shares, nearly all in view


# ---------------------------------------------------------------------- history plots


def test_history_scatter_log_axes_diagonal_and_exact_hits(history):
    """Log axes, the y = x line and the exact-hit share in the legend."""
    ax = plotting.plot_history_scatter(history, ax=plt.subplots()[1])
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    (diag,) = [ln for ln in ax.lines if ln.get_label() == "Actual = estimate"]
    x, y = diag.get_data()
    assert list(x) == list(y)
    share = np.isclose(history.records["ratio"], 1.0).mean()
    labels = _legend_labels(ax)
    assert f"Exact hit: {share:.0%}" in labels
    assert {"Ana", "Ben", "Cy"} <= set(labels)  # coloured by person
    assert "(h, log scale)" in ax.get_xlabel() and "(h, log scale)" in ax.get_ylabel()


def test_history_scatter_without_people():
    """A history without a person column draws one colour."""
    df = pd.DataFrame({"estimate": [1, 2, 3, 4, 5, 6], "actual": [1, 3, 3, 5, 4, 9]})
    ax = plotting.plot_history_scatter(History.from_frame(df), ax=plt.subplots()[1])
    assert "Task" in _legend_labels(ax)


def test_calibration_plot_has_diagonal_model_and_plain_point(history):
    """Reliability diagram: perfect line, the model's coverage, plain estimates as a point."""
    ax = plotting.plot_calibration(history, ax=plt.subplots()[1])
    labels = _legend_labels(ax)
    assert "Perfect calibration" in labels and "Forecast from history" in labels
    plain = float(history.calibration()["plain"].iloc[0])
    assert f"Plain estimates: met {plain:.0%}" in labels
    (model,) = [ln for ln in ax.lines if ln.get_label() == "Forecast from history"]
    assert len(model.get_xdata()) == len(history.calibration())
    assert ax.get_xlim() == (0, 1) and ax.get_ylim() == (0, 1)


def test_ratio_by_size_draws_three_bands(history):
    """Median, P80 and P90 ratio lines over a log size axis."""
    ax = plotting.plot_ratio_by_size(history, ax=plt.subplots()[1], bins=4)
    labels = {ln.get_label() for ln in ax.lines}
    assert {"Median ratio", "P80 ratio", "P90 ratio"} <= labels
    assert ax.get_xscale() == "log"


def test_history_plots_reject_other_objects():
    """A non-History is refused with the fix named."""
    with pytest.raises(InputError, match="history: got .*pass a History"):
        plotting.plot_history_scatter(pd.DataFrame({"a": [1]}), ax=plt.subplots()[1])


# ---------------------------------------------------------------------- manners


def test_plots_never_show_and_never_touch_rcparams(fc, history, monkeypatch):
    """No plt.show() and no global style change from any plotting function."""
    monkeypatch.setattr(plt, "show", lambda *a, **k: pytest.fail("plt.show() was called"))
    before = dict(mpl.rcParams)
    _, axs = plt.subplots(2, 3)
    plotting.plot_s_curve(fc, ax=axs[0, 0], calendar=WorkCalendar(dt.date(2026, 1, 5)))
    plotting.plot_histogram(fc, ax=axs[0, 1])
    plotting.plot_history_scatter(history, ax=axs[0, 2])
    plotting.plot_calibration(history, ax=axs[1, 0])
    plotting.plot_ratio_by_size(history, ax=axs[1, 1])
    assert dict(mpl.rcParams) == before


def test_rejects_something_that_is_not_an_axes(fc):
    """ax must be a matplotlib Axes."""
    with pytest.raises(InputError, match="ax: got"):
        plotting.plot_s_curve(fc, ax="left")
