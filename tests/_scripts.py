"""Import a script of the kit (data/, tools/, benchmarks/, exercises/) as a module, by path.

Those folders hold runnable scripts, not packages. The module is registered in
``sys.modules`` under ``name`` (dataclasses and pickling look modules up by name)
and loaded once per test session.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_script(relative: str, name: str | None = None) -> ModuleType:
    """The module for ``ROOT / relative`` (e.g. ``"data/generate_history.py"``)."""
    path = ROOT / relative
    name = name or f"_kit_{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
