"""expectlib.plotting for the overcommitment lesson: each figure returns its Axes with its marks.

No pixels are compared: the tests read labels, lines, bars, texts and limits back from the Axes.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.patches import Rectangle, StepPatch

from expectlib import plotting
from expectlib.errors import InputError
from expectlib.simulate import POLICIES, Scenario, compare, effective_hours, simulate, sweep_load

LOADS = [0.3, 0.5, 0.7, 0.8, 0.9, 1.0, 1.2]


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def fifo_sweep():
    """One at a time, from empty: points below 100% stable, at and above it unstable."""
    return sweep_load(Scenario(policy="accept_all_fifo"), LOADS, replications=40, rng=1)


@pytest.fixture(scope="module")
def juggle_sweep():
    """Juggling with the default switching tax: no closed form."""
    return sweep_load(Scenario(policy="accept_all"), LOADS, replications=30, rng=1)


@pytest.fixture(scope="module")
def table():
    """compare() of the five policies at 85% load."""
    base = Scenario(arrivals_per_week=1.7)
    return compare({p: base.replace(policy=p) for p in POLICIES}, replications=40, rng=2)


@pytest.fixture(scope="module")
def outcomes():
    """The five policies at 85% load with overtime, as Outcomes."""
    base = Scenario(arrivals_per_week=1.7, overtime_hours=55)
    return {p: simulate(base.replace(policy=p), replications=40, rng=2) for p in POLICIES}


def _texts(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.texts]


def _legend(ax: Axes) -> list[str]:
    legend = ax.get_legend()
    return [t.get_text() for t in legend.get_texts()] if legend else []


def _new_ax() -> Axes:
    return plt.subplots()[1]


# ---------------------------------------------------------------------- hockey stick


def test_hockey_stick_returns_its_axes_with_units(fifo_sweep):
    """The given Axes comes back titled, with load and weeks on the axes."""
    ax = _new_ax()
    assert plotting.plot_hockey_stick(fifo_sweep, ax=ax) is ax
    assert ax.get_title(loc="left")
    assert "Load" in ax.get_xlabel()
    assert ax.get_ylabel() == "Mean lead time (weeks)"


def test_hockey_stick_draws_points_error_bars_and_the_textbook_curve(fifo_sweep):
    """Stable points with 95% bars, the Pollaczek–Khinchine curve and its ×4 / ×9 labels."""
    ax = plotting.plot_hockey_stick(fifo_sweep, ax=_new_ax())
    labels = _legend(ax)
    assert any("Pollaczek" in t for t in labels), labels
    assert any("40 years per point" in t for t in labels), labels
    assert len(ax.containers) == 1  # the error bars
    bars = ax.containers[0]
    stable = fifo_sweep["load"] < 1
    np.testing.assert_allclose(bars.lines[0].get_ydata(), fifo_sweep["lead_time_mean"][stable])
    texts = _texts(ax)
    assert "80%: queue time ×4" in texts
    assert "90%: queue time ×9" in texts


def test_hockey_stick_marks_unstable_points_and_caps_the_axis(fifo_sweep):
    """Loads ≥ 100% are crosses or, beyond the cap, triangles on the top edge."""
    ax = plotting.plot_hockey_stick(fifo_sweep, ax=_new_ax())
    markers = {line.get_marker() for line in ax.lines}
    assert markers & {"X", "^"}
    below = fifo_sweep[fifo_sweep["load"] < 1]
    top = ax.get_ylim()[1]
    assert top >= (below["lead_time_mean"] + 1.96 * below["lead_time_se"]).max()
    assert top <= 1.2 * max(fifo_sweep["lead_time_mean"].max(), 5.0 * 1.0) + 1e-9


def test_hockey_stick_labels_a_run_from_empty(fifo_sweep):
    """No warm-up: the figure says the year started empty and is not steady state."""
    ax = plotting.plot_hockey_stick(fifo_sweep, ax=_new_ax())
    assert any("not steady state" in t for t in _texts(ax))


def test_hockey_stick_labels_a_warm_up():
    """With a warm-up the figure says so (and not "not steady state")."""
    sweep = sweep_load(
        Scenario(policy="accept_all_fifo", warmup_weeks=20), [0.5, 0.8], replications=10, rng=1
    )
    texts = _texts(plotting.plot_hockey_stick(sweep, ax=_new_ax()))
    assert any("20-week warm-up" in t for t in texts)
    assert not any("not steady state" in t for t in texts)


def test_hockey_stick_without_closed_form_draws_the_reference(juggle_sweep):
    """Juggling has no formula: the one-at-a-time queue is drawn as a labelled reference."""
    ax = plotting.plot_hockey_stick(juggle_sweep, ax=_new_ax())
    assert any(t.startswith("Textbook reference: one at a time") for t in _legend(ax))


def test_hockey_stick_current_load_marker(fifo_sweep):
    """current_load adds a line and a labelled diamond; mark_load's artists can be removed."""
    ax = plotting.plot_hockey_stick(fifo_sweep, ax=_new_ax(), current_load=0.8)
    row = fifo_sweep.set_index("load").loc[0.8]
    assert f"You: 80% load → {row['lead_time_mean']:.1f} weeks" in _texts(ax)
    n = len(ax.texts)
    marks = plotting.mark_load(ax, fifo_sweep, 0.5, lead_time=1.25)
    assert "You: 50% load → 1.2 weeks" in _texts(ax)
    for artist in marks:
        artist.remove()
    assert len(ax.texts) == n


def test_hockey_stick_all_unstable_does_not_crash():
    """Only loads above capacity: crosses/triangles, a finite y limit, no error."""
    sweep = sweep_load(Scenario(policy="accept_all"), [1.1, 1.3], replications=10, rng=1)
    ax = plotting.plot_hockey_stick(sweep, ax=_new_ax(), current_load=1.2)
    assert np.isfinite(ax.get_ylim()[1])


def test_hockey_stick_rejects_other_tables():
    """A table without load / lead_time_mean, or an empty one, is an InputError."""
    import pandas as pd

    with pytest.raises(InputError, match="sweep: got 'list'"):
        plotting.plot_hockey_stick([1, 2], ax=_new_ax())
    with pytest.raises(InputError, match="the sweep is empty"):
        plotting.plot_hockey_stick(pd.DataFrame({"load": [], "lead_time_mean": []}), ax=_new_ax())


# ---------------------------------------------------------------------- on time by policy


def test_on_time_bars_error_bars_and_labels(table):
    """One bar per policy at its rate, ±1.96 se error bars, the rate written beside it."""
    ax = _new_ax()
    assert plotting.plot_on_time_by_policy(table, ax=ax) is ax
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(bars) == 5
    np.testing.assert_allclose([b.get_width() for b in bars], table["on_time_rate"])
    segments = next(c for c in ax.collections if isinstance(c, LineCollection)).get_segments()
    widths = [abs(s[1][0] - s[0][0]) for s in segments]
    np.testing.assert_allclose(widths, 2 * 1.96 * table["on_time_se"], rtol=1e-9)
    texts = _texts(ax)
    for rate in table["on_time_rate"]:
        assert any(t.startswith(f"{100 * rate:.0f}%") for t in texts), texts
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert ticks == [plotting.POLICY_LABELS[p] for p in POLICIES]
    assert "95% error bars" in ax.get_xlabel()


def test_on_time_annotates_refusals_and_highlights(table):
    """The refusing policy says what share it refused; the highlighted row is bold."""
    ax = plotting.plot_on_time_by_policy(table, ax=_new_ax(), highlight="wip_cap_reject")
    share = table.loc["wip_cap_reject", "refused_share"]
    assert share > 0.005
    assert any(f"refused {100 * share:.0f}% of requests" in t for t in _texts(ax))
    bold = [t.get_text() for t in ax.get_yticklabels() if t.get_fontweight() == "bold"]
    assert bold == [plotting.POLICY_LABELS["wip_cap_reject"]]


def test_on_time_row_without_promises_due():
    """A scenario with no arrivals shows "no promises fell due" instead of a number."""
    t = compare([Scenario(arrivals_per_week=0)], replications=5, rng=1)
    ax = plotting.plot_on_time_by_policy(t, ax=_new_ax())
    assert "no promises fell due" in _texts(ax)


def test_on_time_rejects_other_tables():
    """A table without on_time_rate is an InputError."""
    import pandas as pd

    with pytest.raises(InputError, match="on_time_rate"):
        plotting.plot_on_time_by_policy(pd.DataFrame({"x": [1]}), ax=_new_ax())


# ---------------------------------------------------------------------- lateness


def test_lateness_single_outcome_stacks_the_still_open(outcomes):
    """One Outcome: delivered and still-open steps, the promise line at 0, share late titled."""
    o = outcomes["accept_all"]
    ax = _new_ax()
    assert plotting.plot_lateness(o, ax=ax) is ax
    steps = [p for p in ax.patches if isinstance(p, StepPatch)]
    assert len(steps) == 2
    assert steps[1].get_hatch() == "//"
    assert any(line.get_xdata()[0] == 0 for line in ax.lines)  # the promised date
    late = np.mean((o.lateness > 1e-12) | o.lateness_censored)
    title = ax.get_legend().get_title().get_text()
    assert title.endswith(f"{100 * late:.0f}% of promises late")
    total = steps[1].get_data().values.sum()  # the stacked top: every due request once
    assert total == pytest.approx(1.0)
    assert "negative = early" in ax.get_xlabel()


def test_lateness_several_outcomes_as_outlines(outcomes):
    """A dict draws one outline per policy, each labelled with its share late."""
    pick = {k: outcomes[k] for k in ("accept_all", "honest_quote")}
    ax = plotting.plot_lateness(pick, ax=_new_ax())
    steps = [p for p in ax.patches if isinstance(p, StepPatch)]
    assert len(steps) == 2 and not steps[0].get_fill()
    assert any(t.startswith("Start everything at once:") for t in _legend(ax))


def test_lateness_without_requests_says_so():
    """No promise fell due: a plain sentence, no crash."""
    o = simulate(Scenario(arrivals_per_week=0), replications=3, rng=1)
    ax = plotting.plot_lateness(o, ax=_new_ax())
    assert "No promises fell due in the window" in _texts(ax)


def test_lateness_rejects_other_inputs(outcomes):
    """Not an Outcome, an empty dict or a dict with other values: InputError."""
    with pytest.raises(InputError, match="outcomes: got 'list'"):
        plotting.plot_lateness([1], ax=_new_ax())
    with pytest.raises(InputError, match="outcomes: got 'dict'"):
        plotting.plot_lateness({}, ax=_new_ax())
    with pytest.raises(InputError, match=r"outcomes\['x'\]: got 'int'"):
        plotting.plot_lateness({"x": 3}, ax=_new_ax())


# ---------------------------------------------------------------------- WIP fan


def test_wip_fan_bands_and_median(outcomes):
    """Two bands (80% and 50% of years) and the median over the measured weeks."""
    o = outcomes["accept_all_fifo"]
    ax = _new_ax()
    assert plotting.plot_wip_fan(o, ax=ax) is ax
    assert len([c for c in ax.collections if isinstance(c, PolyCollection)]) == 2
    median = ax.lines[0]
    np.testing.assert_allclose(median.get_ydata(), np.median(o.wip_path, axis=0))
    assert ax.get_xlim() == (0.0, 52.0)
    assert ax.get_ylabel().startswith("Open requests")
    assert "40 simulated years" in ax.get_title(loc="left")


def test_wip_fan_calls_out_a_growing_backlog():
    """An unstable run says the backlog is still growing."""
    o = simulate(Scenario(arrivals_per_week=2.6), replications=20, rng=3)
    assert o.unstable
    ax = plotting.plot_wip_fan(o, ax=_new_ax())
    assert any("still growing" in t for t in _texts(ax))


def test_wip_fan_after_warm_up_counts_measured_weeks():
    """After a warm-up the x axis counts weeks of the measured window, and says so."""
    o = simulate(Scenario(warmup_weeks=10, horizon_weeks=20), replications=10, rng=3)
    ax = plotting.plot_wip_fan(o, ax=_new_ax())
    assert ax.get_xlim() == (0.0, 20.0)
    assert "10-week warm-up" in ax.get_xlabel()


def test_wip_fan_with_no_requests_and_bad_input():
    """No arrivals draws flat zeros; something other than an Outcome is an InputError."""
    o = simulate(Scenario(arrivals_per_week=0), replications=3, rng=1)
    ax = plotting.plot_wip_fan(o, ax=_new_ax())
    assert np.all(ax.lines[0].get_ydata() == 0)
    with pytest.raises(InputError, match="outcome: got 'dict'"):
        plotting.plot_wip_fan({}, ax=_new_ax())


# ---------------------------------------------------------------------- hours


def test_hours_stack_adds_up_to_the_week_plus_overtime(outcomes):
    """Per policy: productive + switching + idle = e(hours); overtime sits on top."""
    ax = _new_ax()
    assert plotting.plot_hours(outcomes, ax=ax) is ax
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(bars) == 4 * len(outcomes)
    n = len(outcomes)
    heights = np.array([b.get_height() for b in bars]).reshape(4, n)  # by segment, then policy
    week = effective_hours(40)
    for j, o in enumerate(outcomes.values()):
        assert heights[0, j] + heights[1, j] + heights[3, j] == pytest.approx(week)
        assert heights[2, j] == pytest.approx(o.overtime_hours_per_week)
    assert all(b.get_hatch() == "//" for b in bars[2 * n : 3 * n])
    assert "Normal week: 40 h" in _legend(ax)
    assert ax.get_ylabel() == "Hours per person-week"


def test_hours_shows_the_switching_tax():
    """Juggling loses hours to switching; one at a time loses none."""
    base = Scenario(arrivals_per_week=1.5)
    outs = {p: simulate(base.replace(policy=p), replications=20, rng=1) for p in POLICIES[:2]}
    ax = plotting.plot_hours(outs, ax=_new_ax())
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    switching = [b.get_height() for b in bars[2:4]]
    assert switching[0] > 1 and switching[1] == 0


def test_hours_single_outcome_and_empty_dict(outcomes):
    """One Outcome draws one bar stack; an empty dict is an InputError."""
    ax = plotting.plot_hours(outcomes["honest_quote"], ax=_new_ax())
    assert len(ax.patches) == 4
    with pytest.raises(InputError, match="non-empty dict"):
        plotting.plot_hours({}, ax=_new_ax())
