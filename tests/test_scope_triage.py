"""triage(): in scope, change request or out of scope, with the reasons and the impact."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectlib.errors import InputError
from expectlib.estimate import ThreePoint, forecast
from expectlib.history import History
from expectlib.scope import TRIAGE_KINDS, Deliverable, Scope, triage

EXAMPLE = Scope.example()
NO_BLOG = EXAMPLE  # the example scope has no blog, neither as a deliverable nor excluded
WITH_BLOG_EXCLUDED = replace(EXAMPLE, out_of_scope=("Blog", *EXAMPLE.out_of_scope))
INNER = "Inner pages (About, Menu, Order, Contact, FAQ)"
PRINTING = "Printing (flyers, business cards, signage, packaging)"
COPY = "Copywriting beyond 300 words per page (the client supplies the texts)"
PHOTO = "Photography (the client supplies photos; a shoot can be quoted separately)"

# (request, scope, expected kind, expected matched item) — the measured behaviour of the rules
CASES = [
    # the two cases of the issue
    ("When will the homepage draft be ready?", EXAMPLE, "in_scope", "Homepage"),
    ("can you also add a blog section, same price?", NO_BLOG, "change_request", None),
    # ... and the same request when the scope lists the blog as out of scope
    ("can you also add a blog section, same price?", WITH_BLOG_EXCLUDED, "out_of_scope", "Blog"),
    # revisions
    ("Please make the logo bigger", EXAMPLE, "in_scope", "Logo"),
    ("Can you change the colour of the order button on the menu page?", EXAMPLE, "in_scope", INNER),
    ("Please fix the typo on the FAQ page", EXAMPLE, "in_scope", INNER),
    ("Could we have one more round on the logo?", EXAMPLE, "in_scope", "Logo"),
    # out of scope
    ("Could you also print 500 flyers?", EXAMPLE, "out_of_scope", PRINTING),
    ("Could you write the texts for all five inner pages?", EXAMPLE, "out_of_scope", COPY),
    ("Can you take photos of the cakes?", EXAMPLE, "out_of_scope", PHOTO),
    ("Can you also run Facebook ads for the launch?", EXAMPLE, "out_of_scope", "Paid advertising"),
    (
        "Could you add an online shop?",
        EXAMPLE,
        "out_of_scope",
        "Online shop or card payments (the pre-order form takes no payments)",
    ),
    (
        "Can you translate the menu into Indonesian?",
        EXAMPLE,
        "out_of_scope",
        "Translations (the site is in English)",
    ),
    # more of an agreed deliverable
    ("add two more Instagram posts this week", EXAMPLE, "change_request", "Instagram posts"),
    ("Can you do 3 extra inner pages for the wedding cakes?", EXAMPLE, "change_request", INNER),
    ("Bisa tambah 2 postingan Instagram lagi?", EXAMPLE, "change_request", "Instagram posts"),
    # something new
    ("Can we get a logo animation for Instagram?", EXAMPLE, "change_request", None),
    ("We'd like a newsletter sign-up on the homepage", EXAMPLE, "change_request", None),
    ("We need a mobile app too", EXAMPLE, "change_request", None),
    ("When will the gallery be ready?", EXAMPLE, "change_request", None),
    ("Can the pre-order form also send an SMS?", EXAMPLE, "change_request", None),
    # status questions and messages that ask for nothing
    ("How is the menu page coming along?", EXAMPLE, "in_scope", INNER),
    ("Any update on the logo concepts?", EXAMPLE, "in_scope", "Logo"),
    ("How's it going?", EXAMPLE, "in_scope", None),
    ("Also, when is our next call?", EXAMPLE, "in_scope", None),
    ("Could you send me the invoice?", EXAMPLE, "in_scope", None),
    ("Thanks, the homepage looks great!", EXAMPLE, "in_scope", "Homepage"),
    ("Photos are ready, I'll send them tomorrow", EXAMPLE, "in_scope", None),
    ("Когда будет готова главная страница?", EXAMPLE, "in_scope", "Homepage"),
    ("متى ستكون الصفحة الرئيسية جاهزة؟", EXAMPLE, "in_scope", "Homepage"),
    ("KAPAN homepage-nya siap???", EXAMPLE, "in_scope", "Homepage"),
]


@pytest.mark.parametrize(("text", "scope", "kind", "matched"), CASES, ids=[c[0] for c in CASES])
def test_triage_cases(text, scope, kind, matched):
    """Realistic requests land where a careful freelancer would put them."""
    t = triage(text, scope)
    assert (t.kind, t.matched) == (kind, matched), t.evidence
    assert t.reason and t.evidence
    assert (t.change_request is not None) == (kind == "change_request")


def test_the_blog_change_request():
    """'Blog section, same price' without a blog: a change request that names the price."""
    t = triage("can you also add a blog section, same price?", NO_BLOG)
    cr = t.change_request
    assert "blog section" in cr.description and "new item" in cr.description
    assert cr.reason.startswith("Requested by the client: “can you also add a blog section")
    assert "same price" in cr.reason
    assert "unpaid work" in cr.impact_price and "600 USD" in cr.impact_price
    assert "P50–P80" in cr.impact_schedule and "assumed like one page of" in cr.impact_schedule
    assert len(cr.options) == 3 and cr.decision == "pending"
    assert "not in the deliverables: blog" in t.evidence
    assert any(e.startswith("addition words: also, add") for e in t.evidence)
    assert any(e.startswith("price pressure: same price") for e in t.evidence)


def test_more_posts_impact_uses_forecast():
    """Two more posts: unit price × 2; P50–P80 hours from forecast() of the per-post estimate."""
    t = triage("add two more Instagram posts this week", EXAMPLE)
    cr = t.change_request
    assert cr.description == "Add 2 more to 'Instagram posts' (2 posts)"
    assert cr.impact_scope == "'Instagram posts' grows from 20 posts to 22 posts."
    assert cr.impact_price.startswith("+50 USD (2 × 25 USD per post")
    posts = EXAMPLE.deliverable("Instagram posts")
    per = ThreePoint(
        low=posts.low_hours / 20, likely=posts.likely_hours / 20, high=posts.high_hours / 20
    )
    f = forecast([per, per], trials=4000, rng=0)
    p50, p80 = f.quantile(0.5), f.quantile(0.8)
    assert (
        f"about {round(p50 * 2) / 2:g}–{round(p80 * 2) / 2:g} h of work (P50–P80"
        in cr.impact_schedule
    )
    assert "per post of 'Instagram posts': 0.5/1/1.5 h low/likely/high" in cr.impact_schedule
    assert "'Launch' milestone (due 2025-04-04) moves" in cr.impact_schedule
    assert "this week" in cr.impact_schedule
    assert "quantity: 2" in t.evidence


def test_schedule_impact_with_history():
    """With a History, the extra work is forecast from the team's past ratios."""
    t = triage("Can you do 3 extra inner pages?", EXAMPLE, history=History.example())
    assert "your history of" in t.change_request.impact_schedule
    assert t.change_request.impact_price.startswith("+600 USD (3 × 200 USD per page")


def test_large_quantity_is_one_task():
    """Hundreds of extra units are forecast as one scaled task, and the text says so."""
    t = triage("add 500 more Instagram posts", EXAMPLE)
    assert "500 units taken as one task" in t.change_request.impact_schedule
    assert t.change_request.impact_price.startswith("+12,500 USD")


def test_no_hours_no_forecast():
    """Without low/likely/high hours the schedule impact asks for an estimate."""
    s = Scope(project="P", client="C", deliverables=[Deliverable(name="Logo", price=400)])
    cr = triage("Could you also add another logo?", s).change_request
    assert cr.impact_schedule.startswith("Extra work, to be estimated")
    assert cr.impact_price.startswith("+400 USD")


def test_new_item_without_a_similar_deliverable():
    """A new thing like nothing in the scope: price to be quoted."""
    cr = triage("We need a mobile app too", EXAMPLE).change_request
    assert cr.impact_price.startswith("to be quoted")
    assert "mobile app" in cr.description


def test_revisions_used_up():
    """Once the included rounds are used, another revision is a change request."""
    t = triage("Please make the logo bigger", EXAMPLE, revisions_used={"logo": 2})
    assert (t.kind, t.matched) == ("change_request", "Logo")
    assert t.change_request.description == "An extra revision round for 'Logo'"
    assert "revision rounds used: 2 of 2" in t.evidence
    assert triage("Please make the logo bigger", EXAMPLE, revisions_used={"Logo": 1}).kind == (
        "in_scope"
    )


def test_zero_revisions():
    """A deliverable with no revision rounds turns any revision into a change."""
    s = Scope(project="P", client="C", deliverables=[Deliverable(name="Logo", revisions=0)])
    assert triage("make the logo darker please", s).kind == "change_request"


def test_status_reason_names_the_milestone():
    """A status answer points at the deliverable's milestone and date."""
    t = triage("When will the homepage draft be ready?", EXAMPLE)
    assert "milestone 'Design', due 2025-02-14" in t.reason
    assert t.summary().startswith("In scope: A status question about 'Homepage'")


def test_out_of_scope_reason_mentions_the_limit():
    """An out-of-scope item with a limit ("beyond 300 words") asks to check the limit."""
    t = triage("Could you write the texts for all five inner pages?", EXAMPLE)
    assert "Check whether this request goes beyond that limit" in t.reason
    assert t.evidence[0].startswith("out of scope: 'Copywriting")


def test_change_request_markdown():
    """A change request prints as a Markdown block with every part of the record."""
    md = triage("add two more Instagram posts", EXAMPLE).change_request.to_markdown()
    for part in ("Reason:", "Impact on scope:", "Impact on schedule:", "Impact on price:",
                 "Options:", "Decision: pending"):  # fmt: skip
        assert part in md


@pytest.mark.parametrize("text", ["", "   ", "?!…", "\n\t"])
def test_empty_request(text):
    """A request with no words is refused with a clear message."""
    with pytest.raises(InputError, match="^text: got .*; the request is empty"):
        triage(text, EXAMPLE)


def test_bad_arguments():
    """Wrong types and unknown deliverable names are named."""
    with pytest.raises(InputError, match="^text: got 'int'"):
        triage(5, EXAMPLE)
    with pytest.raises(InputError, match="^scope: got 'dict'"):
        triage("hello", {"project": "P"})
    with pytest.raises(InputError, match=r"^revisions_used\.name: got 'Blog'; no such deliverable"):
        triage("make the logo bigger", EXAMPLE, revisions_used={"Blog": 1})
    with pytest.raises(InputError, match=r"^revisions_used\['Logo'\]: got -1"):
        triage("make the logo bigger", EXAMPLE, revisions_used={"Logo": -1})


def test_huge_text_is_quick():
    """100 kB of text is triaged in well under a few seconds."""
    text = ("Can you also add a blog section and make the logo bigger? " * 1800)[:100_000]
    start = time.perf_counter()
    t = triage(text, NO_BLOG)
    assert time.perf_counter() - start < 3.0
    assert t.kind in TRIAGE_KINDS
    assert len(t.change_request.reason) < 300  # the record quotes an excerpt, not the text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_property_triage_never_raises_on_text(text):
    """Any text gives a verdict, or (no words at all) a clear InputError about the text."""
    if not any(ch.isalnum() for ch in text):
        with pytest.raises(InputError, match="^text: got .*; the request is empty"):
            triage(text, EXAMPLE)
        return
    t = triage(text, EXAMPLE)
    assert t.kind in TRIAGE_KINDS
    assert t.matched is None or t.matched in (
        [d.name for d in EXAMPLE.deliverables] + list(EXAMPLE.out_of_scope)
    )


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["add", "also", "more", "the", "logo", "blog", "page", "when", "ready?", "2",
             "bigger", "print", "флаер", "متى", "tambah", "please", "same", "price", "new"]
        ),
        min_size=1,
        max_size=30,
    ).map(" ".join)
)  # fmt: skip
def test_property_triage_on_request_like_text(text):
    """Word salads of request words never crash and always explain themselves."""
    t = triage(text, EXAMPLE)
    assert t.kind in TRIAGE_KINDS and t.reason
    if t.kind == "change_request":
        cr = t.change_request
        assert cr.description and cr.impact_price and cr.impact_schedule and cr.options


def test_more_of_a_limited_deliverable():
    """ "Five more concepts" against a 3-concept logo is more of that line, not a new item."""
    s = Scope(
        project="P",
        client="C",
        deliverables=[Deliverable(name="Logo concepts", quantity=3, unit="concept", price=300)],
        out_of_scope=["More than three initial concepts"],
    )
    t = triage("Could we see five more concepts before we choose?", s)
    assert (t.kind, t.matched) == ("change_request", "Logo concepts")
    assert t.change_request.description == "Add 5 more to 'Logo concepts' (5 concepts)"
    assert triage("Can you make the second concept bolder?", s).kind == "in_scope"


def test_a_rate_in_the_request_is_flagged():
    """ "20 posts every week" against posts a month: the record asks to check the rate."""
    s = Scope(
        project="P",
        client="C",
        deliverables=[Deliverable(name="Instagram posts", quantity=12, unit="posts a month")],
    )
    cr = triage("We need 20+ Instagram posts every week from now on", s).change_request
    assert (
        "“every week”: check that rate against the agreed unit (posts a month)" in cr.impact_scope
    )
