"""Lesson 04 in a real browser: paste a client's message, see its type and a draft reply.

Uses the fixtures of ``tests/e2e/conftest.py`` (Debian Chromium, offline pages, JupyterLab
serving the repository). Hooks of the drafter (``.ex-reply-drafter``): the message box
``.ex-reply-message textarea`` (it sends on blur), the type ``.ex-label[data-label=…]``
(also ``data-language``), the evidence ``mark.ex-evidence-mark``, the draft
``.ex-reply-subject input`` and ``.ex-reply-body textarea`` (``.ex-rtl`` when the draft is
right to left), the checklist ``.ex-move[data-move=…][data-ok=true|false]``, the download
links ``a.ex-download-txt`` / ``a.ex-download-eml`` and ``.ex-reset``.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

LESSON = "notebooks/04_replies.ipynb"
WIDGET_TIMEOUT = 120_000  # ms
SCOPE_CREEP = "While you're at it, can you also add a blog? Same price of course"
ARABIC = "ممكن تخلصه بكرة الصبح؟ ضروري جداً"


def _drafter(page: Page) -> Locator:
    """The first reply drafter, once it shows a type and a draft; reset to its example."""
    app = page.locator(".ex-reply-drafter").first
    expect(app.locator(".ex-label[data-label]")).to_be_visible(timeout=WIDGET_TIMEOUT)
    app.locator(".ex-reset button, button.ex-reset").first.click()
    expect(app.locator(".ex-label[data-label='unrealistic_deadline']")).to_have_count(1)
    return app


def _paste(app: Locator, text: str) -> None:
    """Fill the message box and leave it (Tab): the box sends its value on blur."""
    box = app.locator(".ex-reply-message textarea").first
    box.scroll_into_view_if_needed()
    box.fill(text)
    box.press("Tab")


def _body(app: Locator) -> Locator:
    return app.locator(".ex-reply-body textarea").first


def _paste_english_and_see_the_draft(app: Locator) -> None:
    before = _body(app).input_value()
    _paste(app, SCOPE_CREEP)
    expect(app.locator(".ex-label[data-label='scope_creep']")).to_have_count(1)
    expect(app.locator(".ex-label[data-language='en']")).to_have_count(1)
    expect(app.locator(".ex-label mark.ex-evidence-mark").first).to_be_visible()
    expect(_body(app)).not_to_have_value(before)
    expect(_body(app)).to_have_value(re.compile(r"\S"))
    expect(app.locator(".ex-reply-subject input").first).not_to_have_value("")
    expect(app.locator(".ex-move[data-ok='true']")).to_have_count(5)
    expect(app.locator("a.ex-download-eml[download='reply.eml']")).to_have_count(1)


def test_lab_paste_a_message_see_the_type_and_a_draft(page, open_notebook, screenshot):
    """Run lesson 04 in JupyterLab: paste a message, see its type, a draft, edits, Arabic RTL."""
    page.set_viewport_size({"width": 1400, "height": 1400})
    open_notebook(LESSON)
    expect(page.locator(".jp-OutputArea-output[data-mime-type*='error']")).to_have_count(0)
    app = _drafter(page)

    _paste_english_and_see_the_draft(app)
    expect(app.locator(".ex-reply-body.ex-rtl")).to_have_count(0)
    app.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "lab_04_replies")

    # an edit of the draft updates the checklist (the body sends as it is typed)
    body = _body(app)
    body.scroll_into_view_if_needed()
    body.fill("Thanks for your message.")
    expect(app.locator(".ex-move[data-move='follow_up'][data-ok='false']")).to_have_count(1)
    expect(app.locator(".ex-move[data-move='acknowledge'][data-ok='true']")).to_have_count(1)
    app.locator(".ex-new-draft button, button.ex-new-draft").first.click()
    expect(app.locator(".ex-move[data-ok='true']")).to_have_count(5)

    # Arabic: detected, and the draft is shown right to left
    _paste(app, ARABIC)
    arabic = app.locator(".ex-label[data-language='ar']")
    expect(arabic).to_have_attribute("data-label", "unrealistic_deadline")
    expect(arabic.locator("mark.ex-evidence-mark").first).to_be_visible()
    expect(app.locator(".ex-reply-body.ex-rtl textarea")).to_have_count(1)
    assert _body(app).evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert _body(app).evaluate("el => getComputedStyle(el).textAlign") == "right"
    assert app.locator(".ex-label .ex-message").get_attribute("dir") == "rtl"
    expect(_body(app)).to_have_value(re.compile(r"[\u0600-\u06ff]"))
    app.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "lab_04_replies_arabic")
    expect(app.locator(".ex-error")).to_have_count(0)
    app.locator(".ex-reset button, button.ex-reset").first.click()  # leave the autosave as found


def test_voila_drafter_responds_offline(page, voila_server, screenshot, blocked_requests):
    """Lesson 04 served by Voilà: paste a message, see its type and a draft; nothing outside."""
    page.set_viewport_size({"width": 1400, "height": 1400})
    page.goto(voila_server(LESSON).url, wait_until="domcontentloaded")
    app = _drafter(page)
    _paste_english_and_see_the_draft(app)
    _paste(app, ARABIC)
    expect(app.locator(".ex-reply-body.ex-rtl textarea")).to_have_count(1)
    expect(page.locator("body")).not_to_contain_text("Loading widget")
    app.evaluate("el => el.scrollIntoView({block: 'start'})")
    screenshot(page, "voila_04_replies")
    app.locator(".ex-reset button, button.ex-reset").first.click()
    assert blocked_requests == []
