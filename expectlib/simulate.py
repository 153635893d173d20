"""Overcommitment: simulate a year of saying yes (DESIGN.md §4 and §5).

Requests arrive as a Poisson process (``arrivals_per_week``) with lognormal or
exponential work (``mean_size_hours``, ``size_cv``); estimates carry noise
(``estimate_cv``) and bias (``estimate_bias``). Time is in weeks, work in hours.

Policies
    ``accept_all``       start everything at once (processor sharing with switching loss);
    ``accept_all_fifo``  one at a time per person (a closed-form Lindley recursion);
    ``wip_cap_queue``    juggle at most ``wip_cap`` started requests, queue the rest;
    ``wip_cap_reject``   juggle the open requests, refuse new ones while ``wip_cap`` are open;
    ``honest_quote``     one at a time per person, promise from the estimated open work.

Juggled requests share capacity equally, minus Weinberg's (1992) switching loss for
the number juggled per person (1→0, 2→0.20, 3→0.40, 4→0.60, 5→0.75, × ``switch_scale``,
linear in between, growing by 0.15 per extra request beyond five and capped at
``switch_cap``). With ``overtime_hours`` set, everyone works that many hours a week
while any open request is overdue; hours are converted to output with the stylised
fatigue curve of Pencavel (2015): e(h) = h up to 48 h, marginal value falling
linearly to zero at 64 h.

All replications advance together in NumPy; the same ``rng`` seed gives the same
arrivals, sizes and estimates under every policy (common random numbers).

>>> o = simulate(Scenario(policy="accept_all_fifo", horizon_weeks=10), replications=50, rng=1)
>>> 0 <= o.on_time_rate <= 1
True
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np
import pandas as pd
from scipy.special import ndtr

from ._validate import non_negative, one_of, positive, positive_int, rng_from, sequence
from .errors import InputError

__all__ = [
    "POLICIES",
    "SIZE_DISTRIBUTIONS",
    "Outcome",
    "Scenario",
    "analytic_lead_time",
    "compare",
    "effective_hours",
    "simulate",
    "simulate_trace",
    "sweep_load",
    "sweep_quote",
    "switching_loss",
]

POLICIES = ("accept_all", "accept_all_fifo", "wip_cap_queue", "wip_cap_reject", "honest_quote")
SIZE_DISTRIBUTIONS = ("lognormal", "exponential")
_FIFO_POLICIES = ("accept_all_fifo", "honest_quote")
_WEINBERG_K = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
_WEINBERG_LOSS = np.array([0.0, 0.20, 0.40, 0.60, 0.75])
_MAX_REQUESTS = 20_000  # per replication; keeps every run bounded
#: A backlog is "growing" when, in the second half of the measured window, at least this
#: share of the accepted arrivals piled up instead of being done ...
_GROWTH_SHARE = 0.2
#: ... or at least this share while every working slot was busy nearly all the time.
_GROWTH_SHARE_SATURATED = 0.05
_SATURATED = 0.95


def switching_loss(per_person: Any, scale: float = 1.0, cap: float = 0.75) -> np.ndarray | float:
    """Share of capacity lost to switching when juggling ``per_person`` requests.

    >>> [round(switching_loss(k), 2) for k in (1, 1.5, 2, 5)]
    [0.0, 0.1, 0.2, 0.75]
    >>> float(switching_loss(10, scale=0.5, cap=0.75))
    0.75

    Fewer than one request per person loses nothing.
    """
    k = np.asarray(per_person, dtype=float)
    base = np.interp(k, _WEINBERG_K, _WEINBERG_LOSS)
    base = np.where(k > 5, 0.75 + 0.15 * (k - 5), base)
    loss = np.minimum(base * scale, cap)
    return float(loss) if loss.ndim == 0 else loss


def effective_hours(hours: Any) -> np.ndarray | float:
    """Output-equivalent hours for ``hours`` worked in a week (stylised Pencavel 2015 curve).

    >>> effective_hours(40), effective_hours(48), effective_hours(64), effective_hours(70)
    (40.0, 48.0, 56.0, 56.0)
    """
    h = np.asarray(hours, dtype=float)
    extra = np.clip(h - 48.0, 0.0, 16.0)
    e = np.minimum(h, 48.0) + extra - extra**2 / 32.0
    return float(e) if e.ndim == 0 else e


@dataclass(frozen=True, kw_only=True)
class Scenario:
    """One way of working: capacity, demand, policy and the simulation window.

    Every field is validated; a bad value raises :class:`InputError` naming it.
    Notes: with ``size_distribution="exponential"`` the size cv is always 1 (``size_cv`` is
    set to 1.0); capacity is ``people × e(hours_per_week)`` with the fatigue curve, so
    weeks above 48 h yield less than their hours; ``horizon_weeks`` must be finite, and
    runs are bounded at 10,000 expected requests per replication.

    >>> Scenario().load
    0.8
    >>> Scenario(policy="juggle")
    Traceback (most recent call last):
    ...
    expectlib.errors.InputError: policy: got 'juggle'; choose one of ...
    """

    hours_per_week: float = 40
    people: int = 1
    arrivals_per_week: float = 1.6
    mean_size_hours: float = 20
    size_cv: float = 1.0
    size_distribution: str = "lognormal"
    quoted_lead_weeks: float = 2.0
    policy: str = "accept_all"
    wip_cap: int = 3
    quote_safety: float = 1.25
    client_max_lead_weeks: float | None = None
    estimate_cv: float = 0.3
    estimate_bias: float = 1.0
    switch_scale: float = 0.5
    switch_cap: float = 0.75
    overtime_hours: float | None = None
    horizon_weeks: float = 52
    warmup_weeks: float = 0
    drain: bool = False

    def __post_init__(self) -> None:
        def put(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        put("hours_per_week", positive("hours_per_week", self.hours_per_week))
        if self.hours_per_week > 168:
            raise InputError("hours_per_week", self.hours_per_week, "a week has 168 hours")
        put("people", positive_int("people", self.people))
        put("arrivals_per_week", non_negative("arrivals_per_week", self.arrivals_per_week))
        put("mean_size_hours", positive("mean_size_hours", self.mean_size_hours))
        put("size_cv", positive("size_cv", self.size_cv))
        put(
            "size_distribution",
            one_of("size_distribution", self.size_distribution, SIZE_DISTRIBUTIONS),
        )
        if self.size_distribution == "exponential" and self.size_cv != 1.0:
            put("size_cv", 1.0)  # the exponential's cv is always 1
        put("quoted_lead_weeks", positive("quoted_lead_weeks", self.quoted_lead_weeks))
        put("policy", one_of("policy", self.policy, POLICIES))
        put("wip_cap", positive_int("wip_cap", self.wip_cap))
        put("quote_safety", positive("quote_safety", self.quote_safety))
        if self.client_max_lead_weeks is not None:
            put(
                "client_max_lead_weeks",
                positive("client_max_lead_weeks", self.client_max_lead_weeks),
            )
        put("estimate_cv", non_negative("estimate_cv", self.estimate_cv))
        put("estimate_bias", positive("estimate_bias", self.estimate_bias))
        put("switch_scale", non_negative("switch_scale", self.switch_scale))
        cap = non_negative("switch_cap", self.switch_cap)
        if cap >= 1:
            raise InputError("switch_cap", self.switch_cap, "use a share below 1, e.g. 0.75")
        put("switch_cap", cap)
        if self.overtime_hours is not None:
            ot = positive("overtime_hours", self.overtime_hours)
            if ot < self.hours_per_week or ot > 168:
                raise InputError(
                    "overtime_hours",
                    self.overtime_hours,
                    f"use None or hours between hours_per_week ({self.hours_per_week:g}) and 168",
                )
            put("overtime_hours", ot)
        if self.horizon_weeks is None:
            raise InputError("horizon_weeks", None, "give a finite horizon such as 52 weeks")
        put("horizon_weeks", positive("horizon_weeks", self.horizon_weeks))
        put("warmup_weeks", non_negative("warmup_weeks", self.warmup_weeks))
        if not isinstance(self.drain, bool | np.bool_):
            raise InputError("drain", self.drain, "use True or False")
        put("drain", bool(self.drain))
        expected = self.arrivals_per_week * (self.horizon_weeks + self.warmup_weeks)
        if expected > _MAX_REQUESTS / 2:
            raise InputError(
                "horizon_weeks",
                self.horizon_weeks,
                f"that is about {expected:,.0f} requests per run; shorten the horizon"
                f" or lower arrivals_per_week (at most {_MAX_REQUESTS // 2:,})",
            )

    @property
    def capacity_hours(self) -> float:
        """Output-equivalent hours per week of the whole team at normal hours."""
        return self.people * effective_hours(self.hours_per_week)

    @property
    def load(self) -> float:
        """Offered load ρ = arrival rate × mean size / capacity (before switching loss)."""
        return self.arrivals_per_week * self.mean_size_hours / self.capacity_hours

    @property
    def unstable(self) -> bool:
        """True when the work offered meets or exceeds capacity (the queue grows without end)."""
        return self.load >= 1.0

    def replace(self, **changes: Any) -> Scenario:
        """A copy with some fields changed (validated again)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return Scenario(**values)


@dataclass(frozen=True)
class Outcome:
    """Metrics of :func:`simulate`, pooled over replications (floats; ``*_se`` standard errors).

    ``on_time_rate`` counts accepted requests due within the horizon (open and overdue is
    late); ``lead_time_*`` uses finished requests only, with ``unfinished`` beside it
    (mean count per replication). Hours are per person per week over the measured window:
    ``productive + switching + idle`` = output-equivalent capacity, and
    ``overtime_hours_per_week`` is the extra time worked while something was overdue.
    ``wip_end_mean`` is the mean number of open requests at the end of the window.
    ``backlog_growth`` is how much of the work that arrived in the second half of the
    window piled up: (open requests at the end − open at mid-window) ÷ requests accepted
    in between, pooled over replications (about 0 in a steady state; 0.75 when three in
    four new requests just join the pile). ``backlog_growing`` is True when that share is
    at least 0.2, or at least 0.05 while every working slot (person, or WIP-cap place)
    was busy 95% of the time, and at least one request per run piled up: juggling
    tipping into congestion collapse, or a WIP cap that leaves people idle, even though
    the offered load is below 1; under ``wip_cap_queue`` also whenever the load meets
    what the capped team can do (the people allowed to work, minus the switching loss
    at the cap), since such a queue never drains. A queue filling up from empty at
    80–90% load is not
    flagged (its pile-up fades within the window); ``unstable`` is True when the offered
    load is ≥ 1 or the backlog is growing. ``promise_mean`` is the mean promised lead time
    (weeks) of the accepted requests that arrived in the window: ``quoted_lead_weeks`` for
    the fixed-quote policies, the honest quote's own promise otherwise; NaN if none.
    ``wip_path[r, k]`` is the number of
    open requests in replication ``r`` at week
    ``wip_weeks[k]`` (for the fan chart), computed on demand from ``open_from`` (arrival
    of accepted requests, inf otherwise) and ``open_until`` (done, inf if unfinished).
    ``lateness`` holds, for every accepted request due within the window (the requests
    ``on_time_rate`` counts, pooled over replications), done − due in weeks (negative =
    early); a request still open and overdue at the end of the window has end − due
    instead (at least that late) and ``lateness_censored`` True. The share of
    ``lateness <= 0`` among the uncensored equals the on-time rate.
    """

    scenario: Scenario
    replications: int
    on_time_rate: float
    on_time_se: float
    lead_time_mean: float
    lead_time_se: float
    wip_mean: float
    wip_se: float
    utilization: float
    refused_share: float
    refused_se: float
    refused_hours_share: float
    overtime_hours_per_week: float
    switching_loss_share: float
    unfinished: float
    unfinished_share: float
    requests: float
    unstable: bool
    backlog_growing: bool
    load: float
    wip_end_mean: float = 0.0
    backlog_growth: float = 0.0
    promise_mean: float = float("nan")
    productive_hours_per_week: float = 0.0
    switching_hours_per_week: float = 0.0
    idle_hours_per_week: float = 0.0
    lead_times: np.ndarray = field(default_factory=lambda: np.empty(0), repr=False)
    wip_weeks: np.ndarray = field(default_factory=lambda: np.empty(0), repr=False)
    open_from: np.ndarray = field(default_factory=lambda: np.empty((0, 0)), repr=False)
    open_until: np.ndarray = field(default_factory=lambda: np.empty((0, 0)), repr=False)
    lateness: np.ndarray = field(default_factory=lambda: np.empty(0), repr=False)
    lateness_censored: np.ndarray = field(
        default_factory=lambda: np.empty(0, dtype=bool), repr=False
    )

    @property
    def wip_path(self) -> np.ndarray:
        """Open requests per replication (rows) at each week of ``wip_weeks`` (columns)."""
        return _count_open(self.open_from, self.open_until, self.wip_weeks)

    def lead_time_quantile(self, q: Any) -> float | np.ndarray:
        """Lead time (weeks) that a share ``q`` of finished requests met; NaN if none finished."""
        qq = np.asarray(q, dtype=float)
        if not np.all((qq >= 0) & (qq <= 1)):
            raise InputError("q", q, "use a probability between 0 and 1")
        if self.lead_times.size == 0:
            out = np.full(qq.shape, np.nan)
        else:
            out = np.quantile(self.lead_times, qq)
        return float(out) if out.ndim == 0 else out

    def on_time_for_quote(self, quotes: Any) -> float | np.ndarray:
        """The on-time rate these very runs would have had with a fixed promise of ``quotes`` weeks.

        A fixed quote only sets due dates; without overtime it does not change the work,
        so each rate equals ``simulate(scenario.replace(quoted_lead_weeks=q), ...)`` on the
        same seed, at no extra cost (the promise-vs-deliver frontier). Honest quoting
        sets its own promise, and with ``overtime_hours`` overdue work changes the hours:
        both raise :class:`InputError` (use :func:`sweep_quote`, which re-simulates).

        >>> sc = Scenario(policy="accept_all_fifo", horizon_weeks=26)
        >>> o = simulate(sc, replications=40, rng=1)
        >>> rates = o.on_time_for_quote([1.0, 2.0, 4.0])
        >>> bool(rates[0] < rates[1] < rates[2]), bool(rates[1] == o.on_time_rate)
        (True, True)
        """
        qs = _quotes(quotes)
        sc = self.scenario
        if sc.policy == "honest_quote":
            raise InputError(
                "policy", sc.policy, "honest quoting sets its own promise; use a fixed-quote policy"
            )
        if sc.overtime_hours is not None:
            raise InputError(
                "overtime_hours",
                sc.overtime_hours,
                "with overtime the promise changes the work; use sweep_quote() to re-simulate",
            )
        rates, _ = _on_time_for_quotes(self, qs)
        return float(rates[0]) if np.ndim(quotes) == 0 else rates

    def as_dict(self) -> dict[str, Any]:
        """The scalar metrics as a dict (one row of :func:`compare`)."""
        keys = (
            "on_time_rate",
            "on_time_se",
            "lead_time_mean",
            "lead_time_se",
            "wip_mean",
            "wip_se",
            "wip_end_mean",
            "backlog_growth",
            "promise_mean",
            "utilization",
            "refused_share",
            "refused_se",
            "refused_hours_share",
            "overtime_hours_per_week",
            "switching_loss_share",
            "unfinished",
            "unfinished_share",
            "requests",
            "unstable",
            "load",
        )
        row = {k: getattr(self, k) for k in keys}
        row["lead_time_p85"] = self.lead_time_quantile(0.85)
        return row

    def summary(self) -> str:
        """A plain sentence or two for the lesson."""
        text = (
            f"{self.on_time_rate:.0%} of promises kept; mean lead time "
            f"{self.lead_time_mean:.1f} weeks (85% within {self.lead_time_quantile(0.85):.1f});"
            f" {self.unfinished:.1f} requests per run still open at the end."
        )
        sc = self.scenario
        refuses = sc.policy == "wip_cap_reject" or (
            sc.policy == "honest_quote" and sc.client_max_lead_weeks is not None
        )
        if sc.unstable and refuses and not self.backlog_growing:
            text += (
                " Over capacity: more work arrives than the capacity can do; the queue stays"
                f" bounded only because {self.refused_share:.0%} of requests are turned away."
            )
        elif sc.unstable:
            text += " Unstable: more work arrives than the capacity can do; queues keep growing."
        elif self.backlog_growing:
            text += (
                " Unstable in practice: the backlog was still growing at the end of the"
                " window (juggling, a tight WIP cap or too little slack)."
            )
        return text


def _growth(sc: Scenario, open_from: np.ndarray, open_until: np.ndarray) -> tuple[float, bool]:
    """(share of the second half's arrivals that piled up, whether the backlog is growing).

    Judged by the trend inside the measured window, so it works from empty and after a
    warm-up alike: compare the open requests at the end with those at mid-window, per
    request accepted in between. A queue filling from empty piles up less and less (at
    80–90% load under 0.2 of the arrivals by mid-window, falling); a collapse piles up
    a steady share. See :class:`Outcome` for the thresholds.
    """
    w0 = sc.warmup_weeks
    w1 = w0 + sc.horizon_weeks
    mid = (w0 + w1) / 2
    reps = max(open_from.shape[0], 1)
    steps = max(8, math.ceil(2 * (w1 - mid)))
    grid = np.linspace(mid, w1, steps + 1)
    path = _count_open(open_from, open_until, grid)
    arrived = float(np.sum((open_from >= mid) & (open_from < w1)))
    piled = float(np.sum(path[:, -1] - path[:, 0]))
    if arrived == 0:
        return 0.0, False
    share = piled / arrived
    slots = sc.people
    if sc.policy == "wip_cap_queue":
        slots = min(slots, sc.wip_cap)
    saturated = float(np.mean(np.minimum(path, slots))) / slots
    growing = piled / reps >= 1 and (
        share >= _GROWTH_SHARE or (share >= _GROWTH_SHARE_SATURATED and saturated >= _SATURATED)
    )
    return float(share), bool(growing)


def _capped_share(sc: Scenario) -> float:
    """The share of the team's capacity a WIP cap lets through once the queue is long.

    Under ``wip_cap_queue`` a long queue keeps ``wip_cap`` requests started: only
    min(``wip_cap``, ``people``) people work, each juggling ``wip_cap``/``people``
    requests with its switching loss (and working overtime, if set, since work is then
    overdue). A load at or above that share can never drain, whatever the trend in one
    window shows. Other policies: inf (no such bound; their growth is judged by trend).

    >>> _capped_share(Scenario(policy="wip_cap_queue"))  # juggling 3 loses 20% at scale 0.5
    0.8
    >>> round(_capped_share(Scenario(policy="wip_cap_queue", wip_cap=1, people=3)), 3)
    0.333
    """
    if sc.policy != "wip_cap_queue":
        return float("inf")
    staffed = min(sc.wip_cap, sc.people) / sc.people
    share = staffed * (1 - switching_loss(sc.wip_cap / sc.people, sc.switch_scale, sc.switch_cap))
    if sc.overtime_hours is not None:
        share *= effective_hours(sc.overtime_hours) / effective_hours(sc.hours_per_week)
    return float(share)


def _quotes(quotes: Any) -> np.ndarray:
    """Validated promised lead times (weeks) as a 1-D array."""
    if np.ndim(quotes) == 0:
        return np.array([positive("quotes", quotes)])
    return np.array([positive("quotes", q) for q in sequence("quotes", quotes)])


def _on_time_for_quotes(o: Outcome, quotes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """On-time rates and standard errors of ``o``'s runs for fixed promises ``quotes``."""
    sc = o.scenario
    w0 = sc.warmup_weeks
    end = np.inf if sc.drain else w0 + sc.horizon_weeks
    arr = o.open_from
    done = o.open_until
    counted = np.isfinite(arr) & (arr >= w0)
    rates = np.empty(quotes.size)
    ses = np.empty(quotes.size)
    with np.errstate(invalid="ignore"):
        for k, q in enumerate(quotes):
            due = arr + q
            due_in = counted & (due <= end)
            kept = due_in & np.isfinite(done) & (done <= due + 1e-12)
            rates[k], ses[k] = _ratio(kept.sum(1).astype(float), due_in.sum(1).astype(float))
    return rates, ses


# ----------------------------------------------------------------------------- inputs
def _draw(sc: Scenario, replications: int, rng: np.random.Generator):
    """Arrival times, true sizes and estimates, shape (R, N); arrivals past the end are inf."""
    t_end = sc.warmup_weeks + sc.horizon_weeks
    lam = sc.arrivals_per_week
    if lam == 0:
        n = 1
        arr = np.full((replications, n), np.inf)
    else:
        mean_n = lam * t_end
        n = int(mean_n + 6 * math.sqrt(mean_n) + 10)
        gaps = rng.exponential(1 / lam, size=(replications, n))
        arr = np.cumsum(gaps, axis=1)
        while np.any(arr[:, -1] < t_end):  # astronomically rare: draw more
            more = np.cumsum(rng.exponential(1 / lam, size=(replications, n)), axis=1)
            arr = np.concatenate([arr, arr[:, -1:] + more], axis=1)
        arr[arr >= t_end] = np.inf
        n = max(1, int(np.max(np.sum(np.isfinite(arr), axis=1))))
        arr = arr[:, :n]
    z = rng.standard_normal((replications, arr.shape[1]))
    sizes = _sizes_from_normal(sc, z)
    if sc.policy != "honest_quote":  # only honest quoting reads estimates; drawn last (CRN)
        return arr, sizes, sizes
    noise = rng.standard_normal((replications, arr.shape[1]))
    estimates = _estimates(sc, sizes, noise)
    return arr, sizes, estimates


def _sizes_from_normal(sc: Scenario, z: np.ndarray) -> np.ndarray:
    m = sc.mean_size_hours
    if sc.size_distribution == "exponential":
        return -m * np.log(np.maximum(ndtr(-z), 1e-300))
    s2 = math.log1p(sc.size_cv**2)
    return np.exp(math.log(m) - s2 / 2 + math.sqrt(s2) * z)


def _estimates(sc: Scenario, sizes: np.ndarray, z: np.ndarray | None) -> np.ndarray:
    if z is None or sc.estimate_cv == 0:
        return sizes * sc.estimate_bias
    s2 = math.log1p(sc.estimate_cv**2)
    return sizes * sc.estimate_bias * np.exp(-s2 / 2 + math.sqrt(s2) * z)


# ----------------------------------------------------------------------------- engines
def _fifo(sc: Scenario, arr: np.ndarray, sizes: np.ndarray, est: np.ndarray):
    """One at a time per person: the Lindley recursion, vectorised over replications."""
    r, n = arr.shape
    p = sc.people
    cap = effective_hours(sc.hours_per_week)
    free = np.zeros((r, p))
    start = np.full((r, n), np.nan)
    done = np.full((r, n), np.nan)
    due = np.full((r, n), np.nan)
    accepted = np.zeros((r, n), dtype=bool)
    rows = np.arange(r)
    honest = sc.policy == "honest_quote"
    if p == 1 and not honest:  # the plain Lindley recursion on contiguous columns
        arr_t = np.ascontiguousarray(arr.T)
        serv = np.ascontiguousarray((sizes / cap).T)
        start_t = np.empty((n, r))
        done_t = np.empty((n, r))
        prev = np.zeros(r)
        for i in range(n):
            np.maximum(arr_t[i], prev, out=start_t[i])
            np.add(start_t[i], serv[i], out=done_t[i])
            prev = done_t[i]
        accepted = np.isfinite(arr)
        start = np.where(accepted, start_t.T, np.nan)
        done = np.where(accepted, done_t.T, np.nan)
        due = np.where(accepted, arr + sc.quoted_lead_weeks, np.nan)
    lo = 0  # every request before lo is done (or refused) in every replication
    for i in range(0 if (p > 1 or honest) else n, n):
        a = arr[:, i]
        exists = np.isfinite(a)
        if not exists.any():
            break
        ok = exists.copy()
        if honest:
            # only requests from lo on can still be open: O(open work), not O(i), per step
            while lo < i and not np.any(accepted[:, lo] & (done[:, lo] > a)):
                lo += 1
            s_prev, d_prev = start[:, lo:i], done[:, lo:i]
            with np.errstate(invalid="ignore", divide="ignore"):
                left = np.clip((d_prev - a[:, None]) / (d_prev - s_prev), 0.0, 1.0)
            left = np.where(accepted[:, lo:i] & (d_prev > a[:, None]), left, 0.0)
            open_est = np.sum(left * est[:, lo:i], axis=1)
            promise = sc.quote_safety * (open_est + est[:, i]) / (p * sc.hours_per_week)
            d_i = a + promise
            if sc.client_max_lead_weeks is not None:
                ok &= promise <= sc.client_max_lead_weeks
        else:
            d_i = a + sc.quoted_lead_weeks
        j = np.argmin(free, axis=1)
        s_i = np.maximum(a, free[rows, j])
        f_i = s_i + sizes[:, i] / cap
        free[rows, j] = np.where(ok, f_i, free[rows, j])
        start[:, i] = np.where(ok, s_i, np.nan)
        done[:, i] = np.where(ok, f_i, np.nan)
        due[:, i] = np.where(exists, d_i, np.nan)
        accepted[:, i] = ok
    t_end = sc.warmup_weeks + sc.horizon_weeks
    if not sc.drain:
        done = np.where(done > t_end, np.nan, done)
    w0, w1 = sc.warmup_weeks, t_end
    with np.errstate(invalid="ignore"):
        busy_end = np.where(np.isnan(done), w1, done)
        busy = np.clip(
            np.minimum(busy_end, w1) - np.maximum(np.nan_to_num(start, nan=w1), w0), 0, None
        )
    busy = np.where(accepted, busy, 0.0).sum(axis=1) / p  # share of the team busy
    zeros = np.zeros(r)
    return {
        "accepted": accepted,
        "due": due,
        "done": done,
        "start": start,
        "busy": busy,
        "lost": zeros,
        "worked": busy * cap * p,  # output hours (no switching, no overtime here)
        "overtime": zeros,
    }


def _general(sc: Scenario, arr: np.ndarray, sizes: np.ndarray, est: np.ndarray):
    """Event loop advancing all replications together (one event per replication per step).

    Started requests share capacity equally, so each receives the same service per week;
    ``served`` accumulates it and a request finishes when ``served`` reaches its threshold
    (``served`` at its start + its size). A step is then one argmin over the thresholds.
    """
    r, n = arr.shape
    p = sc.people
    pol = sc.policy
    limit = {"accept_all": np.inf, "wip_cap_reject": np.inf, "wip_cap_queue": sc.wip_cap}.get(
        pol, p
    )
    cap_normal = effective_hours(sc.hours_per_week)
    cap_ot = effective_hours(sc.overtime_hours) if sc.overtime_hours is not None else cap_normal
    use_ot = sc.overtime_hours is not None
    t_end = sc.warmup_weeks + sc.horizon_weeks
    w0, w1 = sc.warmup_weeks, t_end
    stop = np.inf if sc.drain else t_end
    rows = np.arange(r)
    arr_pad = np.concatenate([arr, np.full((r, 1), np.inf)], axis=1)
    inf = np.inf

    t = np.zeros(r)
    served = np.zeros(r)
    nxt = np.zeros(r, dtype=np.int64)
    n_open = np.zeros(r, dtype=np.int64)
    n_act = np.zeros(r, dtype=np.int64)
    n_late = np.zeros(r, dtype=np.int64)
    thr = np.full((r, n), inf)  # finishing threshold of started, unfinished requests
    dthr = np.full((r, n), inf)  # due date of open requests not yet overdue (overtime only)
    start = np.full((r, n), np.nan)
    done = np.full((r, n), np.nan)
    due = np.full((r, n), np.nan)
    accepted = np.zeros((r, n), dtype=bool)
    is_open = np.zeros((r, n), dtype=bool)
    late = np.zeros((r, n), dtype=bool)
    busy = np.zeros(r)
    lost = np.zeros(r)
    worked = np.zeros(r)
    ot_time = np.zeros(r)
    live = np.ones(r, dtype=bool)
    lo = 0  # columns before lo hold no open request in any replication
    for step in range(3 * n + 10):
        if not live.any():
            break
        if step % 32 == 0:  # the window of columns that can matter: [lo, hi)
            any_open = is_open.any(axis=0)
            lo = int(np.argmax(any_open)) if any_open.any() else int(nxt.min())
        hi = max(min(n, int(nxt.max()) + 1), lo + 1)
        overtime_on = n_late > 0
        cap = np.where(overtime_on, cap_ot, cap_normal)
        loss = switching_loss(n_act / p, sc.switch_scale, sc.switch_cap)
        staffed = np.minimum(n_act, p)
        has = n_act > 0
        rate = np.where(has, cap * staffed * (1 - loss) / np.maximum(n_act, 1), 0.0)
        jc = lo + np.argmin(thr[:, lo:hi], axis=1)
        left = np.maximum(thr[rows, jc] - served, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            dt_c = np.where(has, left / rate, inf)
        dt_a = arr_pad[rows, nxt] - t
        if use_ot:
            jd = lo + np.argmin(dthr[:, lo:hi], axis=1)
            dt_d = np.maximum(dthr[rows, jd] - t, 0.0)
        else:
            dt_d = np.full(r, inf)
        dt = np.minimum(np.minimum(dt_c, dt_a), np.minimum(dt_d, stop - t))
        live &= np.isfinite(dt) & (t < stop)
        dt = np.where(live, dt, 0.0)
        inside = np.clip(np.minimum(t + dt, w1) - np.maximum(t, w0), 0, None)
        busy += inside * staffed / p
        work = inside * cap * staffed
        worked += work
        lost += work * loss
        ot_time += np.where(overtime_on, inside, 0.0)
        served += rate * dt
        t = t + dt
        # a completion (the earliest threshold)
        c = rows[live & has & (dt_c <= dt)]
        if c.size:
            j = jc[c]
            done[c, j] = t[c]
            thr[c, j] = inf
            is_open[c, j] = False
            n_open[c] -= 1
            n_act[c] -= 1
            if use_ot:
                was_late = late[c, j]
                n_late[c] -= was_late
                dthr[c, j] = inf
            if limit < np.inf:  # start the oldest queued request
                q = c[n_open[c] > n_act[c]]
                if q.size:
                    jq = lo + np.argmax(is_open[q, lo:hi] & np.isnan(start[q, lo:hi]), axis=1)
                    start[q, jq] = t[q]
                    thr[q, jq] = served[q] + sizes[q, jq]
                    n_act[q] += 1
        # an arrival
        a = rows[live & (dt_a <= dt) & np.isfinite(dt_a)]
        if a.size:
            i = nxt[a]
            t[a] = arr[a, i]
            ok = np.ones(a.size, dtype=bool)
            if pol == "wip_cap_reject":
                ok = n_open[a] < sc.wip_cap
            if pol == "honest_quote":
                thr_a = thr[a, lo:hi]
                frac = np.where(
                    np.isfinite(thr_a),
                    (thr_a - served[a, None]) / sizes[a, lo:hi],
                    is_open[a, lo:hi].astype(float),
                )
                open_est = np.sum(frac * est[a, lo:hi], axis=1)
                promise = sc.quote_safety * (open_est + est[a, i]) / (p * sc.hours_per_week)
                if sc.client_max_lead_weeks is not None:
                    ok = promise <= sc.client_max_lead_weeks
            else:
                promise = sc.quoted_lead_weeks
            due[a, i] = t[a] + promise
            a_ok, i_ok = a[ok], i[ok]
            accepted[a_ok, i_ok] = True
            is_open[a_ok, i_ok] = True
            n_open[a_ok] += 1
            if use_ot:
                dthr[a_ok, i_ok] = due[a_ok, i_ok]
            go = n_act[a_ok] < limit
            a_go, i_go = a_ok[go], i_ok[go]
            start[a_go, i_go] = t[a_go]
            thr[a_go, i_go] = served[a_go] + sizes[a_go, i_go]
            n_act[a_go] += 1
            nxt[a] += 1
        # a promise falls due while the request is still open
        if use_ot:
            d = rows[live & (dt_d <= dt)]
            if d.size:
                j = jd[d]
                still = is_open[d, j] & np.isfinite(dthr[d, j])
                d, j = d[still], j[still]
                late[d, j] = True
                dthr[d, j] = inf
                n_late[d] += 1
    extra = (sc.overtime_hours - sc.hours_per_week) if use_ot else 0.0
    return {
        "accepted": accepted,
        "due": due,
        "done": done,
        "start": start,
        "busy": busy,
        "lost": lost,
        "worked": worked,
        "overtime": ot_time * extra,
    }


def _run(sc: Scenario, arr, sizes, est):
    if sc.policy in _FIFO_POLICIES and sc.overtime_hours is None:
        return _fifo(sc, arr, sizes, est)
    return _general(sc, arr, sizes, est)


# ----------------------------------------------------------------------------- public API
def simulate_trace(
    scenario: Scenario, *, interarrivals: Any, sizes: Any, estimates: Any = None
) -> pd.DataFrame:
    """One replication on given arrays; one row per request.

    ``interarrivals`` are weeks between arrivals (the first counted from 0), ``sizes`` true
    hours, ``estimates`` estimated hours (default: sizes × ``estimate_bias``). Columns:
    ``arrival, size, estimate, accepted, start, due, done, lead_time, on_time`` (weeks;
    ``done`` is NaN if unfinished at the horizon, unless ``drain``).

    >>> sc = Scenario(policy="accept_all_fifo")
    >>> simulate_trace(sc, interarrivals=[0.5], sizes=[10.0])["done"].tolist()
    [0.75]
    """
    if not isinstance(scenario, Scenario):
        raise InputError("scenario", scenario, "pass a Scenario(...)")
    gaps = _float_array("interarrivals", interarrivals, allow_zero=True)
    hrs = _float_array("sizes", sizes)
    if hrs.size != gaps.size:
        raise InputError("sizes", sizes, f"give one size per arrival ({gaps.size})")
    if estimates is None:
        ests = _estimates(scenario, hrs, None)
    else:
        ests = _float_array("estimates", estimates)
        if ests.size != gaps.size:
            raise InputError("estimates", estimates, f"give one estimate per arrival ({gaps.size})")
    arrival = np.cumsum(gaps)
    t_end = scenario.warmup_weeks + scenario.horizon_weeks
    arr = np.where(arrival < t_end, arrival, np.inf)[None, :]
    res = _run(scenario, arr, hrs[None, :], ests[None, :])
    done = res["done"][0]
    due = res["due"][0]
    frame = pd.DataFrame(
        {
            "arrival": arrival,
            "size": hrs,
            "estimate": ests,
            "accepted": res["accepted"][0],
            "start": res["start"][0],
            "due": due,
            "done": done,
        }
    )
    frame["lead_time"] = frame["done"] - frame["arrival"]
    frame["on_time"] = frame["accepted"] & (frame["done"] <= frame["due"])
    return frame


def simulate(scenario: Scenario, *, replications: int = 1000, rng: Any = None) -> Outcome:
    """Run ``replications`` independent years of ``scenario`` and pool the metrics.

    An unstable scenario (load ≥ 1) still runs (every run is bounded) and sets
    ``unstable=True``.
    """
    if not isinstance(scenario, Scenario):
        raise InputError("scenario", scenario, "pass a Scenario(...)")
    reps = positive_int("replications", replications)
    if reps > 1_000_000:
        raise InputError("replications", replications, "use at most 1,000,000")
    gen = rng_from(rng)
    arr, sizes, est = _draw(scenario, reps, gen)
    res = _run(scenario, arr, sizes, est)
    return _outcome(scenario, reps, arr, sizes, res)


def _ratio(num: np.ndarray, den: np.ndarray) -> tuple[float, float]:
    """Pooled ratio Σnum/Σden and its standard error across replications."""
    tot = den.sum()
    if tot == 0:
        return float("nan"), float("nan")
    r = num.sum() / tot
    k = num.size
    if k < 2:
        return float(r), float("nan")
    se = math.sqrt(np.sum((num - r * den) ** 2) / (k * (k - 1))) / den.mean()
    return float(r), float(se)


def _outcome(sc: Scenario, reps: int, arr, sizes, res) -> Outcome:
    w0 = sc.warmup_weeks
    w1 = w0 + sc.horizon_weeks
    span = sc.horizon_weeks
    exists = np.isfinite(arr)
    counted = exists & (arr >= w0)
    accepted = res["accepted"] & counted
    done, due = res["done"], res["due"]
    end = np.inf if sc.drain else w1
    finished = accepted & ~np.isnan(done)
    with np.errstate(invalid="ignore"):
        due_in = accepted & (due <= end)
        kept = due_in & finished & (done <= due + 1e-12)
    on_time, on_time_se = _ratio(kept.sum(1).astype(float), due_in.sum(1).astype(float))
    # lateness of the requests counted above; open and overdue: end of window - due (censored)
    censored = due_in & ~finished
    lateness = np.where(censored, w1 - due, done - due)[due_in]
    lateness_censored = censored[due_in]
    lead = np.where(finished, done - arr, 0.0)
    lead_mean, lead_se = _ratio(lead.sum(1), finished.sum(1).astype(float))
    lead_times = (done - arr)[finished]
    # time-average WIP over the window from each request's open interval (exact)
    open_from = np.where(res["accepted"], arr, np.inf)
    open_to = np.where(np.isnan(done), w1, done)
    with np.errstate(invalid="ignore"):
        ov = np.clip(np.minimum(open_to, w1) - np.maximum(open_from, w0), 0, None)
    ov = np.where(res["accepted"], ov, 0.0)
    wip_rep = ov.sum(1) / span
    refused = counted & ~res["accepted"]
    n_req = counted.sum(1).astype(float)
    refused_share, refused_se = _ratio(refused.sum(1).astype(float), n_req)
    size_all = np.where(counted, sizes, 0.0).sum(1)
    refused_hours, _ = _ratio(np.where(refused, sizes, 0.0).sum(1), size_all)
    worked = res["worked"].sum()
    lost_total = res["lost"].sum()
    per_person_week = reps * span * sc.people
    # open requests at each whole week of the window (the WIP fan chart)
    grid = np.arange(w0, w1 + 1e-9, 1.0)
    still_open = np.where(np.isnan(done), np.inf, done)
    unfinished_rep = (accepted & np.isnan(done)).sum(1).astype(float)
    wip_end = float(np.mean(np.sum((open_from <= w1) & (still_open > w1), axis=1)))
    growth, growing = _growth(sc, open_from, still_open)
    growing = growing or sc.load >= _capped_share(sc) - 1e-9
    with np.errstate(invalid="ignore"):
        promised = np.where(accepted, due - arr, 0.0)
    n_promised = accepted.sum()
    promise_mean = float(promised.sum() / n_promised) if n_promised else float("nan")
    return Outcome(
        scenario=sc,
        replications=reps,
        on_time_rate=on_time,
        on_time_se=on_time_se,
        lead_time_mean=lead_mean,
        lead_time_se=lead_se,
        wip_mean=float(wip_rep.mean()),
        wip_se=float(wip_rep.std(ddof=1) / math.sqrt(reps)) if reps > 1 else float("nan"),
        utilization=float(res["busy"].mean() / span),
        refused_share=0.0 if math.isnan(refused_share) else refused_share,
        refused_se=0.0 if math.isnan(refused_se) else refused_se,
        refused_hours_share=0.0 if math.isnan(refused_hours) else refused_hours,
        overtime_hours_per_week=float(res["overtime"].mean() / span),
        switching_loss_share=float(res["lost"].sum() / worked) if worked > 0 else 0.0,
        unfinished=float(unfinished_rep.mean()),
        unfinished_share=float(unfinished_rep.sum() / max(accepted.sum(), 1)),
        requests=float(n_req.mean()),
        unstable=bool(sc.unstable) or growing,
        backlog_growing=growing,
        load=float(sc.load),
        productive_hours_per_week=float((worked - lost_total) / per_person_week),
        switching_hours_per_week=float(lost_total / per_person_week),
        idle_hours_per_week=float(
            max(0.0, 1 - float(res["busy"].mean()) / span) * effective_hours(sc.hours_per_week)
        ),
        lead_times=lead_times,
        wip_end_mean=wip_end,
        backlog_growth=growth,
        promise_mean=promise_mean,
        wip_weeks=grid,
        open_from=open_from,
        open_until=still_open,
        lateness=lateness,
        lateness_censored=lateness_censored,
    )


def _count_open(t_from: np.ndarray, t_to: np.ndarray, grid: np.ndarray) -> np.ndarray:
    """Per row, how many intervals [t_from, t_to) contain each grid point (O(R·N))."""
    r = t_from.shape[0]
    g = grid.size

    def cumulative(times: np.ndarray) -> np.ndarray:
        k = np.searchsorted(grid, times.ravel(), side="left").reshape(times.shape)
        k = np.where(np.isfinite(times), k, g)  # first grid point at or after the time
        flat = (np.arange(r)[:, None] * (g + 1) + k).ravel()
        counts = np.bincount(flat, minlength=r * (g + 1)).reshape(r, g + 1)
        return np.cumsum(counts, axis=1)[:, :g]

    return (cumulative(t_from) - cumulative(t_to)).astype(float)


def compare(
    scenarios: Sequence[Scenario] | Mapping[str, Scenario],
    *,
    replications: int = 1000,
    rng: Any = None,
) -> pd.DataFrame:
    """Simulate several scenarios on common random numbers; one row per scenario.

    ``scenarios`` is a list (rows named by policy) or a mapping name → Scenario.
    """
    if isinstance(scenarios, Mapping):
        items = list(scenarios.items())
    else:
        if isinstance(scenarios, Scenario):
            scenarios = [scenarios]
        if isinstance(scenarios, str | bytes) or not isinstance(scenarios, Sequence):
            raise InputError("scenarios", scenarios, "pass a list of Scenario or a dict of them")
        items = [
            (s.policy if isinstance(s, Scenario) else str(i), s) for i, s in enumerate(scenarios)
        ]
    if not items:
        raise InputError("scenarios", scenarios, "give at least one Scenario")
    names = [name for name, _ in items]
    if len(set(names)) != len(names):
        items = [(f"{name} #{i + 1}", s) for i, (name, s) in enumerate(items)]
    seed = int(rng_from(rng).integers(2**63 - 1))
    rows = []
    for name, sc in items:
        if not isinstance(sc, Scenario):
            raise InputError("scenarios", sc, "every item must be a Scenario(...)")
        row = simulate(sc, replications=replications, rng=seed).as_dict()
        row["scenario"] = name
        row["policy"] = sc.policy
        rows.append(row)
    return pd.DataFrame(rows).set_index("scenario")


# ----------------------------------------------------------------------------- load sweeps
def analytic_lead_time(scenario: Scenario) -> float:
    """The textbook mean time in system (weeks) for ``scenario``'s policy at its load.

    With τ = ``mean_size_hours`` / e(``hours_per_week``) (weeks of one person's work per
    request), ρ the load and cs = ``size_cv``:

    * one at a time (``accept_all_fifo``; ``honest_quote`` when no client walks away;
      ``wip_cap_queue`` with ``wip_cap`` ≤ ``people``, which then runs ``wip_cap``
      requests side by side without juggling): M/G/1 by Pollaczek–Khinchine,
      τ + ρτ(1 + cs²) / (2(1 − ρ)). For ``people`` = c > 1 (c servers, one queue) the
      M/G/c approximation of Lee & Longton (1959), τ + (1 + cs²)/2 × C(c, cρ) τ / (c(1 − ρ))
      with Erlang's C; exact when sizes are exponential (cs = 1) or c = 1.
    * ``accept_all`` with ``switch_scale=0`` (juggling without a tax): processor sharing,
      τ / (1 − ρ) for one person, τ + C(c, cρ) τ / (c(1 − ρ)) for c people; exact for any
      size distribution (insensitivity).
    * anything else (juggling with a switching tax, refusals, overtime): no closed form,
      NaN.

    ``inf`` when ρ ≥ 1 for a policy that has a formula. This is the steady state: a
    run that starts empty (``warmup_weeks=0``) and stops at the horizon shows less at
    high load, because the longest waits are still unfinished.

    >>> round(analytic_lead_time(Scenario(policy="accept_all_fifo")), 9)  # τ = 0.5 w, ρ = 0.8
    2.5
    >>> round(analytic_lead_time(Scenario(policy="accept_all_fifo", size_cv=0.5)), 9)
    1.75
    >>> round(analytic_lead_time(Scenario(policy="accept_all", switch_scale=0)), 9)
    2.5
    >>> analytic_lead_time(Scenario(policy="accept_all"))     # juggling with a tax
    nan
    >>> analytic_lead_time(Scenario(policy="accept_all_fifo", arrivals_per_week=2))
    inf
    """
    if not isinstance(scenario, Scenario):
        raise InputError("scenario", scenario, "pass a Scenario(...)")
    tau = scenario.mean_size_hours / effective_hours(scenario.hours_per_week)
    return _textbook_time(scenario, scenario.arrivals_per_week * tau)


def _textbook_time(sc: Scenario, offered: float) -> float:
    """Mean time in system (weeks) of ``sc``'s textbook queue with ``offered`` = λτ."""
    servers, kind = _textbook_queue(sc)
    if kind is None:
        return float("nan")
    tau = sc.mean_size_hours / effective_hours(sc.hours_per_week)
    rho = offered / servers
    if rho >= 1:
        return float("inf")
    if offered == 0:
        return float(tau)
    busy_all = rho if servers == 1 else _erlang_c(servers, offered)
    wait = busy_all * tau / (servers * (1 - rho))
    if kind == "fifo":
        wait *= (1 + sc.size_cv**2) / 2
    return float(tau + wait)


def _analytic_curve(scenario: Scenario, loads: Any) -> np.ndarray:
    """:func:`analytic_lead_time` of ``scenario`` at each load (λτ = load × people)."""
    return np.array([_textbook_time(scenario, x * scenario.people) for x in np.ravel(loads)])


def _textbook_queue(sc: Scenario) -> tuple[int, str | None]:
    """(servers, "fifo" | "ps" | None): which closed form :func:`analytic_lead_time` uses."""
    if sc.overtime_hours is not None:
        return sc.people, None
    if sc.policy == "accept_all_fifo":
        return sc.people, "fifo"
    if sc.policy == "honest_quote" and sc.client_max_lead_weeks is None:
        return sc.people, "fifo"
    if sc.policy == "wip_cap_queue" and sc.wip_cap <= sc.people:
        return sc.wip_cap, "fifo"
    if sc.policy == "accept_all" and sc.switch_scale == 0:
        return sc.people, "ps"
    return sc.people, None


def _erlang_c(servers: int, offered: float) -> float:
    """Erlang's C: the chance an arrival waits in M/M/c (``offered`` = λτ < ``servers``).

    >>> round(_erlang_c(1, 0.8), 12), round(_erlang_c(2, 1.0), 12)
    (0.8, 0.333333333333)
    """
    b = 1.0  # Erlang B by the stable recursion
    for i in range(1, servers + 1):
        b = offered * b / (i + offered * b)
    return servers * b / (servers - offered * (1 - b))


def _at_load(scenario: Scenario, load: float) -> Scenario:
    """``scenario`` with the arrival rate that makes its offered load ``load``."""
    rate = load * scenario.capacity_hours / scenario.mean_size_hours
    try:
        return scenario.replace(arrivals_per_week=rate)
    except InputError as exc:
        raise InputError(
            "loads", load, f"at this load {rate:,.1f} requests arrive per week; {exc.fix}"
        ) from None


def _simulate_many(scenarios: Sequence[Scenario], replications: int, seed: int) -> list[Outcome]:
    """``[simulate(sc, replications=replications, rng=seed) for sc in scenarios]``, faster.

    The scenarios differ only in their arrival rate. When they run on the event loop
    (juggling, WIP caps, overtime) their replications are stacked into one call, which
    advances all of them together: replications never interact, so every Outcome is the
    one :func:`simulate` gives, in about half the time.
    """
    if not scenarios:
        return []
    first = scenarios[0]
    general = not (first.policy in _FIFO_POLICIES and first.overtime_hours is None)
    if not general or len(scenarios) == 1:
        return [simulate(sc, replications=replications, rng=seed) for sc in scenarios]
    draws = [_draw(sc, replications, rng_from(seed)) for sc in scenarios]
    outcomes: list[Outcome] = []
    batch: list[int] = []
    widest = 0
    for k in range(len(scenarios) + 1):
        if k < len(scenarios):
            n_k = draws[k][0].shape[1]
            if not batch or (len(batch) + 1) * replications * max(widest, n_k) <= _BATCH_CELLS:
                batch.append(k)
                widest = max(widest, n_k)
                continue
        outcomes.extend(_run_batch(first, [scenarios[i] for i in batch], [draws[i] for i in batch]))
        if k < len(scenarios):
            batch, widest = [k], draws[k][0].shape[1]
    return outcomes


_BATCH_CELLS = 3_000_000  # replications x requests per stacked run (memory bound)


def _run_batch(engine_sc: Scenario, scenarios, draws) -> list[Outcome]:
    widest = max(d[0].shape[1] for d in draws)

    def stack(index: int, fill: float) -> np.ndarray:
        return np.concatenate(
            [
                np.pad(d[index], ((0, 0), (0, widest - d[index].shape[1])), constant_values=fill)
                for d in draws
            ]
        )

    res = _run(engine_sc, stack(0, np.inf), stack(1, 1.0), stack(2, 1.0))
    outcomes = []
    row = 0
    for sc, (arr, sizes, _) in zip(scenarios, draws, strict=True):
        reps, n = arr.shape
        part = {
            key: (val[row : row + reps, :n] if val.ndim == 2 else val[row : row + reps])
            for key, val in res.items()
        }
        outcomes.append(_outcome(sc, reps, arr, sizes, part))
        row += reps
    return outcomes


def sweep_load(
    scenario: Scenario, loads: Any, *, replications: int = 200, rng: Any = None
) -> pd.DataFrame:
    """The same way of working at each load in ``loads``: the hockey stick as a table.

    Each load ρ sets ``arrivals_per_week = ρ × capacity_hours / mean_size_hours``; every
    other field of ``scenario`` is kept, and every load runs on the same random numbers
    (one seed drawn from ``rng``), so the curve does not wobble from noise between
    points. One row per load, in the order given, with columns ``load``,
    ``arrivals_per_week``, ``lead_time_mean``, ``lead_time_se``, ``lead_time_p85``
    (weeks; finished requests), ``on_time_rate``, ``on_time_se``, ``unfinished`` (open
    requests per run at the end), ``unstable`` and ``analytic`` (:func:`analytic_lead_time`,
    NaN without a closed form). ``frame.attrs`` keeps ``scenario``, ``replications`` and
    ``seed``; each row equals ``simulate(scenario at that load, replications=...,
    rng=frame.attrs["seed"])``.

    >>> table = sweep_load(Scenario(policy="accept_all_fifo"), [0.5, 0.9], replications=50, rng=1)
    >>> table["load"].tolist(), table["analytic"].round(2).tolist()
    ([0.5, 0.9], [1.0, 5.0])
    >>> bool(table["lead_time_mean"].is_monotonic_increasing)
    True
    """
    if not isinstance(scenario, Scenario):
        raise InputError("scenario", scenario, "pass a Scenario(...)")
    items = sequence("loads", loads)
    values = [positive("loads", x) for x in items]
    reps = positive_int("replications", replications)
    if reps > 1_000_000:
        raise InputError("replications", replications, "use at most 1,000,000")
    seed = int(rng_from(rng).integers(2**63 - 1))
    scenarios = [_at_load(scenario, x) for x in values]
    outcomes = _simulate_many(scenarios, reps, seed)
    return _sweep_table(scenario, values, scenarios, outcomes, reps, seed)


def _sweep_table(
    scenario: Scenario,
    loads: Sequence[float],
    scenarios: Sequence[Scenario],
    outcomes: Sequence[Outcome],
    replications: int,
    seed: int,
) -> pd.DataFrame:
    """The :func:`sweep_load` table from its outcomes (also used by the lab widget)."""
    rows = [
        {
            "load": float(x),
            "arrivals_per_week": sc.arrivals_per_week,
            "lead_time_mean": o.lead_time_mean,
            "lead_time_se": o.lead_time_se,
            "lead_time_p85": o.lead_time_quantile(0.85),
            "on_time_rate": o.on_time_rate,
            "on_time_se": o.on_time_se,
            "unfinished": o.unfinished,
            "unstable": o.unstable,
            "analytic": analytic_lead_time(sc),
        }
        for x, sc, o in zip(loads, scenarios, outcomes, strict=True)
    ]
    frame = pd.DataFrame(rows)
    frame.attrs.update(scenario=scenario, replications=replications, seed=seed)
    return frame


def sweep_quote(
    scenario: Scenario, quotes: Any, *, replications: int = 200, rng: Any = None
) -> pd.DataFrame:
    """The same way of working with each fixed promise in ``quotes`` (weeks): the frontier.

    Shorter promises are kept less often; this table is the data of
    :func:`expectlib.plotting.plot_promise_frontier`. ``scenario`` must use a fixed-quote
    policy (``honest_quote`` sets its own promise: simulate it and plot its Outcome
    beside the table). Every quote runs on the same random numbers (one seed drawn from
    ``rng``); without overtime a promise does not change the work, so one simulation
    serves every quote (:meth:`Outcome.on_time_for_quote`), and with overtime each quote
    is simulated. One row per quote, in the order given, with columns
    ``quoted_lead_weeks``, ``policy``, ``promise_mean`` (= the quote), ``on_time_rate``,
    ``on_time_se``, ``lead_time_mean``, ``lead_time_se``, ``lead_time_p85``,
    ``refused_share``, ``refused_hours_share``, ``unfinished``,
    ``overtime_hours_per_week`` and ``unstable``; each row equals
    ``simulate(scenario.replace(quoted_lead_weeks=q), replications=...,
    rng=frame.attrs["seed"])``. ``frame.attrs`` keeps ``scenario``, ``replications`` and
    ``seed``.

    >>> t = sweep_quote(Scenario(policy="accept_all_fifo"), [1, 2, 4], replications=50, rng=1)
    >>> t["quoted_lead_weeks"].tolist(), bool(t["on_time_rate"].is_monotonic_increasing)
    ([1.0, 2.0, 4.0], True)
    """
    if not isinstance(scenario, Scenario):
        raise InputError("scenario", scenario, "pass a Scenario(...)")
    if scenario.policy == "honest_quote":
        raise InputError(
            "scenario",
            scenario.policy,
            "honest quoting sets its own promise; sweep a fixed-quote policy"
            " (e.g. accept_all_fifo) and plot the honest quote's Outcome beside it",
        )
    qs = _quotes(quotes)
    reps = positive_int("replications", replications)
    if reps > 1_000_000:
        raise InputError("replications", replications, "use at most 1,000,000")
    seed = int(rng_from(rng).integers(2**63 - 1))
    if scenario.overtime_hours is None:
        one = simulate(scenario, replications=reps, rng=seed)
        rates, ses = _on_time_for_quotes(one, qs)
        outcomes = [one] * qs.size
    else:
        outcomes = [
            simulate(scenario.replace(quoted_lead_weeks=float(q)), replications=reps, rng=seed)
            for q in qs
        ]
        rates = np.array([o.on_time_rate for o in outcomes])
        ses = np.array([o.on_time_se for o in outcomes])
    rows = []
    for q, rate, se, o in zip(qs, rates, ses, outcomes, strict=True):
        rows.append(
            {
                "quoted_lead_weeks": float(q),
                "policy": scenario.policy,
                "promise_mean": float(q),
                "on_time_rate": float(rate),
                "on_time_se": float(se),
                "lead_time_mean": o.lead_time_mean,
                "lead_time_se": o.lead_time_se,
                "lead_time_p85": o.lead_time_quantile(0.85),
                "refused_share": o.refused_share,
                "refused_hours_share": o.refused_hours_share,
                "unfinished": o.unfinished,
                "overtime_hours_per_week": o.overtime_hours_per_week,
                "unstable": o.unstable,
            }
        )
    frame = pd.DataFrame(rows)
    frame.attrs.update(scenario=scenario, replications=reps, seed=seed)
    return frame


def _float_array(name: str, values: Any, *, allow_zero: bool = False) -> np.ndarray:
    if isinstance(values, str | bytes | Mapping):
        raise InputError(name, values, "pass a list or array of numbers")
    try:
        a = np.asarray(values, dtype=float).ravel()
    except (TypeError, ValueError):
        raise InputError(name, values, "pass a list or array of numbers") from None
    if a.size == 0:
        raise InputError(name, values, "the list is empty; give at least one value")
    if not np.all(np.isfinite(a)):
        raise InputError(name, values, "every value must be a finite number (no NaN)")
    if np.any(a < 0) or (not allow_zero and np.any(a == 0)):
        raise InputError(
            name, values, "use non-negative numbers" if allow_zero else "use positive numbers"
        )
    return a
