"""environment.yml (conda, Binder) agrees with pyproject.toml and requirements/lock.txt.

pyproject.toml is the source of truth. Every runtime and ``notebooks`` dependency
must appear in environment.yml and vice versa; the version ranges must be the same,
and the pinned versions of the lock must satisfy them. conda cannot run on the build
machine, so the files are checked by parsing them.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
ENV_FILE = ROOT / "environment.yml"
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements" / "lock.txt"

# pip name -> conda-forge name, where they differ (each with its reason in environment.yml)
CONDA_NAME = {"matplotlib": "matplotlib-base"}
# conda packages that are not Python dependencies of expectlib; each needs a comment there
CONDA_ONLY = {"python", "pip"}
LOCK_PYTHON = {"python_version": "3.11", "python_full_version": "3.11.7"}


def pyproject_requirements() -> dict[str, Requirement]:
    """Runtime + notebooks dependencies of pyproject.toml, by conda name."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    lines = project["dependencies"] + project["optional-dependencies"]["notebooks"]
    requirements = {}
    for line in lines:
        req = Requirement(line)
        name = canonicalize_name(req.name)
        requirements[CONDA_NAME.get(name, name)] = req
    return requirements


def environment() -> dict:
    return yaml.safe_load(ENV_FILE.read_text(encoding="utf-8"))


def conda_specs() -> dict[str, str]:
    """The conda dependencies as ``{name: version spec}`` (spec may be "")."""
    specs = {}
    for dep in environment()["dependencies"]:
        if isinstance(dep, str):
            match = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*(.*)", dep.strip())
            assert match, f"cannot read the conda dependency {dep!r}"
            specs[canonicalize_name(match[1])] = match[2].strip()
    return specs


def pip_section() -> list[str]:
    for dep in environment()["dependencies"]:
        if isinstance(dep, dict) and "pip" in dep:
            return [str(item).strip() for item in dep["pip"]]
    return []


def to_pep440(conda_spec: str) -> SpecifierSet:
    """Conda's ``=2.4`` (meaning 2.4.*) and ``>=1,<2`` as a PEP 440 specifier set."""
    parts = []
    for part in filter(None, (p.strip() for p in conda_spec.split(","))):
        if re.fullmatch(r"=[^=].*", part):
            part = f"=={part[1:]}" if part.endswith("*") else f"=={part[1:]}.*"
        elif re.fullmatch(r"[0-9].*", part):
            part = f"=={part}"
        parts.append(part)
    return SpecifierSet(",".join(parts))


def lock_pins() -> dict[str, str]:
    """Pinned versions of the lock for Python 3.11 (the environment.yml interpreter)."""
    pins = {}
    for raw in LOCK.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if "==" not in line:
            continue
        requirement, _, marker = line.partition(";")
        if marker.strip() and not Marker(marker.strip()).evaluate(LOCK_PYTHON):
            continue
        name, _, version = requirement.partition("==")
        pins[canonicalize_name(name)] = version.strip()
    return pins


def test_every_pyproject_dependency_is_in_environment_yml():
    """Each runtime and notebooks dependency of pyproject.toml is listed for conda."""
    missing = sorted(set(pyproject_requirements()) - set(conda_specs()))
    assert not missing, f"add to environment.yml: {missing}"


def test_environment_yml_lists_nothing_pyproject_does_not():
    """Every conda package is a pyproject dependency, or a commented conda-only entry."""
    extra = sorted(set(conda_specs()) - set(pyproject_requirements()) - CONDA_ONLY)
    assert not extra, f"add to pyproject.toml (or mark as conda-only with a reason): {extra}"


def test_conda_only_entries_say_why():
    """Conda-only and renamed entries carry a comment on their line (STYLE practice 36)."""
    text = ENV_FILE.read_text(encoding="utf-8")
    for name in sorted(CONDA_ONLY | set(CONDA_NAME.values())):
        entry = re.compile(rf"\s*-\s*{re.escape(name)}(?![\w:-])")  # "- pip" but not "- pip:"
        lines = [ln for ln in text.splitlines() if entry.match(ln)]
        assert lines, f"{name} is not in environment.yml"
        assert all("#" in ln for ln in lines), f"explain {name} with a comment: {lines}"


@pytest.mark.parametrize("name", sorted(pyproject_requirements()))
def test_version_ranges_agree(name):
    """environment.yml uses the same version range as pyproject.toml."""
    conda = to_pep440(conda_specs().get(name, ""))
    assert conda == pyproject_requirements()[name].specifier, (
        f"{name}: environment.yml says {conda or 'any'}, "
        f"pyproject.toml says {pyproject_requirements()[name].specifier or 'any'}"
    )


@pytest.mark.parametrize("name", sorted(pyproject_requirements()))
def test_lock_pins_satisfy_both_files(name):
    """The version pinned in requirements/lock.txt is allowed by both files."""
    pip_name = canonicalize_name(pyproject_requirements()[name].name)
    pin = lock_pins().get(pip_name)
    assert pin, f"{pip_name} is not pinned in {LOCK.name}; run `make lock`"
    assert pyproject_requirements()[name].specifier.contains(pin, prereleases=True)
    assert to_pep440(conda_specs().get(name, "")).contains(pin, prereleases=True), (
        f"environment.yml's {name} range excludes the locked {pin}"
    )


def test_python_version_matches_the_lock_and_pyproject():
    """The conda Python is allowed by requires-python and is the one the lock was made for."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    python = to_pep440(conda_specs()["python"])
    assert python.contains(LOCK_PYTHON["python_full_version"])
    assert SpecifierSet(project["requires-python"]).contains(LOCK_PYTHON["python_full_version"])
    assert "--python-version 3.11" in LOCK.read_text(encoding="utf-8").splitlines()[1]


def test_binder_installs_expectlib():
    """The pip section installs this repository, so `import expectlib` works on Binder."""
    entries = pip_section()
    installs_repo = any(re.fullmatch(r"(-e\s+)?\.(\[[\w,]+\])?", e) for e in entries)
    uses_lock = any(re.fullmatch(r"-r\s+requirements/lock\.txt", e) for e in entries)
    assert installs_repo or uses_lock, f"environment.yml pip section: {entries}"


def test_binder_files_are_not_split():
    """Binder reads either the root or binder/ (never both): keep everything at the root."""
    assert not (ROOT / "binder").exists()
    assert not (ROOT / ".binder").exists()


def test_to_pep440_reads_conda_specs():
    """Conda version syntax is translated as conda means it."""
    assert to_pep440("=2.4").contains("2.4.6")
    assert not to_pep440("=2.4").contains("2.5.0")
    assert to_pep440(">=3.0,<4") == SpecifierSet(">=3.0,<4")
    assert to_pep440("") == SpecifierSet()
