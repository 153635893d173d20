"""The overcommitment lab: a year of saying yes, under the habits you choose.

One call in a notebook::

    import expectlib as ex
    ex.widgets.overcommit_lab()

builds an :class:`OvercommitLab`. The learner sets how loaded the team is (a target
load, shown as requests per week, never a raw arrival rate), the way of working (five
policies), the switching tax, the promise (quoted weeks, or an honest quote with a
safety factor to a client who waits at most so many weeks), a WIP cap, overtime, the
horizon and whether to look at one year from empty or at the steady state. Six
figures answer, one per tab: the hockey stick of lead time against load, promises
kept by policy, how late the promises were, open requests over the year, where the
hours went, and promise vs delivery (the share kept for every promise you could
make). A big team (many requests per simulated year) runs fewer simulated years per
point, and the summary says so.

The lab holds no simulation logic: it calls :func:`expectlib.simulate.simulate` and
draws with :mod:`expectlib.plotting`. Speed comes from three habits:

* **One cell per (policy, load).** Every result is a :class:`~expectlib.simulate.Outcome`
  for one policy at one load, computed with one fixed seed (common random numbers:
  identical settings give identical figures, and the on-time bar of a policy is the
  very run behind its hockey-stick point). Cells are cached on the fields that
  matter to that policy, so moving the WIP cap never re-runs honest quoting.
* **Only the visible tab is drawn**, and only when what it shows has changed; the
  hockey stick keeps its curve as pixels and redraws just the "You" marker when the
  load moves (matplotlib blitting).
* **Idle time fills the cache.** In a running kernel, after each change the lab
  computes, a cell at a time between messages, the other policies at this load and
  every load on the slider, so the next load or policy change finds its cells ready.
  Without an event loop (tests, scripts) cells are computed when needed;
  :meth:`OvercommitLab.prefetch_all` fills them at once.

Bad values show an inline message beside the controls; the last good figures stay.
Inputs are autosaved (see :class:`~expectlib.widgets._common.Autosave`).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import io
import math
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as widgets
import numpy as np
import pandas as pd

from .. import _validate as v
from ..errors import InputError
from ..simulate import (
    POLICIES,
    Outcome,
    Scenario,
    _at_load,
    _simulate_many,
    _sweep_table,
    effective_hours,
    simulate,
)
from ._common import FIGURE_DPI, Autosave, AutosavedApp, ErrorLabel, guard, show_png

__all__ = ["OvercommitLab", "overcommit_lab"]

#: The loads the slider offers (30% to 130% in 5% steps).
LOAD_MIN, LOAD_MAX, LOAD_STEP = 0.3, 1.3, 0.05
SLIDER_LOADS = tuple(round(LOAD_MIN + LOAD_STEP * i, 2) for i in range(21))
#: The hockey stick's simulated points (a subset of the slider's loads).
SWEEP_LOADS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.2, 1.3)
REPLICATIONS = 100
DEFAULT_SEED = 2024
#: Warm-up before the measured window in the steady-state view.
WARMUP_WEEKS = 52
#: Up to this many requests per simulated run (at 130% load) every point gets the full
#: replications; above it they shrink in proportion (a run's cost grows with its
#: requests), down to MIN_REPLICATIONS, so a big team stays live.
LIVE_REQUESTS_PER_RUN = 600
MIN_REPLICATIONS = 20
#: Beyond this many requests per run (tiny requests for a big team) the lab refuses and
#: outlines the request size. Every team, horizon and warm-up the sliders reach stays
#: below it at a mean size of 20 h, even with 168-hour weeks.
MAX_REQUESTS_PER_RUN = 3000
FIGSIZE = (7.5, 4.0)  # inches; at 90 dpi: 675 x 360 px
PLOT_HEIGHT = "370px"
#: The promises the frontier tab tries (weeks).
FRONTIER_QUOTES = tuple(np.round(np.arange(0.25, 8.001, 0.25), 2))
CACHE_CELLS = 128  # one full setting (5 policies x 21 loads) and change: ~50 MB at most

POLICY_NAMES = {
    "accept_all": "Start everything at once (juggle)",
    "accept_all_fifo": "One at a time, in order",
    "wip_cap_queue": "WIP cap: juggle a few, queue the rest",
    "wip_cap_reject": "WIP cap: refuse new work while full",
    "honest_quote": "Honest quote: one at a time, promise from the queue",
}
TABS = (
    ("hockey", "Lead time vs load"),
    ("ontime", "Promises kept"),
    ("lateness", "How late"),
    ("wip", "Open requests"),
    ("hours", "Where the hours went"),
    ("frontier", "Promise vs delivery"),
)
#: Which fields change each policy's results (besides capacity, sizes and the window).
_RELEVANT = {
    "accept_all": ("switch_scale", "quoted_lead_weeks"),
    "accept_all_fifo": ("quoted_lead_weeks",),
    "wip_cap_queue": ("switch_scale", "quoted_lead_weeks", "wip_cap"),
    "wip_cap_reject": ("switch_scale", "quoted_lead_weeks", "wip_cap"),
    "honest_quote": ("quote_safety", "client_max_lead_weeks"),
}
_COMMON = ("hours_per_week", "people", "mean_size_hours", "horizon_weeks", "warmup_weeks")

_TAB_CSS = (
    "<style>.jupyter-widgets.widget-tab.ex-tabs > .lm-TabBar .lm-TabBar-tab"
    "{flex:0 0 auto !important;max-width:none !important}</style>"
)
_NOTE = "color:#555;line-height:1.4"
_WARN = "color:#b00020;font-weight:600"
_SWITCH_MARKS = (
    f"<div class='ex-switch-marks' style='{_NOTE};font-size:0.9em;margin-left:203px'>"
    "0 = no tax · <b>0.5 = default</b> (an assumption) · 1 = Weinberg (1992): juggling 2 "
    "loses 20%, 3 → 40%, 5 → 75%. Measured: people on two or more projects lost ~17% "
    "(Tregubov et al. 2017), without Weinberg's climb.</div>"
)


#: The lab's controls by their visible labels, the one place they are written: the
#: controls take their descriptions from here, and inline messages name these, not the
#: Scenario field (the InputError keeps its field name; the lab translates it when shown).
_LABELS = {
    "load": "Load (work ÷ capacity)",
    "policy": "Way of working",
    "switch_scale": "Switching tax (× Weinberg)",
    "quoted_lead_weeks": "Quoted lead time (weeks)",
    "quote_safety": "Honest quote safety ×",
    "client_max_lead_weeks": "Client waits at most (weeks)",
    "wip_cap": "WIP cap (requests)",
    "overtime_hours": "Overtime week (h)",
    "horizon_weeks": "Horizon (weeks)",
    "warmup_weeks": "Steady state warm-up (weeks)",
    "people": "People",
    "hours_per_week": "Hours a week each",
    "mean_size_hours": "Mean request size (h)",
    "arrivals_per_week": "requests a week",
}


def _plain_error(exc: InputError, values: dict[str, Any]) -> str:
    """``exc`` in the lab's words: the control's label, what was typed, a fix without code.

    >>> _plain_error(InputError("overtime_hours", float("nan"), "use None or …"),
    ...              {"hours_per_week": 40})
    'Overtime week (h): the box is empty or not a number; type the hours of a week with \
overtime, from your normal 40 h up to 168 h (every hour of the week, day and night)'
    """
    field = str(exc.field)
    label = _LABELS.get(field, field.replace("_", " "))
    value = exc.value
    if isinstance(value, float) and not math.isfinite(value):
        got = "the box is empty or not a number" if math.isnan(value) else "got infinity"
    elif isinstance(value, float) and value.is_integer():
        got = f"got {value:g}"
    else:
        got = f"got {value}"
    fix = exc.fix
    if field == "overtime_hours":
        fix = (
            "type the hours of a week with overtime, from your normal "
            f"{_normal_week(values.get('hours_per_week'))} up to 168 h (every hour of the "
            "week, day and night)"
        )
    elif fix.startswith("use a finite number"):
        fix = "type a number"
    elif field == "hours_per_week" and "168" in fix:
        fix = "a week has 168 hours (24 × 7), so use at most 168; 40 is a usual week"
    for name, text in _LABELS.items():  # any other code name left in the fix
        if "_" in name:  # plain words such as "load" or "people" stay as they are
            fix = fix.replace(name, f"'{text}'" if name != "arrivals_per_week" else text)
    return f"{label}: {got}; {fix}"


def _normal_week(hours: Any) -> str:
    """The normal week for a message: "40 h", or words when the box holds no number."""
    ok = isinstance(hours, int | float) and math.isfinite(hours) and 0 < hours <= 168
    return f"{hours:g} h" if ok else "week (the hours a week box)"


def _pct(x: float) -> str:
    return "–" if not math.isfinite(x) else f"{100 * x:.0f}%"


def _wk(x: float) -> str:
    if not math.isfinite(x):
        return "–"
    return f"{x:.0f}" if abs(x) >= 10 else f"{x:.1f}"


# ---------------------------------------------------------------------- rendering


def _png(canvas: Any) -> bytes:
    """PNG bytes of what ``canvas`` holds now (fast: PIL, moderate compression)."""
    from PIL import Image as PILImage

    width, height = canvas.get_width_height()
    image = PILImage.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buf = io.BytesIO()
    image.convert("RGB").save(buf, format="png", compress_level=3)
    return buf.getvalue()


def _figure(figsize: tuple[float, float] = FIGSIZE, dpi: int = FIGURE_DPI):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, dpi=dpi)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    return fig, canvas, ax


def _text_style():
    """Glyphs drawn without FreeType's auto-hinter: a quarter less drawing time, same text.

    At 90 dpi the hinter's snapping is invisible, yet it is most of the cost of a
    figure (text outweighs every line and marker here). A context, not a global
    setting: the learner's own figures keep matplotlib's defaults.
    """
    import matplotlib

    return matplotlib.rc_context({"text.hinting": "no_hinting"})


def render_png(draw: Callable[[Any], Any], *, margins: dict[str, float] | None = None) -> bytes:
    """Draw one figure with ``draw(ax)`` and return it as PNG bytes."""
    fig, canvas, ax = _figure()
    # margins first: labels placed to keep clear of each other see the final geometry
    fig.subplots_adjust(**(margins or {"left": 0.1, "right": 0.98, "bottom": 0.14, "top": 0.9}))
    with _text_style():
        draw(ax)
        canvas.draw()
    return _png(canvas)


class BlitRenderer:
    """PNG figures whose frame (axes, ticks, labels, static data) is kept as pixels.

    ``png(key, frame, marks)`` draws ``frame(ax)`` once per ``key`` (the last
    ``size`` frames are kept), then restores those pixels and draws only the
    artists ``marks(ax)`` returns on top (matplotlib's blitting): several times
    cheaper than a full redraw, so a slider feels immediate.
    """

    def __init__(self, margins: dict[str, float], size: int = 6) -> None:
        self.margins = margins
        self.size = size
        self._frames: OrderedDict[Any, tuple[Any, Any, Any]] = OrderedDict()

    def has(self, key: Any) -> bool:
        """True when the frame for ``key`` is ready."""
        return key in self._frames

    def frame(self, key: Any, frame: Callable[[Any], Any]) -> tuple[Any, Any, Any]:
        """(canvas, ax, pixels) for ``key``, drawing ``frame(ax)`` if it is not kept yet."""
        entry = self._frames.get(key)
        if entry is None:
            fig, canvas, ax = _figure()
            fig.subplots_adjust(**self.margins)  # first: label placement sees the final axes
            with _text_style():
                frame(ax)
                canvas.draw()
            entry = (canvas, ax, canvas.copy_from_bbox(fig.bbox))
            self._frames[key] = entry
            while len(self._frames) > self.size:
                self._frames.popitem(last=False)
        self._frames.move_to_end(key)
        return entry

    def png(self, key: Any, frame: Callable[[Any], Any], marks: Callable[[Any], list]) -> bytes:
        """The frame for ``key`` with ``marks(ax)`` drawn on top, as PNG bytes."""
        canvas, ax, pixels = self.frame(key, frame)
        canvas.restore_region(pixels)
        artists = marks(ax)
        try:
            with _text_style():
                for artist in sorted(artists, key=lambda a: a.get_zorder()):
                    ax.draw_artist(artist)
            return _png(canvas)
        finally:
            for artist in artists:
                artist.remove()
            ax.containers.clear()  # bar and error-bar containers would pile up


# ---------------------------------------------------------------------- the app


class OvercommitLab(AutosavedApp, widgets.VBox):
    """The overcommitment lab; build it with :func:`overcommit_lab`.

    Controls (attributes, so tests and notebooks can drive them): ``load`` (target
    load, 0.3–1.3), ``policy``, ``switch_scale``, ``quoted_lead_weeks``,
    ``quote_safety``, ``client_max_lead_weeks`` (honest quoting: the client walks away
    from a longer promise), ``wip_cap``, ``overtime`` (on/off), ``overtime_hours``,
    ``horizon_weeks``, ``steady_state``, ``people``, ``hours_per_week``,
    ``mean_size_hours``, ``reset_button``. Outputs: ``summary_html``, ``warning_html``,
    ``load_info`` (requests per week), ``error_label``, ``tabs`` and one Output per
    figure in ``outputs`` (keys ``hockey``, ``ontime``, ``lateness``, ``wip``, ``hours``,
    ``frontier``).

    Results: :attr:`outcome` (the chosen policy at the chosen load), :attr:`table`
    (all five policies at this load, as :func:`expectlib.simulate.compare` gives it),
    :attr:`sweep` (the chosen policy at every hockey-stick load) and
    :attr:`scenario`; :meth:`refresh` recomputes, :meth:`prefetch_all` fills the cache.
    :meth:`replications_for` gives the simulated years per point for some settings
    (``replications``, fewer for a big team).
    ``timings`` keeps the last refresh's seconds (``figure``: change → figure set).
    """

    def __init__(
        self,
        *,
        load: float = 0.8,
        policy: str = "accept_all",
        switch_scale: float = 0.5,
        quoted_lead_weeks: float = 2.0,
        quote_safety: float = 1.25,
        client_max_lead_weeks: float = 4.0,
        wip_cap: int = 3,
        overtime: bool = False,
        overtime_hours: float = 50,
        horizon_weeks: float = 52,
        steady_state: bool = False,
        people: int = 1,
        hours_per_week: float = 40,
        mean_size_hours: float = 20,
        size_cv: float = 1.0,
        warmup_weeks: float = WARMUP_WEEKS,
        replications: int = REPLICATIONS,
        rng: Any = None,
        autosave: bool = True,
        autosave_path: str | os.PathLike | None = None,
        prefetch: bool = True,
    ) -> None:
        super().__init__()
        self.replications = v.positive_int("replications", replications, minimum=2)
        self.seed = _seed(rng)
        self.warmup = v.positive("warmup_weeks", warmup_weeks)
        self.base = Scenario(size_cv=v.positive("size_cv", size_cv))
        self.prefetch = bool(prefetch)
        self._hold = 0
        self._cells: OrderedDict[Any, Outcome] = OrderedDict()
        self._params: dict[str, Any] | None = None
        self._rendered: dict[str, Any] = {}
        self._hockey = BlitRenderer({"left": 0.09, "right": 0.98, "bottom": 0.14, "top": 0.91})
        self._ontime = BlitRenderer(
            {"left": 0.34, "right": 0.98, "bottom": 0.14, "top": 0.9}, size=len(POLICIES)
        )
        self._frontier = BlitRenderer(
            {"left": 0.1, "right": 0.98, "bottom": 0.14, "top": 0.9}, size=len(POLICIES)
        )
        self._prefetch_handle: Any = None
        self.timings: dict[str, float] = {}
        self._defaults = {
            "load": float(load),
            "policy": policy,
            "switch_scale": float(switch_scale),
            "quoted_lead_weeks": float(quoted_lead_weeks),
            "quote_safety": float(quote_safety),
            "client_max_lead_weeks": float(client_max_lead_weeks),
            "wip_cap": int(wip_cap),
            "overtime": bool(overtime),
            "overtime_hours": float(overtime_hours),
            "horizon_weeks": float(horizon_weeks),
            "steady_state": bool(steady_state),
            "people": int(people),
            "hours_per_week": float(hours_per_week),
            "mean_size_hours": float(mean_size_hours),
        }
        self._check_defaults()

        # ---- controls
        style = {"description_width": "195px"}
        wide = {"width": "470px"}

        def slider(cls: Any, description: str, lo: float, hi: float, step: float, **kw: Any):
            return cls(
                min=lo,
                max=hi,
                step=step,
                description=description,
                continuous_update=False,
                style=style,
                layout=wide,
                **kw,
            )

        self.load = slider(
            widgets.FloatSlider,
            _LABELS["load"],
            LOAD_MIN,
            LOAD_MAX,
            LOAD_STEP,
            readout_format=".0%",
        )
        self.load_info = widgets.HTML(layout={"margin": "0 0 0 8px"})
        self.policy = widgets.Dropdown(
            options=[(POLICY_NAMES[p], p) for p in POLICIES],
            description=_LABELS["policy"],
            style=style,
            layout={"width": "580px"},
        )
        self.switch_scale = slider(
            widgets.FloatSlider, _LABELS["switch_scale"], 0.0, 1.0, 0.05, readout_format=".2f"
        )
        self.quoted_lead_weeks = slider(
            widgets.FloatSlider, _LABELS["quoted_lead_weeks"], 0.5, 8.0, 0.5, readout_format=".1f"
        )
        self.quote_safety = slider(
            widgets.FloatSlider, _LABELS["quote_safety"], 1.0, 2.0, 0.05, readout_format=".2f"
        )
        self.client_max_lead_weeks = slider(
            widgets.FloatSlider,
            _LABELS["client_max_lead_weeks"],
            1.0,
            12.0,
            0.5,
            readout_format=".1f",
        )
        self.wip_cap = slider(widgets.IntSlider, _LABELS["wip_cap"], 1, 8, 1)
        self.overtime = widgets.Checkbox(
            description="Work overtime while anything is overdue",
            indent=False,
            layout={"width": "300px"},
        )
        self.overtime_hours = widgets.FloatText(
            description=_LABELS["overtime_hours"],
            step=1,
            style={"description_width": "initial"},
            layout={"width": "210px"},
        )
        self.horizon_weeks = slider(widgets.IntSlider, _LABELS["horizon_weeks"], 13, 104, 13)
        self.steady_state = widgets.Checkbox(
            description=f"Steady state: measure after a {self.warmup:g}-week warm-up",
            indent=False,
            layout={"width": "420px"},
        )
        self.people = slider(widgets.IntSlider, _LABELS["people"], 1, 5, 1)
        self.hours_per_week = widgets.FloatText(
            description=_LABELS["hours_per_week"], step=1, style=style, layout={"width": "300px"}
        )
        self.mean_size_hours = widgets.FloatText(
            description=_LABELS["mean_size_hours"],
            step=1,
            style={"description_width": "initial"},
            layout={"width": "240px"},
        )
        self.reset_button = widgets.Button(
            description="Reset to defaults", icon="undo", tooltip="Back to the lesson's settings"
        )
        self.controls = {
            name: getattr(self, name)
            for name in (
                "load",
                "policy",
                "switch_scale",
                "quoted_lead_weeks",
                "quote_safety",
                "client_max_lead_weeks",
                "wip_cap",
                "overtime",
                "overtime_hours",
                "horizon_weeks",
                "steady_state",
                "people",
                "hours_per_week",
                "mean_size_hours",
            )
        }

        # ---- outputs
        self.error_label = ErrorLabel()
        self.autosave_note = ErrorLabel()
        self.summary_html = widgets.HTML(layout={"max_width": "900px"})
        self.warning_html = widgets.HTML()
        self.policy_note = widgets.HTML()
        self.outputs = {
            key: widgets.Output(layout={"height": PLOT_HEIGHT, "overflow": "hidden"})
            for key, _ in TABS
        }
        self.tabs = widgets.Tab(
            children=list(self.outputs.values()), titles=[title for _, title in TABS]
        )

        for name, w in self.controls.items():  # a slider would silently clamp
            slides = isinstance(w, widgets.FloatSlider | widgets.IntSlider)
            if slides and not w.min <= self._defaults[name] <= w.max:
                raise InputError(
                    name, self._defaults[name], f"use a value from {w.min:g} to {w.max:g}"
                )

        # ---- state: defaults, then whatever was autosaved
        self.autosave = Autosave("overcommit", path=autosave_path, enabled=autosave)
        self._restore()

        # ---- events
        changed = guard(self._changed, self.error_label, clear=False)
        for w in self.controls.values():
            w.observe(changed, names="value")
        self.tabs.observe(guard(self._tab_changed, self.error_label, clear=False), "selected_index")
        self.reset_button.on_click(guard(lambda _b: self.reset(), self.error_label, clear=False))

        self.children = self._layout()
        self.add_class("ex-overcommit")
        self.tabs.add_class("ex-tabs")
        self.tabs.add_class("ex-overcommit-tabs")
        for key, out in self.outputs.items():
            out.add_class(f"ex-{key}")
        for widget, css in (
            (self.load, "ex-load"),
            (self.policy, "ex-policy"),
            (self.switch_scale, "ex-switch-scale"),
            (self.overtime, "ex-overtime"),
            (self.steady_state, "ex-steady-state"),
            (self.summary_html, "ex-summary"),
            (self.warning_html, "ex-unstable"),
            (self.reset_button, "ex-reset"),
        ):
            widget.add_class(css)  # stable hooks for browser tests and facilitator CSS
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _layout(self) -> list[widgets.Widget]:
        heading = widgets.HTML(
            f"{_TAB_CSS}<h3 style='margin:4px 0'>Overcommitment lab: a year of saying yes</h3>"
            f"<div style='{_NOTE}'>Set how loaded you are and how you work; each figure is "
            f"{self.replications} simulated years per point (fewer for a big team), from the "
            "same random requests "
            "for every choice, so differences come from the choice, not from luck.</div>"
        )
        demand = widgets.VBox(
            [
                widgets.HTML("<b>Demand and capacity</b>"),
                widgets.HBox([self.load, self.load_info]),
                self.people,
                widgets.HBox([self.hours_per_week, self.mean_size_hours]),
            ]
        )
        habits = widgets.VBox(
            [
                widgets.HTML("<b>Way of working</b>"),
                self.policy,
                self.policy_note,
                self.switch_scale,
                widgets.HTML(_SWITCH_MARKS, layout={"max_width": "900px"}),
                self.quoted_lead_weeks,
                self.quote_safety,
                self.client_max_lead_weeks,
                self.wip_cap,
                widgets.HBox([self.overtime, self.overtime_hours]),
            ]
        )
        window = widgets.VBox(
            [widgets.HTML("<b>What to measure</b>"), self.horizon_weeks, self.steady_state]
        )
        footer = widgets.HBox([self.reset_button, self.autosave_note])
        return [
            heading,
            demand,
            habits,
            window,
            self.error_label,
            self.summary_html,
            self.warning_html,
            self.tabs,
            footer,
        ]

    # ------------------------------------------------------------------ state
    def _check_defaults(self) -> None:
        d = self._defaults
        if not LOAD_MIN <= d["load"] <= LOAD_MAX:
            raise InputError("load", d["load"], f"use a load from {LOAD_MIN:g} to {LOAD_MAX:g}")
        v.one_of("policy", d["policy"], POLICIES)
        self._scenario_from(d)  # validates the rest

    def state(self) -> dict[str, Any]:
        """Every control's value as plain JSON values (what autosave writes)."""
        out: dict[str, Any] = {}
        for name, w in self.controls.items():
            value = w.value
            if isinstance(value, float) and not math.isfinite(value):
                value = None
            out[name] = value
        return out

    def _apply_state(self, state: dict[str, Any]) -> None:
        """Set the controls from a state dict (defaults or an autosave); ignores unknown keys."""
        for name, w in self.controls.items():
            if name not in state or state[name] is None:
                continue
            value = state[name]
            if isinstance(w, widgets.Checkbox):
                if isinstance(value, bool):
                    w.value = value
            elif isinstance(w, widgets.Dropdown):
                if value in POLICIES:
                    w.value = value
            elif isinstance(value, int | float) and not isinstance(value, bool):
                w.value = int(value) if isinstance(w, widgets.IntSlider) else float(value)
        self._show_relevant()

    # ------------------------------------------------------------------ events
    def _changed(self, _change: Any = None) -> None:
        if self._hold:
            return
        self._show_relevant()
        self.refresh()
        self._save_now()

    def _tab_changed(self, _change: Any = None) -> None:
        if self._hold or self._params is None:
            return
        start = time.perf_counter()
        self._draw_visible(self._params, self._current_load())
        self.timings = {"figure": time.perf_counter() - start}

    def _show_relevant(self) -> None:
        """Grey out what the chosen policy ignores, and say why."""
        pol = self.policy.value
        self.quoted_lead_weeks.disabled = pol == "honest_quote"
        self.quote_safety.disabled = pol != "honest_quote"
        self.client_max_lead_weeks.disabled = pol != "honest_quote"
        self.wip_cap.disabled = pol not in ("wip_cap_queue", "wip_cap_reject")
        self.switch_scale.disabled = pol in ("accept_all_fifo", "honest_quote")
        self.overtime_hours.disabled = not self.overtime.value
        notes = {
            "accept_all": "Every request starts at once; capacity is shared, minus the "
            "switching tax for the number juggled.",
            "accept_all_fifo": "One request at a time per person, oldest first; the rest wait.",
            "wip_cap_queue": "At most the WIP cap juggled at once; the rest wait unstarted.",
            "wip_cap_reject": "New requests are refused while the WIP cap is open: "
            "the better promise costs refused work.",
            "honest_quote": "One at a time; the promise is the estimated open work × the "
            "safety factor, so it lengthens as the queue grows; a client who will not wait "
            "that long walks away (refused work).",
        }
        self.policy_note.value = (
            f"<div style='{_NOTE};margin-left:203px'>{html.escape(notes[pol])}</div>"
        )

    # ------------------------------------------------------------------ inputs
    def _current_load(self) -> float:
        return round(float(self.load.value), 2)

    def _read(self) -> dict[str, Any]:
        """The controls as Scenario fields (load and policy apart); raises InputError."""
        return self._params_from(
            {name: w.value for name, w in self.controls.items()}
            | {"overtime": bool(self.overtime.value)}
        )

    def _params_from(self, values: dict[str, Any]) -> dict[str, Any]:
        params = {
            "hours_per_week": values["hours_per_week"],
            "people": values["people"],
            "mean_size_hours": values["mean_size_hours"],
            "switch_scale": values["switch_scale"],
            "quoted_lead_weeks": values["quoted_lead_weeks"],
            "quote_safety": values["quote_safety"],
            "client_max_lead_weeks": values["client_max_lead_weeks"],
            "wip_cap": values["wip_cap"],
            "overtime_hours": values["overtime_hours"] if values["overtime"] else None,
            "horizon_weeks": values["horizon_weeks"],
            "warmup_weeks": self.warmup if values["steady_state"] else 0.0,
        }
        sc = self.base.replace(**params)  # validates every field, naming it
        params.update({k: getattr(sc, k) for k in params})
        per_run = _requests_per_run(params)
        if per_run > MAX_REQUESTS_PER_RUN:
            # only tiny requests get here (see MAX_REQUESTS_PER_RUN): outline their size
            fits = math.ceil(10 * params["mean_size_hours"] * per_run / MAX_REQUESTS_PER_RUN) / 10
            raise InputError(
                "mean_size_hours",
                params["mean_size_hours"],
                f"that makes {per_run:,.0f} requests per simulated run at {LOAD_MAX:.0%} load,"
                f" too many for a live lab (at most {MAX_REQUESTS_PER_RUN:,}); use requests of"
                f" at least {fits:g} h, or fewer people, a shorter horizon or no warm-up",
            )
        return params

    def replications_for(self, params: dict[str, Any]) -> int:
        """Simulated years per point for ``params``: ``replications``, fewer for big runs.

        Above LIVE_REQUESTS_PER_RUN requests per run (at 130% load) the replications
        shrink in proportion, never below MIN_REPLICATIONS (or ``replications`` if
        smaller), so every setting the controls reach stays live.
        """
        per_run = _requests_per_run(params)
        reps = self.replications
        if per_run <= LIVE_REQUESTS_PER_RUN:
            return reps
        scaled = int(reps * LIVE_REQUESTS_PER_RUN / per_run)
        if scaled >= 20:
            scaled -= scaled % 5  # 85, not 88: a round number to read
        return max(scaled, min(reps, MIN_REPLICATIONS))

    def _scenario_from(self, values: dict[str, Any]) -> Scenario:
        params = self._params_from(values)
        return _at_load(self.base.replace(**params, policy=values["policy"]), values["load"])

    # ------------------------------------------------------------------ cells
    def _key(self, params: dict[str, Any], policy: str, load: float) -> tuple:
        relevant = tuple(params[k] for k in (*_COMMON, *_RELEVANT[policy], "overtime_hours"))
        return (policy, round(load, 4), relevant, self.replications_for(params), self.seed)

    def _scenario(self, params: dict[str, Any], policy: str, load: float) -> Scenario:
        return _at_load(self.base.replace(**params, policy=policy), load)

    def _get(self, key: tuple) -> Outcome | None:
        cell = self._cells.get(key)
        if cell is not None:
            self._cells.move_to_end(key)
        return cell

    def _put(self, key: tuple, outcome: Outcome) -> None:
        self._cells[key] = outcome
        self._cells.move_to_end(key)
        while len(self._cells) > CACHE_CELLS:
            self._cells.popitem(last=False)

    def _cell(self, params: dict[str, Any], policy: str, load: float) -> Outcome:
        key = self._key(params, policy, load)
        cell = self._get(key)
        if cell is None:
            sc = self._scenario(params, policy, load)
            cell = simulate(sc, replications=self.replications_for(params), rng=self.seed)
            self._put(key, cell)
        return cell

    def _cells_for(self, params: dict[str, Any], policy: str, loads: Sequence[float]):
        """Outcomes of ``policy`` at each load; the missing ones run stacked in one call."""
        keys = [self._key(params, policy, x) for x in loads]
        found = {i: cell for i, k in enumerate(keys) if (cell := self._get(k)) is not None}
        missing = [i for i in range(len(keys)) if i not in found]
        if missing:  # kept here too: the cache may evict some of them while filling
            scs = [self._scenario(params, policy, loads[i]) for i in missing]
            outcomes = _simulate_many(scs, self.replications_for(params), self.seed)
            for i, o in zip(missing, outcomes, strict=True):
                found[i] = o
                self._put(keys[i], o)
        return [found[i] for i in range(len(keys))]

    def _sweep_frame(self, params: dict[str, Any], policy: str) -> pd.DataFrame:
        outcomes = self._cells_for(params, policy, SWEEP_LOADS)
        base = self.base.replace(**params, policy=policy)
        scs = [self._scenario(params, policy, x) for x in SWEEP_LOADS]
        reps = self.replications_for(params)
        return _sweep_table(base, SWEEP_LOADS, scs, outcomes, reps, self.seed)

    def _table_frame(self, params: dict[str, Any], load: float) -> pd.DataFrame:
        rows = []
        for p in POLICIES:
            row = self._cell(params, p, load).as_dict()
            row["scenario"], row["policy"] = p, p
            rows.append(row)
        return pd.DataFrame(rows).set_index("scenario")

    # ------------------------------------------------------------------ public results
    @property
    def scenario(self) -> Scenario | None:
        """The scenario on screen (chosen policy at the chosen load)."""
        if self._params is None:
            return None
        return self._scenario(self._params, self._shown_policy, self._shown_load)

    @property
    def outcome(self) -> Outcome | None:
        """The chosen policy at the chosen load (the numbers in the summary)."""
        if self._params is None:
            return None
        return self._cell(self._params, self._shown_policy, self._shown_load)

    @property
    def table(self) -> pd.DataFrame | None:
        """All five policies at the chosen load, one row each (like ``compare()``)."""
        if self._params is None:
            return None
        return self._table_frame(self._params, self._shown_load)

    @property
    def sweep(self) -> pd.DataFrame | None:
        """The chosen policy at every hockey-stick load (like ``sweep_load()``)."""
        if self._params is None:
            return None
        return self._sweep_frame(self._params, self._shown_policy)

    # ------------------------------------------------------------------ compute
    def refresh(self) -> Outcome | None:
        """Read every control, recompute what is visible and redraw it; the Outcome or None.

        On bad input nothing is redrawn: the message appears above the figures and
        the last good ones stay.
        """
        return guard(self._refresh, self.error_label)()

    def _refresh(self) -> Outcome | None:
        start = time.perf_counter()
        self._mark_fields(None)
        try:
            params = self._read()
        except InputError as exc:
            self._mark_fields(exc)
            kept = "the figures below are from your last good settings"
            message = _plain_error(exc, {"hours_per_week": self.hours_per_week.value})
            self.error_label.show(f"{message} ({kept})" if self._params is not None else message)
            return None
        load, policy = self._current_load(), self.policy.value
        self._params, self._shown_load, self._shown_policy = params, load, policy
        cell = self._cell(params, policy, load)
        self._show_text(params, policy, load, cell)
        self._draw_visible(params, load)
        figure = time.perf_counter() - start
        self.timings = {"figure": figure}
        self._schedule_prefetch()
        return cell

    def _mark_fields(self, error: InputError | None) -> None:
        for w in self.controls.values():
            if hasattr(w.layout, "border"):
                w.layout.border = None
        if error is not None and error.field in self.controls:
            self.controls[error.field].layout.border = "2px solid #b00020"

    def _draw_visible(self, params: dict[str, Any], load: float) -> None:
        """Draw the selected tab's figure if what it shows changed; mark the others stale."""
        index = self.tabs.selected_index or 0
        key = TABS[index][0]
        policy = self._shown_policy
        pkey = self._key(params, policy, load)
        # what each figure depends on: redraw only when it changed
        complete = key != "hockey" or self._sweep_ready(params, policy)
        depends = {
            "hockey": (pkey, "hockey", complete),
            "ontime": (tuple(self._key(params, p, load) for p in POLICIES), policy),
            "lateness": pkey,
            "wip": pkey,
            "hours": tuple(self._key(params, p, load) for p in POLICIES),
            "frontier": (tuple(self._key(params, p, load) for p in POLICIES), policy),
        }[key]
        if self._rendered.get(key) == depends:
            return
        out = self.outputs[key]
        if key == "hockey":
            png = self._hockey_png(params, policy, load)
        elif key == "ontime":
            png = self._ontime_png(params, policy, load)
        elif key == "lateness":
            from ..plotting import plot_lateness

            cell = self._cell(params, policy, load)
            png = render_png(lambda ax: plot_lateness(cell, ax=ax))
        elif key == "wip":
            from ..plotting import plot_wip_fan

            cell = self._cell(params, policy, load)
            png = render_png(lambda ax: plot_wip_fan(cell, ax=ax))
        elif key == "frontier":
            png = self._frontier_png(params, policy, load)
        else:
            from ..plotting import plot_hours

            outcomes = {p: self._cell(params, p, load) for p in POLICIES}
            png = render_png(
                lambda ax: plot_hours(outcomes, ax=ax),
                margins={"left": 0.09, "right": 0.98, "bottom": 0.2, "top": 0.9},
            )
        show_png(out, png)
        self._rendered[key] = depends

    def _hockey_key(self, params: dict[str, Any], policy: str) -> tuple:
        return tuple(self._key(params, policy, x) for x in SWEEP_LOADS)

    def _sweep_ready(self, params: dict[str, Any], policy: str) -> bool:
        """True when every hockey-stick load is cached, or when it is computed on demand.

        In a kernel (``prefetch`` with a running event loop) a new curve is drawn at once
        from the loads already simulated and completed in idle time; elsewhere (tests,
        scripts) the whole sweep is computed before drawing.
        """
        if not self._progressive():
            return True
        return all(k in self._cells for k in self._hockey_key(params, policy))

    def _progressive(self) -> bool:
        if not self.prefetch:
            return False
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return False
        return True

    def _partial_hockey_png(self, params: dict[str, Any], policy: str, load: float) -> bytes:
        """The curve so far: the textbook line, the cached loads and the current one."""
        from ..plotting import mark_load, plot_hockey_stick

        cell = self._cell(params, policy, load)
        pairs = {x: self._get(self._key(params, policy, x)) for x in SWEEP_LOADS}
        pairs[round(load, 4)] = cell
        loads = sorted(x for x, o in pairs.items() if o is not None)
        scs = [self._scenario(params, policy, x) for x in loads]
        base = self.base.replace(**params, policy=policy)
        outs = [pairs[x] for x in loads]
        sweep = _sweep_table(base, loads, scs, outs, self.replications_for(params), self.seed)

        def draw(ax: Any) -> None:
            plot_hockey_stick(sweep, ax=ax, annotate=False)  # labels come with the full curve
            mark_load(ax, sweep, load, lead_time=cell.lead_time_mean)
            ax.text(
                0.01,
                0.01,
                "simulating the other loads…",
                transform=ax.transAxes,
                fontsize=9,
                color="#555",
            )

        return render_png(draw)

    def _hockey_png(self, params: dict[str, Any], policy: str, load: float) -> bytes:
        from ..plotting import mark_load, plot_hockey_stick

        if not self._sweep_ready(params, policy):
            return self._partial_hockey_png(params, policy, load)
        key = self._hockey_key(params, policy)
        sweep = self._sweep_frame(params, policy)
        lead = self._cell(params, policy, load).lead_time_mean
        return self._hockey.png(
            key,
            lambda ax: plot_hockey_stick(sweep, ax=ax),
            lambda ax: mark_load(ax, sweep, load, lead_time=lead),
        )

    def _ontime_png(self, params: dict[str, Any], policy: str, load: float) -> bytes:
        from ..plotting import _on_time_bars, _on_time_frame

        table = self._table_frame(params, load)
        return self._ontime.png(
            policy,
            lambda ax: _on_time_frame(ax, list(POLICIES), policy),
            lambda ax: _on_time_bars(ax, table, policy),
        )

    def _frontier_png(self, params: dict[str, Any], policy: str, load: float) -> bytes:
        """Promise vs delivery for all five policies; the axes and legend are blitted."""
        from ..plotting import _frontier_frame, _frontier_marks, _frontier_series

        outcomes = {p: self._cell(params, p, load) for p in POLICIES}
        series = _frontier_series(outcomes, FRONTIER_QUOTES)
        keys = tuple((key, curve) for key, *_, curve in series)
        # honest promises stay below the client's limit: a fixed x range per setting
        x_max = max(FRONTIER_QUOTES[-1], params["quoted_lead_weeks"])
        x_max = max(x_max, params["client_max_lead_weeks"])
        return self._frontier.png(
            (policy, keys, x_max),
            lambda ax: _frontier_frame(ax, keys, policy, x_max),
            lambda ax: _frontier_marks(ax, series, policy),
        )

    def _show_text(self, params: dict[str, Any], policy: str, load: float, o: Outcome) -> None:
        sc = o.scenario
        cap = effective_hours(sc.hours_per_week)
        long_week = ""
        if cap < sc.hours_per_week:
            every = " = every hour of the week, day and night" if sc.hours_per_week >= 168 else ""
            long_week = (
                f" of output ({sc.hours_per_week:g} h worked{every}; past 48 h a week each "
                "extra hour yields less and past 64 h none, stylised from Pencavel 2015)"
            )
        self.load_info.value = (
            f"<span class='ex-load-info' style='{_NOTE}' data-rate='{sc.arrivals_per_week:.4f}'>"
            f"= {sc.arrivals_per_week:.2f} requests a week of ~{sc.mean_size_hours:g} h for "
            f"{sc.people} × {cap:g} h{html.escape(long_week)}</span>"
        )
        window = (
            f"{sc.horizon_weeks:g} weeks after a {sc.warmup_weeks:g}-week warm-up (steady state)"
            if sc.warmup_weeks
            else f"{sc.horizon_weeks:g} weeks starting empty (not steady state)"
        )
        refused = (
            f" Refused {_pct(o.refused_share)} of requests ({_pct(o.refused_hours_share)} of"
            " the hours)."
            if o.refused_share >= 0.005
            else ""
        )
        extra = ""
        if o.overtime_hours_per_week >= 0.05:
            extra += f" Overtime: {o.overtime_hours_per_week:.1f} h a week per person."
        if o.switching_loss_share >= 0.005:
            extra += f" Lost to switching: {_pct(o.switching_loss_share)} of the hours worked."
        text = (
            f"<b>{html.escape(POLICY_NAMES[policy])}</b> at <b>{load:.0%}</b> load: "
            f"<span class='ex-on-time' data-value='{o.on_time_rate:.6f}'>"
            f"<b>{_pct(o.on_time_rate)}</b></span> of promises kept; mean lead time "
            f"<span class='ex-lead-time' data-value='{o.lead_time_mean:.6f}'>"
            f"<b>{_wk(o.lead_time_mean)}</b></span> weeks (85% within "
            f"{_wk(o.lead_time_quantile(0.85))}); {o.unfinished:.1f} requests still open "
            f"at the end of a run.{refused}{extra}"
        )
        if o.scenario.policy == "honest_quote" and math.isfinite(o.promise_mean):
            text += f" Mean promise: {_wk(o.promise_mean)} weeks."
        fewer = (
            f" (fewer for a team this size, to keep the lab live; {self.replications} otherwise)"
            if o.replications < self.replications
            else ""
        )
        self.summary_html.value = (
            f"<div style='line-height:1.5;font-size:1.08em'>{text}<br>"
            f"<span style='{_NOTE}'>{o.replications} simulated years{html.escape(fewer)} of "
            f"{html.escape(window)}; the same random requests for every setting.</span></div>"
        )
        if sc.unstable and o.refused_share >= 0.005 and not o.backlog_growing:
            warn = (
                f"⚠ Over capacity: {load:.0%} of what the team can do arrives. Only refusing "
                f"{_pct(o.refused_share)} of requests keeps the backlog bounded."
            )
        elif sc.unstable:
            warn = (
                "⚠ Unstable: more work arrives than the team can do "
                f"({load:.0%} of capacity). The backlog grows without end; the longer you "
                "run, the worse every number gets."
            )
        elif o.unstable and sc.policy == "wip_cap_queue" and sc.wip_cap < sc.people:
            warn = (
                "⚠ Unstable in practice: a WIP cap below the team size leaves people idle. "
                f"Only {sc.wip_cap} of {sc.people} people can have a request started, so "
                f"the team works at {sc.wip_cap / sc.people:.0%} of its hours while the "
                f"queue grows. Raise the cap to at least {sc.people}."
            )
        elif o.unstable and o.switching_loss_share >= 0.005:
            warn = (
                "⚠ Unstable in practice: the backlog is still growing at the end. "
                "Juggling eats the slack: switching costs capacity exactly when the "
                "queue is long."
            )
        elif o.unstable:
            warn = (
                "⚠ Unstable in practice: the backlog is still growing at the end; "
                "there is too little slack for the queue to drain."
            )
        else:
            warn = ""
        self.warning_html.value = (
            f"<div class='ex-unstable-warning' style='{_WARN}'>{html.escape(warn)}</div>"
            if warn
            else ""
        )

    # ------------------------------------------------------------------ prefetch
    def _wanted(self) -> list[tuple[str, float]]:
        """(policy, load) cells worth having, most useful first."""
        load, policy = self._shown_load, self._shown_policy
        order = [(p, load) for p in POLICIES]
        order += [(policy, x) for x in SWEEP_LOADS]
        order += [(policy, x) for x in SLIDER_LOADS]
        order += [(p, x) for p in POLICIES for x in SWEEP_LOADS]
        order += [(p, x) for p in POLICIES for x in SLIDER_LOADS]
        return order

    def _next_missing(self) -> tuple[str, float] | None:
        if self._params is None:
            return None
        seen = set()
        for p, x in self._wanted():
            key = self._key(self._params, p, x)
            if key in seen:
                continue
            seen.add(key)
            if key not in self._cells:
                return p, x
        return None

    def prefetch_all(self, *, frames: bool = True) -> int:
        """Compute every cell the slider and the policy menu can reach; returns how many.

        What the lab does in idle time inside a kernel, done at once (tests, benchmarks,
        or before a class); ``frames`` also draws each policy's hockey-stick frame.
        """
        if self._params is None:
            return 0
        before = len(self._cells)
        for policy in POLICIES:
            self._cells_for(self._params, policy, SLIDER_LOADS)
        if frames:
            for policy in POLICIES:
                self._draw_frame(policy)
        return len(self._cells) - before

    def _schedule_prefetch(self) -> None:
        if not self.prefetch:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (tests, scripts): cells are computed on demand
            return
        if self._prefetch_handle is not None:
            self._prefetch_handle.cancel()
        self._prefetch_handle = loop.call_later(0.15, self._prefetch_step)

    def _next_frame(self) -> str | None:
        """A policy whose hockey-stick frame is not drawn yet (its cells are all cached)."""
        if self._params is None:
            return None
        for policy in (self._shown_policy, *POLICIES):
            keys = self._hockey_key(self._params, policy)
            if not self._hockey.has(keys) and all(k in self._cells for k in keys):
                return policy
        return None

    def _prefetch_step(self) -> None:
        """Compute one missing cell (or draw one frame), then yield to the kernel."""
        self._prefetch_handle = None
        with contextlib.suppress(Exception):  # the background never breaks the lab
            job = self._next_missing()
            if job is not None:
                self._cell(self._params, *job)
                if self._rendered.get("hockey", (None, None, True))[-1] is False:
                    # a curve drawn in part: complete it as soon as its loads are in
                    self._draw_visible(self._params, self._shown_load)
            else:
                policy = self._next_frame()
                if policy is None:
                    return
                self._draw_frame(policy)
            loop = asyncio.get_running_loop()
            self._prefetch_handle = loop.call_later(0.002, self._prefetch_step)

    def _draw_frame(self, policy: str) -> None:
        from ..plotting import plot_hockey_stick

        sweep = self._sweep_frame(self._params, policy)
        self._hockey.frame(
            self._hockey_key(self._params, policy), lambda ax: plot_hockey_stick(sweep, ax=ax)
        )


def _requests_per_run(params: dict[str, Any]) -> float:
    """Expected requests in one simulated run (warm-up + horizon) at the highest load."""
    capacity = params["people"] * effective_hours(params["hours_per_week"])
    weeks = params["horizon_weeks"] + params["warmup_weeks"]
    return LOAD_MAX * capacity / params["mean_size_hours"] * weeks


def _seed(rng: Any) -> int:
    """One fixed seed for every cell: the same settings always give the same figures."""
    if rng is None:
        return DEFAULT_SEED
    if isinstance(rng, np.random.Generator):
        return int(rng.integers(2**32))
    v.rng_from(rng)  # validates ints
    return int(rng)


# ---------------------------------------------------------------------- entry point


def overcommit_lab(**kwargs: Any) -> OvercommitLab:
    """Build the overcommitment lab (returned, not displayed).

    Keyword arguments set the starting controls: ``load`` (0.3–1.3, share of
    capacity), ``policy`` (one of :data:`expectlib.simulate.POLICIES`),
    ``switch_scale``, ``quoted_lead_weeks``, ``quote_safety``, ``client_max_lead_weeks``
    (default 4 weeks, as in lesson 03), ``wip_cap``,
    ``overtime`` (bool) and ``overtime_hours``, ``horizon_weeks``, ``steady_state``
    (bool), ``people``, ``hours_per_week``, ``mean_size_hours``; and the lab itself:
    ``size_cv``, ``warmup_weeks`` (the steady-state warm-up, default 52),
    ``replications`` (simulated years per point, default 100; fewer for a big team),
    ``rng`` (seed, default
    2024), ``autosave``/``autosave_path`` and ``prefetch`` (fill the cache in idle time).
    """
    return OvercommitLab(**kwargs)
