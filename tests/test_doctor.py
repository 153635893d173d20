"""`python -m expectlib doctor`: one line per check, a fix for each problem, exit 1 if needed."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from expectlib import __main__ as cli
from expectlib import doctor

ROOT = Path(__file__).resolve().parent.parent


def test_all_present_reports_ok_and_exits_0(capsys):
    """In the project environment every required check passes."""
    assert cli.main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "✓ numpy" in out
    assert "✓ JupyterLab widget front end" in out
    assert "✓ kernel python3" in out
    assert "✗" not in out


def test_missing_package_shows_the_fix_and_exits_1(monkeypatch, capsys):
    """A package that cannot be imported is a ✗ line with the pip command that fixes it."""
    monkeypatch.setitem(sys.modules, "scipy", None)  # makes `import scipy` fail
    assert cli.main(["doctor"]) == 1
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if "scipy" in ln)
    assert line.strip().startswith("✗ scipy cannot be imported")
    assert "→ fix: python -m pip install -r" in line
    assert "lock.txt" in line
    assert "1 problem(s) to fix" in out


def test_missing_widget_frontend_is_required(monkeypatch, tmp_path, capsys):
    """Without the jupyterlab-manager lab extension, sliders would render as text: ✗."""
    monkeypatch.setattr(doctor, "labextension_dirs", lambda: [tmp_path])
    assert doctor.run(out=sys.stdout) == 1
    out = capsys.readouterr().out
    assert "✗ JupyterLab widget front end is missing" in out
    assert "fix: python -m pip install --force-reinstall" in out


def test_missing_kernel_gives_ipykernel_install(monkeypatch):
    """A missing python3 kernelspec is fixed with `ipykernel install`."""
    check = doctor.check_kernel("no-such-kernel-xyz")
    assert not check.ok
    assert check.required
    assert check.fix == "python -m ipykernel install --sys-prefix"


def test_version_drift_warns_but_passes(monkeypatch):
    """A version that differs from the lock is reported with a fix but does not fail."""
    monkeypatch.setattr(doctor, "installed_version", lambda dist: "0.0.1")
    checks = doctor.run_checks()
    numpy = next(c for c in checks if c.name == "numpy")
    assert not numpy.ok
    assert not numpy.required
    assert "differs from the lock" in numpy.line()
    assert numpy.line().startswith("! ")
    out = io.StringIO()
    assert doctor.run(out=out) == 0
    assert doctor.run(out=io.StringIO(), strict=True) == 1


def test_missing_chromium_is_optional(monkeypatch, tmp_path):
    """No Chromium only matters for the browser tests: an optional line with the apt command."""
    monkeypatch.setenv("EXPECTLIB_CHROMIUM", str(tmp_path / "nope"))
    check = doctor.check_chromium()
    assert not check.ok
    assert not check.required
    assert "sudo apt-get install chromium" in check.fix


def test_old_python_fails():
    """Python older than 3.11 is a required failure."""
    check = doctor.check_python((3, 10, 4))
    assert not check.ok
    assert "need 3.11+" in check.line()


def test_lock_parsing_follows_markers():
    """Lines for another Python version are skipped; comments and options are ignored."""
    text = (
        "# header\n"
        "--index-url https://example.invalid\n"
        "numpy==2.4.6 ; python_full_version < '3.12'\n"
        "numpy==9.9.9 ; python_full_version >= '99'\n"
        "    # via pandas\n"
        "Jupyter_Server==2.21.1\n"
    )
    pins = doctor.parse_lock_text(text)
    assert pins == {"numpy": "2.4.6", "jupyter-server": "2.21.1"}
    assert doctor.parse_lock(ROOT / "no-such-lock.txt") == {}


def test_ascii_fallback():
    """Consoles that cannot print ✓/✗/→ get OK/X/->."""
    check = doctor.Check("numpy", False, "cannot be imported", "pip install numpy")
    assert check.line(ascii_only=True) == "X numpy cannot be imported -> fix: pip install numpy"


def test_command_line_entry_points():
    """`python -m expectlib doctor` is wired up; with no command: help and exit status 2."""
    run = subprocess.run(
        [sys.executable, "-m", "expectlib", "doctor", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "--strict" in run.stdout
    bare = subprocess.run([sys.executable, "-m", "expectlib"], capture_output=True, text=True)
    assert bare.returncode == 2
    assert "doctor" in bare.stderr


@pytest.mark.parametrize("argv", [["--version"]])
def test_version_flag(argv, capsys):
    """--version prints the package version."""
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("expectlib ")
