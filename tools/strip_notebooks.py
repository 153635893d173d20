"""Strip notebooks for committing: outputs, execution counts, widget state, run metadata.

The kit commits notebooks without outputs (tests execute them; diffs stay readable).
Cell tags and the kernelspec are kept. Cells tagged ``keep_output`` keep their
outputs (a deliberate, deterministic output that is part of the lesson), but lose
their execution count.

    python tools/strip_notebooks.py                 # notebooks/ and exercises/, in place
    python tools/strip_notebooks.py path/a.ipynb    # given files or folders
    python tools/strip_notebooks.py --check         # list what would change; exit 1 if any
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = ("notebooks", "exercises")
CELL_METADATA_DROP = ("execution", "collapsed", "scrolled", "ExecuteTime", "jupyter")
NOTEBOOK_METADATA_DROP = ("widgets", "toc", "varInspector")


def strip(nb: dict) -> dict:
    """Return the notebook dict without outputs, counts, widget state or run metadata."""
    meta = nb.setdefault("metadata", {})
    for key in NOTEBOOK_METADATA_DROP:
        meta.pop(key, None)
    meta.get("language_info", {}).pop("version", None)
    for cell in nb.get("cells", []):
        cell_meta = cell.setdefault("metadata", {})
        for key in CELL_METADATA_DROP:
            cell_meta.pop(key, None)
        if cell.get("cell_type") == "code":
            if "keep_output" not in cell_meta.get("tags", []):
                cell["outputs"] = []
            cell["execution_count"] = None
    return nb


def dumps(nb: dict) -> str:
    """Serialise the way JupyterLab saves (indent 1, sorted keys, final newline)."""
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def find_notebooks(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += [
                p for p in sorted(path.rglob("*.ipynb")) if ".ipynb_checkpoints" not in p.parts
            ]
        elif path.suffix == ".ipynb" and path.exists():
            found.append(path)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders")
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if any would change"
    )
    args = parser.parse_args(argv)
    paths = args.paths or [ROOT / d for d in DEFAULT_DIRS]
    changed = []
    for path in find_notebooks(paths):
        text = path.read_text(encoding="utf-8")
        new = dumps(strip(json.loads(text)))
        if new != text:
            changed.append(path)
            if not args.check:
                path.write_text(new, encoding="utf-8")
    verb = "would strip" if args.check else "stripped"
    for path in changed:
        print(f"{verb} {path}")
    if not changed:
        print("All notebooks are already stripped.")
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
