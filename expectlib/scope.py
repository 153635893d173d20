"""Scoping: the client's brief, red flags before you say yes, a statement of work, and triage.

The lesson's flow, in four pieces that only pass plain, frozen values along:

1. :class:`Brief`: what a good client can tell you before work starts (all fields
   optional, because a brief is filled in gradually).
2. :func:`prequalify`: explainable rules that turn a brief into a score, named red
   flags (each with the *evidence* that triggered it) and the questions to ask next.
3. :class:`Scope`: the statement of work, in the order of DESIGN.md §5 "Scoping":
   objectives, deliverables (quantity, acceptance, price, revision rounds),
   out-of-scope items, assumptions and client responsibilities, milestones, payment
   stages tied to milestones, change control, a communication plan and shared metrics.
   It prints as Markdown or as a self-contained HTML page a client can sign, and it
   saves and loads as versioned JSON (atomic; validated, with errors that name the
   field path such as ``deliverables[1].price``).
4. :func:`triage`: is a new client request in scope, a change request, or out of scope?

>>> s = Scope(project="Bakery site", client="Crumbs",
...           deliverables=[Deliverable(name="Homepage", price=400)], out_of_scope=["Blog"])
>>> triage("When will the homepage draft be ready?", s).kind
'in_scope'
>>> triage("Can you also add a blog section, same price?", s).kind
'out_of_scope'
>>> triage("Can you also add a gallery page?", s).kind
'change_request'

How triage decides (every step is reported in ``Triage.evidence``):

* The text is normalised (Unicode NFKC, case-folded, split into words) and each word
  is reduced by a small stemmer (plural *-s*, *-ing*; a few Russian, Indonesian and
  Arabic endings) and a synonym table (page/section/screen, post/article,
  logo/mark, print/printing, copy/text/words, photo/image …).
* Words are sorted into kinds: *status* words (when, status, ready, "how is" …),
  *addition* words (add, another, extra, additional, new, "one more", and the weaker
  "also"; *more* only before a number or a thing), *creation* verbs followed by an
  article or a number ("design a …", "we need a …"), *request* words ("can you",
  "please" …), *revision* words (bigger, change, tweak, colour, round …), *price
  pressure* ("same price", free) and *time pressure* ("this week", ASAP). The rest
  are content words.
* Content words are matched against each deliverable's name and unit (rarer words
  weigh more) and against each out-of-scope item's own words (those not shared with a
  deliverable; a word of its head, before any "(", "beyond" …, or two of its words).
* The first rule that applies wins:

  1. it asks for something (request words, an addition, a question mark) and names an
     out-of-scope item → ``out_of_scope``;
  2. a status question that asks for nothing more, about an agreed deliverable or
     naming nothing new → ``in_scope``;
  3. an addition or creation word with an object (the next run of content words) →
     ``change_request``: a *new item* if the object has a word no deliverable covers
     (priced and estimated like the most similar deliverable, if any), else *more* of
     the deliverable it names (with revision words: a revision, rule 4);
  4. a revision of a deliverable → ``in_scope`` while rounds are left
     (``revisions_used``), else ``change_request`` for an extra round;
  5. names an agreed deliverable → ``in_scope``;
  6. asks for something no deliverable covers → ``change_request`` (new item);
  7. otherwise ``in_scope``: nothing new is asked.
"""

from __future__ import annotations

import datetime as _dt
import html
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from ._validate import non_negative, one_of, parse_number, positive, positive_int, sequence, text
from .errors import InputError
from .storage import read_envelope, write_envelope

__all__ = [
    "CADENCES",
    "DEFAULT_CHANGE_CONTROL",
    "RED_FLAGS",
    "TRIAGE_KINDS",
    "Brief",
    "ChangeRequest",
    "CommunicationPlan",
    "Deliverable",
    "Milestone",
    "PaymentStage",
    "Prequalification",
    "RedFlag",
    "Scope",
    "Triage",
    "prequalify",
    "triage",
]

SCOPE_VERSION = 1
BRIEF_VERSION = 1
_REPO_DATA = Path(__file__).resolve().parent.parent / "data"

#: Update cadences a project can agree on. "daily" is an option, not the default (DESIGN.md §6).
CADENCES = ("daily", "twice a week", "weekly", "fortnightly", "per milestone")
TRIAGE_KINDS = ("in_scope", "change_request", "out_of_scope")

DEFAULT_CHANGE_CONTROL = (
    "Any request beyond the deliverables above is written down as a change request: what is "
    "asked, why, its impact on scope, schedule and price, and the options. Work on it starts "
    "only after both sides approve it in writing; approved changes are added to this statement "
    "of work. Until then the agreed scope, dates and price stand."
)

_SHORT = 300  # names, titles, units
_LONG = 10_000  # descriptions, acceptance criteria, notes


# --------------------------------------------------------------------------- validation helpers
@contextmanager
def _at(prefix: str) -> Iterator[None]:
    """Re-raise an InputError with ``prefix`` in front of its field: ``deliverables[1].price``."""
    try:
        yield
    except InputError as exc:
        name = f"{prefix}.{exc.field}" if exc.field else prefix
        raise InputError(name, exc.value, exc.fix) from None


def _set(obj: Any, **values: Any) -> None:
    for name, value in values.items():
        object.__setattr__(obj, name, value)


def _texts(name: str, value: Any, *, max_len: int = _LONG) -> tuple[str, ...]:
    """A list of non-empty strings (None or an empty list give ``()``)."""
    if value is None:
        return ()
    items = sequence(name, value, allow_empty=True)
    out = []
    for i, item in enumerate(items):
        out.append(text(f"{name}[{i}]", item, max_len=max_len))
    return tuple(out)


def _opt_number(name: str, value: Any, check=non_negative) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return check(name, value)


def _opt_date(name: str, value: Any) -> _dt.date | None:
    """None, a date, a datetime (its day) or an ISO string ``YYYY-MM-DD``."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        if not s:
            return None
        try:
            return _dt.date.fromisoformat(s)
        except ValueError:
            pass
    raise InputError(
        name, value, "use a date such as 2025-03-14 (year-month-day), or leave it empty"
    )


def _opt_bool(name: str, value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InputError(name, value, "use True (yes), False (no) or None (not asked yet)")


def _whole(x: float) -> float | int:
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else x


def _plain(value: Any) -> Any:
    """JSON-ready copy: dates to ISO strings, tuples to lists, dataclasses to dicts."""
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def _fields_dict(obj: Any) -> dict[str, Any]:
    return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)}


def _from_mapping(cls: type, data: Any, required: tuple[str, ...] = ()) -> Any:
    """Build ``cls`` from a mapping; unknown and missing keys are named in the error."""
    if isinstance(data, cls):
        return data
    if not isinstance(data, Mapping):
        raise InputError(
            "", type(data).__name__, f"expected a {cls.__name__} or a mapping of its fields"
        )
    known = [f.name for f in fields(cls)]
    for key in data:
        if key not in known:
            raise InputError(
                str(key),
                data[key],
                f"unknown field of {cls.__name__}; use one of {', '.join(known)}",
            )
    for key in required:
        if key not in data:
            raise InputError(key, None, f"missing; every {cls.__name__} needs a {key}")
    return cls(**dict(data))


def _fmt_num(x: float) -> str:
    x = float(x)
    if x.is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _money(x: float, currency: str) -> str:
    x = round(float(x), 2)
    s = f"{x:,.0f}" if x.is_integer() else f"{x:,.2f}"
    return f"{s} {currency}"


def _fmt_h(x: float) -> str:
    if x < 10:
        return _fmt_num(round(x * 2) / 2)
    return _fmt_num(round(x))


# --------------------------------------------------------------------------- Brief
_BRIEF_TEXT = (
    "project",
    "client",
    "goal",
    "why",
    "audience",
    "deadline_reason",
    "decision_maker",
    "contact_expectation",
    "guarantee_requested",
)
_BRIEF_LISTS = (
    "deliverables_wanted",
    "must_haves",
    "nice_to_haves",
    "examples_liked",
    "examples_disliked",
    "client_inputs",
)


@dataclass(frozen=True)
class Brief:
    """What the client tells you before work starts; every field is optional.

    Lists may be given as lists (stored as tuples), dates as ``datetime.date`` or
    ``"2025-03-14"``, numbers as ``"2,5"`` (comma decimals are read). ``staged_payment_ok``
    is ``None`` until you have asked. ``estimated_hours`` × ``hourly_rate`` is your
    effort at your rate, compared with ``budget_max`` by :func:`prequalify`.

    >>> Brief(goal="Take cake pre-orders online", budget_max="1500").budget_max
    1500.0
    """

    project: str = ""
    client: str = ""
    goal: str = ""
    why: str = ""
    audience: str = ""
    deliverables_wanted: tuple[str, ...] = ()
    must_haves: tuple[str, ...] = ()
    nice_to_haves: tuple[str, ...] = ()
    deadline: _dt.date | None = None
    deadline_reason: str = ""
    budget_min: float | None = None
    budget_max: float | None = None
    currency: str = "USD"
    decision_maker: str = ""
    examples_liked: tuple[str, ...] = ()
    examples_disliked: tuple[str, ...] = ()
    client_inputs: tuple[str, ...] = ()
    inputs_due: _dt.date | None = None
    feedback_turnaround_days: float | None = None
    staged_payment_ok: bool | None = None
    contact_expectation: str = ""
    guarantee_requested: str = ""
    estimated_hours: float | None = None
    hourly_rate: float | None = None

    def __post_init__(self) -> None:
        for name in _BRIEF_TEXT:
            _set(self, **{name: text(name, getattr(self, name), allow_empty=True)})
        for name in _BRIEF_LISTS:
            _set(self, **{name: _texts(name, getattr(self, name))})
        _set(
            self,
            deadline=_opt_date("deadline", self.deadline),
            inputs_due=_opt_date("inputs_due", self.inputs_due),
            budget_min=_opt_number("budget_min", self.budget_min),
            budget_max=_opt_number("budget_max", self.budget_max),
            currency=text("currency", self.currency, max_len=12),
            feedback_turnaround_days=_opt_number(
                "feedback_turnaround_days", self.feedback_turnaround_days
            ),
            staged_payment_ok=_opt_bool("staged_payment_ok", self.staged_payment_ok),
            estimated_hours=_opt_number("estimated_hours", self.estimated_hours, positive),
            hourly_rate=_opt_number("hourly_rate", self.hourly_rate, positive),
        )
        if (
            self.budget_min is not None
            and self.budget_max is not None
            and self.budget_min > self.budget_max
        ):
            raise InputError(
                "budget_min",
                self.budget_min,
                f"the lowest budget is above the highest ({self.budget_max}); swap them",
            )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (dates as ISO strings, lists as lists)."""
        return _fields_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Brief:
        """The inverse of :meth:`to_dict`; unknown keys and bad values name the field."""
        if not isinstance(data, Mapping):
            raise InputError("data", type(data).__name__, "expected a mapping of Brief fields")
        return _from_mapping(cls, data)

    def save(self, path: str | os.PathLike) -> Path:
        """Write the brief as versioned JSON (kind ``brief``), atomically."""
        return _save(path, "brief", BRIEF_VERSION, self.to_dict())

    @classmethod
    def load(cls, path: str | os.PathLike) -> Brief:
        """Read a brief written by :meth:`save`; errors name the field and the file."""
        return _load(cls, path, "brief", BRIEF_VERSION)

    @classmethod
    def example(cls, which: str = "good") -> Brief:
        """The kit's example briefs: ``"good"`` (a bakery website) or ``"vague"``."""
        one_of("which", which, ("good", "vague"))
        return cls.load(_example_path(f"example_brief_{which}.json"))


def _example_path(name: str) -> Path:
    path = _REPO_DATA / name
    if not path.is_file():
        raise InputError(
            "example", str(path), "the data folder is missing; run `make data` in the kit's folder"
        )
    return path


def _save(path: str | os.PathLike, kind: str, version: int, data: Any) -> Path:
    """write_envelope, with file-system errors reported as InputError on ``path``."""
    try:
        return write_envelope(path, kind, version, data)
    except OSError as exc:
        raise InputError(
            "path",
            str(path),
            f"could not save ({exc.strerror or exc}); the previous file is unchanged",
        ) from exc


def _load(cls: type, path: str | os.PathLike, kind: str, version: int) -> Any:
    _, data = read_envelope(path, kind, version)
    if not isinstance(data, Mapping):
        raise InputError("data", type(data).__name__, f"the file's data must be a {kind} object")
    try:
        return cls.from_dict(data)
    except InputError as exc:
        raise InputError(exc.field, exc.value, f"{exc.fix} (in {Path(path).name})") from None


# --------------------------------------------------------------------------- text matching
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_WORD = re.compile(r"[^\W_]+")
_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")  # harakat, dagger alif, tatweel


def _words(value: str) -> list[str]:
    """Case-folded words (NFKC, Arabic vowel marks dropped); punctuation splits words."""
    s = unicodedata.normalize("NFKC", value).translate(_APOSTROPHES).casefold()
    s = _ARABIC_MARKS.sub("", s)
    s = s.replace("ё", "е")
    return _WORD.findall(s)


def _padded(words: list[str]) -> str:
    return " " + " ".join(words) + " "


def _phrase_list(phrases: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """``(label, needle)`` pairs; a trailing ``*`` makes a prefix match (word stems)."""
    out = []
    for p in phrases:
        prefix = p.endswith("*")
        needle = " " + " ".join(_words(p.rstrip("*")))
        out.append((p.rstrip("*"), needle if prefix else needle + " "))
    return tuple(out)


def _wordlist(s: str) -> frozenset[str]:
    return frozenset(s.split())


def _find(padded: str, phrases: tuple[tuple[str, str], ...]) -> list[str]:
    return [label for label, needle in phrases if needle in padded]


_NO_STEM = _wordlist(
    "news this its us yes plus bus gas always was has is does across series status analytics "
    "ios os various previous famous gorgeous less unless thus canvas atlas christmas yes "
    "business address process access express success class glass pass miss kiss boss "
    "anything something everything nothing morning evening during bring thing string king "
    "spring wording ceiling building heading"
)
_CYR_ENDINGS = ("ами", "ями", "ов", "ев", "ей", "ам", "ям", "ах", "ях", "ом", "ем", "ой", "ую")
_CYR_VOWELS = "аяоеиыуюьй"


def _stem_basic(w: str) -> str:
    if w.isdecimal() or len(w) <= 2:
        return w
    if "\u0400" <= w[0] <= "\u04ff":  # Cyrillic: drop final vowels, then a case ending
        for _ in range(2):
            if len(w) > 3 and w[-1] in _CYR_VOWELS:
                w = w[:-1]
        for end in _CYR_ENDINGS:
            if len(w) - len(end) >= 3 and w.endswith(end):
                return w[: -len(end)]
        return w
    if "\u0600" <= w[0] <= "\u06ff":  # Arabic: drop the article and a leading "and"
        for pre in ("وال", "بال", "فال", "ال"):
            if w.startswith(pre) and len(w) - len(pre) >= 3:
                return w[len(pre) :]
        return w
    if w in _NO_STEM:
        return w
    if len(w) > 6 and w.endswith(("kan", "nya")):  # Indonesian suffixes: tambahkan → tambah
        w = w[:-3]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]  # shopping → shop, setting → set
    return w


_SYNONYM_GROUPS = {
    "page": "page pages section sections screen screens subpage webpage halaman страница "
    "страницы раздел صفحة صفحات",
    "homepage": "homepage homepages beranda главная الرئيسية",
    "post": "post posts article articles postingan artikel пост посты публикация публикации "
    "статья منشور منشورات مقال",
    "logo": "logo logos mark logotype emblem логотип لوغو شعار",
    "blog": "blog blogs блог مدونة",
    "print": "print printing printed prints cetak печать распечатать طباعة",
    "flyer": "flyer flyers leaflet leaflets листовка флаер",
    "copy": "copy copywriting text texts wording words word write writing written teks "
    "текст тексты копирайтинг نص نصوص",
    "photo": "photo photos photograph photography image images picture pictures pic pics "
    "foto фото фотография صورة صور",
    "instagram": "instagram ig insta инстаграм انستغرام إنستغرام",
    "site": "website websites site sites web situs сайт موقع",
    "video": "video videos reel reels видео فيديو",
    "card": "card cards kartu визитка визитки بطاقة",
    "translate": "translate translation translations translating terjemahan перевод ترجمة",
    "menu": "menu menus меню قائمة",
    "shop": "shop store ecommerce toko магазин متجر",
    "newsletter": "newsletter newsletters рассылка",
    "ad": "ad ads advert adverts advertising iklan реклама إعلان",
    "hosting": "hosting host hosted хостинг استضافة",
}
_SYNONYMS = {
    _stem_basic(_words(w)[0]): canon
    for canon, words in _SYNONYM_GROUPS.items()
    for w in words.split()
}
_BIGRAMS = {
    ("home", "page"): "homepage",
    ("front", "page"): "homepage",
    ("main", "page"): "homepage",
    ("landing", "page"): "homepage",
    ("web", "site"): "website",
    ("e", "commerce"): "ecommerce",
    ("business", "card"): "card",
    ("business", "cards"): "card",
    ("главная", "страница"): "главная",
    ("halaman", "utama"): "beranda",
    ("الصفحة", "الرئيسية"): "الرئيسية",
}


def _stem(w: str) -> str:
    s = _stem_basic(w)
    return _SYNONYMS.get(s, _SYNONYMS.get(w, s))


def _merge_bigrams(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = (words[i], words[i + 1]) if i + 1 < len(words) else None
        if pair in _BIGRAMS:
            out.append(_BIGRAMS[pair])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def _word_set(s: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in s.split())


# Words that carry no "thing": function words, politeness, pronouns, auxiliaries, common verbs
# and fillers (English, Indonesian, Russian, Arabic). Compared after stemming.
_STOP = _word_set(
    "a an the of for to on in at by with from into onto over under about and or but so if then "
    "than that this these those it its is are was were be been being am do does did done doing "
    "have has had having get gets got make makes made can could would will shall should may "
    "might must please pls plz kindly thanks thank thx cheers hi hello hey dear just really "
    "very quite bit little some any all each every i me my mine we us our you your yours they "
    "them their he she him her his there here what which who whom whose why how ok okay yes "
    "no not also too as well let lets want wanted need needs like liked would love loved "
    "maybe perhaps still again s t ll ve re d m im id ive youre dont cant wont isnt thats "
    "whats hows way thing things stuff something anything everything nothing one ones up "
    "down out off back go going gone come coming came along around through while since "
    "soon yet already ever even only much many most such own other others same both either "
    "send sent give show tell told say said check call meet talk discuss confirm know think "
    "see seen find help use start begin share review approve approved sign reply answer "
    "explain keep leave wait remind join attend try tried put take took bring feel seem hope "
    "wonder mean guess understand agree sure right wrong fine perfect lovely amazing love "
    "before after until choose chose pick decide decided whether once every "
    "great good nice bad better best okay alright awesome excellent happy glad sorry "
    "guys team everyone everybody someone somebody anyone thing part bit lot lots kind sort "
    "yang dan di ke dari untuk dengan bisa tolong mohon ini itu saya kami kita anda kamu apa "
    "ada akan sudah belum ya dong nya juga lagi minta "
    "и в во на с со к по за из для что это как мы вы я он она они мне нам вам ли же бы "
    "пожалуйста можно нужно надо тоже также еще ещё можете хочу хотим спасибо будет будут был "
    "была было есть уже "
    "في من على الى إلى عن مع هل هذا هذه ذلك أن ان لو ممكن يمكن نحن انا أنا انت أنت شكرا "
    "أريد اريد نريد نحتاج فضلك"
)
# Words about money, time, people and the project itself: never a deliverable by themselves.
_GENERIC = _word_set(
    "price prices cost costs budget charge charges money invoice invoices pay paid payment "
    "fee fees client customer project work job task time times week weeks day days month "
    "months year today tomorrow tonight asap now later monday tuesday wednesday thursday "
    "friday saturday sunday weekend morning evening night hour hours minute minutes draft "
    "drafts version versions ready status done finished finish update updates progress eta "
    "deadline date quick quickly urgent urgently cool look looks looking idea ideas free "
    "meeting zoom email message chat whatsapp feedback comment comments note notes file files "
    "link links next last first second third previous "
    "harga gratis minggu hari bulan besok цена бесплатно неделя день завтра сегодня "
    "سعر مجانا أسبوع يوم غدا اليوم"
)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "another": 1, "single": 1, "two": 2, "couple": 2, "pair": 2,
    "three": 3, "few": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "fifty": 50, "hundred": 100, "satu": 1, "dua": 2, "tiga": 3, "empat": 4,
    "lima": 5, "sepuluh": 10, "один": 1, "одна": 1, "одну": 1, "два": 2, "две": 2, "три": 3,
    "четыре": 4, "пять": 5, "десять": 10, "واحد": 1, "اثنين": 2, "ثلاثة": 3, "خمسة": 5,
}  # fmt: skip

_STATUS = _phrase_list(
    [
        "when", "status", "ready", "eta", "progress", "how is", "how s", "how are", "how far",
        "any news", "any update", "an update", "update on", "where are we", "done yet",
        "finished yet", "is it done", "kapan", "siap", "progres", "когда", "готов*", "статус",
        "متى", "جاهز*", "حالة",
    ]
)  # fmt: skip
_ADDITION = _phrase_list(
    [
        "also", "add", "adding", "added", "adds", "another", "extra", "extras", "additional",
        "additionally", "one more", "new", "plus", "as well", "throw in", "bonus",
        "tambah*", "juga", "lagi", "ещё", "еще", "добав*", "дополнительн*", "тоже", "также",
        "новый", "новую", "أيضا", "ايضا", "إضافة", "اضافة", "أضف", "اضف", "إضافي*", "اضافي*",
        "جديد*",
    ]
)  # fmt: skip
# verbs that ask for a new thing when an article or a number follows ("design a menu card")
_CREATION = _phrase_list(
    [
        "make", "create", "design", "build", "do", "set up", "develop", "produce", "write",
        "shoot", "film", "prepare", "get", "have", "need", "want", "like", "buat", "bikin",
        "сделать", "сделайте", "создать", "создайте", "нужен", "нужна", "нужно", "اعمل",
        "صمم", "اصنع",
    ]
)  # fmt: skip
_ARTICLES = frozenset(
    ["a", "an", "new", "some", "another", "few", "couple", "second", "third", "ещё", "еще",
     "новый", "новую", "baru", "sebuah"]
)  # fmt: skip
_OBJECT_PRONOUNS = frozenset(
    ["us", "me", "you", "them", "him", "her", "kami", "saya", "нам", "мне"]
)
_RATE = _phrase_list(
    [
        "every week", "per week", "a week", "weekly", "every day", "per day", "a day", "daily",
        "every month", "per month", "a month", "monthly", "from now on", "each week",
        "each month", "setiap minggu", "каждую неделю", "в неделю", "каждый день", "كل أسبوع",
    ]
)  # fmt: skip
_REQUEST = _phrase_list(
    [
        "can you", "could you", "would you", "will you", "can we", "could we", "please",
        "i need", "we need", "i want", "we want", "would like", "d like", "is it possible",
        "possible to", "how about", "what about", "let s", "bisa", "tolong", "mohon", "minta",
        "можно", "можете", "нужно", "нужен", "нужна", "хочу", "хотим", "пожалуйста",
        "ممكن", "هل يمكن", "أريد", "اريد", "نريد", "نحتاج", "من فضلك",
    ]
)  # fmt: skip
_REVISION = _phrase_list(
    [
        "bigger", "smaller", "larger", "bolder", "brighter", "darker", "lighter", "softer",
        "cleaner", "simpler", "wider", "narrower", "taller", "shorter", "thicker", "thinner",
        "warmer", "cooler", "tweak*", "adjust*", "chang*", "fix", "fixes", "fixing", "move",
        "moving", "swap", "replace", "edit*", "revis*", "redo", "different", "colour*",
        "color*", "font*", "resize", "crop", "align*", "spacing", "typo*", "correct*",
        "reword*", "rephrase", "shift", "rearrange", "rename", "less", "too big", "too small",
        "round", "rounds", "revision round",
        "update the", "perbesar", "perkecil", "ubah", "ganti", "perbaiki", "revisi",
        "измен*", "поменя*", "исправ*", "правк*", "крупнее", "меньше", "تعديل", "عدل",
        "غير", "أكبر", "اكبر", "أصغر", "اصغر",
    ]
)  # fmt: skip
_PRICE_PRESSURE = _phrase_list(
    [
        "same price", "same budget", "no extra", "for free", "free", "at no cost",
        "no charge", "without extra", "no additional cost", "included", "gratis",
        "harga sama", "бесплатно", "за ту же цену", "без доплаты", "مجانا", "بنفس السعر",
    ]
)  # fmt: skip
_TIME_PRESSURE = _phrase_list(
    [
        "asap", "urgent*", "today", "tonight", "tomorrow", "this week", "right away",
        "immediately", "by monday", "by tuesday", "by wednesday", "by thursday", "by friday",
        "by the weekend", "as soon as possible", "segera", "secepatnya", "hari ini", "besok",
        "срочно", "сегодня", "завтра", "как можно скорее", "عاجل", "اليوم", "غدا",
        "في أسرع وقت",
    ]
)  # fmt: skip
_OOS_QUALIFIERS = ("beyond", "over", "more than", "above", "after", "except", "other than")
_OOS_HEAD_END = re.compile(
    r"[(\[,;:—–]|\s-\s|\b(?:beyond|over|more than|above|after|except|other than|for|per)\b",
    re.IGNORECASE,
)


def _function_stems() -> frozenset[str]:
    """Words that say what kind of request it is (status, addition …), not what it is about.

    Stemmed without synonyms, so "write" stays a content word (it maps to "copy").
    """
    out: set[str] = set()
    tables = (_STATUS, _ADDITION, _CREATION, _REQUEST, _REVISION, _PRICE_PRESSURE, _TIME_PRESSURE)
    for table in tables:
        for label, _ in table:
            out.update(_stem_basic(w) for w in _words(label))
    return frozenset(out)


_FUNCTION_STEMS = _function_stems()
_FUNCTION_PREFIXES = tuple(
    _stem_basic(label)
    for table in (
        _STATUS,
        _ADDITION,
        _CREATION,
        _REQUEST,
        _REVISION,
        _PRICE_PRESSURE,
        _TIME_PRESSURE,
    )
    for label, needle in table
    if not needle.endswith(" ")
)


def _content(stem: str) -> bool:
    """A word that can name a thing (a deliverable, an out-of-scope item, a new request)."""
    return (
        len(stem) >= 2
        and not stem.isdecimal()
        and stem not in _STOP
        and stem not in _GENERIC
        and stem not in _FUNCTION_STEMS
        and stem not in _NUMBER_WORDS
        and not stem.startswith(_FUNCTION_PREFIXES)
    )


def _item_words(s: str) -> frozenset[str]:
    """Content stems of an item's name (for matching requests against it)."""
    return frozenset(st for st in (_stem(w) for w in _merge_bigrams(_words(s))) if _content(st))


# --------------------------------------------------------------------------- prequalification
#: Red-flag code -> (title, why it matters). Each rule in :func:`prequalify` reports its evidence.
RED_FLAGS: dict[str, tuple[str, str]] = {
    "vague_goal": (
        "Vague goal",
        "Without a goal you can check, nobody can say when the work is done or good.",
    ),
    "no_decision_maker": (
        "No decision maker",
        "Feedback from a group with no final say turns one round of revisions into many.",
    ),
    "deadline_without_reason": (
        "Deadline with no reason",
        "A date with no event behind it cannot be traded against scope or price.",
    ),
    "budget_below_effort": (
        "Budget below the effort",
        "The work implied costs more than the budget; someone will be disappointed.",
    ),
    "you_decide": (
        "“You decide” freedom",
        "Total freedom usually means unspoken preferences that surface after delivery.",
    ),
    "refuses_staged_payment": (
        "Refuses staged payment",
        "Payment only at the end puts all the risk on you.",
    ),
    "always_reachable": (
        "Expects you to be reachable any time",
        "Round-the-clock availability is unpaid work and breaks focus for every client.",
    ),
    "guaranteed_outcome": (
        "Wants a guaranteed outcome",
        "Results like sales or rankings depend on things you do not control.",
    ),
    "no_inputs_plan": (
        "No plan for the client's inputs",
        "Missing texts, photos and logins are the most common cause of slipped dates.",
    ),
    "slow_feedback": (
        "Slow feedback",
        "Each feedback round that takes a week adds a week to the schedule.",
    ),
}
_WEIGHTS = {
    "vague_goal": 15,
    "no_decision_maker": 10,
    "deadline_without_reason": 10,
    "budget_below_effort": 20,
    "you_decide": 10,
    "refuses_staged_payment": 15,
    "always_reachable": 10,
    "guaranteed_outcome": 15,
    "no_inputs_plan": 5,
    "slow_feedback": 5,
}
_ASK = {
    "vague_goal": "What should be different for your business once this is done, and how "
    "will we both tell (for example: 30 online orders a week by June)?",
    "no_decision_maker": "Who gives the final yes on drafts and on the invoice, and can they "
    "join the kick-off call?",
    "deadline_without_reason": "What happens on that date (a launch, an event, a season)? "
    "What would it cost you if it slipped a week?",
    "budget_below_effort": "Which parts matter most, so we can fit the budget, or can the "
    "budget move?",
    "you_decide": "Can you show me 2–3 examples you like and one you don't, and say what "
    "you like about them?",
    "refuses_staged_payment": "Can we split payment into stages tied to milestones (for "
    "example 30/40/30), so neither side carries all the risk?",
    "always_reachable": "Which channel and contact hours suit you, and is a reply within one "
    "working day fine (with a separate route for real emergencies)?",
    "guaranteed_outcome": "Which result can we both measure and that the work controls (for "
    "example: site live, load time, tracking set up), and what else drives the outcome?",
    "no_inputs_plan": "Who provides the texts, photos and logins, and by which date?",
    "slow_feedback": "Can one person send consolidated feedback within 2–3 working days?",
}

_VAGUE = _phrase_list(
    [
        "something", "some kind of", "nice", "modern", "cool", "stylish", "beautiful",
        "professional looking", "surprise me", "whatever", "anything", "not sure", "you know",
        "etc", "just make", "like apple", "pop", "wow", "sesuatu", "keren", "bagus",
        "что-нибудь", "что-то", "красив*", "современн*", "أي شيء", "شيء", "جميل",
    ]
)  # fmt: skip
_NO_DECIDER = _phrase_list(
    [
        "committee", "everyone", "everybody", "all of us", "the team", "the board", "we will see",
        "we'll see", "not sure", "tbd", "to be decided", "depends", "semua", "bersama", "все",
        "комитет", "решим", "الجميع", "لجنة",
    ]
)  # fmt: skip
_URGENT = _phrase_list(
    [
        "asap", "urgent*", "as soon as possible", "yesterday", "right away", "immediately",
        "rush", "secepatnya", "segera", "срочно", "как можно скорее", "вчера", "عاجل",
        "في أسرع وقت", "بأسرع وقت",
    ]
)  # fmt: skip
_YOU_DECIDE = _phrase_list(
    [
        "you decide", "up to you", "surprise me", "whatever you think", "whatever you want",
        "you re the expert", "you are the expert", "anything is fine", "anything goes",
        "dealer s choice", "your call", "do what you want", "terserah", "bebas",
        "на ваше усмотрение",
        "решайте сами", "как хотите", "на ваш вкус", "كما تريد", "على راحتك", "أنت تقرر",
        "انت تقرر", "كما تشاء",
    ]
)  # fmt: skip
_NO_STAGES = _phrase_list(
    [
        "pay at the end", "pay when it s done", "pay when done", "payment on completion",
        "pay on completion", "no deposit", "no upfront", "no advance", "after it s done",
        "after delivery", "only at the end", "bayar di akhir", "tanpa dp", "оплата после",
        "без предоплаты", "оплачу после", "الدفع بعد", "بدون دفعة مقدمة",
    ]
)  # fmt: skip
_ALWAYS = _phrase_list(
    [
        "any time", "anytime", "24 7", "always online", "always available", "always reachable",
        "weekends", "at night", "nights", "immediately", "right away", "call me whenever",
        "whenever i", "kapan saja", "kapanpun", "24 jam", "в любое время", "круглосуточно",
        "всегда на связи", "في أي وقت", "في اي وقت", "على مدار الساعة", "دائما متاح",
    ]
)  # fmt: skip
_GUARANTEE = _phrase_list(
    [
        "guarantee*", "first page of google", "page one of google", "go viral", "viral",
        "double sales", "double our sales", "triple", "100 percent", "100 sure", "jaminan",
        "dijamin", "pasti", "гарантир*", "гарантия", "ضمان", "مضمون", "نضمن",
    ]
)  # fmt: skip


@dataclass(frozen=True)
class RedFlag:
    """One triggered rule: its code, title, the evidence and the question to ask next."""

    code: str
    title: str
    evidence: str
    ask_next: str


@dataclass(frozen=True)
class Prequalification:
    """The result of :func:`prequalify`: a 0–100 score, a level, red flags, questions."""

    score: int
    level: str
    flags: tuple[RedFlag, ...]
    questions: tuple[str, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the red flags, in rule order."""
        return tuple(f.code for f in self.flags)

    def summary(self) -> str:
        """A few sentences to read out or paste into notes."""
        if not self.flags:
            return f"Score {self.score}/100 ({self.level}). No red flags in this brief."
        lines = [
            f"Score {self.score}/100 ({self.level}). "
            f"{len(self.flags)} red flag{'s' if len(self.flags) != 1 else ''}:"
        ]
        lines += [f"- {f.title}: {f.evidence}" for f in self.flags]
        lines.append("Ask next:")
        lines += [f"{i}. {q}" for i, q in enumerate(self.questions, 1)]
        return "\n".join(lines)


def _brief_texts(b: Brief) -> dict[str, str]:
    out = {name: getattr(b, name) for name in _BRIEF_TEXT}
    for name in _BRIEF_LISTS:
        for i, item in enumerate(getattr(b, name)):
            out[f"{name}[{i}]"] = item
    return {k: v for k, v in out.items() if v}


def _scan(texts: dict[str, str], phrases, only: Iterable[str] | None = None) -> str | None:
    """Evidence ``field: "phrase"`` for the first phrase found (in field order)."""
    for name, value in texts.items():
        if only is not None and name.split("[")[0] not in only:
            continue
        found = _find(_padded(_words(value)), phrases)
        if found:
            return f"{name} says " + ", ".join(f'"{f}"' for f in found[:3])
    return None


def _quote(s: str, limit: int = 60) -> str:
    s = " ".join(s.split())
    return f'"{s}"' if len(s) <= limit else f'"{s[: limit - 1]}…"'


def prequalify(brief: Brief) -> Prequalification:
    """Score a brief with explainable red-flag rules; each flag says why and what to ask.

    The score starts at 100 and each flag takes off its weight (see ``_WEIGHTS``):
    90+ is ``"go"``, 50–89 ``"ask first"``, below 50 ``"walk away?"`` (a question,
    because the answers to the questions may fix the brief). Rules read free text
    in any case and punctuation, with a few phrases in Indonesian, Russian and Arabic.

    >>> p = prequalify(Brief(goal="Just surprise me, you decide, ASAP"))
    >>> p.score, p.level, p.codes[:3]
    (50, 'ask first', ('vague_goal', 'no_decision_maker', 'deadline_without_reason'))
    >>> p.flags[0].evidence
    'goal says "surprise me" and names nothing measurable'
    """
    if not isinstance(brief, Brief):
        raise InputError("brief", type(brief).__name__, "pass a Brief (Brief(goal=..., ...))")
    texts = _brief_texts(brief)
    found: list[tuple[str, str]] = []

    # vague goal: missing, very short without a number, or vague words without a number
    goal = brief.goal
    if not goal:
        found.append(("vague_goal", "no goal written"))
    else:
        has_number = any(ch.isdecimal() for ch in goal)
        vague = _find(_padded(_words(goal)), _VAGUE)
        n_words = len(_words(goal))
        if vague and not has_number:
            said = ", ".join(f'"{v}"' for v in vague[:3])
            found.append(("vague_goal", f"goal says {said} and names nothing measurable"))
        elif n_words < 5 and not has_number:
            found.append(("vague_goal", f"goal is only {n_words} words: {_quote(goal)}"))

    if not brief.decision_maker:
        found.append(("no_decision_maker", "nobody named as the one who decides"))
    else:
        hit = _find(_padded(_words(brief.decision_maker)), _NO_DECIDER)
        if hit:
            found.append(("no_decision_maker", f'decision_maker says "{hit[0]}"'))

    reason_words = _padded(_words(brief.deadline_reason))
    real_reason = bool(brief.deadline_reason) and not _find(reason_words, _URGENT)
    if not real_reason:
        urgent = _scan(texts, _URGENT)
        if brief.deadline is not None:
            found.append(
                ("deadline_without_reason", f"deadline {brief.deadline.isoformat()} with no reason")
            )
        elif urgent:
            found.append(("deadline_without_reason", f"{urgent}, with no reason given"))

    if brief.budget_max is not None and brief.estimated_hours and brief.hourly_rate:
        implied = brief.estimated_hours * brief.hourly_rate
        if brief.budget_max < implied:
            cur = brief.currency
            found.append(
                (
                    "budget_below_effort",
                    f"budget up to {_money(brief.budget_max, cur)} < "
                    f"{_fmt_num(brief.estimated_hours)} h × {_money(brief.hourly_rate, cur)}/h"
                    f" = {_money(implied, cur)}",
                )
            )

    hit = _scan(texts, _YOU_DECIDE)
    if hit:
        found.append(("you_decide", hit))

    if brief.staged_payment_ok is False:
        found.append(("refuses_staged_payment", "staged_payment_ok is no"))
    else:
        hit = _scan(texts, _NO_STAGES)
        if hit:
            found.append(("refuses_staged_payment", hit))

    hit = _scan(texts, _ALWAYS, only=("contact_expectation",)) or _scan(texts, _ALWAYS)
    if hit:
        found.append(("always_reachable", hit))

    if brief.guarantee_requested:
        found.append(
            ("guaranteed_outcome", f"guarantee_requested: {_quote(brief.guarantee_requested)}")
        )
    else:
        hit = _scan(texts, _GUARANTEE)
        if hit:
            found.append(("guaranteed_outcome", hit))

    if brief.client_inputs and brief.inputs_due is None:
        found.append(("no_inputs_plan", "client inputs are listed but no date for them"))
    elif not brief.client_inputs and (brief.goal or brief.deliverables_wanted):
        found.append(("no_inputs_plan", "nobody said who provides texts, photos and logins"))

    if brief.feedback_turnaround_days is not None and brief.feedback_turnaround_days > 5:
        found.append(
            (
                "slow_feedback",
                f"feedback takes {_fmt_num(brief.feedback_turnaround_days)} days per round",
            )
        )

    flags = []
    for code, evidence in found:
        ask = _ASK[code]
        if code == "budget_below_effort":
            implied = brief.estimated_hours * brief.hourly_rate  # type: ignore[operator]
            ask = (
                f"The work you describe is about {_fmt_num(brief.estimated_hours)} h "  # type: ignore[arg-type]
                f"(≈ {_money(implied, brief.currency)}). {ask}"
            )
        flags.append(RedFlag(code, RED_FLAGS[code][0], evidence, ask))
    score = max(0, 100 - sum(_WEIGHTS[f.code] for f in flags))
    level = "go" if score >= 90 else "ask first" if score >= 50 else "walk away?"
    questions = tuple(dict.fromkeys(f.ask_next for f in flags))
    return Prequalification(score=score, level=level, flags=tuple(flags), questions=questions)


# --------------------------------------------------------------------------- Scope pieces
@dataclass(frozen=True)
class Deliverable:
    """One line of the statement of work.

    ``price`` is the price of the whole line (all ``quantity`` units). ``revisions`` is
    the number of revision rounds included. ``milestone`` names the milestone it is
    delivered with (or is empty). ``low_hours``/``likely_hours``/``high_hours`` are an
    optional three-point estimate of the whole line; give all three or none.

    >>> Deliverable(name="Inner pages", quantity=5, unit="page", price=750).unit_price
    150.0
    """

    name: str
    quantity: float = 1
    unit: str = "item"
    acceptance: str = ""
    price: float = 0.0
    revisions: int = 2
    milestone: str = ""
    low_hours: float | None = None
    likely_hours: float | None = None
    high_hours: float | None = None

    def __post_init__(self) -> None:
        _set(
            self,
            name=text("name", self.name, max_len=_SHORT),
            quantity=_whole(positive("quantity", self.quantity)),
            unit=text("unit", self.unit, max_len=_SHORT),
            acceptance=text("acceptance", self.acceptance, allow_empty=True),
            price=non_negative("price", self.price),
            revisions=positive_int("revisions", self.revisions, minimum=0),
            milestone=text("milestone", self.milestone, allow_empty=True, max_len=_SHORT),
        )
        hours = {n: getattr(self, n) for n in ("low_hours", "likely_hours", "high_hours")}
        given = {n: v for n, v in hours.items() if _opt_number(n, v) is not None}
        if given and len(given) < 3:
            missing = next(n for n in hours if n not in given)
            raise InputError(
                missing, hours[missing], "give low, likely and high hours together, or none"
            )
        if given:
            low = non_negative("low_hours", self.low_hours)
            likely = positive("likely_hours", self.likely_hours)
            high = positive("high_hours", self.high_hours)
            if likely < low:
                raise InputError(
                    "likely_hours", likely, f"keep low ≤ likely ≤ high (low {low}, high {high})"
                )
            if high < likely or high <= low:
                raise InputError(
                    "high_hours", high, f"make high greater than likely ({likely}) and low ({low})"
                )
            if high > 1e7:
                raise InputError("high_hours", high, "use at most 10,000,000 h; check the unit")
            _set(self, low_hours=low, likely_hours=likely, high_hours=high)
        else:
            _set(self, low_hours=None, likely_hours=None, high_hours=None)

    @property
    def unit_price(self) -> float:
        """Price of one unit (``price / quantity``)."""
        return self.price / self.quantity

    @property
    def has_hours(self) -> bool:
        """True when the line carries a three-point estimate."""
        return self.likely_hours is not None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values."""
        return _fields_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Deliverable:
        """The inverse of :meth:`to_dict`."""
        return _from_mapping(cls, data, required=("name",))


@dataclass(frozen=True)
class Milestone:
    """A point where something is delivered and checked (``due`` may be unknown yet)."""

    name: str
    due: _dt.date | None = None
    description: str = ""

    def __post_init__(self) -> None:
        _set(
            self,
            name=text("name", self.name, max_len=_SHORT),
            due=_opt_date("due", self.due),
            description=text("description", self.description, allow_empty=True),
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (``due`` as an ISO string)."""
        return _fields_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Milestone:
        """The inverse of :meth:`to_dict`."""
        return _from_mapping(cls, data, required=("name",))


@dataclass(frozen=True)
class PaymentStage:
    """A share of the total price, paid at a milestone (or on signing if ``milestone`` is empty).

    ``share`` is in (0, 1]; ``"30%"`` is read as 0.3.
    """

    name: str
    share: float
    milestone: str = ""

    def __post_init__(self) -> None:
        share = self.share
        if isinstance(share, str) and share.strip().endswith("%"):
            share = parse_number("share", share.strip()[:-1]) / 100
        share = parse_number("share", share)
        if not (math.isfinite(share) and 0 < share <= 1):
            raise InputError("share", self.share, "use a share above 0 and at most 1 (0.3 = 30%)")
        _set(
            self,
            name=text("name", self.name, max_len=_SHORT),
            share=share,
            milestone=text("milestone", self.milestone, allow_empty=True, max_len=_SHORT),
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values."""
        return _fields_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PaymentStage:
        """The inverse of :meth:`to_dict`."""
        return _from_mapping(cls, data, required=("name", "share"))


@dataclass(frozen=True)
class CommunicationPlan:
    """How both sides stay in touch: one channel, contact hours, response time, cadence.

    ``update_cadence`` is one of :data:`CADENCES` and is agreed per project ("daily" is
    an option, not the default). ``documents`` lists ``(document, when)`` pairs, e.g.
    ``("status report", "every Friday")``; mappings ``{"document": ..., "when": ...}``
    are accepted too.
    """

    channel: str = "email"
    contact_hours: str = "Mon–Fri 09:00–17:00"
    response_time_hours: float = 24.0
    update_cadence: str = "weekly"
    documents: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        docs = []
        items = sequence("documents", self.documents if self.documents is not None else (),
                         allow_empty=True)  # fmt: skip
        for i, pair in enumerate(items):
            where = f"documents[{i}]"
            if isinstance(pair, Mapping):
                extra = set(pair) - {"document", "when"}
                if extra:
                    key = sorted(extra, key=str)[0]
                    raise InputError(f"{where}.{key}", pair[key], "use only 'document' and 'when'")
                pair = (pair.get("document"), pair.get("when"))
            if isinstance(pair, str) or not isinstance(pair, Iterable):
                raise InputError(where, pair, 'use a (document, when) pair: ("invoice", "monthly")')
            pair = tuple(pair)
            if len(pair) != 2:
                raise InputError(where, pair, 'use a (document, when) pair: ("invoice", "monthly")')
            docs.append(
                (
                    text(f"{where}.document", pair[0], max_len=_SHORT),
                    text(f"{where}.when", pair[1], max_len=_SHORT),
                )
            )
        _set(
            self,
            channel=text("channel", self.channel, max_len=_SHORT),
            contact_hours=text("contact_hours", self.contact_hours, max_len=_SHORT),
            response_time_hours=positive("response_time_hours", self.response_time_hours),
            update_cadence=one_of("update_cadence", self.update_cadence, CADENCES),
            documents=tuple(docs),
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values; documents as ``{"document", "when"}`` objects."""
        d = _fields_dict(self)
        d["documents"] = [{"document": a, "when": b} for a, b in self.documents]
        return d

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CommunicationPlan:
        """The inverse of :meth:`to_dict`."""
        return _from_mapping(cls, data)


def _objects(name: str, value: Any, cls: type) -> tuple:
    items = sequence(name, value if value is not None else (), allow_empty=True)
    out = []
    for i, item in enumerate(items):
        with _at(f"{name}[{i}]"):
            out.append(item if isinstance(item, cls) else cls.from_dict(item))
    return tuple(out)


_SCOPE_LISTS = ("out_of_scope", "objectives", "assumptions", "client_responsibilities", "metrics")


@dataclass(frozen=True)
class Scope:
    """A statement of work (DESIGN.md §5 "Scoping"), validated as a whole.

    Sequences may be passed as lists (stored as tuples); deliverables, milestones and
    payment stages may be objects or mappings of their fields. Cross-field rules:
    deliverable and milestone names are unique (ignoring case); every milestone a
    deliverable or payment stage names exists; payment shares add up to 1 (±0.001)
    when stages are given. ``provider`` (your name) is optional and used in the
    signature block.
    """

    project: str
    client: str
    deliverables: tuple[Deliverable, ...]
    out_of_scope: tuple[str, ...] = ()
    objectives: tuple[str, ...] = ()
    assumptions: tuple[str, ...] = ()
    client_responsibilities: tuple[str, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    payment_stages: tuple[PaymentStage, ...] = ()
    change_control: str = DEFAULT_CHANGE_CONTROL
    communication: CommunicationPlan = field(default_factory=CommunicationPlan)
    metrics: tuple[str, ...] = ()
    currency: str = "USD"
    notes: str = ""
    provider: str = ""

    def __post_init__(self) -> None:
        _set(
            self,
            project=text("project", self.project, max_len=_SHORT),
            client=text("client", self.client, max_len=_SHORT),
            provider=text("provider", self.provider, allow_empty=True, max_len=_SHORT),
        )
        if isinstance(self.deliverables, Deliverable):
            raise InputError(
                "deliverables",
                self.deliverables.name,
                "pass a list: deliverables=[Deliverable(...)]",
            )
        items = sequence("deliverables", self.deliverables)  # at least one
        _set(self, deliverables=_objects("deliverables", items, Deliverable))
        for name in _SCOPE_LISTS:
            _set(self, **{name: _texts(name, getattr(self, name))})
        _set(
            self,
            milestones=_objects("milestones", self.milestones, Milestone),
            payment_stages=_objects("payment_stages", self.payment_stages, PaymentStage),
            change_control=text("change_control", self.change_control),
            currency=text("currency", self.currency, max_len=12),
            notes=text("notes", self.notes, allow_empty=True),
        )
        comm = self.communication
        if comm is None:
            comm = CommunicationPlan()
        elif not isinstance(comm, CommunicationPlan):
            if not isinstance(comm, Mapping):
                raise InputError(
                    "communication", comm, "use a CommunicationPlan(...) or a mapping of its fields"
                )
            with _at("communication"):
                comm = CommunicationPlan.from_dict(comm)
        _set(self, communication=comm)
        self._check_cross_fields()

    def _check_cross_fields(self) -> None:
        seen: dict[str, int] = {}
        for i, d in enumerate(self.deliverables):
            key = d.name.casefold()
            if key in seen:
                raise InputError(
                    f"deliverables[{i}].name",
                    d.name,
                    f"deliverables[{seen[key]}] has the same name; give each deliverable its own",
                )
            seen[key] = i
        names: dict[str, int] = {}
        for i, m in enumerate(self.milestones):
            key = m.name.casefold()
            if key in names:
                raise InputError(
                    f"milestones[{i}].name", m.name, f"milestones[{names[key]}] has the same name"
                )
            names[key] = i
        choices = ", ".join(repr(m.name) for m in self.milestones) or "(none defined yet)"
        for label, items in (
            ("deliverables", self.deliverables),
            ("payment_stages", self.payment_stages),
        ):
            for i, item in enumerate(items):
                if item.milestone and item.milestone.casefold() not in names:
                    raise InputError(
                        f"{label}[{i}].milestone",
                        item.milestone,
                        f"name one of the milestones {choices}, or leave it empty",
                    )
        if self.payment_stages:
            total = sum(p.share for p in self.payment_stages)
            if abs(total - 1) > 0.001:
                raise InputError(
                    "payment_stages",
                    f"shares add up to {total:.1%}",
                    "make the payment shares add up to 100% (e.g. 0.3, 0.4, 0.3)",
                )

    # ------------------------------------------------------------------ views
    @property
    def total_price(self) -> float:
        """Sum of the deliverables' prices."""
        return float(sum(d.price for d in self.deliverables))

    def payment_schedule(self) -> list[tuple[PaymentStage, float]]:
        """Each payment stage with its amount; rounded to cents, the last takes the remainder."""
        total = round(self.total_price, 2)
        out, paid = [], 0.0
        for i, p in enumerate(self.payment_stages):
            amount = (
                total - paid if i == len(self.payment_stages) - 1 else round(total * p.share, 2)
            )
            amount = round(amount, 2)
            paid += amount
            out.append((p, amount))
        return out

    def deliverable(self, name: str) -> Deliverable:
        """The deliverable called ``name`` (ignoring case)."""
        for d in self.deliverables:
            if d.name.casefold() == str(name).strip().casefold():
                return d
        names = ", ".join(repr(d.name) for d in self.deliverables)
        raise InputError("name", name, f"no such deliverable; choose one of {names}")

    def milestone(self, name: str) -> Milestone | None:
        """The milestone called ``name`` (ignoring case), or None."""
        for m in self.milestones:
            if m.name.casefold() == str(name).strip().casefold():
                return m
        return None

    def with_deliverable(self, deliverable: Deliverable | Mapping[str, Any]) -> Scope:
        """A copy with ``deliverable`` added, or replacing the one of the same name."""
        with _at("deliverable"):
            d = (
                deliverable
                if isinstance(deliverable, Deliverable)
                else Deliverable.from_dict(deliverable)
            )
        items = list(self.deliverables)
        for i, old in enumerate(items):
            if old.name.casefold() == d.name.casefold():
                items[i] = d
                break
        else:
            items.append(d)
        return replace(self, deliverables=tuple(items))

    def without_deliverable(self, name: str) -> Scope:
        """A copy without the deliverable called ``name`` (ignoring case)."""
        d = self.deliverable(name)
        return replace(self, deliverables=tuple(x for x in self.deliverables if x is not d))

    # ------------------------------------------------------------------ persistence
    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (nested objects as dicts, dates as ISO strings)."""
        return _fields_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Scope:
        """The inverse of :meth:`to_dict`; errors name the field path, ``deliverables[1].price``."""
        if not isinstance(data, Mapping):
            raise InputError("data", type(data).__name__, "expected a mapping of Scope fields")
        return _from_mapping(cls, data, required=("project", "client", "deliverables"))

    def save(self, path: str | os.PathLike) -> Path:
        """Write the scope as versioned JSON (kind ``scope``), atomically.

        The JSON is encoded before any file is touched and written to a temporary file
        that replaces the target only when complete, so a failed save leaves the last
        good file as it was.
        """
        return _save(path, "scope", SCOPE_VERSION, self.to_dict())

    @classmethod
    def load(cls, path: str | os.PathLike) -> Scope:
        """Read a scope written by :meth:`save`, validating every field."""
        return _load(cls, path, "scope", SCOPE_VERSION)

    @classmethod
    def example(cls) -> Scope:
        """The kit's example scope: a small bakery website (``data/example_scope.json``)."""
        return cls.load(_example_path("example_scope.json"))

    # ------------------------------------------------------------------ documents
    def to_markdown(self) -> str:
        """The statement of work as Markdown (sections in the order of DESIGN.md §5)."""
        return _markdown(self)

    def to_html(self, *, standalone: bool = True) -> str:
        """The statement of work as HTML a client can read, print and sign.

        ``standalone=True`` gives a whole page (inline CSS, print-friendly, no external
        resources). ``standalone=False`` gives a ``<div class="expectlib-sow">`` with
        its own scoped ``<style>``, for embedding in a notebook or widget. Every
        user-supplied string is escaped, in text and in attributes.
        """
        return _html(self, standalone=standalone)


# --------------------------------------------------------------------------- Markdown
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(s: str) -> str:
    """Escape Markdown/HTML-significant characters so user text prints as typed."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(s).split()))


def _md_list(items: Iterable[str], empty: str = "_None listed._") -> list[str]:
    items = list(items)
    return [f"- {_md(x)}" for x in items] if items else [empty]


def _due(m: Milestone | None) -> str:
    return m.due.isoformat() if m is not None and m.due is not None else "to be agreed"


def _markdown(s: Scope) -> str:
    cur = s.currency
    c = s.communication
    out = [f"# Statement of work: {_md(s.project)}", ""]
    out.append(f"**Client:** {_md(s.client)}  ")
    if s.provider:
        out.append(f"**Provider:** {_md(s.provider)}  ")
    out += [f"**Total:** {_md(_money(s.total_price, cur))}", ""]

    out += ["## 1. Objectives", "", *_md_list(s.objectives), ""]

    out += ["## 2. Deliverables", ""]
    out.append(
        "| # | Deliverable | Quantity | Acceptance criteria | Revision rounds | Milestone | Price |"
    )
    out.append("|---|---|---|---|---|---|---|")
    for i, d in enumerate(s.deliverables, 1):
        out.append(
            f"| {i} | {_md(d.name)} | {_md(_units(d.quantity, d.unit))} | "
            f"{_md(d.acceptance) or '—'} | {d.revisions} | {_md(d.milestone) or '—'} | "
            f"{_md(_money(d.price, cur))} |"
        )
    out.append(f"| | **Total** | | | | | **{_md(_money(s.total_price, cur))}** |")
    out.append("")

    out += ["## 3. Out of scope", "", "Not included in this agreement:", ""]
    out += [*_md_list(s.out_of_scope), ""]

    out += ["## 4. Assumptions and client responsibilities", "", "### Assumptions", ""]
    out += [*_md_list(s.assumptions), "", "### The client will", ""]
    out += [*_md_list(s.client_responsibilities), ""]

    out += ["## 5. Milestones", ""]
    if s.milestones:
        out += ["| Milestone | Due | What is delivered |", "|---|---|---|"]
        for m in s.milestones:
            out.append(f"| {_md(m.name)} | {_due(m)} | {_md(m.description) or '—'} |")
    else:
        out.append("_None listed._")
    out.append("")

    out += ["## 6. Price and payment schedule", ""]
    out.append(
        f"Total price: **{_md(_money(s.total_price, cur))}** for the deliverables in section 2."
    )
    out.append("")
    if s.payment_stages:
        out += ["| Stage | Paid at | Share | Amount |", "|---|---|---|---|"]
        for p, amount in s.payment_schedule():
            when = _md(p.milestone) if p.milestone else "signing"
            out.append(f"| {_md(p.name)} | {when} | {p.share:.0%} | {_md(_money(amount, cur))} |")
        out.append(f"| **Total** | | 100% | **{_md(_money(s.total_price, cur))}** |")
    else:
        out.append("_No payment stages listed._")
    out.append("")

    out += ["## 7. Revisions", ""]
    for d in s.deliverables:
        out.append(f"- {_md(d.name)}: {_rounds(d.revisions)} included")
    out += [
        "",
        "A revision round is one consolidated list of feedback. Further rounds are handled as "
        "change requests (section 8).",
        "",
    ]

    out += ["## 8. Change control", "", _md(s.change_control), ""]

    out += ["## 9. Communication plan", ""]
    out += [
        f"- Channel: {_md(c.channel)}",
        f"- Contact hours: {_md(c.contact_hours)}",
        f"- Response time: within {_fmt_num(c.response_time_hours)} h (in contact hours)",
        f"- Progress updates: {c.update_cadence}",
    ]
    if c.documents:
        out.append("- Documents:")
        out += [f"  - {_md(doc)} — {_md(when)}" for doc, when in c.documents]
    out.append("")

    out += ["## 10. Metrics we both watch", "", *_md_list(s.metrics), ""]
    if s.notes:
        out += ["## Notes", "", _md(s.notes), ""]

    out += ["## Signatures", ""]
    out += [
        f"| | Client: {_md(s.client)} | Provider{': ' + _md(s.provider) if s.provider else ''} |",
        "|---|---|---|",
        "| Name | | |",
        "| Signature | | |",
        "| Date | | |",
        "",
    ]
    return "\n".join(out)


def _units(quantity: float, unit: str) -> str:
    """``5 pages``: a plain lower-case English unit is made plural; anything else is kept."""
    if quantity != 1 and re.fullmatch(r"[a-z]+", unit) and not unit.endswith("s"):
        unit = (
            unit[:-1] + "ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else unit + "s"
        )
    return f"{_fmt_num(quantity)} {unit}"


def _rounds(n: int) -> str:
    return "no revision rounds" if n == 0 else f"{n} revision round{'s' if n != 1 else ''}"


# --------------------------------------------------------------------------- HTML
_CSS = """
.expectlib-sow{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;
 color:#1b1b1b;line-height:1.45;max-width:52rem;margin:0 auto;padding:1.5rem;font-size:15px}
.expectlib-sow h1{font-size:1.6rem;margin:0 0 .2rem}
.expectlib-sow h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ccc;
 padding-bottom:.2rem}
.expectlib-sow h3{font-size:1rem;margin:1rem 0 .3rem}
.expectlib-sow .project{font-size:1.2rem;margin:0 0 .8rem}
.expectlib-sow dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;
 margin:0}
.expectlib-sow dt{font-weight:600}
.expectlib-sow dd{margin:0}
.expectlib-sow table{border-collapse:collapse;width:100%;margin:.4rem 0}
.expectlib-sow th,.expectlib-sow td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;
 vertical-align:top}
.expectlib-sow thead th{background:#f1f1f1}
.expectlib-sow td.num,.expectlib-sow th.num{text-align:right;white-space:nowrap}
.expectlib-sow tfoot td,.expectlib-sow tfoot th{font-weight:700;background:#fafafa}
.expectlib-sow .none{color:#666;font-style:italic}
.expectlib-sow .signatures{display:grid;grid-template-columns:1fr 1fr;gap:2rem;margin-top:1rem}
.expectlib-sow .sign p{margin:1.4rem 0 0;border-bottom:1px solid #333;padding-bottom:.1rem}
.expectlib-sow .sign .who{border:0;margin:0;font-weight:600}
@media print{
 .expectlib-sow{max-width:none;padding:0;font-size:11pt}
 .expectlib-sow section{break-inside:avoid}
 .expectlib-sow thead th,.expectlib-sow tfoot td{background:none}
}
@page{margin:18mm}
""".strip()


def _e(s: Any) -> str:
    """Escape for HTML text and (double-quoted) attribute values."""
    return html.escape(str(s), quote=True)


def _html_list(items: Iterable[str]) -> str:
    items = list(items)
    if not items:
        return '<p class="none">None listed.</p>'
    return "<ul>" + "".join(f"<li>{_e(x)}</li>" for x in items) + "</ul>"


def _html(s: Scope, *, standalone: bool) -> str:
    cur = s.currency
    c = s.communication
    h: list[str] = ['<div class="expectlib-sow">']
    h.append("<header><h1>Statement of work</h1>")
    h.append(f'<p class="project">{_e(s.project)}</p><dl class="meta">')
    h.append(f"<dt>Client</dt><dd>{_e(s.client)}</dd>")
    if s.provider:
        h.append(f"<dt>Provider</dt><dd>{_e(s.provider)}</dd>")
    h.append(f"<dt>Total price</dt><dd>{_e(_money(s.total_price, cur))}</dd></dl></header>")

    h.append(f'<section id="objectives"><h2>1. Objectives</h2>{_html_list(s.objectives)}</section>')

    h.append('<section id="deliverables"><h2>2. Deliverables</h2><table><thead><tr>')
    h.append(
        '<th class="num">#</th><th>Deliverable</th><th class="num">Quantity</th>'
        '<th>Acceptance criteria</th><th class="num">Revision rounds</th><th>Milestone</th>'
        '<th class="num">Price</th></tr></thead><tbody>'
    )
    for i, d in enumerate(s.deliverables, 1):
        h.append(
            f'<tr data-deliverable="{_e(d.name)}"><td class="num">{i}</td><td>{_e(d.name)}</td>'
            f'<td class="num">{_e(_units(d.quantity, d.unit))}</td>'
            f'<td>{_e(d.acceptance) or "—"}</td><td class="num">{d.revisions}</td>'
            f"<td>{_e(d.milestone) or '—'}</td>"
            f'<td class="num">{_e(_money(d.price, cur))}</td></tr>'
        )
    h.append(
        f'</tbody><tfoot><tr><th colspan="6">Total</th>'
        f'<td class="num">{_e(_money(s.total_price, cur))}</td></tr></tfoot></table></section>'
    )

    h.append(
        '<section id="out-of-scope"><h2>3. Out of scope</h2><p>Not included in this '
        f"agreement:</p>{_html_list(s.out_of_scope)}</section>"
    )
    h.append(
        '<section id="assumptions"><h2>4. Assumptions and client responsibilities</h2>'
        f"<h3>Assumptions</h3>{_html_list(s.assumptions)}"
        f"<h3>The client will</h3>{_html_list(s.client_responsibilities)}</section>"
    )

    h.append('<section id="milestones"><h2>5. Milestones</h2>')
    if s.milestones:
        h.append("<table><thead><tr><th>Milestone</th><th>Due</th><th>What is delivered</th>"
                 "</tr></thead><tbody>")  # fmt: skip
        for m in s.milestones:
            h.append(
                f'<tr data-milestone="{_e(m.name)}"><td>{_e(m.name)}</td><td>{_due(m)}</td>'
                f"<td>{_e(m.description) or '—'}</td></tr>"
            )
        h.append("</tbody></table>")
    else:
        h.append('<p class="none">None listed.</p>')
    h.append("</section>")

    h.append('<section id="payment"><h2>6. Price and payment schedule</h2>')
    h.append(f"<p>Total price: <strong>{_e(_money(s.total_price, cur))}</strong> for the "
             "deliverables in section 2.</p>")  # fmt: skip
    if s.payment_stages:
        h.append('<table><thead><tr><th>Stage</th><th>Paid at</th><th class="num">Share</th>'
                 '<th class="num">Amount</th></tr></thead><tbody>')  # fmt: skip
        for p, amount in s.payment_schedule():
            when = _e(p.milestone) if p.milestone else "signing"
            h.append(
                f'<tr><td>{_e(p.name)}</td><td>{when}</td><td class="num">{p.share:.0%}</td>'
                f'<td class="num">{_e(_money(amount, cur))}</td></tr>'
            )
        h.append(
            '</tbody><tfoot><tr><th colspan="2">Total</th><td class="num">100%</td>'
            f'<td class="num">{_e(_money(s.total_price, cur))}</td></tr></tfoot></table>'
        )
    else:
        h.append('<p class="none">No payment stages listed.</p>')
    h.append("</section>")

    h.append('<section id="revisions"><h2>7. Revisions</h2><ul>')
    h += [f"<li>{_e(d.name)}: {_rounds(d.revisions)} included</li>" for d in s.deliverables]
    h.append(
        "</ul><p>A revision round is one consolidated list of feedback. Further rounds are "
        "handled as change requests (section 8).</p></section>"
    )
    h.append(f'<section id="change-control"><h2>8. Change control</h2><p>{_e(s.change_control)}'
             "</p></section>")  # fmt: skip

    h.append('<section id="communication"><h2>9. Communication plan</h2><dl class="meta">')
    h.append(f"<dt>Channel</dt><dd>{_e(c.channel)}</dd>")
    h.append(f"<dt>Contact hours</dt><dd>{_e(c.contact_hours)}</dd>")
    h.append(f"<dt>Response time</dt><dd>within {_fmt_num(c.response_time_hours)} h "
             "(in contact hours)</dd>")  # fmt: skip
    h.append(f"<dt>Progress updates</dt><dd>{_e(c.update_cadence)}</dd></dl>")
    if c.documents:
        h.append("<table><thead><tr><th>Document</th><th>When</th></tr></thead><tbody>")
        h += [f"<tr><td>{_e(doc)}</td><td>{_e(when)}</td></tr>" for doc, when in c.documents]
        h.append("</tbody></table>")
    h.append("</section>")

    h.append(f'<section id="metrics"><h2>10. Metrics we both watch</h2>{_html_list(s.metrics)}'
             "</section>")  # fmt: skip
    if s.notes:
        h.append(f'<section id="notes"><h2>Notes</h2><p>{_e(s.notes)}</p></section>')

    h.append('<section id="signatures"><h2>Signatures</h2><div class="signatures">')
    for role, who in (("Client", s.client), ("Provider", s.provider)):
        label = f"{role}: {_e(who)}" if who else role
        h.append(
            f'<div class="sign"><p class="who">{label}</p><p>Name</p><p>Signature</p>'
            "<p>Date</p></div>"
        )
    h.append("</div></section></div>")
    body = "\n".join(h)
    if not standalone:
        return f"<style>{_CSS}</style>\n{body}"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Statement of work: {_e(s.project)}</title>\n<style>\n{_CSS}\n</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------- triage
@dataclass(frozen=True)
class ChangeRequest:
    """A change-request record (DESIGN.md §5): what, why, impact, options, decision."""

    description: str
    reason: str
    impact_scope: str
    impact_schedule: str
    impact_price: str
    options: tuple[str, ...]
    decision: str = "pending"

    def to_markdown(self) -> str:
        """The record as a short Markdown block to paste into an email or the SOW."""
        lines = [
            f"**Change request:** {_md(self.description)}",
            "",
            f"- Reason: {_md(self.reason)}",
            f"- Impact on scope: {_md(self.impact_scope)}",
            f"- Impact on schedule: {_md(self.impact_schedule)}",
            f"- Impact on price: {_md(self.impact_price)}",
            "- Options:",
            *[f"  {i}. {_md(o)}" for i, o in enumerate(self.options, 1)],
            f"- Decision: {_md(self.decision)}",
        ]
        return "\n".join(lines)


@dataclass(frozen=True)
class Triage:
    """Where a client request falls: ``kind`` in :data:`TRIAGE_KINDS`, with the reasons.

    ``matched`` names the deliverable or out-of-scope item the request is about (None
    when it names neither, or asks for a new item), ``evidence`` lists the words that
    decided, and ``change_request`` is filled when ``kind == "change_request"``.
    """

    kind: str
    matched: str | None
    reason: str
    evidence: tuple[str, ...]
    change_request: ChangeRequest | None = None

    def summary(self) -> str:
        """The verdict and why, in one paragraph."""
        label = {"in_scope": "In scope", "change_request": "Change request",
                 "out_of_scope": "Out of scope"}[self.kind]  # fmt: skip
        return f"{label}: {self.reason}"


# "also" alone is not a request for more; it needs an object ("also add a blog")
_WEAK_ADDITION = frozenset(["also", "as well", "juga", "lagi", "тоже", "также", "أيضا", "ايضا"])
_RUN_WINDOW = 5  # the object of "add"/"design a" starts within this many words
_RUN_MAX = 6


@dataclass
class _Read:
    """What triage read in the text (internal)."""

    raw: list[str]
    stems: list[str]
    status: list[str]
    addition: list[str]
    markers: list[int]  # word positions of addition/creation phrases, in order
    strong: bool  # an addition word other than "also"-like ones
    creation: list[str]
    request: list[str]
    revision: list[str]
    price: list[str]
    time: list[str]
    asks: bool


def _positions(raw: list[str], needle: str) -> list[int]:
    ws = needle.split()
    exact = needle.endswith(" ")
    k = len(ws)
    out = []
    for i in range(len(raw) - k + 1):
        last = raw[i + k - 1]
        if raw[i : i + k - 1] == ws[:-1] and (last == ws[-1] if exact else last.startswith(ws[-1])):
            out.append(i)
    return out


def _read(text_: str) -> _Read:
    raw = _merge_bigrams(_words(text_))
    stems = [_stem(w) for w in raw]
    padded = _padded(raw)
    markers: list[int] = []
    addition: list[str] = []
    for label, needle in _ADDITION:
        if needle in padded:
            addition.append(label)
            markers += _positions(raw, needle)
    # "more" adds only before a number or a thing, after a number ("two more") or at the end
    for i, w in enumerate(raw):
        if w in ("more", "больше", "lebih"):
            nxt = stems[i + 1] if i + 1 < len(raw) else ""
            before = raw[i - 1] if i else ""
            if (
                not nxt
                or before.isdecimal()
                or before in _NUMBER_WORDS
                or nxt.isdecimal()
                or nxt in _NUMBER_WORDS
                or _content(nxt)
            ):
                addition.append(w)
                markers.append(i)
    creation: list[str] = []
    for label, needle in _CREATION:
        if needle not in padded:
            continue
        width = len(needle.split())
        for i in _positions(raw, needle):
            nxt = raw[i + width : i + width + 2]
            if nxt and nxt[0] in _OBJECT_PRONOUNS:  # "make us a …"
                nxt = nxt[1:]
            if nxt and (nxt[0] in _ARTICLES or nxt[0].isdecimal() or nxt[0] in _NUMBER_WORDS):
                creation.append(label)
                markers.append(i)
                break
    request = _find(padded, _REQUEST)
    strong = any(a not in _WEAK_ADDITION for a in addition)
    return _Read(
        raw=raw,
        stems=stems,
        status=_find(padded, _STATUS),
        addition=list(dict.fromkeys(addition)),
        markers=sorted(set(markers)),
        strong=strong,
        creation=creation,
        request=request,
        revision=_find(padded, _REVISION),
        price=_find(padded, _PRICE_PRESSURE),
        time=_find(padded, _TIME_PRESSURE),
        asks=bool(request or addition or creation or "?" in text_ or "؟" in text_),
    )


def _run(r: _Read, start: int, window: int | None = _RUN_WINDOW) -> list[int]:
    """Positions of the first run of content words from ``start`` (numbers may sit inside)."""
    n = len(r.stems)
    stop = n if window is None else min(n, start + window + 1)
    i = start
    while i < stop and not _content(r.stems[i]):
        i += 1
    if i >= stop:
        return []
    run = []
    j = i
    while j < n and len(run) < _RUN_MAX:
        if _content(r.stems[j]):
            run.append(j)
        elif not (
            (r.raw[j].isdecimal() or r.raw[j] in _NUMBER_WORDS)
            and j + 1 < n
            and _content(r.stems[j + 1])
        ):
            break
        j += 1
    return run


class _Matcher:
    """Deliverable and out-of-scope words of one scope, for matching requests."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.d_words = [
            _item_words(d.name) | (_item_words(d.unit) - {"item"}) for d in scope.deliverables
        ]
        self.all_d = frozenset().union(*self.d_words)
        self.counts: dict[str, int] = {}
        for ws in self.d_words:
            for w in ws:
                self.counts[w] = self.counts.get(w, 0) + 1
        self.oos = []
        for item in scope.out_of_scope:
            head = next((p for p in _OOS_HEAD_END.split(item) if p and p.strip()), item)
            self.oos.append((item, _item_words(head) - self.all_d, _item_words(item) - self.all_d))

    def best(self, stems: Iterable[str]) -> tuple[Deliverable | None, list[str]]:
        """The deliverable sharing the most (rarest) words with ``stems``."""
        present = set(stems)
        best, best_score, best_hit = None, 0.0, []
        for d, ws in zip(self.scope.deliverables, self.d_words, strict=True):
            hit = ws & present
            score = sum(1 / self.counts[w] for w in hit) + 0.01 * len(hit)
            if score > best_score:
                best, best_score, best_hit = d, score, sorted(hit)
        return best, best_hit

    def out_of_scope(self, stems: Iterable[str]) -> tuple[str, list[str]] | None:
        """The out-of-scope item whose head words (or two of its words) are named most."""
        present = set(stems)
        best, best_score = None, 0
        for item, head, words in self.oos:
            overlap = words & present
            if (head & present) or len(overlap) >= 2:
                score = len(head & present) + len(overlap)
                if score > best_score:
                    best, best_score = (item, sorted(overlap)), score
        return best


def triage(
    text: str,
    scope: Scope,
    *,
    history: Any = None,
    revisions_used: Mapping[str, int] | None = None,
) -> Triage:
    """Sort a client request into in scope / change request / out of scope, and say why.

    * ``text``: the client's message (any length, at least one word; any language,
      with a few request words known in Indonesian, Russian and Arabic).
    * ``scope``: the agreed :class:`Scope`.
    * ``history``: an optional :class:`~expectlib.history.History`; then the schedule
      impact of a change uses the team's past estimate-vs-actual ratios.
    * ``revisions_used``: revision rounds already used per deliverable name (default:
      none), so "make the logo bigger" becomes a change once the rounds are spent.

    A change request carries its impact: price from the agreed unit price of the matched
    (or most similar) deliverable and, when that deliverable has low/likely/high hours,
    the extra work as P50–P80 of :func:`expectlib.estimate.forecast`, saying what was
    assumed. The rules are in the module docstring; ``Triage.evidence`` shows which fired.

    >>> s = Scope(project="P", client="C", deliverables=[
    ...     Deliverable(name="Instagram posts", quantity=20, unit="post", price=400)])
    >>> t = triage("Add two more Instagram posts this week", s)
    >>> t.kind, t.matched, t.change_request.impact_price
    ('change_request', 'Instagram posts', '+40 USD (2 × 20 USD per post, the agreed unit price).')
    """
    if not isinstance(scope, Scope):
        raise InputError("scope", type(scope).__name__, "pass the agreed Scope")
    if not isinstance(text, str):
        raise InputError("text", type(text).__name__, "pass the client's request as text")
    if not _WORD.search(text):
        raise InputError(
            "text", text, "the request is empty; paste the client's message (at least one word)"
        )
    used = _revisions_used(scope, revisions_used)
    r = _read(text)
    m = _Matcher(scope)
    matched, hit = m.best(r.stems)
    content_pos = [i for i, st in enumerate(r.stems) if _content(st)]
    unmatched = list(dict.fromkeys(r.stems[i] for i in content_pos if r.stems[i] not in m.all_d))

    evidence: list[str] = []
    if matched is not None:
        evidence.append(f"names {matched.name!r} ({', '.join(hit)})")
    for label, words in (
        ("status words", r.status),
        ("addition words", r.addition),
        ("creation words", r.creation),
        ("request words", r.request),
        ("revision words", r.revision),
        ("price pressure", r.price),
        ("time pressure", r.time),
    ):
        if words:
            evidence.append(f"{label}: {', '.join(dict.fromkeys(words))}")
    if unmatched:
        evidence.append(f"not in the deliverables: {', '.join(unmatched[:8])}")

    # 1. names an out-of-scope item (and asks for something)
    oos = m.out_of_scope(r.stems) if r.asks else None
    if oos is not None:
        item, words = oos
        evidence.insert(0, f"out of scope: {item!r} ({', '.join(words)})")
        low = f" {item.casefold()} "
        qualifier = next((q for q in _OOS_QUALIFIERS if f" {q} " in low), None)
        reason = f"The agreement lists {item!r} as out of scope."
        if qualifier:
            reason += f" Check whether this request goes {qualifier} that limit."
        reason += (
            " Say so kindly; if the client wants it, quote it separately or refer them to "
            "someone who does it."
        )
        return Triage("out_of_scope", item, reason, tuple(evidence))

    # 2. what an addition or creation word asks for: its object is the next run of words
    run: list[int] = []
    for pos in r.markers:
        run = _run(r, pos)
        if run:
            break
    asks_change = bool(run) or r.strong

    # 3. a status question about agreed work
    if r.status and not asks_change and (matched is not None or not unmatched):
        if matched is not None:
            ms = scope.milestone(matched.milestone) if matched.milestone else None
            when = f" (milestone {ms.name!r}, due {_due(ms)})" if ms is not None else ""
            reason = (
                f"A status question about {matched.name!r}, an agreed deliverable{when}. "
                "Answer it; nothing new is asked."
            )
        else:
            c = scope.communication
            reason = (
                "A status question about the project. Answer it; progress updates are "
                f"{c.update_cadence}, by {c.channel}."
            )
        return Triage("in_scope", matched.name if matched else None, reason, tuple(evidence))

    # 4. asks for more, or for something new
    if asks_change:
        new_pos = [i for i in run if r.stems[i] not in m.all_d]
        if new_pos:
            ref, _ = m.best(r.stems[i] for i in run)
            return _change(r, scope, run, ref or matched, evidence, history, text, new=True)
        target, _ = m.best(r.stems[i] for i in run) if run else (matched, [])
        if r.revision and target is not None:  # "one more round on the logo"
            return _revision(target, used, evidence, text)
        return _change(r, scope, run, target, evidence, history, text, new=False)

    # 5. a revision of an agreed deliverable
    if r.revision and matched is not None:
        return _revision(matched, used, evidence, text)

    # 6. about agreed work
    if matched is not None:
        reason = f"About {matched.name!r}, an agreed deliverable; nothing new is asked."
        if unmatched and r.asks:
            reason = (
                f"About {matched.name!r}, an agreed deliverable. Check that the detail "
                f"({', '.join(unmatched[:4])}) is within its acceptance criteria."
            )
        return Triage("in_scope", matched.name, reason, tuple(evidence))

    # 7. asks for something no deliverable covers
    if unmatched and r.asks:
        run = _run(r, content_pos[0], window=None)
        return _change(r, scope, run, None, evidence, history, text, new=True)

    if r.revision:
        reason = (
            "A change to agreed work that names no deliverable; ask which one, and count it "
            "against that deliverable's revision rounds."
        )
        return Triage("in_scope", None, reason, tuple(evidence))
    reason = "Nothing in the message asks for new work or names anything outside the scope."
    return Triage("in_scope", None, reason, tuple(evidence))


def _revisions_used(scope: Scope, used: Mapping[str, int] | None) -> dict[str, int]:
    if used is None:
        return {}
    if not isinstance(used, Mapping):
        raise InputError("revisions_used", used, 'use a mapping such as {"Logo": 1}')
    out = {}
    for name, n in used.items():
        with _at("revisions_used"):
            d = scope.deliverable(name)
        out[d.name] = positive_int(f"revisions_used[{name!r}]", n, minimum=0)
    return out


def _revision(d: Deliverable, used: dict[str, int], evidence: list[str], text_: str) -> Triage:
    n_used = used.get(d.name, 0)
    if n_used < d.revisions:
        reason = (
            f"A revision of {d.name!r}: round {n_used + 1} of the {d.revisions} included. "
            "Ask for all the feedback on it in one list."
        )
        return Triage("in_scope", d.name, reason, tuple(evidence))
    evidence.append(f"revision rounds used: {n_used} of {d.revisions}")
    rounds = _rounds(d.revisions)
    cycle = "Adds one feedback cycle (the client's turnaround plus the rework)"
    cr = ChangeRequest(
        description=f"An extra revision round for {d.name!r}",
        reason=f"Requested by the client: “{_excerpt(text_)}”; the {rounds} included are used.",
        impact_scope=f"One more revision round on {d.name!r} than agreed.",
        impact_schedule=f"{cycle} to the {d.milestone!r} milestone."
        if d.milestone
        else f"{cycle}.",
        impact_price="Not in the agreed price; quote the extra round before starting.",
        options=(
            "Add a paid revision round (quoted before starting).",
            "Keep the current version and collect the changes for a later phase.",
            "Use a round left on another deliverable instead, if both sides agree.",
        ),
    )
    reason = f"A revision of {d.name!r}, but its {rounds} are used: a further round is a change."
    return Triage("change_request", d.name, reason, tuple(evidence), cr)


def _excerpt(s: str, limit: int = 200) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _quantity(r: _Read, anchor: int | None) -> int:
    """The number just before the anchor word (within 4 words); 1 if none."""
    if anchor is None:
        return 1
    for j in range(anchor - 1, max(-1, anchor - 5), -1):
        w = r.raw[j]
        if w.isdecimal():
            return max(1, min(int(w[:6]), 10_000))
        if w in _NUMBER_WORDS:
            return _NUMBER_WORDS[w]
    return 1


def _change(
    r: _Read,
    scope: Scope,
    run: list[int],
    ref: Deliverable | None,
    evidence: list[str],
    history: Any,
    text_: str,
    *,
    new: bool,
) -> Triage:
    cur = scope.currency
    n = _quantity(r, run[0] if run else None)
    evidence.append(f"quantity: {n}")
    if new:
        what = " ".join(r.raw[run[0] : run[-1] + 1]) if run else "the new item"
        description = f"Add {what!r}: a new item, not in the deliverables (×{n})"
        impact_scope = f"Adds a new item to the scope: {what} (×{n})."
        matched_name = None
        reason = (
            f"Asks for something no deliverable covers ({what}): record it as a change "
            "request and agree its price and dates before starting."
        )
    elif ref is not None:
        what = ref.name
        description = f"Add {n} more to {ref.name!r} ({_units(n, ref.unit)})"
        impact_scope = (
            f"{ref.name!r} grows from {_units(ref.quantity, ref.unit)} to "
            f"{_units(ref.quantity + n, ref.unit)}."
        )
        matched_name = ref.name
        reason = (
            f"Asks for more of {ref.name!r} than agreed ({_units(ref.quantity, ref.unit)}): "
            "record it as a change request."
        )
        rate = _find(_padded(r.raw), _RATE)
        if rate:
            impact_scope += (
                f" The request says “{rate[0]}”: check that rate against the agreed unit "
                f"({ref.unit}) before quoting."
            )
    else:
        what = "more work"
        description = f"Extra work: {_excerpt(text_, 120)}"
        impact_scope = "Adds work the request does not name; ask what exactly."
        matched_name = None
        reason = "Asks for additional work: record it as a change request and ask what exactly."

    like = f"; assumed like one {ref.unit} of {ref.name!r}" if new and ref is not None else ""
    if ref is not None:
        extra = n * ref.unit_price
        price = (
            f"+{_money(extra, cur)} ({n} × {_money(ref.unit_price, cur)} per {ref.unit}, "
            f"the agreed unit price{like})"
        )
        short_price = f"+{_money(extra, cur)}"
        if new:
            price = f"about {price}, to confirm in a quote"
            short_price = f"about {short_price}"
    else:
        extra = None
        price = "to be quoted: no similar deliverable to price it from"
        short_price = "price to be quoted"
    if r.price:
        unpaid = f"{_money(extra, cur)} of unpaid work" if extra is not None else "unpaid work"
        price += f". It was asked at the same price: that would be {unpaid}"

    work, schedule = _schedule_impact(ref, n, history, assumed=bool(like))
    ms = scope.milestone(ref.milestone) if ref is not None and ref.milestone else None
    moves = ""
    if ms is not None:
        moves = (
            f"; the {ms.name!r} milestone (due {_due(ms)}) moves by that much work unless "
            "something else is dropped"
        )
    if r.time:
        moves += (
            f". The client asks for it {', '.join(dict.fromkeys(r.time))}: check that against "
            "the work already planned"
        )
    cr_reason = f"Requested by the client: “{_excerpt(text_)}”"
    if r.price:
        cr_reason += " (asked at the same price)"
    cr = ChangeRequest(
        description=description,
        reason=cr_reason + ".",
        impact_scope=impact_scope,
        impact_schedule=schedule + moves + ".",
        impact_price=price + ".",
        options=(
            f"Add it as a paid change: {short_price} and {work}"
            + (f"; the {ms.name!r} milestone moves." if ms is not None else "."),
            "Swap it for something of similar size already in the scope, keeping price and dates.",
            "Keep this scope, price and dates, and put it on the list for a next phase.",
        ),
    )
    return Triage("change_request", matched_name, reason, tuple(evidence), cr)


def _schedule_impact(
    ref: Deliverable | None, n: int, history: Any, *, assumed: bool
) -> tuple[str, str]:
    """(short work phrase, schedule sentence) for ``n`` more units like ``ref``."""
    if ref is None or not ref.has_hours:
        why = f" ({ref.name!r} carries no hours)" if ref is not None else ""
        return (
            "work to be estimated",
            f"Extra work, to be estimated before agreeing a date{why}",
        )
    from .estimate import ThreePoint, forecast  # lazy: keeps `import expectlib.scope` light

    q = ref.quantity
    per = ThreePoint(low=ref.low_hours / q, likely=ref.likely_hours / q, high=ref.high_hours / q)
    scaled = n > 200  # one task of n units instead of n tasks (keeps it fast)
    if history is not None:
        tasks = [per.likely * n] if scaled else [per.likely] * n
        f = forecast(tasks, history=history, trials=4000, rng=0)
        method = f"your history of {f.n_history} past tasks applied to the likely hours"
    else:
        if scaled:
            tasks = [ThreePoint(low=per.low * n, likely=per.likely * n, high=per.high * n)]
        else:
            tasks = [per] * n
        f = forecast(tasks, trials=4000, rng=0)
        method = "three-point forecast"
    p50, p80 = float(f.quantile(0.5)), float(f.quantile(0.8))
    hours = f"{_fmt_h(per.low)}/{_fmt_h(per.likely)}/{_fmt_h(per.high)} h low/likely/high"
    if assumed:
        basis = f"assumed like one {ref.unit} of {ref.name!r}: {hours}"
    else:
        basis = f"per {ref.unit} of {ref.name!r}: {hours}"
    if scaled:
        basis += f", {n} units taken as one task"
    work = f"about {_fmt_h(p50)}–{_fmt_h(p80)} h more work"
    return work, f"Adds about {_fmt_h(p50)}–{_fmt_h(p80)} h of work (P50–P80, {method}; {basis})"
