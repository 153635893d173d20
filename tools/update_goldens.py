"""Write the golden outputs of notebook cells marked ``# NBVAL_CHECK_OUTPUT``.

Notebooks are committed without outputs, so nbval has nothing to compare a
checked cell with. Their expected text lives in ``tests/golden/<notebook>/<cell id>.txt``
and ``tests/conftest.py`` hands it to nbval. Run this (``make goldens``) after
changing such a cell on purpose, and review the diff like code.

    python tools/update_goldens.py [notebook ...]      # default: every lesson notebook
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
MARK = "# NBVAL_CHECK_OUTPUT"


def checked_cells(nb) -> list:
    """Code cells whose first line is the nbval check marker."""
    return [c for c in nb.cells if c.cell_type == "code" and c.source.lstrip().startswith(MARK)]


def stdout_text(cell) -> str:
    """The cell's printed text (stdout streams joined), as nbval compares it."""
    return "".join(
        o.get("text", "")
        for o in cell.get("outputs", [])
        if o.get("output_type") == "stream" and o.get("name") == "stdout"
    )


def update(path: Path) -> list[Path]:
    """Execute one notebook and write a golden file per checked cell."""
    nb = nbformat.read(path, as_version=4)
    if not checked_cells(nb):
        return []
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    written = []
    for cell in checked_cells(nb):
        target = GOLDEN / path.stem / f"{cell.id}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(stdout_text(cell), encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    paths += [] if args else sorted((ROOT / "exercises" / "src").glob("*.ipynb"))
    for path in paths:
        for target in update(path.resolve()):
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
