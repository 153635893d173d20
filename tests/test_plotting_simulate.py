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
    """Stable points with 95% bars, the Pollaczek–Khinchine curve and what it rises by.

    The curve is the lead time (wait + work), so its labels say both: the wait grows ×4
    and ×9 (ρ/(1−ρ)), the plotted lead time ×2.5 and ×5 (τ = 0.5 w, cs = 1).
    """
    ax = plotting.plot_hockey_stick(fifo_sweep, ax=_new_ax())
    labels = _legend(ax)
    assert any("Pollaczek" in t for t in labels), labels
    assert any("40 years per point" in t for t in labels), labels
    assert len(ax.containers) == 1  # the error bars
    bars = ax.containers[0]
    stable = fifo_sweep["load"] < 1
    np.testing.assert_allclose(bars.lines[0].get_ydata(), fifo_sweep["lead_time_mean"][stable])
    texts = _texts(ax)
    assert "80% vs 50% load:\nwait ×4, lead time ×2.5" in texts
    assert "90% vs 50% load:\nwait ×9, lead time ×5" in texts
    curve = next(line for line in ax.lines if line.get_linestyle() == "--")
    x, y = curve.get_xdata(), curve.get_ydata()
    assert np.interp(0.8, x, y) / np.interp(0.5, x, y) == pytest.approx(2.5, rel=0.01)


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


def _boxes(ax: Axes):
    """Display boxes of the curve labels, the legend and the "You" label (drawn first)."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    texts = {t.get_text(): t.get_window_extent(renderer) for t in ax.texts if t.get_visible()}
    you = [box for text, box in texts.items() if text.startswith("You:")]
    curve = [box for text, box in texts.items() if text[:3] in ("80%", "90%")]
    return you, curve, ax.get_legend().get_window_extent(renderer), ax.get_window_extent(renderer)


@pytest.mark.parametrize("figsize", [(8, 4.5), (7.5, 4.0)])
def test_you_marker_never_overlaps_the_curve_labels(fifo_sweep, juggle_sweep, figsize):
    """At every slider load, the "You" label and diamond stay clear of the ×-labels and legend.

    The lab (7.5 × 4 in) and lesson 03 (8 × 4.5 in) sizes; one at a time and juggling.
    """
    reject = sweep_load(Scenario(policy="wip_cap_reject"), LOADS, replications=20, rng=1)
    for sweep in (fifo_sweep, juggle_sweep, reject):
        fig, ax = plt.subplots(figsize=figsize, dpi=90)
        plotting.plot_hockey_stick(sweep, ax=ax)
        for load in np.round(np.arange(0.3, 1.201, 0.05), 2):  # the sweeps reach 120%
            marks = plotting.mark_load(ax, sweep, load)
            you, curve, legend, frame = _boxes(ax)
            diamond = next(m for m in marks if getattr(m, "get_marker", lambda: "")() == "D")
            dx, dy = ax.transData.transform((diamond.get_xdata()[0], diamond.get_ydata()[0]))
            for box in you:
                assert not any(box.overlaps(c) for c in curve), (
                    sweep.attrs["scenario"].policy,
                    load,
                )
                assert not box.overlaps(legend), (sweep.attrs["scenario"].policy, load)
                assert frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1, load
            for c in curve:
                assert not c.padded(4).contains(dx, dy), (sweep.attrs["scenario"].policy, load)
            for artist in marks:
                artist.remove()
        plt.close(fig)


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
    assert "negative = early" in ax.get_xlabel()


def _tail_bars(ax: Axes) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle) and p.get_gid() == "ex-tail"]


def test_lateness_tail_gets_its_own_labelled_bar():
    """The juggler's long tail is one bar, "> N weeks", with its share: no spike at the edge.

    Every due request is counted once: the bins inside the view plus the labelled tail
    bars (later than N weeks; earlier than the view) add up to 100%.
    """
    o = simulate(Scenario(client_max_lead_weeks=4), replications=100, rng=2024)
    ax = plotting.plot_lateness(o, ax=_new_ax())
    steps = [p for p in ax.patches if isinstance(p, StepPatch)]
    edges = steps[1].get_data().edges
    inside = steps[1].get_data().values.sum()
    tails = _tail_bars(ax)
    beyond = np.mean(o.lateness > edges[-1])
    assert beyond > 0.02  # juggling: a long tail of very late promises
    assert sum(t.get_height() for t in tails) + inside == pytest.approx(1.0)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert any(t.startswith(">") and t.endswith(f"{edges[-1]:g}") for t in labels), labels
    assert any(t.startswith(f"{100 * beyond:.0f}%") for t in _texts(ax)), _texts(ax)
    # inside the view the last bin is no taller than its neighbours (nothing folded in)
    values = steps[1].get_data().values
    assert values[-1] <= 2 * max(values[-4:-1]) + 1e-9


def test_lateness_early_late_labels_stay_inside_the_axes(outcomes):
    """The "← early" / "late →" marks sit inside the axes, clear of ticks and legend."""
    for o in (*outcomes.values(), outcomes):
        fig, ax = plt.subplots(figsize=(7.5, 4.0), dpi=90)
        plotting.plot_lateness(o, ax=ax)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        frame = ax.get_window_extent(renderer)
        legend = ax.get_legend().get_window_extent(renderer)
        marks = [t for t in ax.texts if t.get_text() in ("← early", "late →")]
        assert marks, [t.get_text() for t in ax.texts]
        for t in marks:
            box = t.get_window_extent(renderer)
            assert frame.x0 <= box.x0 and box.x1 <= frame.x1, t.get_text()
            assert not box.overlaps(legend), t.get_text()
        plt.close(fig)


def test_lateness_several_outcomes_as_cumulative_curves(outcomes):
    """A dict draws one cumulative curve per policy: at 0 weeks it is the share on time.

    The view is clipped where most policies are done (the juggler's tail does not
    squash the others); each curve's share later than the view is written at its end.
    """
    pick = {k: outcomes[k] for k in ("accept_all", "accept_all_fifo", "honest_quote")}
    ax = plotting.plot_lateness(pick, ax=_new_ax())
    curves = [line for line in ax.lines if line.get_gid() == "ex-ecdf"]
    assert len(curves) == 3
    for line, o in zip(curves, pick.values(), strict=True):
        x, y = line.get_xdata(), line.get_ydata()
        at_zero = y[np.searchsorted(x, 0.0, side="right") - 1]
        assert at_zero == pytest.approx(o.on_time_rate, abs=1e-9)
    assert any(t.startswith("Start everything at once:") for t in _legend(ax))
    assert "cumulative" in ax.get_ylabel().lower()
    hi = ax.get_xlim()[1]
    assert hi < np.quantile(pick["accept_all"].lateness, 0.9)  # clipped before the tail
    assert any("later" in t for t in _texts(ax))


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


# ---------------------------------------------------------------------- promise frontier


def _curves(ax: Axes) -> list:
    return [line for line in ax.lines if line.get_gid() == "ex-frontier"]


def test_frontier_from_sweep_quote_tables():
    """One line per policy through the table's rows: shorter promises are kept less often."""
    import pandas as pd

    from expectlib.simulate import sweep_quote

    quotes = [0.5, 1, 2, 4, 8]
    tables = [
        sweep_quote(Scenario(policy=p), quotes, replications=40, rng=1)
        for p in ("accept_all", "accept_all_fifo")
    ]
    ax = _new_ax()
    assert plotting.plot_promise_frontier(pd.concat(tables), ax=ax) is ax
    curves = _curves(ax)
    assert len(curves) == 2
    for line, table in zip(curves, tables, strict=True):
        np.testing.assert_allclose(line.get_xdata(), quotes)
        np.testing.assert_allclose(line.get_ydata(), table["on_time_rate"])
        assert np.all(np.diff(line.get_ydata()) >= 0)
    assert any(t.startswith("One at a time") for t in _legend(ax))
    assert "Promised lead time" in ax.get_xlabel() and "kept" in ax.get_ylabel()


def test_frontier_from_outcomes_curves_points_and_refusals():
    """Fixed quotes: a curve from the same runs plus their own promise; honest: one point.

    The point of a fixed-quote policy sits on its curve (at its quoted weeks); the
    honest quote sits at its mean promise; refusals are named in the legend.
    """
    base = Scenario(client_max_lead_weeks=4)
    outs = {p: simulate(base.replace(policy=p), replications=40, rng=3) for p in POLICIES}
    ax = plotting.plot_promise_frontier(outs, ax=_new_ax(), highlight="accept_all_fifo")
    curves = _curves(ax)
    assert len(curves) == 4  # honest quoting has no fixed promise to vary
    fifo = outs["accept_all_fifo"]
    line = next(c for c in curves if c.get_label().startswith("One at a time"))
    x, y = line.get_xdata(), line.get_ydata()
    np.testing.assert_allclose(y, fifo.on_time_for_quote(x))
    assert line.get_linewidth() > curves[0].get_linewidth() or curves[0] is line
    points = [p for p in ax.lines if p.get_gid() == "ex-promise"]
    xy = {(round(p.get_xdata()[0], 6), round(p.get_ydata()[0], 6)) for p in points}
    honest = outs["honest_quote"]
    assert (round(honest.promise_mean, 6), round(honest.on_time_rate, 6)) in xy
    assert (2.0, round(fifo.on_time_rate, 6)) in xy
    assert any(t.startswith("refuses") for t in _texts(ax))
    assert any(t.startswith("You:") for t in _texts(ax))


def test_frontier_with_overtime_draws_points_only_and_rejects_bad_input():
    """With overtime a promise changes the work: the policy is a point; bad input raises."""
    import pandas as pd

    o = simulate(Scenario(overtime_hours=50, horizon_weeks=20), replications=10, rng=1)
    ax = plotting.plot_promise_frontier(o, ax=_new_ax())
    assert not _curves(ax) and [p for p in ax.lines if p.get_gid() == "ex-promise"]
    with pytest.raises(InputError, match="outcomes_or_table"):
        plotting.plot_promise_frontier([1, 2], ax=_new_ax())
    with pytest.raises(InputError, match="on_time_rate"):
        plotting.plot_promise_frontier(pd.DataFrame({"x": [1]}), ax=_new_ax())


# ---------------------------------------------------------------------- readability


def _extent(artist, renderer):
    from matplotlib.text import Text

    return Text.get_window_extent(artist, renderer)


def test_hockey_stick_legend_names_the_textbook_queue_in_plain_words(fifo_sweep):
    """The formula's name stays, with plain words before it."""
    labels = _legend(plotting.plot_hockey_stick(fifo_sweep, ax=_new_ax()))
    assert "Textbook queue (M/G/1, Pollaczek–Khinchine)" in labels


@pytest.mark.parametrize("steady", [False, True])
@pytest.mark.parametrize("figsize", [(8, 4.5), (7.5, 4.0)])
def test_hockey_stick_curve_labels_clear_the_legend_points_and_each_other(figsize, steady):
    """The ×-labels stay inside the axes, off the legend, each other and the error bars,
    with the 80% label left of the 90% one (the lab's default and steady-state views)."""
    warm = {"warmup_weeks": 20} if steady else {}
    for policy in ("accept_all", "accept_all_fifo"):
        sweep = sweep_load(Scenario(policy=policy, **warm), LOADS, replications=30, rng=1)
        fig, ax = plt.subplots(figsize=figsize, dpi=90)
        plotting.plot_hockey_stick(sweep, ax=ax)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        frame = ax.get_window_extent(renderer)
        legend = ax.get_legend().get_window_extent(renderer)
        labels = [t for t in ax.texts if t.get_gid() == "ex-multiple"]
        assert [t.get_text()[:3] for t in labels] == ["80%", "90%"]
        boxes = [t.get_window_extent(renderer) for t in labels]
        for box in boxes:
            assert not box.overlaps(legend), (policy, steady)
            assert frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1
            assert frame.y0 - 1 <= box.y0 and box.y1 <= frame.y1 + 1
            for x0, y0, x1, y1 in plotting._error_boxes(ax, plotting._sweep_columns(sweep)):
                # a marker's or an error bar's core (its drawn width, not the margin)
                core = (x0 + 4, y0 + 4, x1 - 4, y1 - 4)
                assert not box.overlaps(type(box).from_extents(*core)), (policy, steady)
        assert not boxes[0].overlaps(boxes[1])
        assert boxes[0].x0 + boxes[0].x1 <= boxes[1].x0 + boxes[1].x1  # 80% left of 90%
        plt.close(fig)


def test_default_lab_hockey_labels_clear_the_legend():
    """The lab's default figure (juggling at 80%, 7.5 × 4 in at 90 dpi): no label on the
    legend or on another label, the "You" label included, at 80%, 90% and 95% load."""
    from expectlib.widgets.overcommit import OvercommitLab

    lab = OvercommitLab(autosave=False, prefetch=False)
    sweep = lab.sweep
    fig, ax = plt.subplots(figsize=(7.5, 4.0), dpi=90)
    fig.subplots_adjust(left=0.09, right=0.98, bottom=0.14, top=0.91)
    plotting.plot_hockey_stick(sweep, ax=ax)
    for load in (0.8, 0.9, 0.95):
        marks = plotting.mark_load(ax, sweep, load)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        legend = ax.get_legend().get_window_extent(renderer).padded(2)
        boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_bbox_patch()]
        assert len(boxes) == 3
        for i, box in enumerate(boxes):
            assert not box.overlaps(legend), load
            assert not any(box.overlaps(other) for other in boxes[i + 1 :]), load
        for artist in marks:
            artist.remove()


def test_hockey_stick_refusing_over_capacity_is_bounded_not_unstable():
    """Honest quoting (the client walks away at 4 weeks) over 100% load refuses work and
    keeps a bounded lead time: hollow squares, not the "Unstable" crosses."""
    sweep = sweep_load(
        Scenario(policy="honest_quote", client_max_lead_weeks=4),
        [0.5, 0.8, 1.1, 1.2],
        replications=20,
        rng=1,
    )
    assert sweep["unstable"].tolist() == [False, False, True, True]  # the simulator's flag
    ax = plotting.plot_hockey_stick(sweep, ax=_new_ax())
    labels = _legend(ax)
    assert not any(t.startswith("Unstable") for t in labels), labels
    assert any("bounded by refusing work" in t for t in labels), labels
    assert not {line.get_marker() for line in ax.lines} & {"X", "^"}
    # without a client limit nothing is refused: over capacity stays unstable
    sweep = sweep_load(Scenario(policy="honest_quote"), [0.5, 1.2], replications=10, rng=1)
    ax = plotting.plot_hockey_stick(sweep, ax=_new_ax())
    assert {line.get_marker() for line in ax.lines} & {"X", "^"}
    assert not any("refusing" in t for t in _legend(ax))


def _share_axes_checks(ax):
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    texts = [t for t in ax.texts if t.get_visible() and t.get_text()]
    for t in texts:
        box = _extent(t, renderer)
        assert frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1, t.get_text()
        assert frame.y0 - 1 <= box.y0 and box.y1 <= frame.y1 + 1, t.get_text()
    return renderer, frame, texts


@pytest.mark.parametrize("figsize", [(8, 4.5), (7.5, 4.0)])
def test_on_time_axis_stops_near_100_and_labels_stay_inside(table, figsize):
    """No empty stretch past 100%: the axis stops at ≤ 110%, every label inside it."""
    _fig, ax = plt.subplots(figsize=figsize, dpi=90)
    plotting.plot_on_time_by_policy(table, ax=ax, highlight="honest_quote")
    assert ax.get_xlim()[1] <= 1.1
    _share_axes_checks(ax)


def test_on_time_refusing_over_capacity_says_so():
    """Over 100% load a refusing policy is "over capacity", not "unstable"."""
    base = Scenario(client_max_lead_weeks=4, arrivals_per_week=2.4)
    names = ("accept_all_fifo", "honest_quote")
    t = compare({p: base.replace(policy=p) for p in names}, replications=10, rng=1)
    ax = plotting.plot_on_time_by_policy(t, ax=_new_ax())
    texts = _texts(ax)
    assert "unstable" in texts[0] and "over capacity" in texts[1], texts


@pytest.mark.parametrize("figsize", [(8, 4.5), (7.5, 4.0)])
def test_frontier_share_axis_target_label_and_legend_clear_of_labels(figsize):
    """The y axis stops at ≤ 110%; the 85% line is named as a target; the refusal,
    "You" and target labels stay inside the axes and off each other and the legend."""
    base = Scenario(client_max_lead_weeks=4)
    outs = {p: simulate(base.replace(policy=p), replications=40, rng=3) for p in POLICIES}
    _fig, ax = plt.subplots(figsize=figsize, dpi=90)
    plotting.plot_promise_frontier(outs, ax=ax, highlight="accept_all_fifo")
    assert ax.get_ylim()[1] <= 1.1
    renderer, frame, texts = _share_axes_checks(ax)
    assert "Target: 80% kept" in [t.get_text() for t in texts]
    legend = ax.get_legend().get_window_extent(renderer)
    assert frame.y0 - 1 <= legend.y0 and legend.y1 <= frame.y1 + 1
    boxes = [_extent(t, renderer) for t in texts]
    for i, box in enumerate(boxes):
        assert not box.overlaps(legend), texts[i].get_text()
        assert not any(box.overlaps(b) for b in boxes[i + 1 :]), texts[i].get_text()


def test_lateness_curve_labels_stay_inside_the_axes(outcomes):
    """The "x% later than N wk" labels end inside the right edge (not clipped)."""
    _fig, ax = plt.subplots(figsize=(8, 4.5), dpi=90)
    plotting.plot_lateness(outcomes, ax=ax)
    _, _, texts = _share_axes_checks(ax)
    assert any("later than" in t.get_text() for t in texts)
