"""Lesson 01 in a real browser: the brief form flags a vague brief, the scope builder previews.

Uses the fixtures of ``tests/e2e/conftest.py`` (Debian Chromium, offline pages, JupyterLab
serving the repository). Hooks: ``.ex-brief-form`` (flags are ``.ex-flag[data-code=…]``),
``.ex-scope-builder`` (rows ``.ex-row``, cells ``.ex-col-<name>``, the statement in
``.ex-preview``, each deliverable a ``tr[data-deliverable=…]``).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from expectlib.scope import Scope

pytestmark = pytest.mark.browser

LESSON = "notebooks/01_scoping.ipynb"
WIDGET_TIMEOUT = 120_000  # ms


def _click(box: Locator, css: str) -> None:
    button = box.locator(f"{css} button, button{css}").first
    button.scroll_into_view_if_needed()
    button.click()


def _type(cell: Locator, value: str) -> None:
    """Type into a Text box and press Enter (the builder's boxes send on Enter or blur)."""
    box = cell.locator("input").first
    box.scroll_into_view_if_needed()
    box.fill(value)
    box.press("Enter")


def _brief(page: Page, index: int) -> Locator:
    form = page.locator(".ex-brief-form").nth(index)
    expect(form.locator(".ex-score")).to_be_visible(timeout=WIDGET_TIMEOUT)
    return form


def test_lab_brief_flags_and_scope_preview(page, open_notebook, screenshot):
    """Run lesson 01 in JupyterLab; a vague goal raises a flag, a new deliverable previews."""
    page.set_viewport_size({"width": 1400, "height": 1300})
    open_notebook(LESSON)
    expect(page.locator(".jp-OutputArea-output[data-mime-type*='error']")).to_have_count(0)

    # ---- the brief form on the good example brief: no "you decide" flag yet
    form = _brief(page, 0)
    expect(form.locator(".ex-level")).to_have_text("go")
    score_before = int(form.locator(".ex-score").get_attribute("data-score"))
    you_decide = form.locator(".ex-flag[data-code='you_decide']")
    expect(you_decide).to_have_count(0)
    goal = form.locator(".ex-brief-goal textarea").first
    goal.scroll_into_view_if_needed()
    goal.fill("Not sure what we want yet, you decide")
    expect(you_decide).to_have_count(1)
    expect(you_decide).to_contain_text("Ask next:")
    assert int(form.locator(".ex-score").get_attribute("data-score")) < score_before
    form.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "lab_01_brief")

    # ---- the vague example brief carries flags from the start
    vague = _brief(page, 1)
    assert vague.locator(".ex-flag").count() >= 3

    # ---- the scope builder on the example scope: add a deliverable, the statement follows
    builder = page.locator(".ex-scope-builder").first
    preview = builder.locator(".ex-preview")
    n_rows = len(Scope.example().deliverables)  # the server's autosaves start empty
    expect(preview.locator("tr[data-deliverable]")).to_have_count(n_rows, timeout=WIDGET_TIMEOUT)
    rows = builder.locator(".ex-deliverable-table .ex-row")
    expect(rows).to_have_count(n_rows)
    expect(preview).not_to_contain_text("Photo retouching")

    _click(builder, ".ex-add-deliverable")
    expect(rows).to_have_count(n_rows + 1)  # the new, blank row (then type into it, not another)
    row = rows.nth(n_rows)
    expect(row.locator(".ex-col-name input")).to_have_value("")
    _type(row.locator(".ex-col-name"), "Photo retouching")
    _type(row.locator(".ex-col-quantity"), "20")
    _type(row.locator(".ex-col-unit"), "photos")
    _type(row.locator(".ex-col-price"), "300")
    new_row = preview.locator("tr[data-deliverable='Photo retouching']")
    expect(new_row).to_have_count(1)
    expect(new_row).to_contain_text("20 photos")
    expect(preview.locator("tr[data-deliverable]")).to_have_count(n_rows + 1)
    expect(builder.locator(".ex-scope-errors .ex-error")).to_have_count(0)

    # a bad price: inline message, the text stays, the statement keeps its last good version
    _type(row.locator(".ex-col-price"), "lots")
    expect(row.locator(".ex-error")).to_contain_text("price: got 'lots'")
    expect(row.locator(".ex-col-price input")).to_have_value("lots")
    expect(new_row).to_have_count(1)
    _type(row.locator(".ex-col-price"), "300")
    expect(row.locator(".ex-error")).to_have_count(0)

    builder.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "lab_01_scoping")

    # ---- the triage box shows the change-request record of the lesson's example request
    box = page.locator(".ex-triage-box").first
    expect(box.locator(".ex-triage")).to_be_visible()
    box.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "lab_01_triage")

    # leave the autosaves at the lesson's examples
    _click(builder, ".ex-reset")
    expect(preview).not_to_contain_text("Photo retouching")
    _click(form, ".ex-reset")
    expect(you_decide).to_have_count(0)


def test_voila_scoping_app_renders_and_responds(page, voila_server, blocked_requests):
    """Lesson 01 served by Voilà: the brief form reacts to typing, with no outside request."""
    page.set_viewport_size({"width": 1400, "height": 1300})
    page.goto(voila_server(LESSON).url, wait_until="domcontentloaded")
    form = _brief(page, 0)
    you_decide = form.locator(".ex-flag[data-code='you_decide']")
    expect(you_decide).to_have_count(0)
    goal = form.locator(".ex-brief-goal textarea").first
    goal.scroll_into_view_if_needed()
    goal.fill("Honestly, you decide")
    expect(you_decide).to_have_count(1)
    expect(page.locator(".ex-scope-builder .ex-preview").first).to_contain_text("Statement of work")
    expect(page.locator("body")).not_to_contain_text("Loading widget")
    assert blocked_requests == []
