"""The reply drafter widget, driven from Python: no kernel, no browser.

Each test builds the drafter (autosave into ``tmp_path``), sets control values the way a
learner would (paste a message, override the type, change the tone, type context, edit
the draft) and reads back the label panel, the draft boxes, the checklist, the inline
messages, the download links and the autosave file.
"""

from __future__ import annotations

import base64
import email
import re
import statistics
import time
from email.policy import default as email_policy

import ipywidgets as widgets
import pytest

from expectlib.errors import InputError
from expectlib.replies.check import check_reply
from expectlib.replies.draft import ReplyContext
from expectlib.scope import Deliverable, Scope
from expectlib.widgets import reply_drafter
from expectlib.widgets.replies import DEFAULT_MESSAGE, ReplyDrafter, highlight_evidence
from tests._widgets import XSS, html_values

SCOPE_CREEP = "While you're at it, can you also add a blog? Same price of course"
GUARANTEE = "Can you guarantee first page on Google in a week?"
ARABIC = "ممكن تخلصه بكرة الصبح؟ ضروري جداً"
IMG = "<img src=x onerror=alert(1)>"


@pytest.fixture
def app(tmp_path) -> ReplyDrafter:
    """The drafter on its example message; autosave in tmp_path."""
    return reply_drafter(autosave_path=tmp_path / "auto")


def label_of(app: ReplyDrafter) -> str:
    return re.search(r"class='ex-label' data-label='([^']*)'", app.label_panel.value).group(1)


def move_ok(app: ReplyDrafter, move: str) -> bool:
    m = re.search(rf"data-move='{move}' data-ok='(true|false)'", app.checklist.value)
    return m.group(1) == "true"


def data_links(app: ReplyDrafter) -> dict[str, tuple[str, str]]:
    """download name -> (mime, decoded text) of every data: link in the downloads."""
    found = {}
    pattern = r'download="([^"]+)" href="data:([^;]+);charset=utf-8;base64,([^"]+)"'
    for name, mime, data in re.findall(pattern, app.downloads.value):
        found[name] = (mime, base64.b64decode(data).decode("utf-8"))
    return found


def no_problem(app: ReplyDrafter) -> bool:
    return "Something went wrong" not in app.error_label.message


# ====================================================================== building


def test_builds_a_vbox_with_a_classified_example_and_a_draft(app):
    """reply_drafter returns a VBox (not displayed) with the example classified and drafted."""
    assert isinstance(app, widgets.VBox)
    assert "ex-reply-drafter" in app._dom_classes
    assert app.message.value == DEFAULT_MESSAGE
    assert app.last_classification.label == "unrealistic_deadline"
    assert label_of(app) == "unrealistic_deadline"
    assert app.last_draft.label == "unrealistic_deadline"
    assert app.subject.value == app.last_draft.subject
    assert app.body.value == app.last_draft.body and app.body.value.strip()
    assert all(move_ok(app, m) for m in ("acknowledge", "explain", "options", "time_frame"))
    assert app.error_label.message == "" and app.message_note.message == ""
    assert not app.edited


def test_choices_offer_auto_and_every_label_with_a_title(app):
    """The type drop-down has "auto" plus the 13 labels; languages auto/en/id/ru/ar; 3 tones."""
    values = [value for _, value in app.label_choice.options]
    assert values[0] == "auto" and len(values) == 14
    titles = {value: title for title, value in app.label_choice.options}
    assert titles["scope_creep"] == "Scope creep"
    assert [value for _, value in app.language.options] == ["auto", "en", "id", "ru", "ar"]
    assert list(app.tone.options) == ["warm", "formal", "firm"]


def test_arguments_set_the_start_and_are_checked(tmp_path):
    """text, language, tone and context start the controls; bad values raise InputError."""
    app = reply_drafter(
        GUARANTEE, language="en", tone="formal", context={"client": "Rosa"}, autosave=False
    )
    assert app.message.value == GUARANTEE
    assert app.language.value == "en" and app.tone.value == "formal"
    assert app.client.value == "Rosa"
    assert "Rosa" in app.body.value
    with pytest.raises(InputError, match="tone: got 'rude'"):
        reply_drafter(tone="rude", autosave=False)
    with pytest.raises(InputError, match="language: got 'fr'"):
        reply_drafter(language="fr", autosave=False)
    with pytest.raises(InputError, match="context"):
        reply_drafter(context=42, autosave=False)


# ====================================================================== the label


def test_english_message_shows_label_and_highlighted_evidence(app):
    """A scope-creep message: its label, confidence, language and evidence marked in the text."""
    app.message.value = SCOPE_CREEP
    result = app.last_classification
    assert result.label == "scope_creep" and result.language == "en"
    panel = app.label_panel.value
    assert label_of(app) == "scope_creep"
    assert "data-language='en'" in panel and "English (detected)" in panel
    assert "confident" in panel
    assert '<mark class="ex-evidence-mark">Same price</mark>' in panel
    assert "ex-rtl" not in app.body._dom_classes
    assert app.last_draft.label == "scope_creep"


def test_arabic_message_label_evidence_and_right_to_left(app):
    """An Arabic message: labelled with evidence, language ar, every text shown right to left."""
    app.message.value = ARABIC
    result = app.last_classification
    assert result.language == "ar"
    assert result.label == "unrealistic_deadline"
    assert result.evidence
    panel = app.label_panel.value
    assert "data-language='ar'" in panel
    assert "dir='rtl'" in panel and "ex-message ex-rtl" in panel
    assert panel.count('<mark class="ex-evidence-mark">') >= 1
    assert app.last_draft.language == "ar" and app.last_draft.direction == "rtl"
    for box in (app.body, app.subject, app.message):
        assert "ex-rtl" in box._dom_classes
    css = app.children[0].value  # the heading carries the style rule for the class
    assert ".ex-rtl textarea" in css and "direction: rtl" in css and "text-align: right" in css
    # back to English: left to right again
    app.message.value = SCOPE_CREEP
    for box in (app.body, app.subject, app.message):
        assert "ex-rtl" not in box._dom_classes


def test_language_override_drafts_in_that_language(app):
    """Choosing Arabic for an English message drafts in Arabic, right to left."""
    app.message.value = SCOPE_CREEP
    app.language.value = "ar"
    assert app.last_draft.language == "ar"
    assert "ex-rtl" in app.body._dom_classes
    assert "Arabic (chosen by you)" in app.label_panel.value
    app.language.value = "auto"
    assert app.last_draft.language == "en"


def test_override_label_changes_the_draft(app):
    """Setting the type by hand redrafts for that type and says the classifier disagreed."""
    app.message.value = SCOPE_CREEP
    before = app.body.value
    app.label_choice.value = "price_pressure"
    assert app.last_draft.label == "price_pressure"
    assert app.body.value != before
    assert label_of(app) == "price_pressure"
    assert "data-override='true'" in app.label_panel.value
    assert "the classifier said" in app.label_panel.value
    app.label_choice.value = "auto"
    assert app.last_draft.label == "scope_creep" and app.body.value == before


def test_tone_change_redrafts(app):
    """Warm, formal and firm give different drafts of the same reply."""
    bodies = {}
    for tone in ("warm", "formal", "firm"):
        app.tone.value = tone
        assert app.last_draft.tone == tone
        bodies[tone] = app.body.value
    assert len(set(bodies.values())) == 3


def test_highlight_escapes_first_and_merges_overlaps():
    """Evidence marks go between escaped pieces: never inside an entity, overlaps merged."""
    out = highlight_evidence("a <b> & by Friday & more", ["by friday", "Friday &", "amp"])
    assert out == 'a &lt;b&gt; &amp; <mark class="ex-evidence-mark">by Friday &amp;</mark> more'
    assert "<b>" not in highlight_evidence("<b>x</b>", ["b"])


# ====================================================================== the context


def test_context_fields_reach_the_draft(app):
    """Names, dates, probability and price typed in the boxes are quoted by the draft."""
    app.message.value = SCOPE_CREEP
    app.client.value = "Rosa"
    app.sender.value = "Sam"
    app.p50_date.value = "2030-03-05"
    app.p80_date.value = "2030-03-12"
    app.probability.value = "90%"
    app.price.value = "400"
    ctx = app.last_draft.context
    assert ctx.client == "Rosa" and ctx.sender == "Sam"
    assert str(ctx.p80_date) == "2030-03-12" and ctx.probability == pytest.approx(0.9)
    assert ctx.price == 400
    assert "Rosa" in app.body.value and "Sam" in app.body.value
    assert "12 Mar" in app.body.value
    assert all(not e.message for e in app.errors.values())


def test_bad_context_value_is_inline_and_the_last_draft_stays(app):
    """A bad date or probability shows beside its box; the text stays; the draft is kept."""
    draft = app.last_draft
    app.p80_date.value = "next week"
    assert app.errors["p80_date"].message.startswith("p80_date: got 'next week'")
    assert app.p80_date.value == "next week"
    assert app.last_draft is draft and app.body.value == draft.body
    assert "Fix the field marked in red" in app.error_label.message
    app.p80_date.value = ""
    app.probability.value = "150%"
    assert app.errors["probability"].message.startswith("probability: got")
    app.probability.value = "80%"
    app.p50_date.value, app.p80_date.value = "2030-03-20", "2030-03-12"  # P50 after P80
    assert "p50_date" in app.errors["p50_date"].message
    assert no_problem(app)


def test_scope_file_fills_the_context(app, tmp_path):
    """Taking the numbers from a saved scope fills client, project, price and exclusions."""
    scope = Scope(
        project="Bakery website",
        client="Rosa's Bakery",
        provider="Sam",
        deliverables=[Deliverable(name="Homepage", price=800, revisions=2)],
        out_of_scope=["Logo design", "Online shop (later)"],
        currency="EUR",
    )
    path = scope.save(tmp_path / "my_scope.json")
    app.scope_path.value = str(path)
    app.scope_button.click()
    assert app.client.value == "Rosa's Bakery" and app.sender.value == "Sam"
    assert app.project.value == "Bakery website" and app.price.value == "800"
    assert app.currency.value == "EUR" and app.revisions_included.value == "2"
    assert app.out_of_scope.value.splitlines() == ["Logo design", "Online shop"]
    assert app.last_draft.context.client == "Rosa's Bakery"
    assert "Took the numbers" in app.scope_error.message
    app.scope_path.value = str(tmp_path / "missing.json")
    app.scope_button.click()
    assert app.scope_error.has_error and "no such file" in app.scope_error.message
    assert app.client.value == "Rosa's Bakery"  # nothing changed


def test_context_argument_can_be_a_scope_or_a_reply_context(tmp_path):
    """context= takes a ReplyContext, a Scope or a scope file and fills the boxes."""
    ctx = ReplyContext(client="Ana", p80_date="2030-01-10", probability=0.9, out_of_scope=["Ads"])
    app = reply_drafter(context=ctx, autosave=False)
    assert app.client.value == "Ana" and app.p80_date.value == "2030-01-10"
    assert app.probability.value == "90%" and app.out_of_scope.value == "Ads"
    scope = Scope(project="Shop", client="Ben", deliverables=[Deliverable(name="Page", price=5)])
    assert reply_drafter(context=scope, autosave=False).client.value == "Ben"
    path = scope.save(tmp_path / "s.json")
    assert reply_drafter(context=str(path), autosave=False).project.value == "Shop"


# ====================================================================== editing the draft


def test_checklist_follows_edits_of_the_body(app):
    """Removing the follow-up sentence turns follow_up to ✗ at once; putting it back, ✓."""
    # real dates: no "dates assumed, I'll confirm them by …" sentence (itself a follow-up)
    app.p50_date.value, app.p80_date.value = "2030-03-05", "2030-03-12"
    app.follow_up_date.value = "2030-03-01"
    draft = app.last_draft
    assert not draft.assumed
    assert move_ok(app, "follow_up")
    assert draft.follow_up in app.body.value
    app.body.value = app.body.value.replace(draft.follow_up, "")
    assert not move_ok(app, "follow_up")
    assert "follow_up" in check_reply(app.body.value, language="en")
    assert "data-missing='follow_up'" in app.checklist.value
    assert app.edited
    app.body.value = draft.body
    assert move_ok(app, "follow_up") and not app.edited


def test_lint_lines_appear_for_blame(app):
    """Blame words typed into the draft show as a lint line."""
    app.body.value = app.body.value + "\nObviously you always change your mind."
    assert "ex-lint" in app.checklist.value
    assert "blame" in app.checklist.value


def test_user_edits_are_kept_when_the_context_changes(app):
    """After an edit, a context change keeps the body and says so; New draft replaces it."""
    app.body.value = app.body.value + "\nP.S. My own line."
    app.client.value = "Rosa"
    assert "P.S. My own line." in app.body.value
    assert "Rosa" not in app.body.value
    assert "Rosa" in app.last_draft.body  # the new draft waits
    assert "edits are kept" in app.edits_note.message
    assert "press New draft" in app.edits_note.message
    app.tone.value = "firm"
    app.label_choice.value = "price_pressure"
    assert "P.S. My own line." in app.body.value
    app.new_draft_button.click()
    assert "P.S. My own line." not in app.body.value
    assert app.body.value == app.last_draft.body and "Rosa" in app.body.value
    assert app.last_draft.tone == "firm" and app.last_draft.label == "price_pressure"
    assert not app.edited and app.edits_note.message == ""


def test_an_edited_subject_is_kept_too(app):
    """Editing only the subject also counts as an edit that a new message does not replace."""
    app.subject.value = "About Friday"
    app.message.value = GUARANTEE
    assert app.subject.value == "About Friday"
    assert app.last_draft.label == "guaranteed_outcome"


# ====================================================================== safety


def test_no_client_string_is_unescaped_in_any_html(app):
    """Markup in the message and the context is shown escaped in every HTML widget."""
    app.client.value = XSS
    app.project.value = IMG
    app.message.value = f"{IMG} {XSS} While you're at it, can you also add a blog? Same price"
    assert app.last_classification is not None and no_problem(app)
    app.body.value = app.body.value + "\n" + IMG + XSS  # the user's own edit
    values = html_values(app)
    for value in values:
        assert "<script" not in value.lower()
        assert "<img" not in value.lower()
        assert "onerror=alert(1)>" not in value or "&lt;img" in value
    assert any("&lt;img src=x onerror=alert(1)&gt;" in value for value in values)


def test_markup_in_the_evidence_is_escaped_inside_the_marks(app):
    """A message whose evidence sits inside markup still marks only escaped text."""
    app.message.value = "<b>Same price</b> <i>can you also add a blog?</i>"
    panel = app.label_panel.value
    assert "<b>Same" not in panel and "<i>" not in panel
    assert "&lt;b&gt;" in panel and "&lt;i&gt;" in panel and "<mark" in panel


def test_empty_message_shows_a_note_and_keeps_the_draft(app):
    """An empty box: "paste a message", no traceback, the last draft stays."""
    draft, body = app.last_draft, app.body.value
    for text in ("", "   \n  "):
        app.message.value = text
        assert "Paste a message" in app.message_note.message
        assert app.last_draft is draft and app.body.value == body
        assert "data-label=''" in app.label_panel.value
        assert no_problem(app)


def test_huge_message_gives_a_draft_or_a_clear_message(app):
    """A 100 kB message: a draft (or an inline message), the panel shows only the start."""
    app.message.value = ("Can you have it all by tomorrow morning? " * 2500)[:100_000]
    assert no_problem(app)
    assert app.last_classification is not None and app.body.value.strip()
    assert len(app.label_panel.value) < 20_000
    assert "showing the first" in app.label_panel.value


def test_binary_looking_message_gives_an_inline_message(app):
    """Bytes pasted as text: a clear inline message, nothing raised, the draft stays."""
    body = app.body.value
    app.message.value = "\x00\x01\x02\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20
    assert app.message_note.has_error
    assert "binary" in app.message_note.message
    assert app.body.value == body and no_problem(app)
    for value in html_values(app):
        assert "\x00" not in value


def test_markup_laden_message_gives_a_safe_draft(app):
    """An HTML e-mail pasted whole: classified, drafted, nothing of the markup in the draft."""
    app.message.value = (
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<p>Hi,</p><p>Can you guarantee <b>first page on Google</b> in a week?</p></body></html>"
    )
    assert no_problem(app)
    assert app.last_draft.label == "guaranteed_outcome"
    assert "<" not in app.body.value and "alert" not in app.body.value


def test_markup_only_message_is_an_inline_message(app):
    """Nothing but markup: the note says so, the last draft stays."""
    body = app.body.value
    app.message.value = "<div><br/></div>"
    assert app.message_note.message and no_problem(app)
    assert app.body.value == body


# ====================================================================== downloads


def test_downloads_decode_to_the_edited_draft(app, tmp_path):
    """The .txt and .eml links carry the draft as it stands in the boxes, edits included."""
    app.subject.value = "Your launch date"
    app.body.value = app.body.value + "\nP.S. Edited."
    links = data_links(app)
    assert set(links) == {"reply.txt", "reply.eml"}
    mime, txt = links["reply.txt"]
    assert mime == "text/plain"
    assert txt == app.draft.to_txt()
    assert txt.startswith("Subject: Your launch date\n\n") and "P.S. Edited." in txt
    mime, eml = links["reply.eml"]
    assert mime == "message/rfc822"
    msg = email.message_from_string(eml, policy=email_policy)
    assert msg["Subject"] == "Your launch date"
    assert msg.get_content().strip() == app.body.value.strip()
    assert app.save(tmp_path / "r.eml").read_text(encoding="utf-8") == eml
    assert app.save(tmp_path / "r.txt").read_text(encoding="utf-8") == txt


def test_arabic_download_is_utf8_and_says_its_language(app):
    """The Arabic .eml decodes to the Arabic draft, with Content-Language: ar."""
    app.language.value = "ar"
    msg = email.message_from_string(data_links(app)["reply.eml"][1], policy=email_policy)
    assert msg["Content-Language"] == "ar"
    assert msg.get_content().strip() == app.body.value.strip()


# ====================================================================== autosave


def test_autosave_round_trip(tmp_path, monkeypatch):
    """Everything typed (message, choices, context, the edited draft) survives a restart."""
    monkeypatch.setenv("EXPECTLIB_AUTOSAVE_DIR", str(tmp_path))
    first = reply_drafter()
    assert first.autosave.path == tmp_path / "replies.json"
    first.message.value = SCOPE_CREEP
    first.label_choice.value = "free_work"
    first.language.value = "id"
    first.tone.value = "formal"
    first.client.value = "Budi"
    first.out_of_scope.value = "Logo\nAds"
    first.scope_path.value = "my_scope.json"
    first.body.value = first.body.value + "\nCatatan saya."
    assert (tmp_path / "replies.json").exists()

    again = reply_drafter()
    assert again.state() == first.state()
    assert again.edited and "Catatan saya." in again.body.value
    assert again.last_draft.label == "free_work" and again.last_draft.language == "id"
    assert "Restored" in again.autosave_note.message
    again.new_draft_button.click()
    assert "Catatan saya." not in again.body.value
    assert "Budi" in again.body.value


def test_corrupt_autosave_falls_back_on_defaults(tmp_path):
    """A hand-edited autosave with a wrong value is reported; the defaults are used."""
    first = reply_drafter(autosave_path=tmp_path)
    first.tone.value = "firm"
    text = first.autosave.path.read_text(encoding="utf-8").replace('"firm"', '"rude"')
    first.autosave.path.write_text(text, encoding="utf-8")
    again = reply_drafter(autosave_path=tmp_path)
    assert "Could not restore" in again.autosave_note.message
    assert again.tone.value == "warm" and again.body.value.strip()


def test_reset_returns_to_the_arguments(app):
    """Reset: the example message, auto choices, empty context and a fresh draft."""
    app.message.value = GUARANTEE
    app.client.value = "Rosa"
    app.body.value = "my own text"
    app.reset_button.click()
    assert app.message.value == DEFAULT_MESSAGE and app.client.value == ""
    assert app.label_choice.value == "auto" and app.tone.value == "warm"
    assert not app.edited and app.body.value == app.last_draft.body
    assert app.last_draft.label == "unrealistic_deadline"


def test_autosave_can_be_turned_off(tmp_path, monkeypatch):
    """autosave=False writes nothing, even after changes."""
    monkeypatch.setenv("EXPECTLIB_AUTOSAVE_DIR", str(tmp_path))
    app = reply_drafter(autosave=False)
    app.message.value = GUARANTEE
    app.body.value = "edited"
    assert list(tmp_path.iterdir()) == []


# ====================================================================== speed


def test_updates_are_fast(app):
    """A new message, a tone change, a context change or an edit updates in well under 0.1 s."""
    app.message.value = GUARANTEE  # warm the classifier's patterns
    runs = []
    for i in range(12):
        for change in (
            lambda i=i: setattr(app.message, "value", f"{SCOPE_CREEP} ({i})"),
            lambda i=i: setattr(app.tone, "value", ("warm", "formal", "firm")[i % 3]),
            lambda i=i: setattr(app.client, "value", f"Rosa {i}"),
            lambda i=i: setattr(app.body, "value", app.body.value + "!"),
        ):
            start = time.perf_counter()
            change()
            runs.append(time.perf_counter() - start)
    assert statistics.median(runs) < 0.1
    assert no_problem(app)


def test_forced_arabic_reply_keeps_a_russian_message_left_to_right():
    """The message box follows the message's script; the draft follows the chosen language."""
    app = reply_drafter(autosave=False)
    app.message.value = "Сделайте скидку, пожалуйста"
    app.language.value = "ar"
    quoted = app.label_panel.value.split("ex-message", 1)[1][:40]
    assert "rtl" not in quoted and "ex-rtl" not in app.message._dom_classes
    assert "ex-rtl" in app.body._dom_classes
