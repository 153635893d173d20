"""Check that this Python environment can run the Expectations Workbook.

Run ``python -m expectlib doctor`` (or ``make doctor``). Each line is either
``✓ <what> ok`` or ``✗ <problem> → fix: <command>``; lines marked ``!`` are
optional extras (for example the browser used by the kit's own tests). The exit
status is 1 when anything required is missing, so a facilitator can script it.

What is checked:

- the Python version (3.11 or newer);
- that numpy, pandas, scipy, matplotlib, ipywidgets, jupyterlab and voila import,
  and that their versions match ``requirements/lock.txt`` when the kit's source
  tree is present (a mismatch is reported but does not fail);
- that the JupyterLab widget front end is installed, without which sliders show
  up as plain text such as ``IntSlider(value=3)``;
- that the ``python3`` kernel exists;
- optionally, that Debian's Chromium is available for the browser tests.

>>> parse_lock_text("numpy==2.4.6 ; python_full_version < '3.12'\\n    # via x\\n")["numpy"]
'2.4.6'
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TextIO

__all__ = ["Check", "main", "parse_lock", "parse_lock_text", "run_checks"]

MIN_PYTHON = (3, 11)
ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"
WIDGET_EXTENSION = ("@jupyter-widgets", "jupyterlab-manager")
CHROMIUM = "/usr/bin/chromium"

# import name -> distribution name, in the order they are reported
PACKAGES = {
    "numpy": "numpy",
    "pandas": "pandas",
    "scipy": "scipy",
    "matplotlib": "matplotlib",
    "ipywidgets": "ipywidgets",
    "jupyterlab": "jupyterlab",
    "voila": "voila",
}


@dataclass(frozen=True)
class Check:
    """One line of the report.

    ``ok`` is the outcome; ``required`` says whether a failure makes the doctor exit 1;
    ``fix`` is the command that repairs a failure.
    """

    name: str
    ok: bool
    detail: str = ""
    fix: str = ""
    required: bool = True

    def line(self, ascii_only: bool = False) -> str:
        """The printed line: ``✓ name detail ok`` or ``✗ name detail → fix: command``."""
        tick, cross, bang, arrow = ("OK", "X", "!", "->") if ascii_only else ("✓", "✗", "!", "→")
        text = " ".join(part for part in (self.name, self.detail) if part)
        if self.ok:
            return f"{tick} {text} ok"
        mark = cross if self.required else bang
        fix = f" {arrow} fix: {self.fix}" if self.fix else ""
        return f"{mark} {text}{fix}"


# ---- lock file -------------------------------------------------------------------------------


def _normalise(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(".", "-")


def parse_lock_text(text: str) -> dict[str, str]:
    """Pinned versions ``{name: version}`` from a uv/pip-compile lock, for this interpreter.

    Lines whose environment marker does not apply here (for example
    ``; python_full_version >= '3.12'`` on Python 3.11) are skipped.
    """
    try:
        from packaging.markers import Marker
    except ImportError:  # packaging ships with pip/jupyter; without it, keep unmarked lines
        Marker = None
    pins: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith(("#", "-")) or "==" not in line:
            continue
        requirement, _, marker = line.partition(";")
        if marker.strip():
            if Marker is None:
                continue
            if not Marker(marker.strip()).evaluate():
                continue
        name, _, version = requirement.partition("==")
        name = name.split("[", 1)[0]
        pins[_normalise(name)] = version.strip()
    return pins


def parse_lock(path: Path | str = LOCK) -> dict[str, str]:
    """:func:`parse_lock_text` of a file; an empty dict when the file does not exist."""
    path = Path(path)
    if not path.is_file():
        return {}
    return parse_lock_text(path.read_text(encoding="utf-8"))


# ---- individual checks ---------------------------------------------------------------------


def _install_fix(lock: Path | None) -> str:
    if lock is not None and lock.is_file():
        try:
            shown = lock.relative_to(Path.cwd())
        except ValueError:
            shown = lock
        return f"python -m pip install -r {shown}"
    return 'python -m pip install "expectlib[notebooks]"'


def check_python(version_info: tuple[int, ...] = tuple(sys.version_info[:3])) -> Check:
    """Python is new enough."""
    shown = ".".join(map(str, version_info[:3]))
    if tuple(version_info[:2]) >= MIN_PYTHON:
        return Check("Python", True, shown)
    need = ".".join(map(str, MIN_PYTHON))
    return Check(
        "Python",
        False,
        f"{shown} is too old (need {need}+)",
        f"install Python {need} or newer, then: make install PYTHON=python{need}",
    )


def installed_version(dist: str) -> str | None:
    """Installed version of a distribution, or None."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def check_package(
    module: str,
    dist: str,
    pins: dict[str, str],
    lock: Path | None,
    importer: Callable[[str], object] = importlib.import_module,
) -> Check:
    """The package imports; its version matches the lock (a mismatch is only a warning)."""
    fix = _install_fix(lock)
    try:
        importer(module)
    except Exception as exc:  # ImportError, or a broken install raising something else
        return Check(module, False, f"cannot be imported ({type(exc).__name__}: {exc})", fix)
    version = installed_version(dist) or "?"
    pin = pins.get(_normalise(dist))
    if pin is None or pin == version:
        return Check(module, True, version)
    return Check(module, False, f"{version} differs from the lock ({pin})", fix, required=False)


def labextension_dirs() -> list[Path]:
    """Folders where JupyterLab looks for prebuilt extensions, this environment first."""
    dirs = [Path(sys.prefix) / "share" / "jupyter" / "labextensions"]
    try:
        from jupyter_core.paths import jupyter_path

        dirs += [Path(p) for p in jupyter_path("labextensions")]
    except ImportError:
        pass
    seen: list[Path] = []
    for d in dirs:
        if d not in seen:
            seen.append(d)
    return seen


def check_widget_frontend(search: Iterable[Path] | None = None) -> Check:
    """The ipywidgets front end (jupyterlab_widgets) is installed as a lab extension."""
    search = labextension_dirs() if search is None else list(search)
    for base in search:
        path = base.joinpath(*WIDGET_EXTENSION)
        if (path / "package.json").is_file():
            return Check("JupyterLab widget front end", True, f"({path.parent.name}/{path.name})")
    pin = parse_lock().get("jupyterlab-widgets")
    spec = f"jupyterlab_widgets=={pin}" if pin else "jupyterlab_widgets"
    return Check(
        "JupyterLab widget front end",
        False,
        "is missing (sliders would show as plain text)",
        f'python -m pip install --force-reinstall "{spec}"',
    )


def check_kernel(name: str = "python3") -> Check:
    """A Jupyter kernel called ``python3`` exists (the kernelspec every notebook uses)."""
    fix = "python -m ipykernel install --sys-prefix"
    try:
        from jupyter_client.kernelspec import KernelSpecManager
    except ImportError as exc:
        return Check(f"kernel {name}", False, f"cannot be checked ({exc})", _install_fix(LOCK))
    try:
        spec = KernelSpecManager().get_kernel_spec(name)
    except Exception:  # NoSuchKernel, or a broken kernel.json
        return Check(f"kernel {name}", False, "is not installed", fix)
    return Check(f"kernel {name}", True, f"({spec.display_name})")


def chromium_path() -> str:
    """The browser the kit's browser tests use: $EXPECTLIB_CHROMIUM or Debian's chromium."""
    return os.environ.get("EXPECTLIB_CHROMIUM") or CHROMIUM


def check_chromium(path: str | None = None) -> Check:
    """Chromium for the browser tests (optional: learners do not need it)."""
    path = path or chromium_path()
    if os.path.isfile(path) and os.access(path, os.X_OK):
        return Check("Chromium (browser tests only)", True, path, required=False)
    return Check(
        "Chromium (browser tests only)",
        False,
        f"not found at {path}",
        "sudo apt-get install chromium  (or set EXPECTLIB_CHROMIUM=/path/to/chromium)",
        required=False,
    )


def run_checks(lock: Path | str | None = LOCK) -> list[Check]:
    """Every check, in report order."""
    lock = Path(lock) if lock is not None else None
    pins = parse_lock(lock) if lock is not None else {}
    checks = [check_python()]
    checks += [check_package(module, dist, pins, lock) for module, dist in PACKAGES.items()]
    checks += [check_widget_frontend(), check_kernel(), check_chromium()]
    return checks


def _ascii_only(stream: TextIO) -> bool:
    try:
        "✓✗→".encode(stream.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return True
    return False


def main(argv: list[str] | None = None, *, out: TextIO | None = None) -> int:
    """Print the report; return 1 if a required check failed (or any, with ``strict``)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m expectlib doctor", description=__doc__.split("\n")[0]
    )
    add_arguments(parser)
    args = parser.parse_args(argv)
    return run(lock=args.lock, strict=args.strict, out=out)


def add_arguments(parser) -> None:
    """Options of ``doctor`` (shared with ``python -m expectlib doctor``)."""
    parser.add_argument(
        "--lock",
        type=Path,
        default=LOCK,
        help="lock file to compare versions with (default: the kit's requirements/lock.txt)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="also fail on optional problems (version drift, no Chromium)",
    )


def run(*, lock: Path | str | None = LOCK, strict: bool = False, out: TextIO | None = None) -> int:
    """Run the checks, print one line each and a verdict; return the exit status."""
    out = out or sys.stdout
    ascii_only = _ascii_only(out)
    checks = run_checks(lock)
    print(f"Expectations Workbook doctor (Python at {sys.executable})", file=out)
    for check in checks:
        print("  " + check.line(ascii_only), file=out)
    failed = [c for c in checks if not c.ok and (c.required or strict)]
    optional = [c for c in checks if not c.ok and not c.required]
    if failed:
        print(
            f"{len(failed)} problem(s) to fix: run the fix command(s) above, then run "
            "`python -m expectlib doctor` again.",
            file=out,
        )
        return 1
    note = f" ({len(optional)} optional item(s) missing)" if optional else ""
    print(f"Everything the lessons need is in place{note}.", file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
