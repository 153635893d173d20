"""Root pytest set-up, loaded for every run (also ``pytest notebooks/`` alone).

Gives each notebook cell marked ``# NBVAL_CHECK_OUTPUT`` its expected text from
``tests/golden/<notebook>/<cell id>.txt``. Notebooks are committed without outputs,
and nbval compares only cells that carry a stored output and execution count, so
without this the marker would check nothing. ``make goldens`` rewrites the files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "tests" / "golden"
CHECK_MARK = "# NBVAL_CHECK_OUTPUT"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Put the golden text in place of the (stripped) stored output of checked cells."""
    import nbformat

    for item in items:
        cell = getattr(item, "cell", None)
        if not type(item).__module__.startswith("nbval") or cell is None:
            continue
        if not cell.get("source", "").lstrip().startswith(CHECK_MARK):
            continue
        golden = GOLDEN / Path(item.path).stem / f"{cell.get('id')}.txt"
        text = (
            golden.read_text(encoding="utf-8")
            if golden.is_file()
            else f"<no golden output at {golden}; run `make goldens`>\n"
        )
        cell["outputs"] = [nbformat.v4.new_output("stream", name="stdout", text=text)]
        cell["execution_count"] = 1
