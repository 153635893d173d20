"""Make the learner copies of the exercise notebooks from their authored sources.

``exercises/src/exNN_*.ipynb`` holds the solutions; the learner copy
``exercises/exNN_*.ipynb`` is generated from it (nbgrader's source/release split):

* code between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` is replaced by a stub:
  each assignment keeps its target (``p80 = ____``), each ``return`` becomes
  ``return ____``, and anything else is dropped under a ``# YOUR CODE HERE`` line;
* cells tagged ``source-only`` (self-tests, path set-up) are removed;
* outputs and execution counts are cleared.

The result is byte-for-byte reproducible, so CI can prove the committed copies are fresh::

    python tools/make_learner.py              # write every learner copy
    python tools/make_learner.py --verify     # exit 1 if a committed copy is stale or missing
    python tools/make_learner.py exercises/src/ex02_estimating.ipynb   # one source
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "exercises" / "src"
OUT = ROOT / "exercises"
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
SOURCE_ONLY = "source-only"
PLACEHOLDER = "____"
YOUR_CODE = "# YOUR CODE HERE"


class SourceError(ValueError):
    """The source notebook is malformed (unbalanced markers, unparsable solution)."""


def stub(region: list[str], *, where: str) -> list[str]:
    """The learner's version of one solution region (a list of lines without newlines).

    >>> stub(["p80 = f.quantile(0.8)"], where="demo")
    ['p80 = ____']
    >>> stub(["    total = 0", "    for x in v:", "        total += x", "    return total"],
    ...      where="demo")
    ['    # YOUR CODE HERE', '    total = ____', '    return ____']
    """
    code = "\n".join(region)
    indent = min((len(ln) - len(ln.lstrip()) for ln in region if ln.strip()), default=0)
    body = textwrap.dedent(code)
    try:
        tree = ast.parse(body)
    except SyntaxError as exc:
        msg = f"{where}: the solution does not parse ({exc.msg}, line {exc.lineno})"
        raise SourceError(msg) from None
    out: list[str] = []
    dropped = False
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = " = ".join(ast.get_source_segment(body, t) or "" for t in targets)
            out.append(f"{names} = {PLACEHOLDER}")
        elif isinstance(node, ast.Return):
            out.append(f"return {PLACEHOLDER}")
        else:
            dropped = True
    if dropped or not out:
        out.insert(0, YOUR_CODE)
    return [" " * indent + line for line in out]


def learner_source(text: str, *, where: str) -> str:
    """Replace every solution region of one code cell's text."""
    lines = text.split("\n")
    result: list[str] = []
    region: list[str] | None = None
    for number, line in enumerate(lines, 1):
        marker = line.strip()
        if marker == BEGIN:
            if region is not None:
                raise SourceError(f"{where}, line {number}: {BEGIN} inside another region")
            region = []
        elif marker == END:
            if region is None:
                raise SourceError(f"{where}, line {number}: {END} without {BEGIN}")
            result += stub(region, where=where)
            region = None
        elif region is not None:
            region.append(line)
        else:
            result.append(line)
    if region is not None:
        raise SourceError(f"{where}: {BEGIN} is never closed")
    return "\n".join(result)


def make_learner(nb: dict, *, name: str) -> dict:
    """The learner notebook (a new dict) for the source notebook ``nb``."""
    out = copy.deepcopy(nb)
    cells = []
    for i, cell in enumerate(out["cells"]):
        meta = cell.setdefault("metadata", {})
        if SOURCE_ONLY in meta.get("tags", []):
            continue
        if cell["cell_type"] == "code":
            src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            text = learner_source(src, where=f"{name}, cell {i}")
            cell["source"] = text.splitlines(keepends=True)  # as Jupyter saves it
            cell["outputs"] = []
            cell["execution_count"] = None
        for key in ("execution", "collapsed", "scrolled", "ExecuteTime"):
            meta.pop(key, None)
        cells.append(cell)
    out["cells"] = cells
    meta = out.setdefault("metadata", {})
    meta.pop("widgets", None)
    meta.get("language_info", {}).pop("version", None)
    return out


def dumps(nb: dict) -> str:
    """Serialise the way JupyterLab saves (as tools/strip_notebooks.py does)."""
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def target_for(source: Path) -> Path:
    """exercises/src/ex02_estimating.ipynb -> exercises/ex02_estimating.ipynb."""
    return OUT / source.name


def render(source: Path) -> str:
    """The learner notebook's text for ``source``."""
    nb = json.loads(source.read_text(encoding="utf-8"))
    return dumps(make_learner(nb, name=source.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, help="source notebooks (default: all)")
    parser.add_argument(
        "--verify",
        action="store_true",
        help="write nothing; exit 1 if a learner copy is stale or missing",
    )
    args = parser.parse_args(argv)
    sources = args.sources or sorted(SRC.glob("ex*.ipynb"))
    if not sources:
        print(f"no exercise sources in {SRC}", file=sys.stderr)
        return 1
    stale = []
    for source in sources:
        try:
            text = render(source)
        except (SourceError, json.JSONDecodeError, KeyError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        target = target_for(source)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == text:
            continue
        stale.append(target)
        if not args.verify:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {_shown(target)}")
    if args.verify and stale:
        for target in stale:
            print(f"stale: {_shown(target)}; run `python tools/make_learner.py`", file=sys.stderr)
        return 1
    if not stale:
        print("learner copies are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
