"""Which language a client wrote in: English, Indonesian, Russian or Arabic.

:func:`detect_language` looks at the script first (Arabic letters → ``"ar"``, Cyrillic →
``"ru"``), then tells Indonesian from English by common words, weighted so that a short or
mixed message still lands right: Indonesian chat is full of English words ("revisi logo-nya
dong, make it bigger"), so a few Indonesian function words, particles or slang forms
(yang, dan, tidak, bisa, tolong, kak, gan, dong, sih, aja, udah, belum, besok, harga, -nya …)
outweigh several English ones. Arabic written in Latin letters ("Arabizi") is out of scope
and reads as English. Text without letters reads as English (the default).

>>> detect_language("Can you have it by tomorrow?")
'en'
>>> detect_language("Kak, bisa selesai besok?")
'id'
>>> detect_language("tolong revisi, make it pop ya")
'id'
>>> detect_language("Сделайте до завтра")
'ru'
>>> detect_language("هل يمكن التسليم غدا؟")
'ar'
"""

from __future__ import annotations

import re

from .lexicon._text import check_text, fold, words

__all__ = ["LANGUAGES", "RTL", "detect_language"]

LANGUAGES: tuple[str, ...] = ("en", "id", "ru", "ar")
"""The languages of the kit: English, Indonesian, Russian, Arabic (ISO 639-1 codes)."""

RTL: frozenset[str] = frozenset({"ar"})
"""Languages written right to left."""

# Indonesian words, folded like the text (repeated letters made one: "tunggu" -> "tungu").
# 2: function words and particles English never uses; 1: content words common in briefs.
_ID_STRONG = """
yang dan tidak tdk gak ga gk nggak ngga enggak engak bisa bs tolong tlg kak kakak gan agan
sudah sdh udah udh belum blm dong sih deh nih aja saja kok kan lah loh lho ya yah yuk
ini itu untuk utk buat bikin dengan dgn dari ke di pada sama juga jg lagi lg mau mo
minta saya sy aku gue gw kami kita kamu anda situ mas mbak mba bang abang pak bu ibu bapak
besok hari minggu bulan jam harga harganya murah mahal gratis bayar transfer tf
gimana bagaimana berapa brp kapan kenapa knp apa apakah karena krn soalnya tapi tp
kalau kalo klo jika atau nanti ntar segera secepatnya cepat cepet banget bgt
selesai kelar beres jadi sekalian terserah pokoknya revisi desain kerjain kerjakan
tambah tambahin tambahan ganti ubah udahan gapapa nggak apa tetap tetep masih
sudahkah boleh harus perlu butuh pengen pingin ingin akan sedang lagi dulu aja doang
"""
_ID_WEAK = """
desain konten foto promo mantap oke sip siap makasih terima kasih
"""
_EN_WORDS = """
the a an and or but if so to of in on at for with from by about as is are was were be been
it this that these those i you we they he she my your our their me us him her them
can could would will should shall may might must do does did done have has had not no yes
please pls thanks thank hi hello dear just also too very really what when where why how
which who need want like get make send see know think let would'nt don't can't won't i'm
it's that's we're you're i'll we'll there here some any all more than then now today
tomorrow week day time price pay money work page site design
"""


def _set(block: str) -> frozenset[str]:
    return frozenset(fold(w)[0] for w in block.split())


_ID2 = _set(_ID_STRONG)
_ID1 = _set(_ID_WEAK) - _ID2
_EN = _set(_EN_WORDS) - _ID2
_ID_SUFFIX = re.compile(r"^[a-z]{3,}(nya|in|kan|lah|kah)$")
_ID_PREFIX = re.compile(r"^(di|ber|ter|meng|mem|peng|pem)[a-z]{4,}$")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")
_LATIN_LETTER = re.compile(r"[a-zA-Z\u00c0-\u024f]")


def _script_counts(text: str) -> tuple[int, int, int]:
    return (
        len(_ARABIC_LETTER.findall(text)),
        len(_CYRILLIC_LETTER.findall(text)),
        len(_LATIN_LETTER.findall(text)),
    )


def indonesian_score(tokens: list[str]) -> tuple[float, float]:
    """(Indonesian, English) evidence from folded words; used by :func:`detect_language`."""
    id_score = 0.0
    en_score = 0.0
    for t in tokens:
        if t in _ID2:
            id_score += 2.0
        elif t in _EN:
            en_score += 1.0
        elif t in _ID1:
            id_score += 0.5
        elif _ID_SUFFIX.match(t) and t.endswith("nya"):
            id_score += 1.5
        elif _ID_SUFFIX.match(t) or _ID_PREFIX.match(t):
            id_score += 0.3
    return id_score, en_score


def detect_language(text: str) -> str:
    """The language of ``text``: ``"en"``, ``"id"``, ``"ru"`` or ``"ar"`` (see the module doc).

    Script decides first: a message with Arabic letters making up at least a quarter of
    its letters is Arabic, likewise Cyrillic for Russian (the larger wins). Latin text is
    Indonesian when its Indonesian word score reaches 2 and at least half its English
    score, else English. ``text`` must be a ``str`` (else :class:`InputError`); empty
    text gives ``"en"``.

    >>> detect_language("gratis dong")
    'id'
    >>> detect_language("asap please")
    'en'
    >>> detect_language(42)
    Traceback (most recent call last):
    ...
    expectlib.errors.InputError: text: got 'int'; pass the client's message as text (a str)
    """
    check_text(text)
    sample = text[:5000]
    arabic, cyrillic, latin = _script_counts(sample)
    letters = arabic + cyrillic + latin
    if letters == 0:
        return "en"
    if arabic >= cyrillic and arabic >= 0.25 * letters:
        return "ar"
    if cyrillic >= 0.25 * letters:
        return "ru"
    id_score, en_score = indonesian_score(words(fold(sample)[0]))
    if id_score >= 2.0 and id_score >= 0.5 * en_score:
        return "id"
    return "en"
