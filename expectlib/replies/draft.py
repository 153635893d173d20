"""Draft a five-move reply to a client's message, and the notices good practice insists on.

A reply makes five moves (DESIGN.md §5 "Replies"): acknowledge the need → explain
transparently (capacity arithmetic, what the agreement covers) → 2–3 options, each a
conditional "yes, if…" → a clear time frame with its probability → a follow-up (when you
will next write). :func:`draft_reply` picks the template for the message's label and
language (``templates/<language>/<label>.md``) and fills it from a :class:`ReplyContext`,
which can come from the plan: :meth:`ReplyContext.from_plan` reads the scope (price,
revision rounds, what is out of scope) and the forecast with its calendar (P50/P80 dates).

Without a context the draft is still concrete: dates are computed from ``today`` (the
follow-up on the next working day, P50 in 7 and P80 in 10 working days) and the draft
says in words that these dates are an assumption to be confirmed. No placeholder is
ever left in a draft.

>>> from datetime import date
>>> ctx = ReplyContext(client="Ana", today=date(2026, 11, 23))
>>> d = draft_reply("Can you have it all done by tomorrow?", context=ctx,
...                 label="unrealistic_deadline", language="en")
>>> d.body.splitlines()[0], len(d.options), d.follow_up[:40]
('Hi Ana,', 3, "I'll confirm the date in writing the sam")
>>> "80% likely" in d.body and "{" not in d.body
True

The client's message is only *read* (to classify it and detect its language); it is
never copied into the draft, so markup or scripts in it cannot reach the draft. Input
rules for ``text``, documented and tested:

* not a ``str`` (bytes, None, …) or empty after removing markup → :class:`InputError`;
* more than :data:`MAX_TEXT_CHARS` characters → :class:`InputError` (paste the message,
  not a whole thread or file); up to that, a long message (100 kB) gives a normal draft,
  and only its first :data:`CLASSIFY_CHARS` characters are classified;
* binary-looking text (NUL bytes, or more than 10% control or replacement characters)
  → :class:`InputError` that says so;
* HTML or XML markup: tags, scripts and styles are removed before classifying.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from email.message import EmailMessage
from email.policy import default as _EMAIL_POLICY
from html import unescape
from typing import Any

import numpy as np

from .. import _validate as v
from ..calendar import _to_date
from ..errors import InputError
from .render import (
    LANGUAGES,
    TONES,
    format_date,
    format_list,
    format_money,
    format_number,
    format_percent,
    load_template,
    render_template,
    template_names,
)

__all__ = [
    "CLASSIFY_CHARS",
    "MAX_TEXT_CHARS",
    "NOTICE_KINDS",
    "TONES",
    "Draft",
    "ReplyContext",
    "asked_date_from",
    "asked_round_from",
    "draft_acknowledgement",
    "draft_delay_notice",
    "draft_delivery_follow_up",
    "draft_reply",
    "draft_status_update",
    "offered_amount_from",
    "reasonable_variant",
    "reply_labels",
]

NOTICE_KINDS: tuple[str, ...] = ("delay", "status", "acknowledgement", "delivery_follow_up")
MAX_TEXT_CHARS = 1_000_000
CLASSIFY_CHARS = 20_000
ASSUMED_P50_DAYS = 7  # working days from today, when nothing better is known
ASSUMED_P80_DAYS = 10
P80_OVER_P50 = 1.5  # P80/P50 in working days when only one of them is given (DESIGN §5)
_SHORT = 300
DATE_SOURCES: tuple[str, ...] = ("", "forecast", "history", "three-point")


def reply_labels() -> tuple[str, ...]:
    """The labels that have reply templates (the twelve request types and "reasonable").

    >>> len(reply_labels()), "reasonable" in reply_labels()
    (13, True)
    """
    return tuple(n for n in template_names("en") if not n.startswith("notices/"))


# --------------------------------------------------------------------------- context
def _date(name: str, value: Any) -> _dt.date | None:
    """A date from a date, datetime, numpy datetime64 or ISO string; None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _to_date(name, value)


def _line(name: str, value: Any) -> str:
    """Short text on one line (it may end up in an e-mail subject)."""
    return " ".join(v.text(name, value, allow_empty=True, max_len=_SHORT).split())


def _opt(name: str, value: Any, check) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return check(name, value)


@dataclass(frozen=True)
class ReplyContext:
    """What a reply may quote: names, dates, prices, revision rounds, exclusions.

    Every field is optional; what is missing takes a stated fallback:

    * ``client``/``sender``/``project``/``deliverable``: a neutral word from the template
      ("Hi there,", "the work").
    * ``today``: :meth:`datetime.date.today` when the draft is made.
    * ``follow_up_date``: the next working day (Mon–Fri) after ``today``; 2 working days
      for a delay notice, 3 after a delivery, 5 (a week) for a status update.
    * ``p50_date``/``p80_date``: from each other (P80 ≈ 1.5 × P50 in working days), or
      7 and 10 working days after ``today``; the draft then says they are an assumption.
    * ``probability``: 0.8, the probability of ``p80_date``.
    * ``price``/``rush_price``: words from the template ("as in my quote").
    * ``rush_date``: the date a rush delivery aims for; used only when it is strictly
      before ``p50_date`` (a "rush" to the even-odds date gains nothing). Otherwise the
      draft offers the rush "at a price and date I'll confirm by {follow_up_date}".
    * ``currency``: ``"USD"``.
    * ``revisions_included``/``revisions_used``: a sentence without numbers.
    * ``hours_per_day``/``effort_hours``: the capacity arithmetic is said in words.

    ``date_source`` says where the dates come from (set by :meth:`from_plan`):
    ``"history"`` (a forecast from past tasks: "based on how long similar work has
    taken"), ``"three-point"`` (a three-point estimate), ``"forecast"`` (a forecast of
    unknown kind), or ``""`` (given by hand: no sentence). When ``p50_date`` equals
    ``p80_date`` the draft names one date ("by Tue 1 Dec (80% likely)"). Dates may be given as
    ``datetime.date`` or ISO strings; numbers as text ("2,5"). ``p50_date`` must not be
    after ``p80_date``.

    >>> ReplyContext(p50_date="2026-11-25", p80_date="2026-11-27").p80_date
    datetime.date(2026, 11, 27)
    """

    client: str = ""
    sender: str = ""
    project: str = ""
    deliverable: str = ""
    asked_date: _dt.date | None = None
    p50_date: _dt.date | None = None
    p80_date: _dt.date | None = None
    probability: float = 0.8
    price: float | None = None
    rush_price: float | None = None
    rush_date: _dt.date | None = None
    currency: str = "USD"
    revisions_included: int | None = None
    revisions_used: int | None = None
    out_of_scope: tuple[str, ...] = ()
    follow_up_date: _dt.date | None = None
    today: _dt.date | None = None
    hours_per_day: float | None = None
    effort_hours: float | None = None
    date_source: str = ""

    def __post_init__(self) -> None:
        put = lambda **kw: [object.__setattr__(self, k, x) for k, x in kw.items()]  # noqa: E731
        for name in ("client", "sender", "project", "deliverable"):
            put(**{name: _line(name, getattr(self, name))})
        for name in (
            "asked_date",
            "p50_date",
            "p80_date",
            "rush_date",
            "follow_up_date",
            "today",
        ):
            put(**{name: _date(name, getattr(self, name))})
        whole = lambda n, x: v.positive_int(n, x, minimum=0)  # noqa: E731
        put(
            probability=v.probability("probability", self.probability),
            price=_opt("price", self.price, v.non_negative),
            rush_price=_opt("rush_price", self.rush_price, v.non_negative),
            currency=_line("currency", self.currency).upper() or "USD",
            revisions_included=_opt("revisions_included", self.revisions_included, whole),
            revisions_used=_opt("revisions_used", self.revisions_used, whole),
            hours_per_day=_opt("hours_per_day", self.hours_per_day, v.positive),
            effort_hours=_opt("effort_hours", self.effort_hours, v.positive),
            date_source=v.one_of("date_source", self.date_source, DATE_SOURCES),
        )
        if self.hours_per_day is not None and self.hours_per_day > 24:
            raise InputError("hours_per_day", self.hours_per_day, "a day has at most 24 hours")
        items = () if self.out_of_scope is None else self.out_of_scope
        if isinstance(items, str):
            items = (items,)
        items = v.sequence("out_of_scope", items, allow_empty=True)
        put(out_of_scope=tuple(_line(f"out_of_scope[{i}]", x) for i, x in enumerate(items)))
        if self.p50_date and self.p80_date and self.p50_date > self.p80_date:
            raise InputError(
                "p50_date",
                self.p50_date.isoformat(),
                f"the even-odds date must not be after p80_date ({self.p80_date.isoformat()})",
            )

    @classmethod
    def from_plan(
        cls,
        scope: Any = None,
        forecast: Any = None,
        calendar: Any = None,
        start: Any = None,
        **overrides: Any,
    ) -> ReplyContext:
        """A context from the plan: the scope, the forecast and the work calendar.

        * ``scope`` (:class:`expectlib.scope.Scope`): client, project, sender (the
          scope's ``provider``), currency, and the out-of-scope items (each cut before
          its first "(", so "Printing (flyers, …)" reads "Printing"). If
          ``deliverable=`` names one of its deliverables, that line's price and revision
          rounds are used; otherwise the deliverable is the project, the price the total,
          and the revision rounds the most generous deliverable includes (the
          maximum: Scope.example() has 2/2/1/1/1, so 2; the draft then speaks of
          "up to" that many only through the numbers, never more).
        * ``forecast`` (:class:`expectlib.estimate.Forecast`, or hours of work): P50 and
          P80 (at ``probability``, 0.8 unless overridden) hours of work, turned into
          dates by ``calendar`` (:class:`expectlib.calendar.WorkCalendar`). ``start``
          moves the calendar's first day; without a calendar, one is made with its
          defaults (6 h a day, Mon–Fri) starting at ``start`` or ``today``.
        * ``overrides``: any field of :class:`ReplyContext`; they win.

        >>> from expectlib.calendar import WorkCalendar
        >>> ctx = ReplyContext.from_plan(forecast=30, calendar=WorkCalendar("2026-11-23"))
        >>> ctx.p80_date, ctx.hours_per_day, ctx.date_source
        (datetime.date(2026, 11, 27), 6.0, 'forecast')
        """
        known = {f.name for f in fields(cls)}
        for key in overrides:
            if key not in known:
                raise InputError(key, overrides[key], f"not a ReplyContext field; use {known}")
        values: dict[str, Any] = {}
        if scope is not None:
            values.update(_from_scope(scope, overrides.get("deliverable")))
        if forecast is not None:
            values.update(_from_forecast(forecast, calendar, start, overrides))
        elif calendar is not None:
            values["hours_per_day"] = getattr(calendar, "hours_per_day", None)
        named = overrides.get("deliverable")
        if (
            isinstance(named, str)
            and named.strip().casefold() == str(values.get("deliverable", "")).casefold()
        ):
            overrides = {**overrides, "deliverable": values["deliverable"]}  # the scope's spelling
        values.update(overrides)
        return cls(**values)


def _head(item: str) -> str:
    return item.split(" (")[0].split("(")[0].strip() or item


def _from_scope(scope: Any, deliverable: Any) -> dict[str, Any]:
    from ..scope import Scope

    if not isinstance(scope, Scope):
        raise InputError("scope", type(scope).__name__, "pass an expectlib.scope.Scope")
    out: dict[str, Any] = {
        "client": scope.client,
        "project": scope.project,
        "sender": scope.provider,
        "currency": scope.currency,
        "out_of_scope": tuple(_head(x) for x in scope.out_of_scope),
    }
    chosen = None
    if isinstance(deliverable, str) and deliverable.strip():
        chosen = next(
            (d for d in scope.deliverables if d.name.casefold() == deliverable.strip().casefold()),
            None,
        )
    elif len(scope.deliverables) == 1:
        chosen = scope.deliverables[0]
    if chosen is not None:
        out.update(deliverable=chosen.name, price=chosen.price, revisions_included=chosen.revisions)
    else:
        out.update(deliverable=scope.project, price=scope.total_price)
        rounds = [d.revisions for d in scope.deliverables]
        if rounds:
            out["revisions_included"] = max(rounds)
    return out


def _from_forecast(forecast: Any, calendar: Any, start: Any, overrides: dict) -> dict[str, Any]:
    from ..calendar import WorkCalendar, effort_at

    q = v.probability("probability", overrides.get("probability", 0.8))
    if calendar is None:
        today = _date("today", overrides.get("today")) or _dt.date.today()
        calendar = WorkCalendar(_date("start", start) or today)
    elif not isinstance(calendar, WorkCalendar):
        raise InputError("calendar", type(calendar).__name__, "pass a WorkCalendar")
    elif start is not None:
        calendar = replace(calendar, start=_date("start", start))
    p50, p80 = effort_at(forecast, 0.5), effort_at(forecast, q)
    return {
        "p50_date": calendar.finish_date(p50),
        "p80_date": calendar.finish_date(p80),
        "effort_hours": p80 if p80 > 0 else None,
        "hours_per_day": calendar.hours_per_day,
        "date_source": _method(forecast),
    }


def _method(forecast: Any) -> str:
    """The forecast's method as a date source: "history", "three-point" or "forecast"."""
    method = getattr(forecast, "method", "")
    return method if method in ("history", "three-point") else "forecast"


# --------------------------------------------------------------------------- working days
def _add_working_days(day: _dt.date, n: int) -> _dt.date:
    return np.busday_offset(np.datetime64(day, "D"), n, roll="forward").item()


def _working_days_between(a: _dt.date, b: _dt.date) -> int:
    return int(np.busday_count(np.datetime64(a, "D"), np.datetime64(b, "D")))


_SCRIPT = {"ru": re.compile(r"[\u0400-\u04ff]"), "ar": re.compile(r"[\u0600-\u06ff]")}
_QUOTES = {"ru": ("«", "»"), "ar": ("«\u2068", "\u2069»")}


def _foreign_quoted(items: Iterable[str], language: str) -> list[str]:
    """Items of the agreement written in another script, quoted as the agreement's words.

    A Russian or Arabic reply quoting an English scope ("Printing") puts it in «…»; in
    Arabic the quote is also a Unicode isolate, so left-to-right words keep their order
    inside right-to-left text. Items already in the reply's script are left alone.
    """
    items = [str(i).strip() for i in items if str(i).strip()]
    script = _SCRIPT.get(language)
    if script is None:
        return items
    left, right = _QUOTES[language]
    return [i if script.search(i) else f"{left}{i}{right}" for i in items]


def _ru_days(n: int, case: str) -> str:
    """ "рабочий день" in the form a Russian number asks for: nominative (after "примерно")
    or genitive (after "около")."""
    one = n % 10 == 1 and n % 100 != 11
    few = 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
    if case == "nom":
        return "рабочий день" if one else "рабочих дня" if few else "рабочих дней"
    return "рабочего дня" if one else "рабочих дней"


def _fit_hours(ctx: ReplyContext) -> float | None:
    """Hours of work that fit before the asked date: working days from today (counted) to
    the asked date (not counted, delivery is at its start) × hours a day; None if unknown."""
    if ctx.asked_date is None or not ctx.hours_per_day:
        return None
    today = ctx.today or _dt.date.today()
    return max(0, _working_days_between(today, ctx.asked_date)) * float(ctx.hours_per_day)


def _deadline_variant(ctx: ReplyContext) -> str:
    """Which first option a deadline reply can honestly offer (see the template).

    ``""``: the hours that fit by the asked date, out of the whole; ``"nofit"``: the
    effort or hours a day are unknown, so the part is agreed first; ``"nodate"``: no date
    could be read, so the client is asked for it; ``"too_soon"``: no working hours left
    before it, so the first option is left out.
    """
    if ctx.asked_date is None:
        return "nodate"
    fit = _fit_hours(ctx)
    if fit is not None and fit < 1:
        return "too_soon"
    if fit is None or not ctx.effort_hours or fit >= ctx.effort_hours:
        return "nofit"
    return ""


def _resolve(ctx: ReplyContext, follow_up_days: int = 1) -> tuple[ReplyContext, tuple[str, ...]]:
    """Fill the dates a draft needs; return the context and the names that were assumed."""
    assumed: list[str] = []
    today = ctx.today or _dt.date.today()
    follow = ctx.follow_up_date
    if follow is None:
        follow = _add_working_days(today + _dt.timedelta(days=1), follow_up_days - 1)
        assumed.append("follow_up_date")
    p50, p80 = ctx.p50_date, ctx.p80_date
    if p80 is None and p50 is not None:
        days = max(1, _working_days_between(today, p50))
        p80 = _add_working_days(today, max(days + 1, math.ceil(days * P80_OVER_P50)))
        assumed.append("p80_date")
    elif p50 is None and p80 is not None:
        days = _working_days_between(today, p80)
        p50 = _add_working_days(today, max(0, round(days / P80_OVER_P50))) if days > 0 else p80
        p50 = min(p50, p80)
        assumed.append("p50_date")
    elif p50 is None and p80 is None:
        p50 = _add_working_days(today, ASSUMED_P50_DAYS)
        p80 = _add_working_days(today, ASSUMED_P80_DAYS)
        assumed += ["p50_date", "p80_date"]
    resolved = replace(ctx, today=today, follow_up_date=follow, p50_date=p50, p80_date=p80)
    return resolved, tuple(assumed)


# --------------------------------------------------------------------------- the draft
@dataclass(frozen=True)
class Draft:
    """A drafted message: the subject, the body (plain text) and its parts.

    ``options`` are the 2–3 options as they appear in the body (without numbers);
    ``follow_up`` is the follow-up sentence; ``context`` is the context with the dates
    that were filled in, and ``assumed`` names the context fields that were assumed
    (e.g. ``("p50_date", "p80_date")``) so a user interface can flag them.
    ``direction`` is ``"rtl"`` for Arabic, else ``"ltr"``.
    """

    label: str
    language: str
    tone: str
    subject: str
    body: str
    options: tuple[str, ...]
    follow_up: str
    context: ReplyContext = field(repr=False)
    direction: str = "ltr"
    assumed: tuple[str, ...] = ()

    def to_txt(self) -> str:
        """The subject line, a blank line and the body, ending with a newline.

        >>> d = draft_reply("А можно ещё блог?", label="scope_creep", language="ru",
        ...                 context=ReplyContext(project="Сайт"))
        >>> d.to_txt().splitlines()[0]
        'Тема: Re: Ваш новый запрос по проекту «Сайт»'
        """
        return f"{_SUBJECT_WORD[self.language]}: {self.subject}\n\n{self.body}\n"

    def to_eml(self, *, to: str = "", sender: str = "") -> str:
        """The draft as an e-mail file (.eml) to open in a mail program and send.

        Headers: ``Subject`` (RFC 2047-encoded when not ASCII), ``To``/``From`` when
        given, ``MIME-Version``, ``Content-Type: text/plain; charset="utf-8"``,
        ``Content-Language`` and ``X-Unsent: 1`` (opens as an unsent draft).

        >>> import email
        >>> d = draft_reply("hi", label="reasonable", language="ar")
        >>> msg = email.message_from_string(d.to_eml(to="client@example.com"))
        >>> msg["To"], msg.get_content_type(), msg.get_content_charset()
        ('client@example.com', 'text/plain', 'utf-8')
        """
        msg = EmailMessage(policy=_EMAIL_POLICY)
        for name, value in (("to", to), ("sender", sender)):
            if not isinstance(value, str):
                raise InputError(name, value, "use text such as 'Ana <ana@example.com>'")
            if "\n" in value or "\r" in value:
                raise InputError(name, value, "use a single line (no line breaks)")
        if to.strip():
            msg["To"] = to.strip()
        if sender.strip():
            msg["From"] = sender.strip()
        msg["Subject"] = self.subject
        msg["X-Unsent"] = "1"
        msg.set_content(self.body + "\n", charset="utf-8")
        msg["Content-Language"] = self.language  # after set_content, which clears Content-*
        return msg.as_string()


_SUBJECT_WORD = {"en": "Subject", "id": "Subjek", "ru": "Тема", "ar": "الموضوع"}


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


_EN_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
    }
)


def _named(name: str, language: str) -> str:
    """An English project or deliverable name with "the" unless it has a determiner.

    Running text then reads "make the Sweet Crumbs website", not "make Sweet Crumbs
    website". Other languages, and empty names (the template's fallback), are unchanged.

    >>> _named("Sweet Crumbs website", "en"), _named("our new logo", "en"), _named("Сайт", "ru")
    ('the Sweet Crumbs website', 'our new logo', 'Сайт')
    """
    name = name.strip()
    if language != "en" or not name:
        return name
    first = name.split()[0].casefold()
    if first in _EN_DETERMINERS or first.endswith(("'s", "\u2019s")):
        return name
    return f"the {name}"


def _values(ctx: ReplyContext, language: str) -> dict[str, Any]:
    """Placeholder values (formatted for the language); empty ones take the fallbacks."""
    today = ctx.today
    fmt = lambda d: format_date(d, language, today=today, long=True) if d else ""  # noqa: E731
    money = lambda x: "" if x is None else format_money(x, ctx.currency, language)  # noqa: E731
    left = None
    if ctx.revisions_included is not None and ctx.revisions_used is not None:
        left = max(0, ctx.revisions_included - ctx.revisions_used)
    work_days = None
    if ctx.effort_hours and ctx.hours_per_day:
        work_days = max(1, math.ceil(ctx.effort_hours / ctx.hours_per_day - 1e-9))
    num = lambda x: "" if x is None else format_number(x, language)  # noqa: E731
    fit = _fit_hours(ctx)
    days_to_p80 = max(1, _working_days_between(today, ctx.p80_date))
    # a plan with only a project name is about the whole project
    deliverable = (ctx.deliverable or ctx.project or "").strip()
    return {
        "client": ctx.client,
        "sender": ctx.sender,
        "project": _named(ctx.project, language),
        "deliverable": _named(deliverable, language),
        "today": fmt(today),
        "asked_date": fmt(ctx.asked_date),
        "p50_date": fmt(ctx.p50_date),
        "p80_date": fmt(ctx.p80_date),
        "follow_up_date": fmt(ctx.follow_up_date),
        "probability": format_percent(ctx.probability, language),
        "price": money(ctx.price),
        "rush_price": money(ctx.rush_price),
        "rush_date": fmt(ctx.rush_date),
        "revisions_included": num(ctx.revisions_included),
        "revisions_used": num(ctx.revisions_used),
        "revisions_left": num(left),
        "out_of_scope": format_list(_foreign_quoted(ctx.out_of_scope, language), language),
        "effort_hours": num(None if ctx.effort_hours is None else round(ctx.effort_hours)),
        "hours_per_day": num(ctx.hours_per_day),
        "work_days": num(work_days),
        "fit_hours": num(None if fit is None else round(fit)),
        "days_to_p80": num(days_to_p80),
        # Russian nouns agree with their number ("1 рабочий день", "3 рабочих дня")
        "work_days_unit": _ru_days(work_days, "nom") if language == "ru" and work_days else "",
        "days_to_p80_unit": _ru_days(days_to_p80, "gen") if language == "ru" else "",
    }


def _snippets(ctx: ReplyContext, language: str, tone: str, assumed: tuple[str, ...], values):
    """The sentences draft.py chooses by what is known: capacity, date basis, revisions."""
    capacity = "capacity_known" if values["work_days"] else "capacity_unknown"
    if "p80_date" in assumed:
        basis = "basis_assumed"
    elif ctx.date_source:
        basis = "basis_" + ctx.date_source.replace("-", "_")
    else:
        basis = None
    if values["revisions_left"]:
        revisions = "revisions_known"
    elif values["revisions_included"]:
        revisions = "revisions_included"
    else:
        revisions = "revisions_unknown"
    odds = "odds_single" if ctx.p50_date == ctx.p80_date else "odds_range"
    if ctx.rush_date and ctx.rush_date < ctx.p50_date:
        rush = "rush_known"
    else:
        rush = "rush_priced" if ctx.rush_price is not None else "rush_unknown"
    chosen = [s for s in (capacity, basis, revisions, odds, rush) if s]
    shared = render_template(load_template(language, "_shared"), values, tone=tone, only=chosen)
    return {
        "capacity": shared[capacity],
        "date_basis": shared[basis] if basis else "",
        "revisions_note": shared[revisions],
        "odds": shared[odds],
        "rush_offer": shared[rush],
    }


_MAIN = (
    "subject",
    "greeting",
    "acknowledge",
    "explain",
    "options_intro",
    "option_1",
    "option_2",
    "option_3",
    "time_frame",
    "follow_up",
    "closing",
)


def _compose(
    name: str,
    label: str,
    language: str,
    tone: str,
    context: ReplyContext | None,
    extra: Mapping[str, Any] | None = None,
    follow_up_days: int = 1,
    variant: str = "",
    after_follow_up: bool = False,
) -> Draft:
    if context is None:
        context = ReplyContext()
    elif not isinstance(context, ReplyContext):
        raise InputError("context", type(context).__name__, "pass a ReplyContext or None")
    ctx, assumed = _resolve(context, follow_up_days)
    if after_follow_up:  # the work starts when the client's answer arrives, not today
        shift = lambda d: _add_working_days(  # noqa: E731
            ctx.follow_up_date, max(1, _working_days_between(ctx.today, d))
        )
        ctx = replace(ctx, p50_date=shift(ctx.p50_date), p80_date=shift(ctx.p80_date))
    values = _values(ctx, language)
    values.update(_snippets(ctx, language, tone, assumed, values))
    values.update(extra or {})
    template = load_template(language, name)
    own = {f"{variant}_{k}" for k in _MAIN} & set(template.section_names()) if variant else set()
    parts = render_template(template, values, tone=tone, only=(*_MAIN, *own))
    if any(s.startswith(f"{variant}_option_") for s in own):  # the variant's options only
        for k in ("option_1", "option_2", "option_3"):
            parts.pop(k, None)
    for k in _MAIN:
        if f"{variant}_{k}" in parts:
            parts[k] = parts.pop(f"{variant}_{k}")
    parts = {k: _capitalise(x) for k, x in parts.items()}
    options = tuple(parts[k] for k in ("option_1", "option_2", "option_3") if parts.get(k))
    blocks = [
        parts["greeting"],
        parts["acknowledge"],
        parts["explain"],
        "\n".join([parts["options_intro"], *(f"{i}. {o}" for i, o in enumerate(options, 1))]),
        parts["time_frame"],
        parts["follow_up"],
        parts["closing"],
    ]
    body = "\n\n".join(b for b in blocks if b)
    return Draft(
        label=label,
        language=language,
        tone=tone,
        subject=" ".join(parts["subject"].split()),
        body=body,
        options=options,
        follow_up=parts["follow_up"],
        context=ctx,
        direction="rtl" if language == "ar" else "ltr",
        assumed=assumed,
    )


# --------------------------------------------------------------------------- the client's text
_SCRIPT_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|</?[A-Za-z][^<>]*>", re.S)


def _clean_message(text: Any, *, allow_empty: bool = False) -> str:
    """The client's message as plain text for classifying; see the module doc for the rules."""
    if isinstance(text, bytes | bytearray):
        raise InputError(
            "text",
            bytes(text[:40]),
            "pass text (str), not bytes; decode it first, e.g. data.decode('utf-8')",
        )
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise InputError("text", type(text).__name__, "pass the client's message as text")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            "text",
            f"{len(text):,} characters",
            f"paste only the client's message (at most {MAX_TEXT_CHARS:,} characters)",
        )
    if text:
        controls = sum(
            1
            for ch in text
            if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r")
        )
        if "\x00" in text or controls > 0.1 * len(text):
            raise InputError(
                "text",
                text[:40],
                "this looks like binary data, not a message; paste the client's message as "
                "plain text",
            )
    had_markup = bool(_TAG.search(text))
    plain = unescape(_TAG.sub(" ", _SCRIPT_STYLE.sub(" ", text)))
    plain = "".join(ch if unicodedata.category(ch) != "Cc" or ch in "\n\t" else " " for ch in plain)
    plain = re.sub(r"[ \t]+", " ", plain).strip()
    if not plain and not allow_empty:
        fix = "no words are left after removing the markup; paste the message text"
        raise InputError(
            "text", text[:40], fix if had_markup else "the message is empty; paste it here"
        )
    return plain


def _language(language: Any, text: str) -> str:
    if language is None:
        if not text:
            return "en"
        from .language import detect_language

        return detect_language(text[:CLASSIFY_CHARS])
    return v.one_of("language", language, LANGUAGES)


# --------------------------------------------------------------------------- reasonable variants
#: Cue rules for the reply to a reasonable message, tried in this order; the English cues
#: also apply in the other languages. "admin" is split in two so that "Thanks! When will it
#: be ready?" is a status question, while "Can we move the call?" stays admin.
_VARIANT_CUES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("quote", r"\bhow much\b|\bprice\b|\bcosts?\b|\bquote\b|\bestimate\b|\bhappy to pay\b"),
        (
            "admin",
            r"\bpayment\b|\bpaid\b|\binvoice|\breceipt\b|\btransferr?ed\b|\bcall\b"
            r"|\bmeeting\b|\breschedul|\bzoom\b",
        ),
        ("status", r"\bwhen\b|\bstatus\b|\bupdate\b|\bprogress\b|\beta\b|\bhow is\b|\bhow's\b"),
        ("admin", r"\bthanks?\b|\bthank you\b|\bcheers\b"),
    ),
    "id": (
        ("quote", r"\bberapa\b|\bharga|\bbiaya|\bpenawaran"),
        (
            "admin",
            r"\btransfer|\bsudah (?:saya )?bayar|\bpembayaran|\binvoice|\bfaktur|\bkuitansi"
            r"|\btelepon|\bpanggilan|\brapat\b|\bmeeting\b|\bjadwal ulang",
        ),
        ("status", r"\bkapan\b|\bstatus\b|\bprogres|\bperkembangan|\bsampai mana\b"),
        ("admin", r"\bterima kasih\b|\bmakasih\b|\bthx\b"),
    ),
    "ru": (
        ("quote", r"сколько\s+(?:это\s+)?(?:будет\s+)?сто|стоимост|\bцен[аыуе]\b|\bсмет"),
        (
            "admin",
            r"оплат|\bперев[её]л|\bсч[её]т\b|\bсч[её]т[ау]\b|\bчек\b|созвон|\bзвон|встреч"
            r"|перенести",
        ),
        ("status", r"\bкогда\b|\bстатус|\bна каком этапе\b|\bкак продвига|\bкак дела\b"),
        ("admin", r"\bспасибо\b|\bблагодар"),
    ),
    "ar": (
        ("quote", r"\bكم\b|سعر|تكلف|عرض سعر"),
        ("admin", r"دفع|حول|تحويل|فاتور|ايصال|إيصال|مكالم|اجتماع|موعد"),
        ("status", r"\bمتى\b|حالة|وضع|تقدم|مستجدات"),
        ("admin", r"شكر"),
    ),
}


def _plain(text: Any, limit: int | None = CLASSIFY_CHARS) -> str:
    """A message as the date, round, amount and variant readers match it: case-folded,
    ё as е, Arabic-Indic digits as 0–9, white space collapsed, the first ``limit``
    characters."""
    text = str(text) if limit is None else str(text)[:limit]
    folded = " ".join(text.casefold().replace("ё", "е").split())
    return folded.translate(_ARABIC_DIGITS)


_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def reasonable_variant(text: str, language: str = "en") -> str:
    """Which reply a reasonable message gets: "quote", "status", "admin" or "" (general).

    A price question gets an offer to quote (nothing changes until the client approves);
    a status question the current dates; an admin note (payment sent, invoice, moving a
    call, thanks) a short acknowledgement with the next step. No variant claims that the
    request is in scope. Every variant keeps the five moves, so a draft always passes
    :func:`~expectlib.replies.check.check_reply`.

    >>> [reasonable_variant(t) for t in ("How much would it cost to add a page?",
    ...  "Payment sent", "When will the homepage be ready?", "Please use the blue logo")]
    ['quote', 'admin', 'status', '']
    """
    v.one_of("language", language, LANGUAGES)
    folded = _plain(text, limit=None)
    rules = _VARIANT_CUES[language] + (_VARIANT_CUES["en"] if language != "en" else ())
    for variant, pattern in rules:
        if re.search(pattern, folded):
            return variant
    return ""


# --------------------------------------------------------------------------- the asked date
_N = r"(\d{1,2})"
#: (pattern, days from today or weekday) per language; weekdays are 0 = Monday … 6 = Sunday.
_ASKED_DAYS: dict[str, tuple[tuple[str, str, int], ...]] = {
    "en": (
        ("days", r"\bday after tomorrow\b", 2),
        ("days", r"\btomorrow\b", 1),
        ("days", r"\b(?:by |for )?(?:today|tonight|eod)\b", 0),
        ("in", rf"\bin {_N} (?:working |business )?days?\b", 0),
        *(
            ("weekday", rf"\b{name}\b", i)
            for i, name in enumerate(
                ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
            )
        ),
    ),
    "id": (
        ("days", r"\blusa\b", 2),
        ("days", r"\bbesok\b", 1),
        ("days", r"\bhari ini\b", 0),
        ("in", rf"\bdalam {_N} hari\b", 0),
        *(
            ("weekday", rf"\b{name}\b", i)
            for i, name in enumerate(
                ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
            )
        ),
    ),
    "ru": (
        ("days", r"\bпослезавтра\b", 2),
        ("days", r"\bзавтра\b", 1),
        ("days", r"\bсегодня\b", 0),
        ("in", rf"\bчерез {_N} (?:рабочих )?(?:дн|день)", 0),
        *(
            ("weekday", rf"\b{stem}", i)
            for i, stem in enumerate(
                (
                    "понедельник",
                    "вторник",
                    "сред[уыае]\\b",
                    "четверг",
                    "пятниц",
                    "суббот",
                    "воскресень",
                )
            )
        ),
    ),
    "ar": (
        ("days", r"بعد غد", 2),
        ("days", r"(?<!\w)(?:بكرة|بكره|غدا|غدًا|غداً)(?!\w)", 1),
        ("days", r"(?<!\w)اليوم(?!\w)", 0),
        ("in", rf"خلال {_N} (?:ايام|أيام|يوم)", 0),
        *(
            ("weekday", rf"(?<!\w)(?:يوم )?{name}(?!\w)", i)
            for i, name in enumerate(
                ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
            )
        ),
    ),
}


#: Words that mark the date a message asks for, just before it.
_BY = {
    "en": re.compile(r"\b(?:by|before|until|till|til|due|no later than|latest)\s+(?:the\s+)?$"),
    "id": re.compile(
        r"\b(?:sebelum|paling lambat|maksimal|maks|sampai|hingga|deadline)\s+(?:hari\s+)?$"
    ),
    "ru": re.compile(r"(?<!\w)(?:к|ко|до|не позднее|не позже)\s+$"),
    "ar": re.compile(r"(?<!\w)(?:قبل|بحلول|لحد|لغاية|حتى|موعد اقصاه|موعد أقصاه)\s+(?:يوم\s+)?$"),
}


def asked_date_from(text: str, language: str = "en", *, today: _dt.date | None = None):
    """The date a message asks for ("by Thursday", "tomorrow", "in 3 days"), or None.

    Relative words become a date counted from ``today`` (a weekday is its next
    occurrence after today), so the draft quotes a real date in its own words and never
    copies the client's text. A date right after "by", "before", "until" (and their
    equivalents) wins over one merely mentioned ("The board meets Thursday. Can you have
    it by Wednesday?" asks for Wednesday); otherwise the first in the message.

    >>> monday = _dt.date(2026, 11, 23)
    >>> asked_date_from("The board meets Thursday. Live by Wednesday night?", today=monday)
    datetime.date(2026, 11, 25)
    >>> [asked_date_from(t, lang, today=monday) for t, lang in (("By Thursday?", "en"),
    ...  ("bisa besok?", "id"), ("через 3 дня", "ru"), ("بكرة", "ar"), ("soon", "en"))]
    [datetime.date(2026, 11, 26), datetime.date(2026, 11, 24), datetime.date(2026, 11, 26), \
datetime.date(2026, 11, 24), None]
    """
    v.one_of("language", language, LANGUAGES)
    today = today or _dt.date.today()
    folded = _plain(text)
    found: list[tuple[bool, int, _dt.date]] = []  # (not after "by"?, position, date)
    for kind, pattern, n in _ASKED_DAYS[language]:
        for m in re.finditer(pattern, folded):
            if kind == "days":
                day = today + _dt.timedelta(days=n)
            elif kind == "in":
                day = today + _dt.timedelta(days=min(int(m.group(1)), 366))
            else:
                day = today + _dt.timedelta(days=(n - today.weekday()) % 7 or 7)
            marked = _BY[language].search(folded[max(0, m.start() - 24) : m.start()])
            found.append((marked is None, m.start(), day))
    best = min(found, default=None, key=lambda f: (f[0], f[1]))
    return best[2] if best else None


# --------------------------------------------------------------------------- the offered amount
_CURRENCY = (
    (r"\$|usd|dollars?|долл\w*|دولار", "USD"),
    (r"€|eur|euros?|евро|يورو", "EUR"),
    (r"£|gbp|pounds?", "GBP"),
    (r"rp\.?|idr|rupiah", "IDR"),
    (r"₽|rub|руб\w*|р\.", "RUB"),
    (r"ريال|sar", "SAR"),
    (r"درهم|aed", "AED"),
    (r"جنيه|egp", "EGP"),
)
_CUR = "|".join(f"(?:{c})" for c, _ in _CURRENCY)
_NUM = r"(?P<num>\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d{1,2})?)"
_SCALE = r"(?:\s?(?P<scale>k|rb|ribu|jt|juta|тыс\w*|к|млн|الف|ألف|آلاف))?(?!\w)"
_AMOUNTS = (
    re.compile(rf"(?P<cur>{_CUR})\s?{_NUM}{_SCALE}"),  # $2,000  Rp15.000.000  £500
    re.compile(rf"{_NUM}{_SCALE}\s?(?P<cur>{_CUR})(?!\w)"),  # 40 тысяч рублей  3000 ريال
)
_BUDGET_AMOUNT = re.compile(
    r"(?:budget|afford|anggaran|bujet|бюджет\w*|ميزانيت?\w*)\W+(?:\w+\W+){0,3}?"
    rf"{_NUM}{_SCALE}"
)
#: What makes an amount the client's own budget or offer (in the same sentence).
_OFFER_CUE = re.compile(
    r"budget|afford|we can pay|i can pay|we'?ll pay|i'?ll pay|i'?ll give you|we'?ll give you"
    r"|(?:could|can|would) you do|let'?s say|meet me at|for the lot|our offer|my offer"
    r"|anggaran|bujet|kami cuma|aku cuma|kami hanya|sanggup|бюджет|заложено|готовы заплатить"
    r"|можем заплатить|давайте за|ميزاني|نقدر ندفع|ممكن ندفع|سندفع"
)
#: An amount followed by one of these is a rate, not a total, and is not compared.
_RATE = re.compile(
    r"\s?(?:/|per\b|an?\s+(?:hour|day|word|page|month)|@|sejam|per\s?jam|/jam|в\s+час|за\s+час"
    r"|в\s+месяц|за\s+слово|للساعة|بالساعة|شهريا)"
)
_SCALES = {"k": 1e3, "rb": 1e3, "ribu": 1e3, "jt": 1e6, "juta": 1e6, "к": 1e3, "млн": 1e6}


def _amount(m: re.Match[str]) -> float:
    raw, scale = m.group("num").strip(), m.group("scale") or ""
    if re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+", raw):
        value = float(re.sub(r"[.,\s]", "", raw))
    else:
        value = float(raw.replace(",", "."))
    if scale:
        value *= _SCALES.get(scale, 1e3)  # тысяч, ألف: thousands
    return value


def offered_amount_from(text: str, currency: str = "USD") -> float | None:
    """The amount in ``currency`` a message names as the client's budget or offer, or None.

    An amount counts when its sentence says it is the client's ("our budget is $2,000",
    "I'll give you $150", "anggaran kami cuma 15 juta", "бюджет 40 тысяч", "ميزانيتنا ٣٠٠٠
    ريال") and it is a total, not a rate ("$45/hr", "$200 a month" are left out); a
    competitor's price ("another agency quoted $1,900") is not an offer. Amounts in another
    currency are ignored: the reply cannot compare them with the price. The lowest wins.

    >>> [offered_amount_from(t, c) for t, c in (("our budget is $2,000 max", "USD"),
    ...  ("anggaran kami hanya Rp15.000.000", "IDR"), ("бюджет 40 тысяч рублей", "RUB"),
    ...  ("ميزانيتنا ٣٠٠٠ ريال", "SAR"), ("budget is 2k", "USD"), ("12 pages", "USD"),
    ...  ("our budget is £500", "USD"), ("Could you do $200/mo?", "USD"),
    ...  ("another agency quoted us $1,900", "USD"))]
    [2000.0, 15000000.0, 40000.0, 3000.0, 2000.0, None, None, None, None]
    """
    folded = _plain(text)
    found: list[float] = []
    for sentence in re.split(r"(?<=[.!?؟\n])\s+", folded):
        if not _OFFER_CUE.search(sentence):
            continue
        hits = [m for p in _AMOUNTS for m in p.finditer(sentence)]
        if not hits:  # no currency at all: a number right after a budget word
            hits = list(_BUDGET_AMOUNT.finditer(sentence))
        for m in hits:
            if _RATE.match(sentence, m.end()):
                continue
            cur = m.groupdict().get("cur")
            if cur and next(k for c, k in _CURRENCY if re.fullmatch(c, cur)) != currency:
                continue
            found.append(_amount(m))
    found = [x for x in found if x > 0]
    return min(found) if found else None


# --------------------------------------------------------------------------- the asked round
_ORDINALS = {
    "en": ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"),
    "ru": ("перв втор трет четверт пят шест седьм восьм девят десят одиннадцат двенадцат"),
}
_ROUND: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?:round|revision|set of (?:changes|revisions)|iteration)",
        r"\b(?:round|revision|iteration)\s*(?:no\.?|number|#)?\s*(\d{1,2})\b",
        r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
        r"\s+(?:round|revision|set of (?:changes|revisions)|iteration)",
    ),
    "id": (r"\brevisi\s+(?:yang\s+)?ke-?\s?(\d{1,2})\b", r"\bputaran\s+ke-?\s?(\d{1,2})\b"),
    "ru": (
        r"(\d{1,2})-?(?:й|ий|ый|ой)?\s+(?:раунд|круг|итераци)",
        r"(?:раунд|круг|правк\w*)\s*(?:№|номер)\s*(\d{1,2})",
        r"\b(перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат)"
        r"\w*\s+(?:раунд|круг|итераци)",
    ),
    "ar": (r"(?:التعديل|المراجعة|المراجعه|الجولة|الجوله|النسخة|النسخه)\s+(?:رقم\s+)?(\d{1,2})",),
}


def asked_round_from(text: str, language: str = "en") -> int | None:
    """The revision round a message asks for ("a 5th round", "revisi ke-5", "пятый круг",
    "التعديل رقم ١٢"), or None. The draft then counts the rounds before it as used.

    >>> [asked_round_from(t, lang) for t, lang in (("This is the 5th round, sorry!", "en"),
    ...  ("revisi ke-6 ya kak", "id"), ("давайте пятый круг правок", "ru"),
    ...  ("التعديل رقم ١٢", "ar"), ("Round 3 feedback attached", "en"), ("soon", "en"))]
    [5, 6, 5, 12, 3, None]
    """
    v.one_of("language", language, LANGUAGES)
    folded = _plain(text)
    words = _ORDINALS.get(language, "").split()
    for pattern in _ROUND[language] + (_ROUND["en"] if language != "en" else ()):
        m = re.search(pattern, folded)
        if m:
            g = m.group(1)
            n = int(g) if g.isdigit() else (words or _ORDINALS["en"].split()).index(g) + 1
            return n if 1 <= n <= 99 else None
    return None


# --------------------------------------------------------------------------- public drafts
def draft_reply(
    text: str,
    *,
    context: ReplyContext | None = None,
    tone: str = "warm",
    language: str | None = None,
    label: str | None = None,
) -> Draft:
    """Draft a five-move reply to the client's message ``text``.

    ``label`` (one of :func:`reply_labels`) overrides the classifier; ``language``
    (``en``, ``id``, ``ru``, ``ar``) overrides detection. The draft is in that language,
    in ``tone`` (``warm``, ``formal`` or ``firm``), and quotes ``context``.

    >>> d = draft_reply("Bisakah selesai besok?", label="unrealistic_deadline", language="id",
    ...                 tone="formal", context=ReplyContext(client="Budi"))
    >>> d.body.splitlines()[0], d.direction
    ('Yth. Bapak/Ibu Budi,', 'ltr')
    """
    v.one_of("tone", tone, TONES)
    plain = _clean_message(text)
    language = _language(language, plain)
    if label is None:
        from .classify import classify

        label = classify(plain[:CLASSIFY_CHARS], language=language).label
    v.one_of("label", label, reply_labels())
    if context is not None and not isinstance(context, ReplyContext):
        raise InputError("context", type(context).__name__, "pass a ReplyContext or None")
    ctx = context or ReplyContext()
    if ctx.asked_date is None:
        asked = asked_date_from(plain, language, today=ctx.today)
        if asked is not None:
            context = replace(ctx, asked_date=asked)
    if label == "endless_revisions" and ctx.revisions_used is None:
        asked_round = asked_round_from(plain, language)
        if asked_round is not None:  # "a 5th round": four were used before it
            context = replace(context or ctx, revisions_used=asked_round - 1)
    variant, extra = "", {}
    base = context if isinstance(context, ReplyContext) else ctx
    if label == "price_pressure" and base.price:
        offered = offered_amount_from(plain, base.currency)
        # less money: less work, sized (under 5% of the price is a misread, not an offer)
        if offered is not None and 0.05 * base.price <= offered < base.price:
            variant = "budget"
            extra = {
                "offered": format_money(offered, base.currency, language),
                "offered_share": format_percent(offered / base.price, language),
            }
    if label == "reasonable":
        variant = reasonable_variant(plain, language)
    elif label == "unrealistic_deadline":
        variant = _deadline_variant(context or ReplyContext())
    elif label == "scope_creep" and not (
        isinstance(context, ReplyContext) and context.out_of_scope
    ):
        variant = "open"  # no scope known: "if our agreement does not cover this yet"
    return _compose(label, label, language, tone, context, extra=extra, variant=variant)


def draft_delay_notice(
    context: ReplyContext | None = None,
    *,
    reason: str = "",
    language: str = "en",
    tone: str = "warm",
) -> Draft:
    """An honest delay notice with options, sent before the date slips.

    ``context.asked_date`` is the date that will be missed and ``p80_date`` the new one.
    The options follow the hardware maker that offered its pre-order customers a
    discount or a free extra when shipping slipped: a smaller delivery on the old date,
    or the full delivery on the new date with a discount or a small extra at no charge.
    ``reason`` is your one-line reason (plain text, yours, not the client's).

    >>> d = draft_delay_notice(ReplyContext(asked_date="2026-11-27", p80_date="2026-12-04",
    ...                        today="2026-11-23"), reason="the payment provider's test "
    ...                        "account was late", language="en")
    >>> d.subject
    'New delivery date and options for the work'
    >>> d.options[1]
    'The full delivery by Fri 4 Dec, with a discount on this stage for the wait.'
    """
    v.one_of("tone", tone, TONES)
    language = v.one_of("language", language, LANGUAGES)
    reason = " ".join(v.text("reason", reason, allow_empty=True, max_len=2_000).split())
    extra = {"reason": reason.rstrip(".")}
    return _compose("notices/delay", "delay", language, tone, context, extra, follow_up_days=2)


def _items(name: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    items = v.sequence(name, value, allow_empty=True)
    out = []
    for i, item in enumerate(items):
        line = " ".join(v.text(f"{name}[{i}]", item, allow_empty=True, max_len=2_000).split())
        if line:
            out.append(line)
    return out


def _bullets(items: Iterable[str]) -> str:
    return "\n".join(f"- {i}" for i in items)


def draft_status_update(
    context: ReplyContext | None = None,
    *,
    done: Iterable[str] = (),
    next_steps: Iterable[str] = (),
    metrics: Mapping[str, Any] | Iterable[str] | None = None,
    language: str = "en",
    tone: str = "warm",
) -> Draft:
    """A status update: what was done, what comes next, the agreed metrics, the next date.

    ``metrics`` is a mapping (metric → current value) or a list of lines; numbers are
    formatted for the language.

    >>> d = draft_status_update(done=["Homepage design approved"], next_steps=["Inner pages"],
    ...                         metrics={"Pre-orders this week": 12}, language="en")
    >>> "- Pre-orders this week: 12" in d.body
    True
    """
    v.one_of("tone", tone, TONES)
    language = v.one_of("language", language, LANGUAGES)
    done_items = _items("done", done)
    next_items = _items("next_steps", next_steps)
    if metrics is None:
        metric_items: list[str] = []
    elif isinstance(metrics, Mapping):
        metric_items = []
        for key, value in metrics.items():
            name = " ".join(v.text("metrics", str(key), max_len=_SHORT).split())
            if isinstance(value, int | float) and not isinstance(value, bool):
                shown = format_number(float(v.parse_number(f"metrics[{name!r}]", value)), language)
            else:
                shown = " ".join(str(value).split())
            metric_items.append(f"{name}: {shown}" if shown else name)
    else:
        metric_items = _items("metrics", metrics)
    extra = {
        "done_list": _bullets(done_items),
        "next_list": _bullets(next_items),
        "metrics_list": _bullets(metric_items),
    }
    return _compose("notices/status", "status", language, tone, context, extra, follow_up_days=5)


def draft_acknowledgement(
    text: str = "",
    *,
    context: ReplyContext | None = None,
    language: str | None = None,
    tone: str = "warm",
) -> Draft:
    """A quick acknowledgement that says when the real reply comes (``follow_up_date``).

    ``text`` (the client's message, optional) only serves to detect the language when
    ``language`` is not given; with neither, the draft is in English.

    >>> draft_acknowledgement(language="en", context=ReplyContext(today="2026-11-27")).subject
    'Re: your message: full reply by Mon 30 Nov'
    """
    v.one_of("tone", tone, TONES)
    plain = _clean_message(text, allow_empty=True)
    language = _language(language, plain)
    return _compose("notices/acknowledgement", "acknowledgement", language, tone, context)


def draft_delivery_follow_up(
    context: ReplyContext | None = None,
    *,
    language: str = "en",
    tone: str = "warm",
) -> Draft:
    """After delivery: ask for acceptance or one list of changes, and name the next step.

    The dates in ``context`` are those of a round of changes (a small forecast of, say,
    2–8 hours), not of the whole project, counted from today; the draft counts them from
    the day the client's list is due (``follow_up_date``), since the changes start then.

    >>> d = draft_delivery_follow_up(ReplyContext(deliverable="Logo", revisions_included=2,
    ...                              revisions_used=1), language="en")
    >>> "left: 1" in d.body, len(d.options)
    (True, 3)
    """
    v.one_of("tone", tone, TONES)
    language = v.one_of("language", language, LANGUAGES)
    name = "notices/delivery_follow_up"
    extra = {}
    names = (context.project, context.deliverable) if isinstance(context, ReplyContext) else ()
    if names and all(names) and names[0].strip().casefold() == names[1].strip().casefold():
        extra["project"] = ""  # not "on the X: the X has been delivered"
    return _compose(
        name,
        "delivery_follow_up",
        language,
        tone,
        context,
        extra=extra,
        follow_up_days=3,
        after_follow_up=True,
    )
