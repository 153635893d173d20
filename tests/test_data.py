"""The example data in data/: reproducible from its generator and shaped like real histories.

The ranges below restate DESIGN.md §5 (public estimate-vs-actual task datasets; Jørgensen &
Sjøberg 2003) independently of the generator's own ``TARGETS``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from _scripts import load_script

from expectlib.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


gen = load_script("data/generate_history.py")


@pytest.fixture(scope="module")
def history() -> pd.DataFrame:
    """The committed example history."""
    return pd.read_csv(DATA / "example_history.csv")


@pytest.fixture(scope="module")
def tasks() -> pd.DataFrame:
    """The committed example plan."""
    return pd.read_csv(DATA / "example_tasks.csv")


@pytest.fixture(scope="module")
def jira() -> pd.DataFrame:
    """The committed Jira-shaped export (blank cells kept as empty strings)."""
    return pd.read_csv(DATA / "example_jira_export.csv", dtype=str, keep_default_na=False)


def _figures(df: pd.DataFrame) -> dict[str, float]:
    est, act = df["estimate_h"].to_numpy(float), df["actual_h"].to_numpy(float)
    ratio = act / est
    exact = act == est
    log_ratio = np.log(ratio)
    return {
        "exact_share": exact.mean(),
        "over_share": (act > est).mean(),
        "plain_coverage": (act <= est).mean(),
        "median_ratio": np.median(ratio),
        "p80_ratio": np.quantile(ratio, 0.8),
        "p90_ratio": np.quantile(ratio, 0.9),
        "sd_log_small": np.std(log_ratio[(est <= 1) & ~exact], ddof=1),
        "sd_log_large": np.std(log_ratio[(est > 7) & ~exact], ddof=1),
    }


PUBLISHED = {
    "exact_share": (0.30, 0.50),
    "over_share": (0.27, 0.56),
    "plain_coverage": (0.45, 0.73),
    "median_ratio": (0.95, 1.05),
    "p80_ratio": (1.40, 1.60),
    "p90_ratio": (2.00, 2.70),
    "sd_log_small": (0.50, 0.70),  # "about 0.6"
    "sd_log_large": (1.00, 1.40),  # "about 1.2"
}


# ---------------------------------------------------------------- reproducibility


@pytest.mark.parametrize(
    "name", ["example_history.csv", "example_tasks.csv", "example_jira_export.csv"]
)
def test_regenerated_file_equals_committed_bytes(tmp_path, name):
    """Regenerating into a temporary folder gives the committed file byte for byte."""
    gen.write_all(tmp_path)
    new = (tmp_path / name).read_bytes().decode("utf-8").splitlines()
    old = (DATA / name).read_bytes().decode("utf-8").splitlines()
    # report the first differing line, not a megabyte diff (pytest's default is very slow)
    first = next((i for i, (a, b) in enumerate(zip(new, old, strict=False)) if a != b), None)
    assert first is None, f"line {first + 1} differs: {new[first]!r} vs committed {old[first]!r}"
    assert len(new) == len(old), f"{len(new)} lines regenerated, {len(old)} committed"
    assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes()  # line endings too


def test_generator_uses_only_its_seed():
    """Same arguments give equal frames; another seed gives another history."""
    a = gen.generate_history(seed=5, n_tasks=300)
    b = gen.generate_history(seed=5, n_tasks=300)
    c = gen.generate_history(seed=6, n_tasks=300)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(c)


def test_readme_table_matches_committed_history(history):
    """data/README.md shows the figures measured on the committed history (no drift)."""
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert gen.figures_table(gen.summarize(history)) in readme


# ---------------------------------------------------------------- history shape


def test_history_columns_order_and_units(history):
    """Columns, time order, ISO dates, positive hours on a 0.25 h grid, unique ids."""
    assert list(history.columns) == list(gen.HISTORY_COLUMNS)
    assert 1000 <= len(history) <= 1500
    assert history["task_id"].is_unique
    dates = pd.to_datetime(history["date"], format="%Y-%m-%d")
    assert dates.is_monotonic_increasing
    assert dates.dt.day_of_week.max() <= 4  # working days only
    for col in ("estimate_h", "actual_h"):
        hours = history[col].to_numpy(float)
        assert (hours > 0).all()
        assert np.allclose(hours * 4, np.round(hours * 4))


@pytest.mark.parametrize("figure", sorted(PUBLISHED))
def test_history_inside_published_range(history, figure):
    """Each published figure of real estimate-vs-actual data holds on the committed file."""
    lo, hi = PUBLISHED[figure]
    value = _figures(history)[figure]
    assert lo <= value <= hi, f"{figure} = {value:.3f}, outside {lo}–{hi}"


def test_summarize_agrees_with_independent_measure(history):
    """The generator's summary (printed and in the README) measures what the test measures."""
    ours = _figures(history)
    theirs = gen.summarize(history)
    for key, value in ours.items():
        assert theirs[key] == pytest.approx(value)


def test_estimates_cluster_on_round_numbers(history):
    """Most estimates are round numbers, and the most common values are all round."""
    est = history["estimate_h"]
    round_ = est.isin([0.5, 1, 2, 3, 4, 7, 14, 21, 35])
    assert round_.mean() >= 0.6
    assert set(est.value_counts().index[:5]) <= {0.5, 1, 2, 3, 4, 7, 14}


def test_round_estimates_overrun_more_and_spread_wider(history):
    """Round-number estimates overrun more often and their log-ratio sd is larger."""
    est, act = history["estimate_h"], history["actual_h"]
    round_ = est.isin(gen.ROUND_HOURS)
    exact = act == est
    log_ratio = np.log(act / est)
    assert (act > est)[round_].mean() > (act > est)[~round_].mean()
    assert log_ratio[round_ & ~exact].std() > log_ratio[~round_ & ~exact].std()


def test_people_have_distinct_habits(history):
    """5–7 people: an optimist, a padder, one who books to the estimate, a newcomer."""
    x = history.assign(
        exact=history["actual_h"] == history["estimate_h"],
        over=history["actual_h"] > history["estimate_h"],
        ratio=history["actual_h"] / history["estimate_h"],
    )
    per = x.groupby("person").agg(
        n=("ratio", "size"), exact=("exact", "mean"), over=("over", "mean"), first=("date", "min")
    )
    assert 5 <= len(per) <= 7
    habit = {p.habit: p.name for p in gen.TRUTH.people}
    optimist, padder = habit["optimist"], habit["pads"]
    booker, newcomer = habit["books to estimate"], habit["newcomer"]
    regulars = per.drop(index=newcomer)
    assert regulars["over"].idxmax() == optimist
    assert x.loc[x["person"] == optimist, "ratio"].median() > 1.0
    assert regulars["over"].idxmin() in {padder, booker}
    assert per.loc[padder, "over"] < per["over"].median()
    assert per.loc[booker, "exact"] > 0.6
    assert per["n"].idxmin() == newcomer
    assert per.loc[newcomer, "n"] < 0.05 * len(history)
    three_quarters = history["date"].iloc[int(0.75 * len(history))]
    assert per.loc[newcomer, "first"] > three_quarters


def test_project_months_are_correlated(history):
    """6–10 projects; a project's month of tasks is wider than a sum of independent tasks."""
    assert 6 <= history["project"].nunique() <= 10
    est = history["estimate_h"].to_numpy(float)
    ratio = history["actual_h"].to_numpy(float) / est
    codes = pd.factorize(history["project"] + history["date"].str.slice(0, 7))[0]

    def bundle_sd(r):
        return np.std(np.log(np.bincount(codes, est * r) / np.bincount(codes, est)), ddof=1)

    rng = np.random.default_rng(1)
    independent = np.mean([bundle_sd(rng.permutation(ratio)) for _ in range(200)])
    assert bundle_sd(ratio) > 1.1 * independent


def test_simulate_history_exposes_truth_and_shocks():
    """simulate_history returns the frame with the truth and every shock it drew."""
    sim = gen.simulate_history(seed=3, n_tasks=400, months=6)
    assert sim.truth is gen.TRUTH
    assert set(sim.project_shock) == {p.name for p in gen.TRUTH.projects}
    bundles = set(zip(sim.frame["project"], sim.frame["date"].str.slice(0, 7), strict=True))
    assert bundles == set(sim.month_shock)


def test_exact_share_overrides_booking_habit():
    """exact_share=0 removes deliberate exact hits; exact_share=1 books every task exactly."""
    none = gen.generate_history(seed=2, n_tasks=2000, exact_share=0)
    every = gen.generate_history(seed=2, n_tasks=200, exact_share=1)
    assert (none["actual_h"] == none["estimate_h"]).mean() < 0.15  # only rounding coincidences
    assert (every["actual_h"] == every["estimate_h"]).all()


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"n_tasks": 0}, "n_tasks: got 0; use a whole number of at least 1"),
        ({"seed": -1}, "seed: got -1; use a whole number of at least 0"),
        ({"start": "next Monday"}, "start: got 'next Monday'; use a date written YYYY-MM-DD"),
        ({"exact_share": 1.5}, "exact_share: got 1.5; use a probability between 0 and 1"),
    ],
)
def test_bad_arguments_raise_input_error(kwargs, match):
    """Bad arguments name the field, the value and the fix."""
    with pytest.raises(InputError, match=match):
        gen.generate_history(**kwargs)


# ---------------------------------------------------------------- plan and Jira export


def test_tasks_file_is_a_valid_plan(tasks, history):
    """10–14 tasks; positive hours; low < likely < high; estimate = likely; known people."""
    assert list(tasks.columns) == list(gen.TASK_COLUMNS)
    assert 10 <= len(tasks) <= 14
    assert tasks["task"].is_unique
    low, likely, high = tasks["low_h"], tasks["likely_h"], tasks["high_h"]
    assert (low > 0).all()
    assert (low < likely).all()
    assert (likely < high).all()
    assert (tasks["estimate_h"] == likely).all()
    assert set(tasks["person"]) <= set(history["person"])


def test_jira_export_has_tracker_shape(jira):
    """Jira columns, about 60 rows, seconds as whole numbers, some blanks as in real exports."""
    assert list(jira.columns) == list(gen.JIRA_COLUMNS)
    assert 50 <= len(jira) <= 70
    assert jira["Issue key"].str.fullmatch(r"[A-Z]+-\d+").all()
    assert jira["Issue key"].is_unique
    for col in ("Original Estimate", "Time Spent"):
        filled = jira.loc[jira[col] != "", col]
        assert 0 < (jira[col] == "").sum() < 0.25 * len(jira)
        assert filled.str.fullmatch(r"\d+").all()
        assert (filled.astype(int) % 900 == 0).all()  # quarter hours
    fmt = "%d/%b/%y %I:%M %p"
    created = pd.to_datetime(jira["Created"], format=fmt)
    assert created.is_monotonic_increasing  # keys were given in creation order
    done = jira["Resolved"] != ""
    resolved = pd.to_datetime(jira.loc[done, "Resolved"], format=fmt)
    assert 0 < (~done).sum() < 10
    assert (resolved > created[done]).all()


def test_truth_names_people_and_rejects_unknown():
    """Truth.person finds a person by name and names the choices when it cannot."""
    assert gen.TRUTH.person("Dana").habit == "books to estimate"
    with pytest.raises(InputError, match="name: got 'Zoe'; use one of Ana, Bram"):
        gen.TRUTH.person("Zoe")
