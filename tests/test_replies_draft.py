"""draft_reply() and the notices: five moves in four languages, quoting the plan's numbers."""

from __future__ import annotations

import csv
import dataclasses
import email
import email.policy
import re
import sys
import types
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from expectlib.calendar import WorkCalendar
from expectlib.errors import InputError
from expectlib.estimate import ThreePoint, forecast
from expectlib.replies.check import check_reply
from expectlib.replies.draft import (
    CLASSIFY_CHARS,
    MAX_TEXT_CHARS,
    TONES,
    Draft,
    ReplyContext,
    draft_acknowledgement,
    draft_delay_notice,
    draft_delivery_follow_up,
    draft_reply,
    draft_status_update,
    reasonable_variant,
    reply_labels,
)
from expectlib.replies.render import LANGUAGES
from expectlib.scope import Scope

ROOT = Path(__file__).resolve().parent.parent
MONDAY = date(2026, 11, 23)
LEFTOVER = re.compile(r"\{[a-z_]+\}")
EMPTY = ReplyContext(today=MONDAY)
FULL = ReplyContext(
    client="Ana",
    sender="Rina",
    project="Bakery site",
    deliverable="Homepage",
    asked_date="2026-11-25",
    p50_date="2026-11-30",
    p80_date="2026-12-03",
    price=600,
    rush_price=900,
    revisions_included=2,
    revisions_used=3,
    out_of_scope=["Printing", "Photography"],
    follow_up_date="2026-11-24",
    today=MONDAY,
    hours_per_day=6,
    effort_hours=30,
    date_source="forecast",
)
NOTICES = {
    "delay": lambda ctx, language, tone: draft_delay_notice(ctx, language=language, tone=tone),
    "status": lambda ctx, language, tone: draft_status_update(
        ctx,
        done=["Logo"],
        next_steps=["Homepage"],
        metrics={"Orders": 12},
        language=language,
        tone=tone,
    ),
    "acknowledgement": lambda ctx, language, tone: draft_acknowledgement(
        context=ctx, language=language, tone=tone
    ),
    "delivery_follow_up": lambda ctx, language, tone: draft_delivery_follow_up(
        ctx, language=language, tone=tone
    ),
}


def _assert_good(d: Draft, language: str, tone: str) -> None:
    assert d.language == language and d.tone == tone
    assert check_reply(d.body, language=language) == [], d.body
    assert not LEFTOVER.search(d.body) and not LEFTOVER.search(d.subject), d.body
    assert d.subject and "\n" not in d.subject
    assert 2 <= len(d.options) <= 3
    for option in d.options:
        assert option in d.body
    assert d.follow_up and d.follow_up in d.body
    assert d.direction == ("rtl" if language == "ar" else "ltr")
    assert "  " not in d.body and " ," not in d.body


# ------------------------------------------------------------------------------- every draft
@pytest.mark.parametrize("ctx", [None, EMPTY, FULL], ids=["none", "empty", "full"])
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reply_passes_the_check(language, tone, ctx):
    """Each label × language × tone, with and without context, makes all five moves."""
    for label in reply_labels():
        d = draft_reply("message", label=label, language=language, tone=tone, context=ctx)
        assert d.label == label
        _assert_good(d, language, tone)


@pytest.mark.parametrize("ctx", [None, EMPTY, FULL], ids=["none", "empty", "full"])
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_notice_passes_the_check(language, tone, ctx):
    """The delay, status, acknowledgement and delivery notices make the five moves too."""
    for kind, make in NOTICES.items():
        d = make(ctx, language, tone)
        assert d.label == kind
        _assert_good(d, language, tone)


def test_reply_labels_are_the_taxonomy_labels():
    """A template exists for every label the classifier can return."""
    from expectlib.replies.taxonomy import LABELS

    assert set(reply_labels()) == set(LABELS)


def test_project_example_messages_all_get_a_passing_draft():
    """Every example message of the kit gets a draft that passes check_reply() (classified)."""
    path = ROOT / "data" / "example_messages.csv"
    if not path.is_file():
        pytest.skip("data/example_messages.csv not generated")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows
    for row in rows:
        d = draft_reply(row["text"], context=EMPTY)
        assert check_reply(d.body, language=d.language) == [], (row["id"], d.body)
        assert not LEFTOVER.search(d.body)


def test_cold_and_blind_messages_all_get_a_passing_draft_in_their_language():
    """Messages written blind (cold and blind sets) get a passing draft in their own language."""
    from expectlib.replies.lexicon.cold import COLD

    with (ROOT / "data" / "blind_messages.csv").open(encoding="utf-8") as f:
        blind = [(r["language"], r["label"], r["text"]) for r in csv.DictReader(f)]
    assert blind
    wrong_language = []
    for language, label, text in [*COLD, *blind]:
        d = draft_reply(text, context=EMPTY)
        assert check_reply(d.body, language=d.language) == [], (label, text, d.body)
        assert not LEFTOVER.search(d.body), d.body
        if d.language != language:
            wrong_language.append((language, d.language, text))
    assert not wrong_language, wrong_language


# ------------------------------------------------------------------------------- no context
def test_without_context_the_dates_are_concrete_and_labelled_as_assumed():
    """Follow-up the next working day, P50/P80 in 7/10 working days, said to be an assumption."""
    d = draft_reply(
        "Can you do it by tomorrow?", label="unrealistic_deadline", language="en", context=EMPTY
    )
    assert d.context.follow_up_date == date(2026, 11, 24)
    assert d.context.p50_date == date(2026, 12, 2)
    assert d.context.p80_date == date(2026, 12, 7)
    assert d.assumed == ("follow_up_date", "p50_date", "p80_date")
    assert "by Mon 7 Dec (80% likely; Wed 2 Dec if all goes well)" in d.body
    assert "these dates assume about 10 working days; I'll confirm them by Tue 24 Nov" in d.body
    assert d.body.startswith("Hi there,")


def test_follow_up_skips_the_weekend_and_notices_have_their_own_cadence():
    """A Friday draft follows up on Monday; status updates a week later, deliveries in 3 days."""
    friday = ReplyContext(today="2026-11-27")
    assert draft_reply(
        "x", label="reasonable", language="en", context=friday
    ).context.follow_up_date == date(2026, 11, 30)
    assert draft_status_update(friday).context.follow_up_date == date(2026, 12, 4)
    assert draft_delivery_follow_up(friday).context.follow_up_date == date(2026, 12, 2)
    assert draft_delay_notice(friday).context.follow_up_date == date(2026, 12, 1)


def test_one_date_given_gives_the_other():
    """With only P80 the P50 is earlier (P80 ≈ 1.5 × P50 in working days), and vice versa."""
    only80 = draft_reply(
        "x",
        label="reasonable",
        language="en",
        context=ReplyContext(today=MONDAY, p80_date="2026-12-07"),
    )
    assert only80.context.p50_date == date(2026, 12, 2) and only80.assumed[-1] == "p50_date"
    assert "assume" not in only80.body  # the promise date was given
    only50 = draft_reply(
        "x",
        label="reasonable",
        language="en",
        context=ReplyContext(today=MONDAY, p50_date="2026-11-27"),
    )
    assert only50.context.p80_date == date(2026, 12, 1)
    assert "these dates assume about 6 working days" in only50.body
    same = draft_reply(
        "x",
        label="reasonable",
        language="en",
        context=ReplyContext(today=MONDAY, p80_date="2026-11-23"),
    )
    assert same.context.p50_date == same.context.p80_date == MONDAY


def test_a_full_context_is_quoted():
    """Names, dates, prices, exclusions, capacity arithmetic and revision rounds appear."""
    d = draft_reply("x", label="unrealistic_deadline", language="en", context=FULL)
    assert d.body.startswith("Hi Ana,") and d.body.endswith("Best wishes,\nRina")
    assert (
        "Yes, by Wed 25 Nov, for the part that fits: about 12 hours of work out of the 30" in d.body
    )
    assert "rush price ($900)" in d.body
    assert "about 30 hours of focused time; at 6 hours a day" in d.body
    assert "that is about 5 working days" in d.body
    assert "These dates come from my forecast" in d.body
    assert d.assumed == ()
    scope = draft_reply("x", label="scope_creep", language="en", context=FULL)
    assert "(not included: Printing and Photography)" in scope.body
    rounds = draft_reply("x", label="endless_revisions", language="ru", context=FULL)
    assert "Раундов правок по договору: 2; использовано: 3; осталось: 0." in rounds.body
    price = draft_reply("x", label="price_pressure", language="id", context=FULL)
    assert "Harga yang disepakati (USD 600)" in price.body


def test_probability_other_than_80_percent_is_stated():
    """The promise's probability comes from the context (0.9 → "90%")."""
    ctx = dataclasses.replace(FULL, probability=0.9)
    assert "(90% likely;" in draft_reply("x", label="reasonable", language="en", context=ctx).body
    assert (
        "с вероятностью 90\u00a0%"
        in draft_reply("x", label="reasonable", language="ru", context=ctx).body
    )


def test_tones_differ_in_greeting_acknowledgement_and_closing():
    """Warm, formal and firm drafts open, acknowledge and close differently in each language."""
    for language in LANGUAGES:
        drafts = [
            draft_reply("x", label="scope_creep", language=language, tone=t, context=FULL)
            for t in TONES
        ]
        for i in (0, 1, -1):  # greeting, acknowledgement, closing
            blocks = {d.body.split("\n\n")[i] for d in drafts}
            assert len(blocks) == 3, (language, i, blocks)


def test_indonesian_registers_follow_the_tone():
    """Kak/Kakak when warm, Bapak/Ibu when formal, Anda when firm."""
    text = {
        t: draft_reply("x", label="scope_creep", language="id", tone=t, context=EMPTY).body
        for t in TONES
    }
    assert text["warm"].startswith("Halo Kak,") and "setelah Kakak setujui" in text["warm"]
    assert text["formal"].startswith("Yth. Bapak/Ibu,") and "Bapak/Ibu setujui" in text["formal"]
    assert "setelah Anda setujui" in text["firm"] and "Kak" not in text["firm"]


# ------------------------------------------------------------------------------- from_plan
def _plan():
    scope = Scope.example()
    tasks = [
        ThreePoint(low=d.low_hours, likely=d.likely_hours, high=d.high_hours)
        for d in scope.deliverables
    ]
    f = forecast(tasks, rng=7, trials=4000)
    calendar = WorkCalendar("2026-11-23", hours_per_day=6)
    return scope, f, calendar


def test_from_plan_quotes_the_scope_and_the_forecast():
    """Client, project, total price, out-of-scope heads and P50/P80 dates from the calendar."""
    scope, f, calendar = _plan()
    ctx = ReplyContext.from_plan(scope=scope, forecast=f, calendar=calendar, today=MONDAY)
    assert ctx.client == scope.client and ctx.sender == scope.provider
    assert ctx.price == scope.total_price == 2900
    assert ctx.p50_date == calendar.finish_date(f.quantile(0.5))
    assert ctx.p80_date == calendar.finish_date(f.quantile(0.8))
    assert ctx.out_of_scope[0] == "Printing"
    assert ctx.hours_per_day == 6 and ctx.date_source == "three-point"  # f.method
    assert ctx.revisions_included == 2  # the most generous line (2/2/1/1/1)
    d = draft_reply("Can you do it cheaper?", label="price_pressure", language="en", context=ctx)
    p80 = f"{ctx.p80_date:%a} {ctx.p80_date.day} {ctx.p80_date:%b}"
    assert f"agreed price ($2,900), delivered by {p80}" in d.body
    assert f"by {p80} (80% likely;" in d.body
    assert "from a three-point estimate of the work" in d.body
    assert "similar work" not in d.body  # no history behind this forecast
    assert check_reply(d.body) == []
    creep = draft_reply("Add a blog?", label="scope_creep", language="en", context=ctx)
    assert "not included: Printing, Copywriting beyond 300 words per page, Photography" in (
        creep.body
    )


def test_from_plan_with_a_named_deliverable_uses_its_line():
    """deliverable= picks that line's price and revision rounds (spelled as in the scope)."""
    scope, f, calendar = _plan()
    ctx = ReplyContext.from_plan(
        scope=scope, forecast=f, calendar=calendar, deliverable="logo", revisions_used=2
    )
    assert (ctx.deliverable, ctx.price, ctx.revisions_included) == ("Logo", 450, 2)
    d = draft_reply("one more round", label="endless_revisions", language="en", context=ctx)
    assert "Revision rounds in our agreement: 2; used so far: 2; left: 0." in d.body


def test_from_plan_start_and_probability_move_the_dates():
    """start= moves the calendar; probability=0.9 takes the 90% effort; hours also work."""
    _, f, calendar = _plan()
    later = ReplyContext.from_plan(forecast=f, calendar=calendar, start="2026-12-07")
    base = ReplyContext.from_plan(forecast=f, calendar=calendar)
    assert later.p80_date > base.p80_date
    p90 = ReplyContext.from_plan(forecast=f, calendar=calendar, probability=0.9)
    assert p90.p80_date >= base.p80_date and p90.probability == 0.9
    hours = ReplyContext.from_plan(forecast=12, calendar=calendar)
    assert hours.p50_date == hours.p80_date == date(2026, 11, 24)
    default_calendar = ReplyContext.from_plan(forecast=12, start="2026-11-23")
    assert default_calendar.p80_date == date(2026, 11, 24)


def test_from_plan_refuses_bad_inputs():
    """Unknown fields, a non-Scope scope and a non-calendar are named."""
    with pytest.raises(InputError, match="not a ReplyContext field"):
        ReplyContext.from_plan(clients="Ana")
    with pytest.raises(InputError, match="pass an expectlib.scope.Scope"):
        ReplyContext.from_plan(scope={"client": "Ana"})
    with pytest.raises(InputError, match="pass a WorkCalendar"):
        ReplyContext.from_plan(forecast=10, calendar="6 h a day")


# ------------------------------------------------------------------------------- the context
@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"p50_date": "2026-12-05", "p80_date": "2026-12-01"}, "must not be after p80_date"),
        ({"p80_date": "5 Dec"}, "use a date such as"),
        ({"probability": 1.5}, "probability"),
        ({"price": -3}, "price"),
        ({"revisions_used": 1.5}, "whole number"),
        ({"hours_per_day": 30}, "at most 24"),
        ({"date_source": "guess"}, "date_source"),
        ({"client": "x" * 301}, "at most 300"),
        ({"out_of_scope": 5}, "list"),
    ],
)
def test_context_validation(kwargs, match):
    """A bad context value names its field and the fix."""
    with pytest.raises(InputError, match=match):
        ReplyContext(**kwargs)


def test_context_cleans_its_values():
    """Strings become dates, "2,5" a number, names one line, a single exclusion a tuple."""
    ctx = ReplyContext(
        client=" Ana\nLee ",
        p80_date="2026-12-03",
        price="2,5",
        out_of_scope="Printing",
        currency="eur",
        probability="90%",
    )
    assert ctx.client == "Ana Lee" and ctx.p80_date == date(2026, 12, 3)
    assert ctx.price == 2.5 and ctx.out_of_scope == ("Printing",)
    assert ctx.currency == "EUR" and ctx.probability == 0.9
    with pytest.raises(dataclasses.FrozenInstanceError):
        ctx.client = "Bo"


# ------------------------------------------------------------------------------- files
@pytest.mark.parametrize("language", LANGUAGES)
def test_eml_parses_back_with_subject_and_body(language):
    """to_eml() is a valid message: headers, utf-8 text/plain, the subject and body round-trip."""
    d = draft_reply("x", label="scope_creep", language=language, context=FULL)
    raw = d.to_eml(to="Ana <ana@example.com>", sender="Rina <rina@example.com>")
    msg = email.message_from_string(raw)
    assert msg["MIME-Version"] == "1.0"
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    assert msg["Content-Language"] == language and msg["X-Unsent"] == "1"
    if not d.subject.isascii():
        assert "=?utf-8?" in msg["Subject"]  # RFC 2047 for a non-ASCII subject
    parsed = email.message_from_string(raw, policy=email.policy.default)
    assert parsed["Subject"] == d.subject
    assert parsed["To"] == "Ana <ana@example.com>" and parsed["From"] == "Rina <rina@example.com>"
    assert parsed.get_content().rstrip("\n") == d.body


def test_eml_refuses_header_injection():
    """A line break in To or From is refused, not turned into extra headers."""
    d = draft_reply("x", label="reasonable", language="en")
    with pytest.raises(InputError, match="single line"):
        d.to_eml(to="a@example.com\nBcc: everyone@example.com")
    with pytest.raises(InputError, match="use text"):
        d.to_eml(sender=None)
    assert "To:" not in d.to_eml()


def test_txt_has_the_subject_line_then_the_body():
    """to_txt(): a localised "Subject:" line, a blank line, the body and a final newline."""
    d = draft_reply("x", label="reasonable", language="id", context=FULL)
    assert d.to_txt() == f"Subjek: {d.subject}\n\n{d.body}\n"


# ------------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("", "the message is empty"),
        ("   \n\t", "the message is empty"),
        (None, "the message is empty"),
        (b"Can you do it by Friday?", "not bytes"),
        (42, "pass the client's message as text"),
        ("\x00\x01\x02\x03 PK binary", "looks like binary data"),
        ("\ufffd" * 30 + "abc", "looks like binary data"),
        ("<br/><div></div><!-- x -->", "no words are left after removing the markup"),
        ("x" * (MAX_TEXT_CHARS + 1), "paste only the client's message"),
    ],
)
def test_bad_messages_give_a_clear_error(text, match):
    """Empty, bytes, binary-looking, markup-only or oversized text → InputError, never a crash."""
    with pytest.raises(InputError, match=match):
        draft_reply(text, label="reasonable", language="en")


def test_bad_options_are_named():
    """A bad tone, language or label is named with the choices."""
    with pytest.raises(InputError, match="tone"):
        draft_reply("hi", tone="rude", label="reasonable", language="en")
    with pytest.raises(InputError, match="language"):
        draft_reply("hi", label="reasonable", language="fr")
    with pytest.raises(InputError, match="label: got 'rude'"):
        draft_reply("hi", label="rude", language="en")
    with pytest.raises(InputError, match="context"):
        draft_reply("hi", label="reasonable", language="en", context={"client": "Ana"})
    with pytest.raises(InputError, match="language"):
        draft_delay_notice(language=None)


@pytest.fixture
def fake_classifier(monkeypatch):
    """Stand-ins for classify() and detect_language() that record what they were given."""
    seen: dict[str, str] = {}

    def classify(text, *, language=None):
        seen["classify"] = text
        return types.SimpleNamespace(label="scope_creep", language=language)

    def detect_language(text):
        seen["detect"] = text
        return "ru"

    monkeypatch.setitem(
        sys.modules, "expectlib.replies.classify", types.SimpleNamespace(classify=classify)
    )
    monkeypatch.setitem(
        sys.modules,
        "expectlib.replies.language",
        types.SimpleNamespace(detect_language=detect_language),
    )
    return seen


def test_markup_is_stripped_before_classifying_and_never_copied(fake_classifier):
    """Tags, scripts and styles are removed before classifying; the draft holds no markup."""
    text = (
        "<style>p{color:red}</style><script>alert('x')</script>"
        "<p>Can you <b>also</b> add a blog &amp; a shop?</p><img src=x onerror=alert(1)>"
    )
    d = draft_reply(text)
    assert fake_classifier["classify"] == "Can you also add a blog & a shop?"
    assert d.label == "scope_creep" and d.language == "ru"
    for needle in ("<", "script", "alert", "onerror", "blog"):
        assert needle not in d.body and needle not in d.subject


def test_a_huge_message_gives_a_safe_draft(fake_classifier):
    """100 kB of text is drafted; only the first CLASSIFY_CHARS characters are classified."""
    text = "Please add one more page to the site, same price. " * 2_000  # 100 kB
    assert len(text) >= 100_000
    d = draft_reply(text, language="en")
    assert len(fake_classifier["classify"]) == CLASSIFY_CHARS
    assert check_reply(d.body) == [] and "same price" not in d.body


def test_the_real_classifier_drafts_in_the_message_language():
    """Without label/language, the classifier and detector choose; the draft is in that language."""
    d = draft_reply("Сделайте, пожалуйста, сайт к завтрашнему утру!", context=EMPTY)
    assert d.language == "ru" and check_reply(d.body, language="ru") == []
    a = draft_reply("هل يمكنكم ضمان الصفحة الأولى في جوجل خلال أسبوع؟", context=EMPTY)
    assert a.language == "ar" and a.direction == "rtl"


def test_acknowledgement_detects_language_from_the_text(fake_classifier):
    """draft_acknowledgement() uses the text only to pick the language; none → English."""
    assert draft_acknowledgement("Здравствуйте").language == "ru"
    assert draft_acknowledgement().language == "en"
    d = draft_acknowledgement(context=EMPTY, language="en")
    assert d.subject == "Re: your message: full reply by Tue 24 Nov"
    assert "If it's urgent" in d.options[0]


# ------------------------------------------------------------------------------- notices
def test_delay_notice_offers_a_smaller_delivery_a_discount_or_a_free_extra():
    """The delay notice states the reason and the hardware maker's style of options."""
    ctx = dataclasses.replace(FULL, asked_date=date(2026, 11, 27), p80_date=date(2026, 12, 4))
    d = draft_delay_notice(ctx, reason="The payment provider's test account came late.")
    assert "The reason: The payment provider's test account came late." in d.body
    assert "the Homepage will not be ready by Fri 27 Nov" in d.body
    assert "the core of the Homepage on Fri 27 Nov" in d.options[0]
    assert "discount" in d.options[1] and "at no charge" in d.options[2]
    assert "New date for the full delivery: Fri 4 Dec (80% likely;" in d.body
    default = draft_delay_notice(language="en", context=EMPTY)
    assert "a part of the work took longer than I planned" in default.body
    with pytest.raises(InputError, match="reason"):
        draft_delay_notice(reason=5)


def test_status_update_lists_done_next_and_the_agreed_metrics():
    """Done, next and metrics appear as bullets; numbers use the language's separators."""
    d = draft_status_update(
        FULL,
        done=["Logo approved", " "],
        next_steps="Homepage",
        metrics={"Pre-orders per week": 1234.5, "Load time": "2.1 s"},
        language="id",
    )
    assert "- Logo approved\n\nBerikutnya:\n- Homepage" in d.body
    assert "- Pre-orders per week: 1.234,5\n- Load time: 2.1 s" in d.body
    empty = draft_status_update(EMPTY, language="en")
    assert "- nothing new since the last update" in empty.body
    lines = draft_status_update(EMPTY, metrics=["Visits: 300"], language="en")
    assert "- Visits: 300" in lines.body
    with pytest.raises(InputError, match="done"):
        draft_status_update(done=5)


def test_delivery_follow_up_asks_for_acceptance_and_names_the_next_step():
    """After delivery: accept (then the final invoice), one list of changes, or a next phase."""
    d = draft_delivery_follow_up(FULL, language="en")
    assert 'reply "accepted"; I\'ll then send the final invoice' in d.options[0]
    assert "one consolidated list" in d.options[1]
    assert "Revision rounds in our agreement: 2; used so far: 3; left: 0." in d.body
    assert d.subject == "Next steps after delivering the Homepage"


def test_drafts_are_frozen_and_deterministic():
    """The same inputs give the same draft; a Draft cannot be changed in place."""
    a = draft_reply("x", label="free_work", language="ar", context=FULL)
    b = draft_reply("x", label="free_work", language="ar", context=FULL)
    assert a == b
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.body = "changed"


REASONABLE = [
    ("How much would it cost to add a page?", "en", "quote"),
    ("Third revision round, happy to pay for it.", "en", "quote"),
    ("Payment sent", "en", "admin"),
    ("Can we move the call?", "en", "admin"),
    ("When will the homepage be ready?", "en", "status"),
    ("Berapa biaya untuk tambah satu halaman?", "id", "quote"),
    ("Sudah saya transfer ya", "id", "admin"),
    ("Сколько будет стоить ещё одна страница?", "ru", "quote"),
    ("Когда будет готова главная?", "ru", "status"),
    ("متى ستكون الصفحة جاهزة؟", "ar", "status"),
    ("تم تحويل الدفعة", "ar", "admin"),
]


@pytest.mark.parametrize(("text", "language", "variant"), REASONABLE)
def test_reasonable_replies_make_no_scope_claim_and_follow_the_message(text, language, variant):
    """A reasonable message never gets "this fits what we agreed"; the reply follows its cue."""
    assert reasonable_variant(text, language) == variant
    for context in (None, FULL):
        d = draft_reply(text, label="reasonable", language=language, context=context)
        assert check_reply(d.body, language=language) == []
        for claim in (
            "fits within what we agreed",
            "already scheduled",
            "sesuai dengan yang kita sepakati",
            "укладывается в то, о чём мы договорились по",
            "يندرج هذا ضمن ما اتفقنا عليه",
        ):
            assert claim not in d.body
    en = draft_reply("How much would it cost to add a page?", label="reasonable", language="en")
    assert "happy to quote" in en.body.lower() and "nothing changes" in en.body
    assert [o.split(",")[0] for o in en.options] == [
        "Add it as a change",
        "Swap it for something already in scope",
        "Keep it for a next phase",
    ]


def test_rush_option_never_aims_for_the_even_odds_date():
    """Without rush_date the rush is offered at a price and date to confirm; with one, that date."""
    d = draft_reply("by tomorrow?", label="unrealistic_deadline", language="en", context=FULL)
    rush = d.options[2]
    assert "Mon 30 Nov" not in rush and "confirmed in writing by Tue 24 Nov" in rush
    assert "$900" in rush
    ctx = dataclasses.replace(FULL, rush_date="2026-11-27")
    assert (
        "aim for Fri 27 Nov"
        in draft_reply(
            "by tomorrow?", label="unrealistic_deadline", language="en", context=ctx
        ).options[2]
    )
    late = dataclasses.replace(FULL, rush_date="2026-11-30")  # not before P50: ignored
    assert (
        "Mon 30 Nov"
        not in draft_reply("x", label="unrealistic_deadline", language="en", context=late).options[
            2
        ]
    )
    for language in LANGUAGES:
        d = draft_reply("x", label="unrealistic_deadline", language=language, context=FULL)
        assert check_reply(d.body, language=language) == []


def test_one_date_when_p50_equals_p80():
    """P50 == P80 says one date with its probability, not "X (80% likely; X if all goes well)"."""
    ctx = dataclasses.replace(FULL, p50_date="2026-12-01", p80_date="2026-12-01")
    d = draft_reply("x", label="scope_creep", language="en", context=ctx)
    assert "by Tue 1 Dec (80% likely)." in d.body and "if all goes well" not in d.body
    for language in LANGUAGES:
        d = draft_reply("x", label="vague_brief", language=language, context=ctx)
        assert check_reply(d.body, language=language) == []


def test_no_agreement_is_claimed_without_scope_terms():
    """Without scope terms the drafts speak conditionally; with them, they quote the numbers."""
    claims = (
        "Our agreement covers",
        "a set number of revision rounds",
        "the rate in our agreement",
    )
    for label in ("scope_creep", "endless_revisions", "late_payment"):
        body = draft_reply("x", label=label, language="en").body
        assert not [c for c in claims if c in body], (label, body)
        assert "Our agreement ties each payment" not in body
    assert (
        "If our agreement does not cover this yet"
        in draft_reply("x", label="scope_creep", language="en").body
    )
    assert (
        "Beyond the revision rounds we agree"
        in draft_reply("x", label="endless_revisions", language="en").body
    )
    full = draft_reply("x", label="scope_creep", language="en", context=FULL).body
    assert "Our agreement covers the Homepage" in full and "not included: Printing" in full
    rounds = draft_reply("x", label="endless_revisions", language="en", context=FULL).body
    assert "Revision rounds in our agreement: 2; used so far: 3" in rounds


@pytest.mark.parametrize(
    ("text", "language", "quoted"),
    [
        ("Can you have it all done by Thursday?", "en", "Thu 26 Nov"),
        ("Could it be ready in 3 days?", "en", "Thu 26 Nov"),
        ("Bisa selesai besok?", "id", "Selasa, 24 November"),
        ("Сможете сдать завтра?", "ru", "24 ноября (вторник)"),
        ("ممكن تخلصه بكرة؟", "ar", "الثلاثاء، 24 نوفمبر"),
    ],
)
def test_the_asked_date_is_read_from_the_message(text, language, quoted):
    """ "by Thursday", "besok", "завтра", "بكرة" become a real date quoted in the draft."""
    d = draft_reply(text, label="unrealistic_deadline", language=language, context=EMPTY)
    assert quoted in d.body
    assert "the date you have in mind" not in d.body
    assert check_reply(d.body, language=language) == []
    given = dataclasses.replace(EMPTY, asked_date="2026-12-01")  # the context wins
    d = draft_reply(text, label="unrealistic_deadline", language=language, context=given)
    assert quoted not in d.body.split("\n\n")[1]


@pytest.mark.parametrize("language", ["ru", "id"])
def test_drafts_write_dates_in_full(language):
    """No "до ср, 2 дек." or "Sel, 24 Nov" in a draft: weekday and month are spelled out."""
    ctx = dataclasses.replace(FULL, p50_date="2026-12-02", p80_date="2026-12-02")
    body = draft_reply("x", label="unrealistic_deadline", language=language, context=ctx).body
    if language == "ru":
        assert "до 2 декабря (среда)" in body and "дек." not in body
        assert "(вероятность" not in body  # no brackets inside brackets
    else:
        assert "Rabu, 2 Desember" in body and "Des " not in body
    assert check_reply(body, language=language) == []


def test_english_names_get_an_article_unless_they_have_one():
    """ "make the Sweet Crumbs website", never "make Sweet Crumbs website" or "the our logo"."""
    ctx = dataclasses.replace(
        FULL, project="Sweet Crumbs website", deliverable="Sweet Crumbs website"
    )
    body = draft_reply("x", label="scope_creep", language="en", context=ctx).body
    assert "make the Sweet Crumbs website even" in body
    assert "Realistically, the Sweet Crumbs website will be ready" in body
    ctx = dataclasses.replace(FULL, project="our new logo", deliverable="Ana's menu")
    body = draft_reply("x", label="scope_creep", language="en", context=ctx).body
    assert "make our new logo even" in body and "the Ana's" not in body and "the our" not in body
    ru = draft_reply("x", label="scope_creep", language="ru", context=ctx).body
    assert "the " not in ru


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("Your way:", "revision round", "The recommended way:", "costs")),
        ("id", ("Cara {you}", "putaran revisi", "Cara yang saya sarankan", "risiko")),
        ("ru", ("Ваш вариант:", "раунд", "Рекомендованный вариант:", "риск")),
        ("ar", ("طريقتكم:", "جولة تعديل", "النهج الموصى به:", "تكلفتها")),
    ],
)
def test_ignores_advice_spells_out_the_trade_offs(language, words):
    """The reply names what the client's way costs and risks and what the advice gives."""
    body = draft_reply("x", label="ignores_advice", language=language, context=EMPTY).body
    explain = body.split("\n\n")[2]
    for word in words:
        assert word.replace("{you}", "Kakak") in explain
    assert "so here they are" not in body and "projects like the project" not in body
    assert check_reply(body, language=language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_type_ends_with_its_own_follow_up(language):
    """No shared robotic ending: every request type has its own next step, with a date."""
    from expectlib.replies.taxonomy import REQUEST_TYPES

    endings = {}
    for label in REQUEST_TYPES:
        d = draft_reply("x", label=label, language=language, context=FULL)
        assert d.follow_up in d.body and "{" not in d.body
        assert check_reply(d.body, language=language) == []
        endings[label] = d.follow_up
    assert len(set(endings.values())) == len(REQUEST_TYPES)
    if language == "en":
        assert "the smaller scope" in endings["price_pressure"]
        assert "check the payment" in endings["late_payment"]
        assert endings["vague_brief"].startswith("I'll send the questions today")


# ------------------------------------------------------------------ the deadline's first option
def test_deadline_first_option_is_sized_by_the_hours_that_fit():
    """Monday to Wednesday at 6 h a day: 12 h of the 30; a date today leaves no first option."""
    d = draft_reply("Need it by Wednesday", label="unrealistic_deadline", context=FULL)
    assert d.options[0].startswith("Yes, by Wed 25 Nov, for the part that fits: about 12 hours")
    today = replace(FULL, asked_date=MONDAY)
    soon = draft_reply("Need it today", label="unrealistic_deadline", context=today)
    assert len(soon.options) == 2 and "part that fits" not in soon.body
    assert soon.options[0].startswith("Yes to the full scope, if the date moves to")
    assert check_reply(soon.body) == []


def test_deadline_without_a_date_or_capacity_promises_no_part_blindly():
    """No date read: ask for it; no hours known: agree the part first. Never 'the core' by then."""
    nodate = draft_reply("Need it in 2 hours", label="unrealistic_deadline", context=EMPTY)
    assert "tell me the exact date you need" in nodate.options[0]
    assert "core" not in nodate.body
    unknown = draft_reply("Need it by tomorrow", label="unrealistic_deadline", context=EMPTY)
    assert "once we have agreed which part that is" in unknown.options[0]
    for d in (nodate, unknown):
        assert check_reply(d.body) == [] and not LEFTOVER.search(d.body)


@pytest.mark.parametrize("language", ["en", "id", "ru", "ar"])
@pytest.mark.parametrize("variant", ["fit", "nofit", "nodate", "too_soon"])
def test_every_deadline_variant_renders_and_passes(language, variant):
    """Each first-option variant, in each language, passes the check with nothing left over."""
    ctx = {
        "fit": FULL,
        "nofit": replace(FULL, effort_hours=None),
        "nodate": replace(FULL, asked_date=None),
        "too_soon": replace(FULL, asked_date=MONDAY),
    }[variant]
    d = draft_reply("x", label="unrealistic_deadline", language=language, context=ctx)
    assert check_reply(d.body, language=language) == [], d.body
    assert not LEFTOVER.search(d.body) and len(d.options) == (2 if variant == "too_soon" else 3)


def test_the_date_after_by_is_the_one_quoted():
    """'The board meets Thursday. ... by Wednesday night?' asks for Wednesday."""
    d = draft_reply(
        "The board meets Thursday. Can you have everything live by Wednesday night?",
        context=EMPTY,
    )
    assert d.context.asked_date == date(2026, 11, 25)
    assert "Wed 25 Nov" in d.body and "Thu 26 Nov" not in d.body.split("\n\n")[1]


def test_delivery_follow_up_counts_the_changes_from_the_list_date():
    """Changes start when the client's list is due: never 'done' before the list arrives."""
    ctx = ReplyContext(today=MONDAY, p50_date="2026-11-24", p80_date="2026-11-26")
    d = draft_delivery_follow_up(ctx)
    assert d.context.follow_up_date == date(2026, 11, 26)
    assert d.context.p50_date > d.context.follow_up_date
    assert d.context.p80_date == date(2026, 12, 1)  # 3 working days counted from Thu 26 Nov
    same = ReplyContext(project="The Site", deliverable="the site", today=MONDAY)
    assert "on the project: the site has been delivered" in draft_delivery_follow_up(same).body


@pytest.mark.parametrize(
    ("n", "nom", "gen"),
    [
        (1, "рабочий день", "рабочего дня"),
        (3, "рабочих дня", "рабочих дней"),
        (5, "рабочих дней", "рабочих дней"),
        (11, "рабочих дней", "рабочих дней"),
        (21, "рабочий день", "рабочего дня"),
        (22, "рабочих дня", "рабочих дней"),
    ],
)
def test_russian_days_agree_with_their_number(n, nom, gen):
    """No "раб. дн." in a letter: the noun takes the form its number asks for."""
    from expectlib.replies.draft import _ru_days

    assert (_ru_days(n, "nom"), _ru_days(n, "gen")) == (nom, gen)


def test_the_round_the_client_asks_for_is_counted():
    """'A 5th round' with two included: four used, none left, and the draft says so."""
    ctx = replace(FULL, revisions_used=None)
    d = draft_reply("Sorry, can we do a 5th round? Small tweaks.", context=ctx)
    assert d.label == "endless_revisions" and d.context.revisions_used == 4
    assert "used so far: 4; left: 0" in d.body
    assert check_reply(d.body) == []
    given = draft_reply("Sorry, can we do a 5th round?", context=FULL)  # the context wins
    assert given.context.revisions_used == 3


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We love your work but our budget is $2,000 for everything. Can you do that?"),
        ("id", "Anggaran kami cuma $2.000 kak, bisa kurang?"),
        ("ru", "Бюджет у нас 2000 долларов, сделаете дешевле?"),
        ("ar", "ميزانيتنا ٢٠٠٠ دولار فقط، ممكن تخفض السعر؟"),
    ],
)
def test_a_named_budget_sizes_the_smaller_scope(language, text):
    """$2,000 against an agreed $2,900: 69% of the price, so about 69% of the work."""
    ctx = replace(FULL, price=2900)
    d = draft_reply(text, context=ctx, language=language)
    assert d.label == "price_pressure"
    assert "69" in d.options[0] and "2" in d.options[0]
    assert check_reply(d.body, language=language) == [] and not LEFTOVER.search(d.body)


def test_a_budget_in_another_currency_or_above_the_price_is_not_compared():
    """£500 cannot be compared with a USD price; $3,000 is not less money."""
    ctx = replace(FULL, price=2900)
    pounds = draft_reply("Our budget is £500, can you lower the price?", context=ctx)
    more = draft_reply("Our budget is $3,000 but can you give a discount?", context=ctx)
    for d in (pounds, more):
        assert d.label == "price_pressure" and "of the agreed price" not in d.body
