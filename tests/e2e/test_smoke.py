"""Smoke tests of the browser harness itself: JupyterLab and Voilà render offline.

The lesson tests (tests/e2e/test_*.py) build on the same fixtures.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]


def test_lab_tree_renders_offline(page, lab_server, blocked_requests, screenshot):
    """JupyterLab opens on the repository root, lists notebooks/, and fetches nothing external."""
    page.goto(lab_server.url(), wait_until="domcontentloaded")
    page.wait_for_function("() => window.jupyterapp !== undefined", timeout=60_000)
    page.evaluate("async () => { await window.jupyterapp.restored; }")
    expect(page.locator('.jp-DirListing-item[title^="Name: notebooks"]')).to_be_visible()
    expect(page.locator('.jp-DirListing-item[title^="Name: expectlib"]').first).to_be_visible()
    expect(page.locator(".jp-Launcher")).to_be_visible()
    screenshot(page, "smoke_lab_tree")
    assert blocked_requests == [], f"JupyterLab tried to reach the internet: {blocked_requests}"


def test_voila_serves_a_widget_notebook(page, voila_server, tmp_path, screenshot):
    """Voilà renders a notebook's widget and printed output, with the CDN requests blocked."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Smoke"),
        nbformat.v4.new_code_cell(
            "import ipywidgets as w\n"
            "slider = w.IntSlider(value=3, min=1, max=10, description='weeks')\n"
            "print('voila smoke', 6 * 7)\n"
            "slider"
        ),
    ]
    path = tmp_path / "smoke.ipynb"
    nbformat.write(nb, path)

    page.goto(voila_server(path).url, wait_until="domcontentloaded")
    expect(page.locator("body")).to_contain_text("voila smoke 42", timeout=90_000)
    expect(page.locator(".widget-slider").first).to_be_visible(timeout=30_000)
    expect(page.locator(".widget-readout").first).to_have_text("3")
    screenshot(page, "smoke_voila")


def test_open_notebook_runs_all_cells(page, open_notebook, lab_server, screenshot):
    """``open_notebook`` opens a notebook in Lab, runs every cell and waits for the results."""
    docmanager = lab_server.api("/lab/api/settings/@jupyterlab/docmanager-extension:plugin")
    assert docmanager["settings"]["autosave"] is False  # tests never write outputs to the repo
    folder = ROOT / "artifacts" / "e2e"  # gitignored; inside the root that Lab serves
    folder.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nb.cells = [
        nbformat.v4.new_code_cell("import time\ntime.sleep(1)\nprint('lab smoke', 6 * 7)"),
        nbformat.v4.new_code_cell("import ipywidgets as w\nw.IntSlider(value=4, description='d')"),
    ]
    nbformat.write(nb, folder / "smoke.ipynb")

    open_notebook("artifacts/e2e/smoke.ipynb")
    expect(page.locator(".jp-OutputArea-output").first).to_contain_text("lab smoke 42")
    expect(page.locator(".widget-readout").first).to_have_text("4")
    screenshot(page, "smoke_lab_notebook")
