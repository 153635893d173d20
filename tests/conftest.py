"""Shared test set-up: headless matplotlib, a seeded ``rng``, and the order of a full run.

``make test`` runs everything in one pytest session. The hook below marks every test
under ``tests/e2e/`` as ``browser`` and sorts the run into three stages so that the
quick feedback comes first: unit, property, widget tests and doctests; then the
notebooks (nbval); then the browser tests.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display in tests; never pops up a window

import numpy as np
import pytest

E2E = Path(__file__).resolve().parent / "e2e"

# Notebooks kept under tests/ are fixtures (data for a test), not lessons for nbval to run.
collect_ignore_glob = ["*.ipynb"]


@pytest.fixture
def rng() -> np.random.Generator:
    """A fresh generator with a fixed seed, so a failing test fails the same way again."""
    return np.random.default_rng(20_240_601)


def _stage(item: pytest.Item) -> int:
    if item.get_closest_marker("browser"):
        return 2
    if type(item).__module__.startswith("nbval"):
        return 1
    return 0


@pytest.hookimpl(trylast=True)  # after pytest-playwright, which regroups its own tests
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark tests/e2e as ``browser``; order the run: unit/doctest, notebooks, browser."""
    for item in items:
        if E2E in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.browser)
    items.sort(key=_stage)  # stable: keeps file order within a stage
