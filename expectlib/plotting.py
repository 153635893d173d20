"""Figures that land the estimation lesson, readable on a projector.

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
from matplotlib.ticker import FuncFormatter, PercentFormatter

from . import _validate as v
from .errors import InputError

__all__ = [
    "mark_quantiles",
    "plot_calibration",
    "plot_histogram",
    "plot_history_scatter",
    "plot_ratio_by_size",
    "plot_s_curve",
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
