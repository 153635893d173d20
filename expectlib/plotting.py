"""Figures that land the estimation and overcommitment lessons, readable on a projector.

Every function takes the object to draw and an optional ``ax`` and returns the
:class:`~matplotlib.axes.Axes` it drew on; with ``ax=None`` it draws on
``plt.gca()``. Nothing here calls ``plt.show()`` or changes ``rcParams``: font
sizes are set per element, so a lesson's own style is left alone.

========================  ===================================================
:func:`plot_s_curve`      chance of finishing within X hours, P50/P80 marked,
                          the naive sum of estimates with its (low) probability
:func:`mark_quantiles`    (re)draw the P-marks on an existing S-curve
:func:`plot_histogram`    the simulated totals, P50/P80 marked
:func:`plot_history_scatter`  estimate vs actual on log axes; exact hits ringed
:func:`plot_calibration`  reliability diagram: promised vs observed coverage
:func:`plot_ratio_by_size`    actual/estimate ratio bands by task size
:func:`plot_hockey_stick` lead time against load, simulated and textbook
:func:`mark_load`         (re)draw the current-load marker on a hockey stick
:func:`plot_on_time_by_policy`  promises kept per way of working (compare())
:func:`plot_lateness`     done − promised date, in weeks
:func:`plot_wip_fan`      open requests week by week: median, 50%/80% bands
:func:`plot_hours`        productive / switching / overtime / idle hours
:func:`plot_promise_frontier`  promised lead time vs share of promises kept
========================  ===================================================
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
from collections.abc import Iterable, Sequence
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.patches import Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator, PercentFormatter
from matplotlib.transforms import Bbox

from . import _validate as v
from .errors import InputError

__all__ = [
    "POLICY_LABELS",
    "mark_load",
    "mark_quantiles",
    "plot_calibration",
    "plot_histogram",
    "plot_history_scatter",
    "plot_hockey_stick",
    "plot_hours",
    "plot_lateness",
    "plot_on_time_by_policy",
    "plot_promise_frontier",
    "plot_ratio_by_size",
    "plot_s_curve",
    "plot_wip_fan",
]

# Projector-friendly sizes (points) and colours (colour-blind safe: Okabe–Ito).
TITLE_SIZE = 12
LABEL_SIZE = 11
TEXT_SIZE = 10
CURVE = "#0072B2"  # blue
QUANT = ("#009E73", "#D55E00", "#CC79A7", "#56B4E9")  # green, vermilion, purple, sky
NAIVE = "#E69F00"  # orange
EXACT = "#000000"
PERSON_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_LABEL_BOX = {"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.85}


# ---------------------------------------------------------------------- helpers


def _axes(ax: Axes | None) -> Axes:
    if ax is None:
        return plt.gca()
    if not isinstance(ax, Axes):
        raise InputError(
            "ax", type(ax).__name__, "pass a matplotlib Axes (e.g. from plt.subplots()) or None"
        )
    return ax


def _qs(qs: Any, *, allow_empty: bool = False) -> list[float]:
    if isinstance(qs, int | float):
        qs = [qs]
    items = v.sequence("qs", qs, allow_empty=allow_empty)
    return sorted({v.probability("qs", q) for q in items})


def _samples(forecast: Any) -> np.ndarray:
    samples = getattr(forecast, "samples", None)
    if samples is None:
        raise InputError(
            "forecast",
            type(forecast).__name__,
            "pass a Forecast from expectlib.estimate.forecast()",
        )
    arr = np.asarray(samples, dtype=float).ravel()
    arr = arr[np.isfinite(arr)]
    if arr.size == 0:
        raise InputError(
            "forecast.samples", f"{np.size(samples)} values", "the forecast has no finite samples"
        )
    return arr


def _unit(obj: Any) -> str:
    return str(getattr(obj, "unit", None) or "h")


def _num(x: float) -> str:
    """Hours as people say them: 46, 7.5, 1,240."""
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.0f}"
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _pct(p: float) -> str:
    return f"{100 * p:.0f}%"


def _fmt_date(day: Any) -> str:
    if hasattr(day, "to_pydatetime"):
        day = day.to_pydatetime()
    if isinstance(day, np.datetime64):
        day = day.astype("datetime64[D]").item()
    if isinstance(day, _dt.datetime):
        day = day.date()
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def _percent_axis(axis: Any) -> None:
    axis.set_major_formatter(PercentFormatter(1.0, decimals=0))


def _finish(
    ax: Axes, title: str, xlabel: str, ylabel: str, *, legend_loc: str = "best", ncols: int = 1
) -> Axes:
    # an explicit y skips matplotlib's title placement pass (a measurable share of a redraw)
    ax.set_title(title, fontsize=TITLE_SIZE, loc="left", y=1.0, pad=6)
    ax.set_xlabel(xlabel, fontsize=LABEL_SIZE)
    ax.set_ylabel(ylabel, fontsize=LABEL_SIZE)
    ax.tick_params(labelsize=TEXT_SIZE)
    ax.grid(alpha=0.25)
    if ax.get_legend_handles_labels()[0]:
        legend = ax.legend(loc=legend_loc, fontsize=TEXT_SIZE, framealpha=0.9, ncols=ncols)
        for handle in legend.legend_handles:  # faint scatter points, solid legend keys
            if handle is not None:
                handle.set_alpha(1.0)
    return ax


def _label_sides(qs: Sequence[float], room: Sequence[float] | None = None) -> list[str]:
    """Where each quantile's label goes on an S-curve: "above" (left) or "below" (right).

    Labels go above-left, except near the top (q > 0.85, no room above), when the next
    quantile is close (the labels would overlap) or when ``room`` (the point's distance
    from the left edge, as a fraction of the axes width) is under 0.25: then below-right.

    >>> _label_sides([0.5, 0.8]), _label_sides([0.5, 0.6]), _label_sides([0.5, 0.95])
    (['above', 'above'], ['below', 'above'], ['above', 'below'])
    >>> _label_sides([0.5, 0.8], room=[0.1, 0.4])
    ['below', 'above']
    """
    room = [1.0] * len(qs) if room is None else list(room)
    sides = []
    for i, q in enumerate(qs):
        crowded = i + 1 < len(qs) and qs[i + 1] - q < 0.15 and qs[i + 1] <= 0.85
        sides.append("below" if q > 0.85 or crowded or room[i] < 0.25 else "above")
    return sides


def _view_range(samples: np.ndarray, extra: Iterable[float] = ()) -> tuple[float, float]:
    """x-limits that show the body of the distribution (not a 1-in-1000 tail) and ``extra``."""
    lo, hi = np.quantile(samples, [0.001, 0.995])
    pts = [lo, hi, *[x for x in extra if np.isfinite(x)]]
    lo, hi = min(pts), max(pts)
    pad = 0.05 * (hi - lo if hi > lo else max(abs(hi), 1.0))
    return max(0.0, lo - pad), hi + pad


# ---------------------------------------------------------------------- forecasts


def plot_s_curve(
    forecast: Any,
    ax: Axes | None = None,
    qs: Sequence[float] = (0.5, 0.8),
    calendar: Any = None,
    naive: bool = True,
) -> Axes:
    """The S-curve: chance that the total work is done within X hours.

    Draws the empirical CDF of ``forecast.samples`` with a labelled marker at each
    quantile in ``qs`` ("P80: 46 h", plus the finish date when a
    :class:`~expectlib.calendar.WorkCalendar` is given) and, when ``naive`` is true
    and the forecast has a ``naive_total``, the sum of the single estimates with its
    probability (usually well under 50%: the lesson's point). ``qs=()`` draws the
    curve alone; :func:`mark_quantiles` adds the marks to it later.

    Raises :class:`~expectlib.errors.InputError` for a forecast without samples or a
    ``q`` outside (0, 1).
    """
    ax = _axes(ax)
    samples = _samples(forecast)
    qs = _qs(qs, allow_empty=True)
    unit = _unit(forecast)
    grid = np.linspace(0.0, 1.0, 401)
    xs = np.quantile(samples, grid)  # 401 points draw the same curve as 10,000, faster
    ax.plot(xs, grid, color=CURVE, lw=2.2, label="Simulated total work", zorder=3)

    naive_total = getattr(forecast, "naive_total", None) if naive else None
    extra = [naive_total] if naive_total is not None else []
    ax.set_xlim(*_view_range(samples, extra))
    ax.set_ylim(0, 1.02)

    if naive_total is not None:
        naive_total = float(naive_total)
        p = float(forecast.cdf(naive_total))
        ax.vlines(naive_total, 0, p, colors=NAIVE, linestyles="-.", lw=1.6, zorder=2)
        ax.plot(
            [naive_total],
            [p],
            "D",
            color=NAIVE,
            ms=8,
            zorder=4,
            label=f"Sum of single estimates: {_num(naive_total)} {unit}, only {_pct(p)} likely",
        )

    _percent_axis(ax.yaxis)
    _finish(
        ax,
        f"Chance the work is done within X {unit} ({samples.size:,} simulated projects)",
        f"Total work ({unit})",
        "Chance of finishing within",
        legend_loc="lower right",
    )
    if qs:
        mark_quantiles(ax, forecast, qs, calendar=calendar)
    return ax


def mark_quantiles(
    ax: Axes, forecast: Any, qs: Sequence[float] = (0.5, 0.8), calendar: Any = None
) -> list[Artist]:
    """Mark quantiles on an S-curve drawn by :func:`plot_s_curve`; return the new artists.

    Each quantile gets a dashed drop line, a dotted line to the y axis, a dot and a
    label "P80: 46 h" (with "→ Thu 12 Mar" when a calendar is given), placed where the
    plot is empty. Widgets redraw only these artists when the confidence or the calendar
    changes (remove them with ``artist.remove()``).
    """
    qs = _qs(qs)
    unit = _unit(forecast)
    x_lo, x_hi = ax.get_xlim()
    values = np.atleast_1d(np.asarray(forecast.quantile(np.array(qs)), dtype=float))
    artists: list[Artist] = []
    sides = _label_sides(qs, (values - x_lo) / (x_hi - x_lo))
    for i, (q, x, side) in enumerate(zip(qs, values, sides, strict=True)):
        colour = QUANT[i % len(QUANT)]
        artists.append(ax.vlines(x, 0, q, colors=colour, linestyles="--", lw=1.6, zorder=2))
        artists.append(ax.hlines(q, x_lo, x, colors=colour, linestyles=":", lw=1.2, zorder=2))
        artists.extend(ax.plot([x], [q], "o", color=colour, ms=7, zorder=4))
        text = f"P{100 * q:.0f}: {_num(x)} {unit}"
        if calendar is not None:
            text += f"\n→ {_fmt_date(calendar.finish_date(x))}"
        # Above-left of its point the plot is empty (the curve is lower there);
        # below-right is empty too (the curve is higher there).
        offset, ha, va = (
            ((-8, 5), "right", "bottom") if side == "above" else ((8, -6), "left", "top")
        )
        label = ax.annotate(
            text,
            (x, q),
            xytext=offset,
            textcoords="offset points",
            ha=ha,
            va=va,
            fontsize=TEXT_SIZE,
            fontweight="bold",
            color=colour,
            bbox=_LABEL_BOX,
            zorder=5,
        )
        artists.append(label)
    ax.set_xlim(x_lo, x_hi)  # the marks never widen the view
    return artists


def plot_histogram(
    forecast: Any, ax: Axes | None = None, bins: int = 50, qs: Sequence[float] = (0.5, 0.8)
) -> Axes:
    """Histogram of the simulated totals with each quantile in ``qs`` marked and labelled.

    The y axis is the share of simulations per bar, so it reads the same for 1,000 or
    100,000 trials.
    """
    ax = _axes(ax)
    samples = _samples(forecast)
    bins = v.positive_int("bins", bins)
    qs = _qs(qs)
    unit = _unit(forecast)
    x_lo, x_hi = _view_range(samples)
    weights = np.full(samples.size, 1.0 / samples.size)
    ax.hist(
        samples,
        bins=bins,
        range=(x_lo, x_hi),
        weights=weights,
        color=CURVE,
        alpha=0.75,
        label=f"{samples.size:,} simulated projects",
    )
    values = np.atleast_1d(np.asarray(forecast.quantile(np.array(qs)), dtype=float))
    for i, (q, x) in enumerate(zip(qs, values, strict=True)):
        colour = QUANT[i % len(QUANT)]
        ax.axvline(x, color=colour, ls="--", lw=1.8, label=f"P{100 * q:.0f}: {_pct(q)} likely")
        ax.text(
            x,
            0.97 - 0.13 * i,
            f" P{100 * q:.0f}: {_num(x)} {unit}",
            transform=ax.get_xaxis_transform(),
            ha="left",
            va="top",
            fontsize=TEXT_SIZE,
            fontweight="bold",
            color=colour,
            bbox=_LABEL_BOX,
        )
    ax.set_xlim(x_lo, x_hi)
    _percent_axis(ax.yaxis)
    return _finish(
        ax,
        "Where the simulated totals fall",
        f"Total work ({unit})",
        "Share of simulations",
        legend_loc="upper right",
    )


# ---------------------------------------------------------------------- history


def _records(history: Any) -> Any:
    records = getattr(history, "records", None)
    if records is None or not {"estimate", "actual"} <= set(records.columns):
        raise InputError(
            "history", type(history).__name__, "pass a History (expectlib.history.History)"
        )
    if len(records) == 0:
        raise InputError("history", "0 records", "the history is empty; load some past tasks")
    return records


def _log_limits(values: np.ndarray) -> tuple[float, float]:
    lo, hi = float(np.min(values)), float(np.max(values))
    return lo / 1.5, hi * 1.5


def _plain_log_ticks(axis: Any) -> None:
    axis.set_major_formatter(FuncFormatter(lambda x, _pos: _num(x)))


def plot_history_scatter(history: Any, ax: Axes | None = None) -> Axes:
    """Estimate vs actual for every past task, on log axes, with the line y = x.

    Points above the line ran over. Exact hits (actual = estimate, often time booked
    to the estimate) are drawn as black rings and counted in the legend. Points are
    coloured by person when the history names people (up to seven; the rest are grey).
    """
    ax = _axes(ax)
    rec = _records(history)
    unit = _unit(history)
    est = rec["estimate"].to_numpy(dtype=float)
    act = rec["actual"].to_numpy(dtype=float)
    ok = np.isfinite(est) & np.isfinite(act) & (est > 0) & (act > 0)
    est, act = est[ok], act[ok]
    people = rec["person"].to_numpy(dtype=object)[ok] if "person" in rec else None
    exact = np.isclose(act, est, rtol=1e-9, atol=0)
    alpha = 0.6 if est.size < 500 else 0.35

    if people is not None and any(p is not None and p == p for p in people):
        names = sorted({str(p) for p in people if p is not None and p == p})
        for i, name in enumerate(names):
            mine = np.array([str(p) == name for p in people]) & ~exact
            colour = PERSON_COLOURS[i] if i < len(PERSON_COLOURS) else "#999999"
            label = name if i < len(PERSON_COLOURS) else None
            ax.scatter(est[mine], act[mine], s=18, alpha=alpha, color=colour, label=label, lw=0)
        if len(names) > len(PERSON_COLOURS):
            ax.scatter([], [], s=18, color="#999999", label="others")
    else:
        ax.scatter(est[~exact], act[~exact], s=18, alpha=alpha, color=CURVE, lw=0, label="Task")
    share = exact.mean() if exact.size else 0.0
    ax.scatter(
        est[exact],
        act[exact],
        s=46,
        facecolors="none",
        edgecolors=EXACT,
        lw=1.2,
        zorder=3,
        label=f"Exact hit: {_pct(share)}",
    )

    ax.set_xscale("log")
    ax.set_yscale("log")
    lo, hi = _log_limits(np.concatenate([est, act]))
    ax.plot([lo, hi], [lo, hi], color="#444444", lw=1.4, ls="--", label="Actual = estimate")
    ax.set_xlim(lo, hi)
    ax.set_ylim(lo, hi)
    ax.text(
        0.03,
        0.97,
        "Above the line: took longer than estimated.\nRings: actual = estimate exactly.",
        transform=ax.transAxes,
        ha="left",
        va="top",
        fontsize=TEXT_SIZE,
        color="#444444",
    )
    _plain_log_ticks(ax.xaxis)
    _plain_log_ticks(ax.yaxis)
    return _finish(
        ax,
        f"Estimate vs actual, {est.size:,} past tasks",
        f"Estimate ({unit}, log scale)",
        f"Actual ({unit}, log scale)",
        legend_loc="lower right",
        ncols=2,
    )


def _calibration_columns(table: Any) -> tuple[str, list[tuple[str, str]]]:
    """Find the nominal column and the coverage columns in ``history.calibration()``."""
    cols = list(table.columns)
    nominal = next((c for c in ("nominal", "q", "nominal_q", "quantile") if c in cols), None)
    if nominal is None:
        raise InputError("calibration", cols, "expected a 'nominal' column of probabilities")
    pretty = {
        "model": "Forecast from history",
        "observed": "Forecast from history",
        "history": "Forecast from history",
        "plain": "Plain estimates",
        "estimate": "Plain estimates",
    }
    series = []
    for c in cols:
        if c == nominal or not np.issubdtype(table[c].dtype, np.number):
            continue
        key = str(c).removeprefix("observed_").removesuffix("_coverage").removeprefix("coverage_")
        series.append((c, pretty.get(key, str(c).replace("_", " "))))
    return nominal, series


def plot_calibration(history: Any, ax: Axes | None = None) -> Axes:
    """Reliability diagram: when we promise P80, how often were we within it?

    Plots ``history.calibration()`` (leave-one-out coverage per nominal probability)
    against the diagonal of perfect calibration. Points below the diagonal are
    overconfident promises. Plain estimates were met a single share of the time, so they
    appear as one point on the diagonal: a plain estimate met 70% of the time is, in
    effect, a P70 promise.
    """
    ax = _axes(ax)
    table = history.calibration()
    nominal, series = _calibration_columns(table)
    x = table[nominal].to_numpy(dtype=float)
    ax.plot([0, 1], [0, 1], color="#444444", ls="--", lw=1.4, label="Perfect calibration")
    for i, (col, label) in enumerate(series):
        y = table[col].to_numpy(dtype=float)
        if label == "Plain estimates":
            # Plain estimates were met a fixed share of the time: that share is the
            # probability they really promised, so they sit on the diagonal there.
            share = float(np.nanmean(y))
            ax.axhline(share, color=NAIVE, ls=":", lw=1.4)
            ax.plot(
                [share],
                [share],
                "D",
                color=NAIVE,
                ms=10,
                zorder=4,
                label=f"Plain estimates: met {_pct(share)}",
            )
            ax.annotate(  # below the diagonal on the right: empty on any reliability plot
                f"Plain estimates were met {_pct(share)} of the time:\n"
                f"each one was in effect a P{100 * share:.0f} promise",
                (share, share),
                xytext=(0.97, 0.06),
                textcoords="axes fraction",
                ha="right",
                va="bottom",
                fontsize=TEXT_SIZE,
                color="#8a5a00",
                bbox=_LABEL_BOX,
                zorder=5,
                arrowprops={"arrowstyle": "->", "color": NAIVE, "lw": 1.2, "shrinkB": 6},
            )
            continue
        colour = (CURVE, *QUANT)[i % (1 + len(QUANT))]
        ax.plot(x, y, "o-", color=colour, lw=2, ms=6, label=label)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_aspect("equal", adjustable="box")
    _percent_axis(ax.xaxis)
    _percent_axis(ax.yaxis)
    return _finish(
        ax,
        "Do the promises hold? (leave-one-out)",
        "Promised probability (e.g. P80 = 80%)",
        "Share of past tasks within it",
        legend_loc="upper left",
    )


def plot_ratio_by_size(history: Any, ax: Axes | None = None, bins: int = 6) -> Axes:
    """How the actual/estimate ratio spreads with task size: median, P80 and P90 per size band.

    Bigger tasks have wider spreads (DESIGN.md §5); this figure shows it on the
    learner's own history. Bands with fewer than five tasks are skipped.
    """
    ax = _axes(ax)
    rec = _records(history)
    unit = _unit(history)
    bins = v.positive_int("bins", bins)
    est = rec["estimate"].to_numpy(dtype=float)
    ratio = rec["actual"].to_numpy(dtype=float) / est
    ok = np.isfinite(ratio) & (est > 0) & (ratio > 0)
    est, ratio = est[ok], ratio[ok]
    edges = np.unique(np.quantile(est, np.linspace(0, 1, bins + 1)))
    mids, rows = [], []
    for a, b in itertools.pairwise(edges):
        inside = (est >= a) & ((est < b) | (b == edges[-1]))
        if inside.sum() < 5:
            continue
        mids.append(float(np.sqrt(a * b)))
        rows.append(np.quantile(ratio[inside], [0.5, 0.8, 0.9]))
    if not rows:
        raise InputError("history", f"{est.size} tasks", "need at least 5 tasks to draw size bands")
    q = np.array(rows)
    ax.fill_between(mids, q[:, 0], q[:, 2], color=CURVE, alpha=0.15, label="Median to P90")
    for j, (label, colour) in enumerate(
        (("Median ratio", CURVE), ("P80 ratio", QUANT[1]), ("P90 ratio", QUANT[2]))
    ):
        ax.plot(mids, q[:, j], "o-", color=colour, lw=2, label=label)
    ax.axhline(1.0, color="#444444", ls="--", lw=1.2, label="Actual = estimate")
    ax.set_xscale("log")
    _plain_log_ticks(ax.xaxis)
    return _finish(
        ax,
        "Bigger tasks: wider misses",
        f"Task estimate ({unit}, log scale)",
        "Actual ÷ estimate",
        legend_loc="upper left",
    )


# ---------------------------------------------------------------------- overcommitment

#: Plain names for the simulator's policies (figures and the lab widget).
POLICY_LABELS = {
    "accept_all": "Start everything at once",
    "accept_all_fifo": "One at a time",
    "wip_cap_queue": "WIP cap, queue the rest",
    "wip_cap_reject": "WIP cap, refuse the rest",
    "honest_quote": "Honest quote, one at a time",
}
#: Two-line names for bar charts with one bar per policy.
POLICY_SHORT = {
    "accept_all": "Everything\nat once",
    "accept_all_fifo": "One at\na time",
    "wip_cap_queue": "WIP cap,\nqueue",
    "wip_cap_reject": "WIP cap,\nrefuse",
    "honest_quote": "Honest\nquote",
}
UNSTABLE = "#D55E00"  # vermilion
TEXTBOOK = "#444444"
#: One colour per policy (Okabe–Ito), the same in every figure that compares them.
POLICY_COLOURS = {
    "accept_all": "#D55E00",
    "accept_all_fifo": "#0072B2",
    "wip_cap_queue": "#CC79A7",
    "wip_cap_reject": "#009E73",
    "honest_quote": "#E69F00",
}
_HOURS_COLOURS = {
    "productive": "#009E73",
    "switching": "#D55E00",
    "overtime": "#E69F00",
    "idle": "#BBBBBB",
}


def _policy_label(name: Any) -> str:
    return POLICY_LABELS.get(str(name), str(name))


def _weeks(x: float) -> str:
    """Weeks as people say them: 0.8, 2.5, 12, 130."""
    if not np.isfinite(x):
        return "∞" if x > 0 else "–"
    if abs(x) >= 10:
        return f"{x:,.0f}"
    return f"{x:.1f}"


def _sweep_columns(sweep: Any) -> dict[str, np.ndarray]:
    cols = getattr(sweep, "columns", None)
    if cols is None or not {"load", "lead_time_mean"} <= set(cols):
        raise InputError(
            "sweep",
            type(sweep).__name__,
            "pass the table from expectlib.simulate.sweep_load() (columns load, lead_time_mean)",
        )
    if len(sweep) == 0:
        raise InputError("sweep", "0 rows", "the sweep is empty; give sweep_load() some loads")
    n = len(sweep)

    def col(name: str, default: float) -> np.ndarray:
        if name in cols:
            return sweep[name].to_numpy(dtype=float)
        return np.full(n, default)

    out = {
        "load": col("load", np.nan),
        "mean": col("lead_time_mean", np.nan),
        "se": np.nan_to_num(col("lead_time_se", 0.0), nan=0.0),
        "analytic": col("analytic", np.nan),
        "unstable": col("unstable", 0.0).astype(bool),
    }
    out["refusing"] = _bounded_by_refusing(sweep, out)
    out["unstable"] &= ~out["refusing"]
    order = np.argsort(out["load"], kind="stable")
    return {k: v[order] for k, v in out.items()}


#: Policies that turn work away: over capacity their backlog stays bounded.
_REFUSING = ("wip_cap_reject", "honest_quote")


def _bounded_by_refusing(sweep: Any, cols: dict[str, np.ndarray]) -> np.ndarray:
    """Rows flagged unstable only because load ≥ 100%, while refusals bound the backlog.

    The simulator flags every load ≥ 100% as unstable, yet a policy that refuses work
    (a WIP cap that turns requests away, or an honest quote the client walks away from)
    keeps its queue and lead time bounded there. With ``refused_share`` and
    ``backlog_growing`` columns they decide; otherwise the sweep's scenario does.
    """
    cols_in = set(getattr(sweep, "columns", ()))
    over = cols["unstable"] & (cols["load"] >= 1.0)
    if {"refused_share", "backlog_growing"} <= cols_in:
        refused = np.nan_to_num(sweep["refused_share"].to_numpy(dtype=float), nan=0.0)
        growing = sweep["backlog_growing"].to_numpy(dtype=bool)
        return over & (refused >= 0.005) & ~growing
    scenario = (getattr(sweep, "attrs", {}) or {}).get("scenario")
    policy = getattr(scenario, "policy", None)
    refuses = policy == "wip_cap_reject" or (
        policy == "honest_quote" and getattr(scenario, "client_max_lead_weeks", None) is not None
    )
    return over if refuses else np.zeros_like(over)


def _curve_label(scenario: Any) -> str:
    from .simulate import _textbook_queue

    servers, kind = _textbook_queue(scenario)
    if kind == "ps":
        return "Textbook queue, all at once (processor sharing, τ/(1−ρ))"
    if servers == 1:
        return "Textbook queue (M/G/1, Pollaczek–Khinchine)"
    return f"Textbook queue ({servers} people: M/G/{servers}, approximation)"


def _hockey_y_top(cols: dict[str, np.ndarray], curve: tuple[np.ndarray, np.ndarray] | None):
    """A y limit that shows every point below 100% load and the bend, not a runaway tail."""
    below = ((cols["load"] < 1.0) | cols["refusing"]) & np.isfinite(cols["mean"])
    tops = []
    if below.any():
        tops.append(float(np.max(cols["mean"][below] + 1.96 * cols["se"][below])))
    if curve is not None:
        xs, ys = curve
        at = np.isfinite(ys) & (xs <= 0.9 + 1e-9)
        if at.any():
            tops.append(float(np.max(ys[at])))
    if not tops:
        finite = cols["mean"][np.isfinite(cols["mean"])]
        tops.append(float(np.max(finite)) if finite.size else 1.0)
    return 1.2 * max(max(tops), 1e-6)


def plot_hockey_stick(
    sweep: Any, ax: Axes | None = None, *, current_load: Any = None, annotate: bool = True
) -> Axes:
    """Mean lead time against load: the hockey stick, simulated and textbook.

    ``sweep`` is the table of :func:`expectlib.simulate.sweep_load`. Simulated points
    carry 95% error bars; unstable ones (load ≥ 100% or a backlog still growing) are
    crosses, and any beyond the y limit sit on the top edge with their value. A policy
    that refuses work (``wip_cap_reject``, ``honest_quote`` with a client limit) keeps
    a bounded lead time over 100% load: those points are hollow squares with error bars
    ("kept bounded by refusing work"), not crosses. The textbook curve
    (:func:`~expectlib.simulate.analytic_lead_time`) is drawn when the sweep's policy
    has one; otherwise the one-at-a-time (M/G/1) queue for the same work is drawn as a
    reference. Its points at 80% and 90% load say how much it grew from 50% load: the
    wait by ×4 and ×9 (ρ/(1−ρ)), the plotted lead time (wait + work) by less, e.g.
    "80% vs 50% load: wait ×4, lead time ×2.5". A run from empty with no warm-up is
    labelled "one year from empty — not steady state". ``current_load`` adds a marker
    (see :func:`mark_load`). The y axis stops at 1.2× the highest point below 100%
    load or the curve at 90% load, so the bend stays readable; points at or above
    100% load beyond it sit on the top edge as triangles. ``annotate=False`` leaves out
    the 80%/90% labels (the lab's quick first draw of a new curve, completed a moment later).
    """
    from .simulate import _analytic_curve, effective_hours

    ax = _axes(ax)
    cols = _sweep_columns(sweep)
    attrs = getattr(sweep, "attrs", {}) or {}
    scenario = attrs.get("scenario")
    reps = attrs.get("replications")
    x, y, se, unstable = cols["load"], cols["mean"], cols["se"], cols["unstable"]

    # the textbook curve, or the one-at-a-time reference when the policy has none
    curve = None
    x_lo = max(0.0, min(float(np.nanmin(x)), 0.3) - 0.05)
    x_hi = max(float(np.nanmax(x)), 1.0) + 0.05
    if scenario is not None:
        grid = np.linspace(max(x_lo, 0.01), 0.995, 300)
        ys = _analytic_curve(scenario, grid)
        label = _curve_label(scenario)
        style = {"color": TEXTBOOK, "ls": "--", "lw": 2.0}
        if not np.isfinite(ys).any():
            ref = scenario.replace(policy="accept_all_fifo", overtime_hours=None)
            ys = _analytic_curve(ref, grid)
            label = "Textbook reference: one at a time (M/G/1 queue)"
            style = {"color": "#888888", "ls": ":", "lw": 2.0}
        curve = (grid, ys)
    elif np.isfinite(cols["analytic"]).any():
        ok = np.isfinite(cols["analytic"])
        curve = (x[ok], cols["analytic"][ok])
        label, style = "Textbook", {"color": TEXTBOOK, "ls": "--", "lw": 2.0}
    y_top = _hockey_y_top(cols, curve)
    if curve is not None:
        ax.plot(curve[0], np.where(curve[1] <= 3 * y_top, curve[1], np.nan), label=label, **style)

    ax.axvline(1.0, color="#999999", lw=1.4, ls="-", zorder=1, label="100% load: all your hours")

    ok = np.isfinite(y)
    good = ok & ~unstable & ~cols["refusing"]
    what = f"Simulated, {reps:,} years per point" if reps else "Simulated"
    if good.any():
        ax.errorbar(
            x[good],
            y[good],
            yerr=1.96 * se[good],
            fmt="o",
            color=CURVE,
            ms=6,
            lw=1.6,
            capsize=3,
            zorder=6,
            label=f"{what} (95% bars)",
        )
    bounded = ok & cols["refusing"]
    if bounded.any():
        ax.errorbar(
            x[bounded],
            y[bounded],
            yerr=1.96 * se[bounded],
            fmt="s",
            color=CURVE,
            mfc="white",
            mew=1.8,
            ms=6,
            lw=1.6,
            capsize=3,
            zorder=6,
            label="Over 100% load: kept bounded by refusing work",
        )
    bad = ok & unstable
    if bad.any():
        inside = bad & (y <= y_top)
        above = bad & (y > y_top)
        if inside.any():
            ax.plot(
                x[inside],
                y[inside],
                "X",
                color=UNSTABLE,
                ms=9,
                zorder=6,
                label="Unstable: over capacity or a growing backlog",
            )
        if above.any():
            ax.plot(
                x[above],
                np.full(above.sum(), 0.975 * y_top),
                "^",
                color=UNSTABLE,
                ms=9,
                zorder=6,
                label=f"Off the scale (up to {_weeks(float(np.max(y[above])))} weeks)",
            )
    if scenario is not None and scenario.warmup_weeks == 0 and not scenario.drain:
        note = f"{_weeks(scenario.horizon_weeks)} weeks from empty: not steady state"
    elif scenario is not None and scenario.warmup_weeks > 0:
        note = f"After a {_weeks(scenario.warmup_weeks)}-week warm-up: closer to steady state"
    else:
        note = ""
    ax.set_xlim(x_lo, x_hi)
    ax.set_ylim(0, y_top)
    # few ticks: easier to read from the back of the room, and faster to draw
    ax.xaxis.set_major_locator(MultipleLocator(0.2))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 5, 10]))
    _percent_axis(ax.xaxis)
    _finish(
        ax,
        "Lead time vs load: the hockey stick",
        "Load: work arriving ÷ capacity",
        "Mean lead time (weeks)",
        legend_loc="upper left",
    )
    if note:  # top right, level with the title
        ax.text(
            1.0,
            1.0,
            note,
            transform=ax.transAxes,
            ha="right",
            va="bottom",
            fontsize=TEXT_SIZE - 1,
            color="#555555",
        )
    if annotate and curve is not None and scenario is not None:  # last: clear of the legend
        tau = scenario.mean_size_hours / float(effective_hours(scenario.hours_per_week))
        _mark_multiples(ax, *curve, y_top, tau, cols)
    if current_load is not None:
        mark_load(ax, sweep, current_load)
    return ax


def _times(x: float) -> str:
    """A multiple as people say it: ×4, ×2.5, ×19."""
    return f"×{x:.0f}" if abs(x - round(x)) < 0.05 or x >= 10 else f"×{x:.1f}"


def _renderer(ax: Axes) -> Any:
    """The figure's renderer, or None where the canvas has none (then no layout checks)."""
    get = getattr(ax.figure.canvas, "get_renderer", None)
    try:
        return get() if get is not None else None
    except Exception:  # pragma: no cover - exotic backends
        return None


_HA = {-1: "right", 0: "center", 1: "left"}
_PAD = np.array([-3.0, -3.0, 3.0, 3.0])  # a 3 px margin around a display box
_SHIFT = {"left": 0.0, "bottom": 0.0, "center": 0.5, "right": 1.0, "top": 1.0}


def _spot_boxes(ax: Axes, renderer: Any, artist: Any, spots: Sequence[Any]) -> np.ndarray:
    """Display boxes ``[x0, y0, x1, y1]`` the label ``artist`` would take at each spot.

    ``artist`` is laid out once (at ``spots[0]``); the other spots shift its box.
    """
    box = artist.get_window_extent(renderer)
    w, h = box.width, box.height
    px = ax.figure.dpi / 72.0
    dx0, dy0, ha0, va0 = spots[0]
    anchor_x = box.x0 + _SHIFT[ha0] * w - dx0 * px
    anchor_y = box.y0 + _SHIFT[va0] * h - dy0 * px
    out = np.empty((len(spots), 4))
    for i, (dx, dy, ha, va) in enumerate(spots):
        x0 = anchor_x + dx * px - _SHIFT[ha] * w
        y0 = anchor_y + dy * px - _SHIFT[va] * h
        out[i] = (x0, y0, x0 + w, y0 + h)
    return out


def _avoid_arrays(avoid: Sequence[Any]) -> tuple[np.ndarray, np.ndarray]:
    """(hard, soft) ``[x0, y0, x1, y1]`` arrays from Bboxes (hard), ``(x, y)`` points and
    ``(x0, y0, x1, y1)`` boxes (soft). Hard boxes get a 3 px margin: touching is a clash.
    """
    hard = [b.extents for b in avoid if not isinstance(b, tuple)]
    soft = [
        (p[0] - 3, p[1] - 3, p[0] + 3, p[1] + 3) if len(p) == 2 else p
        for p in avoid
        if isinstance(p, tuple)
    ]
    hard_a = np.asarray(hard, dtype=float).reshape(-1, 4) + _PAD
    return hard_a, np.asarray(soft, dtype=float).reshape(-1, 4)


def _overlaps(boxes: np.ndarray, others: np.ndarray) -> np.ndarray:
    """How many of ``others`` each of ``boxes`` overlaps (both ``[x0, y0, x1, y1]``)."""
    if not len(others) or not len(boxes):
        return np.zeros(len(boxes), dtype=int)
    b, o = boxes[:, None, :], others[None, :, :]
    hit = (b[..., 0] < o[..., 2]) & (o[..., 0] < b[..., 2])
    hit &= (b[..., 1] < o[..., 3]) & (o[..., 1] < b[..., 3])
    return hit.sum(axis=1)


def _spot_scores(ax: Axes, renderer: Any, boxes: np.ndarray, avoid: Sequence[Any]) -> np.ndarray:
    """``[hard, soft]`` clashes per candidate box: leaving the axes counts 3 hard ones."""
    frame = ax.get_window_extent(renderer)
    hard, soft = _avoid_arrays(avoid)
    outside = (
        (boxes[:, 0] < frame.x0 - 1)
        | (boxes[:, 2] > frame.x1 + 1)
        | (boxes[:, 1] < frame.y0 - 1)
        | (boxes[:, 3] > frame.y1 + 1)
    )
    return np.column_stack([3 * outside + _overlaps(boxes, hard), _overlaps(boxes, soft)])


def _set_spot(artist: Any, spot: Any) -> Any:
    dx, dy, ha, va = spot
    artist.xyann = (dx, dy)
    artist.set_horizontalalignment(ha)
    artist.set_verticalalignment(va)
    return artist


def _place(ax: Axes, renderer: Any, make: Any, spots: Sequence[Any], avoid: Sequence[Any]):
    """Create the label ``make(spot)`` at the first of ``spots`` that clears ``avoid``.

    ``spots`` are ``(dx, dy, ha, va)``: an offset in points from the anchor and the
    alignment. ``avoid`` holds display-space Bboxes (hard: labels, the legend; leaving
    the axes is worse still) or soft tuples, counted: ``(x, y)`` points (data points)
    and ``(x0, y0, x1, y1)`` boxes (error bars). The label is laid out once and its box
    shifted for each spot (cheap enough to run on every slider move); the spot with the
    fewest clashes wins.
    """
    artist = make(spots[0])
    if renderer is None or len(spots) == 1:
        return artist
    scores = _spot_scores(ax, renderer, _spot_boxes(ax, renderer, artist, spots), avoid)
    best = min(range(len(spots)), key=lambda i: (scores[i, 0], scores[i, 1], i))
    return _set_spot(artist, spots[best])


def _data_points(ax: Axes, cols: dict[str, np.ndarray], *, between: int = 0):
    """Display positions of the simulated points (capped at the top edge, as drawn).

    ``between`` > 0 adds that many points on each straight segment joining neighbours:
    where an interpolated "You" marker can land, so fixed labels keep clear of it.
    """
    _, y_top = ax.get_ylim()
    ok = np.isfinite(cols["mean"])
    xs, ys = cols["load"][ok], np.minimum(cols["mean"][ok], 0.975 * y_top)
    if between and xs.size > 1:
        t = np.linspace(0, 1, between + 2)[:-1]
        xs = np.concatenate([x0 + t * (x1 - x0) for x0, x1 in itertools.pairwise(xs)] + [xs[-1:]])
        ys = np.concatenate([y0 + t * (y1 - y0) for y0, y1 in itertools.pairwise(ys)] + [ys[-1:]])
    xy = ax.transData.transform(np.column_stack([xs, ys]))
    return [(float(x), float(y)) for x, y in xy]


def _error_boxes(ax: Axes, cols: dict[str, np.ndarray]) -> list[tuple]:
    """Display boxes ``(x0, y0, x1, y1)`` of the simulated markers and their 95% bars."""
    _, y_top = ax.get_ylim()
    ok = np.isfinite(cols["mean"])
    x = cols["load"][ok]
    y = np.minimum(cols["mean"][ok], 0.975 * y_top)
    half = 1.96 * np.where(cols["unstable"][ok], 0.0, cols["se"][ok])
    lo = ax.transData.transform(np.column_stack([x, np.maximum(y - half, 0.0)]))
    hi = ax.transData.transform(np.column_stack([x, np.minimum(y + half, y_top)]))
    r = 6.0 * ax.figure.dpi / 72.0  # marker and cap half-width
    return [
        (float(a[0] - r), float(a[1] - r), float(b[0] + r), float(b[1] + r))
        for a, b in zip(lo, hi, strict=True)
    ]


def _line_points(ax: Axes, xs: np.ndarray, ys: np.ndarray, step: float = 6.0) -> np.ndarray:
    """Display points every ``step`` pixels along a line (inside the y limits)."""
    _, y_top = ax.get_ylim()
    ok = np.isfinite(ys) & (ys <= y_top)
    xy = ax.transData.transform(np.column_stack([xs[ok], ys[ok]]))
    if len(xy) < 2:
        return xy.reshape(-1, 2)
    at = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(xy, axis=0).T))])
    ts = np.arange(0.0, at[-1] + 1e-9, step)
    return np.column_stack([np.interp(ts, at, xy[:, 0]), np.interp(ts, at, xy[:, 1])])


def _multiple_text(rho: float, wait: float, lead: float) -> str:
    """The label at load ``rho``: wait and lead time as multiples of those at 50% load."""
    return f"{rho:.0%} vs 50% load:\nwait {_times(wait)}, lead time {_times(lead)}"


def _mark_multiples(
    ax: Axes, xs: np.ndarray, ys: np.ndarray, y_top: float, service: float, cols: Any = None
) -> None:
    """Label the curve at 80% and 90% load with how much it grew from 50% load.

    The curve is the lead time (time in system): its queue wait (lead time − ``service``)
    grows ×4 and ×9 for one server (ρ/(1−ρ)), the lead time itself less (×2.5 and ×5 for
    the default one-at-a-time queue); the label says both and its baseline, e.g.
    "80% vs 50% load: wait ×4, lead time ×2.5". The two labels are placed together, at
    the pair of spots next to their points that keeps clear of the legend, each other
    and the axes edges, keeps the 80% label left of the 90% one, and covers the fewest
    simulated points, error bars and points of the path the "You" marker can take (then
    the fewest points of the curve).
    """
    ok = np.isfinite(ys)
    if not ok.any() or xs[ok][0] > 0.5 or xs[ok][-1] < 0.8:
        return
    lead0 = float(np.interp(0.5, xs[ok], ys[ok]))
    base = lead0 - service
    if base <= 0:
        return
    renderer = _renderer(ax)
    legend = ax.get_legend()
    hard: list[Any] = []  # the legend, then the labels placed here
    if renderer is not None and legend is not None:
        hard.append(legend.get_window_extent(renderer))
    # (offset in points, ha, va): up-left, down-right, right, left, up-right, further out
    spots = [
        (-10, 6, "right", "bottom"),
        (10, -6, "left", "top"),
        (10, 0, "left", "center"),
        (-10, 0, "right", "center"),
        (10, 6, "left", "bottom"),
        (-10, -6, "right", "top"),
        (16, -24, "left", "top"),
        (-16, 24, "right", "bottom"),
        (-16, -24, "right", "top"),
        (16, 24, "left", "bottom"),
        (16, -44, "left", "top"),
        (-16, 44, "right", "bottom"),
        (-16, -44, "right", "top"),
        (16, 44, "left", "bottom"),
    ]
    labels = []
    for rho in (0.8, 0.9):
        t = float(np.interp(rho, xs[ok], ys[ok]))
        if rho > xs[ok][-1] or t > y_top:
            continue
        ax.plot([rho], [t], "o", color=TEXTBOOK, ms=5, zorder=3)
        dx, dy, ha, va = spots[0]
        labels.append(
            ax.annotate(
                _multiple_text(rho, (t - service) / base, t / lead0),
                (rho, t),
                xytext=(dx, dy),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=TEXT_SIZE,
                color=TEXTBOOK,
                bbox=_LABEL_BOX,
                zorder=5,
                gid="ex-multiple",
            )
        )
    if renderer is None or not labels:
        return
    # the simulated points, their error bars and the path the "You" marker can take
    data = [*_error_boxes(ax, cols), *_data_points(ax, cols, between=12)] if cols else []
    lines = _line_points(ax, xs, ys)
    boxes = [_spot_boxes(ax, renderer, label, spots) for label in labels]
    scores = [
        np.column_stack(
            [
                _spot_scores(ax, renderer, b, hard)[:, 0],
                _spot_scores(ax, renderer, b, data)[:, 1],
                _spot_scores(ax, renderer, b, list(map(tuple, lines)))[:, 1],
            ]
        )
        for b in boxes
    ]
    if len(labels) == 1:
        best = (min(range(len(spots)), key=lambda i: (*scores[0][i], i)),)
    else:
        (b8, b9), (s8, s9) = boxes, scores

        n = len(spots)
        p8, p9 = np.repeat(b8, n, axis=0), np.tile(b9 + _PAD, (n, 1))  # every pair (i, j)
        clash = (p8[:, 0] < p9[:, 2]) & (p9[:, 0] < p8[:, 2])
        clash &= (p8[:, 1] < p9[:, 3]) & (p9[:, 1] < p8[:, 3])
        crossed = p8[:, 0] + p8[:, 2] > p9[:, 0] + p9[:, 2]  # the 80% label right of 90%
        total = np.repeat(s8, n, axis=0) + np.tile(s9, (n, 1))
        ij = np.arange(n * n)
        k = int(
            np.lexsort((ij // n + ij % n, total[:, 2], total[:, 1], crossed, total[:, 0] + clash))[
                0
            ]
        )
        best = (k // n, k % n)
    placed = [Bbox.from_extents(*b[i]) for label, b, i in zip(labels, boxes, best, strict=True)]
    for label, box, i in zip(labels, placed, best, strict=True):
        _set_spot(label, spots[i])
        if abs(spots[i][1]) >= 24:  # set apart: a thin leader line to its point
            at = ax.transData.transform(label.xy)
            end = (np.clip(at[0], box.x0, box.x1), np.clip(at[1], box.y0, box.y1))
            xy = ax.transData.inverted().transform([at, end])
            ax.plot(xy[:, 0], xy[:, 1], color=TEXTBOOK, lw=0.8, zorder=4)
    # what mark_load keeps clear of, measured once
    where = tuple(ax.get_window_extent(renderer).bounds)
    ax._ex_static_boxes = (where, len(ax.texts), hard[:1] + placed)


def _static_boxes(ax: Axes, renderer: Any) -> list[Any]:
    """Display boxes of the curve's labels and the legend, kept while the axes stay put.

    The lab moves the "You" marker over a fixed frame many times: measuring the legend
    each time would cost more than drawing the marker.
    """
    where = tuple(ax.get_window_extent(renderer).bounds)
    kept = getattr(ax, "_ex_static_boxes", None)
    if kept is not None and kept[0] == where and kept[1] == len(ax.texts):
        return kept[2]
    boxes = [
        t.get_window_extent(renderer)
        for t in ax.texts
        if t.get_gid() == "ex-multiple" and t.get_visible()
    ]
    if ax.get_legend() is not None:
        boxes.append(ax.get_legend().get_window_extent(renderer))
    ax._ex_static_boxes = (where, len(ax.texts), boxes)
    return boxes


def mark_load(ax: Axes, sweep: Any, load: Any, *, lead_time: Any = None) -> list[Artist]:
    """Mark the current load on a hockey stick; return the new artists.

    A dotted vertical line at ``load`` and a diamond at ``lead_time`` (weeks; default:
    interpolated from the sweep's points), labelled "You: 80% load → 6.3 weeks". A
    marker above the y limit sits on the top edge. The label goes right of the marker
    (left of it near the right edge) and takes the first spot around it (above or
    below, then further down) that stays inside the axes and clear of the curve's
    labels and the legend (then of the simulated points and their error bars). Widgets
    redraw only these
    artists when the load slider moves.
    """
    load = v.positive("load", load)
    cols = _sweep_columns(sweep)
    if lead_time is None:
        ok = np.isfinite(cols["mean"])
        lead = float(np.interp(load, cols["load"][ok], cols["mean"][ok])) if ok.any() else np.nan
    else:
        lead = float(lead_time)
    _, y_top = ax.get_ylim()
    x_lo, x_hi = ax.get_xlim()
    artists: list[Artist] = [ax.axvline(load, color=QUANT[1], ls=":", lw=1.8, zorder=2)]
    if np.isfinite(lead):
        y = min(lead, 0.97 * y_top)
        artists.extend(ax.plot([load], [y], "D", color=QUANT[1], ms=10, mec="white", zorder=6))
        right = (load - x_lo) / (x_hi - x_lo) > 0.6  # label to the left of the marker
        low = y < 0.5 * y_top  # label above the marker
        first, other = (-1 if right else 1), (1 if right else -1)  # label left (-1) or right
        up, down = (8, -8) if low else (-8, 8)
        sides = [(first, up), (first, down), (other, up), (other, down), (0, up), (0, down)]
        sides += [
            (h, dy) for dy in (-30, 30, -52, 52, -76, -100, -124, -148) for h in (first, other, 0)
        ]
        spots = [
            (10 * h, dy if h else dy + 4 * int(np.sign(dy)), _HA[h], "bottom" if dy > 0 else "top")
            for h, dy in sides
        ]
        renderer = _renderer(ax)
        avoid: list[Any] = []
        if renderer is not None:
            avoid = list(_static_boxes(ax, renderer))
            mine = ax.transData.transform((load, y))
            boxes = _error_boxes(ax, cols)
            avoid.extend(b for b in boxes if abs(b[0] + b[2] - 2 * mine[0]) > 2)

        def make(spot: tuple) -> Any:
            dx, dy, ha, va = spot
            return ax.annotate(
                f"You: {load:.0%} load → {_weeks(lead)} weeks",
                (load, y),
                xytext=(dx, dy),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=TEXT_SIZE,
                fontweight="bold",
                color=QUANT[1],
                bbox=_LABEL_BOX,
                zorder=7,
            )

        artists.append(_place(ax, renderer, make, spots, avoid))
    ax.set_ylim(0, y_top)
    return artists


def plot_on_time_by_policy(table: Any, ax: Axes | None = None, *, highlight: Any = None) -> Axes:
    """Share of promises kept per way of working, from a :func:`~expectlib.simulate.compare` table.

    One horizontal bar per row (policy rows get plain names) with a 95% error bar
    (±1.96 ``on_time_se``), the rate written beside it and, where work was refused, the
    share of requests refused (what the better rate cost). ``highlight`` (a row name)
    draws that bar darker (the lab's current policy). A row with no promise due shows
    "no promises fell due".
    """
    ax = _axes(ax)
    names = _on_time_names(table)
    _on_time_frame(ax, names, highlight)
    _on_time_bars(ax, table, highlight)
    return ax


def _on_time_names(table: Any) -> list[str]:
    cols = getattr(table, "columns", None)
    if cols is None or "on_time_rate" not in cols:
        raise InputError(
            "table",
            type(table).__name__,
            "pass the table from expectlib.simulate.compare() (an on_time_rate column)",
        )
    if len(table) == 0:
        raise InputError("table", "0 rows", "the table is empty; compare at least one scenario")
    return [str(i) for i in table.index]


def _on_time_frame(ax: Axes, names: Sequence[str], highlight: Any) -> None:
    """Axes, ticks and labels of :func:`plot_on_time_by_policy` (no data: widgets blit it)."""
    pos = np.arange(len(names))
    ax.set_yticks(pos, [_policy_label(n) for n in names])
    for tick, name in zip(ax.get_yticklabels(), names, strict=True):
        if str(highlight) == name:
            tick.set_fontweight("bold")
    ax.set_ylim(len(names) - 0.4, -0.6)  # first row on top
    ax.set_xlim(0, _SHARE_TOP)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    _percent_axis(ax.xaxis)
    ax.axvline(1.0, color="#999999", lw=1, zorder=1)
    _finish(
        ax,
        "Promises kept, by way of working",
        "Requests delivered by the promised date (95% error bars)",
        "Way of working",
    )
    ax.grid(False, axis="y")


def _on_time_bars(ax: Axes, table: Any, highlight: Any) -> list[Artist]:
    """The bars, error bars and labels of :func:`plot_on_time_by_policy`; returns them."""
    names = _on_time_names(table)
    cols = table.columns
    rate = table["on_time_rate"].to_numpy(dtype=float)
    se = table["on_time_se"].to_numpy(dtype=float) if "on_time_se" in cols else np.zeros_like(rate)
    se = np.nan_to_num(se, nan=0.0)
    refused = (
        table["refused_share"].to_numpy(dtype=float)
        if "refused_share" in cols
        else np.zeros_like(rate)
    )
    unstable = (
        table["unstable"].to_numpy(dtype=bool) if "unstable" in cols else np.zeros(rate.size, bool)
    )
    loads = table["load"].to_numpy(dtype=float) if "load" in cols else np.zeros_like(rate)
    renderer = _renderer(ax)
    frame = ax.get_window_extent(renderer) if renderer is not None else None
    pos = np.arange(rate.size)
    chosen = [str(highlight) == n for n in names]
    colours = [QUANT[1] if c else CURVE for c in chosen]
    shown = np.nan_to_num(rate, nan=0.0)
    bars = ax.barh(pos, shown, color=colours, alpha=0.85, height=0.62, zorder=2)
    errs = ax.errorbar(
        shown, pos, xerr=1.96 * se, fmt="none", ecolor="#222222", capsize=4, lw=1.4, zorder=3
    )
    artists: list[Artist] = [*bars.patches, *errs.lines[1], *errs.lines[2]]
    for i in range(rate.size):
        if not np.isfinite(rate[i]):
            text = "no promises fell due"
        else:
            text = _pct(rate[i])
            if refused[i] >= 0.005:
                text += f" · refused {_pct(refused[i])} of requests"
            if unstable[i] and refused[i] >= 0.005 and loads[i] >= 1.0 and names[i] in _REFUSING:
                text += " · over capacity"  # refusing keeps it bounded: not a growing queue
            elif unstable[i]:
                text += " · unstable"
        label = ax.text(
            min(shown[i] + 1.96 * se[i], 1.0) + 0.02,
            pos[i],
            text,
            ha="left",
            va="center",
            fontsize=TEXT_SIZE + 1 if chosen[i] else TEXT_SIZE,
            fontweight="bold" if chosen[i] else "normal",
            color="#222222",
            zorder=4,
        )
        if renderer is not None and label.get_window_extent(renderer).x1 > frame.x1 - 2:
            # no room right of the bar: inside it, at its end, in white
            label.set_x(max(shown[i] - 1.96 * se[i] - 0.02, 0.02))
            label.set_horizontalalignment("right")
            label.set_color("white")
            if label.get_window_extent(renderer).x0 < frame.x0 + 2:  # too long: the numbers
                label.set_text(text.replace(" of requests", "").split(" · over")[0])
        artists.append(label)
    return artists


def _outcome_items(outcomes: Any, field: str, *, short: bool = False) -> list[tuple[str, Any]]:
    """``[(label, Outcome)]`` from one Outcome or a dict name -> Outcome."""
    from .simulate import Outcome

    names = POLICY_SHORT if short else POLICY_LABELS
    if isinstance(outcomes, Outcome):
        return [(names.get(outcomes.scenario.policy, outcomes.scenario.policy), outcomes)]
    if not isinstance(outcomes, dict) or not outcomes:
        raise InputError(
            field,
            type(outcomes).__name__,
            "pass an Outcome from simulate() or a non-empty dict name -> Outcome",
        )
    items = []
    for name, o in outcomes.items():
        if not isinstance(o, Outcome):
            raise InputError(
                f"{field}[{name!r}]", type(o).__name__, "every value must be an Outcome"
            )
        items.append((names.get(str(name), str(name)), o))
    return items


def plot_lateness(outcomes: Any, ax: Axes | None = None) -> Axes:
    """How late the promises were: done − promised date, in weeks (negative = early).

    ``outcomes`` is one :class:`~expectlib.simulate.Outcome` or a dict name → Outcome.
    Counted are the accepted requests due within the window, as in ``on_time_rate``;
    requests still open and already overdue at the end are at least that late.

    * One outcome: a histogram from about the 1st to the 95th percentile, the still-open
      stacked (hatched) on the delivered. Whatever lies beyond the view is not folded
      into the end bins: it gets its own bar, set apart and labelled ("> 30" weeks on
      the axis, its share on top), and so does a long early tail ("< −2"). The legend's title
      gives the share late.
    * Several: one cumulative curve each, the share of promises delivered within x
      weeks of the date, so the height at 0 is the on-time rate. The view ends where
      most policies are done (the median of their 95th percentiles), so one policy's
      long tail cannot squash the others; a curve still short of 100% there says how
      many were later (or never delivered in the window).
    """
    ax = _axes(ax)
    items = _outcome_items(outcomes, "outcomes")
    pooled = np.concatenate([np.asarray(o.lateness, dtype=float) for _, o in items])
    pooled = pooled[np.isfinite(pooled)]
    ax.axvline(
        0.0, color="#222222", lw=1.6, zorder=4, label="Promised date" if len(items) == 1 else None
    )
    title = None
    if pooled.size == 0:
        ax.text(
            0.5,
            0.5,
            "No promises fell due in the window",
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=LABEL_SIZE,
            color="#555555",
        )
        ax.set_xlim(-1, 1)
        ylabel = "Share of promises due"
    elif len(items) == 1:
        title = _lateness_bars(ax, *items[0])
        ylabel = "Share of promises due"
    else:
        _lateness_curves(ax, items)
        ylabel = "Delivered within x weeks (cumulative)"
    _percent_axis(ax.yaxis)
    _finish(
        ax,
        "How late were the promises?",
        "Weeks late (done − promised date; negative = early)",
        ylabel,
        legend_loc="upper right",
    )
    legend = ax.get_legend()
    if title is not None and legend is not None:
        legend.set_title(title, prop={"size": TEXT_SIZE, "weight": "bold"})
    if pooled.size:
        marks = _early_late(ax)
        if len(items) == 1:
            _quietest_corner(ax, ("upper right", "upper left"), list(ax.texts), room=True)
        else:
            places = (
                "lower right",
                "center right",
                "upper left",
                "center left",
                "lower left",
                "center",
                "lower center",
            )
            _quietest_corner(ax, places, list(ax.texts))
            _legend_below_if_hiding(ax)
        _clear_of_legend(ax, marks)
    return ax


def _marks_of(ax: Axes) -> np.ndarray:
    """Display points of what the legend should not hide: curve points and bar tops."""
    parts = []
    for line in ax.lines:
        if not line.get_gid() or len(line.get_xdata()) == 0:
            continue
        xy = ax.transData.transform(np.asarray(line.get_xydata(), dtype=float))
        xy = xy[np.all(np.isfinite(xy), axis=1)]
        if len(xy) > 1:  # every 3 px along the line, so steep stretches count as much
            step = np.hypot(*np.diff(xy, axis=0).T)
            at = np.concatenate([[0.0], np.cumsum(step)])
            ts = np.arange(0.0, at[-1] + 1e-9, 3.0)
            xy = np.column_stack([np.interp(ts, at, xy[:, 0]), np.interp(ts, at, xy[:, 1])])
        parts.append(xy)
    for patch in ax.patches:
        verts = patch.get_path().vertices
        if len(verts):
            parts.append(patch.get_transform().transform(verts))
    return np.concatenate(parts) if parts else np.empty((0, 2))


def _quietest_corner(
    ax: Axes, places: Sequence[str], texts: Sequence[Any], *, room: bool = False
) -> None:
    """Move the legend to the place in ``places`` that hides the fewest ``texts``, then
    curve points and bar tops; with ``room``, raise the y limit until the bars clear it.

    Decided once, here (matplotlib's "best" is decided at every draw and does not see
    labels placed after it).
    """
    legend = ax.get_legend()
    renderer = _renderer(ax)
    if legend is None or renderer is None:
        return
    points = _marks_of(ax)
    boxes = [t.get_window_extent(renderer) for t in texts]

    def score(loc: str) -> tuple[int, int]:
        legend.set_loc(loc)
        box = legend.get_window_extent(renderer).padded(4)
        inside = (
            (points[:, 0] >= box.x0)
            & (points[:, 0] <= box.x1)
            & (points[:, 1] >= box.y0)
            & (points[:, 1] <= box.y1)
        )
        return sum(box.overlaps(b) for b in boxes), int(inside.sum())

    best = min(places, key=score)
    legend.set_loc(best)
    if room and score(best)[1]:
        frame = ax.get_window_extent(renderer)
        box = legend.get_window_extent(renderer).padded(4)
        free = (box.y0 - frame.y0) / frame.height  # share of the height under the legend
        y_lo, y_hi = ax.get_ylim()
        inside = (points[:, 0] >= box.x0) & (points[:, 0] <= box.x1)
        if inside.any() and free > 0.2:
            tallest = float(ax.transData.inverted().transform(points[inside])[:, 1].max())
            ax.set_ylim(y_lo, max(y_hi, tallest / free))
        legend.set_loc(best)


def _legend_below_if_hiding(ax: Axes) -> None:
    """Move the legend under the axes (below the x label) if it still hides a curve."""
    legend = ax.get_legend()
    renderer = _renderer(ax)
    if legend is None or renderer is None:
        return
    points = _marks_of(ax)
    box = legend.get_window_extent(renderer).padded(2)
    hidden = (points[:, 0] >= box.x0) & (points[:, 0] <= box.x1)
    hidden &= (points[:, 1] >= box.y0) & (points[:, 1] <= box.y1)
    if not hidden.any():
        return
    frame = ax.get_window_extent(renderer)
    below = ax.xaxis.label.get_window_extent(renderer).y0 - 4
    legend.set_loc("upper center")
    legend.set_bbox_to_anchor((0.5, (below - frame.y0) / frame.height), transform=ax.transAxes)


def _clear_of_legend(ax: Axes, marks: Sequence[Any]) -> None:
    """Move "← early" / "late →" just below the legend if it covers them."""
    legend = ax.get_legend()
    renderer = _renderer(ax)
    if legend is None or renderer is None or not marks:
        return
    box = legend.get_window_extent(renderer).padded(6)  # fonts vary a little with dpi
    if not any(t.get_window_extent(renderer).overlaps(box) for t in marks):
        return
    frame = ax.get_window_extent(renderer)
    y = (box.y0 - frame.y0) / frame.height - 0.01
    for t in marks:
        t.xy = (t.xy[0], y)


def _nice_step(x: float) -> float:
    """The first of 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50… at least ``x`` (a bin width)."""
    for step in (0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0):
        if step >= x:
            return step
    return 100.0 * math.ceil(x / 100.0)


def _tick_text(x: float) -> str:
    return f"{x:g}".replace("-", "−")


def _lateness_bars(ax: Axes, name: str, o: Any) -> str:
    """The one-outcome histogram with labelled tail bars; returns the legend's title."""
    late = np.asarray(o.lateness, dtype=float)
    cens = np.asarray(o.lateness_censored, dtype=bool)
    if late.size == 0:
        ax.plot([], [], color=CURVE, label=f"{name}: no promises due")
        ax.set_xlim(-1, 1)
        return f"{name}: no promises due"
    q01, q95 = np.quantile(late, [0.01, 0.95])
    step = _nice_step(max(float(q95 - q01), 0.5) / 32)
    lo = min(math.floor(q01 / step) * step, -step)
    hi = max(math.ceil(q95 / step) * step, step)
    edges = np.arange(round((hi - lo) / step) + 1) * step + lo
    w = 1.0 / late.size
    inside = (late >= lo) & (late <= hi)
    done, _ = np.histogram(late[inside & ~cens], bins=edges)
    still, _ = np.histogram(late[inside & cens], bins=edges)
    done, still = done * w, still * w
    ax.stairs(done, edges, fill=True, color=CURVE, alpha=0.85, label="Delivered")
    ax.stairs(
        done + still,
        edges,
        baseline=done,
        fill=True,
        facecolor=UNSTABLE,
        edgecolor="white",
        hatch="//",
        lw=0,
        alpha=0.85,
        label="Still open at the end\n(at least this late)",
    )
    ticks = [float(t) for t in MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]).tick_values(lo, hi)]
    ticks = [t for t in ticks if lo - 1e-9 <= t <= hi + 1e-9]
    labels = [_tick_text(t) for t in ticks]
    x_lo, x_hi = lo, hi
    top = float(np.max(done + still)) if done.size else 0.0
    tails = []
    for side, mask, bound in ((1, late > hi, hi), (-1, late < lo, lo)):
        share = float(mask.sum()) * w
        if share <= 0:
            continue
        width = 2 * step
        x0 = bound + step if side > 0 else bound - step - width
        centre = x0 + width / 2
        base = 0.0
        for part, colour, hatch in ((mask & ~cens, CURVE, None), (mask & cens, UNSTABLE, "//")):
            h = float(part.sum()) * w
            if h > 0:
                bar = Rectangle(
                    (x0, base),
                    width,
                    h,
                    facecolor=colour,
                    edgecolor="white",
                    hatch=hatch,
                    lw=0,
                    alpha=0.85,
                    gid="ex-tail",
                    zorder=2,
                )
                ax.add_patch(bar)
                base += h
        tails.append((centre, share, side, bound))
        top = max(top, share)
        ticks.append(centre)
        labels.append(f"> {_tick_text(bound)}" if side > 0 else f"< {_tick_text(bound)}")
        x_lo, x_hi = min(x_lo, x0), max(x_hi, x0 + width)
    pad = 0.02 * (x_hi - x_lo)
    ax.set_xlim(x_lo - pad, x_hi + pad)
    ax.set_ylim(0, max(top, 1e-3) * 1.32)  # room for the labels and the early/late marks
    for centre, share, _side, _bound in tails:  # the share on top; the axis says "> 48"
        ax.text(
            centre,
            share,
            _pct(share),
            ha="center",
            va="bottom",
            fontsize=TEXT_SIZE,
            fontweight="bold",
            color="#222222",
            zorder=5,
        )
    ax.set_xticks(ticks, labels)
    share_late = float(np.mean((late > 1e-12) | cens))
    return f"{name}:\n{_pct(share_late)} of promises late"


def _lateness_curves(ax: Axes, items: Sequence[tuple[str, Any]]) -> None:
    """One cumulative curve per outcome, each with its share later than the view."""
    lates = []
    for _, o in items:
        late = np.asarray(o.lateness, dtype=float)
        late = np.where(np.abs(late) <= 1e-12, 0.0, late)  # on time within rounding
        lates.append((late, np.asarray(o.lateness_censored, dtype=bool)))
    firsts = [np.quantile(late, 0.01) for late, _ in lates if late.size]
    ends = [np.quantile(late, 0.95) for late, _ in lates if late.size]
    step = _nice_step(max(float(np.median(ends)) - float(min(firsts)), 1.0) / 10)
    lo = min(math.floor(min(firsts) / step) * step, -step)
    hi = max(math.ceil(float(np.median(ends)) / step) * step, step)
    finals = []
    for i, ((name, _), (late, cens)) in enumerate(zip(items, lates, strict=True)):
        colour = PERSON_COLOURS[i % len(PERSON_COLOURS)]
        if late.size == 0:
            ax.plot([], [], color=colour, label=f"{name}: no promises due")
            continue
        delivered = np.sort(late[~cens])
        n = late.size
        xs = delivered[(delivered > lo) & (delivered <= hi)]
        ys = np.searchsorted(delivered, xs, side="right") / n
        x = np.concatenate([[lo], xs, [hi]])
        y = np.concatenate([[np.searchsorted(delivered, lo, side="right") / n], ys, [0.0]])
        y[-1] = np.searchsorted(delivered, hi, side="right") / n
        on_time = float(np.searchsorted(delivered, 0.0, side="right") / n)
        ax.step(
            x,
            y,
            where="post",
            color=colour,
            lw=2.4,
            gid="ex-ecdf",
            label=f"{name}: {_pct(on_time)} on time",
            zorder=3,
        )
        finals.append((float(y[-1]), colour))
    ax.plot([], [], color="#222222", lw=1.6, label="Promised date (x = 0: on time)")
    ax.set_xlim(lo, hi)
    ax.set_ylim(0, 1.12)
    ax.set_yticks([0, 0.25, 0.5, 0.75, 1.0])
    # the share still later than the view, at the end of each curve, spread apart
    placed: list[float] = []
    for final, colour in sorted(finals, reverse=True):
        if final >= 0.995:
            continue
        y = final - 0.02
        for p in placed:
            if abs(y - p) < 0.09:
                y = p - 0.09
        placed.append(y)
        low = y < 0.1  # near the floor: write it above the curve
        ax.annotate(
            f"{_pct(1 - final)} later than {_tick_text(hi)} wk",
            (hi, final + 0.02 if low else y),
            xytext=(-4, 0),
            textcoords="offset points",
            ha="right",
            va="bottom" if low else "top",
            fontsize=TEXT_SIZE - 1,
            color=colour,
            fontweight="bold",
            bbox=_LABEL_BOX,
            zorder=5,
        )


def _early_late(ax: Axes) -> list[Any]:
    """Write "← early" and "late →" either side of the promised date, at the top.

    Both sit inside the axes; a side without room is left out. Returns the texts drawn.
    """
    renderer = _renderer(ax)
    frame = ax.get_window_extent(renderer) if renderer is not None else None
    made = []
    for text, ha, dx in (("← early", "right", -5), ("late →", "left", 5)):
        t = ax.annotate(
            text,
            (0.0, 0.97),
            xycoords=ax.get_xaxis_transform(),
            xytext=(dx, 0),
            textcoords="offset points",
            ha=ha,
            va="top",
            fontsize=TEXT_SIZE,
            color="#222222",
            bbox=_LABEL_BOX,
            zorder=5,
            annotation_clip=False,
        )
        if frame is not None:
            box = t.get_window_extent(renderer)
            if box.x0 < frame.x0 or box.x1 > frame.x1:
                t.remove()
                continue
        made.append(t)
    return made


def plot_wip_fan(outcome: Any, ax: Axes | None = None) -> Axes:
    """Open requests (accepted, not done) week by week: median and 50% / 80% bands.

    Drawn from ``outcome.wip_path`` over the replications; the x axis counts weeks of
    the measured window (after any warm-up). A backlog still growing at the end is
    called out.
    """
    from .simulate import Outcome

    ax = _axes(ax)
    if not isinstance(outcome, Outcome):
        raise InputError("outcome", type(outcome).__name__, "pass an Outcome from simulate()")
    sc = outcome.scenario
    path = outcome.wip_path
    weeks = np.asarray(outcome.wip_weeks, dtype=float) - sc.warmup_weeks
    if path.size == 0 or weeks.size == 0:
        ax.text(
            0.5,
            0.5,
            "Nothing to show: no simulated weeks",
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=LABEL_SIZE,
            color="#555555",
        )
    else:
        q10, q25, q50, q75, q90 = np.quantile(path, [0.1, 0.25, 0.5, 0.75, 0.9], axis=0)
        ax.fill_between(weeks, q10, q90, color="#CFE3F1", lw=0, label="80% of years")
        ax.fill_between(weeks, q25, q75, color="#8DBFE0", lw=0, label="50% of years")
        ax.plot(weeks, q50, color=CURVE, lw=2.4, label="Median year")
        ax.set_xlim(weeks[0], weeks[-1])
        ax.set_ylim(0, max(float(q90.max()) * 1.15, 3.0))
        if outcome.unstable:
            ax.text(
                0.02,
                0.97,
                "Backlog still growing at the end: unstable",
                transform=ax.transAxes,
                ha="left",
                va="top",
                fontsize=TEXT_SIZE,
                fontweight="bold",
                color=UNSTABLE,
                bbox=_LABEL_BOX,
            )
    when = f" after a {_weeks(sc.warmup_weeks)}-week warm-up" if sc.warmup_weeks else ""
    return _finish(
        ax,
        f"Open requests over the year ({outcome.replications:,} simulated years)",
        f"Week{when}",
        "Open requests (accepted, not done)",
        legend_loc="upper left" if not outcome.unstable else "center left",
    )


def plot_hours(outcomes: Any, ax: Axes | None = None) -> Axes:
    """Where the hours went, per person-week: productive, switching, overtime, idle.

    One stacked bar per outcome (one :class:`~expectlib.simulate.Outcome` or a dict
    name → Outcome). The normal week (output-equivalent hours, e(h) of
    ``hours_per_week``) splits into idle time and busy time, and busy time into
    productive work and the share lost to switching (``switching_loss_share``);
    overtime (``overtime_hours_per_week``, extra hours worked while something was
    overdue) sits on top. A dashed line marks the normal week.
    """
    from .simulate import effective_hours

    ax = _axes(ax)
    items = _outcome_items(outcomes, "outcomes", short=True)
    parts = {k: [] for k in _HOURS_COLOURS}
    normal = []
    for _, o in items:
        week = float(effective_hours(o.scenario.hours_per_week))
        idle = float(min(max(o.idle_hours_per_week, 0.0), week))
        busy = week - idle
        share = float(np.clip(np.nan_to_num(o.switching_loss_share), 0.0, 1.0))
        parts["productive"].append(busy * (1 - share))
        parts["switching"].append(busy * share)
        parts["overtime"].append(float(max(o.overtime_hours_per_week, 0.0)))
        parts["idle"].append(idle)
        normal.append(o.scenario.hours_per_week)
    pos = np.arange(len(items))
    bottom = np.zeros(len(items))
    labels = {
        "productive": "Productive work",
        "switching": "Lost to switching",
        "overtime": "Overtime (extra hours)",
        "idle": "Idle (nothing to do)",
    }
    for key, colour in _HOURS_COLOURS.items():
        h = np.array(parts[key])
        bars = ax.bar(pos, h, bottom=bottom, color=colour, width=0.6, label=labels[key], zorder=2)
        if key == "overtime":
            for b in bars:
                b.set_hatch("//")
                b.set_edgecolor("white")
        for i, val in enumerate(h):
            if val >= 2.5:
                ax.text(
                    pos[i],
                    bottom[i] + val / 2,
                    f"{val:.0f} h",
                    ha="center",
                    va="center",
                    fontsize=TEXT_SIZE,
                    color="white" if key in ("productive", "switching") else "#222222",
                    fontweight="bold",
                    zorder=3,
                )
        bottom += h
    if len(set(normal)) == 1:
        ax.axhline(
            normal[0],
            color="#222222",
            ls="--",
            lw=1.3,
            zorder=1.5,  # behind the bars: seen between them, never across a label
            label=f"Normal week: {normal[0]:g} h",
        )
    ax.set_xticks(pos, [name for name, _ in items])
    ax.set_ylim(0, max(float(bottom.max()), 1.0) * 1.45)
    ax.set_xlim(-0.6, len(items) - 0.4)
    _finish(
        ax,
        "Where the hours went (per person-week)",
        "Way of working",
        "Hours per person-week",
        legend_loc="upper center",
        ncols=3 if len(items) > 2 else 2,
    )
    ax.grid(False, axis="x")
    return ax


def plot_promise_frontier(
    outcomes_or_table: Any,
    ax: Axes | None = None,
    *,
    highlight: Any = None,
    quotes: Any = None,
) -> Axes:
    """Promise vs delivery: the promised lead time against the share of promises kept.

    Shorter promises are kept less often, and how much less depends on the way of
    working. ``outcomes_or_table`` is one of

    * a table of :func:`expectlib.simulate.sweep_quote` (several, concatenated, give one
      line per ``policy``), or of :func:`~expectlib.simulate.compare` (one point per
      row): columns ``on_time_rate`` and ``promise_mean`` (or ``quoted_lead_weeks``);
    * an :class:`~expectlib.simulate.Outcome` or a dict name → Outcome. A fixed-quote
      policy without overtime gets its whole curve from the same runs
      (:meth:`~expectlib.simulate.Outcome.on_time_for_quote` at each of ``quotes``,
      default 0.25 to 12 weeks) and a dot at the promise it made; honest quoting (and
      anything with overtime, where the promise changes the work) is one square, at its
      mean promise.

    Policies that refuse work say how much beside their line or square (the price of
    their rate). ``highlight`` (a policy or row name) draws that line bolder and labels
    its dot "You: promise 2 weeks → 21% kept"; where its curve reaches 80% kept, that
    promise is marked too.
    """
    ax = _axes(ax)
    series = _frontier_series(outcomes_or_table, quotes)
    x_max = max([1.0] + [float(np.nanmax(xs)) for _, _, xs, *_ in series if np.isfinite(xs).any()])
    if not any(curve for *_, curve in series):
        x_max *= 1.2  # points only: room beside the last one
    _frontier_frame(ax, [(key, curve) for key, *_, curve in series], highlight, x_max)
    _frontier_marks(ax, series, highlight)
    return ax


def _frontier_series(outcomes_or_table: Any, quotes: Any) -> list[tuple]:
    """``[(key, refused share, xs, ys, own promise or None, own rate, curve?)]``."""
    from .simulate import Outcome

    series = []
    cols = getattr(outcomes_or_table, "columns", None)
    if cols is not None:
        if "on_time_rate" not in cols or not ({"promise_mean", "quoted_lead_weeks"} & set(cols)):
            raise InputError(
                "outcomes_or_table",
                f"columns {list(cols)}",
                "pass sweep_quote() or compare() output (on_time_rate and promise_mean)",
            )
        table = outcomes_or_table
        if len(table) == 0:
            raise InputError("outcomes_or_table", "0 rows", "the table is empty")
        x_col = "promise_mean" if "promise_mean" in cols else "quoted_lead_weeks"
        keys = table["policy"] if "policy" in cols else table.index.to_series()
        for key in dict.fromkeys(str(k) for k in keys):
            rows = table[np.asarray([str(k) == key for k in keys])]
            rows = rows.sort_values(x_col)
            xs = rows[x_col].to_numpy(dtype=float)
            ys = rows["on_time_rate"].to_numpy(dtype=float)
            refused = float(rows["refused_share"].max()) if "refused_share" in cols else 0.0
            curve = len(rows) > 1
            series.append((key, refused, xs, ys, None if curve else xs[0], ys[0], curve))
        return series
    if isinstance(outcomes_or_table, Outcome):
        items = [(outcomes_or_table.scenario.policy, outcomes_or_table)]
    elif isinstance(outcomes_or_table, dict) and outcomes_or_table:
        items = list(outcomes_or_table.items())
    else:
        raise InputError(
            "outcomes_or_table",
            type(outcomes_or_table).__name__,
            "pass sweep_quote() or compare() output, an Outcome or a dict name -> Outcome",
        )
    grid = np.arange(0.25, 12.001, 0.25) if quotes is None else np.asarray(quotes, float)
    for key, o in items:
        if not isinstance(o, Outcome):
            raise InputError(
                f"outcomes_or_table[{key!r}]", type(o).__name__, "every value must be an Outcome"
            )
        sc = o.scenario
        fixed = sc.policy != "honest_quote" and sc.overtime_hours is None
        xs = grid if fixed else np.array([o.promise_mean])
        ys = o.on_time_for_quote(grid) if fixed else np.array([o.on_time_rate])
        series.append((str(key), o.refused_share, xs, ys, o.promise_mean, o.on_time_rate, fixed))
    return series


def _frontier_colour(key: str, index: int) -> str:
    return POLICY_COLOURS.get(key, PERSON_COLOURS[index % len(PERSON_COLOURS)])


#: The on-time share the promise-vs-delivery figure marks ("80% kept needs 3.5 weeks"):
#: four promises in five, the target lesson 03 uses throughout.
_FRONTIER_TARGET = 0.80
#: Top of the y axis for shares (on-time rates): a little room above 100%, no more.
_SHARE_TOP = 1.08


def _frontier_frame(
    ax: Axes, keys: Sequence[tuple[str, bool]], highlight: Any, x_max: float
) -> None:
    """Axes and the 80% target line of :func:`plot_promise_frontier` (widgets blit it).

    The y axis stops at 108%. The legend's entries (policy names, a line or a square
    each) are kept on the axes for :func:`_frontier_marks`, which places the legend
    where it hides the fewest curve points and labels.
    """
    from matplotlib.lines import Line2D

    handles = []
    for i, (key, curve) in enumerate(keys):
        name = POLICY_SHORT[key].replace("\n", " ") if key in POLICY_SHORT else key
        chosen = highlight is not None and str(highlight) == key
        colour = _frontier_colour(key, i)
        if curve:
            handle = Line2D([], [], color=colour, lw=3.4 if chosen else 2.0, label=name)
        else:
            label = f"{name} (mean promise)" if key == "honest_quote" else name
            handle = Line2D([], [], color=colour, marker="s", ls="", ms=8, label=label)
        handles.append(handle)
    ax.axhline(_FRONTIER_TARGET, color="#999999", lw=1, ls=":", zorder=1)
    ax.set_xlim(0, x_max * 1.04)
    ax.set_ylim(0, _SHARE_TOP)
    ax.set_yticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.xaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    _percent_axis(ax.yaxis)
    _finish(
        ax,
        "Promise vs delivery: shorter promises are kept less often",
        "Promised lead time (weeks)",
        "Promises kept",
    )
    ax._ex_frontier_handles = handles


def _frontier_marks(ax: Axes, series: Sequence[tuple], highlight: Any) -> list[Artist]:
    """Curves, dots, refusals and the "You" labels of :func:`plot_promise_frontier`."""
    artists: list[Artist] = []
    you = needs = None
    refusals = []
    for i, (key, refused, xs, ys, own_x, own_y, curve) in enumerate(series):
        colour = _frontier_colour(key, i)
        chosen = highlight is not None and str(highlight) == key
        name = POLICY_SHORT[key].replace("\n", " ") if key in POLICY_SHORT else key
        if curve:
            artists.extend(
                ax.plot(
                    xs,
                    ys,
                    "-" if xs.size > 12 else "-o",
                    color=colour,
                    lw=3.4 if chosen else 2.0,
                    ms=5,
                    label=name,
                    gid="ex-frontier",
                    zorder=4 if chosen else 3,
                )
            )
            if chosen:
                reach = np.flatnonzero(ys >= _FRONTIER_TARGET)
                if reach.size:
                    needs = (float(xs[reach[0]]), float(ys[reach[0]]), colour)
                    artists.extend(
                        ax.plot([needs[0]], [needs[1]], "o", mfc="white", mec=colour, mew=2, ms=8)
                    )
        if own_x is not None and np.isfinite(own_x) and np.isfinite(own_y):
            artists.extend(
                ax.plot(
                    [own_x],
                    [own_y],
                    "o" if curve else "s",
                    color=colour,
                    ms=11 if chosen else 8,
                    mec="white",
                    mew=1.5,
                    gid="ex-promise",
                    zorder=6,
                )
            )
            if chosen:
                you = (float(own_x), float(own_y))
        if refused >= 0.005:
            end = (float(xs[-1]), float(ys[-1]))
            refusals.append((end, f"refuses {_pct(refused)}", colour, curve))
    renderer = _renderer(ax)
    avoid: list[Any] = list(map(tuple, _marks_of(ax)))
    spots = [
        (12, 10, "left", "bottom"),
        (12, -10, "left", "top"),
        (-12, 10, "right", "bottom"),
        (-12, -10, "right", "top"),
    ]
    # (anchor, text, colour, weight, spots, font size)
    labels = []
    if you is not None:
        text = f"You: promise {_weeks(you[0])} weeks → {_pct(you[1])} kept"
        labels.append((you, text, QUANT[1], "bold", spots, TEXT_SIZE))
    if needs is not None:
        text = f"{_FRONTIER_TARGET:.0%} kept needs {_weeks(needs[0])} weeks"
        labels.append(
            (needs[:2], text, needs[2], "normal", [spots[1], spots[0], *spots[2:]], TEXT_SIZE)
        )
    for at, text, colour, curve in refusals:  # beside the curve's end or the square
        beside = [
            (-4, 6, "right", "bottom"),
            (-4, -6, "right", "top"),
            (-30, 14, "right", "bottom"),
            (-30, -14, "right", "top"),
        ]
        if not curve:
            beside = [
                (9, 0, "left", "center"),
                (-9, 0, "right", "center"),
                (0, 9, "center", "bottom"),
                (0, -9, "center", "top"),
                *beside,
            ]
        labels.append((at, text, colour, "bold", beside, TEXT_SIZE - 1))
    placed: list[Any] = []
    for at, text, colour, weight, order, size in labels:

        def make(spot: tuple, at=at, text=text, colour=colour, weight=weight, size=size) -> Any:
            dx, dy, ha, va = spot
            return ax.annotate(
                text,
                at,
                xytext=(dx, dy),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=size,
                fontweight=weight,
                color=colour,
                bbox=_LABEL_BOX,
                zorder=7,
            )

        label = _place(ax, renderer, make, order, avoid + placed)
        artists.append(label)
        if renderer is not None:
            placed.append(label.get_window_extent(renderer))
    artists.append(_target_label(ax, renderer, avoid + placed))
    if renderer is not None:
        placed.append(artists[-1].get_window_extent(renderer))
    handles = getattr(ax, "_ex_frontier_handles", None)
    if handles:
        artists.append(_frontier_legend(ax, renderer, handles, avoid, placed))
    return artists


def _target_label(ax: Axes, renderer: Any, avoid: Sequence[Any]) -> Any:
    """Name the dotted line: "Target: 80% kept", at whichever end has room."""
    width = 400.0
    if renderer is not None:
        width = ax.get_window_extent(renderer).width * 72.0 / ax.figure.dpi
    spots = [
        (4, 2, "left", "bottom"),
        (4, -2, "left", "top"),
        (width - 4, -2, "right", "top"),
        (width - 4, 2, "right", "bottom"),
        (width / 2, -2, "center", "top"),
        (width / 2, 2, "center", "bottom"),
    ]

    def make(spot: tuple) -> Any:
        dx, dy, ha, va = spot
        return ax.annotate(
            f"Target: {_FRONTIER_TARGET:.0%} kept",
            (0.0, _FRONTIER_TARGET),
            xycoords=ax.get_yaxis_transform(),
            xytext=(dx, dy),
            textcoords="offset points",
            ha=ha,
            va=va,
            fontsize=TEXT_SIZE - 1,
            color="#555555",
            bbox=_LABEL_BOX,
            zorder=4,
            gid="ex-target",
        )

    return _place(ax, renderer, make, spots, avoid)


def _frontier_legend(
    ax: Axes, renderer: Any, handles: Sequence[Any], points: Sequence[Any], labels: Sequence[Any]
) -> Any:
    """The policy legend where it hides no label and the fewest curve points.

    The legend is measured once per layout (two columns, one column); its possible
    places, a grid over the axes, are then scored by arithmetic (cheap on every redraw).
    Ties go to the lower right, then the right.
    """

    def make(ncols: int) -> Any:
        return ax.legend(
            handles=handles,
            loc="lower left",
            fontsize=TEXT_SIZE,
            framealpha=0.9,
            ncols=ncols,
            borderaxespad=0.0,
            handlelength=1.6,
            columnspacing=1.0,
            labelspacing=0.3,
        )

    legend = make(2)
    if renderer is None:
        legend.set_loc("lower right")
        return legend
    pts = np.asarray([p for p in points if len(p) == 2], dtype=float).reshape(-1, 2)
    frame = ax.get_window_extent(renderer)
    hard = np.asarray([b.extents for b in labels], dtype=float).reshape(-1, 4) + _PAD
    pad = 5.0
    best: tuple = ((99, 0, 0.0), 2, 0.0, 0.0)
    for ncols in (2, 1):
        if ncols == 1:
            legend.remove()
            legend = make(1)
        box = legend.get_window_extent(renderer)
        w, h = box.width, box.height
        xs = np.linspace(frame.x1 - pad - w, frame.x0 + pad, 24)
        ys = np.linspace(frame.y0 + pad, frame.y1 - pad - h, 20)
        if xs[0] < xs[-1] or ys[0] > ys[-1]:
            continue
        x0, y0 = (g.ravel() for g in np.meshgrid(xs, ys))
        cand = np.column_stack([x0, y0, x0 + w, y0 + h])
        clash = _overlaps(cand, hard)
        b = cand[:, None, :]
        hidden = (pts[None, :, 0] >= b[..., 0]) & (pts[None, :, 0] <= b[..., 2])
        hidden &= (pts[None, :, 1] >= b[..., 1]) & (pts[None, :, 1] <= b[..., 3])
        far = (frame.x1 - cand[:, 2]) + (cand[:, 1] - frame.y0)  # from the lower right
        order = np.lexsort((far, hidden.sum(axis=1), clash))
        k = order[0]
        score = (int(clash[k]), int(hidden[k].sum()), float(far[k]))
        if score < best[0]:
            best = (score, ncols, float(cand[k, 0]), float(cand[k, 1]))
        if score[:2] == (0, 0):
            break
    _, ncols, x0, y0 = best
    if ncols != legend._ncols:
        legend.remove()
        legend = make(ncols)
    legend.set_bbox_to_anchor(
        ((x0 - frame.x0) / frame.width, (y0 - frame.y0) / frame.height), transform=ax.transAxes
    )
    return legend
