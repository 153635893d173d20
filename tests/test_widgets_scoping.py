"""The scoping widgets, driven from Python: no kernel, no browser.

Each test builds a widget (autosave into ``tmp_path``), sets control values the way a
learner would, and reads back the pre-qualification, the statement preview, the inline
messages, the saved files and the triage record.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import ipywidgets as widgets
import pytest

from expectlib.errors import InputError
from expectlib.scope import Deliverable, Scope
from expectlib.widgets import brief_form, scope_builder, triage_box
from expectlib.widgets.scoping import BriefForm, ScopeBuilder, TriageBox, preview_html
from tests._widgets import XSS, html_values

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
EXAMPLE_SCOPE = DATA / "example_scope.json"
GOOD_BRIEF = DATA / "example_brief_good.json"
VAGUE_BRIEF = DATA / "example_brief_vague.json"


def flag_codes(form: BriefForm) -> list[str]:
    return [f.code for f in form.last_result.flags]


def small_scope(**overrides) -> Scope:
    """A two-deliverable scope for tests that need no example file."""
    kwargs = {
        "project": "Bakery website",
        "client": "Rosa's Bakery",
        "deliverables": [
            Deliverable(name="Homepage", quantity=1, unit="page", acceptance="Approved", price=800),
            Deliverable(
                name="Menu page", quantity=1, unit="page", acceptance="Prices correct", price=400
            ),
        ],
        "out_of_scope": ["Logo design", "Online shop"],
    }
    return Scope(**{**kwargs, **overrides})


@pytest.fixture
def builder(tmp_path, monkeypatch) -> ScopeBuilder:
    """The builder on a small scope; files and autosave in tmp_path."""
    monkeypatch.chdir(tmp_path)
    return scope_builder(small_scope(), autosave_path=tmp_path / "autosave")


def named_row(b: ScopeBuilder, name: str):
    return next(r for r in b.deliverables.rows if r["name"].value == name)


# ====================================================================== brief form


def test_brief_form_is_a_vbox_with_a_live_check(tmp_path):
    """brief_form returns a VBox (not displayed) that pre-qualifies at once."""
    form = brief_form(autosave_path=tmp_path)
    assert isinstance(form, widgets.VBox)
    assert form.last_result is not None
    assert "ex-prequal" in form.result.value and "/100" in form.result.value
    assert form.error_label.message == ""
    assert set(form.fields) >= {"goal", "client", "decision_maker", "budget_max", "deadline"}
    assert form.goal is form.fields["goal"]


def test_vague_goal_and_you_decide_raise_red_flags(tmp_path):
    """Typing a vague "you decide" goal shows a flag with evidence and the question to ask."""
    form = brief_form(autosave_path=tmp_path)
    form.project.value = "Website for a bakery"
    form.goal.value = "Just a nice website, you decide"
    codes = flag_codes(form)
    assert "you_decide" in codes or "vague_goal" in codes
    flag = next(f for f in form.last_result.flags if f.code in ("you_decide", "vague_goal"))
    assert f"data-code='{flag.code}'" in form.result.value
    assert "Ask next:" in form.result.value and "Evidence:" in form.result.value
    assert re.sub(r"\s+", " ", flag.ask_next)[:30] in form.result.value.replace("&#x27;", "'")


def test_each_field_change_updates_the_check(tmp_path):
    """Naming the decision maker removes that flag immediately; the score does not drop."""
    form = brief_form(autosave_path=tmp_path)
    assert "no_decision_maker" in flag_codes(form)
    score = form.last_result.score
    form.decision_maker.value = "Rosa Diaz, owner"
    assert "no_decision_maker" not in flag_codes(form)
    assert form.last_result.score >= score


def test_example_briefs_differ(tmp_path):
    """The good example brief scores above the vague one, which carries more flags."""
    good = brief_form(GOOD_BRIEF, autosave_path=tmp_path)
    vague = brief_form(VAGUE_BRIEF, autosave_path=tmp_path)
    assert good.autosave.path != vague.autosave.path  # each example keeps its own autosave
    assert good.last_result.score > vague.last_result.score
    assert len(vague.last_result.flags) > len(good.last_result.flags)
    assert vague.last_result.level != "go"
    assert "ex-flag" in vague.result.value


def test_bad_number_is_shown_inline_and_kept(tmp_path):
    """A budget typed as words shows beside the box; the value and the last check stay."""
    form = brief_form(autosave_path=tmp_path)
    form.goal.value = "Take cake orders online so the phone stops ringing at lunchtime"
    before = form.result.value
    form.budget_max.value = "lots"
    assert form.errors["budget_max"].has_error
    assert "budget_max: got 'lots'" in form.errors["budget_max"].message
    assert form.budget_max.value == "lots"  # nothing typed is lost
    assert form.result.value == before  # the last good check stays
    assert "Time & money" in form.error_label.message  # says which tab
    form.budget_max.value = "4 000"
    assert not form.errors["budget_max"].has_error
    assert form.error_label.message == ""
    assert form.brief.budget_max == 4000


def test_brief_form_autosave_restores_after_a_restart(tmp_path):
    """What was typed comes back in a new form (a kernel restart), with a note."""
    form = brief_form(autosave_path=tmp_path)
    form.goal.value = "Sell cakes online"
    form.budget_max.value = "oops"  # even a bad value is kept
    again = brief_form(autosave_path=tmp_path)
    assert again.goal.value == "Sell cakes online"
    assert again.budget_max.value == "oops"
    assert "Restored" in again.autosave_note.message
    again.reset()
    assert again.goal.value == "" and again.budget_max.value == ""


def test_brief_form_accepts_a_brief_object(tmp_path):
    """A Brief (or dict) can be passed directly; bad arguments raise InputError."""
    from expectlib.scope import Brief

    form = brief_form(Brief(project="Shop", goal="you decide"), autosave=False)
    assert form.goal.value == "you decide"
    with pytest.raises(InputError, match="brief"):
        brief_form(42, autosave=False)


# ====================================================================== scope builder


def test_builder_shows_the_statement(builder):
    """The builder starts with the scope's rows and its statement in the preview."""
    assert isinstance(builder, widgets.VBox)
    assert [r["name"].value for r in builder.deliverables.rows] == ["Homepage", "Menu page"]
    assert builder.error_label.message == ""
    assert builder.last_scope == small_scope()
    assert "ex-scope-preview" in builder.preview.value and "expectlib-sow" in builder.preview.value
    assert "Homepage" in builder.preview.value and "Logo design" in builder.preview.value
    assert "<head>" not in builder.preview.value.lower()  # no page: Lab's CSS is untouched
    assert builder.out_of_scope.value == "Logo design\nOnline shop"


def test_adding_a_deliverable_row_updates_the_preview(builder):
    """Add a row, type a name and a price: the preview and the total follow."""
    builder.deliverables.add_button.click()
    assert len(builder.deliverables.rows) == 3
    assert builder.error_label.message == ""  # a blank row is ignored, not an error
    row = builder.deliverables.rows[-1]
    row["name"].value = "Contact form"
    row["price"].value = "250"
    assert "Contact form" in builder.preview.value
    assert [d.name for d in builder.last_scope.deliverables][-1] == "Contact form"
    assert builder.last_scope.total_price == pytest.approx(800 + 400 + 250)


def test_add_deliverable_helper_and_three_point_hours(builder):
    """add_deliverable(...) fills a row; low/likely/high must come as a set."""
    row = builder.add_deliverable(name="Blog", price=300, low_hours=4, likely_hours=6)
    assert "Blog" not in builder.preview.value  # incomplete hours: not taken
    assert "high_hours" in row.error.message
    row["high_hours"].value = "12"
    assert row.error.message == ""
    blog = builder.last_scope.deliverables[-1]
    assert (blog.low_hours, blog.likely_hours, blog.high_hours) == (4, 6, 12)


def test_removing_a_deliverable(builder):
    """The trash button removes the row and the statement loses it."""
    named_row(builder, "Menu page").remove_button.click()
    assert [r["name"].value for r in builder.deliverables.rows] == ["Homepage"]
    assert "Menu page" not in builder.preview.value
    builder.remove_deliverable("Homepage")
    assert builder.deliverables.rows == []
    assert builder.last_scope.deliverables[0].name == "Homepage"  # the last good one stays
    assert builder.error_label.has_error


def test_bad_price_is_inline_and_keeps_the_last_preview(builder):
    """A price in words: message under the row, red box, value kept, preview unchanged."""
    before = builder.preview.value
    row = named_row(builder, "Menu page")
    row["price"].value = "four hundred"
    assert row.error.has_error
    assert "price: got 'four hundred'" in row.error.message
    assert row["price"].layout.border.startswith("2px solid")
    assert row["price"].value == "four hundred"
    assert builder.preview.value == before
    assert "last good inputs" in builder.error_label.message
    row["price"].value = "450"
    assert not row.error.has_error and row["price"].layout.border is None
    assert "450" in builder.preview.value


def test_scope_level_errors_are_routed_to_the_row(builder):
    """A duplicate name or an unknown milestone is reported on the row it concerns."""
    builder.add_deliverable(name="Homepage", price=10)
    dup = builder.deliverables.rows[-1]
    assert dup.error.has_error and "deliverables[2]" in dup.error.message
    dup["name"].value = "Gallery"
    dup["milestone"].value = "Nowhere"
    assert dup.error.has_error and "milestone" in dup.error.message
    builder.milestones.add_button.click()
    builder.milestones.rows[-1]["name"].value = "Nowhere"
    assert not dup.error.has_error
    assert "Nowhere" in dup["milestone"].options  # the milestone box suggests names


def test_payment_shares_must_add_up(builder):
    """Shares that do not sum to 100% are reported beside the payment table."""
    builder.payments.add_button.click()
    first = builder.payments.rows[-1]
    first["name"].value, first["share"].value = "Deposit", "30%"
    assert builder.error_label.has_error
    assert "Milestones & payments" in builder.error_label.message
    builder.payments.add_button.click()
    second = builder.payments.rows[-1]
    second["name"].value, second["share"].value = "On delivery", "70"
    assert builder.error_label.message == ""
    assert [p.share for p in builder.last_scope.payment_stages] == pytest.approx([0.3, 0.7])


def test_communication_plan_and_documents(builder):
    """Cadence, channel and document rows reach the scope; bad values are inline."""
    builder.update_cadence.value = "twice a week"
    builder.channel.value = "Slack"
    for document, when in (("status report: done, next, risks", "every Friday at 16:00"),
                           ("invoice", "at each milestone")):  # fmt: skip
        builder.documents.add_button.click()
        row = builder.documents.rows[-1]
        row["document"].value, row["when"].value = document, when
    comm = builder.last_scope.communication
    assert comm.update_cadence == "twice a week" and comm.channel == "Slack"
    assert comm.documents == (
        ("status report: done, next, risks", "every Friday at 16:00"),
        ("invoice", "at each milestone"),
    )
    builder.documents.rows[-1]["when"].value = ""
    assert "when" in builder.documents.rows[-1].error.message
    assert builder.last_scope.communication == comm  # the last good statement stays
    builder.documents.rows[-1]["when"].value = "at each milestone"
    builder.response_time.value = "soon"
    assert builder.comm_error.has_error and "got 'soon'" in builder.comm_error.message
    assert builder.last_scope.communication == comm
    assert "daily" in builder.update_cadence.options
    assert builder._defaults["update_cadence"] != "daily"  # daily is an option, not the default


def test_save_and_load_round_trip(builder, tmp_path):
    """Save writes the scope atomically; Load brings the same scope back into the controls."""
    builder.add_deliverable(name="Gallery", quantity=12, unit="photos", price=240)
    saved = builder.last_scope
    builder.path.value = "work/rosa.json"
    builder.save_button.click()
    target = tmp_path / "work" / "rosa.json"
    assert target.is_file()
    assert str(target) in builder.file_status.message
    assert Scope.load(target) == saved

    builder.remove_deliverable("Gallery")
    builder.client.value = "Someone else"
    builder.load_button.click()
    assert not builder.file_status.has_error, builder.file_status.message
    assert builder.last_scope == saved
    assert [r["name"].value for r in builder.deliverables.rows][-1] == "Gallery"
    assert builder.client.value == "Rosa's Bakery"


def test_a_corrupted_file_names_the_field_and_changes_nothing(builder, tmp_path):
    """A hand-broken price in the file is reported inline, naming deliverables[1].price."""
    target = builder.save(tmp_path / "scope.json")
    envelope = json.loads(target.read_text(encoding="utf-8"))
    envelope["data"]["deliverables"][1]["price"] = "lots"
    target.write_text(json.dumps(envelope), encoding="utf-8")
    state = builder.state()
    builder.load_button.click()
    assert builder.file_status.has_error
    assert "deliverables[1].price" in builder.file_status.message
    assert "Traceback" not in builder.file_status.value
    assert builder.state() == state  # the inputs on screen are untouched

    target.write_text("{ not json", encoding="utf-8")
    builder.load_button.click()
    assert builder.file_status.has_error
    builder.path.value = "missing.json"
    builder.load_button.click()
    assert "no such file" in builder.file_status.message


def test_save_refuses_while_an_input_is_bad(builder, tmp_path):
    """Nothing is written while a field is red; the button says so inline."""
    named_row(builder, "Homepage")["price"].value = "free?"
    builder.save_button.click()
    assert builder.file_status.has_error and "nothing was written" in builder.file_status.message
    assert not (tmp_path / "my_scope.json").exists()
    with pytest.raises(InputError, match="nothing was written"):
        builder.save()


def test_export_writes_markdown_and_html_with_download_links(builder, tmp_path):
    """Export writes .md and .html next to the file and offers both for download."""
    md, page = builder.export(tmp_path / "out" / "rosa.json")
    assert md == tmp_path / "out" / "rosa.md" and page == tmp_path / "out" / "rosa.html"
    assert "Homepage" in md.read_text(encoding="utf-8")
    assert page.read_text(encoding="utf-8").lstrip().lower().startswith(("<!doctype", "<html"))
    assert "download='rosa.md'" in builder.exports.value
    assert "data:text/html" in builder.exports.value


def test_builder_autosave_restores_everything_typed(tmp_path, monkeypatch):
    """A kernel restart loses nothing: rows, lists and even bad values come back."""
    monkeypatch.chdir(tmp_path)
    b = scope_builder(small_scope(), autosave_path=tmp_path / "auto")
    b.add_deliverable(name="Gallery", price="lots")
    b.out_of_scope.value = "Logo design\nOnline shop\nPrinting"
    again = scope_builder(small_scope(), autosave_path=tmp_path / "auto")
    assert [r["name"].value for r in again.deliverables.rows][-1] == "Gallery"
    assert again.deliverables.rows[-1]["price"].value == "lots"
    assert again.out_of_scope.value.endswith("Printing")
    assert "Restored" in again.autosave_note.message
    again.reset_button.click()
    assert [r["name"].value for r in again.deliverables.rows] == ["Homepage", "Menu page"]


def test_template_builder_is_a_valid_start(tmp_path, monkeypatch):
    """With no scope the builder starts from a short template that already previews."""
    monkeypatch.chdir(tmp_path)
    b = scope_builder(autosave=False)
    assert b.error_label.message == ""
    assert b.last_scope is not None and len(b.last_scope.deliverables) == 1
    b.project.value = ""
    assert "project" in b.head_error.message
    assert b.project.layout.border.startswith("2px solid")


def test_example_scope_loads_into_the_builder(tmp_path):
    """The lesson's example file opens in the builder with no message."""
    b = scope_builder(EXAMPLE_SCOPE, autosave=False)
    assert b.error_label.message == "", b.error_label.message
    assert b.last_scope == Scope.load(EXAMPLE_SCOPE)
    assert b.autosave.name == "scope-example_scope"


# ====================================================================== triage


@pytest.fixture
def example_scope() -> Scope:
    return Scope.load(EXAMPLE_SCOPE)


def test_triage_blog_is_a_change_request(example_scope, tmp_path):
    """ "Also add a blog, same price" is a change request, with its record shown."""
    box = triage_box(example_scope, autosave_path=tmp_path)
    assert isinstance(box, TriageBox)
    box.request.value = "can you also add a blog section, same price?"
    t = box.last_triage
    assert t.kind == "change_request"
    assert t.change_request is not None and t.change_request.impact_price
    assert "data-kind='change_request'" in box.result.value
    assert "ex-change-request" in box.result.value
    for heading in ("Impact on scope", "Impact on schedule", "Impact on price", "Options"):
        assert heading in box.result.value


def test_triage_names_an_out_of_scope_item(example_scope, tmp_path):
    """Printing is excluded in the example statement: the request says so, no record."""
    box = triage_box(example_scope, text="could you also print 500 flyers for the opening?",
                     autosave_path=tmp_path)  # fmt: skip
    assert box.last_triage.kind == "out_of_scope"
    assert box.last_triage.matched.startswith("Printing")
    assert "data-kind='out_of_scope'" in box.result.value
    assert "ex-change-request" not in box.result.value


def test_triage_homepage_question_is_in_scope(example_scope, tmp_path):
    """Asking when the homepage draft is ready is in scope; no change request."""
    box = triage_box(example_scope, autosave_path=tmp_path)
    box.classify("when will the homepage draft be ready?")
    assert box.last_triage.kind == "in_scope"
    assert box.last_triage.change_request is None
    assert "data-kind='in_scope'" in box.result.value
    assert "ex-change-request" not in box.result.value


def test_triage_follows_a_builder(builder, tmp_path):
    """Given a builder, the box triages against its current statement."""
    box = triage_box(builder, autosave_path=tmp_path)
    box.classify("Could you design our logo as well?")
    assert box.last_triage.kind == "out_of_scope"
    builder.out_of_scope.value = ""
    builder.add_deliverable(name="Logo design", price=300)
    box.button.click()
    assert box.last_triage.kind != "out_of_scope"


def test_triage_box_handles_empty_text_and_bad_scope(example_scope, tmp_path):
    """An empty box shows nothing; a missing scope argument is refused."""
    box = triage_box(example_scope, text="", autosave_path=tmp_path)
    box.button.click()
    assert box.result.value == "" and box.error_label.message == ""
    with pytest.raises(InputError, match="scope"):
        triage_box(None)


# ====================================================================== escaping


def test_client_strings_are_escaped_in_every_html_value(tmp_path, monkeypatch):
    """A client called <script>… never reaches any HTML value unescaped."""
    monkeypatch.chdir(tmp_path)
    scope = small_scope(client=XSS, project=f"Site {XSS}", out_of_scope=[XSS])
    b = scope_builder(scope, autosave_path=tmp_path / "a")
    b.export(tmp_path / "x.json")  # download links hold the page (base64)
    b.add_deliverable(name=XSS, price="x<b>")  # bad price: its message echoes the value
    form = brief_form(autosave_path=tmp_path / "b")
    form.client.value = XSS
    form.goal.value = f"{XSS} you decide"
    form.budget_max.value = XSS
    box = triage_box(scope, text=f"add {XSS} please, same price", autosave_path=tmp_path / "c")
    for w in (b, form, box):
        values = html_values(w)
        assert values
        for value in values:
            assert "<script" not in value.lower(), value[:200]
    assert "&lt;script&gt;" in b.preview.value
    assert "&lt;script&gt;" in form.errors["budget_max"].value
    assert "<b>" not in b.deliverables.rows[-1].error.value


def test_preview_html_keeps_only_the_statement_and_scoped_css():
    """preview_html drops the page around the statement, and its CSS cannot restyle Lab."""
    out = preview_html(small_scope())
    assert out.startswith("<div class='ex-scope-preview'>")
    lowered = out.lower()
    assert "<title" not in lowered and "<script" not in lowered and "<body" not in lowered
    for rule in re.findall(r"<style>(.*?)</style>", out, re.S):
        for selector in re.findall(r"([^{}]+)\{", rule):
            for part in selector.split(","):
                part = part.strip()
                assert part.startswith(("@", ".expectlib-sow", ".ex-scope-preview")), part
