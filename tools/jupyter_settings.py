"""Write the kit's JupyterLab setting overrides into the current environment.

JupyterLab reads ``<sys.prefix>/share/jupyter/lab/settings/overrides.json`` at start-up
and uses it as the default for each plugin's settings. The kit ships
``tools/jupyter/overrides.json``, which turns off the "fetch Jupyter news?" toast and
the update check, so that a session never calls out to the internet and screenshots
are not covered by the toast. Keys already present in the target file are kept
unless the kit sets them too.

It also writes a Voilà template, ``expectlib-offline``: the installed ``lab`` template
without the two Font Awesome stylesheets it links on a public CDN (the same icons are
bundled in Voilà's own scripts), so an app served with ``--template=expectlib-offline``
makes no request outside the machine.

Run by ``make install``; safe to run again::

    python tools/jupyter_settings.py            # into this interpreter's prefix
    python tools/jupyter_settings.py --prefix /opt/conda   # e.g. a JupyterHub image
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SOURCE = Path(__file__).with_name("jupyter") / "overrides.json"


def load_overrides(source: Path = SOURCE) -> dict:
    """The kit's overrides: ``{plugin_id: {setting: value}}``."""
    return json.loads(source.read_text(encoding="utf-8"))


def target_path(prefix: str | Path) -> Path:
    """Where JupyterLab looks for ``overrides.json`` in an environment."""
    return Path(prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"


def install(prefix: str | Path = sys.prefix, source: Path = SOURCE) -> Path:
    """Merge the kit's overrides into the environment at ``prefix``; return the file."""
    target = target_path(prefix)
    current: dict = {}
    if target.exists():
        try:
            current = json.loads(target.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            print(f"warning: {target} is not valid JSON; replacing it", file=sys.stderr)
    for plugin, settings in load_overrides(source).items():
        current.setdefault(plugin, {}).update(settings)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")
    tmp.replace(target)
    return target


def write_user_settings(settings_dir: str | Path, source: Path = SOURCE) -> list[Path]:
    """Write the same settings as *user* settings (used by the browser tests).

    ``settings_dir`` is what ``JUPYTERLAB_SETTINGS_DIR`` points at; each plugin
    ``"pkg:plugin"`` becomes ``<settings_dir>/pkg/plugin.jupyterlab-settings``.
    """
    written = []
    for plugin, settings in load_overrides(source).items():
        package, _, name = plugin.partition(":")
        path = Path(settings_dir, *package.split("/"), f"{name}.jupyterlab-settings")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written


VOILA_TEMPLATE = "expectlib-offline"


def install_voila_template(prefix: str | Path = sys.prefix) -> Path | None:
    """Write ``expectlib-offline``: Voilà's lab template minus its CDN stylesheet links.

    Returns the template folder, or None when Voilà is not installed in ``prefix``.
    """
    templates = Path(prefix) / "share" / "jupyter" / "voila" / "templates"
    lab = templates / "lab" / "index.html.j2"
    if not lab.is_file():
        return None
    kept = [
        line
        for line in lab.read_text(encoding="utf-8").splitlines(keepends=True)
        if not ("<link" in line and "://" in line)
    ]
    target = templates / VOILA_TEMPLATE
    target.mkdir(parents=True, exist_ok=True)
    (target / "index.html.j2").write_text("".join(kept), encoding="utf-8")
    conf = {"base_template": "lab"}
    (target / "conf.json").write_text(json.dumps(conf) + "\n", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--prefix", default=sys.prefix, help="environment prefix (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    path = install(args.prefix)
    print(f"JupyterLab settings: wrote {path}")
    template = install_voila_template(args.prefix)
    if template is not None:
        print(f"Voilà template (no CDN links): wrote {template}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
