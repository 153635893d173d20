"""The kinds of unreasonable client request, and how to answer each one.

Twelve types (:data:`REQUEST_TYPES`, the contract of DESIGN.md §4) plus ``"reasonable"``
for a message that is none of them (:data:`LABELS`). Each :class:`RequestType` says what
the request is, the signals that give it away, the principle for handling it and the
reply skeleton: one line per move of the five-move reply (DESIGN.md §5 "Replies")::

    acknowledge → explain → options ("yes, if…") → time frame (with its probability) → follow-up

The principles share one starting assumption: the client does not know the limits (most
unreasonable requests come from not knowing), so a reply informs before it refuses. They
draw on Ury's "Yes! No. Yes?" (yes to the need, no to this method, yes to another way),
conditional acceptance ("yes, if…"), Fisher & Ury's objective criteria and BATNA (know your
walk-away before you negotiate), and Nonviolent Communication (observations, not
evaluations). The decisions of DESIGN.md §6 hold: extras are chosen by the provider,
bounded and named as a one-off, never granted on request; be polite always and agree to the
need, not necessarily the method; give a realistic estimate with a stated buffer.

>>> len(REQUEST_TYPES), LABELS[-1]
(12, 'reasonable')
>>> TYPES["scope_creep"].title
'Scope creep'
>>> len(TYPES["price_pressure"].skeleton)
5
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LABELS", "REQUEST_TYPES", "TYPES", "RequestType"]

REQUEST_TYPES: tuple[str, ...] = (
    "unrealistic_deadline",
    "scope_creep",
    "price_pressure",
    "late_payment",
    "free_work",
    "always_available",
    "guaranteed_outcome",
    "vague_brief",
    "endless_revisions",
    "ignores_advice",
    "unethical_request",
    "outside_expertise",
)
"""The twelve unreasonable request types, in the order of DESIGN.md §4 (exact)."""

LABELS: tuple[str, ...] = (*REQUEST_TYPES, "reasonable")
"""Every label :func:`~expectlib.replies.classify.classify` can return."""

_MOVES = ("acknowledge", "explain", "options", "time_frame", "follow_up")
# the five moves of a reply (check.MOVES); each skeleton has one line per move, in this order


@dataclass(frozen=True)
class RequestType:
    """One kind of client request and the way to answer it.

    * ``key``: the label (one of :data:`LABELS`).
    * ``title``: a short human name.
    * ``description``: what the request is, in one or two sentences.
    * ``signals``: example phrases that reveal it (in English; the classifier's
      lexicon holds many more, in four languages).
    * ``principle``: how to handle it, and why.
    * ``skeleton``: the reply, one line per move (acknowledge, explain, options,
      time frame, follow-up).
    """

    key: str
    title: str
    description: str
    signals: tuple[str, ...]
    principle: str
    skeleton: tuple[str, ...]

    def __post_init__(self) -> None:
        if len(self.skeleton) != len(_MOVES):
            raise ValueError(f"{self.key}: the skeleton needs one line per move {_MOVES}")


_ASSUME = "Assume first that the client does not know the limits. "

TYPES: dict[str, RequestType] = {
    t.key: t
    for t in (
        RequestType(
            key="unrealistic_deadline",
            title="Unrealistic deadline",
            description="The client wants the work sooner than it can be done well: tomorrow, "
            "tonight, in two hours, 'ASAP' for a job that takes weeks.",
            signals=(
                "Can you have it by tomorrow?",
                "Need the whole site live by Monday",
                "It's urgent, we needed it yesterday",
                "Should only take you a couple of hours, right?",
            ),
            principle=_ASSUME + "Say yes to the need for speed, no to the impossible date, and "
            "yes to another way: less scope by their date, the full scope by a realistic date "
            "(a forecast with its probability and a stated buffer, never a secret padding), or "
            "a rush at a price. Use the capacity arithmetic as the objective criterion.",
            skeleton=(
                "Acknowledge: I understand you need it by {asked_date} and why it matters.",
                "Explain: the work takes about N hours; with my current load that means …",
                "Options: yes, if we cut to the essentials by {asked_date}; yes, the full scope "
                "by {p80_date}; yes, by {asked_date} at a rush price of {rush_price}.",
                "Time frame: the full scope is {probability} likely by {p80_date}.",
                "Follow-up: tell me which option suits you; I will write by {follow_up_date}.",
            ),
        ),
        RequestType(
            key="scope_creep",
            title="Scope creep",
            description="More work slipped into the agreed price and date: 'while you're at "
            "it', 'just add', 'one more small thing', 'it should also…'.",
            signals=(
                "While you're at it, can you also add a blog?",
                "Just one more page, it's tiny",
                "Oh and it should also work as an app",
                "Can you throw in a few social posts too?",
            ),
            principle=_ASSUME + "Agree to the need, then point to what the agreement covers (the "
            "objective criterion). Treat the addition as a change request with its impact on "
            "price and date. Extras are chosen by you, bounded and named as a one-off, never "
            "granted just because they were asked for.",
            skeleton=(
                "Acknowledge: a {deliverable} would make sense for {project}.",
                "Explain: our agreement covers …; {out_of_scope} is outside it.",
                "Options: yes, as a change for {price} and N more days; yes, in place of an "
                "agreed item of similar size; yes, as a second phase after launch.",
                "Time frame: with the change, delivery moves to {p80_date} ({probability} likely).",
                "Follow-up: say which you prefer and I will send the change note by "
                "{follow_up_date}.",
            ),
        ),
        RequestType(
            key="price_pressure",
            title="Price pressure",
            description="The client pushes the price down: a discount, a lower rate, a "
            "cheaper quote elsewhere, a budget far below the work.",
            signals=(
                "Can you do it cheaper?",
                "Someone on Fiverr does it for $20",
                "Our budget is only $100",
                "Give me a discount and I'll send more work",
            ),
            principle=_ASSUME + "Do not cut the price without cutting the work: trade, don't "
            "concede. Show what the price is built from (objective criteria: hours, market "
            "rates), offer a smaller scope for the lower budget, and know your walk-away "
            "(BATNA) before you answer.",
            skeleton=(
                "Acknowledge: I understand the budget is {price} and it matters to keep costs "
                "down.",
                "Explain: the quote is N hours at my rate; here is what it covers.",
                "Options: yes, for your budget if we reduce the scope to …; yes, the full "
                "scope at {price} paid in stages; yes, a simpler version now and the rest "
                "later.",
                "Time frame: the reduced version is {probability} likely by {p80_date}.",
                "Follow-up: I will hold this slot until {follow_up_date}.",
            ),
        ),
        RequestType(
            key="late_payment",
            title="Late or conditional payment",
            description="Payment is delayed, skipped or tied to something outside the "
            "agreement: 'pay when it's live', 'after our client pays us', 'next month'.",
            signals=(
                "We'll pay when the site is live",
                "Accounts will process it next month",
                "Can we skip the deposit this time?",
                "We pay once our client pays us",
            ),
            principle=_ASSUME + "Restate the agreed payment terms as plain observations (date, "
            "amount, what was delivered), without blame. Offer ways that keep the work "
            "moving only when payment is secured: a stage payment, a pause, a dated plan.",
            skeleton=(
                "Acknowledge: thank you for telling me about the timing on your side.",
                "Explain: our agreement says {price} is due on …; the work delivered so far is ….",
                "Options: yes, I continue once the current stage is paid; yes, we split it "
                "into two dated payments; yes, I pause now and resume on payment.",
                "Time frame: I can restart within two working days of payment ({probability} "
                "likely to deliver by {p80_date}).",
                "Follow-up: I will check in on {follow_up_date}.",
            ),
        ),
        RequestType(
            key="free_work",
            title="Free work",
            description="Work for nothing: a free sample or test task, 'exposure', 'good for "
            "your portfolio', a favour, a pitch done on spec.",
            signals=(
                "Do a quick free sample so we can decide",
                "We can't pay but it's great exposure",
                "It's a small favour, shouldn't take long",
                "Unpaid test task first",
            ),
            principle=_ASSUME + "Value the interest, not the request. Point to past work as "
            "the sample; offer a small paid trial or a bounded one-off that you choose and "
            "name as such, never an open-ended freebie.",
            skeleton=(
                "Acknowledge: I understand you want to be sure before you commit.",
                "Explain: my portfolio shows … ; a custom sample is real work of about N hours.",
                "Options: yes, a small paid trial for {price}; yes, a short call to walk "
                "through similar projects; yes, the first stage with a clear exit point.",
                "Time frame: the trial could be ready by {p80_date} ({probability} likely).",
                "Follow-up: I will write again on {follow_up_date}.",
            ),
        ),
        RequestType(
            key="always_available",
            title="Always available",
            description="The client expects instant answers at any hour: calls at night, "
            "weekends, replies within minutes, hourly updates.",
            signals=(
                "Why didn't you answer my call last night?",
                "I need you reachable 24/7",
                "Reply within 10 minutes please",
                "Send me an update every hour",
            ),
            principle=_ASSUME + "Agree the communication plan per project: channel, contact "
            "hours, response time and update cadence ('daily' is an option, not the "
            "default). Offer an emergency channel at a price if they need one.",
            skeleton=(
                "Acknowledge: I see that quick answers matter to you.",
                "Explain: I work on your project in focused blocks, so I reply within … during ….",
                "Options: yes, a fixed daily update at …; yes, a weekly call; yes, an "
                "emergency line at {rush_price} per call-out.",
                "Time frame: the next update comes on {follow_up_date}.",
                "Follow-up: shall we write this into the plan? I will send it by {follow_up_date}.",
            ),
        ),
        RequestType(
            key="guaranteed_outcome",
            title="Guaranteed outcome",
            description="A promise of results outside your control: first page on Google, "
            "going viral, doubled sales, a number of leads.",
            signals=(
                "Can you guarantee first page on Google in a week?",
                "We need it to go viral",
                "Promise us 1000 new followers",
                "Money back if sales don't double",
            ),
            principle=_ASSUME + "Promise the work and the process, not what others decide. "
            "Share base rates (objective criteria), the factors you control, and the metrics "
            "you will report. A promise needs a probability, never a certainty.",
            skeleton=(
                "Acknowledge: more visibility is the right goal for {project}.",
                "Explain: results depend on … which nobody controls; typical results are ….",
                "Options: yes, I commit to the work …; yes, we track these metrics every "
                "month; yes, a review point after N weeks to adjust.",
                "Time frame: the first measurable results usually show after …; the work is "
                "{probability} likely done by {p80_date}.",
                "Follow-up: I will send the first report on {follow_up_date}.",
            ),
        ),
        RequestType(
            key="vague_brief",
            title="Vague brief",
            description="No clear requirements: 'you decide', 'make it pop', 'something "
            "modern', 'I'll know it when I see it'.",
            signals=(
                "Just do something nice, you decide",
                "Make it pop",
                "I'll know it when I see it",
                "Something modern but classic",
            ),
            principle=_ASSUME + "Turn the vague wish into observable acceptance criteria "
            "before work starts: questions, examples they like and dislike, a short written "
            "brief that they confirm.",
            skeleton=(
                "Acknowledge: thank you for the trust; I want the result to feel right to you.",
                "Explain: to get there in few rounds, I need a few decisions first: ….",
                "Options: yes, I start after a 20-minute brief call; yes, you pick from three "
                "reference styles; yes, a paid discovery step.",
                "Time frame: once the brief is confirmed, the first draft is {probability} "
                "likely by {p80_date}.",
                "Follow-up: I will send the questions by {follow_up_date}.",
            ),
        ),
        RequestType(
            key="endless_revisions",
            title="Endless revisions",
            description="Round after round of changes beyond what was agreed, or a U-turn "
            "('go back to the first version', 'do it completely differently').",
            signals=(
                "Just one more round of changes",
                "I don't like it, do it differently",
                "Can we go back to version 1?",
                "This is the fifth revision but still not quite right",
            ),
            principle=_ASSUME + "Count rounds as observations: the agreement includes N, "
            "this would be round M. Agree to the need (getting it right), then offer paid "
            "rounds, a consolidated list of changes, or a reset of the brief.",
            skeleton=(
                "Acknowledge: I want you to be happy with the {deliverable}.",
                "Explain: the agreement includes {revisions_included} rounds; "
                "{revisions_used} are used.",
                "Options: yes, another round for {price}; yes, one final round if all changes "
                "come in one list; yes, a short call to reset the brief first.",
                "Time frame: the next version is {probability} likely by {p80_date}.",
                "Follow-up: send the list by {follow_up_date} and I will confirm the date.",
            ),
        ),
        RequestType(
            key="ignores_advice",
            title="Ignores expert advice",
            description="The client overrules professional advice: 'just do it my way', 'I "
            "know, but do it anyway', skipping tests, backups or accessibility.",
            signals=(
                "I know you said it won't work, just do it",
                "I'm paying, so do it my way",
                "Skip the testing, we don't have time",
                "My nephew says we don't need that",
            ),
            principle=_ASSUME + "Agree to the goal, state the risk as an observation with its "
            "likely consequence, and put the decision and its consequences in writing. It "
            "is their decision; your job is to make it an informed one.",
            skeleton=(
                "Acknowledge: I understand you prefer …, and it is your call.",
                "Explain: my concern is …; in similar projects this led to ….",
                "Options: yes, your way, noted in writing with the risk; yes, a quick test "
                "of both versions; yes, a middle way: ….",
                "Time frame: either way, delivery stays {probability} likely by {p80_date}.",
                "Follow-up: confirm by {follow_up_date} and I will proceed.",
            ),
        ),
        RequestType(
            key="unethical_request",
            title="Unethical or illegal request",
            description="Something you should not do at any price: fake reviews, copying a "
            "competitor, using unlicensed images, cooking numbers, avoiding taxes.",
            signals=(
                "Write us some fake 5-star reviews",
                "Just copy our competitor's website",
                "Grab images from Google, nobody checks",
                "Pay in cash, no invoice",
            ),
            principle=_ASSUME + "Say no to the method clearly and early, without accusing; "
            "say yes to the need through a legitimate way (licensed images, real reviews "
            "collected after delivery, an original design inspired by what works).",
            skeleton=(
                "Acknowledge: I see the goal: ….",
                "Explain: I can't do … because it breaks …, and it puts {project} at risk.",
                "Options: yes, a legitimate way: …; yes, …; yes, I can recommend ….",
                "Time frame: the alternative is {probability} likely ready by {p80_date}.",
                "Follow-up: tell me which works for you; I will write by {follow_up_date}.",
            ),
        ),
        RequestType(
            key="outside_expertise",
            title="Outside your expertise",
            description="Work outside what you do: legal texts, accounting, fixing the "
            "printer, SEO from a designer, a mobile app from a copywriter.",
            signals=(
                "You're a designer, can you also write our privacy policy?",
                "Since you know computers, fix our network",
                "Can you do our taxes too?",
                "Also translate it into German",
            ),
            principle=_ASSUME + "Be honest about the limits of your skill: doing it badly "
            "hurts them more than saying no. Offer a referral, a collaboration with a "
            "specialist, or the part that is within your expertise.",
            skeleton=(
                "Acknowledge: it makes sense to want one person to handle it.",
                "Explain: … is a specialist job; done badly it could ….",
                "Options: yes, I can introduce a specialist; yes, I coordinate with them for "
                "{price}; yes, I do the part that is mine: ….",
                "Time frame: my part stays {probability} likely by {p80_date}.",
                "Follow-up: I will send a name by {follow_up_date}.",
            ),
        ),
        RequestType(
            key="reasonable",
            title="Reasonable request",
            description="An ordinary request or question: a status check, feedback within "
            "the agreed rounds, a change with a question about its price, a date to agree.",
            signals=(
                "When will the draft be ready?",
                "I'd like daily updates",
                "How much would it cost to add a page?",
            ),
            principle="Answer plainly and promptly. A reasonable request still deserves a "
            "concrete time frame: canned text without one is itself an expectation failure.",
            skeleton=(
                "Acknowledge: thank you, good question.",
                "Explain: here is where things stand: ….",
                "Options: if useful, yes, … or yes, ….",
                "Time frame: {probability} likely by {p80_date}.",
                "Follow-up: I will write again on {follow_up_date}.",
            ),
        ),
    )
}
"""Every label (the twelve types and ``"reasonable"``) mapped to its :class:`RequestType`."""

assert tuple(TYPES) == LABELS
