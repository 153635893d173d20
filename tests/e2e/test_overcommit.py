"""Lesson 03 in a real browser: the lab's on-time figure follows the load slider.

Uses the fixtures of ``tests/e2e/conftest.py`` (Debian Chromium, offline pages). Hooks:
``.ex-overcommit`` (the lab), ``.ex-load`` (the load slider), ``.ex-ontime`` (the Output
holding the "Promises kept" figure), ``.ex-summary .ex-on-time[data-value]`` (the on-time
rate of the chosen policy), ``.ex-capacity-calculator`` with ``.ex-verdict[data-verdict]``.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

LESSON = "notebooks/03_overcommitment.ipynb"
WIDGET_TIMEOUT = 180_000  # ms: the lesson simulates a few thousand years before the lab


def _lab(page: Page) -> Locator:
    lab = page.locator(".ex-overcommit").first
    expect(lab.locator(".ex-summary .ex-on-time")).to_be_visible(timeout=WIDGET_TIMEOUT)
    return lab


def _reset(lab: Locator) -> None:
    """Start from the lesson's defaults (80% load), whatever an earlier run autosaved."""
    lab.locator(".ex-reset button, button.ex-reset").first.click()
    expect(lab.locator(".ex-load .widget-readout")).to_have_text("80%")


def _on_time(lab: Locator) -> float:
    return float(lab.locator(".ex-summary .ex-on-time").first.get_attribute("data-value"))


def _show_promises_tab(lab: Locator) -> Locator:
    lab.locator(".ex-overcommit-tabs .lm-TabBar-tab", has_text="Promises kept").click()
    figure = lab.locator(".ex-ontime img").first
    expect(figure).to_be_visible(timeout=WIDGET_TIMEOUT)
    return figure


def _move_load(page: Page, lab: Locator, steps: int) -> None:
    """Move the load slider by keyboard (each step 5 points); the lab runs on release."""
    handle = lab.locator(".ex-load .noUi-handle").first
    handle.scroll_into_view_if_needed()
    handle.focus()
    key = "ArrowRight" if steps > 0 else "ArrowLeft"
    for _ in range(abs(steps)):
        page.keyboard.press(key)


def _check_load_moves_on_time_figure(page: Page, lab: Locator) -> None:
    _reset(lab)
    figure = _show_promises_tab(lab)
    before_png = figure.get_attribute("src")
    before_rate = _on_time(lab)

    _move_load(page, lab, +3)  # 80% -> 95%
    expect(lab.locator(".ex-load .widget-readout")).to_have_text("95%")
    expect(figure).not_to_have_attribute("src", before_png, timeout=WIDGET_TIMEOUT)
    assert _on_time(lab) < before_rate  # more load: fewer promises kept
    expect(lab.locator(".ex-error")).to_have_count(0)


def test_lab_load_slider_changes_on_time_figure(page, open_notebook, screenshot):
    """Run lesson 03 in JupyterLab: no error cell; moving the load slider redraws the figure."""
    page.set_viewport_size({"width": 1400, "height": 1300})
    open_notebook(LESSON)
    expect(page.locator(".jp-OutputArea-output[data-mime-type*='error']")).to_have_count(0)

    calc = page.locator(".ex-capacity-calculator").first
    expect(calc.locator(".ex-verdict")).to_have_attribute("data-verdict", "does_not_fit")
    calc.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "lab_03_capacity")

    lab = _lab(page)
    _check_load_moves_on_time_figure(page, lab)
    lab.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "lab_03_overcommit_ontime")

    lab.locator(".ex-overcommit-tabs .lm-TabBar-tab", has_text="Lead time vs load").click()
    expect(lab.locator(".ex-hockey img").first).to_be_visible(timeout=WIDGET_TIMEOUT)
    screenshot(page, "lab_03_overcommit_hockey")
    _reset(lab)  # leave the autosave at the lesson's defaults


def test_voila_lab_renders_and_responds(page, voila_server, screenshot, blocked_requests):
    """Lesson 03 served by Voilà: the lab appears without code, reacts, and stays offline."""
    page.set_viewport_size({"width": 1400, "height": 1300})
    page.goto(voila_server(LESSON).url, wait_until="domcontentloaded")
    lab = _lab(page)
    _check_load_moves_on_time_figure(page, lab)
    expect(page.locator("body")).not_to_contain_text("Loading widget")
    lab.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "voila_03_overcommit")
    _reset(lab)
    assert blocked_requests == []
