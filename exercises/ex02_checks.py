"""Checks for the lesson 02 exercises (``exercises/ex02_estimating.ipynb``).

In the exercise notebook::

    from ex02_checks import P80_PLAN, TASKS_CSV, ____, q1, q2, q3, q4, q5
    likely_total = ____      # replace ____ with your code
    q1.check(likely_total)   # Correct / Incorrect("...") / NotAttempted
    q1.hint()                # q1.hint(2) for the next one
    q1.solution()

Every expected value is computed from the same inputs the notebook uses (the example
task list in ``data/example_tasks.csv`` and seed 2024); Monte Carlo answers are
compared with a tolerance, never exactly.
"""

from __future__ import annotations

import datetime as _dt
import math
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

import expectlib as ex
from expectlib.checking import (
    Mistake,
    Question,
    ____,  # re-exported: the blank in the learner's copy
    check_date,
    check_function,
    check_number,
    check_share,
)
from expectlib.outside import compare_views

__all__ = ["P80_PLAN", "SEED", "TASKS_CSV", "____", "q1", "q2", "q3", "q4", "q5"]

#: The example task list: task, estimate_h, low_h, likely_h, high_h, person.
TASKS_CSV = Path(__file__).resolve().parent.parent / "data" / "example_tasks.csv"
#: The seed of the notebook's ``rng``.
SEED = 2024
#: Exercise 4: the hours to plan on, and the calendar described in the prompt.
P80_PLAN = 91
CALENDAR = {
    "start": "2025-03-03",
    "hours_per_day": 5,
    "workdays": "Mon-Thu",
    "holidays": ["2025-03-17"],
}


@cache
def _tasks() -> tuple[pd.DataFrame, tuple[ex.ThreePoint, ...]]:
    df = pd.read_csv(TASKS_CSV)
    tasks = tuple(
        ex.ThreePoint(low=r.low_h, likely=r.likely_h, high=r.high_h) for r in df.itertuples()
    )
    return df, tasks


@cache
def _forecast() -> ex.Forecast:
    return ex.forecast(list(_tasks()[1]), rng=SEED)


def _column_sum(column: str) -> float:
    return float(_tasks()[0][column].sum())


# ---------------------------------------------------------------------- exercise 1

q1 = Question(
    "q1",
    "likely_total",
    check_number(
        expected=lambda: _column_sum("likely_h"),
        unit="h",
        mistakes=[
            Mistake(
                lambda: sum(t.mean() for t in _tasks()[1]),
                "That is the sum of the PERT *means*. The question asks for what people "
                "usually quote: the sum of the *likely* values (column `likely_h`).",
            ),
            Mistake(
                lambda: _column_sum("high_h"),
                "That is the sum of the *high* values; use the `likely_h` column.",
            ),
            Mistake(
                lambda: _column_sum("low_h"),
                "That is the sum of the *low* values; use the `likely_h` column.",
            ),
        ],
        many_tip="Add the column up into one number with `.sum()`.",
    ),
    hints=[
        "Each row of `tasks_df` is one task; the likely value is in the column `likely_h`.",
        'A pandas column adds up with `.sum()`: `tasks_df["likely_h"].sum()`.',
    ],
    solution='likely_total = float(tasks_df["likely_h"].sum())',
    success="This is the number most people would quote to the client.",
)


# ---------------------------------------------------------------------- exercise 2

q2 = Question(
    "q2",
    "share_above",
    check_function(
        [
            ((np.array([5.0, 5.0, 5.0, 6.0]), 5.0), 0.25),  # ties do not count
            ((np.array([1.0, 2.0, 3.0, 4.0]), 2.0), 0.5),
            ((np.array([10.0, 20.0]), 0.0), 1.0),
            ((np.array([10.0, 20.0]), 30.0), 0.0),
        ],
        compare=lambda expected: check_share(expected=expected, abs_tol=1e-9),
        arg_names=("samples", "threshold"),
    ),
    hints=[
        "`samples > threshold` gives an array of True/False, one per trial.",
        "The mean of a True/False array is the share of True values: `np.mean(...)`.",
        "Strictly above: a trial equal to the threshold does not count (use `>`, not `>=`).",
    ],
    solution='''
        def share_above(samples, threshold):
            """Share of the samples strictly above threshold, between 0 and 1."""
            return float(np.mean(np.asarray(samples) > threshold))
    ''',
    success="Now use it on the simulated totals in the next cell.",
)


# ---------------------------------------------------------------------- exercise 3


def _middle() -> float:
    return _forecast().quantile(0.5)


q3 = Question(
    "q3",
    "p80",
    check_number(
        expected=lambda: _forecast().quantile(0.8),
        rel=0.03,
        unit="h",
        mistakes=[
            Mistake(
                lambda: _forecast().naive_total,
                "That is the sum of the likely values, which the simulation beats only "
                "about one time in five. Read P80 off the forecast `f`.",
            ),
            Mistake(
                _middle,
                "That is the middle of the simulation (P50, or the mean): a promise kept "
                "only about half the time. Read the 80th percentile instead.",
                rel=0.02,
            ),
            Mistake(
                lambda: sum(t.ppf(0.8) for t in _tasks()[1]),
                "That adds up each task's own P80. Tasks rarely all go badly together, so "
                "this over-states the project's P80; read it off the total instead: "
                "`f.quantile(0.8)`.",
                rel=0.02,
            ),
            Mistake(
                lambda: _forecast().quantile(0.2),
                "That is P20: enough only one time in five. P80 is `f.quantile(0.8)`.",
                rel=0.03,
            ),
        ],
        many_tip="P80 is one number: `f.quantile(0.8)`.",
    ),
    hints=[
        "P80 is the amount of work that is enough in 80% of the simulated trials.",
        "A Forecast has a `.quantile(q)` method with q between 0 and 1.",
    ],
    solution="p80 = f.quantile(0.8)",
    success="80% of the simulated projects needed no more work than this.",
)


# ---------------------------------------------------------------------- exercise 4


def _finish(**change) -> _dt.date:
    return ex.WorkCalendar(**{**CALENDAR, **change}).finish_date(P80_PLAN)


def _calendar_days() -> _dt.date:
    start = _dt.date.fromisoformat(CALENDAR["start"])
    return start + _dt.timedelta(days=math.ceil(P80_PLAN / CALENDAR["hours_per_day"]))


q4 = Question(
    "q4",
    "finish",
    check_date(
        expected=_finish,
        mistakes=[
            Mistake(
                lambda: _finish(holidays=[]),
                "One working day too early: the holiday on Monday 17 March is not a "
                'working day. Pass it as `holidays=["2025-03-17"]`.',
            ),
            Mistake(
                lambda: _finish(workdays="Mon-Fri"),
                "Fridays go to another client, so this project is worked Monday to "
                'Thursday only: `workdays="Mon-Thu"`.',
            ),
            Mistake(
                lambda: _finish(hours_per_day=8),
                "That assumes 8 hours a day on this project; it gets 5. Set `hours_per_day=5`.",
            ),
            Mistake(
                _calendar_days,
                "That counts calendar days, weekends included. Let `WorkCalendar` count "
                "working days: `cal.finish_date(P80_PLAN)`.",
            ),
            Mistake(
                lambda: _calendar_days() - _dt.timedelta(days=1),
                "That counts calendar days, weekends included. Let `WorkCalendar` count "
                "working days: `cal.finish_date(P80_PLAN)`.",
            ),
        ],
    ),
    hints=[
        "Build the calendar first: `ex.WorkCalendar(start=..., hours_per_day=..., "
        "workdays=..., holidays=[...])`.",
        'Work is Monday to Thursday (`workdays="Mon-Thu"`), 5 hours a day, from '
        '"2025-03-03", with "2025-03-17" off. Then `cal.finish_date(P80_PLAN)`.',
    ],
    solution="""
        cal = ex.WorkCalendar(
            start="2025-03-03", hours_per_day=5, workdays="Mon-Thu", holidays=["2025-03-17"]
        )
        finish = cal.finish_date(P80_PLAN)
    """,
    success="91 hours of work become a month on the calendar. Quote the date, not the hours.",
)


# ---------------------------------------------------------------------- exercise 5


def _views() -> pd.DataFrame:
    return compare_views(_forecast())


q5 = Question(
    "q5",
    "gap",
    check_number(
        expected=lambda: _views().loc["outside", "P80"] / _views().loc["inside", "P80"],
        rel=0.03,
        mistakes=[
            Mistake(
                lambda: _views().loc["inside", "P80"] / _views().loc["outside", "P80"],
                "Upside down: divide the outside view's P80 by the inside view's P80, "
                "so the answer is above 1.",
                rel=0.03,
            ),
            Mistake(
                lambda: _views().loc["outside", "P50"] / _views().loc["inside", "P50"],
                "That compares the P50 column; the question asks about P80.",
                rel=0.03,
            ),
            Mistake(
                lambda: _views().loc["outside", "P80"] / _forecast().naive_total,
                "That divides by the sum of likely values (Little's ratio itself, ×2.62). "
                "Divide by the inside view's P80 from the same table.",
                rel=0.01,
            ),
        ],
        many_tip='Pick single cells with `views.loc["outside", "P80"]`.',
    ),
    hints=[
        "`views` has rows `inside` and `outside` and columns `P50`, `P80`, `mean`.",
        '`views.loc["outside", "P80"]` picks one cell; divide it by the inside P80.',
    ],
    solution='gap = views.loc["outside", "P80"] / views.loc["inside", "P80"]',
    success="Even the Monte Carlo P80 is about half of what similar projects took.",
)
