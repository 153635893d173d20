"""Lesson 02 exercises: the learner copy is fresh, and every check passes the reference
solution, fails known wrong answers with their specific message, and calls the blank
"not attempted"."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import sys
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from _scripts import load_script

import expectlib as ex
from expectlib.checking import Correct, Incorrect, NotAttempted
from expectlib.outside import compare_views

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "exercises"
SOURCE = EXERCISES / "src" / "ex02_estimating.ipynb"
LEARNER = EXERCISES / "ex02_estimating.ipynb"


make_learner = load_script("tools/make_learner.py", "make_learner")
checks = load_script("exercises/ex02_checks.py", "ex02_checks")
QUESTIONS = [checks.q1, checks.q2, checks.q3, checks.q4, checks.q5]


def _code_cells(path: Path) -> list[str]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


@pytest.fixture(scope="module")
def notebook_ns() -> dict:
    """The names the exercise notebook has defined before the exercises start."""
    tasks_df = pd.read_csv(checks.TASKS_CSV)
    tasks = [
        ex.ThreePoint(low=t.low_h, likely=t.likely_h, high=t.high_h) for t in tasks_df.itertuples()
    ]
    f = ex.forecast(tasks, rng=np.random.default_rng(checks.SEED))
    return {
        "np": np,
        "pd": pd,
        "ex": ex,
        "compare_views": compare_views,
        "P80_PLAN": checks.P80_PLAN,
        "tasks_df": tasks_df,
        "f": f,
        "views": compare_views(f),
    }


# ---------------------------------------------------------------------- the generator


def test_committed_learner_copy_is_fresh():
    """make_learner --verify passes: the committed learner copy matches its source."""
    assert make_learner.main(["--verify"]) == 0


def test_learner_copy_has_no_solutions_and_no_source_only_cells():
    """No solution code, no markers and no self-test cells reach the learner."""
    text = LEARNER.read_text(encoding="utf-8")
    assert "BEGIN SOLUTION" not in text
    assert "assert_check" not in text
    assert "sys.path.insert" not in text
    for q in QUESTIONS:
        for line in q.solution_code.splitlines():
            code = line.strip()
            if len(code) > 12 and not code.startswith(("def ", '"""')):
                assert code not in text, f"{q.name} solution leaked: {code}"
    nb = json.loads(text)
    assert all(c.get("outputs", []) == [] for c in nb["cells"])
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


def test_solutions_shown_by_the_checks_are_the_ones_in_the_source():
    """q.solution() shows the code that the source notebook runs (compared as parsed code)."""
    regions = []
    for cell in _code_cells(SOURCE):
        for region in re.findall(r"### BEGIN SOLUTION\n(.*?)\n\s*### END SOLUTION", cell, re.S):
            regions.append(ast.unparse(ast.parse(textwrap.dedent(region))))
    for q in QUESTIONS:
        shown = ast.unparse(ast.parse(q.solution_code))
        assert any(region in shown for region in regions), q.name


def test_stubs_keep_assignments_and_returns():
    """Assignments become `name = ____`, returns `return ____`, other code a comment."""
    stub = make_learner.stub
    assert stub(["p80 = f.quantile(0.8)"], where="t") == ["p80 = ____"]
    assert stub(
        ["cal = ex.WorkCalendar(", '    start="2025-03-03",', ")", "finish = cal.finish_date(91)"],
        where="t",
    ) == ["cal = ____", "finish = ____"]
    assert stub(["    return float(x)"], where="t") == ["    return ____"]
    assert stub(["print(1)"], where="t") == ["# YOUR CODE HERE"]


def test_learner_source_refuses_broken_markers():
    """Unbalanced markers and unparsable solutions are reported with the cell."""
    with pytest.raises(make_learner.SourceError, match="never closed"):
        make_learner.learner_source("### BEGIN SOLUTION\nx = 1", where="cell 3")
    with pytest.raises(make_learner.SourceError, match="without"):
        make_learner.learner_source("x = 1\n### END SOLUTION", where="cell 3")
    with pytest.raises(make_learner.SourceError, match="cell 3: the solution does not parse"):
        make_learner.learner_source("### BEGIN SOLUTION\nx = (\n### END SOLUTION", where="cell 3")


def test_generation_is_idempotent(tmp_path, monkeypatch):
    """Generating twice gives the same bytes; --verify spots a hand-edited copy."""
    monkeypatch.setattr(make_learner, "OUT", tmp_path)
    assert make_learner.main([str(SOURCE)]) == 0
    first = (tmp_path / SOURCE.name).read_bytes()
    assert make_learner.main([str(SOURCE)]) == 0
    assert (tmp_path / SOURCE.name).read_bytes() == first
    (tmp_path / SOURCE.name).write_text("{}", encoding="utf-8")
    assert make_learner.main(["--verify", str(SOURCE)]) == 1


def test_learner_copy_runs_top_to_bottom_and_every_check_says_not_attempted(monkeypatch):
    """Run All on a fresh learner copy raises nothing; each check reports NotAttempted."""
    monkeypatch.syspath_prepend(str(EXERCISES))
    monkeypatch.setitem(sys.modules, "ex02_checks", checks)
    ns: dict = {}
    outcomes = []
    for source in _code_cells(LEARNER):
        call = re.fullmatch(r"(q\d\.check\(\w+\))", source.strip())
        if call:
            outcomes.append(eval(call.group(1), ns))
        else:
            exec(compile(source, "<learner cell>", "exec"), ns)
    assert len(outcomes) == len(QUESTIONS)
    assert all(isinstance(o, NotAttempted) for o in outcomes), outcomes


# ---------------------------------------------------------------------- each check


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.name)
def test_reference_solution_passes(q, notebook_ns):
    """Running the solution shown by q.solution() gives an answer the check calls Correct."""
    ns = dict(notebook_ns)
    ns["likely_total"] = float(ns["tasks_df"]["likely_h"].sum())
    exec(q.solution_code, ns)
    outcome = q.check(ns[q.variable])
    assert isinstance(outcome, Correct), outcome


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.name)
def test_placeholder_is_not_attempted(q):
    """The blank ____ is NotAttempted for every question."""
    assert isinstance(q.check(checks.____), NotAttempted)


def _ge(samples, threshold):
    return float(np.mean(np.asarray(samples) >= threshold))


def _crash(samples, threshold):
    return samples.total() / threshold


WRONG = [
    (
        "q1",
        lambda ns: float(ns["tasks_df"]["high_h"].sum()),
        "That is the sum of the *high* values",
    ),
    (
        "q1",
        lambda ns: sum(
            ex.ThreePoint(low=t.low_h, likely=t.likely_h, high=t.high_h).mean()
            for t in ns["tasks_df"].itertuples()
        ),
        "That is the sum of the PERT *means*",
    ),
    (
        "q1",
        lambda ns: ns["tasks_df"]["likely_h"],
        "`likely_total` holds 12 values (a pandas Series)",
    ),
    ("q2", lambda ns: _ge, "It should return 0.25."),
    (
        "q2",
        lambda ns: _crash,
        "When calling `share_above(samples=np.array([5.0, 5.0, 5.0, 6.0]), "
        "threshold=5.0)`, Python raised",
    ),
    ("q3", lambda ns: ns["f"].quantile(0.5), "That is the middle of the simulation (P50"),
    ("q3", lambda ns: ns["f"].naive_total, "That is the sum of the likely values"),
    ("q3", lambda ns: ns["f"].samples, "`p80` holds 10,000 values (a NumPy array)"),
    ("q4", lambda ns: dt.date(2025, 4, 2), "the holiday on Monday 17 March"),
    ("q4", lambda ns: dt.date(2025, 3, 28), "Fridays go to another client"),
    ("q4", lambda ns: dt.date(2025, 3, 22), "That counts calendar days"),
    ("q4", lambda ns: "2025-04-03", "`finish` is text"),
    (
        "q5",
        lambda ns: ns["views"].loc["inside", "P80"] / ns["views"].loc["outside", "P80"],
        "Upside down",
    ),
    (
        "q5",
        lambda ns: ns["views"].loc["outside", "P50"] / ns["views"].loc["inside", "P50"],
        "That compares the P50 column",
    ),
    ("q5", lambda ns: ns["views"], "`gap` holds 6 values (a pandas DataFrame)"),
]


@pytest.mark.parametrize(("name", "make", "message"), WRONG, ids=[w[2][:30] for w in WRONG])
def test_known_wrong_answers_fail_with_their_message(name, make, message, notebook_ns):
    """Each known mistake is Incorrect, and the message says what it is."""
    q = getattr(checks, name)
    outcome = q.check(make(notebook_ns))
    assert isinstance(outcome, Incorrect), outcome
    assert message in outcome.message, outcome.message
