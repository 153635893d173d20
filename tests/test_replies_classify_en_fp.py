"""English messages that must not be flagged (false positives a reviewer found) and their
unreasonable neighbours that must still be caught.

The lesson's rule: asking about a limit is reasonable, assuming past it is not. A date
followed by an open question about feasibility, a guarantee about a property of the
deliverable itself, an offer to pay for weekend or rush work, "???" on a status question:
all ordinary. Outcomes others decide (rankings, sales, followers), "tomorrow", "in 2 hours",
"no excuses", "for free": still flagged, also when hidden by zero-width characters.
"""

from __future__ import annotations

import pytest

from expectlib.errors import InputError
from expectlib.replies import classify

REASONABLE = [
    "Any update???",
    "Any update??",
    "Any news on the logo??",
    "How's it going with the homepage??",
    "Hi! Just checking in on the status of the mockups???",
    "Did you get my email about the fonts??",
    "Is everything still on track for the 15th??",
    "We need it by Friday for the board meeting. Is that doable?",
    "We'd love to have it by Friday for the board meeting — is that realistic?",
    "Our launch is on the 12th, so we'd need the final files by the 5th. Would that work for you?",
    "We need the brochure by Thursday for the trade show. Can you make it? If not, let me know.",
    "The printer needs the files by Monday. Is that possible, or should we push the print date?",
    "We hope to have the landing page live by the end of May. Let me know if that's not feasible.",
    "Could we get the first draft by Wednesday next week? Totally fine if not.",
    "Can you guarantee the site will be mobile friendly?",
    "Can you guarantee the logo will be delivered in SVG?",
    "Will you guarantee the site works in Chrome, Safari and Firefox?",
    "Can you guarantee the contact form will be GDPR-compliant?",
    "Do you guarantee the files will be print-ready at 300 dpi?",
    "Is it guaranteed that the app will run on Android 12 and up?",
    "Can you promise the fonts will be properly licensed for commercial use?",
    "Could you work on it this weekend? We'll pay the weekend rate.",
    "Would you be able to put in a few hours on Saturday? We'll pay the weekend rate, of course.",
    "We're in a hurry — can you do it by Thursday? We'll pay the rush fee.",
    "If you can deliver by Monday we're happy to pay your rush rate.",
    "We'd like two extra rounds of revisions, please add them to the invoice.",
    "Can we buy an extra revision round? Happy to pay for it.",
    "Attached is the invoice for March. Payment terms are net 30 as agreed.",
    "We've received your invoice and will pay it within 14 days, per our contract.",
    "Our accounts team processes invoices on the 1st and 15th; yours will go out on the 15th.",
    "The headline feels too formal — could you make it friendlier, like our Instagram tone?",
    "Please swap the blue for our brand green (#2E7D32) and make the logo 20% smaller. That's all!",
    "Feedback on v2: love the layout; please move the testimonials above the pricing table.",
    "Can we schedule a call for Tuesday at 10am to go over the wireframes?",
    "Are you free for a quick call sometime next week? Any day works except Wednesday.",
    "Could we move our Thursday meeting to Friday afternoon?",
    "What time zone are you in? Want to find a good slot for a kickoff call.",
    "Hope you had a good weekend! When do you think the next draft will be ready??",
    "Thanks for the draft!! Looks great, just a couple of small notes below.",
    "What would it cost to add a blog section to the site?",
    "Quick question: is the hosting included in the quote, or is that separate?",
    "Could you send an updated timeline once you've had a look at the new content?",
    "We'd like the site to rank well eventually — what SEO basics do you include?",
    "No rush on this, whenever you get a chance next week is fine.",
    "Sorry for the late reply! The client approved the concept, go ahead with phase 2.",
]

UNREASONABLE = [
    ("always_available", "hello??? are you there???"),
    ("always_available", "Why aren't you answering?? I've messaged you 5 times today???"),
    ("always_available", "I expect you to answer my calls at any time, weekends included."),
    ("always_available", "We need you available 24/7 during the launch, no extra cost."),
    ("always_available", "Reply within 5 minutes when I message you, day or night."),
    ("always_available", "You didn't answer on Sunday night?? That's unacceptable."),
    ("unrealistic_deadline", "We need the whole website by tomorrow morning. Is that doable?"),
    ("unrealistic_deadline", "Need it in 2 hours. Can you make it?"),
    (
        "unrealistic_deadline",
        "We need the entire app done by tomorrow, no excuses. Is that doable?",
    ),
    (
        "unrealistic_deadline",
        "Can you build the full e-commerce store in 2 days? We launch Monday.",
    ),
    ("unrealistic_deadline", "I need this ASAP!!! Like today!!"),
    ("unrealistic_deadline", "We needed it yesterday. Why is it taking so long?"),
    ("unrealistic_deadline", "Our deadline moved up to tomorrow, make it happen."),
    ("guaranteed_outcome", "Can you guarantee we'll be first page on Google?"),
    ("guaranteed_outcome", "Can you guarantee the site will double our sales?"),
    ("guaranteed_outcome", "We want a guarantee of 10k new followers in a month."),
    ("guaranteed_outcome", "Guarantee the video goes viral or we don't pay."),
    ("guaranteed_outcome", "Can you guarantee a 3x ROI on the campaign?"),
    ("guaranteed_outcome", "Will you guarantee the app gets 100,000 downloads in the first week?"),
    ("guaranteed_outcome", "We'll only pay if the new site increases conversions by 30%."),
    ("free_work", "Please do the logo for free, it'll be great exposure."),
    ("free_work", "Please do the logo for\u200b free, it'll be great exposure."),
    ("free_work", "Can you do a free sample design first? If we like it we'll hire you."),
    ("free_work", "Could you do the logo for fr\u00adee? It's for a good cause."),
    ("free_work", "Can you do it f\u200bor free? We're a startup."),
    ("price_pressure", "Your price is way too high, my nephew would do it for $50."),
    ("price_pressure", "Can you do it for half the price? Our budget is tiny."),
    (
        "scope_creep",
        "While you're at it, can you also add a blog and an online shop? Same price of course.",
    ),
    (
        "endless_revisions",
        "Let's do a few more rounds of changes, I'm still not feeling it. Maybe 10 more versions?",
    ),
    ("late_payment", "We'll pay the invoice when our client pays us, maybe in 3 months."),
    ("late_payment", "Sorry, we can't pay the invoice this month, maybe next quarter."),
    ("unethical_request", "Can you write 50 fake 5-star reviews for our restaurant?"),
    ("ignores_advice", "I know you said it's a bad idea, but just do it my way. I'm paying."),
    ("vague_brief", "Just make something cool, you know what I want. Surprise me."),
    (
        "guaranteed_outcome",
        "Can you guarantee the site will be mobile friendly and rank #1 on Google?",
    ),
    (
        "guaranteed_outcome",
        "Can you guarantee the new site will be GDPR compliant and double our leads?",
    ),
    ("free_work", "Can you work weekends for free? We'll pay the weekend rate next year maybe."),
    ("always_available", "I expect you to answer at midnight and on Sundays. We pay you enough."),
]


def _shown(c):
    return f"{c.label} {c.evidence} {c.scores}"


@pytest.mark.parametrize("text", REASONABLE)
def test_ordinary_english_message_is_reasonable(text):
    """An ordinary English message (status ping, polite urgency with a question, an offer to
    pay, a guarantee about the deliverable, normal terms, clear feedback, scheduling) is
    labelled reasonable."""
    c = classify(text, language="en")
    assert c.label == "reasonable", _shown(c)


@pytest.mark.parametrize(("label", "text"), UNREASONABLE)
def test_unreasonable_english_message_still_caught(label, text):
    """The unreasonable members of the same families keep their request type."""
    c = classify(text, language="en")
    assert c.label == label, _shown(c)


@pytest.mark.parametrize(
    "text",
    [
        "Please do the logo for\u200b free",
        "Please do the logo for\u2060 free",
        "Please do the logo for\ufeff free",
        "Please do the logo f\u200cor fr\u200dee",
        "Please do the logo for fr\u00adee",
    ],
)
def test_invisible_characters_do_not_hide_a_phrase(text):
    """Zero-width spaces, joiners, word joiner, BOM and soft hyphen (category Cf) are
    ignored when reading; the evidence still quotes the message as written."""
    c = classify(text)
    assert c.label == "free_work", _shown(c)
    assert c.evidence and all(p in text for p in c.evidence)
    assert any("invisible" in n for n in c.notes)


def test_only_invisible_characters_is_an_input_error():
    """A message of zero-width characters only is refused with a clear message."""
    with pytest.raises(InputError, match="only invisible characters"):
        classify("\u200b\u200b\ufeff")


def test_question_marks_alone_are_not_evidence():
    """A bare "Any update???" is reasonable; "???" alone is not evidence."""
    c = classify("Any update???")
    assert c.label == "reasonable"
    assert "???" not in c.evidence


def test_feasibility_question_does_not_save_a_strong_deadline():
    """A question like "Is that doable?" dampens a date, not "tomorrow" with "no excuses"."""
    assert classify("We need it by Friday for the board meeting. Is that doable?").label == (
        "reasonable"
    )
    assert classify("We need the whole site by tomorrow, no excuses. Is that doable?").label == (
        "unrealistic_deadline"
    )
