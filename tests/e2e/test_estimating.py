"""Lesson 02 in a real browser: the estimator widget renders and responds in Lab and Voilà.

Uses helper fixtures from ``tests/e2e/conftest.py`` (Debian Chromium, offline pages).
The dated P80 is read from ``.ex-p80-date`` and the promise from ``.ex-promise-date``;
both carry the ISO date in ``data-date``, so comparisons do not depend on the format.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

LESSON = "notebooks/02_estimating.ipynb"
WIDGET_TIMEOUT = 180_000  # ms; the first forecast tunes the history model (a few seconds)


def _estimator(page: Page) -> Locator:
    app = page.locator(".ex-estimator").first
    expect(app.locator(".ex-p80-date")).to_be_visible(timeout=WIDGET_TIMEOUT)
    return app


def _reset(page: Page, app: Locator) -> None:
    """Start from the lesson's defaults, whatever an earlier run autosaved."""
    app.locator(".ex-reset button, button.ex-reset").first.click()
    expect(app.locator(".ex-promise")).to_contain_text("(80% likely)")


def _date(app: Locator, css: str) -> str:
    return app.locator(css).first.get_attribute("data-date")


def _set_hours_per_day(page: Page, app: Locator, value: str) -> None:
    box = app.locator(".ex-hours-per-day input").first
    box.scroll_into_view_if_needed()
    box.fill(value)
    box.press("Enter")  # FloatText sends on Enter (continuous_update=False)


def _raise_confidence(page: Page, app: Locator, steps: int) -> None:
    handle = app.locator(".ex-confidence .noUi-handle").first
    handle.scroll_into_view_if_needed()
    handle.focus()
    for _ in range(steps):
        page.keyboard.press("ArrowRight")


def test_lab_estimator_responds_to_controls(page, open_notebook, screenshot):
    """Run lesson 02 in JupyterLab; the slider and the hours box move the promise and P80."""
    page.set_viewport_size({"width": 1400, "height": 1500})
    open_notebook(LESSON)
    app = _estimator(page)
    _reset(page, app)
    p80_before = _date(app, ".ex-p80-date")
    promise_before = _date(app, ".ex-promise-date")
    assert p80_before == promise_before  # promising at 80%: the promise is the dated P80
    expect(app.locator(".ex-plot img")).to_be_visible()

    _raise_confidence(page, app, steps=2)  # 80% -> 90%
    expect(app.locator(".ex-promise")).to_contain_text("(90% likely)")
    expect(app.locator(".ex-confidence .widget-readout")).to_have_text("90%")
    assert _date(app, ".ex-promise-date") > promise_before
    assert app.locator(".ex-p90-date").count() == 1  # the chosen level joins the table

    _set_hours_per_day(page, app, "3")
    expect(app.locator(".ex-p80-date")).not_to_have_attribute("data-date", p80_before)
    assert _date(app, ".ex-p80-date") > p80_before  # half the hours a day: later
    expect(app.locator(".ex-error")).to_have_count(0)

    app.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "lab_02_estimator_tasks")  # the task table and the history notes
    app.locator(".ex-history-source").evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "lab_02_estimating")  # controls, promise, S-curve, dated table

    # a bad value shows inline and keeps the last good result on the page
    p80_good = _date(app, ".ex-p80-date")
    _set_hours_per_day(page, app, "0")
    expect(app.locator(".ex-error").first).to_contain_text("hours_per_day: got 0")
    assert _date(app, ".ex-p80-date") == p80_good
    _reset(page, app)  # leave the autosave at the lesson's defaults


def test_voila_estimator_renders_and_responds(page, voila_server, screenshot, blocked_requests):
    """Serve lesson 02 with Voilà: the estimator appears without code, reacts, stays offline."""
    page.set_viewport_size({"width": 1400, "height": 1500})
    page.goto(voila_server(LESSON).url, wait_until="domcontentloaded")
    app = _estimator(page)
    _reset(page, app)
    p80_before = _date(app, ".ex-p80-date")

    _set_hours_per_day(page, app, "2")
    expect(app.locator(".ex-p80-date")).not_to_have_attribute("data-date", p80_before)
    assert _date(app, ".ex-p80-date") > p80_before

    _raise_confidence(page, app, steps=3)  # 80% -> 95%
    expect(app.locator(".ex-promise")).to_contain_text("(95% likely)")
    expect(page.locator("body")).not_to_contain_text("ex.widgets.estimator()")  # no code shown

    app.locator(".ex-history-source").evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "voila_02_estimating")
    _reset(page, app)
    assert blocked_requests == []  # the kit's Voilà template links nothing outside the machine


def test_voila_restores_autosave_after_reload(page, voila_server):
    """A reload starts a new kernel that restores what was typed, and the widgets still render.

    Regression: a restored autosave once left every widget on the page at "Loading widget…".
    """
    page.set_viewport_size({"width": 1400, "height": 1500})
    server = voila_server(LESSON)
    page.goto(server.url, wait_until="domcontentloaded")
    app = _estimator(page)
    _reset(page, app)
    _set_hours_per_day(page, app, "4")
    expect(app.locator(".ex-hours-per-day input").first).to_have_value("4")
    page.wait_for_timeout(500)  # the autosave is written by the kernel after the change

    page.goto(server.url, wait_until="domcontentloaded")  # a new kernel, restored from disk
    app = _estimator(page)
    expect(app.locator(".ex-hours-per-day input").first).to_have_value("4")
    expect(page.locator("body")).not_to_contain_text("Loading widget")
    _reset(page, app)
