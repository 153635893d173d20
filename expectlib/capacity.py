"""What can you honestly promise this week? Capacity arithmetic with its assumptions shown.

A writer whose sustainable pace is 1,000 words a working day cannot promise three
1,000-word articles in two days. :func:`capacity_check` does that arithmetic for any
unit (hours, words, pages, posts…), puts the work already promised first, adds a stated
safety buffer, and answers with a verdict, the date to promise, and 2–3 conditional
"yes, if…" options quoting the real numbers::

    >>> c = capacity_check(3000, per_day=1000, unit="words", deadline_days=2)
    >>> c.possible, c.fits, c.deliverable_by_deadline, c.earliest_days, c.promise_days
    (False, False, 2000.0, 3, 4)
    >>> print(c.headline)
    No: 3,000 words at 1,000 words a working day need 3 working days; the deadline is \
working day 2. Honest promise: all 3,000 words by working day 4.
    >>> c.rush_per_day, c.rush_possible     # 3,000 words in 2 days, no buffer
    (1500.0, True)

Two numbers are *assumptions* the user should change, and the result says so (see
:attr:`CapacityCheck.assumptions`): the **focus factor** (the share of paid hours that
goes to project work; the rest is email, admin and meetings) and the **safety buffer**
(how much longer than the bare arithmetic an honest promise allows; 1.25 as in
:attr:`expectlib.simulate.Scenario.quote_safety`). The focus factor is applied only when
the pace is derived from hours a week (``per_day=None``): a measured pace such as "1,000
words a day" already allows for interruptions.

**Rush.** A rush is the pace that does the committed and the new work by the deadline,
with *no* buffer (it is offered only when the deadline cannot be met at the usual pace).
It is offered only within the kit's overtime limit, the stylised Pencavel curve of
:func:`expectlib.simulate.effective_hours`, where more hours stop adding output at 64
paid hours a week: with a pace from hours a week, the rush's project hours are turned
into paid hours (÷ focus × days a week) and must be reachable on that curve; with a
measured pace (words, articles, or hours given as ``per_day``) it may ask at most 1.6×
that pace (64 ÷ 40 hours; stated as an assumption). Beyond the limit the result says the
deadline cannot be met even with overtime and offers something else.

**Countable units.** Articles, posts, designs, videos… are delivered whole, so amounts
that can be delivered are rounded *down* to whole items ("1 of the 3 articles"). The
rule: a unit is a *measure* (not countable) when one of its words is a time unit (hours,
h, minutes…), a length of text (words, characters, lines, pages: half a page is
natural) or a mass noun (copy, content, footage…); anything else is countable. Pass
``countable=True`` or ``False`` to override. Amounts are written with the unit
inflected: "1 article", "2 articles", "1 hour".

**Long weeks.** A pace worked out from hours a week counts *productive* hours, on the same
stylised Pencavel (2015) curve: up to 48 hours a week every hour counts, then each extra
hour yields less and past 64 none, so 80 paid hours give about 56 hours of output
(Pencavel, "The Productivity of Working Hours", *The Economic Journal* 125(589):2052–2076,
2015). The explanation says so whenever the curve applies.

Dates are optional: give ``start`` (and, for holidays or other working days, an
:class:`expectlib.calendar.WorkCalendar`) and working days become dates.
:func:`plot_capacity` draws the result as a one-line timeline.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import _validate as v
from .calendar import _HOUR_UNITS, WorkCalendar, _day_ranges, _fmt_date
from .errors import InputError

__all__ = ["VERDICTS", "CapacityCheck", "capacity_check", "plot_capacity"]

#: The four answers, in the order "best" to "no deadline given".
VERDICTS: tuple[str, ...] = ("fits", "tight", "does_not_fit", "no_deadline")

# Beyond about 400 years of working days the numbers are a typo (and dates would overflow).
_MAX_DAYS = 100_000
# A deadline further away than this many years is a typo, not a plan.
_MAX_DEADLINE_YEARS = 10
# The kit's overtime limit: on the stylised Pencavel curve (simulate.effective_hours)
# output stops growing at 64 paid hours a week.
_RUSH_MAX_HOURS = 64.0
# Up to this many paid hours a week every hour counts in full on the same curve.
_FULL_HOURS = 48.0
# For a measured pace: the most a rush may ask, as a multiple of it (64 h ÷ 40 h).
_RUSH_MAX_FACTOR = 1.6
_EPS = 1e-9

# Words of a unit that make it a measure rather than countable items (see the docstring).
_TIME_WORDS = frozenset(_HOUR_UNITS) | {
    "min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds",
}  # fmt: skip
_TEXT_WORDS = frozenset(
    {"word", "words", "character", "characters", "char", "chars", "line", "lines", "page", "pages"}
)
_MASS_WORDS = frozenset(
    {"copy", "content", "work", "research", "feedback", "data", "footage", "audio", "media",
     "text", "music", "artwork", "code", "news", "series", "species"}
)  # fmt: skip
_MEASURE_WORDS = _TIME_WORDS | _TEXT_WORDS | _MASS_WORDS
# Short forms that are inflected anyway; every other word of 3 letters or fewer is left alone.
_SHORT_PLURALS = frozenset({"hrs", "mins", "secs", "pcs"})


# ---------------------------------------------------------------------- the result


@dataclass(frozen=True)
class CapacityCheck:
    """The answer of :func:`capacity_check`: what fits, what to promise, the options.

    Amounts are in ``unit``; days are *working* days counted from the first one
    (working day 1). ``days_needed`` is exact; the ``*_days`` fields are whole days.

    * ``possible``: ``earliest_days <= deadline_days`` — at full pace, with nothing going
      wrong, the work is done in time.
    * ``fits``: ``promise_days <= deadline_days`` — the *honest promise* (buffer
      included) meets the deadline. This is the answer to give a client.
    * Both are ``None`` when no deadline was given; ``verdict`` is then ``"no_deadline"``,
      otherwise ``"fits"``, ``"tight"`` (possible but not with the buffer) or
      ``"does_not_fit"``.
    * ``deliverable_by_deadline``: new work done by the deadline at full pace after the
      committed work (``per_day × deadline − committed``, between 0 and ``request``);
      ``safe_by_deadline`` is the same with the buffer kept; ``short_by`` is
      ``request − deliverable_by_deadline``. ``None`` without a deadline. For a
      ``countable`` unit both are whole items (rounded down) unless they are the whole
      request.
    * ``*_date``: the working days as dates, ``None`` unless a start date was given.
      ``deadline_date`` for ``deadline_days=0`` is the start date itself.
    * ``focus``: ``None`` when ``per_day`` was given (the factor is not applied);
      ``hours_per_week`` likewise. ``productive_hours_per_week`` is what those paid hours
      yield on the kit's overtime curve (:func:`expectlib.simulate.effective_hours`,
      stylised from Pencavel 2015): the same up to 48 hours a week, then less (80 paid
      hours give 56); the pace is ``productive_hours_per_week ÷ days_per_week × focus``.
    * ``assumptions``: name → (value, why it is an assumption and not a fact).
    * ``countable``: whether ``unit`` counts whole items (articles) rather than a measure
      (hours, words); see the module docstring for the rule.
    * ``rush_per_day``: the pace that does the committed and the new work by the deadline
      with no buffer (``total ÷ deadline_days``); ``None`` unless the verdict is
      ``"does_not_fit"`` with at least one working day. ``rush_possible`` says whether
      that is within the overtime limit; ``rush_hours_per_week`` is the paid hours a
      week it takes on the kit's overtime curve (pace from hours a week only; ``None``
      when no number of hours is enough).
    """

    unit: str
    request: float
    committed: float
    per_day: float
    focus: float | None
    hours_per_week: float | None
    days_per_week: int
    safety: float
    deadline_days: int | None
    days_needed: float
    earliest_days: int
    promise_days: int
    possible: bool | None
    fits: bool | None
    verdict: str
    deliverable_by_deadline: float | None
    safe_by_deadline: float | None
    short_by: float | None
    start: _dt.date | None
    earliest_date: _dt.date | None
    promise_date: _dt.date | None
    deadline_date: _dt.date | None
    headline: str
    options: tuple[str, ...]
    explanation: str
    assumptions: dict[str, tuple[Any, str]] = field(default_factory=dict)
    countable: bool = False
    rush_per_day: float | None = None
    rush_possible: bool | None = None
    rush_hours_per_week: float | None = None
    productive_hours_per_week: float | None = None

    @property
    def total(self) -> float:
        """Committed plus new work, in ``unit``."""
        return self.committed + self.request

    def assumption_lines(self) -> list[tuple[str, str]]:
        """The assumptions in plain words: ``("Safety buffer = 1.25", why)`` pairs.

        >>> capacity_check(10).assumption_lines()[0]
        ('Paid hours a week = 40', 'the paid hours you choose to work in a week')
        """
        return [
            (_assumption_label(self, k, val), why) for k, (val, why) in self.assumptions.items()
        ]

    def summary(self) -> str:
        """Plain text for an email or a notebook: verdict, options, arithmetic, assumptions.

        >>> print(capacity_check(12, hours_per_week=40, deadline_days=5).summary())
        ... # doctest: +ELLIPSIS
        Yes: all 12 hours by working day 3 fits the deadline, working day 5, with the 25% buffer.
        <BLANKLINE>
        Options:
          1. Yes: promise all 12 hours by working day 3, with the 25% buffer; the deadline is ...
        ...
        Assumptions (change them if they are not true for you):
          - Paid hours a week = 40: the paid hours you choose to work in a week
        ...
        """
        lines = [self.headline, "", "Options:"]
        lines += [f"  {i}. {o}" for i, o in enumerate(self.options, 1)]
        lines += [
            "",
            self.explanation,
            "",
            "Assumptions (change them if they are not true for you):",
        ]
        lines += [f"  - {label}: {why}" for label, why in self.assumption_lines()]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields: dates as ISO strings, options as a list, assumptions as dicts.

        >>> capacity_check(3000, per_day=1000, unit="words").to_dict()["verdict"]
        'no_deadline'
        """
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, _dt.date):
                value = value.isoformat()
            elif f.name == "options":
                value = list(value)
            elif f.name == "assumptions":
                value = {k: {"value": val, "why": why} for k, (val, why) in value.items()}
            out[f.name] = value
        return out


# ---------------------------------------------------------------------- the check


def capacity_check(
    request: Any,
    *,
    per_day: Any = None,
    hours_per_week: Any = 40,
    days_per_week: Any = 5,
    focus: Any = 0.7,
    committed: Any = 0.0,
    deadline_days: Any = None,
    safety: Any = 1.25,
    unit: str = "hours",
    start: Any = None,
    calendar: Any = None,
    countable: Any = None,
) -> CapacityCheck:
    """Can ``request`` (new work, in ``unit``) be honestly promised by the deadline?

    Parameters
    ----------
    request
        The new work, in ``unit`` (greater than zero). Typed numbers are read like
        everywhere in expectlib: ``"2,5"`` is 2.5, ``"3 000"`` is 3000, but ``"3,000"``
        is refused as ambiguous — type ``3000``.
    per_day
        Your sustainable pace per working day in ``unit`` (the writer's 1,000 words).
        ``None`` derives it from hours: the unit must then be hours and
        ``per_day = productive hours / days_per_week × focus``, where the productive hours
        are ``hours_per_week`` up to 48 and less beyond (the overtime curve of
        :func:`expectlib.simulate.effective_hours`, stylised from Pencavel 2015):
        80 hours a week give about 56 hours of output, not 80.
    hours_per_week, days_per_week
        Paid hours a week (at most 168) and working days a week (1–7); they set the pace
        only when ``per_day`` is None. ``days_per_week`` also sets the working days of
        the default calendar (Mon… onwards).
    focus
        Assumption: the share of paid hours that goes to project work, in (0, 1]
        (``"70%"`` works). Applied only when ``per_day`` is None (and then also to turn
        a rush's project hours into paid hours).
    committed
        Work already promised to others, same unit, done first (≥ 0).
    deadline_days
        The client's deadline in working days from the start (a whole number ≥ 0, at most
        10 years of working days), or None for "when can you do it?".
    safety
        Assumption: the buffer of the honest promise, ≥ 1 and at most 5 (1.25 = 25% more
        time than the bare arithmetic; it applies to the committed work as well, as in
        :attr:`expectlib.simulate.Scenario.quote_safety`). A rush has no buffer.
    start, calendar
        Optional: the first day work can happen (a date or ``"2026-01-05"``) and a
        :class:`~expectlib.calendar.WorkCalendar` for working days and holidays. Only the
        calendar's start (used when ``start`` is None), ``workdays`` and ``holidays`` are
        used: give the pace and the committed work here, not as its ``hours_per_day`` or
        ``existing_load_hours``. Without either, the result reports working days only.
    countable
        Whether the unit counts whole items (articles, posts) whose deliverable amounts
        are rounded down to whole items; None (the default) decides from the unit (see
        the module docstring).

    Every value is checked; a bad one raises :class:`~expectlib.errors.InputError`:

    >>> capacity_check(10, per_day=0)
    Traceback (most recent call last):
    ...
    expectlib.errors.InputError: per_day: got 0; use a number greater than zero
    >>> capacity_check(3000, unit="words")
    Traceback (most recent call last):
    ...
    expectlib.errors.InputError: per_day: got None; ... give your pace in words per working \
day, e.g. 1000
    >>> capacity_check(3, per_day=1, unit="articles", deadline_days=2).safe_by_deadline
    1.0
    """
    unit_ = v.text("unit", unit, max_len=40)
    hours_unit = unit_.lower() in _HOUR_UNITS
    request_ = v.positive("request", request)
    committed_ = v.non_negative("committed", committed)
    hpw = v.positive("hours_per_week", hours_per_week)
    if hpw > 168:
        raise InputError("hours_per_week", hours_per_week, "a week has 168 hours; use e.g. 40")
    dpw = v.positive_int("days_per_week", days_per_week)
    if dpw > 7:
        raise InputError("days_per_week", days_per_week, "use a whole number from 1 to 7")
    focus_ = _focus(focus)
    safety_ = _safety(safety)
    deadline = None if deadline_days is None else _deadline(deadline_days, dpw)
    if countable is None:
        countable_ = _is_countable(unit_)
    elif isinstance(countable, bool):
        countable_ = countable
    else:
        raise InputError(
            "countable",
            countable,
            "use True for whole items (articles, posts), False for a measure (hours, words), "
            "or leave it empty to decide from the unit",
        )

    if per_day is None:
        if not hours_unit:
            raise InputError(
                "per_day",
                None,
                f"only a pace in hours can be worked out from hours a week; give your pace in "
                f"{_plural(unit_)} per working day, e.g. 1000",
            )
        if hpw / dpw > 24:
            raise InputError(
                "hours_per_week",
                hours_per_week,
                f"that is {_n(hpw / dpw)} h a day over {_count(dpw, 'day')}; a day has 24 hours",
            )
        productive = _productive_hours(hpw)
        pace = productive / dpw * focus_
    else:
        productive = None
        pace = v.positive("per_day", per_day)
    derived = per_day is None

    total = committed_ + request_
    days_needed = total / pace
    if days_needed * safety_ > _MAX_DAYS:
        raw = {"request": request, "committed": committed, "per_day": per_day}
        raw |= {"hours_per_week": hours_per_week, "focus": focus, "focus_": focus_}
        field_, value, fix = _too_long(raw, committed_, pace, safety_, unit_, derived)
        raise InputError(field_, value, fix)
    earliest = _ceil(days_needed)
    promise = _ceil(days_needed * safety_)

    rush = rush_ok = rush_hours = None
    if deadline is None:
        possible = fits = None
        verdict = "no_deadline"
        deliverable = safe = short = None
    else:
        possible, fits = earliest <= deadline, promise <= deadline
        verdict = "fits" if fits else "tight" if possible else "does_not_fit"
        deliverable = _whole(request_, pace * deadline - committed_, countable_)
        safe = _whole(request_, pace * deadline / safety_ - committed_, countable_)
        short = request_ - deliverable
        if verdict == "does_not_fit" and deadline > 0:
            rush = total / deadline
            if derived:
                rush_hours = _rush_paid_hours(rush, focus_, dpw)
                rush_ok = rush_hours is not None
            else:
                rush_ok = rush <= _RUSH_MAX_FACTOR * pace * (1 + _EPS)

    cal = _calendar(calendar, start, dpw, check_days=derived)
    day_date = _dater(cal)

    check = CapacityCheck(
        unit=unit_,
        request=request_,
        committed=committed_,
        per_day=pace,
        focus=focus_ if derived else None,
        hours_per_week=hpw if derived else None,
        days_per_week=dpw,
        safety=safety_,
        deadline_days=deadline,
        days_needed=days_needed,
        earliest_days=earliest,
        promise_days=promise,
        possible=possible,
        fits=fits,
        verdict=verdict,
        deliverable_by_deadline=deliverable,
        safe_by_deadline=safe,
        short_by=short,
        start=None if cal is None else cal.start,
        earliest_date=day_date(earliest),
        promise_date=day_date(promise),
        deadline_date=None if deadline is None else day_date(deadline),
        headline="",
        options=(),
        explanation="",
        assumptions=_assumptions(derived, focus_, hpw, dpw, pace, safety_, rush),
        countable=countable_,
        rush_per_day=rush,
        rush_possible=rush_ok,
        rush_hours_per_week=rush_hours,
        productive_hours_per_week=productive,
    )
    return dataclasses.replace(
        check,
        headline=_headline(check, day_date),
        options=_options(check, day_date),
        explanation=_explanation(check, cal, day_date),
    )


# ---------------------------------------------------------------------- validation


def _focus(value: Any) -> float:
    if isinstance(value, str) and value.strip().endswith("%"):
        x = v.parse_number("focus", value.strip()[:-1]) / 100
    else:
        x = v.parse_number("focus", value)
    if not (math.isfinite(x) and 0 < x <= 1):
        raise InputError(
            "focus",
            value,
            "use the share of paid hours that goes to project work: more than 0 and at most 1 "
            "(e.g. 0.7 for 70%)",
        )
    return x


def _safety(value: Any) -> float:
    x = v.parse_number("safety", value)
    if not math.isfinite(x) or x < 1:
        raise InputError(
            "safety", value, "use a buffer of at least 1 (1 = no buffer, 1.25 = 25% extra time)"
        )
    if x > 5:
        raise InputError(
            "safety", value, "a buffer over 5× looks like a typo; 1.25 means 25% extra time"
        )
    return x


_DEADLINE_FIX = (
    "use a whole number of working days from the start, 0 or more, such as 4 (no units "
    "or words), or leave it empty for no deadline"
)


def _deadline(value: Any, dpw: int) -> int:
    try:
        x = v.parse_number("deadline_days", value)
    except InputError:  # its hint ("such as 4 or 2.5") would suggest a fraction
        raise InputError("deadline_days", value, _DEADLINE_FIX) from None
    if not math.isfinite(x) or x < 0 or x != int(x):
        raise InputError("deadline_days", value, _DEADLINE_FIX)
    most = round(_MAX_DEADLINE_YEARS * 365.25 / 7 * dpw)
    if x > most:
        raise InputError(
            "deadline_days",
            value,
            f"that is more than {_MAX_DEADLINE_YEARS} years of working days ({most:,} at "
            f"{_count(dpw, 'day')} a week); check the number, or leave it empty for no "
            "deadline",
        )
    return int(x)


def _calendar(calendar: Any, start: Any, dpw: int, *, check_days: bool) -> WorkCalendar | None:
    """A one-hour-a-day copy of the calendar, so that ``finish_date(n)`` is working day n."""
    if calendar is None:
        if start is None:
            return None
        return WorkCalendar(start, hours_per_day=1.0, workdays=tuple(range(dpw)))
    if not isinstance(calendar, WorkCalendar):
        raise InputError(
            "calendar",
            type(calendar).__name__,
            "pass an expectlib.calendar.WorkCalendar (or None)",
        )
    if calendar.existing_load_hours:
        raise InputError(
            "calendar.existing_load_hours",
            calendar.existing_load_hours,
            "give work already promised as committed= (in the same unit as the request)",
        )
    if check_days and len(calendar.workdays) != dpw:
        raise InputError(
            "days_per_week",
            dpw,
            f"the calendar works {len(calendar.workdays)} days a week "
            f"({_day_ranges(calendar.workdays)}); use days_per_week={len(calendar.workdays)}",
        )
    first = calendar.start if start is None else start
    return dataclasses.replace(calendar, start=first, hours_per_day=1.0)


def _dater(cal: WorkCalendar | None) -> Callable[[int], _dt.date | None]:
    def day_date(n: int) -> _dt.date | None:
        if cal is None:
            return None
        return cal.start if n == 0 else cal.finish_date(n)

    return day_date


def _ceil(x: float) -> int:
    return max(1, math.ceil(x - _EPS))


def _productive_hours(hours_per_week: float) -> float:
    """Output-equivalent hours of a paid week on the kit's overtime curve (Pencavel 2015)."""
    from .simulate import effective_hours

    return float(effective_hours(hours_per_week))


def _too_long(
    raw: dict[str, Any], committed: float, pace: float, safety: float, unit: str, derived: bool
) -> tuple[str, Any, str]:
    """Which input makes the work take over ``_MAX_DAYS`` working days, and what to do.

    ``raw`` holds the values as given (for the message). A pace at which a single unit (a
    word, an hour) takes that long is the wrong value itself: the pace, or the hours a
    week or the focus it comes from. Otherwise the committed work is, when it alone is
    too big, else the request.
    """
    limit = f"over {_MAX_DAYS:,} working days (about 400 years)"
    if pace * _MAX_DAYS / safety < 1:
        if not derived:
            return (
                "per_day",
                raw["per_day"],
                f"at that pace a single {_inflect(unit, one=True)} takes {limit}; give your "
                f"pace in {_plural(unit)} per working day (what an ordinary day gets done)",
            )
        if pace / raw["focus_"] * _MAX_DAYS / safety >= 1:  # fine at full focus
            return (
                "focus",
                raw["focus"],
                f"with that focus an hour of project work takes {limit}; use the share of "
                "paid hours that goes to project work, e.g. 0.7 (70%)",
            )
        return (
            "hours_per_week",
            raw["hours_per_week"],
            f"at that many hours a week an hour of project work takes {limit}; use e.g. 40",
        )
    pace_text = f"{_amount(pace, unit)} a working day"
    if committed / pace * safety > _MAX_DAYS:
        return (
            "committed",
            raw["committed"],
            f"that much work already promised takes {limit} at {pace_text}; check the "
            "number and the unit",
        )
    after = " after the work already promised" if committed else ""
    return (
        "request",
        raw["request"],
        f"that takes {limit} at {pace_text}{after}; check the number and the unit",
    )


def _is_countable(unit: str) -> bool:
    """Whole items (articles, posts) unless a word of the unit is a measure (hours, words)."""
    return not any(w in _MEASURE_WORDS for w in re.findall(r"[a-z]+", unit.lower()))


def _whole(request: float, room: float, countable: bool) -> float:
    """The new work that fits in ``room``: all of it, or (for whole items) rounded down."""
    x = max(0.0, room)
    if x >= request - _EPS:
        return request
    return float(math.floor(x + _EPS)) if countable else x


def _rush_paid_hours(project_per_day: float, focus: float, dpw: int) -> float | None:
    """Paid hours a week whose output covers the rush, on the kit's overtime curve.

    The rush's project hours a day ÷ focus × days a week is the output needed, in hours;
    :func:`expectlib.simulate.effective_hours` says which paid hours give it. ``None`` when
    even the overtime limit (64 paid hours a week, where output stops growing) is not enough.
    """
    from .simulate import effective_hours

    need = project_per_day / focus * dpw
    if need > effective_hours(_RUSH_MAX_HOURS) * (1 + _EPS):
        return None
    lo, hi = 0.0, _RUSH_MAX_HOURS
    for _ in range(60):  # the curve only grows up to the limit: bisect it
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if effective_hours(mid) < need else (lo, mid)
    return hi


# ---------------------------------------------------------------------- words


def _n(x: Any) -> str:
    """A number as people write it: 3,000 · 5.6 · 1,234.57."""
    if not isinstance(x, int | float) or isinstance(x, bool):
        return str(x)
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _down(x: float, countable: bool = False) -> float:
    """Round an amount *down* for a promise (never promise the fraction you cannot do)."""
    if countable or x >= 100:
        return float(math.floor(x + _EPS))
    return math.floor(x * 10 + _EPS) / 10


def _up(x: float, countable: bool = False) -> float:
    """Round an amount *up* (what must move, what a rush must add)."""
    if countable or x >= 100:
        return float(math.ceil(x - _EPS))
    return math.ceil(x * 10 - _EPS) / 10


def _singular_word(word: str) -> str:
    low = word.lower()
    if not word.isalpha() or low in _MASS_WORDS:
        return word
    if len(word) <= 3:
        return word[:-1] if low in _SHORT_PLURALS else word
    if low.endswith("ies"):
        return word[:-3] + ("Y" if word.isupper() else "y")
    if low.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _plural_word(word: str) -> str:
    low = word.lower()
    if not word.isalpha() or len(word) <= 3 or low in _MASS_WORDS or low.endswith("s"):
        return word
    if low.endswith("y") and low[-2] not in "aeiou":
        end, word = "ies", word[:-1]
    elif low.endswith(("ch", "sh", "x", "z")):
        end = "es"
    else:
        end = "s"
    return word + (end.upper() if word.isupper() else end)


def _inflect(unit: str, one: bool) -> str:
    """The unit for one item or for several: the head word changes ("pages of copy")."""
    head, sep, tail = unit.partition(" of ")
    words = head.split(" ")
    words[-1] = _singular_word(words[-1]) if one else _plural_word(words[-1])
    return " ".join(words) + sep + tail


def _plural(unit: str) -> str:
    return _inflect(unit, one=False)


def _amount(x: float, unit: str) -> str:
    """``x`` with the unit inflected: "1 article", "2 articles", "1,000 words"."""
    text = _n(x)
    return f"{text} {_inflect(unit, one=text == '1')}"


def _count(n: float, noun: str) -> str:
    """A number of a regular noun: "1 working day", "2.5 working days", "3 holidays"."""
    text = _n(n)
    return f"{text} {noun}" if text == "1" else f"{text} {noun}s"


def _day(n: int, day_date: Callable[[int], _dt.date | None]) -> str:
    """Name working day ``n`` ("working day 4"), with its date when there is a start."""
    text = f"working day {n:,}" if n else "day 0 (no working day left)"
    d = day_date(n)
    return f"{text} ({_fmt_date(d)})" if d is not None else text


def _all(c: CapacityCheck) -> str:
    """The whole request: "all 3 articles", but "the 1 article"."""
    amount = _amount(c.request, c.unit)
    return f"the {amount}" if _n(c.request) == "1" else f"all {amount}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _buffer(c: CapacityCheck) -> str:
    return "no buffer" if c.safety == 1 else f"the {_n(round((c.safety - 1) * 100, 1))}% buffer"


def _pct(x: float) -> str:
    return f"{_n(round(100 * x))}%"


def _headline(c: CapacityCheck, dd: Callable[[int], _dt.date | None]) -> str:
    u, req = c.unit, _amount(c.request, c.unit)
    if c.verdict == "no_deadline":
        return f"Honest promise: {_all(c)} by {_day(c.promise_days, dd)} ({_buffer(c)} included)."
    d = c.deadline_days
    assert d is not None
    if c.verdict == "fits":
        return (
            f"Yes: {_all(c)} by {_day(c.promise_days, dd)} fits the deadline, "
            f"{_day(d, dd)}, with {_buffer(c)}."
        )
    if c.verdict == "tight":
        return (
            f"Only just: at full pace the work is done by {_day(c.earliest_days, dd)}, in time "
            f"for the deadline ({_day(d, dd)}), but with no room for {_buffer(c)}; "
            f"the honest promise is {_day(c.promise_days, dd)}."
        )
    work = req
    if c.committed:
        work = f"{_amount(c.committed, u)} already promised + {req} new = {_amount(c.total, u)}"
    overtime = ", and not even overtime would make it" if c.rush_possible is False else ""
    return (
        f"No: {work} at {_amount(c.per_day, u)} a working day need "
        f"{_count(c.earliest_days, 'working day')}; the deadline is {_day(d, dd)}{overtime}. "
        f"Honest promise: {_all(c)} by {_day(c.promise_days, dd)}."
    )


def _instalments(c: CapacityCheck, dd: Callable[[int], _dt.date | None]) -> str:
    """Deliver the new work in parts, from the day it can start (after the committed work)."""
    u, promise = c.unit, _day(c.promise_days, dd)
    lead = "In instalments:"
    if c.committed:
        begin = math.floor(c.committed / c.per_day + _EPS) + 1
        verb = "is" if _n(c.committed) == "1" else "are"
        lead = (
            f"In instalments, starting on {_day(begin, dd)}, once the "
            f"{_amount(c.committed, u)} already promised {verb} done:"
        )
    if c.countable:
        first = _ceil((c.committed + min(1.0, c.request)) / c.per_day * c.safety)
        if c.request <= 1 or first >= c.promise_days:
            return ""  # one delivery: nothing to split
        return (
            f"{lead} each {_inflect(u, one=True)} as soon as it is done, the first by "
            f"{_day(first, dd)} and {_all(c)} by {promise}."
        )
    daily = _down(c.per_day / c.safety)
    first = _ceil((c.committed + min(daily, c.request)) / c.per_day * c.safety)
    if daily <= 0 or c.request <= daily + _EPS or first >= c.promise_days:
        return ""  # one delivery, on the honest date: the same as that option
    return (
        f"{lead} about {_amount(daily, u)} of the new work each working day, the first part "
        f"by {_day(first, dd)} and {_all(c)} by {promise}."
    )


def _rush_option(c: CapacityCheck, dd: Callable[[int], _dt.date | None]) -> str:
    u, d = c.unit, c.deadline_days
    assert d is not None
    assert c.rush_per_day is not None
    what = _all(c)
    if c.committed:
        what += f" (and the {_amount(c.committed, u)} already promised)"
    need = _up(c.rush_per_day)
    more = c.rush_per_day / c.per_day - 1
    if c.focus is not None and c.rush_hours_per_week is not None:
        paid = math.ceil(c.rush_hours_per_week - 1e-6)
        pace = (
            f"{_amount(need, 'hours')} of project work a working day instead of "
            f"{_n(round(c.per_day, 2))}: about {paid} paid hours a week at "
            f"{_pct(c.focus)} focus"
        )
        if paid > 48:
            pace += " (counting that past 48 hours a week each extra hour yields less)"
    else:
        pace = (
            f"{_amount(need, u)} a working day instead of your usual "
            f"{_n(round(c.per_day, 2))} ({_pct(more)} more)"
        )
    return (
        f"A rush, only if you choose to and at a rush price: {what} by {_day(d, dd)} at "
        f"{pace}. A rush has no buffer: any slip makes it late, and quality and the rest of "
        "your week pay for it."
    )


def _options(c: CapacityCheck, dd: Callable[[int], _dt.date | None]) -> tuple[str, ...]:
    """2–3 conditional "yes, if…" options with the numbers of this situation."""
    u, req, k = c.unit, _amount(c.request, c.unit), c.countable
    if k:
        n = math.floor(c.per_day + _EPS)
        if c.per_day < 1 - _EPS:
            step = (
                f"Each extra {_inflect(u, one=True)} adds about "
                f"{_count(round(1 / c.per_day, 1), 'working day')}."
            )
        elif n == 1:
            step = f"Each extra {_inflect(u, one=True)} adds about a working day."
        else:
            step = f"Every {n} more {_plural(u)} add about a working day."
    else:
        step = f"Each extra {_amount(_down(c.per_day), u)} of work adds a working day."
    if c.verdict == "no_deadline":
        cands = [
            f"Promise {_all(c)} by {_day(c.promise_days, dd)} ({_buffer(c)} included).",
            f"Earliest, if nothing goes wrong: {_day(c.earliest_days, dd)}; "
            "a hope to mention, not the date to promise.",
        ]
        if c.committed:
            alone = _ceil(c.request / c.per_day * c.safety)
            cands.append(
                f"Sooner only by reordering: without the {_amount(c.committed, u)} already "
                f"promised it would be {_day(alone, dd)}; only if those clients agree."
            )
        return tuple([*cands, step][:3])

    d = c.deadline_days
    assert d is not None
    if c.verdict == "fits":
        cands = [
            f"Yes: promise {_all(c)} by {_day(c.promise_days, dd)}, with {_buffer(c)}; "
            f"the deadline is {_day(d, dd)}."
        ]
        spare = _down(c.per_day * d / c.safety - c.total, k)
        if spare > 0:
            cands.append(
                f"Room left: about {_amount(spare, u)} more fit by the deadline with the buffer "
                "kept; anything beyond that is a change request with its own date."
            )
        if c.earliest_days < c.promise_days:
            cands.append(
                f"If all goes smoothly it is done by {_day(c.earliest_days, dd)}: deliver early "
                "if you can, but quote the promise date."
            )
        return tuple([*cands, step][:3])

    cands = []
    safe, raw = _down(c.safe_by_deadline or 0.0, k), _down(c.deliverable_by_deadline or 0.0, k)
    if 0 < safe < c.request:
        most = (
            f" (The most you could finish by then is {_amount(raw, u)}, with no slack.)"
            if safe < raw < c.request
            else ""
        )
        cands.append(
            f"Less by the deadline: {_n(safe)} of the {req} by {_day(d, dd)}, the rest "
            f"({_amount(c.request - safe, u)}) by {_day(c.promise_days, dd)}.{most}"
        )
    cands.append(
        f"{_cap(_all(c))} by {_day(c.promise_days, dd)}: the honest date, with {_buffer(c)}."
    )
    move = _up(c.total - c.per_day * d / c.safety, k)
    if c.committed and 0 < move <= c.committed + _EPS:
        cands.append(
            f"Move {_amount(move, u)} of work already promised to others (only if those "
            f"clients agree), then {_all(c)} by {_day(d, dd)}."
        )
    if c.verdict == "tight":
        cands.append(
            f"No buffer: {_all(c)} by {_day(d, dd)} at your usual pace, only if you and the "
            "client accept that any slip makes it late."
        )
    if c.rush_possible:
        cands.append(_rush_option(c, dd))
    if c.committed and move > c.committed + _EPS:
        alone = _ceil(c.request / c.per_day * c.safety)
        part = _down(min(c.request, c.per_day * d / c.safety), k) if d else 0.0
        first = f"{_n(part)} of the {req} by {_day(d, dd)} and " if 0 < part < c.request else ""
        cands.append(
            f"Put this request first, only if the clients of the {_amount(c.committed, u)} "
            f"already promised agree to wait: {first}{_all(c)} by {_day(alone, dd)}."
        )
    instal = _instalments(c, dd)
    if instal:
        cands.append(instal)
    return tuple(cands[:3])


def _explanation(
    c: CapacityCheck, cal: WorkCalendar | None, dd: Callable[[int], _dt.date | None]
) -> str:
    u = c.unit
    if c.focus is not None:
        hours = f"{_n(c.hours_per_week)} h a week"
        productive = c.productive_hours_per_week
        if (
            productive is not None
            and c.hours_per_week is not None
            and (productive < c.hours_per_week - _EPS)
        ):
            hours = (
                f"{hours} give about {_n(round(productive, 1))} productive hours on the "
                "kit's overtime curve (Pencavel 2015: past 48 h a week each extra hour "
                f"yields less, past 64 none); {_n(round(productive, 1))} h"
            )
        pace = (
            f"Pace: {hours} ÷ {_count(c.days_per_week, 'day')} × "
            f"{_n(c.focus)} focus (an assumption: the rest goes to email, admin and meetings) "
            f"= {_amount(c.per_day, u)} of project work a working day."
        )
    else:
        pace = (
            f"Pace: {_amount(c.per_day, u)} a working day (your own pace; no focus factor is "
            "applied, because a measured pace already allows for interruptions)."
        )
    if c.committed:
        work = (
            f"Work: {_amount(c.committed, u)} already promised (done first) + "
            f"{_amount(c.request, u)} new = {_amount(c.total, u)}"
        )
    else:
        work = f"Work: {_amount(c.request, u)}"
    work += (
        f"; ÷ {_n(c.per_day)} a day = {_count(round(c.days_needed, 2), 'working day')}, so "
        f"working day {c.earliest_days:,} at the earliest."
    )
    promise = (
        f"Honest promise: × {_n(c.safety)} safety buffer (an assumption) = "
        f"{_n(round(c.days_needed * c.safety, 2))} → working day {c.promise_days:,}."
    )
    parts = [pace, work, promise]
    if c.deadline_days is not None:
        parts.append(_deadline_text(c))
    if c.rush_per_day is not None:
        parts.append(_rush_text(c))
    if cal is not None:
        n = len(cal.holidays)
        holidays = "no holidays" if n == 0 else _count(n, "holiday")
        parts.append(
            f"Dates count working days {_day_ranges(cal.workdays)}, {holidays}, "
            f"from {_fmt_date(cal.start)}."
        )
    return " ".join(parts)


def _deadline_text(c: CapacityCheck) -> str:
    """The arithmetic of what fits by the deadline (never a negative amount)."""
    u, d = c.unit, c.deadline_days
    assert d is not None
    if d == 0:
        return "The deadline is day 0: no working day is left before it, so no work fits by then."
    p, minus = _n(c.per_day), (f" − {_n(c.committed)}" if c.committed else "")
    room = c.per_day * d - c.committed
    if room <= _EPS:
        return (
            f"By the deadline (working day {d:,}): {p} × {d:,} = {_amount(c.per_day * d, u)}, all "
            f"taken by the {_amount(c.committed, u)} already promised: no room for new work."
        )
    safe_room = c.per_day * d / c.safety - c.committed
    text = (
        f"By the deadline (working day {d:,}): {p} × {d:,}{minus} = {_amount(room, u)} free "
        f"for new work at full pace; with the buffer kept, {p} × {d:,} ÷ {_n(c.safety)}{minus} "
        f"= {_n(max(0.0, round(safe_room, 2)))}"
    )
    safe = c.safe_by_deadline or 0.0
    if c.countable and 0 < safe < c.request and safe_room - safe > _EPS:
        text += f", so {_amount(safe, u)} (whole items only)"
    if safe_room >= c.request - _EPS:
        return text + f": enough for {_all(c)}."
    if room >= c.request - _EPS:
        return text + f": enough for {_all(c)} only without the buffer."
    return text + "."


def _rush_text(c: CapacityCheck) -> str:
    """Why a rush is, or is not, offered."""
    u, d, need = c.unit, c.deadline_days, c.rush_per_day
    assert d is not None
    assert need is not None
    head = (
        f"Rush (no buffer): {_amount(c.total, u)} ÷ {_count(d, 'working day')} = "
        f"{_amount(_up(need), u)}{' of project work' if c.focus is not None else ''} a day"
    )
    if c.focus is not None:
        output = need / c.focus * c.days_per_week
        head += f", i.e. {_n(round(output))} hours a week at {_pct(c.focus)} focus"
        if c.rush_possible:
            assert c.rush_hours_per_week is not None
            paid = math.ceil(c.rush_hours_per_week - 1e-6)
            if paid > 48:
                return head + (
                    f": about {paid} paid hours on the kit's overtime curve (past 48 hours a "
                    "week each extra hour yields less)."
                )
            return head + "."
        return (
            head + ": not possible by the deadline even with overtime. On the kit's overtime "
            "curve (Pencavel 2015), past 48 paid hours a week each extra hour yields less and "
            "past 64 none: even 64 paid hours give only about 56 hours' worth of work."
        )
    ratio = f"{_n(round(need / c.per_day, 2))}× your pace"
    if c.rush_possible:
        return head + f", {ratio}; within the {_n(_RUSH_MAX_FACTOR)}× a rush may ask."
    return (
        head + f", {ratio}: more than the {_n(_RUSH_MAX_FACTOR)}× a rush can add (an "
        "assumption), so it is not possible by the deadline even with overtime."
    )


_LABELS = {
    "per_day": "Your pace",
    "hours_per_week": "Paid hours a week",
    "days_per_week": "Working days a week",
    "focus": "Focus",
    "safety": "Safety buffer",
    "max_hours_per_week": "Overtime limit",
    "rush_limit": "Rush limit",
}


def _assumption_label(c: CapacityCheck, key: str, value: Any) -> str:
    label = _LABELS.get(key, key)
    if key == "per_day":
        return f"{label} = {_amount(value, c.unit)} a working day"
    if key == "max_hours_per_week":
        return f"{label} = {_n(value)} paid hours a week"
    if key == "rush_limit":
        return f"{label} = {_n(value)}× your usual pace"
    return f"{label} = {_n(value)}"


def _assumptions(
    derived: bool,
    focus: float,
    hpw: float,
    dpw: int,
    pace: float,
    safety: float,
    rush: float | None,
) -> dict[str, tuple[Any, str]]:
    out: dict[str, tuple[Any, str]] = {}
    if derived:
        why = "the paid hours you choose to work in a week"
        if hpw > _FULL_HOURS:
            why += (
                f"; past {_n(_FULL_HOURS)} they count at less than full value (about "
                f"{_n(round(_productive_hours(hpw), 1))} productive hours, on the kit's overtime "
                "curve)"
            )
        out["hours_per_week"] = (hpw, why)
        out["days_per_week"] = (dpw, "the days you work in a week")
        out["focus"] = (
            focus,
            "share of paid hours that goes to project work (the rest is email, admin, "
            "meetings); 0.7 is a rule of thumb, not a measurement: check your time log",
        )
    else:
        out["per_day"] = (
            pace,
            "your sustainable pace, best taken from past weeks; no focus factor is applied to it",
        )
    out["safety"] = (
        safety,
        "extra time an honest promise allows because work rarely goes exactly to plan "
        "(1.25 = 25%, as in the kit's simulations); name it to the client, never hide it",
    )
    if derived and (rush is not None or hpw > _FULL_HOURS):
        out["max_hours_per_week"] = (
            _RUSH_MAX_HOURS,
            "past this, more hours add no output; past 48 each extra hour yields less "
            "(a stylised curve from Pencavel 2015, The Productivity of Working Hours, "
            "not your own measurement)",
        )
    elif rush is not None:
        out["rush_limit"] = (
            _RUSH_MAX_FACTOR,
            "the most a rush can ask of your pace for a few days (64 hours against 40, where "
            "the kit's overtime curve stops adding output); a rule of thumb, not a measurement",
        )
    return out


# ---------------------------------------------------------------------- the figure


def plot_capacity(check: CapacityCheck, ax: Any = None) -> Any:
    """One-line timeline in working days: committed, new work, buffer, deadline, promise.

    Takes an ``ax`` (``None``: the current Axes) and returns it; never calls ``show``.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> from matplotlib.figure import Figure
    >>> ax = plot_capacity(capacity_check(3000, per_day=1000, unit="words", deadline_days=2),
    ...                    ax=Figure().add_subplot())
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['new work', 'buffer', 'deadline (day 2)', 'promise (day 4)']
    """
    from matplotlib.axes import Axes

    if not isinstance(check, CapacityCheck):
        raise InputError(
            "check", type(check).__name__, "pass the result of expectlib.capacity.capacity_check"
        )
    if ax is None:
        import matplotlib.pyplot as plt

        ax = plt.gca()
    elif not isinstance(ax, Axes):
        raise InputError("ax", type(ax).__name__, "pass a matplotlib Axes or None")

    c = check
    done = c.committed / c.per_day
    end = c.days_needed
    buffered = c.days_needed * c.safety
    y, h = 0, 0.5
    handles = []
    if done > 0:
        handles.append(ax.barh(y, done, height=h, color="#999999", label="already promised"))
    handles.append(ax.barh(y, end - done, left=done, height=h, color="#0072B2", label="new work"))
    if buffered > end:
        handles.append(
            ax.barh(
                y,
                buffered - end,
                left=end,
                height=h,
                color="white",
                edgecolor="#0072B2",
                hatch="///",
                label="buffer",
            )
        )
    if c.deadline_days is not None:
        colour = "#009E73" if c.fits else "#E69F00" if c.possible else "#D55E00"
        label = f"deadline (day {c.deadline_days})"
        handles.append(ax.axvline(c.deadline_days, color=colour, lw=2.5, label=label))
    label = f"promise (day {c.promise_days})"
    if c.promise_date is not None:
        label = f"promise (day {c.promise_days}, {_fmt_date(c.promise_date)[:-5]})"
    handles.append(ax.axvline(c.promise_days, color="black", ls="--", lw=1.5, label=label))
    ax.set_xlim(0, max(buffered, c.promise_days, c.deadline_days or 0) * 1.05 + 0.2)
    ax.set_ylim(-0.5, 0.5)
    ax.set_yticks([])
    ax.set_xlabel("working days", fontsize=10)
    ax.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncol=min(len(handles), 3),
        fontsize=9,
        frameon=False,
        handlelength=1.5,
        columnspacing=1.0,
    )
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    return ax
