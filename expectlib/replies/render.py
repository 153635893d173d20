"""Reply templates as files: parse, check and render them; format dates and money per language.

A template lives in ``templates/<language>/<name>.md`` (``<name>`` is a label such as
``scope_creep``, or ``notices/delay``). It starts with front matter between two ``---``
lines, then sections that begin with ``## <section>`` or ``## <section>.<tone>``::

    ---
    type: scope_creep
    language: en
    tones: [warm, formal, firm]
    placeholders: [deliverable, p80_date]
    fallbacks:
      project: the project
    tags: [scope, change-request]
    ---
    ## subject
    Re: {deliverable}: the new request
    ## acknowledge.warm
    Thanks for sharing the idea ...

The front matter is a small, YAML-compatible subset read by :func:`parse_front_matter`
(no YAML library at run time): ``key: value``, ``key: [a, b]`` and a block of indented
``name: text`` lines for ``fallbacks``. A fallback key may carry a tone, ``client.formal``,
to differ by tone.

Placeholders are ``{name}``; ``{{`` and ``}}`` write literal braces. The rules, checked when
a template is parsed and when it is rendered, each with an :class:`~expectlib.errors.InputError`
that names the template, the placeholder and the fix:

* a placeholder must be in :data:`PLACEHOLDERS` and declared in the file's front matter
  (in ``placeholders``, the required ones, or ``fallbacks``);
* an empty value (``None``, ``""``, an empty list) takes the fallback; a required
  placeholder with no value and no fallback fails loudly;
* values are plain text (no HTML: escaping is the job of whoever shows it as HTML).
  Dates, numbers and lists are formatted for the template's language.

``templates/<language>/_shared.md`` holds the sections every reply shares (greetings,
closings, the default time frame and follow-up); a template's own sections override them.

>>> format_date(date(2026, 11, 27), "id")
'Jumat, 27 Nov'
>>> format_money(2900, "USD", "ru")
'2\xa0900 USD'
>>> t = parse_template("---\\ntype: demo\\nlanguage: en\\ntones: [warm]\\n"
...     "placeholders: [client]\\nfallbacks: {}\\ntags: []\\n---\\n## greeting\\nHi {client},\\n",
...     name="en/demo")
>>> render_template(t, {"client": "Ana"})["greeting"]
'Hi Ana,'
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .._validate import one_of
from ..errors import InputError

__all__ = [
    "LANGUAGES",
    "PLACEHOLDERS",
    "TEMPLATE_DIR",
    "TONES",
    "Template",
    "format_date",
    "format_list",
    "format_money",
    "format_number",
    "format_percent",
    "load_template",
    "parse_front_matter",
    "parse_template",
    "render_template",
    "template_names",
]

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
LANGUAGES: tuple[str, ...] = ("en", "id", "ru", "ar")
TONES: tuple[str, ...] = ("warm", "formal", "firm")
SHARED = "_shared"

#: Every placeholder a template may use, with what it holds.
PLACEHOLDERS: Mapping[str, str] = MappingProxyType(
    {
        "client": "the client's name",
        "sender": "your name (the signature)",
        "project": "the project's name",
        "deliverable": "the deliverable the message is about",
        "today": "today's date",
        "asked_date": "the date the client asked for (or the date that slips, in a delay notice)",
        "p50_date": "the date the work is done with even odds",
        "p80_date": "the date the work is done with the stated probability (80% by default)",
        "follow_up_date": "when you will next write",
        "probability": "the probability of p80_date, as a percentage",
        "price": "the agreed price",
        "rush_price": "the price of a rush delivery",
        "rush_date": "the date a rush delivery aims for (strictly before p50_date)",
        "rush_offer": "the rush terms: price and date, or when you will confirm them (draft.py)",
        "odds": "the probability of p80_date, with p50_date when it differs (draft.py)",
        "revisions_included": "revision rounds in the agreement",
        "revisions_used": "revision rounds used so far",
        "revisions_left": "revision rounds left",
        "out_of_scope": "what the agreement lists as out of scope",
        "effort_hours": "hours of work at the stated probability",
        "hours_per_day": "hours a day available for this project",
        "work_days": "working days of focused work (effort_hours / hours_per_day)",
        "fit_hours": "hours of work that fit before asked_date (working days left x hours a day)",
        "days_to_p80": "working days from today to p80_date",
        "offered": "the amount the client named as budget or offer (money, formatted)",
        "offered_share": "offered as a share of the agreed price (a percentage)",
        "work_days_unit": "Russian: 'рабочий день' agreeing with work_days (else empty)",
        "days_to_p80_unit": "Russian: 'рабочего дня' agreeing with days_to_p80 (else empty)",
        "capacity": "a sentence with the capacity arithmetic (built by draft.py)",
        "date_basis": "a sentence saying where the dates come from (built by draft.py)",
        "revisions_note": "a sentence with the revision rounds (built by draft.py)",
        "reason": "why a delay happened (delay notice)",
        "done_list": "what was done since the last update, one line each (status update)",
        "next_list": "what comes next, one line each (status update)",
        "metrics_list": "the agreed metrics and their values, one line each (status update)",
        "you": "the polite word for 'you' in the tone (Indonesian: Kakak / Bapak/Ibu / Anda)",
    }
)

_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_SECTION = re.compile(r"^##[ \t]+(\S+)[ \t]*$", re.M)
_REQUIRED_KEYS = ("type", "language", "tones", "placeholders", "fallbacks", "tags")


# --------------------------------------------------------------------------- front matter
def parse_front_matter(text: str, *, name: str = "template") -> tuple[dict[str, Any], str]:
    """Split ``text`` into its front matter (a dict) and the rest.

    The front matter is the YAML subset the templates use: ``key: scalar``,
    ``key: [a, b, c]``, ``key: {}`` and a block of indented ``name: text`` lines.
    Scalars may be quoted with double quotes (JSON escapes) to hold ``:``, ``#``, ``[``
    or leading spaces; an empty quoted scalar ``""`` is an empty text.

    >>> meta, body = parse_front_matter('---\\ntones: [warm, firm]\\nfallbacks:\\n'
    ...     '  client: there\\n  sender: ""\\n---\\nBody')
    >>> meta, body
    ({'tones': ['warm', 'firm'], 'fallbacks': {'client': 'there', 'sender': ''}}, 'Body')
    """
    field = f"template {name}"
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        raise InputError(field, lines[0] if lines else "", "start the file with a '---' line")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise InputError(
            field, "no closing '---'", "close the front matter with a '---' line"
        ) from None
    meta: dict[str, Any] = {}
    block: dict[str, str] | None = None
    for raw in lines[1:end]:
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0] in " \t":
            if block is None:
                raise InputError(field, raw, "an indented line must follow a 'key:' line")
            key, value = _pair(raw.strip(), field)
            block[key] = value if isinstance(value, str) else ", ".join(value)
            continue
        key, value = _pair(raw, field)
        if key in meta:
            raise InputError(field, key, "this key appears twice in the front matter")
        if value == "":  # the start of a block mapping
            block = meta[key] = {}
        else:
            block = None
            meta[key] = value
    body = "\n".join(lines[end + 1 :])
    return meta, body


def _pair(line: str, field: str) -> tuple[str, Any]:
    if ":" not in line:
        raise InputError(field, line, "write front-matter lines as 'key: value'")
    key, _, value = line.partition(":")
    key, value = key.strip(), value.strip()
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", key):
        raise InputError(field, key, "use a plain key (letters, digits, _ . -)")
    return key, _scalar(value, field)


def _scalar(value: str, field: str) -> Any:
    if value.startswith("["):
        if not value.endswith("]"):
            raise InputError(field, value, "close the list with ']'")
        inner = value[1:-1].strip()
        return [_text(v.strip(), field) for v in inner.split(",")] if inner else []
    if value == "{}":
        return {}
    if value.startswith("{"):
        raise InputError(field, value, "write a mapping as indented 'name: text' lines")
    return _text(value, field)


def _text(value: str, field: str) -> str:
    if value.startswith('"'):
        try:
            out = json.loads(value)
        except json.JSONDecodeError:
            out = None
        if not isinstance(out, str):
            raise InputError(field, value, 'close the quoted text with " (JSON escapes)')
        return out
    if value.startswith(("'", "&", "*", "!", "|", ">", "%", "@", "`")) or " #" in value:
        raise InputError(field, value, 'put this value in double quotes: "…"')
    return value


# --------------------------------------------------------------------------- templates
@dataclass(frozen=True)
class Template:
    """A parsed template: front matter plus sections (``name`` or ``name.tone`` → text)."""

    name: str
    type: str
    language: str
    tones: tuple[str, ...]
    placeholders: tuple[str, ...]
    fallbacks: Mapping[str, str]
    tags: tuple[str, ...]
    sections: Mapping[str, str]

    @property
    def used(self) -> frozenset[str]:
        """The placeholders the sections use."""
        return frozenset(p for text in self.sections.values() for p in _placeholders(text))

    def section_names(self) -> tuple[str, ...]:
        """Section names without their tone suffix, in file order."""
        out: list[str] = []
        for key in self.sections:
            base = key.split(".")[0]
            if base not in out:
                out.append(base)
        return tuple(out)


def _placeholders(text: str) -> list[str]:
    return [m.group(1) for m in _TOKEN.finditer(text) if m.group(1) is not None]


def parse_template(text: str, *, name: str) -> Template:
    """Parse one template file's text, checking its front matter and every placeholder.

    ``name`` ("en/scope_creep") is used in error messages.

    >>> parse_template("---\\ntype: x\\nlanguage: en\\ntones: [warm]\\nplaceholders: []\\n"
    ...                "fallbacks: {}\\ntags: []\\n---\\n## subject\\nHi {client}", name="en/x")
    Traceback (most recent call last):
    ...
    expectlib.errors.InputError: template en/x: got '{client}'; placeholder not declared ...
    """
    field = f"template {name}"
    meta, body = parse_front_matter(text, name=name)
    for key in _REQUIRED_KEYS:
        if key not in meta:
            raise InputError(field, key, f"add '{key}:' to the front matter")
    unknown_keys = sorted(set(meta) - set(_REQUIRED_KEYS))
    if unknown_keys:
        raise InputError(field, unknown_keys, f"use only the keys {', '.join(_REQUIRED_KEYS)}")
    for key in ("tones", "placeholders", "tags"):
        if not isinstance(meta[key], list):
            raise InputError(field, meta[key], f"write '{key}' as a list: [a, b]")
    if not isinstance(meta["fallbacks"], dict):
        raise InputError(field, meta["fallbacks"], "write 'fallbacks' as indented lines or {}")
    language = meta["language"]
    if language not in LANGUAGES:
        raise InputError(field, language, f"language must be one of {', '.join(LANGUAGES)}")
    tones = tuple(meta["tones"])
    for tone in tones:
        if tone not in TONES:
            raise InputError(field, tone, f"tones must be among {', '.join(TONES)}")
    required = tuple(meta["placeholders"])
    fallbacks = dict(meta["fallbacks"])
    declared = set(required) | {k.split(".")[0] for k in fallbacks}
    for key in fallbacks:
        base, _, tone = key.partition(".")
        if tone and tone not in TONES:
            raise InputError(field, key, f"a fallback's tone must be one of {', '.join(TONES)}")
        _check_known(field, base)
    for p in required:
        _check_known(field, p)

    sections: dict[str, str] = {}
    parts = _SECTION.split(body)
    if parts[0].strip():
        raise InputError(field, parts[0].strip()[:40], "put text under a '## section' heading")
    for key, content in zip(parts[1::2], parts[2::2], strict=True):
        base, _, tone = key.partition(".")
        if not _NAME.fullmatch(base) or (tone and tone not in TONES):
            raise InputError(
                field, key, f"name sections 'name' or 'name.tone' (tone one of {TONES})"
            )
        if key in sections:
            raise InputError(field, key, "this section appears twice")
        content = content.strip("\n").rstrip()
        for m in _TOKEN.finditer(content):
            token, placeholder = m.group(0), m.group(1)
            if placeholder is None:
                if token in ("{{", "}}"):
                    continue
                raise InputError(
                    field, token, f"a lone brace in section '{key}'; write {{{{ or }}}}"
                )
            if not _NAME.fullmatch(placeholder):
                raise InputError(
                    field, token, f"bad placeholder in section '{key}'; use {{lower_case_name}}"
                )
            _check_known(field, placeholder, where=f" in section '{key}'")
            if placeholder not in declared:
                raise InputError(
                    field,
                    token,
                    f"placeholder not declared in section '{key}'; add it to 'placeholders' "
                    "(required) or give it a fallback in the front matter",
                )
        sections[key] = content
    return Template(
        name=name,
        type=str(meta["type"]),
        language=language,
        tones=tones,
        placeholders=required,
        fallbacks=MappingProxyType(fallbacks),
        tags=tuple(meta["tags"]),
        sections=MappingProxyType(sections),
    )


def _check_known(field: str, placeholder: str, where: str = "") -> None:
    if placeholder not in PLACEHOLDERS:
        raise InputError(
            field,
            "{" + placeholder + "}",
            f"unknown placeholder{where}; use one of {', '.join(PLACEHOLDERS)} "
            "(or add it to render.PLACEHOLDERS with a description)",
        )


def template_names(language: str = "en") -> tuple[str, ...]:
    """The templates of one language: labels first, then ``notices/<kind>``, sorted.

    >>> "scope_creep" in template_names("en"), "notices/delay" in template_names("ar")
    (True, True)
    """
    one_of("language", language, LANGUAGES)
    root = TEMPLATE_DIR / language
    own = sorted(p.stem for p in root.glob("*.md") if p.stem != SHARED)
    notices = sorted(f"notices/{p.stem}" for p in (root / "notices").glob("*.md"))
    return (*own, *notices)


@lru_cache(maxsize=256)
def _load_file(language: str, name: str) -> Template:
    path = TEMPLATE_DIR / language / f"{name}.md"
    if not path.is_file():
        raise InputError(
            "template",
            f"{language}/{name}",
            f"no such template; choose one of {', '.join(template_names(language))}",
        )
    template = parse_template(path.read_text(encoding="utf-8"), name=f"{language}/{name}")
    if template.language != language:
        raise InputError(
            f"template {language}/{name}",
            template.language,
            f"the front matter says another language; set 'language: {language}'",
        )
    return template


def load_template(language: str, name: str, *, shared: bool = True) -> Template:
    """The template ``<language>/<name>``, merged with the language's shared sections.

    The template's own sections, required placeholders and fallbacks win over the
    shared ones (a section the template defines replaces every tone variant of it).
    Files are read once and cached.

    >>> t = load_template("en", "scope_creep")
    >>> t.type, "greeting.warm" in t.sections
    ('scope_creep', True)
    """
    one_of("language", language, LANGUAGES)
    if not isinstance(name, str) or not re.fullmatch(r"(notices/)?[a-z_]+", name):
        raise InputError("template", name, "use a label such as 'scope_creep' or 'notices/delay'")
    own = _load_file(language, name)
    if not shared or name == SHARED:
        return own
    base = _load_file(language, SHARED)
    own_bases = set(own.section_names())  # a section of the template replaces all its tones
    return Template(
        name=own.name,
        type=own.type,
        language=language,
        tones=own.tones,
        placeholders=tuple(dict.fromkeys((*base.placeholders, *own.placeholders))),
        fallbacks=MappingProxyType({**base.fallbacks, **own.fallbacks}),
        tags=own.tags,
        sections=MappingProxyType(
            {
                **{k: x for k, x in base.sections.items() if k.split(".")[0] not in own_bases},
                **own.sections,
            }
        ),
    )


# --------------------------------------------------------------------------- rendering
def render_template(
    template: Template | str,
    values: Mapping[str, Any] | None = None,
    *,
    tone: str = "warm",
    only: Iterable[str] | None = None,
) -> dict[str, str]:
    """Fill a template's sections for ``tone``: section name (without tone) → plain text.

    ``template`` is a :class:`Template` or ``"<language>/<name>"``. For each section,
    ``name.<tone>`` wins over ``name``. Values may be text, numbers (formatted with the
    language's separators), dates (formatted for the language) or lists (joined as
    "a, b and c"); an empty value takes the fallback. ``only`` limits which sections are
    rendered; the required placeholders are then those the chosen sections use. Extra
    values are ignored. Spaces left before punctuation by an empty
    fallback ("Hi ," → "Hi,") are tidied away.

    >>> render_template("en/reasonable", {"client": ""}, only=["greeting"])
    {'greeting': 'Hi there,'}
    """
    if isinstance(template, str):
        language, _, name = template.partition("/")
        template = load_template(language, name)
    if not isinstance(template, Template):
        raise InputError("template", template, "pass a Template or '<language>/<name>'")
    one_of("tone", tone, TONES)
    values = {} if values is None else values
    if not isinstance(values, Mapping):
        raise InputError("values", values, "pass a mapping of placeholder → value")
    field = f"template {template.name}"
    texts = {
        k: _as_text(v, template.language, f"values[{k!r}]")
        for k, v in values.items()
        if k in PLACEHOLDERS
    }

    def value_of(p: str) -> str:
        if texts.get(p, "") != "":
            return texts[p]
        for key in (f"{p}.{tone}", p):
            if key in template.fallbacks:
                return template.fallbacks[key]
        raise InputError(
            field,
            "{" + p + "}",
            f"the placeholder has no value and no fallback; pass {p}=… "
            f"or add a fallback '{p}: …' to the front matter",
        )

    wanted = set(template.section_names()) if only is None else set(only)
    keys: dict[str, str] = {}
    for base in template.section_names():
        key = f"{base}.{tone}" if f"{base}.{tone}" in template.sections else base
        if base in wanted and key in template.sections:  # else: only other tones' variants
            keys[base] = key
    needed = {p for key in keys.values() for p in _placeholders(template.sections[key])}
    if only is None:
        needed |= set(template.placeholders)
    for p in sorted(needed):  # fail before rendering anything
        value_of(p)
    return {
        base: _tidy(_substitute(template.sections[key], value_of)) for base, key in keys.items()
    }


def _substitute(text: str, value_of) -> str:
    def repl(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        return value_of(m.group(1))

    return _TOKEN.sub(repl, text)


_SPACE_BEFORE = re.compile(r"(?<=\S)[ \t]+([,.;:!?،؛؟)])")
_EMPTY_PARENS = re.compile(r"[ \t]*(?:\([ \t]*\)|«[ \t]*»)")
_COMMA_THEN = re.compile(r"([,،])(?=[!?.,،؟])")
_DOUBLE_DOT = re.compile(r"(?<!\.)\.\.(?!\.)")
_RUNS = re.compile(r"(?<=\S)[ \t]{2,}")


def _tidy(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        line = _EMPTY_PARENS.sub("", line)
        line = _RUNS.sub(" ", line)
        line = _SPACE_BEFORE.sub(r"\1", line)
        line = _COMMA_THEN.sub("", line)
        line = _DOUBLE_DOT.sub(".", line)
        lines.append(line.rstrip())
    return "\n".join(lines).strip()


def _as_text(value: Any, language: str, field: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        raise InputError(field, value, "use text, a number or a date, not True/False")
    if isinstance(value, datetime):
        return format_date(value.date(), language)
    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, int | float):
        return format_number(value, language)
    if isinstance(value, Iterable) and not isinstance(value, bytes | Mapping):
        items = [_as_text(v, language, field) for v in value]
        return format_list([i for i in items if i], language)
    raise InputError(field, type(value).__name__, "use text, a number, a date or a list of text")


# --------------------------------------------------------------------------- formatting
_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "ru": ("пн", "вт", "ср", "чт", "пт", "сб", "вс"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    # CLDR's abbreviated genitive ("27 нояб.", "1 мая")
    "ru": (
        "янв.",
        "февр.",
        "мар.",
        "апр.",
        "мая",
        "июн.",
        "июл.",
        "авг.",
        "сент.",
        "окт.",
        "нояб.",
        "дек.",
    ),
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
}
# (thousands separator, decimal mark); Russian groups with a no-break space
# full names for running text (format_date(long=True)); Russian months in the genitive
_WEEKDAYS_LONG = {
    **_WEEKDAYS,
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
}
_MONTHS_LONG = {
    **_MONTHS,
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
}
_SEPARATORS = {"en": (",", "."), "id": (".", ","), "ru": ("\u00a0", ","), "ar": (",", ".")}
_SYMBOLS = {"en": {"USD": "$", "EUR": "€", "GBP": "£"}, "id": {"IDR": "Rp"}, "ru": {"RUB": "₽"}}


def format_date(
    day: date, language: str = "en", *, today: date | None = None, long: bool = False
) -> str:
    """A short, readable date: weekday, day, month (and the year if it is not ``today``'s).

    ``long=True`` writes weekday and month in full, for running text. Russian then puts
    the date first with the month in the genitive and the weekday in brackets, so it reads
    right after any preposition ("до 2 декабря (среда)"). English stays short.

    >>> d = date(2026, 11, 27)
    >>> [format_date(d, lang) for lang in LANGUAGES]
    ['Fri 27 Nov', 'Jumat, 27 Nov', 'пт, 27 нояб.', 'الجمعة، 27 نوفمبر']
    >>> [format_date(d, lang, long=True) for lang in LANGUAGES]
    ['Fri 27 Nov', 'Jumat, 27 November', '27 ноября (пятница)', 'الجمعة، 27 نوفمبر']
    >>> format_date(d, "en", today=date(2025, 12, 1))
    'Fri 27 Nov 2026'
    """
    one_of("language", language, LANGUAGES)
    if isinstance(day, datetime):
        day = day.date()
    if not isinstance(day, date):
        raise InputError("date", day, "pass a datetime.date")
    weekdays, months = (_WEEKDAYS_LONG, _MONTHS_LONG) if long else (_WEEKDAYS, _MONTHS)
    wd, mon = weekdays[language][day.weekday()], months[language][day.month - 1]
    year = f" {day.year}" if today is not None and today.year != day.year else ""
    if language == "ru" and long:
        return f"{day.day} {mon}{year + ' г.' if year else ''} ({wd})"
    if language == "en":
        return f"{wd} {day.day} {mon}{year}"
    if language == "ar":
        return f"{wd}، {day.day} {mon}{year}"
    if language == "ru" and year:
        return f"{wd}, {day.day} {mon}{year} г."
    return f"{wd}, {day.day} {mon}{year}"


def format_number(x: float, language: str = "en", *, decimals: int | None = None) -> str:
    """A number with the language's digit grouping and decimal mark.

    Whole numbers print without decimals; others with up to two (or ``decimals``).

    >>> [format_number(1234.5, lang) for lang in LANGUAGES]
    ['1,234.5', '1.234,5', '1\\xa0234,5', '1,234.5']
    """
    one_of("language", language, LANGUAGES)
    if isinstance(x, bool) or not isinstance(x, int | float) or not math.isfinite(x):
        raise InputError("number", x, "pass a finite number")
    if decimals is None:
        text = f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{x:,.{decimals}f}"
    group, point = _SEPARATORS[language]
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def format_money(amount: float, currency: str = "USD", language: str = "en") -> str:
    """An amount with its currency, as people write it in the language.

    >>> format_money(2900, "USD", "en"), format_money(1500000, "IDR", "id")
    ('$2,900', 'Rp 1.500.000')
    >>> format_money(450.5, "EUR", "ar"), format_money(12000, "RUB", "ru")
    ('450.50 EUR', '12\\xa0000 ₽')
    """
    one_of("language", language, LANGUAGES)
    amount = round(float(amount), 2)
    number = format_number(amount, language, decimals=0 if amount.is_integer() else 2)
    code = str(currency or "").strip().upper()
    symbol = _SYMBOLS.get(language, {}).get(code)
    if language == "en":
        return f"{symbol}{number}" if symbol else f"{code} {number}".strip()
    if language == "id":
        return f"{symbol or code} {number}".strip()
    return f"{number} {symbol or code}".strip()


def format_percent(p: float, language: str = "en") -> str:
    """A probability in [0, 1] as a percentage (Russian puts a no-break space before %).

    >>> format_percent(0.8, "en"), format_percent(0.8, "ru")
    ('80%', '80\\xa0%')
    """
    one_of("language", language, LANGUAGES)
    number = format_number(round(100 * float(p)), language)
    return f"{number}\u00a0%" if language == "ru" else f"{number}%"


_AND = {"en": "and", "id": "dan", "ru": "и", "ar": "و"}


def format_list(items: Iterable[str], language: str = "en") -> str:
    """Join items as "a, b and c" in the language.

    >>> format_list(["printing", "photos", "ads"], "en")
    'printing, photos and ads'
    >>> format_list(["الطباعة", "التصوير"], "ar")
    'الطباعة والتصوير'
    """
    one_of("language", language, LANGUAGES)
    items = [str(i).strip() for i in items if str(i).strip()]
    if len(items) <= 1:
        return "".join(items)
    comma = "، " if language == "ar" else ", "
    head, last = comma.join(items[:-1]), items[-1]
    if language == "ar":
        joined = "و" + last if re.match(r"[\u0600-\u06FF]", last) else "و " + last
        return f"{head} {joined}"
    return f"{head} {_AND[language]} {last}"
