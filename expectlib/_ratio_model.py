"""The empirical ratio model behind :func:`expectlib.estimate.forecast` (private).

What real estimate-vs-actual data show (DESIGN.md §5) and how this model keeps it:

* a spike of tasks that land exactly on the estimate and a heavy right tail:
  the model never fits a parametric curve; it resamples *past ratios*
  (actual / estimate), the strongest simple method (Jørgensen & Sjøberg 2003),
  so the spike and the tail come straight from the user's own history;
* spread that grows with task size: past tasks are weighted by a Gaussian
  kernel on log(estimate), so a 10 h task borrows from 5–20 h tasks, not from
  30-minute ones;
* people differ: a person's own tasks form one distribution, the pooled team
  another, mixed with weight ``n / (n + k)`` where ``n`` is the (size-weighted)
  number of that person's past tasks: shrinkage toward the pool when a person
  has few tasks (Evidence-Based Scheduling, Spolsky 2007, uses only the
  person's own history);
* tasks of one plan err together: a Gaussian copula joins the per-task
  distributions with a correlation estimated from how past tasks of one project
  (and month) erred together, so the total is wider than an independent sum
  while every single task stays calibrated.

The bandwidth and the shrinkage strength are chosen per history by
leave-one-out pinball loss (quantiles 0.5, 0.8, 0.9) on the history itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.special import ndtr, ndtri

# Grid in normal-score space on which each task's quantile function is tabulated.
Z_LIMIT = 4.5
GRID = 1024
Z_GRID = np.linspace(-Z_LIMIT, Z_LIMIT, GRID)
P_GRID = ndtr(Z_GRID)

BANDWIDTHS = (0.3, 0.6, 1.2, np.inf)  # in log(estimate) units; inf = size ignored
PRIOR_STRENGTHS = (2.0, 8.0, 32.0)  # pseudo-tasks of pooled history behind each person
TUNE_QUANTILES = (0.5, 0.8, 0.9)
DEFAULT_BANDWIDTH = 1.0
DEFAULT_PRIOR = 8.0
MIN_TUNE = 40  # below this many tasks the defaults are used
DEFAULT_CORRELATION = 0.3  # assumption when history cannot tell (see forecast docstring)


@dataclass(frozen=True, eq=False)
class RatioModel:
    """Past ratios sorted ascending with the features the weights need."""

    ratio: np.ndarray  # sorted ascending
    log_est: np.ndarray
    person: np.ndarray  # int codes, -1 unknown
    group: np.ndarray  # int codes for the correlation groups, -1 none
    person_names: tuple[str, ...]
    bandwidth: float = DEFAULT_BANDWIDTH
    prior: float = DEFAULT_PRIOR
    day: np.ndarray | None = None  # days since the first dated task (NaN where undated)
    half_life: float = np.inf  # days; older tasks weigh half as much per half-life
    tuned: bool = False
    tuning: dict = field(default_factory=dict)

    @classmethod
    def build(cls, estimate, actual, person_names_per_row, group_keys, *, days=None, tune=True):
        ratio = np.asarray(actual, float) / np.asarray(estimate, float)
        order = np.argsort(ratio, kind="stable")
        names = sorted({p for p in person_names_per_row if p is not None})
        lookup = {p: i for i, p in enumerate(names)}
        person = np.array(
            [lookup.get(p, -1) if p is not None else -1 for p in person_names_per_row],
            dtype=np.int64,
        )
        gl = {}
        group = np.array(
            [-1 if g is None else gl.setdefault(g, len(gl)) for g in group_keys], dtype=np.int64
        )
        model = cls(
            ratio=ratio[order],
            log_est=np.log(np.asarray(estimate, float))[order],
            person=person[order],
            group=group[order],
            person_names=tuple(names),
            day=None if days is None else np.asarray(days, float)[order],
        )
        if tune and len(ratio) >= MIN_TUNE:
            model = model._tuned()
        return model

    @property
    def n(self) -> int:
        return len(self.ratio)

    def person_codes(self, people) -> np.ndarray:
        lookup = {p: i for i, p in enumerate(self.person_names)}
        return np.array([lookup.get(p, -1) if p is not None else -1 for p in people], np.int64)

    # ---- weights -------------------------------------------------------------------
    def weights(
        self,
        log_est,
        person,
        *,
        bandwidth=None,
        prior=None,
        rows=None,
        exclude=None,
        half_life=None,
        now=None,
    ):
        """Normalised weights (m, n) of past tasks for m queries.

        ``rows`` restricts the reference set to those indices of the history;
        ``exclude`` (m,) gives, per query, a reference position to leave out (LOO).
        """
        h = self.bandwidth if bandwidth is None else bandwidth
        k = self.prior if prior is None else prior
        ref_log = self.log_est if rows is None else self.log_est[rows]
        ref_person = self.person if rows is None else self.person[rows]
        log_est = np.asarray(log_est, float)[:, None]
        if np.isinf(h):
            kern = np.ones((log_est.shape[0], ref_log.shape[0]))
            if exclude is not None:
                kern[np.arange(kern.shape[0]), exclude] = 0.0
        else:
            d = (log_est - ref_log[None, :]) / h
            d2 = -0.5 * d * d
            if exclude is not None:
                d2[np.arange(d2.shape[0]), exclude] = -np.inf
            d2 -= d2.max(axis=1, keepdims=True)  # nearest task gets weight 1: no underflow
            kern = np.exp(d2)
        life = self.half_life if half_life is None else half_life
        if np.isfinite(life) and self.day is not None:
            ref_day = self.day if rows is None else self.day[rows]
            now = np.nanmax(self.day) if now is None else now
            age = np.maximum(now - np.where(np.isnan(ref_day), np.nanmedian(ref_day), ref_day), 0)
            kern = kern * np.exp2(-age / life)[None, :]
        pool = kern / kern.sum(axis=1, keepdims=True)
        person = np.asarray(person)
        if (person < 0).all():
            return pool
        mine = kern * (ref_person[None, :] == person[:, None])
        n_mine = mine.sum(axis=1, keepdims=True)
        share = np.where(person[:, None] >= 0, n_mine / (n_mine + k), 0.0)
        own = np.divide(mine, n_mine, out=np.zeros_like(mine), where=n_mine > 0)
        return share * own + (1.0 - share) * pool

    # ---- quantile functions ------------------------------------------------------
    def ratio_grid(self, log_est, person) -> np.ndarray:
        """Each query's ratio quantile function tabulated on ``P_GRID``: (m, GRID).

        Plans repeat estimates (round numbers) and people, so each distinct
        (estimate, person) pair is computed once.
        """
        keys = np.stack([np.asarray(log_est, float), np.asarray(person, float)], axis=1)
        uniq, inverse = np.unique(keys, axis=0, return_inverse=True)
        w = self.weights(uniq[:, 0], uniq[:, 1].astype(np.int64))
        cum = np.cumsum(w, axis=1)
        cum /= cum[:, -1:]
        last = self.n - 1
        out = np.empty((len(uniq), GRID))
        for i in range(len(uniq)):  # per-row searchsorted beats one flat call (cache)
            out[i] = self.ratio[np.minimum(np.searchsorted(cum[i], P_GRID * (1 - 1e-12)), last)]
        return out[inverse.ravel()]

    # ---- tuning -----------------------------------------------------------------
    def _tuned(self) -> RatioModel:
        """Choose bandwidth, prior strength and half-life by out-of-sample pinball loss.

        With dates (the usual case), by forward validation: the earliest 75% of
        tasks predict the latest 25%, as the forecast will predict the future.
        Without dates, by leave-one-out. The loss is the mean pinball loss of
        log(actual/estimate) at quantiles 0.5, 0.8 and 0.9.
        """
        rng = np.random.default_rng(0)  # fixed: the same history always tunes the same way
        n, day = self.n, self.day
        dated = day is not None and np.mean(np.isfinite(day)) >= 0.8 and n >= 200
        span = float(np.nanmax(day) - np.nanmin(day)) if dated else 0.0
        if dated and span >= 60:
            split = float(np.nanquantile(day, 0.75))
            earlier, later = np.flatnonzero(day <= split), np.flatnonzero(day > split)
            dated = len(earlier) >= 100 and len(later) >= 50
        else:
            dated = False
        if dated:
            ref = np.sort(rng.choice(earlier, size=min(len(earlier), 4000), replace=False))
            queries = np.sort(rng.choice(later, size=min(len(later), 1200), replace=False))
            exclude, now, lives = None, split, (np.inf, span, span / 3)
        else:
            ref = np.sort(rng.choice(n, size=min(n, 4000), replace=False))
            exclude = np.sort(rng.choice(len(ref), size=min(len(ref), 1500), replace=False))
            queries, now, lives = ref[exclude], None, (np.inf,)
        tau = np.array(TUNE_QUANTILES)
        log_r = np.log(self.ratio[queries])[:, None]
        priors = PRIOR_STRENGTHS if (self.person >= 0).any() else (DEFAULT_PRIOR,)
        scores = {}
        for life in lives:
            for h in BANDWIDTHS:
                for k in priors:
                    w = self.weights(
                        self.log_est[queries],
                        self.person[queries],
                        bandwidth=h,
                        prior=k,
                        rows=ref,
                        exclude=exclude,
                        half_life=life,
                        now=now,
                    )
                    diff = log_r - np.log(_weighted_quantiles(self.ratio[ref], w, tau))
                    scores[(h, k, life)] = float(np.mean(np.maximum(tau * diff, (tau - 1) * diff)))
        h, k, life = min(scores, key=scores.get)
        steady = min((key for key in scores if np.isinf(key[2])), key=scores.get)
        if scores[(h, k, life)] > 0.997 * scores[steady]:  # decay must clearly pay for itself
            h, k, life = steady
        return _replace(
            self,
            bandwidth=float(h),
            prior=float(k),
            half_life=float(life),
            tuned=True,
            tuning={
                "method": "forward validation" if dated else "leave-one-out",
                **{f"h={a}, k={b}, half-life={c:.0f} d": v for (a, b, c), v in scores.items()},
            },
        )

    # ---- leave-one-out checks ----------------------------------------------------
    def loo_sample(self, limit=3000) -> np.ndarray:
        """Positions of history rows used for leave-one-out checks (whole groups kept)."""
        n = self.n
        if n <= limit:
            return np.arange(n)
        rng = np.random.default_rng(1)
        if (self.group >= 0).any():
            groups = rng.permutation(np.unique(self.group[self.group >= 0]))
            picked, total = [], 0
            for g in groups:
                idx = np.flatnonzero(self.group == g)
                picked.append(idx)
                total += len(idx)
                if total >= limit:
                    break
            return np.sort(np.concatenate(picked))
        return np.sort(rng.choice(n, size=limit, replace=False))

    def loo_weights_chunks(self, positions, chunk=250):
        for start in range(0, len(positions), chunk):
            pos = positions[start : start + chunk]
            yield pos, self.weights(self.log_est[pos], self.person[pos], exclude=pos)

    def loo_coverage(self, qs) -> np.ndarray:
        """Share of past tasks whose actual ratio is at or below their LOO quantile q."""
        qs = np.asarray(qs, float)
        hits = np.zeros(len(qs))
        positions = self.loo_sample()
        for pos, w in self.loo_weights_chunks(positions):
            quant = _weighted_quantiles(self.ratio, w, qs)
            hits += (self.ratio[pos][:, None] <= quant + 1e-12).sum(axis=0)
        return hits / len(positions)

    def loo_normal_scores(self) -> tuple[np.ndarray, np.ndarray]:
        """Normal scores of each sampled task's LOO mid-PIT, with its group code."""
        positions = self.loo_sample()
        z = np.empty(len(positions))
        for start, (pos, w) in zip(
            range(0, len(positions), 250), self.loo_weights_chunks(positions), strict=True
        ):
            cum = np.cumsum(w, axis=1)
            lo = np.searchsorted(self.ratio, self.ratio[pos], side="left")
            hi = np.searchsorted(self.ratio, self.ratio[pos], side="right")
            rows = np.arange(len(pos))
            below = np.where(lo > 0, cum[rows, np.maximum(lo - 1, 0)], 0.0)
            tied = cum[rows, hi - 1] - below
            u = np.clip(below + 0.5 * tied, 1e-4, 1 - 1e-4)
            z[start : start + len(pos)] = ndtri(u)
        return z, self.group[positions]

    def correlation(self) -> tuple[float, str]:
        """Within-group correlation of errors (intra-class correlation of normal scores)."""
        if not (self.group >= 0).any():
            return DEFAULT_CORRELATION, "assumed (the history names no projects or dates)"
        z, g = self.loo_normal_scores()
        keep = g >= 0
        z, g = z[keep], g[keep]
        _, inv, counts = np.unique(g, return_inverse=True, return_counts=True)
        multi = counts[inv] >= 2
        z, inv = z[multi], inv[multi]
        uniq_m, inv = np.unique(inv, return_inverse=True)
        n_groups = len(uniq_m)
        if n_groups < 5:
            return DEFAULT_CORRELATION, f"assumed (only {n_groups} groups of 2+ past tasks)"
        sizes = np.bincount(inv)
        means = np.bincount(inv, weights=z) / sizes
        total = len(z)
        grand = z.mean()
        ssb = float(np.sum(sizes * (means - grand) ** 2))
        ssw = float(np.sum((z - means[inv]) ** 2))
        msb = ssb / (n_groups - 1)
        msw = ssw / max(total - n_groups, 1)
        n0 = (total - np.sum(sizes**2) / total) / (n_groups - 1)
        icc = (msb - msw) / (msb + (n0 - 1) * msw) if msb + (n0 - 1) * msw > 0 else 0.0
        icc = float(np.clip(icc, 0.0, 0.9))
        return icc, f"estimated from {n_groups} groups of past tasks"


def _weighted_quantiles(sorted_values, weights, probs) -> np.ndarray:
    """Weighted empirical quantiles: smallest value whose cumulative weight reaches p.

    ``sorted_values`` (n,) ascending; ``weights`` (m, n) rows summing to 1;
    ``probs`` (g,) -> (m, g).
    """
    m, n = weights.shape
    cum = np.cumsum(weights, axis=1)
    cum /= cum[:, -1:]
    offsets = np.arange(m)[:, None]
    flat = (cum + offsets).ravel()
    needles = (np.asarray(probs, float)[None, :] * (1 - 1e-12) + offsets).ravel()
    idx = np.searchsorted(flat, needles, side="left").reshape(m, -1) - offsets * n
    return sorted_values[np.clip(idx, 0, n - 1)]


def _replace(model: RatioModel, **changes) -> RatioModel:
    from dataclasses import replace

    return replace(model, **changes)


_SCALE = (GRID - 1) / (2 * Z_LIMIT)
_BLOCK = 8  # tasks per block in simulate_totals
# 65,536 equally likely normal scores, in grid units: a uint16 draw indexes this table,
# which is six times faster than drawing normals and fine enough (1/65,536 in probability).
_Z_TABLE = (ndtri((np.arange(65536) + 0.5) / 65536) * _SCALE).astype(np.float32)


def simulate_totals(grid: np.ndarray, rho: float, trials: int, gen: np.random.Generator):
    """Sum of tasks drawn through a Gaussian copula with equal correlation *rho*.

    ``grid`` (m, GRID) is each task's quantile function on ``Z_GRID``. The
    common factor is drawn first and each task's own draws row by row, so
    adding a task leaves the other tasks' draws unchanged. Tasks are summed in
    blocks of 8 so the working arrays stay in the CPU cache (2x faster than one
    pass over all tasks at once).
    """
    m = grid.shape[0]
    common = gen.standard_normal(trials)
    draws = gen.integers(0, 65536, size=(m, trials), dtype=np.uint16)
    # scale and shift the 65,536-entry table once instead of every draw
    table = _Z_TABLE * np.float32(np.sqrt(1.0 - rho)) + np.float32(Z_LIMIT * _SCALE + 0.5)
    shift = (np.sqrt(rho) * _SCALE * common).astype(np.float32)
    # float32 halves the memory the random gathers touch; sums stay exact to about 1e-6
    # relative, far below the Monte Carlo error
    flat = np.ascontiguousarray(grid, dtype=np.float32).ravel()
    total = np.zeros(trials)
    for start in range(0, m, _BLOCK):
        pos = table[draws[start : start + _BLOCK]]
        if rho > 0:
            pos += shift
        np.clip(pos, 0, GRID - 1, out=pos)
        idx = pos.astype(np.int32)
        idx += (np.arange(start, min(start + _BLOCK, m), dtype=np.int32) * GRID)[:, None]
        total += flat[idx].sum(axis=0)
    return total


def grid_index(x: np.ndarray) -> np.ndarray:
    """Map normal scores to positions on ``Z_GRID`` (nearest point, clipped)."""
    pos = (x + Z_LIMIT) * ((GRID - 1) / (2 * Z_LIMIT)) + 0.5
    return np.clip(pos, 0, GRID - 1).astype(np.intp)
