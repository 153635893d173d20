"""Start JupyterLab on the kit's start notebook, offline-friendly (used by ``make lab``).

Prints the exact address (with a fresh token) before JupyterLab starts, binds to
127.0.0.1 unless told otherwise, never checks for news or updates, and adds
``allow_root`` when run as root (containers, CI). Extra arguments are passed to
JupyterLab unchanged::

    python tools/run_lab.py                       # 127.0.0.1:8888
    python tools/run_lab.py --port 8890 --no-browser
"""

from __future__ import annotations

import argparse
import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START = "notebooks/00_start_here.ipynb"

# No network at run time: no news feed, no update check, no PyPI extension search.
OFFLINE = [
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    "--LabApp.extension_manager=readonly",
]


def port_is_free(ip: str, port: int) -> bool:
    """True when nothing is listening on ``ip:port``."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((ip, port))
        except OSError:
            return False
    return True


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def lab_command(ip: str, port: int, token: str, extra: list[str]) -> list[str]:
    """The ``jupyter lab`` command line used by ``make lab``."""
    cmd = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={ROOT}",
        f"--ServerApp.ip={ip}",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        *OFFLINE,
    ]
    if is_root():
        cmd.append("--ServerApp.allow_root=True")
    if (ROOT / START).exists():
        cmd.append(f"--LabApp.default_url=/lab/tree/{START}")
    return cmd + extra


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ip", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8888)
    args, extra = parser.parse_known_args(argv)

    if not port_is_free(args.ip, args.port):
        print(
            f"Port {args.port} on {args.ip} is in use (another JupyterLab?).\n"
            f"  fix: stop it, or run: make lab LAB_PORT={args.port + 1}",
            file=sys.stderr,
        )
        return 1
    token = os.environ.get("EXPECTLIB_LAB_TOKEN") or secrets.token_hex(16)
    host = "127.0.0.1" if args.ip in {"0.0.0.0", "::", ""} else args.ip
    path = f"lab/tree/{START}" if (ROOT / START).exists() else "lab"
    url = f"http://{host}:{args.port}/{path}?token={token}"
    bar = "=" * min(len(url), 100)
    print(f"\n{bar}\nExpectations Workbook: open this address in your browser\n\n    {url}\n")
    print(f"Stop the server with Ctrl+C.\n{bar}\n", flush=True)
    cmd = lab_command(args.ip, args.port, token, extra)
    os.chdir(ROOT)
    if os.name == "posix":  # hand over the terminal: Ctrl+C then reaches JupyterLab alone
        os.execv(cmd[0], cmd)
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
