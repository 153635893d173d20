"""Generate the synthetic example data in ``data/`` (seeded, byte-for-byte reproducible).

Run ``python data/generate_history.py`` (or ``make data``) to (re)write:

- ``example_history.csv``: past tasks, estimate vs actual hours
  (``task_id, date, project, person, estimate_h, actual_h``);
- ``example_tasks.csv``: a plan for a small website project
  (``task, estimate_h, low_h, likely_h, high_h, person``);
- ``example_jira_export.csv``: a small Jira-shaped export (estimates and time spent in seconds).

The history is tuned to the published shape of estimate-vs-actual data (DESIGN.md §5); see
``TARGETS`` and ``summarize``. Public functions (all pure; randomness only from
``np.random.default_rng(seed)``)::

    generate_history(*, seed=20240501, n_tasks=1200, start="2024-01-08", months=24,
                     exact_share=None, truth=TRUTH) -> pandas.DataFrame
    simulate_history(*, same arguments) -> Simulated     # frame + the drawn shocks + truth
    generate_tasks(*, seed=20240502, truth=TRUTH) -> pandas.DataFrame
    generate_jira_export(*, seed=20240503, n_rows=60, truth=TRUTH) -> pandas.DataFrame
    summarize(history) -> dict[str, float]               # the figures in TARGETS (and more)
    figures_table(figures) -> str                         # the Markdown table in data/README.md
    write_all(out_dir) -> list[pathlib.Path]              # what main() writes, byte for byte

The generating model for one task (``Truth`` holds every parameter):

1. the estimate is a log-normal "gut size", snapped to a round value (0.5, 1, 2, 3, 4, 7, 14 h …)
   with the person's ``p_round``, else to a fine grid (0.25 h steps to 4 h, 1 h to 16 h, then 2 h);
2. with the person's ``p_exact`` the actual is booked exactly to the estimate;
3. otherwise ``log(actual / estimate) = base_bias + person.bias + project shock +
   project-month shock + round effect + noise`` with
   ``noise = core(size) * N(0, 1) + tail(size) * (overrun - underrun)``: an occasional
   exponential overrun (probability ``p_overrun``, scale 1: the heavy right tail) and a smaller
   underrun; ``core`` and ``tail`` grow from their ``*_small`` value (≤ 1 h) to their ``*_large``
   value (≥ 7 h), linearly in log size. Round-number estimates get ``round_bias`` more overrun
   and ``round_sd`` more spread (relative). Draws beyond ``max_ratio`` (either way) are redrawn,
   so the tail is truncated smoothly instead of piling up at a cap;
4. actuals are rounded to 0.25 h (at least 0.25 h).

Shocks are shared by every task of a project (``sd_project``) and of a project in a calendar
month (``sd_project_month``), so a month's bundle of a project is wider than a sum of independent
tasks. A test can draw a large history with known truth, e.g.
``simulate_history(seed=1, n_tasks=20_000, months=48)``.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from expectlib._validate import positive_int, probability
from expectlib.errors import InputError

__all__ = [
    "HISTORY_COLUMNS",
    "JIRA_COLUMNS",
    "ROUND_HOURS",
    "TARGETS",
    "TASK_COLUMNS",
    "TRUTH",
    "Person",
    "Project",
    "Simulated",
    "Truth",
    "figures_table",
    "generate_history",
    "generate_jira_export",
    "generate_tasks",
    "main",
    "simulate_history",
    "summarize",
    "write_all",
    "write_csv",
]

DATA_DIR = Path(__file__).resolve().parent
HISTORY_FILE = "example_history.csv"
TASKS_FILE = "example_tasks.csv"
JIRA_FILE = "example_jira_export.csv"

HISTORY_COLUMNS = ("task_id", "date", "project", "person", "estimate_h", "actual_h")
TASK_COLUMNS = ("task", "estimate_h", "low_h", "likely_h", "high_h", "person")
JIRA_COLUMNS = (
    "Issue key",
    "Summary",
    "Assignee",
    "Project name",
    "Created",
    "Resolved",
    "Original Estimate",
    "Time Spent",
)

#: Estimates people reach for: half an hour, an hour, a morning, a day (7 h), two days, a week.
ROUND_HOURS = (0.5, 1.0, 2.0, 3.0, 4.0, 7.0, 14.0, 21.0, 35.0)

#: Published ranges the example history is tuned to (DESIGN.md §5). Keys match ``summarize``.
TARGETS: dict[str, tuple[float, float]] = {
    "exact_share": (0.30, 0.50),
    "over_share": (0.27, 0.56),
    "plain_coverage": (0.45, 0.73),
    "median_ratio": (0.95, 1.05),
    "p80_ratio": (1.40, 1.60),
    "p90_ratio": (2.00, 2.70),
    "sd_log_small": (0.50, 0.70),
    "sd_log_large": (1.00, 1.40),
}


@dataclass(frozen=True)
class Person:
    """One person's estimating habits.

    ``bias`` is the mean log(actual/estimate) added for this person's non-exact tasks
    (positive: underestimates); ``p_exact`` the chance of booking exactly the estimate;
    ``p_round`` the chance an estimate is a round number; ``weight`` the share of tasks;
    ``joins`` the fraction of the period after which the person starts taking tasks.
    """

    name: str
    bias: float
    p_exact: float
    p_round: float
    weight: float = 1.0
    joins: float = 0.0
    habit: str = ""


@dataclass(frozen=True)
class Project:
    """A client project, active from ``start`` to ``end`` (fractions of the period)."""

    name: str
    start: float
    end: float
    weight: float = 1.0


@dataclass(frozen=True)
class Truth:
    """Every parameter of the generating model (log-ratio units are natural logs)."""

    people: tuple[Person, ...]
    projects: tuple[Project, ...]
    base_bias: float = -0.16  # added to every non-exact log ratio
    sd_project: float = 0.10  # sd of the shock shared by all tasks of a project
    sd_project_month: float = 0.20  # sd of the shock shared by a project's tasks in a month
    core_small: float = 0.23  # sd of the normal core for estimates ≤ 1 h …
    core_large: float = 1.18  # … and ≥ 7 h
    tail_small: float = 0.19  # scale of the over/underrun tail for estimates ≤ 1 h …
    tail_large: float = 0.62  # … and ≥ 7 h
    p_overrun: float = 0.28  # chance of an exponential overrun (mean 1 × tail scale)
    p_underrun: float = 0.13  # chance of an exponential underrun …
    underrun_scale: float = 0.82  # … with mean underrun_scale × tail scale
    round_bias: float = 0.12  # extra log overrun of round-number estimates
    round_sd: float = 0.23  # extra relative noise of round-number estimates
    size_median_h: float = 1.85  # median "gut size" of a task
    size_sd_log: float = 0.98  # its log-normal sd
    max_estimate_h: float = 40.0
    max_ratio: float = 13.5  # noise is redrawn until actual/estimate is within 1/13.5…13.5
    actual_step: float = 0.25  # actuals are booked in steps of this many hours (0: not rounded)

    def person(self, name: str) -> Person:
        """The person called ``name``."""
        for p in self.people:
            if p.name == name:
                return p
        raise InputError("name", name, f"use one of {', '.join(p.name for p in self.people)}")


TRUTH = Truth(
    people=(
        Person("Ana", bias=0.00, p_exact=0.24, p_round=0.65, weight=1.2, habit="steady"),
        Person("Bram", bias=0.42, p_exact=0.17, p_round=0.80, weight=1.1, habit="optimist"),
        Person("Chen", bias=-0.30, p_exact=0.21, p_round=0.70, weight=1.0, habit="pads"),
        Person(
            "Dana", bias=0.05, p_exact=0.70, p_round=0.60, weight=1.0, habit="books to estimate"
        ),
        Person("Eko", bias=0.08, p_exact=0.22, p_round=0.50, weight=0.9, habit="steady"),
        Person(
            "Farah", bias=0.12, p_exact=0.16, p_round=0.55, weight=0.6, joins=0.85, habit="newcomer"
        ),
    ),
    projects=(
        Project("Bakery site", 0.00, 0.30),
        Project("Clinic booking", 0.00, 0.55, weight=1.3),
        Project("Shop migration", 0.20, 0.60, weight=1.2),
        Project("Portfolio refresh", 0.35, 0.55, weight=0.6),
        Project("Hotel revamp", 0.50, 0.90, weight=1.2),
        Project("Charity donations", 0.55, 1.00),
        Project("School intranet", 0.70, 1.00, weight=1.1),
        Project("Law firm site", 0.85, 1.00, weight=0.7),
    ),
)


@dataclass(frozen=True)
class Simulated:
    """A generated history with the shocks that were drawn for it."""

    frame: pd.DataFrame
    truth: Truth
    project_shock: dict[str, float] = field(default_factory=dict)
    month_shock: dict[tuple[str, str], float] = field(default_factory=dict)


# ---------------------------------------------------------------- history


def _start_date(value) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError("start", value, "use a date written YYYY-MM-DD, e.g. 2024-01-08") from None


def _seed(value) -> int:
    return positive_int("seed", value, minimum=0)


def _snap(values: np.ndarray, grid: np.ndarray) -> np.ndarray:
    """Nearest grid value in log space."""
    idx = np.abs(np.log(values)[:, None] - np.log(grid)[None, :]).argmin(axis=1)
    return grid[idx]


def _fine_grid(max_h: float) -> np.ndarray:
    parts = [np.arange(0.25, 4.0, 0.25), np.arange(4.0, 16.0, 1.0), np.arange(16.0, max_h + 1, 2.0)]
    return np.concatenate(parts)


def _by_size(estimate: np.ndarray, small: float, large: float) -> np.ndarray:
    """``small`` up to 1 h, ``large`` from 7 h, linear in log size between."""
    t = np.clip(np.log(estimate) / math.log(7.0), 0.0, 1.0)
    return small + (large - small) * t


def _noise(
    rng: np.random.Generator, estimate: np.ndarray, is_round: np.ndarray, truth: Truth
) -> np.ndarray:
    """Size-dependent noise: a normal core plus exponential over- and underruns."""
    n = len(estimate)
    z = rng.normal(0.0, 1.0, n)
    over = (rng.random(n) < truth.p_overrun) * rng.exponential(1.0, n)
    under = (rng.random(n) < truth.p_underrun) * rng.exponential(truth.underrun_scale, n)
    core = _by_size(estimate, truth.core_small, truth.core_large)
    tail = _by_size(estimate, truth.tail_small, truth.tail_large)
    return (core * z + tail * (over - under)) * np.where(is_round, 1.0 + truth.round_sd, 1.0)


def _pick(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """One column index per row of ``weights`` (rows need not sum to 1)."""
    cum = np.cumsum(weights, axis=1)
    u = rng.random(len(weights)) * cum[:, -1]
    return (cum <= u[:, None]).sum(axis=1)  # zero-weight columns are never picked


def simulate_history(
    *,
    seed: int = 20240501,
    n_tasks: int = 1200,
    start: str | date = "2024-01-08",
    months: int = 24,
    exact_share: float | None = None,
    truth: Truth = TRUTH,
) -> Simulated:
    """Draw a task history and return it with the project and project-month shocks used.

    ``exact_share`` (0–1), when given, replaces every person's ``p_exact`` (0 gives a history
    with no deliberate exact hits; a few actuals still round onto the estimate).
    """
    seed = _seed(seed)
    n = positive_int("n_tasks", n_tasks)
    months = positive_int("months", months)
    first = _start_date(start)
    if exact_share is not None:
        exact_share = probability("exact_share", exact_share, open_interval=False)
    if not isinstance(truth, Truth) or not truth.people or not truth.projects:
        raise InputError("truth", truth, "pass a Truth with at least one person and one project")
    rng = np.random.default_rng(seed)

    end = pd.Timestamp(first) + pd.DateOffset(months=months) - pd.Timedelta(days=1)
    days = pd.bdate_range(pd.Timestamp(first), end)
    day_idx = np.sort(rng.integers(0, len(days), size=n))
    when = days[day_idx]
    frac = day_idx / max(len(days) - 1, 1)

    people, projects = truth.people, truth.projects
    p_w = np.array([p.weight for p in people])
    p_on = frac[:, None] >= np.array([p.joins for p in people])[None, :]
    p_on[~p_on.any(axis=1)] = True  # nobody has joined yet: anyone may take the task
    who = _pick(rng, p_on * p_w)
    j_w = np.array([p.weight for p in projects])
    j_start = np.array([p.start for p in projects])
    j_end = np.array([p.end for p in projects])
    j_on = (frac[:, None] >= j_start) & ((frac[:, None] < j_end) | (j_end >= 1.0))
    j_on[~j_on.any(axis=1)] = True  # no project running: any project may get the task
    proj = _pick(rng, j_on * j_w)

    # estimates: gut size, snapped to a round number or to a fine grid
    gut = np.exp(rng.normal(math.log(truth.size_median_h), truth.size_sd_log, n))
    gut = np.clip(gut, 0.25, truth.max_estimate_h)
    p_round = np.array([p.p_round for p in people])[who]
    estimate = np.where(
        rng.random(n) < p_round,
        _snap(gut, np.array(ROUND_HOURS)),
        _snap(gut, _fine_grid(truth.max_estimate_h)),
    )
    is_round = np.isin(estimate, ROUND_HOURS)

    # shared shocks
    proj_shock = rng.normal(0.0, truth.sd_project, len(projects))
    month_key = np.array([f"{d.year:04d}-{d.month:02d}" for d in when])
    bundle = pd.Series([f"{j}|{m}" for j, m in zip(proj, month_key, strict=True)])
    codes, uniques = pd.factorize(bundle, sort=True)
    bundle_shock = rng.normal(0.0, truth.sd_project_month, len(uniques))

    # exact hits and log ratios
    p_exact = np.array([p.p_exact for p in people])[who]
    if exact_share is not None:
        p_exact = np.full(n, exact_share)
    exact = rng.random(n) < p_exact
    bias = truth.base_bias + np.array([p.bias for p in people])[who]
    mean = bias + np.where(is_round, truth.round_bias, 0.0) + proj_shock[proj] + bundle_shock[codes]
    log_ratio = mean + _noise(rng, estimate, is_round, truth)
    limit = math.log(truth.max_ratio)
    for _ in range(50):  # redraw the noise of the few draws beyond max_ratio (a truncated tail)
        out = np.flatnonzero(np.abs(log_ratio) > limit)
        if not len(out):
            break
        log_ratio[out] = mean[out] + _noise(rng, estimate[out], is_round[out], truth)
    log_ratio = np.clip(log_ratio, -limit, limit)
    raw = estimate * np.exp(log_ratio)
    step = truth.actual_step
    actual = np.maximum(step, np.round(raw / step) * step) if step > 0 else raw
    actual = np.where(exact, estimate, actual)

    frame = pd.DataFrame(
        {
            "task_id": [f"T{i:05d}" for i in range(1, n + 1)],
            "date": [d.strftime("%Y-%m-%d") for d in when],
            "project": [projects[j].name for j in proj],
            "person": [people[i].name for i in who],
            "estimate_h": estimate.astype(float),
            "actual_h": actual.astype(float),
        }
    )
    month_shock = {}
    for code, key in enumerate(uniques):
        j, m = key.split("|")
        month_shock[(projects[int(j)].name, m)] = float(bundle_shock[code])
    return Simulated(
        frame=frame,
        truth=truth,
        project_shock={p.name: float(s) for p, s in zip(projects, proj_shock, strict=True)},
        month_shock=month_shock,
    )


def generate_history(
    *,
    seed: int = 20240501,
    n_tasks: int = 1200,
    start: str | date = "2024-01-08",
    months: int = 24,
    exact_share: float | None = None,
    truth: Truth = TRUTH,
) -> pd.DataFrame:
    """A history of past tasks: ``task_id, date, project, person, estimate_h, actual_h``.

    Rows are in time order (dates ``YYYY-MM-DD`` on working days). Same arguments, same frame.

    >>> df = generate_history(n_tasks=50)
    >>> list(df.columns)
    ['task_id', 'date', 'project', 'person', 'estimate_h', 'actual_h']
    """
    return simulate_history(
        seed=seed,
        n_tasks=n_tasks,
        start=start,
        months=months,
        exact_share=exact_share,
        truth=truth,
    ).frame


# ---------------------------------------------------------------- summary


def summarize(history: pd.DataFrame) -> dict[str, float]:
    """The figures of ``TARGETS`` (and a few more) measured on a history frame.

    ``sd_log_*`` are standard deviations of log(actual/estimate) over the non-exact tasks of
    estimates ≤ 1 h (small) and > 7 h (large). ``bundle_spread`` is the sd of a project-month's
    log(total actual / total estimate) divided by the same sd with the ratios shuffled across
    tasks (above 1: bundles are wider than independent sums).
    """
    est = history["estimate_h"].to_numpy(float)
    act = history["actual_h"].to_numpy(float)
    ratio = act / est
    exact = act == est
    lr = np.log(ratio)
    is_round = np.isin(est, ROUND_HOURS)
    small, large = (est <= 1.0) & ~exact, (est > 7.0) & ~exact
    rnd, fine = is_round & ~exact, ~is_round & ~exact
    counts = history["person"].value_counts()
    exact_by_person = history.assign(_x=exact).groupby("person")["_x"].mean()
    over_by_person = history.assign(_x=act > est).groupby("person")["_x"].mean()
    return {
        "n_tasks": float(len(history)),
        "exact_share": float(exact.mean()),
        "over_share": float((act > est).mean()),
        "plain_coverage": float((act <= est).mean()),
        "median_ratio": float(np.median(ratio)),
        "p80_ratio": float(np.quantile(ratio, 0.8)),
        "p90_ratio": float(np.quantile(ratio, 0.9)),
        "sd_log_small": float(np.std(lr[small], ddof=1)),
        "sd_log_large": float(np.std(lr[large], ddof=1)),
        "round_share": float(is_round.mean()),
        "sd_log_round": float(np.std(lr[rnd], ddof=1)),
        "sd_log_fine": float(np.std(lr[fine], ddof=1)),
        "over_share_round": float((act > est)[is_round].mean()),
        "over_share_fine": float((act > est)[~is_round].mean()),
        "n_people": float(history["person"].nunique()),
        "n_projects": float(history["project"].nunique()),
        "max_exact_person": float(exact_by_person.max()),
        "max_over_person": float(over_by_person.max()),
        "min_over_person": float(over_by_person.min()),
        "min_tasks_person": float(counts.min()),
        "bundle_spread": _bundle_spread(history),
    }


def _bundle_spread(history: pd.DataFrame, shuffles: int = 200) -> float:
    est = history["estimate_h"].to_numpy(float)
    ratio = history["actual_h"].to_numpy(float) / est
    key = history["project"] + "|" + history["date"].str.slice(0, 7)
    codes, _ = pd.factorize(key)
    tot_est = np.bincount(codes, weights=est)

    def sd(r: np.ndarray) -> float:
        return float(np.std(np.log(np.bincount(codes, weights=est * r) / tot_est), ddof=1))

    rng = np.random.default_rng(0)
    independent = np.mean([sd(rng.permutation(ratio)) for _ in range(shuffles)])
    return sd(ratio) / float(independent)


# ---------------------------------------------------------------- example plan

# (task, likely hours, role) for a small brochure website
_PLAN = (
    ("Kick-off call and brief", 2.0, "lead"),
    ("Sitemap and wireframes", 7.0, "design"),
    ("Visual design: home page", 7.0, "design"),
    ("Visual design: inner pages", 10.0, "design"),
    ("Hosting, domain and CMS set-up", 3.0, "dev"),
    ("Page templates (5)", 14.0, "dev"),
    ("Contact form with spam protection", 4.0, "dev"),
    ("Content entry (12 pages)", 6.0, "content"),
    ("Responsive and browser checks", 5.0, "dev"),
    ("SEO basics and analytics", 3.0, "content"),
    ("Client review round and fixes", 7.0, "lead"),
    ("Launch and handover call", 2.0, "lead"),
)
_ROLES = {
    "lead": ("Ana", "Dana"),
    "design": ("Chen", "Eko"),
    "dev": ("Bram", "Eko", "Farah"),
    "content": ("Dana", "Farah"),
}


def _half(x: np.ndarray) -> np.ndarray:
    return np.round(x * 2.0) / 2.0


def generate_tasks(*, seed: int = 20240502, truth: Truth = TRUTH) -> pd.DataFrame:
    """A 12-task plan for a small website: ``task, estimate_h, low_h, likely_h, high_h, person``.

    ``estimate_h`` equals ``likely_h``; ``low_h < likely_h < high_h``, all in hours (0.5 h steps).
    People come from ``truth.people``.
    """
    rng = np.random.default_rng(_seed(seed))
    names = {p.name for p in truth.people}
    likely = np.array([t[1] for t in _PLAN])
    low = _half(likely * rng.uniform(0.5, 0.8, len(likely)))
    high = _half(likely * rng.uniform(1.5, 2.8, len(likely)))
    low = np.minimum(low, likely - 0.5).clip(0.5)
    high = np.maximum(high, likely + 1.0)
    people = []
    for _, _, role in _PLAN:
        pool = [p for p in _ROLES[role] if p in names] or sorted(names)
        people.append(pool[int(rng.integers(len(pool)))])
    return pd.DataFrame(
        {
            "task": [t[0] for t in _PLAN],
            "estimate_h": likely,
            "low_h": low,
            "likely_h": likely,
            "high_h": high,
            "person": people,
        }
    )


# ---------------------------------------------------------------- Jira-shaped export

_GENERIC_SUMMARIES = (
    "Set up staging server",
    "Fix layout on small screens",
    "Cookie banner",
    "Accessibility fixes from audit",
    "Page speed improvements",
    "Update privacy page",
    "Client feedback round 1",
    "Client feedback round 2",
    "Analytics and consent set-up",
    "Footer and legal pages",
    "Image optimisation",
    "Backup and monitoring",
    "Launch checklist",
    "Handover documentation",
)
_SUMMARIES = {
    "SHOP": (
        *_GENERIC_SUMMARIES,
        "Product listing page",
        "Product detail page",
        "Checkout: address form",
        "Checkout: shipping options",
        "Payment provider integration",
        "Import product catalogue",
        "Order confirmation email",
        "Search results page",
        "Admin: export orders to CSV",
        "Redirects from old URLs",
        "Newsletter sign-up form",
        "Discount codes",
        "Stock level sync",
        "Customer account pages",
        "Fix rounding in VAT totals",
        "Abandoned cart email",
    ),
    "HOTEL": (
        *_GENERIC_SUMMARIES,
        "Room booking calendar",
        "Room detail page",
        "Gallery with lightbox",
        "Multi-language switcher",
        "Translate booking emails",
        "Reviews widget",
        "Contact and map page",
        "Booking confirmation PDF",
        "Fix double booking bug",
        "Restaurant menu page",
        "Spa packages page",
        "Special offers banner",
        "Channel manager integration",
        "Header and navigation",
        "Events calendar",
        "Guest FAQ page",
    ),
}
_JIRA_PROJECTS = (("SHOP", "Shop migration"), ("HOTEL", "Hotel revamp"))
_SURNAMES = ("Silva", "de Vries", "Wei", "Kowalski", "Santoso", "Haddad")


def _jira_time(ts: pd.Timestamp) -> str:
    """Jira's default CSV date format, e.g. ``08/Jan/24 9:15 AM``."""
    hour = ts.hour % 12 or 12
    return f"{ts:%d/%b/%y} {hour}:{ts:%M} {'AM' if ts.hour < 12 else 'PM'}"


def generate_jira_export(
    *, seed: int = 20240503, n_rows: int = 60, truth: Truth = TRUTH
) -> pd.DataFrame:
    """A small export in Jira's CSV shape; ``Original Estimate`` and ``Time Spent`` in seconds.

    Rows come from a three-month history drawn with the same model (two projects). About one
    issue in ten has no estimate and one in twelve no time logged; the newest four are
    unresolved (blank ``Resolved``, half without time spent), as in real exports. Dates use
    Jira's default format ``dd/Mon/yy h:mm AM``.
    """
    seed = _seed(seed)
    n = positive_int("n_rows", n_rows)
    hist = simulate_history(seed=seed, n_tasks=n, start="2024-09-02", months=3, truth=truth).frame
    rng = np.random.default_rng(seed + 1)
    key_of = dict(_JIRA_PROJECTS)
    proj = [_JIRA_PROJECTS[i % 2][0] for i in rng.permutation(n)]
    counters = dict.fromkeys(key_of, 100)
    keys = []
    for k in proj:
        counters[k] += 1
        keys.append(f"{k}-{counters[k]}")
    deck = {k: [v[i] for i in rng.permutation(len(v))] for k, v in _SUMMARIES.items()}
    summaries = []
    for k, key in zip(proj, keys, strict=True):
        i = int(key.split("-")[1]) - 101
        summaries.append(deck[k][i % len(deck[k])] + (" (follow-up)" if i >= len(deck[k]) else ""))

    day = pd.to_datetime(hist["date"]).to_numpy().astype("datetime64[D]")
    created = pd.DatetimeIndex(day) + pd.to_timedelta(rng.integers(8 * 60, 18 * 60, n), "min")
    created = created.sort_values()  # issue keys follow creation time
    busy = np.ceil(hist["actual_h"].to_numpy() / 4.0).astype(int) + rng.integers(0, 5, n)
    done_day = np.busday_offset(day, busy, roll="forward")
    resolved = pd.DatetimeIndex(done_day) + pd.to_timedelta(rng.integers(9 * 60, 19 * 60, n), "min")
    open_ = np.arange(n) >= n - 4

    est_s = (hist["estimate_h"].to_numpy() * 3600).astype(int).astype(object)
    spent_s = (hist["actual_h"].to_numpy() * 3600).astype(int).astype(object)
    est_s[rng.random(n) < 0.10] = ""
    spent_s[(rng.random(n) < 0.08) | (open_ & (rng.random(n) < 0.5))] = ""
    full = {p.name: f"{p.name} {s}" for p, s in zip(truth.people, _SURNAMES, strict=False)}
    return pd.DataFrame(
        {
            "Issue key": keys,
            "Summary": summaries,
            "Assignee": [full.get(p, p) for p in hist["person"]],
            "Project name": [key_of[k] for k in proj],
            "Created": [_jira_time(t) for t in created],
            "Resolved": ["" if o else _jira_time(t) for t, o in zip(resolved, open_, strict=True)],
            "Original Estimate": est_s,
            "Time Spent": spent_s,
        }
    )


# ---------------------------------------------------------------- files


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """Write ``frame`` as UTF-8 CSV with ``\\n`` line ends, no index (the committed format)."""
    path = Path(path)
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    return path


def write_all(out_dir: Path = DATA_DIR) -> list[Path]:
    """Write the three example files into ``out_dir`` and return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return [
        write_csv(generate_history(), out / HISTORY_FILE),
        write_csv(generate_tasks(), out / TASKS_FILE),
        write_csv(generate_jira_export(), out / JIRA_FILE),
    ]


_ROWS = (
    # (key, label, target text, source)
    ("exact_share", "tasks booked exactly at the estimate", "30–50%", "public task datasets"),
    ("over_share", "actual > estimate", "27–56%", "public task datasets"),
    (
        "plain_coverage",
        "plain estimate covers (actual ≤ estimate)",
        "45–73%",
        "public task datasets",
    ),
    ("median_ratio", "median actual/estimate", "≈ 1.0", "public task datasets"),
    ("p80_ratio", "P80 actual/estimate", "1.4–1.6", "Jørgensen & Sjøberg 2003; datasets"),
    ("p90_ratio", "P90 actual/estimate", "2.0–2.7", "Jørgensen & Sjøberg 2003; datasets"),
    ("sd_log_small", "sd log-ratio, estimate ≤ 1 h (non-exact)", "≈ 0.6", "public task datasets"),
    ("sd_log_large", "sd log-ratio, estimate > 7 h (non-exact)", "≈ 1.2", "public task datasets"),
    ("round_share", "estimates on a round number", "most", "round-number clustering"),
    (
        "over_share_round",
        "actual > estimate, round estimates",
        "> non-round",
        "round-number clustering",
    ),
    ("over_share_fine", "actual > estimate, non-round estimates", "", ""),
    (
        "sd_log_round",
        "sd log-ratio, round estimates (non-exact)",
        "> non-round",
        "round-number clustering",
    ),
    ("sd_log_fine", "sd log-ratio, non-round estimates (non-exact)", "", ""),
    (
        "max_exact_person",
        "exact hits of the person who books to estimate",
        "> 60%",
        "a habit built in",
    ),
    ("bundle_spread", "project-month spread ÷ independent spread", "> 1", "DESIGN.md §5 (bundles)"),
)
_PERCENT = {
    "exact_share", "over_share", "plain_coverage", "round_share", "over_share_round",
    "over_share_fine", "max_exact_person",
}  # fmt: skip
README_START = "<!-- figures:start (written by generate_history.py) -->"
README_END = "<!-- figures:end -->"


def figures_table(figures: dict[str, float]) -> str:
    """A Markdown table of the measured figures beside their targets (for data/README.md)."""
    lines = [
        f"Measured on `{HISTORY_FILE}` ({int(figures['n_tasks'])} tasks, "
        f"{int(figures['n_people'])} people, {int(figures['n_projects'])} projects):",
        "",
        "| figure | target | measured | source |",
        "|---|---|---|---|",
    ]
    for key, label, target, source in _ROWS:
        value = figures[key]
        shown = f"{value:.1%}" if key in _PERCENT else f"{value:.2f}"
        lines.append(f"| {label} | {target} | {shown} | {source} |")
    return "\n".join(lines) + "\n"


def _update_readme(path: Path, table: str) -> None:
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8")
    if README_START not in text or README_END not in text:
        return
    head, rest = text.split(README_START, 1)
    tail = rest.split(README_END, 1)[1]
    new = f"{head}{README_START}\n{table}{README_END}{tail}"
    if new != text:
        path.write_text(new, encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    """Regenerate the example files, refresh the README table, print figures against targets."""
    del argv
    paths = write_all(DATA_DIR)
    for p in paths:
        print(f"wrote {p.relative_to(DATA_DIR.parent)}")
    figures = summarize(pd.read_csv(DATA_DIR / HISTORY_FILE))
    _update_readme(DATA_DIR / "README.md", figures_table(figures))
    print(f"{'figure':<20}{'measured':>10}  target")
    for name, value in figures.items():
        lo_hi = TARGETS.get(name)
        target = f"{lo_hi[0]:.2f}–{lo_hi[1]:.2f}" if lo_hi else ""
        flag = "" if not lo_hi or lo_hi[0] <= value <= lo_hi[1] else "  OUT OF RANGE"
        print(f"{name:<20}{value:>10.3f}  {target}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
