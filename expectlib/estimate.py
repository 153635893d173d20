"""Calibrated effort forecasts: three-point estimates and Monte Carlo over history.

>>> tasks = [ThreePoint(low=2, likely=4, high=12), ThreePoint(low=1, likely=2, high=6)]
>>> f = forecast(tasks, trials=20_000, rng=7)
>>> f.naive_total                       # what people usually quote: the sum of likely values
6.0
>>> f.quantile(0.5) > f.naive_total     # ... which is less than even odds
True

With a :class:`~expectlib.history.History`, single-point estimates are turned
into distributions by the team's own past ratios of actual to estimate (see
:mod:`expectlib._ratio_model` for the model and why).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.special import betainc, betaincinv

from . import _ratio_model as rm
from ._validate import non_negative, parse_number, positive_int, probability, rng_from, sequence
from .errors import InputError
from .history import History

__all__ = ["Forecast", "ThreePoint", "forecast"]

MAX_CELLS = 50_000_000  # tasks x trials held in memory at once
MAX_EFFORT = 1e7  # larger efforts are typing or unit mistakes (ten million hours)


@dataclass(frozen=True)
class ThreePoint:
    """A low / likely / high estimate as a beta-PERT distribution.

    Why beta-PERT: it is bounded by *low* and *high* like the estimate itself,
    peaks at *likely*, and is skewed toward the long side when *high* is
    farther from *likely* than *low* is, which is how work usually goes
    wrong. Its mean ``(low + 4·likely + high) / 6`` is the classic PERT
    formula, and it puts less weight on the extremes than a triangular
    distribution, which over-states the tails of a confident estimator.

        >>> tp = ThreePoint(low=2, likely=4, high=12)
        >>> tp.mean(), tp.ppf(0.0), tp.ppf(1.0)
        (5.0, 2.0, 12.0)
        >>> round(float(tp.cdf(tp.ppf(0.8))), 6)
        0.8

    ============  ==========================================
    call          at the edges
    ============  ==========================================
    ``cdf(x)``    0 below *low*, 1 at and above *high*
    ``ppf(q)``    *low* at q = 0, *high* at q = 1; q outside
                  [0, 1] raises :class:`InputError`
    ============  ==========================================
    """

    low: float
    likely: float
    high: float

    def __post_init__(self) -> None:
        low = non_negative("low", self.low)
        likely = non_negative("likely", self.likely)
        high = non_negative("high", self.high)
        if not low <= likely <= high:
            raise InputError(
                "likely",
                likely,
                f"keep low ≤ likely ≤ high (got low={low}, likely={likely}, high={high})",
            )
        if high <= low:
            raise InputError(
                "high",
                high,
                f"make high greater than low ({low}); a range "
                "with no width says nothing about risk",
            )
        if likely <= 0:
            raise InputError("likely", likely, "the likely effort must be greater than zero")
        if high > MAX_EFFORT:
            raise InputError("high", high, f"use at most {MAX_EFFORT:,.0f}; check the unit")
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "likely", likely)
        object.__setattr__(self, "high", high)

    @property
    def _ab(self) -> tuple[float, float]:
        width = self.high - self.low
        return (1 + 4 * (self.likely - self.low) / width, 1 + 4 * (self.high - self.likely) / width)

    def mean(self) -> float:
        """Expected effort, ``(low + 4·likely + high) / 6``."""
        return (self.low + 4 * self.likely + self.high) / 6

    def sd(self) -> float:
        """Standard deviation of effort."""
        a, b = self._ab
        return (self.high - self.low) * math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))

    def cdf(self, x: Any) -> Any:
        """Probability that the work takes at most *x*."""
        arr = np.asarray(x, float)
        if np.isnan(arr).any():
            raise InputError("x", x, "use numbers, not NaN")
        a, b = self._ab
        u = np.clip((arr - self.low) / (self.high - self.low), 0.0, 1.0)
        out = betainc(a, b, u)
        return float(out) if np.ndim(out) == 0 else out

    def ppf(self, q: Any) -> Any:
        """Effort that is enough with probability *q* (the inverse of :meth:`cdf`)."""
        arr = np.asarray(q, float)
        if np.isnan(arr).any() or (arr < 0).any() or (arr > 1).any():
            raise InputError("q", q, "use probabilities between 0 and 1, e.g. 0.8")
        a, b = self._ab
        out = self.low + (self.high - self.low) * betaincinv(a, b, arr)
        return float(out) if np.ndim(out) == 0 else out

    def sample(self, n: int, *, rng: Any = None) -> np.ndarray:
        """*n* random efforts."""
        n = positive_int("n", n)
        a, b = self._ab
        return self.low + (self.high - self.low) * rng_from(rng).beta(a, b, size=n)

    def _grid(self) -> np.ndarray:
        """Quantile function on the model's normal-score grid (fast, interpolated)."""
        a, b = self._ab
        u = np.linspace(0.0, 1.0, 1025)
        c = betainc(a, b, u)
        return self.low + (self.high - self.low) * np.interp(rm.P_GRID, c, u)


@dataclass(frozen=True, eq=False)
class Forecast:
    """The simulated total work of a plan: ``samples`` holds one total per trial."""

    samples: np.ndarray = field(repr=False)
    unit: str
    method: str  # "history" or "three-point"
    n_tasks: int
    n_history: int
    correlation: float
    correlation_source: str
    naive_total: float
    task_estimates: np.ndarray = field(repr=False)
    people: tuple = field(repr=False, default=())
    history: History | None = field(repr=False, default=None)
    _task_grid: np.ndarray = field(repr=False, default=None)
    _sorted: np.ndarray = field(repr=False, default=None)

    def __repr__(self) -> str:
        return (
            f"Forecast({self.n_tasks} tasks, {len(self.samples)} trials, "
            f"P50={self.quantile(0.5):.1f} {self.unit}, P80={self.quantile(0.8):.1f} {self.unit})"
        )

    def quantile(self, q: Any) -> Any:
        """Total work that is enough with probability *q* (float, or array for arrays)."""
        arr = np.asarray(q, float)
        if np.isnan(arr).any() or (arr < 0).any() or (arr > 1).any():
            raise InputError("q", q, "use probabilities between 0 and 1, e.g. 0.8")
        out = np.quantile(self._sorted, arr, method="inverted_cdf")
        return float(out) if np.ndim(out) == 0 else out

    def cdf(self, x: Any) -> Any:
        """Probability that the total work is at most *x*."""
        arr = np.asarray(x, float)
        if np.isnan(arr).any():
            raise InputError("x", x, "use numbers, not NaN")
        out = np.searchsorted(self._sorted, arr, side="right") / len(self._sorted)
        return float(out) if np.ndim(out) == 0 else out

    def mean(self) -> float:
        """Average total work over the trials."""
        return float(self.samples.mean())

    def quantiles(self, qs: Sequence[float] = (0.5, 0.8, 0.95)) -> dict[float, float]:
        """``{q: quantile(q)}`` for several probabilities."""
        return {float(q): float(self.quantile(q)) for q in qs}

    def task_quantiles(self, q: float) -> np.ndarray:
        """Each task's own quantile *q* (effort, not a share of the total)."""
        q = probability("q", q)
        idx = rm.grid_index(np.array([_ndtri(q)]))[0]
        return self._task_grid[:, idx].copy()

    def summary(self, q: float = 0.8) -> str:
        """The forecast in sentences a client could read."""
        q = probability("q", q)
        unit = self.unit
        parts = [
            f"{q:.0%} likely within {_fmt(self.quantile(q))} {unit} of work "
            f"(even odds: {_fmt(self.quantile(0.5))} {unit}; "
            f"95%: {_fmt(self.quantile(0.95))} {unit})."
        ]
        naive_p = self.cdf(self.naive_total)
        what = "estimates" if self.method == "history" else "likely values"
        parts.append(
            f"The plain sum of the {what}, {_fmt(self.naive_total)} {unit}, "
            f"is enough only {naive_p:.0%} of the time."
        )
        if self.method == "history" and self.history is not None:
            h = self.history
            met = float(np.mean(h.ratios <= 1.0 + 1e-9))
            named = [p for p in set(self.people) if p is not None and p in h.people]
            who = f", {len(named)} of the people in this plan among them" if named else ""
            parts.append(
                f"Based on {h.n:,} past tasks{who}: past estimates were met "
                f"{met:.0%} of the time, and the model lets tasks of one plan run "
                f"over together (correlation {self.correlation:.2f}, "
                f"{self.correlation_source})."
            )
        else:
            parts.append(
                f"Based on {self.n_tasks} three-point estimates (beta-PERT), allowing "
                f"tasks to run over together (correlation {self.correlation:.2f}, "
                f"{self.correlation_source})."
            )
        parts.append("This is effort, not calendar time.")
        return " ".join(parts)


def forecast(
    estimates: Sequence[Any],
    *,
    history: History | None = None,
    people: Sequence[Any] | None = None,
    trials: int = 10_000,
    rng: Any = None,
    correlation: float | None = None,
) -> Forecast:
    """Simulate the total work of a plan; returns a :class:`Forecast`.

    * ``estimates``: single-point numbers (then ``history`` is required) or
      :class:`ThreePoint` estimates (``(low, likely, high)`` tuples work too).
      With a history, a three-point estimate's *likely* value is used as its
      single-point estimate, because the history already knows how this
      team's estimates turn out.
    * ``people``: who does each task (aligned with ``estimates``); a person
      with few past tasks is shrunk toward the whole team's record.
    * ``correlation``: how strongly the tasks of one plan err together
      (0 = independent). By default it is estimated from the history's
      projects and months; without that it is **assumed to be 0.3**, which you
      can change here. Independent sums are too narrow: errors within one
      project are correlated (DESIGN.md §5).
    * ``rng``: a seed or a numpy Generator; the same seed gives the same result.

    >>> from expectlib.history import History
    >>> h = History.example()
    >>> f = forecast([4, 8, 2], history=h, people=["Ana", "Ben", None], rng=1)
    >>> f.quantile(0.5) <= f.quantile(0.8) <= f.quantile(0.95)
    True
    """
    items = sequence("estimates", estimates)
    trials = positive_int("trials", trials, minimum=100)
    if history is not None and not isinstance(history, History):
        raise InputError(
            "history",
            type(history).__name__,
            "pass a History (History.from_csv(...) or History.example()) or None",
        )
    if people is not None:
        people = sequence("people", people, allow_empty=True)
        if len(people) != len(items):
            raise InputError(
                "people",
                f"{len(people)} names for {len(items)} tasks",
                "give one name per task (None where nobody is set)",
            )
        people = [_person(p) for p in people]
    else:
        people = [None] * len(items)
    if len(items) * trials > MAX_CELLS:
        raise InputError("trials", trials, f"lower trials so tasks × trials ≤ {MAX_CELLS:,}")
    if correlation is not None:
        correlation = non_negative("correlation", correlation)
        if correlation >= 1:
            raise InputError("correlation", correlation, "use a value from 0 up to (not incl.) 1")
    gen = rng_from(rng)

    parsed = [_task(i, x, needs_history=history is None) for i, x in enumerate(items)]
    point = np.array([p.likely if isinstance(p, ThreePoint) else p for p in parsed])

    if history is not None:
        model = history.model
        grid = model.ratio_grid(np.log(point), model.person_codes(people)) * point[:, None]
        rho, source = history.plan_correlation
        unit, method, n_hist = history.unit, "history", history.n
    else:
        grid = np.vstack([p._grid() for p in parsed])
        rho, source = rm.DEFAULT_CORRELATION, "an assumption you can change"
        unit, method, n_hist = "h", "three-point", 0
    if correlation is not None:
        rho, source = correlation, "set by you"

    totals = rm.simulate_totals(grid, rho, trials, gen)
    return Forecast(
        samples=totals,
        unit=unit,
        method=method,
        n_tasks=len(parsed),
        n_history=n_hist,
        correlation=float(rho),
        correlation_source=source,
        naive_total=float(point.sum()),
        task_estimates=point,
        people=tuple(people),
        history=history,
        _task_grid=grid,
        _sorted=np.sort(totals),
    )


def _task(i: int, value: Any, *, needs_history: bool) -> ThreePoint | float:
    field_name = f"estimates[{i}]"
    if isinstance(value, ThreePoint):
        return value
    if isinstance(value, tuple | list) and len(value) == 3:
        try:
            return ThreePoint(*(parse_number(field_name, v) for v in value))
        except InputError as exc:
            raise InputError(field_name, value, exc.fix) from None
    if needs_history:
        raise InputError(
            field_name,
            value,
            "a single-point estimate needs a history: pass "
            "history=History.from_csv(...) or give ThreePoint(low=, likely=, high=)",
        )
    x = parse_number(field_name, value)
    if not math.isfinite(x) or x <= 0:
        raise InputError(field_name, value, "use a positive number of hours")
    if x > MAX_EFFORT:
        raise InputError(field_name, value, f"use at most {MAX_EFFORT:,.0f}; check the unit")
    return x


def _person(p: Any) -> str | None:
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return None
    p = str(p).strip()
    return p or None


def _ndtri(q: float) -> float:
    from scipy.special import ndtri

    return float(ndtri(q))


def _fmt(x: float) -> str:
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.0f}"
    return f"{x:.1f}"
