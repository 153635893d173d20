"""The overcommitment lab, driven from Python: no kernel, no browser.

Each test builds the lab (autosave into ``tmp_path``, few replications so it is quick),
sets controls the way a learner would, and reads back the metrics, the figures'
Outputs, the inline messages and the autosave.
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import importlib
import json
import time

import ipywidgets as widgets
import numpy as np
import pytest
from _widgets import html_values

from expectlib.errors import InputError
from expectlib.simulate import POLICIES, Scenario, simulate
from expectlib.widgets import OvercommitLab, overcommit_lab

lab_mod = importlib.import_module("expectlib.widgets.overcommit")
REPS = 12


def make(tmp_path, **kwargs) -> OvercommitLab:
    kwargs.setdefault("autosave_path", tmp_path / "autosave")
    kwargs.setdefault("replications", REPS)
    return overcommit_lab(**kwargs)


def png(lab: OvercommitLab, key: str) -> bytes:
    """The PNG bytes shown in one figure's Output."""
    outputs = lab.outputs[key].outputs
    assert len(outputs) == 1, key
    return base64.b64decode(outputs[0]["data"]["image/png"])


def show(lab: OvercommitLab, key: str) -> None:
    lab.tabs.selected_index = [k for k, _ in lab_mod.TABS].index(key)


@pytest.fixture
def lab(tmp_path):
    """The default lab: juggling at 80% load, autosave in tmp_path."""
    return make(tmp_path)


# ---------------------------------------------------------------------- building


def test_default_lab_shows_summary_and_the_hockey_stick(lab):
    """Built and returned (not displayed): a summary, requests/week and the first figure."""
    assert isinstance(lab, widgets.VBox)
    assert lab.error_label.message == ""
    assert "of promises kept" in lab.summary_html.value
    assert f"{REPS} simulated years" in lab.summary_html.value
    assert "1.60 requests a week" in lab.load_info.value
    assert png(lab, "hockey").startswith(b"\x89PNG")
    assert lab.outputs["hockey"].layout.height == lab_mod.PLOT_HEIGHT
    o = lab.outcome
    assert o.scenario.policy == "accept_all" and o.scenario.load == pytest.approx(0.8)
    assert o.replications == REPS


def test_controls_have_stable_css_hooks(lab):
    """The browser test finds the load slider and the on-time figure by CSS class."""
    assert "ex-load" in lab.load._dom_classes
    assert "ex-ontime" in lab.outputs["ontime"]._dom_classes
    assert "ex-overcommit" in lab._dom_classes
    n = len(lab_mod.TABS)
    assert [lab.tabs.get_title(i) for i in range(n)] == [t for _, t in lab_mod.TABS]


def test_sliders_update_on_release_only(lab):
    """Every slider waits for release (continuous_update=False): one run per move."""
    for w in lab.controls.values():
        if isinstance(w, widgets.FloatSlider | widgets.IntSlider):
            assert w.continuous_update is False, w.description


def test_metrics_are_the_library_numbers(lab):
    """lab.outcome and lab.table equal simulate() at the lab's seed: no separate maths."""
    sc = lab.scenario
    direct = simulate(sc, replications=REPS, rng=lab.seed)
    assert lab.outcome.on_time_rate == pytest.approx(direct.on_time_rate, rel=1e-12)
    table = lab.table
    assert list(table.index) == list(POLICIES)
    for p in POLICIES:
        o = simulate(sc.replace(policy=p), replications=REPS, rng=lab.seed)
        assert table.loc[p, "on_time_rate"] == pytest.approx(o.on_time_rate, rel=1e-12)
    sweep = lab.sweep
    assert sweep["load"].tolist() == list(lab_mod.SWEEP_LOADS)
    row = sweep.set_index("load").loc[0.8]
    assert row["lead_time_mean"] == pytest.approx(lab.outcome.lead_time_mean, rel=1e-12)


def test_same_settings_same_figures(tmp_path):
    """Two labs with the same settings draw identical figures (no jitter between runs)."""
    a = make(tmp_path / "a")
    b = make(tmp_path / "b")
    assert png(a, "hockey") == png(b, "hockey")
    assert a.summary_html.value == b.summary_html.value


# ---------------------------------------------------------------------- controls


def test_moving_load_changes_metrics_and_the_on_time_figure(lab):
    """With the on-time tab showing, a new load redraws it with new rates."""
    show(lab, "ontime")
    before_png, before = png(lab, "ontime"), lab.table["on_time_rate"].copy()
    lab.load.value = 0.5
    assert lab.outcome.scenario.load == pytest.approx(0.5)
    assert "1.00 requests a week" in lab.load_info.value
    after = lab.table["on_time_rate"]
    for policy in ("accept_all", "accept_all_fifo", "wip_cap_queue"):
        assert after[policy] > before[policy], policy
    assert png(lab, "ontime") != before_png
    assert "<b>50%</b> load" in lab.summary_html.value


def test_moving_load_redraws_the_hockey_marker_only(lab):
    """On the hockey tab a new load gives a new image but reuses the cached frame."""
    before = png(lab, "hockey")
    frames = len(lab._hockey._frames)
    lab.load.value = 0.9
    assert png(lab, "hockey") != before
    assert len(lab._hockey._frames) == frames


def test_policy_change(lab):
    """A new policy: new outcome, new hockey stick, relevant controls enabled."""
    before = png(lab, "hockey")
    assert lab.quote_safety.disabled and not lab.switch_scale.disabled
    lab.policy.value = "honest_quote"
    assert lab.outcome.scenario.policy == "honest_quote"
    assert png(lab, "hockey") != before
    assert not lab.quote_safety.disabled and lab.quoted_lead_weeks.disabled
    assert "Honest quote" in lab.summary_html.value


def test_switch_scale_reruns_only_the_policies_it_affects(lab):
    """A lower switching tax helps juggling; honest quoting's row is the same run."""
    t0 = lab.table
    lab.switch_scale.value = 0.0
    t1 = lab.table
    assert t1.loc["accept_all", "on_time_rate"] > t0.loc["accept_all", "on_time_rate"]
    assert t1.loc["honest_quote", "on_time_rate"] == t0.loc["honest_quote", "on_time_rate"]
    assert t1.loc["accept_all", "switching_loss_share"] == 0


def test_overtime_toggle(lab):
    """Overtime on: the scenario works the overtime week while overdue, and reports the hours."""
    assert lab.overtime_hours.disabled
    lab.load.value = 0.95
    lab.policy.value = "accept_all_fifo"
    lab.overtime_hours.value = 55
    lab.overtime.value = True
    assert not lab.overtime_hours.disabled
    assert lab.scenario.overtime_hours == 55
    assert lab.outcome.overtime_hours_per_week > 0
    assert "Overtime:" in lab.summary_html.value
    lab.overtime.value = False
    assert lab.scenario.overtime_hours is None


def test_steady_state_toggle(lab):
    """Steady state adds the warm-up and says so; one year from empty says "not steady state"."""
    assert "not steady state" in lab.summary_html.value
    lab.steady_state.value = True
    assert lab.scenario.warmup_weeks == lab_mod.WARMUP_WEEKS
    assert lab.sweep.attrs["scenario"].warmup_weeks == lab_mod.WARMUP_WEEKS
    assert "warm-up (steady state)" in lab.summary_html.value


def test_horizon_people_hours_and_size(lab):
    """Capacity controls keep the load and change the requests per week."""
    lab.people.value = 2
    lab.hours_per_week.value = 30
    lab.mean_size_hours.value = 10
    lab.horizon_weeks.value = 26
    sc = lab.scenario
    assert (sc.people, sc.hours_per_week, sc.mean_size_hours) == (2, 30, 10)
    assert sc.horizon_weeks == 26 and sc.load == pytest.approx(0.8)
    assert sc.arrivals_per_week == pytest.approx(0.8 * 60 / 10)
    assert "4.80 requests a week" in lab.load_info.value


def test_unstable_warning_at_high_load(lab):
    """At 120% load the lab says it is unstable; at a calm 50% one at a time it does not."""
    lab.load.value = 1.2
    assert lab.outcome.unstable
    assert "Unstable" in lab.warning_html.value
    lab.policy.value = "accept_all_fifo"
    lab.load.value = 0.5
    assert lab.warning_html.value == ""


def test_every_tab_draws_even_when_unstable(lab):
    """Each tab draws a PNG when selected, at an unstable load, for a refusing policy too."""
    lab.load.value = 1.3
    lab.policy.value = "wip_cap_reject"
    for key, _ in lab_mod.TABS:
        show(lab, key)
        assert png(lab, key).startswith(b"\x89PNG"), key
    assert lab.error_label.message == ""


def test_hidden_tabs_are_drawn_when_shown(lab):
    """Only the visible figure is drawn; a hidden one is drawn when its tab is selected."""
    assert lab.outputs["lateness"].outputs == ()
    lab.load.value = 0.6
    assert lab.outputs["lateness"].outputs == ()
    show(lab, "lateness")
    assert png(lab, "lateness").startswith(b"\x89PNG")


def test_unchanged_figure_is_not_redrawn(lab):
    """A change that does not touch the visible figure leaves its Output alone."""
    show(lab, "wip")
    before = lab.outputs["wip"].outputs
    lab.quote_safety.value = 1.5  # honest quoting only; the lab shows juggling
    assert lab.outputs["wip"].outputs is before


# ---------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("control", "value", "field"),
    [
        ("mean_size_hours", -3.0, "Mean request size (h): got -3; use a number greater than"),
        ("hours_per_week", 200.0, "Hours a week each: got 200; a week has 168 hours (24 × 7)"),
        ("overtime_hours", 30.0, "Overtime week (h): got 30; type the hours of a week with"),
        ("overtime_hours", float("nan"), "Overtime week (h): the box is empty or not a number"),
    ],
)
def test_bad_values_show_inline_and_keep_the_last_figures(lab, control, value, field):
    """A bad value: message inline, the control outlined, figures and summary unchanged."""
    lab.overtime.value = control == "overtime_hours"
    summary, image = lab.summary_html.value, lab.outputs["hockey"].outputs
    getattr(lab, control).value = value
    assert field in lab.error_label.message
    assert "last good settings" in lab.error_label.message
    assert getattr(lab, control).layout.border == "2px solid #b00020"
    assert lab.summary_html.value == summary
    assert lab.outputs["hockey"].outputs is image


def test_messages_name_the_control_as_labelled_never_code(lab):
    """Inline messages use the visible label and plain words; 168 h is explained.

    Regression: "overtime_hours: got nan; use None or hours between hours_per_week (40)
    and 168", and 168-hour weeks shown as "1 × 56 h" with no word on why.
    """
    lab.overtime.value = True
    for value in (float("nan"), 30.0, 200.0):
        lab.overtime_hours.value = value
        message = lab.error_label.message
        assert message.startswith("Overtime week (h):")
        assert "from your normal 40 h up to 168 h (every hour of the week" in message
        for code in ("overtime_hours", "hours_per_week", "None", "nan"):
            assert code not in message
    lab.overtime_hours.value = 50.0
    assert lab.error_label.message == ""
    lab.overtime.value = False
    lab.hours_per_week.value = 168.0
    info = lab.load_info.value
    assert "1 × 56 h of output (168 h worked = every hour of the week" in info
    assert "past 64 h none" in info and "Pencavel 2015" in info
    lab.hours_per_week.value = 40.0
    assert "of output" not in lab.load_info.value


def test_recovers_after_a_bad_value(lab):
    """Fixing the value clears the message and the outline, and the lab carries on."""
    lab.mean_size_hours.value = 0.0
    assert lab.error_label.message
    lab.mean_size_hours.value = 25.0
    assert lab.error_label.message == ""
    assert lab.mean_size_hours.layout.border is None
    assert lab.outcome.scenario.mean_size_hours == 25


def test_too_big_for_a_live_lab_marks_the_request_size(lab):
    """Thousands of requests per run: the size control is outlined, with the size that fits."""
    lab.people.value = 5
    lab.mean_size_hours.value = 2.0
    message = lab.error_label.message
    assert "Mean request size (h): got 2;" in message and "too many for a live lab" in message
    assert lab.mean_size_hours.layout.border == "2px solid #b00020"
    assert lab.people.layout.border is None
    fits = float(message.split("at least ")[1].split(" h")[0])
    lab.mean_size_hours.value = fits
    assert lab.error_label.message == ""
    assert lab.scenario.mean_size_hours == fits and lab.scenario.people == 5


def test_a_big_team_runs_with_fewer_simulated_years_and_says_so(tmp_path):
    """Every reachable team, horizon and warm-up works; big runs use fewer replications.

    Regression: people = 5 at 52 weeks failed with "settings: got '676 requests…'", no
    control marked, and every later change failed too.
    """
    lab = make(tmp_path, replications=100)
    lab.people.value = 5
    assert lab.error_label.message == ""
    assert lab.scenario.people == 5
    assert lab.outcome.replications < 100
    assert f"{lab.outcome.replications} simulated years" in lab.summary_html.value
    assert "fewer for a team this size" in lab.summary_html.value
    lab.horizon_weeks.value = 104
    lab.steady_state.value = True
    lab.hours_per_week.value = 168.0  # the most a week can hold
    assert lab.error_label.message == ""
    assert lab.outcome.replications >= lab_mod.MIN_REPLICATIONS
    lab.people.value = 1
    lab.horizon_weeks.value = 52
    lab.steady_state.value = False
    lab.hours_per_week.value = 40.0
    assert lab.outcome.replications == 100
    assert "fewer for a team" not in lab.summary_html.value


def test_client_wait_limit_makes_honest_quoting_refuse(lab):
    """Honest quoting uses "client waits at most" (default 4 weeks, as lesson 03): it refuses.

    Regression: with no limit honest quoting never refused, so it looked free.
    """
    assert lab.client_max_lead_weeks.value == 4
    assert lab.client_max_lead_weeks.disabled  # juggling ignores it
    lab.policy.value = "honest_quote"
    assert not lab.client_max_lead_weeks.disabled
    assert lab.scenario.client_max_lead_weeks == 4
    o = lab.outcome
    assert o.refused_share > 0
    assert f"Refused {100 * o.refused_share:.0f}% of requests" in lab.summary_html.value
    direct = simulate(lab.scenario, replications=REPS, rng=lab.seed)
    assert o.refused_share == pytest.approx(direct.refused_share, rel=1e-12)
    lab.client_max_lead_weeks.value = 12
    assert lab.outcome.refused_share < o.refused_share
    assert "refused" in lab.table.columns[lab.table.columns.str.startswith("refused")][0]


def test_client_wait_limit_reruns_only_honest_quoting(lab):
    """Changing the client's patience re-simulates honest quoting only."""
    t0 = lab.table
    lab.client_max_lead_weeks.value = 2
    t1 = lab.table
    assert t1.loc["accept_all", "on_time_rate"] == t0.loc["accept_all", "on_time_rate"]
    assert t1.loc["honest_quote", "refused_share"] > t0.loc["honest_quote", "refused_share"]


def test_steady_state_shows_collapse(tmp_path):
    """Juggling at 80% after the warm-up: flagged unstable, crosses on the curve, a label.

    Regression: 1% kept and 77 open requests still rising, yet no warning.
    """
    lab = make(tmp_path, replications=100)
    lab.steady_state.value = True
    o = lab.outcome
    assert o.on_time_rate < 0.05 and o.unstable
    assert "Unstable in practice" in lab.warning_html.value
    assert "Juggling eats the slack" in lab.warning_html.value
    assert lab.sweep.set_index("load").loc[0.8, "unstable"]
    lab.policy.value = "accept_all_fifo"
    assert lab.warning_html.value == ""


def test_a_wip_cap_below_the_team_says_people_sit_idle(lab):
    """Cap 1 with 3 people: the backlog grows because two people have nothing started.

    Regression: the warning blamed juggling although the switching loss is 0.
    """
    lab.policy.value = "wip_cap_queue"
    lab.wip_cap.value = 1
    lab.people.value = 3
    assert lab.outcome.switching_loss_share == 0 and lab.outcome.unstable
    warning = lab.warning_html.value
    assert "a WIP cap below the team size leaves people idle" in warning
    assert "Juggling" not in warning


def test_frontier_tab(lab):
    """The promise-vs-delivery tab draws every policy's frontier at this load."""
    show(lab, "frontier")
    first = png(lab, "frontier")
    assert first.startswith(b"\x89PNG")
    lab.load.value = 0.6
    assert png(lab, "frontier") != first


def test_bad_arguments_raise(tmp_path):
    """Building with impossible values raises InputError naming the argument."""
    with pytest.raises(InputError, match="load: got 2.0"):
        make(tmp_path, load=2.0)
    with pytest.raises(InputError, match="policy: got 'juggle'"):
        make(tmp_path, policy="juggle")
    with pytest.raises(InputError, match="people: got 0"):
        make(tmp_path, people=0)
    with pytest.raises(InputError, match="quoted_lead_weeks: got 12.0; use a value from 0.5 to 8"):
        make(tmp_path, quoted_lead_weeks=12)


def test_unexpected_errors_become_one_sentence(lab, monkeypatch):
    """A bug inside the lab shows one sentence, no traceback, and the inputs are kept."""

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(lab_mod, "simulate", broken)
    lab.load.value = 0.35  # a load not cached yet
    assert lab.error_label.message.startswith("Something went wrong: RuntimeError: boom")
    assert lab.load.value == 0.35


# ---------------------------------------------------------------------- autosave


def test_autosave_round_trip(tmp_path, monkeypatch):
    """Inputs land in $EXPECTLIB_AUTOSAVE_DIR/overcommit.json and come back in a new lab."""
    monkeypatch.setenv("EXPECTLIB_AUTOSAVE_DIR", str(tmp_path))
    first = overcommit_lab(replications=REPS)
    first.policy.value = "wip_cap_queue"
    first.wip_cap.value = 2
    first.load.value = 0.9
    first.steady_state.value = True
    saved = json.loads((tmp_path / "overcommit.json").read_text())
    assert "wip_cap_queue" in json.dumps(saved)
    second = overcommit_lab(replications=REPS)
    assert second.policy.value == "wip_cap_queue"
    assert (second.wip_cap.value, second.load.value) == (2, 0.9)
    assert second.steady_state.value is True
    assert "Restored your last inputs" in second.autosave_note.message
    assert second.scenario.warmup_weeks == lab_mod.WARMUP_WEEKS


def test_broken_autosave_falls_back_to_defaults(tmp_path, monkeypatch):
    """A damaged autosave file is reported and the lab starts from its defaults."""
    monkeypatch.setenv("EXPECTLIB_AUTOSAVE_DIR", str(tmp_path))
    (tmp_path / "overcommit.json").write_text("{not json")
    lab = overcommit_lab(replications=REPS)
    assert lab.policy.value == "accept_all"
    assert "Could not restore" in lab.autosave_note.message


def test_reset_restores_the_arguments(tmp_path):
    """Reset goes back to the values the lab was built with."""
    lab = make(tmp_path, load=0.6, policy="honest_quote")
    lab.load.value = 1.1
    lab.policy.value = "accept_all"
    lab.reset_button.click()
    assert (lab.load.value, lab.policy.value) == (0.6, "honest_quote")
    assert lab.outcome.scenario.policy == "honest_quote"


# ---------------------------------------------------------------------- speed


def test_prefetch_all_makes_load_and_policy_moves_free(lab):
    """After prefetch_all every slider load and policy is cached: moves run no simulation."""
    added = lab.prefetch_all()
    assert added > 0
    assert lab._next_missing() is None
    n = len(lab._cells)
    for load in (0.35, 1.25):
        lab.load.value = load
    for policy in POLICIES:
        lab.policy.value = policy
    assert len(lab._cells) == n


def test_a_small_cache_never_loses_cells_it_is_using(tmp_path, monkeypatch):
    """Cells evicted while a sweep is being filled are still used (regression)."""
    monkeypatch.setattr(lab_mod, "CACHE_CELLS", 15)
    lab = make(tmp_path)
    for value in (0.3, 0.5, 0.3):
        lab.switch_scale.value = value
        assert lab.error_label.message == ""
        assert len(lab.sweep) == len(lab_mod.SWEEP_LOADS)
    assert len(lab._cells) <= 15


def test_idle_prefetch_fills_the_cache_in_an_event_loop(tmp_path):
    """Inside a running event loop (a kernel) the lab fills its cache between messages."""

    async def run() -> OvercommitLab:
        lab = make(tmp_path)
        assert lab._prefetch_handle is not None
        deadline = time.monotonic() + 120  # generous: a loaded CI machine is slow, not wrong
        while time.monotonic() < deadline:
            await asyncio.sleep(0.01)
            if lab._next_missing() is None and lab._next_frame() is None:
                break
        return lab

    # a thread of its own: the test must not depend on whether this thread has a loop running
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        lab = pool.submit(asyncio.run, run()).result()
    assert lab._next_missing() is None
    assert all(
        lab._hockey.has(lab._hockey_key(lab._params, p)) for p in POLICIES[: lab._hockey.size]
    )


def test_no_user_text_is_unescaped(lab):
    """Every HTML the lab shows is built from escaped text (no raw '<script')."""
    for value in html_values(lab):
        assert "<script" not in value.lower()
    assert np.isfinite(lab.timings["figure"])


def test_overcommit_lab_returns_the_app(tmp_path):
    """The factory returns an OvercommitLab and the package exports both names."""
    import expectlib as ex

    assert isinstance(make(tmp_path), OvercommitLab)
    assert ex.widgets.overcommit_lab is overcommit_lab
    assert {"overcommit_lab", "OvercommitLab"} <= set(ex.widgets.__all__)
    assert isinstance(Scenario(), Scenario)
