"""Check a reply for the five moves and lint it for blame, missing dates and bare promises.

The five moves of a good reply (DESIGN.md §5 "Replies"), in order, are :data:`MOVES`:
acknowledge → explain → options → time frame → follow-up. :func:`reply_moves` says
which are present; :func:`check_reply` lists the missing ones first, then lint messages
that start with ``"lint: "``. Both work on any reply, hand-written or drafted, in English,
Indonesian, Russian or Arabic. Detection is by cue phrases, so it is explainable and
fast enough to run on every keystroke:

* **acknowledge**: thanks, "I understand", "I see why", an apology …
* **explain**: because, since, "the agreement covers", "at 6 hours a day", usually …
* **options**: two or more list items (``-``, ``*``, ``•``, ``1.``, ``a)`` …) that carry
  choice content (a condition, "yes", "option", an alternative or action verb, a date),
  options numbered inside a sentence ("I can (1) … or (2) …"), or
  option words ("option", "alternatively", "either … or", "if you'd prefer" …);
* **time frame**: a date (day + month, a weekday, "tomorrow", "in 3 working days", an
  ISO or numeric date) with a probability (``80%``, "80 persen", "80 процентов")
  in the same paragraph or the paragraph after it;
* **follow-up**: "I'll write / call / get back to you / send an update …".

Lint: blame or evaluation words ("you always", "obviously", "as I already said"), no date
at all, a promise without a probability ("I guarantee", "definitely by", "100%"; a negated
one such as "I can't guarantee" is fine), and a single option where 2–3 are expected.

The English cues are checked in every language too (replies often mix in English words).
Text is compared after NFKC normalisation and case folding; ё is read as е, Arabic vowel
marks and tatweel are dropped, the forms of alef are unified and Arabic-Indic digits are
read as 0–9.

>>> check_reply("Thanks! Because of the launch I can do it by Fri 27 Nov (80% likely). "
...             "Either a smaller page now or the full one later. I'll write on Monday.")
[]
>>> for problem in check_reply("Obviously this is impossible."):  # doctest: +ELLIPSIS
...     print(problem)
acknowledge
explain
options
time_frame
follow_up
lint: blame or evaluation ('obviously'); describe what happened instead (an observation, ...
lint: no date; say when, e.g. 'by Fri 27 Nov'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from .._validate import one_of
from ..errors import InputError
from .render import LANGUAGES

__all__ = ["MOVES", "check_reply", "reply_moves"]

MOVES: tuple[str, ...] = ("acknowledge", "explain", "options", "time_frame", "follow_up")
MAX_BODY_CHARS = 1_000_000

# --------------------------------------------------------------------------- normalising
_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "`": "'",
        "ʼ": "'",
        "ё": "е",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "٪": "%",
        "،": ",",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _ARABIC_MARKS.sub("", text).translate(_FOLD)


# --------------------------------------------------------------------------- cue lexicons
# Patterns are regular expressions on the normalised text (lower case; Arabic folded as
# above). Arabic words take prefixes (و ف ب ل ك ال), so Arabic cues start with _AR.
_AR = r"(?<!\w)(?:[وفبلك]|ال|وال|بال|لل|فال)?"

_EN_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_ID_MONTHS = (
    r"januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
    r"|jan|feb|mar|apr|jun|jul|agu|agt|agus|sep|sept|okt|nov|des"
)
_RU_MONTHS = (
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяю]|июн\w*|июл\w*|август\w*|сентябр\w*"
    r"|октябр\w*|ноябр\w*|декабр\w*|янв|февр?|мар|апр|авг|сент?|окт|нояб?|дек"
)
_AR_MONTHS = (
    r"يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر"
    r"|كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني"
    r"|كانون الاول|جانفي|فيفري|افريل|ماي|جوان|جويلية|اوت"
)
_NUMERIC_DATES = [
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?:/\d{2,4})?\b",
    r"\b(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])(?:\.\d{2,4})?\b",
]
_PERCENT = r"\d+(?:[.,]\d+)? ?%"

_LEXICON: dict[str, dict[str, list[str]]] = {
    "en": {
        "acknowledge": [
            r"\bthank",
            r"\bthanks\b",
            r"\bi (?:fully |completely |totally )?understand\b",
            r"\bi (?:can )?see (?:why|that|how|what|where)\b",
            r"\bi can see\b",
            r"\bi hear you\b",
            r"\b(?:i|we) (?:really )?appreciate\b",
            r"\bi know (?:how|that|this|it|what)\b",
            r"\bmakes (?:total |perfect |a lot of )?sense\b",
            r"\bi get (?:it|why|that)\b",
            r"\bglad you\b",
            r"\bgood (?:question|point)\b",
            r"\bfair (?:point|question|enough)\b",
            r"\b(?:i'm|i am|we're|we are) (?:so |very |really )?sorry\b",
            r"\bsorry (?:for|about|to)\b",
            r"\bapologi[sz]e",
            r"\bapologies\b",
            r"\bunderstandabl[ey]\b",
            r"\bi reali[sz]e\b",
            r"\byou'?re right\b",
            r"\bhappy to\b",
            r"\b(?:that'?s|it'?s) a (?:fair|good|great|reasonable) "
            r"(?:ask|question|point|request)\b",
            r"\bfair ask\b",
            r"\b(?:i've|i have) (?:got|received) your\b",
        ],
        "explain": [
            r"\bbecause\b",
            r"\bsince\b",
            r"\bdue to\b",
            r"\bgiven (?:that|the|my|our)\b",
            r"\bthe reason\b",
            r"\bthat'?s why\b",
            r"\b(?:which|this|that|it) means\b",
            r"\bso that\b",
            r"\b(?:our|the|my) (?:agreement|contract|scope|quote|proposal|brief|estimate|plan)\b",
            r"\b(?:we|as) agreed\b",
            r"\bagreed (?:scope|price|plan|date|terms|rounds?)\b",
            r"\b(?:covers|includes|included|out of scope|outside the scope)\b",
            r"\bat \d+(?:\.\d+)? ?(?:hours?|hrs?|h)\b",
            r"\b\d+(?:\.\d+)? ?(?:hours?|hrs?|h) (?:a|per|each) (?:day|week)\b",
            r"\bhours of (?:work|focused)",
            r"\b(?:typically|usually|normally|on average|in my experience|as a rule)\b",
            r"\bindustry\b",
            r"\bstandard (?:practice|rate|process)\b",
            r"\bmy (?:schedule|calendar|capacity|workload|rate)\b",
            r"\bfully booked\b",
            r"\balready (?:committed|booked|planned)\b",
            r"\b(?:needs|takes) (?:about|around|roughly|at least|several)\b",
        ],
        "option": [
            r"\boption (?:\d|[a-c]\b|one|two|three)",
            r"\bif you(?:'d| would)? (?:prefer|rather|want|like|need|can|agree|choose|pick"
            r"|confirm|send|approve)\b",
            r"\bif you'?re (?:ok|okay|happy|fine)\b",
            r"\b(?:we|i) could\b",
            r"\byes,? if\b",
            r"\bor,? if\b",
        ],
        "options": [
            r"\balternatively\b",
            r"\banother (?:option|way)\b",
            r"\bthe other option\b",
            r"\beither\b[^.!?]{0,200}\bor\b",
            r"\byou (?:can|could) (?:choose|pick)\b",
            r"\bchoose between\b",
            r"\b(?:two|three|a few|some|several) options\b",
            r"\bhere are (?:the |some |a few |two |three |my )?options\b",
        ],
        "date": [
            rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_EN_MONTHS})\b",
            rf"\b(?:{_EN_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?\b",
            rf"\b(?:end|middle|mid|start|beginning|early|late) (?:of )?(?:{_EN_MONTHS})\b",
            r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
            r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,? \d{1,2}\b",
            r"\b(?:today|tomorrow|tonight)\b",
            r"\bthis (?:afternoon|evening|morning|week|weekend)\b",
            r"\bnext (?:week|month|monday|tuesday|wednesday|thursday|friday)\b",
            r"\bend of (?:the )?(?:day|week|month)\b",
            r"\b(?:eod|eow|cob)\b",
            r"\b(?:in|within|after) (?:\d+|one|two|three|four|five|a few|a couple of) "
            r"(?:working |business |work )?(?:days?|weeks?)\b",
            r"\b\d+ (?:working|business|work) days?\b",
            *_NUMERIC_DATES,
        ],
        "probability": [_PERCENT, r"\b\d+ ?(?:percent|per cent)\b"],
        "follow_up": [
            r"\b(?:i|we)(?:'ll| will| shall| am going to| are going to) (?:also |then )?"
            r"(?:write|call|ring|e-?mail|message|text|reply|respond|get back|come back|"
            r"follow up|check in|check back|be in touch|touch base|update you|let you know|"
            r"confirm|report back|talk|contact you|circle back|ping you|send (?:you )?"
            r"(?:an? |the |my )?(?:next )?(?:update|note|summary|reply|answer|quote|"
            r"questions|report|proposal|full))",
            r"\band (?:then )?(?:write|call|reply|e-?mail) (?:to )?you\b",
            r"\bnext update\b",
            r"\byou'?ll hear (?:from me|from us|back)\b",
            r"\blet'?s (?:talk|speak|catch up|meet)\b",
            r"\bexpect (?:my|our|an?) (?:update|reply|answer|call|e-?mail)\b",
        ],
        "blame": [
            r"\byou (?:always|never|keep|constantly)\b",
            r"\bobviously\b",
            r"\bas i(?:'ve| have)? (?:already )?(?:said|mentioned|told you|explained|wrote|"
            r"stated)\b",
            r"\bas (?:previously|already) (?:said|stated|mentioned|explained)\b",
            r"\bclearly,? you\b",
            r"\byou clearly\b",
            r"\byou should have\b",
            r"\byour fault\b",
            r"\byou failed\b",
            r"\byou (?:didn'?t|did not|don'?t|do not) (?:even )?(?:read|listen|understand)\b",
            r"\b(?:unreasonable|ridiculous|absurd|nonsense|insane)\b",
            r"\bnot my problem\b",
            r"\bfor the (?:last|hundredth|third|fifth|tenth) time\b",
            r"\bas you should know\b",
            r"\bwhat part of\b",
            r"\bi told you\b",
        ],
        "promise": [
            r"\b(?:i|we) (?:guarantee|promise)\b",
            r"\bguaranteed\b",
            r"\bdefinitely (?:by|on|be|have|deliver|ready|done|finish)",
            r"\b100 ?%",
            r"\b(?:a )?hundred percent\b",
            r"\bfor sure\b",
            r"\bwithout fail\b",
            r"\bno doubt\b",
            r"\bnothing (?:can|will) go wrong\b",
        ],
        "negation": [r"\b(?:not|cannot|never|no one|nobody|no)\b", r"n't\b"],
    },
    "id": {
        "acknowledge": [
            r"\bterima ?kasih\b",
            r"\bmakasih\b",
            r"\b(?:saya|kami|aku) (?:sangat |bisa |dapat |sepenuhnya )?(?:mengerti|paham|"
            r"memahami|menghargai|maklum|melihat)\b",
            r"\b(?:bisa|dapat|sangat) (?:dimengerti|dipahami)\b",
            r"\bwajar\b",
            r"\b(?:mohon )?maaf\b",
            r"\b(?:saya|kami) (?:sudah |telah )?(?:menerima|terima) (?:pesan|email|kabar)",
            r"\bpertanyaan (?:yang )?bagus\b",
        ],
        "explain": [
            r"\bkarena\b",
            r"\bkarna\b",
            r"\bsebab\b",
            r"\bsoalnya\b",
            r"\bsehingga\b",
            r"\bartinya\b",
            r"\bberarti\b",
            r"\balasannya\b",
            r"\b(?:kesepakatan|perjanjian|kontrak|penawaran|ruang lingkup|lingkup kerja)\b",
            r"\b(?:kita |sudah |telah )?(?:di)?sepakati\b",
            r"\bsesuai (?:kesepakatan|perjanjian|kontrak|rencana)\b",
            r"\b(?:mencakup|mencakupi|termasuk|di luar)\b",
            r"\b\d+(?:[.,]\d+)? jam (?:per|sehari|setiap|tiap)\b",
            r"\b(?:biasanya|umumnya|pada umumnya|lazimnya|standar)\b",
            r"\b(?:jadwal|kapasitas|beban kerja) saya\b",
            r"\bbutuh (?:sekitar|kira-kira|beberapa|minimal)\b",
        ],
        "option": [
            r"\bopsi\b",
            r"\bpilihan\b",
            r"\b(?:jika|kalau|bila|apabila) (?:anda|kakak|kak|bapak/ibu|bapak|ibu) "
            r"(?:mau|ingin|setuju|lebih suka|memilih|bisa|perlu|bersedia|mengirim|"
            r"mengonfirmasi|menyetujui)\b",
            r"\b(?:ya|bisa),? (?:jika|kalau|asal(?:kan)?|dengan syarat)\b",
        ],
        "options": [
            r"\balternatif",
            r"\batau bisa juga\b",
            r"\b(?:ada )?(?:dua|tiga|beberapa) (?:pilihan|opsi)\b",
            r"\bsilakan pilih\b",
            r"\bbisa memilih\b",
            r"\b(?:pilihan|opsi) lain",
            r"\bbaik\b[^.!?]{0,150}\bmaupun\b",
        ],
        "date": [
            rf"\b\d{{1,2}} (?:{_ID_MONTHS})\b",
            rf"\b(?:{_ID_MONTHS}) \d{{1,2}}\b",
            rf"\b(?:awal|akhir|pertengahan) (?:bulan )?(?:{_ID_MONTHS})\b",
            r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b",
            r"\b(?:besok|lusa|hari ini|nanti sore|nanti malam)\b",
            r"\b(?:minggu|pekan|bulan) depan\b",
            r"\bakhir (?:minggu|pekan|bulan|hari)\b",
            r"\b(?:\d+|satu|dua|tiga|empat|lima|beberapa) hari kerja\b",
            r"\bdalam (?:\d+|satu|dua|tiga|empat|lima) (?:hari|minggu|pekan)\b",
            *_NUMERIC_DATES,
        ],
        "probability": [_PERCENT, r"\b\d+ ?persen\b"],
        "follow_up": [
            r"\b(?:saya|kami|aku) (?:akan )?(?:segera )?(?:kabari|kabarkan|mengabari|"
            r"mengabarkan|menghubungi|hubungi|membalas|balas|menulis|konfirmasi|"
            r"mengonfirmasi|menelepon|telepon|update|follow up|mengecek|cek)",
            r"\b(?:saya|kami|aku) (?:akan )?(?:segera )?(?:kirim|kirimkan|mengirim|"
            r"mengirimkan) (?:kabar|update|pembaruan|laporan|jawaban|balasan|penawaran|"
            r"pertanyaan|ringkasan)",
            r"\b(?:saya|kami) (?:akan )?(?:memberi|memberikan) kabar\b",
            r"\bakan (?:saya|kami) (?:kabari|kabarkan|hubungi|konfirmasi|kirim|balas|cek)",
            r"\b(?:kabar|update|laporan|pembaruan) (?:berikutnya|selanjutnya)\b",
        ],
        "blame": [
            r"\b(?:anda|kamu|kakak|kak|bapak/ibu|situ|lo|lu) (?:selalu|tidak pernah|"
            r"nggak pernah|gak pernah|tak pernah|terus-terusan)\b",
            r"\bjelas(?:-jelas| sekali)\b",
            r"\bsudah jelas\b",
            r"\bseperti yang (?:sudah |telah )?(?:saya|aku) (?:bilang|katakan|sampaikan|"
            r"jelaskan|tulis)\b",
            r"\bsudah (?:saya|aku) (?:bilang|katakan|jelaskan)\b",
            r"\bsudah berkali-kali\b",
            r"\b(?:salah|kesalahan) (?:anda|kamu|kakak|bapak/ibu)\b",
            r"\bgara-gara (?:anda|kamu|kakak)\b",
            r"\b(?:tidak|nggak|gak) masuk akal\b",
            r"\bketerlaluan\b",
            r"\bbukan urusan saya\b",
        ],
        "promise": [
            r"\b(?:saya|kami|aku) (?:jamin|menjamin|janji|berjanji)\b",
            r"\bdijamin\b",
            r"\bpasti (?:selesai|jadi|beres|sudah|siap|tepat)\b",
            r"\bseratus persen\b",
            r"\b100 ?persen\b",
            r"\btanpa gagal\b",
        ],
        "negation": [r"\b(?:tidak|tak|nggak|gak|bukan|belum|tidak ada|siapa pun)\b"],
    },
    "ru": {
        "acknowledge": [
            r"\bспасибо\b",
            r"\bблагодар",
            r"\bпонима(?:ю|ем)\b",
            r"\bмне понятн",
            r"\bпонятно\b",
            r"\b(?:я )?вижу, (?:что|как|почему)\b",
            r"\bценю\b",
            r"\bизвин",
            r"\bприношу (?:свои )?извинения\b",
            r"\bпрошу прощения\b",
            r"\bсожалею\b",
            r"\bхороший вопрос\b",
            r"\bвы правы\b",
            r"\b(?:получил|получила|получили) ваш",
        ],
        "explain": [
            r"\bпотому что\b",
            r"\bтак как\b",
            r"\bпоскольку\b",
            r"\bиз-за\b",
            r"\bпричина\b",
            r"\bпоэтому\b",
            r"\bэто значит\b",
            r"\bто есть\b",
            r"\bдоговор",
            r"\bсоглашени",
            r"\bзадани[еяю]\b",
            r"\bв рамках\b",
            r"\b(?:не )?вход(?:ит|ят)\b",
            r"\bвключ(?:ает|ены|ен|ено)\b",
            r"\bпредусмотрен",
            r"\bсогласованн",
            r"\b\d+(?:[.,]\d+)? ?(?:час|ч\b)",
            r"\bчас\w* в день\b",
            r"\b(?:обычно|как правило|в среднем|по опыту)\b",
            r"\bстандарт",
            r"\b(?:мой|моя|моё|мое|мои) (?:график|загрузк|календар)",
        ],
        "option": [
            r"\bвариант",
            r"\bесли (?:вы|вам|вас|удобнее|нужно|хотите|готовы|согласны|подтвердите|"
            r"пришлете|выберете|решите)\b",
            r"\bда,? если\b",
            r"\bлибо\b",
        ],
        "options": [
            r"\bальтернатив",
            r"\bили же\b",
            r"\bдругой вариант\b",
            r"\bна выбор\b",
            r"\b(?:два|три|несколько) вариант",
            r"\bвыберите\b",
            r"\bможете выбрать\b",
        ],
        "date": [
            rf"\b\d{{1,2}} (?:{_RU_MONTHS})(?![а-я])",
            rf"\b(?:в )?(?:начале|конце|середине) (?:{_RU_MONTHS})(?![а-я])",
            r"\b(?:понедельник|вторник|сред[аеуы]|четверг|пятниц|суббот|воскресень)",
            r"\b(?:пн|вт|ср|чт|пт|сб|вс),? \d{1,2}\b",
            r"\b(?:сегодня|завтра|послезавтра)\b",
            r"\bна (?:этой|следующей) неделе\b",
            r"\bк концу (?:дня|недели|месяца)\b",
            r"\b\d+ рабоч\w+ (?:дн|день)",
            r"\b(?:через|в течение|за) (?:\d+|один|одну|два|две|три|пару|несколько) "
            r"(?:рабоч\w+ )?(?:дн|день|дня|недел)",
            *_NUMERIC_DATES,
        ],
        "probability": [_PERCENT, r"\bпроцент"],
        "follow_up": [
            r"\b(?:напишу|напишем|позвоню|позвоним|свяжусь|свяжемся|отпишусь|сообщу|сообщим|"
            r"отвечу|ответим|подтвержу|подтвердим|пришлю|пришлём|пришлем|отправлю|отправим|"
            r"уточню|проверю)\b",
            r"\bвернусь к вам\b",
            r"\b(?:дам|дадим) знать\b",
            r"\bследующ\w+ (?:отч[её]т|обновлени|апдейт|письм)",
            r"\bна связи\b",
        ],
        "blame": [
            r"\bвы (?:всегда|никогда|постоянно|опять|снова|вечно)\b",
            r"\b(?:вы |у вас )?как всегда\b",
            r"\bочевидно\b",
            r"\bкак я уже (?:говорил|писал|сказал|объяснял|упоминал)",
            r"\bя же (?:говорил|писал|сказал)",
            r"\bсколько можно\b",
            r"\bв который раз\b",
            r"\b(?:ваша вина|по вашей вине|сами виноваты)\b",
            r"\b(?:нелеп|абсурд|неадекват|бред)",
            r"\bне мои проблемы\b",
            r"\bне моя проблема\b",
            r"\bпонятно же\b",
        ],
        "promise": [
            r"\b(?:гарантирую|гарантируем|обещаю|обещаем|клянусь)\b",
            r"\bточно (?:будет|сделаю|успею|сдам|закончу)",
            r"\bсто процентов\b",
            r"\bстопроцентно\b",
            r"\bбез (?:всяких )?сомнени",
            r"\bобязательно (?:сделаю|успею|сдам|будет)",
            r"\b100 ?%",
        ],
        "negation": [r"\b(?:не|нельзя|никто|ни|нет)\b"],
    },
    "ar": {
        "acknowledge": [
            _AR + r"شكرا",
            _AR + r"(?:اشكر|نشكر|شاكر)",
            _AR + r"(?:افهم|نفهم|اتفهم|نتفهم|مفهوم)",
            _AR + r"(?:اقدر|نقدر|نقدّر)",
            _AR + r"(?:اعتذر|نعتذر|عذرا|اعتذاري)",
            _AR + r"(?:ادرك|ندرك)",
            _AR + r"(?:استلمت|وصلتني|تلقيت) (?:رسالت|طلب|بريد)",
            _AR + r"معكم حق",
        ],
        "explain": [
            r"(?<!\w)[وف]?لان(?!\w)",
            _AR + r"سبب",
            _AR + r"نظرا",
            _AR + r"حيث ان",
            _AR + r"(?:اتفاق|اتفقنا|المتفق|متفق عليه)",
            _AR + r"(?:العقد|عقدنا)",
            _AR + r"(?:عرض السعر|نطاق العمل)",
            _AR + r"(?:يشمل|تشمل|يتضمن|تتضمن|يغطي|خارج نطاق)",
            r"\d+(?:[.,]\d+)? ?ساع",
            _AR + r"(?:ساعات|ساعة) (?:يوميا|في اليوم)",
            _AR + r"(?:مما يعني|هذا يعني|اي ان)",
            _AR + r"(?:لذلك|لذا)",
            _AR + r"(?:عادة|المعتاد|المعايير|المعيار)",
            _AR + r"(?:جدولي|طاقتي|التزاماتي)",
        ],
        "option": [
            _AR + r"خيار(?!ات)",
            _AR + r"(?:اذا|ان) (?:كنتم|كنت|اردتم|رغبتم|فضلتم|وافقتم|ارسلتم|اكدتم|احتجتم)",
            _AR + r"نعم,? (?:اذا|ان|بشرط)",
            _AR + r"بشرط",
        ],
        "options": [
            _AR + r"بديل",
            _AR + r"خيارات",
            _AR + r"اما\b[^.!?؟]{0,150}(?<!\w)او(?!\w)",
            _AR + r"(?:يمكنكم|يمكنك) (?:الاختيار|ان تختار)",
            _AR + r"لكم الاختيار",
        ],
        "date": [
            rf"\d{{1,2}} (?:{_AR_MONTHS})(?!\w)",
            r"(?<!\w)(?:يوم )?(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعة|سبت)(?!\w)",
            r"(?<!\w)(?:يوم )?الاحد(?!\w)",
            _AR + r"(?:غدا|بعد غد|اليوم)(?!\w)",
            _AR + r"(?:الاسبوع|الشهر) (?:القادم|المقبل)",
            _AR + r"نهاية (?:الاسبوع|الشهر|اليوم)",
            r"\d+ (?:ايام|يوم) عمل",
            _AR + r"خلال (?:\d+ )?(?:ايام|يوم|يومين|اسبوع|اسبوعين|اسابيع)",
            *_NUMERIC_DATES,
        ],
        "probability": [_PERCENT, _AR + r"(?:بالمئة|بالمائة|في المئة|في المائة)"],
        "follow_up": [
            _AR + r"(?:ساكتب|سنكتب|ساتواصل|سنتواصل|ساعود|سنعود|سارد|سنرد|ساتصل|سنتصل"
            r"|سابلغ|سنبلغ|ساخبر|سنخبر|ساوافي|سنوافي|ساراسل|سنراسل|ساؤكد|سنؤكد|ساتابع|سنتابع)",
            _AR + r"(?:سارسل|سنرسل) (?:لكم |لك |اليكم )?(?:تحديث|ردا|الرد|رد|العرض|الاسئلة"
            r"|ملخص|تقرير|اجابة)",
            _AR + r"التحديث (?:التالي|القادم)",
        ],
        "blame": [
            _AR + r"(?:انت|انتم) دائما",
            _AR + r"دائما ما (?:تطلب|تغير|تتاخر)",
            _AR + r"(?:انت|انتم) (?:لا|لم) (?:تقرا|تقراون|تقرؤون|تستمع|تستمعون)",
            _AR + r"كما (?:قلت|ذكرت) (?:سابقا|لك|لكم|من قبل|مرارا)",
            _AR + r"كما سبق (?:ان|و) قلت",
            _AR + r"من الواضح (?:انك|انكم)",
            _AR + r"(?:خطؤكم|خطؤك|خطاكم|غلطتكم|غلطتك)",
            _AR + r"(?:انت|انتم) السبب",
            _AR + r"(?:سخيف|غير منطقي|غير معقول)",
            _AR + r"ليست مشكلتي",
            _AR + r"للمرة (?:الالف|العاشرة|الثالثة)",
            _AR + r"كالعادة",
        ],
        "promise": [
            _AR + r"(?:اضمن|نضمن|اعدكم|اعدك|نعدكم|اوعدك|مضمون)",
            _AR + r"بالتاكيد (?:سينتهي|سيكون|سانهي|ساسلم)",
            _AR + r"حتما",
            r"100 ?%",
            _AR + r"مئة بالمئة",
            _AR + r"(?:بلا|دون ادني) شك",
        ],
        "negation": [_AR + r"(?:لا|لن|ليس|لم|لا احد|لا يمكن)(?!\w)"],
    },
}


@lru_cache(maxsize=8)
def _compiled(language: str) -> dict[str, re.Pattern[str]]:
    """One pattern per cue kind: the language's cues plus the English ones."""
    kinds = _LEXICON["en"].keys()
    out = {}
    for kind in kinds:
        patterns = list(_LEXICON[language].get(kind, []))
        if language != "en":
            patterns += _LEXICON["en"][kind]
        out[kind] = re.compile("|".join(f"(?:{p})" for p in patterns))
    return out


_LIST_ITEM = re.compile(r"^\s*(?:[-*•·–—]|\(?\d{1,2}[.)]|\(?[a-cа-вأ-ج][.)])\s+(\S.*)$", re.M)
#: Options numbered inside a sentence: "I can (1) finish the pages by Friday, or (2) swap…".
_INLINE_ITEM = re.compile(r"(?<![\w(])\(([1-3]|[a-cа-вأ-ج])\)\s+\S")

#: A list item counts as an option only if it carries choice content: a condition, a
#: "yes", the word option, an alternative, an action verb or a date ("- no - no" and a
#: bare list of nouns are not choices).
_CHOICE: dict[str, str] = {
    "en": r"\b(?:if|yes|option|or|instead|either|alternatively|could|can|would|choose|prefer"
    r"|rather|keep|add|swap|move|pause|cut|split|drop|postpone|delay|continue|wait|phase"
    r"|sooner|later|start|send|deliver|switch|test|extend|reduce|extra)\b",
    "id": r"\b(?:jika|kalau|bila|apabila|ya|bisa|pilihan|opsi|atau|sebagai|tambahkan|tukar"
    r"|simpan|ganti|tunda|lanjut\w*|geser|dengan|lebih)\b",
    "ru": r"(?:\bесли\b|\bда\b|вариант|\bили\b|\bможно\b|\bмогу\b|вместо|добав|замен"
    r"|остав|перенес|отлож|продолж|пауз|срочн|этап|раньше|позже)",
    "ar": r"(?:اذا|إذا|نعم|خيار|(?<!\w)او(?!\w)|(?<!\w)أو(?!\w)|يمكن|بدلا|بدلًا|اضاف|إضاف"
    r"|استبدال|تاجيل|تأجيل|(?<!\w)لو(?!\w)|مرحلة)",
}


# --------------------------------------------------------------------------- analysis
def _body(body: Any, language: Any) -> tuple[str, str]:
    one_of("language", language, LANGUAGES)
    if not isinstance(body, str):
        raise InputError("body", type(body).__name__, "pass the reply as text")
    if len(body) > MAX_BODY_CHARS:
        raise InputError(
            "body", f"{len(body):,} characters", f"check at most {MAX_BODY_CHARS:,} characters"
        )
    return body, _norm(body)


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def _analyse(body: str, language: str) -> dict[str, Any]:
    raw, text = _body(body, language)
    cues = _compiled(language)
    has = lambda kind, s=text: bool(cues[kind].search(s))  # noqa: E731
    choice = re.compile(_CHOICE[language] + ("" if language == "en" else "|" + _CHOICE["en"]))
    n_items = sum(
        1
        for item in _LIST_ITEM.findall(_norm(raw))
        if choice.search(item) or cues["date"].search(item)  # "- the full site by Wed 9 Dec"
    )
    inline = set(_INLINE_ITEM.findall(raw))
    n_options = max(
        n_items,
        len(inline) if len(inline) >= 2 else 0,
        len(cues["option"].findall(text)) + 2 * len(cues["options"].findall(text)),
    )
    paras = _paragraphs(text)
    dated = [has("date", p) for p in paras]
    time_frame = any(
        has("probability", p) and (dated[i] or (i > 0 and dated[i - 1]))
        for i, p in enumerate(paras)
    )
    promises = []
    negation = cues["negation"]
    for m in cues["promise"].finditer(text):
        # a negation in the same clause, at most four words before: "can't be guaranteed"
        clause = re.split(r"[,.;:!?؟\n]", text[max(0, m.start() - 60) : m.start()])[-1]
        if not negation.search(" ".join(clause.split()[-4:])):
            promises.append(m.group(0).strip())
    return {
        "moves": {
            "acknowledge": has("acknowledge"),
            "explain": has("explain"),
            "options": n_options >= 1,
            "time_frame": time_frame,
            "follow_up": has("follow_up"),
        },
        "n_options": n_options,
        "has_date": any(dated),
        "blame": [m.group(0).strip() for m in cues["blame"].finditer(text)],
        "promises": promises,
    }


def reply_moves(body: str, *, language: str = "en") -> dict[str, bool]:
    """Which of the five :data:`MOVES` the reply makes (for a live checklist).

    >>> reply_moves("Спасибо! Могу сдать в пятницу (вероятность 80 %). Напишу завтра.",
    ...             language="ru")
    {'acknowledge': True, 'explain': False, 'options': False, 'time_frame': True, 'follow_up': True}
    """
    return _analyse(body, language)["moves"]


def _quoted(items: list[str]) -> str:
    unique = list(dict.fromkeys(items))[:3]
    return ", ".join(repr(i) for i in unique)


def check_reply(body: str, *, language: str = "en") -> list[str]:
    """The moves the reply is missing (names from :data:`MOVES`), then lint messages.

    An empty list means the reply makes all five moves and has no lint. Lint messages
    start with ``"lint: "``: blame or evaluation words, no date, a promise without a
    probability, a single option.

    >>> check_reply("Terima kasih, Kak. Karena jadwal saya penuh, ada dua pilihan: "
    ...     "1) sebagian besok, 2) semuanya Jumat, 27 Nov (kemungkinan 80%). "
    ...     "Saya kabari lagi besok.", language="id")
    []
    """
    a = _analyse(body, language)
    out = [m for m in MOVES if not a["moves"][m]]
    if a["blame"]:
        out.append(
            f"lint: blame or evaluation ({_quoted(a['blame'])}); describe what happened "
            "instead (an observation, not a judgement)"
        )
    if not a["has_date"]:
        out.append("lint: no date; say when, e.g. 'by Fri 27 Nov'")
    if a["promises"]:
        out.append(
            f"lint: a promise without a probability ({_quoted(a['promises'])}); give the "
            "date with how likely it is, e.g. '80% likely'"
        )
    if a["n_options"] == 1:
        out.append("lint: only one option; offer 2–3, each a conditional 'yes, if…'")
    return out
