"""check_reply() and reply_moves() on hand-written replies in four languages."""

from __future__ import annotations

import pytest

from expectlib.errors import InputError
from expectlib.replies.check import MAX_BODY_CHARS, MOVES, check_reply, reply_moves

ALL = dict.fromkeys(MOVES, True)
BLAME = "lint: blame or evaluation"
NO_DATE = "lint: no date; say when, e.g. 'by Fri 27 Nov'"
PROMISE = "lint: a promise without a probability"
ONE_OPTION = "lint: only one option; offer 2–3, each a conditional 'yes, if…'"

# Replies written by hand, the way people write them (not from the kit's templates).
GOOD = {
    "en-list": (
        "en",
        """Hi Maya,

Thanks for the heads-up about the launch - I get why Friday matters.

Honestly, the full redesign is about 40 hours of work, and at 6 hours a day that's a week
and a half. So here's what I can do:
- a landing page only by Friday
- the whole site by Wed 9 Dec

I'm about 80% confident in the 9 Dec date.

I'll call you tomorrow morning to agree which way we go.

Cheers,
Tom""",
    ),
    "en-prose": (
        "en",
        "Thank you for the feedback on round four. I understand the colours still don't feel "
        "right. Our contract includes three revision rounds, so this would be an extra one. We "
        "could do one more round at the agreed day rate, or alternatively we can lock the "
        "current version and collect the new ideas for phase two. If you choose the extra "
        "round, the new version would be ready on 14 March (roughly 85% likely). I'll get back "
        "to you on Monday to confirm.",
    ),
    "en-short": (
        "en",
        "Sorry for the delay! Since the printer moved our slot, option A is proofs on 3/12 "
        "(90% sure), option B is the full run on 10/12. We'll send an update on Thursday.",
    ),
    "id-warm": (
        "id",
        """Halo Kak Rina,

Terima kasih sudah kabari soal acaranya, saya paham tanggal itu penting.

Soalnya desain lengkap butuh sekitar 30 jam, dan saya cuma bisa 5 jam sehari untuk proyek ini.
Jadi ada dua pilihan:
1. Versi inti (logo + banner) jadi Jumat ini.
2. Semua materi selesai Rabu, 9 Des - kemungkinannya sekitar 80 persen.

Besok pagi saya kabari lagi ya, Kak.

Salam,
Dimas""",
    ),
    "id-formal": (
        "id",
        "Yth. Bapak Hendra, mohon maaf atas keterlambatan jawaban kami. Sesuai kontrak, "
        "revisi yang termasuk adalah dua kali. Bapak bisa memilih: revisi ketiga dengan biaya "
        "tambahan, atau alternatifnya kita setujui versi sekarang. Revisi ketiga selesai "
        "paling lambat 4 Desember (kemungkinan 85%). Kami akan menghubungi Bapak hari Senin.",
    ),
    "ru-list": (
        "ru",
        """Добрый день, Ольга!

Спасибо, что написали заранее, — понимаю, почему к выставке всё нужно успеть.

По договору у нас пять страниц, а новый раздел — это ещё около 12 часов работы. Варианты такие:
— добавить раздел по отдельной смете, тогда сдача 11 декабря (вероятность около 80 %);
— заменить им одну из согласованных страниц, срок не меняется;
— отложить раздел на второй этап.

Завтра пришлю смету и напишу, как лучше поступить.

С уважением, Андрей""",
    ),
    "ru-prose": (
        "ru",
        "Игорь, благодарю за ответ. Так как тексты пришли позже, могу предложить два варианта: "
        "либо запускаем в пятницу без блога, либо всё целиком 15.12 (вероятность примерно 75 "
        "процентов). Свяжусь с Вами в понедельник.",
    ),
    "ar-indic": (
        "ar",
        """مرحبًا أستاذ خالد،

شكرًا على رسالتك، وأتفهم أن موعد الإطلاق مهم لكم.

بما أن العقد يشمل خمس صفحات فقط، فإن الصفحة الإضافية تحتاج إلى نحو 10 ساعات عمل. أمامنا خياران:
١. إضافة الصفحة بتكلفة إضافية وتسليمها يوم الخميس ١٠ ديسمبر (باحتمال ٨٠٪ تقريبًا).
٢. تأجيلها إلى المرحلة الثانية دون تغيير الموعد الحالي.

سأتواصل معك غدًا لتأكيد الخيار المناسب.

مع التحية،
سارة""",
    ),
    "ar-prose": (
        "ar",
        "السيدة منى المحترمة، نعتذر عن التأخير. نظرًا لأن الصور وصلت متأخرة، يمكنكم الاختيار: "
        "إما تسليم النسخة الأساسية يوم الأحد، أو النسخة الكاملة في 20 يناير باحتمال 90%. "
        "سنتواصل معكم غدًا لتأكيد القرار.",
    ),
}

# Hand-written replies with problems, and exactly what check_reply() reports.
BAD = {
    "en-blame": (
        "en",
        "Obviously you never read the brief. As I already said, it can't be done by Friday.",
        ["acknowledge", "options", "time_frame", "follow_up", BLAME],
    ),
    "en-guarantee": (
        "en",
        "Sure, no problem, I guarantee it will be done by Friday!",
        ["acknowledge", "explain", "options", "time_frame", "follow_up", PROMISE],
    ),
    "en-no-probability": (
        "en",
        "Thanks, I understand. Because of my schedule: option A, the landing page on Friday; "
        "option B, the full site next Wednesday. I'll write tomorrow.",
        ["time_frame"],
    ),
    "en-one-option": (
        "en",
        "Thanks for asking. Since the scope covers 5 pages, if you'd like a sixth I can add it "
        "for $150, ready by Fri 4 Dec (80% likely). I'll send the quote tomorrow.",
        [ONE_OPTION],
    ),
    "en-no-date": (
        "en",
        "Thanks. Because the scope is fixed, either we cut a page or we add budget. "
        "I'll write soon.",
        ["time_frame", NO_DATE],
    ),
    "en-definitely": (
        "en",
        "Thanks, I understand. Because it's small, option 1 or option 2 both work; it will "
        "definitely be ready by Monday, 100%. I'll call you later.",
        [PROMISE],  # "100%" reads as a probability, and is linted as a false certainty
    ),
    "id-blame": (
        "id",
        "Anda selalu minta revisi mendadak. Sudah saya bilang dari awal, tidak bisa!",
        ["acknowledge", "explain", "options", "time_frame", "follow_up", BLAME, NO_DATE],
    ),
    "id-promise": (
        "id",
        "Siap Kak, pasti selesai besok!",
        ["acknowledge", "explain", "options", "time_frame", "follow_up", PROMISE],
    ),
    "ru-blame": (
        "ru",
        "Как я уже писал, Вы опять меняете требования. Это не моя проблема.",
        ["acknowledge", "explain", "options", "time_frame", "follow_up", BLAME, NO_DATE],
    ),
    "ru-promise": (
        "ru",
        "Гарантирую, что всё будет готово в пятницу.",
        ["acknowledge", "explain", "options", "time_frame", "follow_up", PROMISE],
    ),
    "ar-blame": (
        "ar",
        "كما قلت سابقًا، أنتم دائمًا تغيرون الطلبات في آخر لحظة.",
        ["acknowledge", "explain", "options", "time_frame", "follow_up", BLAME, NO_DATE],
    ),
    "ar-promise": (
        "ar",
        "أضمن لكم أن الموقع سيكون جاهزًا يوم الأحد.",
        ["acknowledge", "explain", "options", "time_frame", "follow_up", PROMISE],
    ),
}


@pytest.mark.parametrize("key", GOOD)
def test_good_hand_written_replies_pass(key):
    """Replies written by people (lists or prose, four languages) make all five moves."""
    language, body = GOOD[key]
    assert check_reply(body, language=language) == []
    assert reply_moves(body, language=language) == ALL


@pytest.mark.parametrize("key", BAD)
def test_bad_hand_written_replies_are_reported(key):
    """Missing moves come first (in MOVES order), then the lint messages."""
    language, body, expected = BAD[key]
    problems = check_reply(body, language=language)
    assert [p if not p.startswith("lint") else _kind(p) for p in problems] == expected


def _kind(message: str) -> str:
    for kind in (BLAME, PROMISE):
        if message.startswith(kind):
            return kind
    return message


def test_lint_quotes_the_phrases_it_found():
    """The blame and promise messages quote what triggered them (at most three, no repeats)."""
    problems = check_reply(BAD["en-blame"][1])
    assert problems[-1] == (
        "lint: blame or evaluation ('obviously', 'you never', 'as i already said'); describe "
        "what happened instead (an observation, not a judgement)"
    )
    assert "('i guarantee')" in check_reply(BAD["en-guarantee"][1])[-1]
    assert "('гарантирую')" in check_reply(BAD["ru-promise"][1], language="ru")[-1]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "I can't guarantee Friday, and it's not guaranteed by the host either."),
        ("en", "Nobody can promise a ranking; we can't be 100% sure of Google."),
        ("ru", "Не гарантирую пятницу, потому что объём вырос."),
        ("id", "Saya tidak menjamin hasilnya dan tidak pasti selesai besok."),
        ("ar", "لا أستطيع أن أضمن يوم الأحد لأن العمل زاد."),
    ],
)
def test_a_negated_promise_is_not_linted(language, body):
    """Saying "I can't guarantee" is honest, not a promise: no promise lint."""
    assert not any(p.startswith(PROMISE) for p in check_reply(body, language=language))


def test_each_move_is_detected_on_its_own():
    """One sentence per move switches on exactly that move."""
    sentences = {
        "acknowledge": "Thanks for the update.",
        "explain": "Because the scope covers five pages, this is extra.",
        "options": "Option A is a smaller page; option B is the full page later.",
        "time_frame": "It will be ready by Fri 27 Nov (80% likely).",
        "follow_up": "I'll write to you again on Monday.",
    }
    for move, sentence in sentences.items():
        found = reply_moves(sentence)
        assert found[move], (move, found)
    assert reply_moves("Thanks for the update.") == {
        "acknowledge": True,
        "explain": False,
        "options": False,
        "time_frame": False,
        "follow_up": False,
    }


def test_list_items_count_as_options_and_one_is_flagged():
    """Two list items are two options; a single option gets the lint, not a missing move."""
    two = "- a smaller page by Friday\n- the full page on Wed 9 Dec"
    assert reply_moves(two)["options"]
    assert ONE_OPTION not in check_reply(two)
    one = "If you'd like, I can do the full page on Wed 9 Dec."
    assert reply_moves(one)["options"]
    assert ONE_OPTION in check_reply(one)
    numbered = "1) a logo, if the budget allows\n2) a banner instead\n3) a flyer by Friday"
    assert ONE_OPTION not in check_reply(numbered) and reply_moves(numbered)["options"]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "- no\n- no"),
        ("en", "1) logo\n2) banner\n3) flyer"),
        ("ru", "- нет\n- нет"),
        ("id", "- tidak\n- tidak"),
        ("ar", "- لا\n- لا"),
    ],
)
def test_list_items_without_choice_content_are_not_options(language, body):
    """Bullets alone are not options: each needs a condition, a yes, an alternative or a date."""
    assert not reply_moves(body, language=language)["options"]
    assert "options" in check_reply(body, language=language)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "That's a fair ask."),
        ("en", "Good question."),
        ("en", "Happy to look into it."),
    ],
)
def test_more_acknowledgement_forms(language, body):
    """Common acknowledgements count: "That's a fair ask", "Good question", "Happy to…"."""
    assert reply_moves(body, language=language)["acknowledge"]


def test_russian_as_always_is_blame():
    """ "Вы как всегда…" / "как всегда" is an evaluation, linted as blame."""
    for body in ("Вы как всегда прислали правки в последний момент.", "Как всегда, поздно."):
        assert any("blame" in p for p in check_reply(body, language="ru")), body


def test_the_time_frame_needs_a_date_and_a_probability_nearby():
    """A probability counts with a date in its own paragraph or the one before it."""
    assert reply_moves("Ready by Fri 27 Nov.\n\nI'm 80% sure of that.")["time_frame"]
    assert not reply_moves("Ready by Fri 27 Nov.\n\nx\n\ny\n\n80% of the work is done.")[
        "time_frame"
    ]
    assert not reply_moves("Ready by Friday.")["time_frame"]
    assert not reply_moves("About 80% likely.")["time_frame"]
    for date in (
        "2026-11-27",
        "27/11",
        "27.11.2026",
        "November 27th",
        "in 3 working days",
        "tomorrow",
        "end of the week",
        "Thursday",
    ):
        assert reply_moves(f"Done {date} (80% likely).")["time_frame"], date
    assert not reply_moves("It takes 2.5 hours (80% likely).")["time_frame"]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("id", "Selesai dalam 3 hari kerja (kemungkinan 80 persen)."),
        ("id", "Jadi Kamis, 3 Des, peluangnya 80%."),
        ("ru", "Сдам через 3 рабочих дня, вероятность 80 процентов."),
        ("ru", "Готово к пт, 27 нояб. (вероятность 80\u00a0%)."),
        ("ar", "سيكون جاهزًا خلال 3 أيام عمل باحتمال 80 بالمئة."),
        ("ar", "جاهز يوم الخميس، ٣ ديسمبر (باحتمال ٨٠٪)."),
    ],
)
def test_dates_and_probabilities_in_each_language(language, body):
    """Each language's dates (month names, weekdays, "N working days") and % are read."""
    assert reply_moves(body, language=language)["time_frame"]


def test_english_cues_also_count_in_other_languages():
    """Mixed replies are common: English cues are checked in every language."""
    body = (
        "Thanks Kak! Karena scope-nya tetap, option A atau option B. Selesai Jumat (80%). "
        "I'll update you tomorrow."
    )
    assert check_reply(body, language="id") == []


def test_empty_reply_misses_everything():
    """An empty body misses every move and has no date (handy for a live checklist)."""
    assert check_reply("") == [*MOVES, NO_DATE]
    assert reply_moves("   ") == dict.fromkeys(MOVES, False)


def test_bad_inputs_are_named():
    """A non-text body, an unknown language or a huge body fails with InputError."""
    with pytest.raises(InputError, match="pass the reply as text"):
        check_reply(None)
    with pytest.raises(InputError, match="language"):
        check_reply("hi", language="fr")
    with pytest.raises(InputError, match="at most"):
        reply_moves("x" * (MAX_BODY_CHARS + 1))


def test_a_long_reply_is_checked_quickly():
    """A 100 kB reply is checked in well under a second (it runs on every keystroke)."""
    import time

    body = GOOD["en-list"][1] * 300
    assert len(body) > 100_000
    start = time.perf_counter()
    assert check_reply(body) == []
    assert time.perf_counter() - start < 1.0


def test_options_numbered_inside_a_sentence_count():
    """'I can (1) … or (2) …' offers two options; a lone '(1)' does not."""
    two = "I can (1) finish the pages by Friday, or (2) swap one page and keep Friday."
    assert reply_moves(two, language="en")["options"]
    one = "See (1) in the contract."
    assert not reply_moves(one, language="en")["options"]


def test_lesson_04_exercise_answer_passes_its_own_check():
    """The model answer of lesson 04's exercise 2 returns an empty list, as the task says."""
    import json
    import re
    from pathlib import Path

    nb = Path(__file__).resolve().parent.parent / "notebooks" / "04_replies.ipynb"
    cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
    text = "".join(next(c["source"] for c in cells if "One answer" in "".join(c["source"])))
    answer = re.search(r"<summary>One answer</summary>\s*(.*?)</details>", text, re.S).group(1)
    assert check_reply(answer.strip(), language="en") == []
