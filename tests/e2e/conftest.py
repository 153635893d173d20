"""Browser-test harness: Debian's Chromium driven by Playwright, real JupyterLab and Voilà.

No browser is ever downloaded (never run ``playwright install``). The browser is
``$EXPECTLIB_CHROMIUM`` or ``/usr/bin/chromium``. When it is missing the browser tests
are skipped with a note on how to enable them; with ``CI=true`` they fail instead, so
a CI machine cannot silently lose them.

Every page is offline: any request that is not to 127.0.0.1/localhost (or a data:/blob:
URL) is aborted and recorded in ``blocked_requests`` (Voilà's template links two CDN
stylesheets that would otherwise make ``page.goto`` hang).

Fixtures for lesson tests:

``lab_server`` (session)
    JupyterLab serving the repository root, so ``notebooks/…`` paths open. It has a
    token, ``window.jupyterapp`` exposed, isolated ``JUPYTER_*`` folders and no news
    toast. ``lab_server.url("notebooks/01_scoping.ipynb")`` is the address to open.
``open_notebook`` (function)
    ``open_notebook("notebooks/01_scoping.ipynb", run_all=True)`` opens the notebook in
    ``page``, waits for the kernel, runs all cells and waits until they are done. The
    kernels are shut down after the test.
``voila_server`` (session factory)
    ``voila_server("notebooks/05_plan_a_real_project.ipynb").url`` serves a notebook as an app;
    one server per path, all stopped at the end of the session.
``screenshot`` (function)
    ``screenshot(page, "name")`` saves ``artifacts/screenshots/name.png``. A failing test's
    page is also saved there as ``FAILED-<test>.png``.
``blocked_requests`` (function)
    The list of URLs aborted during the test.

The servers run with every per-user Jupyter folder, and ``EXPECTLIB_AUTOSAVE_DIR``, moved
into a temporary folder, and JupyterLab never autosaves: tests leave the repository as it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent  # the repository: parent of notebooks/
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
OVERRIDES = ROOT / "tools" / "jupyter" / "overrides.json"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
START_TIMEOUT = 120  # seconds; a cold start on 2 slow cores takes about 5 s

CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


# ---- the browser ----------------------------------------------------------------------------


def chromium_path() -> str:
    return os.environ.get("EXPECTLIB_CHROMIUM") or DEFAULT_CHROMIUM


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


@pytest.fixture(scope="session", autouse=True)
def chromium_executable() -> str:
    """Path of the Chromium binary; skips (or fails under CI=true) when there is none."""
    path = chromium_path()
    if os.path.isfile(path) and os.access(path, os.X_OK):
        return path
    where = "$EXPECTLIB_CHROMIUM" if os.environ.get("EXPECTLIB_CHROMIUM") else DEFAULT_CHROMIUM
    message = (
        f"Browser tests need Chromium, which is not at {path} ({where}). "
        "Enable them with: sudo apt-get install chromium   "
        "(or set EXPECTLIB_CHROMIUM=/path/to/chromium). Never run `playwright install`."
    )
    if _in_ci():
        pytest.fail(f"CI=true and no browser: {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, chromium_executable: str) -> dict:
    """pytest-playwright hook: launch Debian's Chromium instead of a downloaded one."""
    args = [*browser_type_launch_args.get("args", []), *CHROMIUM_ARGS]
    return {**browser_type_launch_args, "executable_path": chromium_executable, "args": args}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    """A viewport that fits a lesson widget and its chart in one screenshot."""
    return {**browser_context_args, "viewport": {"width": 1400, "height": 900}}


def _is_local(url: str) -> bool:
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme in {"data", "blob", "about"}:
        return True
    return parsed.hostname in LOCAL_HOSTS


@pytest.fixture
def blocked_requests() -> list[str]:
    """URLs that pages tried to fetch from outside this machine (all were aborted)."""
    return []


@pytest.fixture
def context(context, blocked_requests: list[str]):
    """pytest-playwright's context, with every non-local request aborted and recorded."""

    def only_local(route) -> None:
        url = route.request.url
        if _is_local(url):
            route.continue_()
        else:
            blocked_requests.append(url)
            route.abort()

    context.route("**/*", only_local)
    context.set_default_timeout(30_000)
    # Voilà sends its page only after running the whole notebook: allow for a slow machine
    context.set_default_navigation_timeout(180_000)
    return context


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item, so fixtures can see whether the test failed."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_")[:120]


@pytest.fixture
def page(page, request):
    """pytest-playwright's page; saved to artifacts/screenshots/FAILED-<test>.png on failure."""
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        try:
            page.screenshot(path=str(SCREENSHOTS / f"FAILED-{_safe_name(request.node.name)}.png"))
        except Exception as exc:  # the page may be gone; the test failure matters more
            print(f"could not save a failure screenshot: {exc}", file=sys.stderr)


@pytest.fixture
def screenshot() -> Callable[..., Path]:
    """``screenshot(page, name, **kw)`` saves artifacts/screenshots/<name>.png; returns the path."""

    def take(page, name: str, **kwargs) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{_safe_name(name)}.png"
        page.screenshot(path=str(path), **kwargs)
        return path

    return take


# ---- servers ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _jupyter_env(base: Path) -> dict[str, str]:
    """Environment with every per-user Jupyter folder moved into ``base``."""
    dirs = {
        "JUPYTER_CONFIG_DIR": base / "config",
        "JUPYTER_DATA_DIR": base / "data",
        "JUPYTER_RUNTIME_DIR": base / "runtime",
        "JUPYTERLAB_SETTINGS_DIR": base / "lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": base / "lab-workspaces",
        "IPYTHONDIR": base / "ipython",
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **{k: str(v) for k, v in dirs.items()}}
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    # widgets autosave what learners type; keep that out of the repository and per server,
    # so one test's typing cannot change what the next server shows
    env["EXPECTLIB_AUTOSAVE_DIR"] = str(base / "expectlib-autosave")
    env.pop("JUPYTER_PATH", None)
    env.pop("JUPYTER_CONFIG_PATH", None)
    # The settings `make install` writes to overrides.json (no news toast), as user settings,
    # plus: never autosave, so running a lesson in a test cannot write outputs into the repo.
    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    overrides.setdefault("@jupyterlab/docmanager-extension:plugin", {})["autosave"] = False
    for plugin, settings in overrides.items():
        package, _, name = plugin.partition(":")
        target = Path(dirs["JUPYTERLAB_SETTINGS_DIR"], *package.split("/"))
        target.mkdir(parents=True, exist_ok=True)
        (target / f"{name}.jupyterlab-settings").write_text(json.dumps(settings), encoding="utf-8")
    return env


@dataclass
class _Server:
    """A server process started for the tests; ``stop()`` ends it and its kernels."""

    name: str
    proc: subprocess.Popen
    log: Path
    base_url: str

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        if self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)  # Jupyter shuts its kernels down on SIGTERM
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        # anything left in the server's process group (a stuck kernel)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)


def _start(name: str, cmd: list[str], ready_url: str, base_url: str, workdir: Path) -> _Server:
    """Start ``cmd`` and wait until ``ready_url`` answers 200; raise with the log if not."""
    log = workdir / f"{name}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=_jupyter_env(workdir / "jupyter"),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so teardown can end the kernels too
        )
    server = _Server(name, proc, log, base_url)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"{name} exited with status {proc.returncode} before it was ready:\n"
                f"{' '.join(cmd)}\n--- {log} ---\n{server.log_tail()}"
            )
        try:
            with urllib.request.urlopen(ready_url, timeout=5) as response:
                if response.status == 200:
                    return server
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    server.stop()
    raise RuntimeError(
        f"{name} did not answer {ready_url} within {START_TIMEOUT} s:\n"
        f"--- {log} ---\n{server.log_tail()}"
    )


@dataclass
class LabServer(_Server):
    """A running JupyterLab; ``url(path)`` gives the address of a file or of the tree."""

    token: str = ""
    root: Path = ROOT

    def url(self, path: str = "", *, reset: bool = True) -> str:
        """Address of ``path`` (relative to the repository root) in JupyterLab.

        ``reset`` starts from an empty workspace, so notebooks opened by earlier tests do
        not reopen (and start kernels) in this one.
        """
        route = f"/lab/tree/{urllib.parse.quote(path)}" if path else "/lab"
        query = ("reset&" if reset else "") + f"token={self.token}"
        return f"{self.base_url}{route}?{query}"

    def api(self, path: str, method: str = "GET") -> object:
        """Call the Jupyter server REST API (``path`` like ``/api/sessions``); JSON or None."""
        request = urllib.request.Request(
            f"{self.base_url}{path}",
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self) -> None:
        """End every session and its kernel (between tests)."""
        for session in self.api("/api/sessions") or []:
            self.api(f"/api/sessions/{session['id']}", method="DELETE")


@pytest.fixture(scope="session")
def lab_server(
    chromium_executable: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LabServer]:
    """JupyterLab on a free port, serving the repository root (so ``notebooks/…`` opens)."""
    port, token = _free_port(), secrets.token_hex(16)
    base = f"http://127.0.0.1:{port}"
    cmd = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.allow_root=True",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={ROOT}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
        "--LabApp.expose_app_in_browser=True",
    ]
    workdir = tmp_path_factory.mktemp("lab")
    started = _start("jupyterlab", cmd, f"{base}/api/status?token={token}", base, workdir)
    server = LabServer(started.name, started.proc, started.log, base, token=token)
    yield server
    server.stop()


_RUN_ALL = "async () => { await window.jupyterapp.commands.execute('notebook:run-all-cells'); }"
# the notebook's kernel is idle and no cell shows the busy prompt "[*]"
_KERNEL_IDLE = (
    "() => { const w = window.jupyterapp?.shell.currentWidget;"
    " return w?.sessionContext?.session?.kernel?.status === 'idle'"
    " && ![...w.node.querySelectorAll('.jp-InputPrompt')]"
    ".some(p => p.textContent.includes('*')); }"
)


@pytest.fixture
def open_notebook(page, lab_server: LabServer):
    """``open_notebook(path, run_all=True, timeout=180_000)`` opens ``path`` in Lab in ``page``."""

    def _open(path: str, *, run_all: bool = True, timeout: float = 180_000):
        page.goto(lab_server.url(path), wait_until="domcontentloaded")
        page.wait_for_function("() => window.jupyterapp !== undefined", timeout=timeout)
        page.evaluate("async () => { await window.jupyterapp.restored; }")
        page.wait_for_selector(".jp-NotebookPanel", timeout=timeout)
        page.wait_for_function(_KERNEL_IDLE, timeout=timeout)
        if run_all:
            page.evaluate(_RUN_ALL)
            page.wait_for_function(_KERNEL_IDLE, timeout=timeout)
        return page

    yield _open
    try:
        lab_server.shutdown_kernels()
    except (urllib.error.URLError, OSError) as exc:
        print(f"could not shut the kernels down: {exc}", file=sys.stderr)


@dataclass
class VoilaServer(_Server):
    """A running Voilà serving one notebook at ``url``."""

    notebook: Path = field(default_factory=Path)

    @property
    def url(self) -> str:
        return f"{self.base_url}/"


def _offline_voila_template() -> str:
    """Name of the kit's CDN-free Voilà template, (re)written into this environment."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "jupyter_settings", ROOT / "tools" / "jupyter_settings.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.install_voila_template(sys.prefix)
    return module.VOILA_TEMPLATE


@pytest.fixture(scope="session")
def voila_server(
    chromium_executable: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[str | Path], VoilaServer]]:
    """Factory: ``voila_server("notebooks/x.ipynb")`` serves that notebook (path from repo root)."""
    servers: dict[Path, VoilaServer] = {}

    def serve(notebook: str | Path) -> VoilaServer:
        path = Path(notebook)
        path = (path if path.is_absolute() else ROOT / path).resolve()
        if not path.is_file():
            raise FileNotFoundError(f"no notebook at {path}")
        if path in servers:
            return servers[path]
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        cmd = [
            sys.executable,
            "-m",
            "voila",
            str(path),
            "--no-browser",
            "--Voila.ip=127.0.0.1",
            f"--port={port}",
            "--Voila.port_retries=0",
            "--VoilaConfiguration.show_tracebacks=True",
            f"--template={_offline_voila_template()}",
        ]
        workdir = tmp_path_factory.mktemp("voila")
        # the static file answers without starting a kernel (a page view would start one)
        started = _start("voila", cmd, f"{base}/voila/static/voila.js", base, workdir)
        servers[path] = VoilaServer(started.name, started.proc, started.log, base, notebook=path)
        return servers[path]

    yield serve
    for server in servers.values():
        server.stop()
