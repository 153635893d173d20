"""Every committed notebook is clean, and every lesson has the same shape.

Hygiene, for notebooks/*.ipynb and exercises/**/*.ipynb:
  kernelspec ``python3``; no outputs, execution counts or widget state (strip them with
  ``make strip``); no ``Untitled*.ipynb`` or ``*-checkpoint.ipynb`` files.

Shape, for the lessons (notebooks/NN_*.ipynb):
  the first cell is a markdown H1 followed by ``*Teaching: N min · Exercises: M min*``;
  an "Objectives" markdown cell within the first three cells; the last markdown cells
  hold ``## Key points`` and ``## Check your understanding``.
  ``00_start_here`` is exempt from the timing line, the objectives and the key points.

With no notebooks yet, the tests skip.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
START = "00_start_here.ipynb"
LESSON_NAME = re.compile(r"^\d\d_[a-z0-9_]+\.ipynb$")
TIMING = re.compile(r"^\*Teaching: \d+ min · Exercises: \d+ min\*$")
OBJECTIVES = re.compile(r"^\s*(#{1,6}\s*|\*\*)Objectives\b", re.IGNORECASE | re.MULTILINE)
KEY_POINTS = re.compile(r"^## Key points\s*$", re.MULTILINE)
SELF_CHECK = re.compile(r"^## Check your understanding\s*$", re.MULTILINE)
TAIL_MARKDOWN_CELLS = 3  # "the last markdown cells": key points and self-check live here


def _notebooks() -> list[Path]:
    found = sorted((ROOT / "notebooks").glob("*.ipynb"))
    found += sorted((ROOT / "exercises").glob("**/*.ipynb"))
    return [p for p in found if ".ipynb_checkpoints" not in p.parts]


NOTEBOOKS = _notebooks()
LESSONS = [p for p in NOTEBOOKS if p.parent.name == "notebooks" and LESSON_NAME.match(p.name)]


def _params(paths: list[Path], what: str) -> list:
    if not paths:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"no {what} yet"))]
    return [pytest.param(p, id=str(p.relative_to(ROOT))) for p in paths]


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def _markdown(nb: dict) -> list[str]:
    return [_source(c) for c in nb["cells"] if c["cell_type"] == "markdown"]


# ---- the rules, as functions returning problems (so they can be tested themselves) -----------


def hygiene_problems(nb: dict) -> list[str]:
    """What keeps ``nb`` from being committed as is."""
    problems = []
    kernelspec = nb.get("metadata", {}).get("kernelspec", {})
    if kernelspec.get("name") != "python3":
        problems.append(f"kernelspec is {kernelspec or 'missing'}; use python3")
    dirty = [
        i
        for i, cell in enumerate(nb["cells"])
        if cell["cell_type"] == "code"
        and (
            (cell.get("outputs") and "keep_output" not in cell.get("metadata", {}).get("tags", []))
            or cell.get("execution_count") is not None
        )
    ]
    if dirty:
        problems.append(f"cells {dirty} have outputs or execution counts; run `make strip`")
    if "widgets" in nb.get("metadata", {}):
        problems.append("widget state is saved in the metadata; run `make strip`")
    return problems


def lesson_problems(nb: dict, name: str) -> list[str]:
    """How a lesson notebook departs from the shared lesson shape."""
    cells = nb["cells"]
    if not cells or cells[0]["cell_type"] != "markdown":
        return ["the first cell must be a markdown cell starting with an H1"]
    lines = [ln.strip() for ln in _source(cells[0]).splitlines() if ln.strip()]
    if not lines or not re.match(r"^# \S", lines[0]):
        return [f"the first line must be an H1 ('# Title'), not {lines[:1]}"]
    if name == START:
        return []
    problems = []
    if len(lines) < 2 or not TIMING.match(lines[1]):
        found = lines[1] if len(lines) > 1 else "nothing"
        problems.append(
            f"the line after the H1 must read '*Teaching: N min · Exercises: M min*', not {found!r}"
        )
    top = cells[:3]
    if not any(c["cell_type"] == "markdown" and OBJECTIVES.search(_source(c)) for c in top):
        problems.append("put an '## Objectives' markdown cell within the first three cells")
    tail = "\n".join(_markdown(nb)[-TAIL_MARKDOWN_CELLS:])
    if not KEY_POINTS.search(tail):
        problems.append("end with a '## Key points' markdown cell")
    if not SELF_CHECK.search(tail):
        problems.append("end with a '## Check your understanding' markdown cell")
    return problems


# ---- the repository's notebooks --------------------------------------------------------------


@pytest.mark.parametrize("path", _params(NOTEBOOKS, "notebooks"))
def test_notebook_is_clean(path):
    """Kernelspec python3; committed without outputs, execution counts or widget state."""
    problems = hygiene_problems(_load(path))
    assert not problems, f"{path.relative_to(ROOT)}: " + "; ".join(problems)


@pytest.mark.parametrize("path", _params(LESSONS, "lesson notebooks"))
def test_lesson_has_the_shared_shape(path):
    """Title + timing, objectives near the top, key points and self-check at the end."""
    problems = lesson_problems(_load(path), path.name)
    assert not problems, f"{path.relative_to(ROOT)}: " + "; ".join(problems)


def _candidate_files() -> list[Path]:
    """Files that are or could be committed: git's tracked + untracked-not-ignored, else all."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=ROOT,
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout.decode()
        return [ROOT / name for name in listed.split("\0") if name]
    except (OSError, subprocess.SubprocessError):
        skip = {".git", ".venv", "node_modules", "artifacts"}
        return [p for p in ROOT.rglob("*") if not skip & set(p.relative_to(ROOT).parts)]


def test_no_untitled_or_checkpoint_notebooks():
    """No Untitled*.ipynb or Jupyter checkpoint copies are (about to be) committed."""
    bad = [
        str(p.relative_to(ROOT))
        for p in _candidate_files()
        if p.name.startswith("Untitled")
        or p.name.endswith("-checkpoint.ipynb")
        or ".ipynb_checkpoints" in p.parts
    ]
    assert not bad, f"delete these (or rename and keep them on purpose): {bad}"


README_ROW = re.compile(r"^\|\s*(\d\d)\s*\|(.*)\|\s*(\d+) min\s*\|\s*(\w+)\s*\|\s*$", re.MULTILINE)


def test_readme_lesson_table_matches_notebooks():
    """README's lesson table links each existing lesson and marks only missing ones "coming"."""
    rows = {m[1]: (m[2], m[4]) for m in README_ROW.finditer((ROOT / "README.md").read_text())}
    assert set(rows) >= {"00", "01", "02", "03", "04", "05"}, f"README lesson rows: {sorted(rows)}"
    for number, (cell, status) in sorted(rows.items()):
        lesson = [p for p in LESSONS if p.name.startswith(f"{number}_")]
        if lesson:
            link = f"](notebooks/{lesson[0].name})"
            assert status != "coming", f"README: lesson {number} exists; change 'coming' to 'ready'"
            assert link in cell, f"README: link lesson {number} as [Title]{link}"
        else:
            assert status == "coming", f"README: lesson {number} has no notebook; mark it 'coming'"


# ---- the rules themselves --------------------------------------------------------------------


def _nb(*cells: tuple[str, str], **metadata) -> dict:
    kernelspec = {"name": "python3", "display_name": "Python 3"}
    return {
        "cells": [
            {"cell_type": kind, "metadata": {}, "source": text}
            | ({"outputs": [], "execution_count": None} if kind == "code" else {})
            for kind, text in cells
        ],
        "metadata": {"kernelspec": kernelspec, **metadata},
    }


GOOD_LESSON = _nb(
    ("markdown", "# Scoping\n\n*Teaching: 20 min · Exercises: 40 min*\n"),
    ("markdown", "## Objectives\n- write a scope"),
    ("code", "import expectlib"),
    ("markdown", "## Key points\n- scope first"),
    ("markdown", "## Check your understanding\n1. What is out of scope?"),
)


def test_rules_accept_a_well_formed_lesson():
    """A lesson with title, timing, objectives, key points and self-check passes."""
    assert hygiene_problems(GOOD_LESSON) == []
    assert lesson_problems(GOOD_LESSON, "01_scoping.ipynb") == []


def test_rules_catch_a_malformed_lesson():
    """Missing timing, objectives and endings are each reported with the fix."""
    bad = _nb(("markdown", "# Scoping\nsome text"), ("code", "x = 1"), ("markdown", "The end."))
    problems = lesson_problems(bad, "01_scoping.ipynb")
    assert len(problems) == 4
    assert "Teaching: N min" in problems[0]
    assert lesson_problems(bad, START) == []  # the start page only needs its title


def test_rules_catch_outputs_and_foreign_kernels():
    """Saved outputs, counts, widget state and another kernel are each reported."""
    nb = _nb(("code", "1 + 1"), widgets={"state": {}})
    nb["cells"][0] |= {"outputs": [{"output_type": "stream", "text": "2"}], "execution_count": 1}
    nb["metadata"]["kernelspec"] = {"name": "conda-env-py"}
    assert len(hygiene_problems(nb)) == 3
    nb["cells"][0]["metadata"]["tags"] = ["keep_output"]
    nb["cells"][0]["execution_count"] = None
    assert len(hygiene_problems(nb)) == 2  # a kept output is allowed; the rest is not
