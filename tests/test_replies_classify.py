"""classify(): the taxonomy contract, messy messages, ordinary requests, bad input, accuracy.

The accuracy floors at the end are set a little below what the classifier measured on the
``test`` split of ``data/example_messages.csv`` (the lexicon is tuned on ``dev`` only; run
``python benchmarks/replies_bench.py`` for the current figures per language).
"""

from __future__ import annotations

import csv
import statistics
import time
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from _scripts import load_script

from expectlib.errors import InputError
from expectlib.replies import LABELS, REQUEST_TYPES, TYPES, Classification, RequestType, classify
from expectlib.replies.lexicon import rules_for
from expectlib.replies.lexicon._text import MAX_CHARS, fold

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = ROOT / "data" / "example_messages.csv"
BLIND = ROOT / "data" / "blind_messages.csv"
BENCH = load_script("benchmarks/replies_bench.py")
evaluate, load = BENCH.evaluate, BENCH.load

# ---------------------------------------------------------------- the contract


def test_request_types_exact():
    """The twelve types of DESIGN.md §4, in order; "reasonable" closes LABELS."""
    assert REQUEST_TYPES == (
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
    assert (*REQUEST_TYPES, "reasonable") == LABELS


def test_every_label_has_a_complete_request_type():
    """Each label has a title, description, signals, a principle and a five-move skeleton."""
    assert tuple(TYPES) == LABELS
    for key, t in TYPES.items():
        assert isinstance(t, RequestType)
        assert t.key == key
        assert t.title and t.description and t.principle
        assert len(t.signals) >= 3
        assert len(t.skeleton) == 5
        assert t.skeleton[0].startswith("Acknowledge")
        assert t.skeleton[2].startswith("Options")
    with pytest.raises(FrozenInstanceError):
        TYPES["scope_creep"].title = "x"  # type: ignore[misc]


def test_principles_carry_the_design_decisions():
    """The principles name conditional yes, objective criteria, BATNA and bounded extras."""
    text = " ".join(t.principle for t in TYPES.values())
    for phrase in ("yes", "objective criteri", "BATNA", "one-off", "buffer", "observation"):
        assert phrase in text
    assert "does not know the limits" in TYPES["price_pressure"].principle


def test_classification_fields():
    """A Classification carries label, confidence, evidence, language, scores and notes."""
    c = classify("Can you have it by tomorrow?")
    assert isinstance(c, Classification)
    assert c.label == "unrealistic_deadline"
    assert c.unreasonable
    assert 0.5 <= c.confidence < 1
    assert isinstance(c.evidence, tuple) and c.evidence
    assert c.language == "en"
    assert set(c.scores) == set(LABELS)
    assert c.notes == ()
    with pytest.raises(FrozenInstanceError):
        c.label = "reasonable"  # type: ignore[misc]


def test_every_lexicon_compiles():
    """Every language's patterns compile and only name known types."""
    for code in ("en", "id", "ru", "ar"):
        rules = rules_for(code)
        assert rules
        assert {r.label for r in rules} <= {*REQUEST_TYPES, "reasonable", "demand"}


# ---------------------------------------------------------------- ordinary requests

ORDINARY = {
    "en": [
        "When will the draft be ready?",
        "I'd like daily updates",
        "How much would it cost to add a page?",
    ],
    "id": [
        "Kak, draft-nya kapan siap?",
        "Saya mau minta update harian ya kak",
        "Kalau tambah satu halaman, biayanya berapa kak?",
    ],
    "ru": [
        "Когда будет готов черновик?",
        "Хотелось бы получать ежедневные отчёты",
        "Сколько будет стоить добавить ещё одну страницу?",
    ],
    "ar": [
        "متى تكون المسودة جاهزة؟",
        "أحب أستلم تحديث يومي",
        "كم تكلفة إضافة صفحة جديدة؟",
    ],
}


@pytest.mark.parametrize(
    ("language", "text"), [(lang, t) for lang, ts in ORDINARY.items() for t in ts]
)
def test_ordinary_requests_are_reasonable(language, text):
    """The three ordinary requests of the issue, in all four languages, are not flagged."""
    c = classify(text)
    assert c.label == "reasonable", c
    assert c.language == language


HARD_REASONABLE = [
    "Could we get it by Friday? Happy to pay the rush fee.",
    "No rush, whenever you get a chance next week.",
    "I know you can't guarantee rankings, but what results are typical?",
    "Is there a discount for paying upfront? If not, no problem.",
    "Payment has been sent, please confirm receipt.",
    "Could you make the logo a bit larger and use our navy blue?",
    "Our lawyer will handle the privacy policy, just leave a placeholder.",
    "Urgent: the contact form is broken, can you take a look today?",
    "Please don't work over the weekend on this, Monday is fine.",
    "Can you send a quote for the German version as a separate project?",
]


@pytest.mark.parametrize("text", HARD_REASONABLE)
def test_hard_reasonable_requests(text):
    """Requests that share words with a type but are fine stay reasonable."""
    assert classify(text).label == "reasonable"


# ---------------------------------------------------------------- messy unreasonable messages

MESSY = {
    "unrealistic_deadline": [
        "need the whole site LIVE by tmrw morning!!!",
        "can u do all 40 slides in like an hour? pitch is at 3",
        "Kak logonya harus jadi nanti malam ya, urgent banget",
        "Нужно сегодня до вечера, горит!!!",
    ],
    "scope_creep": [
        "oh and while ur at it, can u also do the mobile app? same price ofc",
        "We assumed the blog posts were included in the website package?",
        "Gan sekalian bikinin brosur juga ya, masih satu paket kan",
    ],
    "price_pressure": [
        "wayyy too expensive lol. my nephew does logos for $20",
        "Any wiggle room on the price? 500 instead of 800?",
        "Можно скидочку? Дороговато как-то",
    ],
    "late_payment": [
        "We'll pay once the site is live and making sales, promise",
        "Our terms are net 90, just start the work pls",
        "الدفع بعد ما العميل يدفع لنا إن شاء الله",
    ],
    "free_work": [
        "can you do a quick logo for free? it'd be great exposure for you!!",
        "Unpaid test first: redesign our homepage, if we like it we'll hire you",
        "Kak bikin contoh desain gratis dulu ya, kalau cocok baru order",
    ],
    "always_available": [
        "why didnt u answer my call last nite??? i called 5 times",
        "We expect you to be reachable 24/7 during the launch, weekends included",
        "ليش ما ترد؟ اتصلت عليك عشر مرات",
    ],
    "guaranteed_outcome": [
        "Can you garantee we'll be #1 on google in a month?",
        "we need 10k followers by the end of the month or we want a refund",
        "Гарантируете, что продажи вырастут?",
    ],
    "vague_brief": [
        "idk, just make it pop. you decide 🤷",
        "I'll know it when I see it. Something modern but classic?",
        "terserah kakak aja, pokoknya yang keren",
    ],
    "endless_revisions": [
        "sooo can we go back to the first version? sorry, round 9 i know",
        "Still not feeling it, can you send 10 more options?",
        "Верните первый вариант, новый опять не то",
    ],
    "ignores_advice": [
        "I know you said it won't work but just do it my way",
        "don't care about accessibility, grey text on white looks classy",
        "أعرف إنك قلت ما راح ينفع بس سويه على طريقتي",
    ],
    "unethical_request": [
        "write us 30 fake 5-star reviews from different accounts",
        "Just grab the photos from our competitor's site, nobody will notice",
        "Накрутите нам подписчиков, пожалуйста",
    ],
    "outside_expertise": [
        "ur a web dev, so can u fix my laptop? it wont turn on",
        "Since you wrote our brochure, can you also do our tax return?",
        "Kak kan desainer, bisa bantu urus pajak kantor?",
    ],
}


@pytest.mark.parametrize(("label", "text"), [(label, t) for label, ts in MESSY.items() for t in ts])
def test_messy_messages(label, text):
    """Short, misspelt, sarcastic or mixed-language messages get their type."""
    c = classify(text)
    assert c.label == label, c
    assert c.evidence


def test_sarcasm():
    """'Take your time' said with sarcasm is still an unrealistic deadline."""
    c = classify("Oh sure, take your time, it's not like we launch tomorrow")
    assert c.label == "unrealistic_deadline"


def test_negation_cancels_a_signal():
    """A signal right after a negation does not count."""
    assert classify("It's not urgent at all").label == "reasonable"
    assert classify("We're not asking for a discount, the price is fair").label == "reasonable"


# ---------------------------------------------------------------- evidence


@pytest.mark.parametrize(
    "text",
    [
        "Can you guarantee first page on Google in a week?",
        "Pleeease can u do it by TOMORROW?? its URGENT",
        "While you're at it, can you also add a blog? Same price of course",
        "Сделайте скидку 30%, мы постоянный клиент",
        "مَتَى تَكُونُ جَاهِزَة؟ لازم بكرة!!",
        "Kak, diskon dong, kemahalan",
    ],
)
def test_evidence_quotes_the_message(text):
    """Every evidence phrase is a substring of the message as written."""
    c = classify(text)
    assert c.evidence
    for phrase in c.evidence:
        assert phrase in text


def test_evidence_survives_repeated_letters():
    """Folding 'pleeease' for matching does not cut the quoted words."""
    c = classify("Can you guarrrantee first page on Google?")
    assert c.label == "guaranteed_outcome"
    assert any("guarrrantee" in p for p in c.evidence)


def test_folding_keeps_an_index_into_the_text():
    """The fold index maps every folded character back to the original."""
    text = "Ｆｕｌｌ-width and “quotes” — SOOO late"
    assert '"quotes"' in fold(text)[0]
    folded, index = fold(text)
    assert len(folded) == len(index)
    assert folded.startswith("ful-width")  # full-width letters made plain, "ll" made one
    assert all(0 <= i < len(text) for i in index)


# ---------------------------------------------------------------- edge inputs


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_message(text):
    """Empty or white space is refused with the fix."""
    with pytest.raises(InputError, match="paste the client's message"):
        classify(text)


@pytest.mark.parametrize("bad", [None, 3, b"need it by tomorrow", ["a"]])
def test_not_text(bad):
    """Only str is accepted."""
    with pytest.raises(InputError, match=r"^text: got .*as text"):
        classify(bad)


@pytest.mark.parametrize(
    "text", ["abc\x00def", "PK\x03\x04\x14\x00\x06\x00" * 20, "\x01\x02\x03\x04\x05\x06 hi"]
)
def test_binary_looking(text):
    """NUL bytes or mostly control characters are refused as binary."""
    with pytest.raises(InputError, match="binary"):
        classify(text)


def test_markup_is_stripped():
    """Tags, scripts and entities are removed before matching; notes say so."""
    c = classify(
        "<div><p>Can you have it <b>by tomorrow</b>&nbsp;?</p><script>alert('x')</script></div>"
    )
    assert c.label == "unrealistic_deadline"
    assert "markup removed" in c.notes
    assert all("<" not in p and "alert" not in p for p in c.evidence)


def test_markup_only_is_refused():
    """Markup with no text is an empty message."""
    with pytest.raises(InputError, match="nothing is left once the markup is removed"):
        classify("<p></p><br/><script>x()</script>")


def test_huge_input_reads_the_first_part():
    """A 100 kB paste is read up to MAX_CHARS characters, quickly, and the notes say so."""
    text = ("Could you also add a blog page, same price? " * 2300)[:100_000]
    start = time.perf_counter()
    c = classify(text)
    assert time.perf_counter() - start < 5
    assert c.label == "scope_creep"
    assert any(str(f"{MAX_CHARS:,}") in n for n in c.notes)


def test_quoted_email_lines_are_ignored():
    """Lines quoted from an earlier e-mail ("> …") do not count."""
    c = classify("Thanks, all clear!\n\n> Can you do it for free by tomorrow?\n> Same price?")
    assert c.label == "reasonable"
    assert any("quoted" in n for n in c.notes)


def test_language_argument():
    """language= is reported, accepts 'EN' or 'en-US', and refuses unknown codes."""
    assert classify("Can you have it by tomorrow?", language="EN").language == "en"
    assert classify("Can you have it by tomorrow?", language="en-US").language == "en"
    assert classify("bisa selesai besok?", language="id").language == "id"
    with pytest.raises(InputError, match="language: got 'fr'; choose one of"):
        classify("hello", language="fr")


def test_no_letters_is_reasonable():
    """An emoji or a number is a (reasonable) message, not an error."""
    for text in ("👍", "12345", "?!"):
        assert classify(text).label == "reasonable"


def test_speed():
    """A typical message is classified in well under 5 ms (median of 60)."""
    texts = [t for ts in MESSY.values() for t in ts] + HARD_REASONABLE
    for t in texts:
        classify(t)  # warm the caches
    times = []
    for t in texts * 2:
        start = time.perf_counter()
        classify(t)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.005


# ---------------------------------------------------------------- accuracy on the data set

needs_data = pytest.mark.skipif(
    not MESSAGES.exists(), reason="data/example_messages.csv is not there yet (helper C writes it)"
)


@needs_data
def test_data_set_labels_are_known():
    """The messages CSV uses the labels and languages of the contract."""
    with open(MESSAGES, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["label"] for r in rows} <= set(LABELS)
    assert {r["split"] for r in rows} <= {"dev", "test"}


# floors a little below the measured test-split figures (see the module docstring)
FLOORS = {
    #       f1    flagged  type_acc   (measured 2026-11-23, lexicon alone: all .814/.139/.678,
    #                                  en .866/.105/.722, id .792/.333/.720, ru .800/.182/.720,
    #                                  ar .703/.000/.500; with the model as an equal second
    #                                  opinion (step 6): all .903/.014/.781, en .933/.000/.806,
    #                                  id .889/.000/.760, ru .936/.000/.880, ar .780/.091/.625;
    #                                  with batch D7 in the model's training: all .903/.014/
    #                                  .774, en .941/.000/.806, id .889/.000/.760, ru .889/
    #                                  .000/.800, ar .810/.091/.667)
    "all": (0.88, 0.05, 0.75),
    "en": (0.91, 0.04, 0.77),
    "id": (0.86, 0.06, 0.72),
    "ru": (0.86, 0.04, 0.76),
    "ar": (0.76, 0.12, 0.62),
}

# The cold set (expectlib/replies/lexicon/cold.py): fresh messages, never in the training
# examples. Measured before the second-pass patterns: en F1 .926 / flagged .038 / type .832;
# id .976/.000/.905, ru .950/.100/.900, ar .974/.000/.950. The second pass was written from
# its failures, so the figures now (floors a little below) overstate generalisation; the
# late English batch, written after that pass, is the fresher estimate.
# Helper D3 added 106 ar/id/ru messages (measured before D3's patterns: ar F1 .769 / flagged
# .000 / type .583, id .979/.083/1.000, ru .889/.167/.870); the ar and id patterns were then
# written partly from their failures, ru was left alone, hence the lower ru floors.
# Batch D5 (180 messages written blind, 2026-11-23), before the fourth-pass patterns:
# all F1 .872 / flagged .133 / type .733 (en .863/.162/.712, ru .828/.125/.625,
# ar .857/.143/.733, id .968/.000/.938); those patterns came from its failures.
# Batch D6 (180 more, another writer), before the fifth pass: all .865/.100/.742
# (en .868/.108/.740, id .867/.125/.812, ru .867/.125/.688, ar .846/.000/.733).
COLD_FLOORS = {
    #       f1    flagged  type_acc
    "all": (0.96, 0.04, 0.94),
    "en": (0.96, 0.04, 0.93),
    "id": (0.95, 0.10, 0.90),
    "ru": (0.92, 0.10, 0.91),
    "ar": (0.95, 0.10, 0.95),
}


@pytest.mark.parametrize("language", list(COLD_FLOORS))
def test_accuracy_on_cold_set(language):
    """Per-language F1, reasonable flagged and type accuracy on the cold set stay above floors."""
    from expectlib.replies.lexicon.cold import COLD

    rows = [{"language": lg, "label": lab, "text": t} for lg, lab, t in COLD]
    m = evaluate(rows)[language]
    f1, flagged, type_acc = COLD_FLOORS[language]
    assert m["f1"] >= f1, m
    assert m["flagged"] <= flagged, m
    assert m["type_acc"] >= type_acc, m


def test_cold_set_trains_the_model_and_the_blind_set_does_not():
    """The cold sets are training data for the model; the blind set never is."""
    from expectlib.replies.lexicon._bayes import training_messages
    from expectlib.replies.lexicon.cold import COLD

    trained = {t.strip().lower() for _, t in training_messages()}
    assert {t.strip().lower() for _, _, t in COLD} <= trained
    blind = load(BLIND)
    assert len(blind) >= 100
    assert not [r["id"] for r in blind if r["text"].strip().lower() in trained]


# The blind set (data/blind_messages.csv, 120 messages): written by a third writer for
# professions the other sets hardly cover (landscape architects, bookkeepers, drone
# operators, recruiters, tattoo artists...), never used for patterns, training or
# thresholds. Lexicon alone: all F1 .778 / flagged .200 / type .537 (en .790/.125/.543);
# with the model (step 6, thresholds chosen on the test split and the false-positive list
# of test_replies_classify_en_fp.py): all .867/.125/.662, en .881/.042/.696,
# id .818/.167/.583, ru .952/.000/.545, ar .783/.600/.727 (3 of 5 reasonable Arabic
# messages flagged: small samples, reported as they come out). After the cues and training
# of batch D7 (hard reasonable ar/id/ru messages; the blind set still untouched): all
# .878/.075/.688, en .884/.083/.717, id .762/.167/.583, ru .900/.000/.455, ar .952/.000/.909.
BLIND_FLOORS = {
    #       f1    flagged  type_acc
    "all": (0.85, 0.10, 0.65),
    "en": (0.86, 0.10, 0.68),
}


@pytest.mark.parametrize("language", list(BLIND_FLOORS))
def test_accuracy_on_blind_set(language):
    """Per-language figures on messages the classifier never saw in any form."""
    m = evaluate(load(BLIND))[language]
    f1, flagged, type_acc = BLIND_FLOORS[language]
    assert m["f1"] >= f1, m
    assert m["flagged"] <= flagged, m
    assert m["type_acc"] >= type_acc, m


@needs_data
@pytest.mark.parametrize("language", list(FLOORS))
def test_accuracy_on_test_split(language):
    """Unreasonable-vs-reasonable F1, reasonable flagged, and type accuracy on held-back data."""
    result = evaluate(load(MESSAGES, split="test"))
    if language not in result:
        pytest.skip(f"no {language} messages in the test split")
    m = result[language]
    f1, flagged, type_acc = FLOORS[language]
    assert m["f1"] >= f1, m
    assert m["flagged"] <= flagged, m
    assert m["type_acc"] >= type_acc, m


@needs_data
def test_accuracy_on_dev_split():
    """The dev split, which the lexicon was tuned on, is nearly all right."""
    m = evaluate(load(MESSAGES, split="dev"))["all"]
    assert m["f1"] >= 0.95
    assert m["flagged"] <= 0.08
    assert m["type_acc"] >= 0.93


@needs_data
def test_language_detection_on_the_data_set():
    """detect_language() agrees with the labelled language (Arabizi excepted)."""
    from expectlib.replies import detect_language

    rows = [r for r in load(MESSAGES) if "arabizi" not in r["note"]]
    wrong = [r["id"] for r in rows if detect_language(r["text"]) != r["language"]]
    assert len(wrong) <= 0.02 * len(rows), wrong
