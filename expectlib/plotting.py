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
========================  ===================================================
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterable, Sequence
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator, PercentFormatter

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
    order = np.argsort(out["load"], kind="stable")
    return {k: v[order] for k, v in out.items()}


def _curve_label(scenario: Any) -> str:
    from .simulate import _textbook_queue

    servers, kind = _textbook_queue(scenario)
    if kind == "ps":
        return "Textbook: processor sharing, τ/(1−ρ)"
    if servers == 1:
        return "Textbook: M/G/1 queue (Pollaczek–Khinchine)"
    return f"Textbook: M/G/{servers} queue (approximation)"


def _hockey_y_top(cols: dict[str, np.ndarray], curve: tuple[np.ndarray, np.ndarray] | None):
    """A y limit that shows every point below 100% load and the bend, not a runaway tail."""
    below = (cols["load"] < 1.0) & np.isfinite(cols["mean"])
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


def plot_hockey_stick(sweep: Any, ax: Axes | None = None, *, current_load: Any = None) -> Axes:
    """Mean lead time against load: the hockey stick, simulated and textbook.

    ``sweep`` is the table of :func:`expectlib.simulate.sweep_load`. Simulated points
    carry 95% error bars; unstable ones (load ≥ 100% or a backlog still growing) are
    crosses, and any beyond the y limit sit on the top edge with their value. The
    textbook curve (:func:`~expectlib.simulate.analytic_lead_time`) is drawn when
    the sweep's policy has one; otherwise the one-at-a-time (M/G/1) queue for the same
    work is drawn as a reference. Its queue time grows as ρ/(1−ρ): ×4 at 80% and ×9 at
    90% of its value at 50% load, which is marked. A run from empty with no warm-up is
    labelled "one year from empty — not steady state". ``current_load`` adds a marker
    (see :func:`mark_load`). The y axis stops at 1.2× the highest point below 100%
    load or the curve at 90% load, so the bend stays readable; points at or above
    100% load beyond it sit on the top edge as triangles.
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
            label = "Textbook reference: one at a time (M/G/1)"
            style = {"color": "#888888", "ls": ":", "lw": 2.0}
        curve = (grid, ys)
    elif np.isfinite(cols["analytic"]).any():
        ok = np.isfinite(cols["analytic"])
        curve = (x[ok], cols["analytic"][ok])
        label, style = "Textbook", {"color": TEXTBOOK, "ls": "--", "lw": 2.0}
    y_top = _hockey_y_top(cols, curve)
    if curve is not None:
        ax.plot(curve[0], np.where(curve[1] <= 3 * y_top, curve[1], np.nan), label=label, **style)
        if scenario is not None:
            tau = scenario.mean_size_hours / float(effective_hours(scenario.hours_per_week))
            _mark_multiples(ax, *curve, y_top, tau)

    ax.axvline(1.0, color="#999999", lw=1.4, ls="-", zorder=1, label="100% load: all your hours")

    ok = np.isfinite(y)
    good = ok & ~unstable
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
                label="Unstable: the backlog keeps growing",
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
    if current_load is not None:
        mark_load(ax, sweep, current_load)
    return ax


def _mark_multiples(ax: Axes, xs: np.ndarray, ys: np.ndarray, y_top: float, service: float) -> None:
    """Label the curve's queue time (time in system − ``service``) at 80% and 90% load
    as a multiple of its value at 50% load (×4 and ×9 for one server: ρ/(1−ρ))."""
    ok = np.isfinite(ys)
    if not ok.any() or xs[ok][0] > 0.5 or xs[ok][-1] < 0.8:
        return
    base = float(np.interp(0.5, xs[ok], ys[ok])) - service
    if base <= 0:
        return
    for rho in (0.8, 0.9):
        t = float(np.interp(rho, xs[ok], ys[ok]))
        if rho > xs[ok][-1] or t > y_top:
            continue
        ax.plot([rho], [t], "o", color=TEXTBOOK, ms=5, zorder=3)
        left = rho < 0.85  # 80%: up and left of the curve; 90%: right of it
        ax.annotate(
            f"{rho:.0%}: queue time ×{(t - service) / base:.0f}",
            (rho, t),
            xytext=(-8, 4) if left else (8, 0),
            textcoords="offset points",
            ha="right" if left else "left",
            va="bottom" if left else "center",
            fontsize=TEXT_SIZE,
            color=TEXTBOOK,
            bbox=_LABEL_BOX,
            zorder=5,
        )


def mark_load(ax: Axes, sweep: Any, load: Any, *, lead_time: Any = None) -> list[Artist]:
    """Mark the current load on a hockey stick; return the new artists.

    A dotted vertical line at ``load`` and a diamond at ``lead_time`` (weeks; default:
    interpolated from the sweep's points), labelled "You: 80% load → 6.3 weeks". A
    marker above the y limit sits on the top edge. Widgets redraw only these artists
    when the load slider moves.
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
        artists.append(
            ax.annotate(
                f"You: {load:.0%} load → {_weeks(lead)} weeks",
                (load, y),
                xytext=(-10 if right else 10, 8 if low else -8),
                textcoords="offset points",
                ha="right" if right else "left",
                va="bottom" if low else "top",
                fontsize=TEXT_SIZE,
                fontweight="bold",
                color=QUANT[1],
                bbox=_LABEL_BOX,
                zorder=7,
            )
        )
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
    ax.set_xlim(0, 1.8)
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
            if unstable[i]:
                text += " · unstable"
        artists.append(
            ax.text(
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
        )
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

    ``outcomes`` is one :class:`~expectlib.simulate.Outcome` or a dict name → Outcome
    (several are drawn as outlines). Counted are the accepted requests due within the
    window, as in ``on_time_rate``. Requests still open and already overdue at the end
    are at least that late: with one outcome they are stacked, hatched, on the bars
    (never hidden). The view runs from the 1st to the 99th percentile; the tails are
    folded into the end bars. The legend gives each share late.
    """
    ax = _axes(ax)
    items = _outcome_items(outcomes, "outcomes")
    title = None
    pooled = np.concatenate([np.asarray(o.lateness, dtype=float) for _, o in items])
    pooled = pooled[np.isfinite(pooled)]
    ax.axvline(0.0, color="#222222", lw=1.6, zorder=4, label="Promised date")
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
    else:
        lo, hi = np.quantile(pooled, [0.01, 0.99])
        lo, hi = min(float(lo), -0.25), max(float(hi), 0.25)
        edges = np.linspace(lo, hi, 41)
        single = len(items) == 1
        for i, (name, o) in enumerate(items):
            late = np.asarray(o.lateness, dtype=float)
            cens = np.asarray(o.lateness_censored, dtype=bool)
            if late.size == 0:
                ax.plot([], [], color=PERSON_COLOURS[i % 7], label=f"{name}: no promises due")
                continue
            share_late = float(np.mean((late > 1e-12) | cens))
            w = np.full(late.size, 1.0 / late.size)
            clipped = np.clip(late, lo, hi)
            if single:
                title = f"{name}: {_pct(share_late)} of promises late"
                done, _ = np.histogram(clipped[~cens], bins=edges, weights=w[~cens])
                still, _ = np.histogram(clipped[cens], bins=edges, weights=w[cens])
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
                    label="Still open at the end (late by at least this)",
                )
            else:
                colour = PERSON_COLOURS[i % len(PERSON_COLOURS)]
                counts, _ = np.histogram(clipped, bins=edges, weights=w)
                ax.stairs(
                    counts, edges, lw=2.2, color=colour, label=f"{name}: {_pct(share_late)} late"
                )
        ax.set_xlim(lo - 0.02 * (hi - lo), hi + 0.02 * (hi - lo))
        ax.set_ylim(0, ax.get_ylim()[1] * 1.15)  # room for the early/late label
        ax.text(
            0.0,
            0.98,
            "← early   late →",
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="top",
            fontsize=TEXT_SIZE,
            color="#222222",
            bbox=_LABEL_BOX,
            zorder=5,
        )
    _percent_axis(ax.yaxis)
    _finish(
        ax,
        "How late were the promises?",
        "Weeks late (done − promised date; negative = early)",
        "Share of promises due",
        legend_loc="upper right",
    )
    if title is not None and ax.get_legend() is not None:
        ax.get_legend().set_title(title, prop={"size": TEXT_SIZE, "weight": "bold"})
    return ax


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
