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

Two numbers are *assumptions* the user should change, and the result says so (see
:attr:`CapacityCheck.assumptions`): the **focus factor** (the share of paid hours that
goes to project work; the rest is email, admin and meetings) and the **safety buffer**
(how much longer than the bare arithmetic an honest promise allows; 1.25 as in
:attr:`expectlib.simulate.Scenario.quote_safety`). The focus factor is applied only when
the pace is derived from hours a week (``per_day=None``): a measured pace such as "1,000
words a day" already allows for the interruptions.

Dates are optional: give ``start`` (and, for holidays or other working days, an
:class:`expectlib.calendar.WorkCalendar`) and working days become dates.
:func:`plot_capacity` draws the result as a one-line timeline.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
from dataclasses import dataclass, field
from typing import Any

from . import _validate as v
from .calendar import _HOUR_UNITS, WorkCalendar, _day_ranges, _fmt_date
from .errors import InputError

__all__ = ["VERDICTS", "CapacityCheck", "capacity_check", "plot_capacity"]

#: The four answers, in the order "best" to "no deadline given".
VERDICTS: tuple[str, ...] = ("fits", "tight", "does_not_fit", "no_deadline")

# A rush is called what it is when it asks for more than this multiple of the usual pace.
_RUSH_WARN = 1.5
# Beyond about 400 years of working days the numbers are a typo (and dates would overflow).
_MAX_DAYS = 100_000
_EPS = 1e-9


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
      ``request − deliverable_by_deadline``. ``None`` without a deadline.
    * ``*_date``: the working days as dates, ``None`` unless a start date was given.
      ``deadline_date`` for ``deadline_days=0`` is the start date itself.
    * ``focus``: ``None`` when ``per_day`` was given (the factor is not applied);
      ``hours_per_week`` likewise.
    * ``assumptions``: name → (value, why it is an assumption and not a fact).
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

    @property
    def total(self) -> float:
        """Committed plus new work, in ``unit``."""
        return self.committed + self.request

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
          - hours_per_week = 40: the paid hours you choose to work in a week
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
        lines += [f"  - {k} = {_n(val)}: {why}" for k, (val, why) in self.assumptions.items()]
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
        ``per_day = hours_per_week / days_per_week × focus``.
    hours_per_week, days_per_week
        Paid hours a week (at most 168) and working days a week (1–7); they set the pace
        only when ``per_day`` is None. ``days_per_week`` also sets the working days of
        the default calendar (Mon… onwards).
    focus
        Assumption: the share of paid hours that goes to project work, in (0, 1]
        (``"70%"`` works). Applied only when ``per_day`` is None.
    committed
        Work already promised to others, same unit, done first (≥ 0).
    deadline_days
        The client's deadline in working days from the start (a whole number ≥ 0), or
        None for "when can you do it?".
    safety
        Assumption: the buffer of the honest promise, ≥ 1 and at most 5 (1.25 = 25% more
        time than the bare arithmetic; it applies to the committed work as well, as in
        :attr:`expectlib.simulate.Scenario.quote_safety`).
    start, calendar
        Optional: the first day work can happen (a date or ``"2026-01-05"``) and a
        :class:`~expectlib.calendar.WorkCalendar` for working days and holidays. Only the
        calendar's start (used when ``start`` is None), ``workdays`` and ``holidays`` are
        used: give the pace and the committed work here, not as its ``hours_per_day`` or
        ``existing_load_hours``. Without either, the result reports working days only.

    Every value is checked; a bad one raises :class:`~expectlib.errors.InputError`:

    >>> capacity_check(10, per_day=0)
    Traceback (most recent call last):
    ...
    expectlib.errors.InputError: per_day: got 0; use a number greater than zero
    >>> capacity_check(3000, unit="words")
    Traceback (most recent call last):
    ...
    expectlib.errors.InputError: per_day: got None; ... give your pace in words per working \
day, e.g. per_day=1000
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
    deadline = None if deadline_days is None else _deadline(deadline_days)

    if per_day is None:
        if not hours_unit:
            raise InputError(
                "per_day",
                None,
                f"only hours can be derived from hours_per_week; give your pace in {unit_} "
                "per working day, e.g. per_day=1000",
            )
        if hpw / dpw > 24:
            raise InputError(
                "hours_per_week",
                hours_per_week,
                f"that is {_n(hpw / dpw)} h a day over {dpw} days; a day has 24 hours",
            )
        pace = hpw / dpw * focus_
    else:
        pace = v.positive("per_day", per_day)
    derived = per_day is None

    total = committed_ + request_
    days_needed = total / pace
    if days_needed * safety_ > _MAX_DAYS:
        raise InputError(
            "request",
            request,
            f"that is over {_MAX_DAYS:,} working days at {_n(pace)} {unit_} a day; "
            "check the numbers and the unit",
        )
    earliest = _ceil(days_needed)
    promise = _ceil(days_needed * safety_)

    if deadline is None:
        possible = fits = None
        verdict = "no_deadline"
        deliverable = safe = short = None
    else:
        possible, fits = earliest <= deadline, promise <= deadline
        verdict = "fits" if fits else "tight" if possible else "does_not_fit"
        deliverable = min(request_, max(0.0, pace * deadline - committed_))
        safe = min(request_, max(0.0, pace * deadline / safety_ - committed_))
        short = request_ - deliverable

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
        assumptions=_assumptions(derived, focus_, hpw, dpw, pace, unit_, safety_),
    )
    return dataclasses.replace(
        check,
        headline=_headline(check),
        options=_options(check),
        explanation=_explanation(check, cal),
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


def _deadline(value: Any) -> int:
    x = v.parse_number("deadline_days", value)
    if not math.isfinite(x) or x < 0 or x != int(x):
        raise InputError(
            "deadline_days",
            value,
            "use a whole number of working days from the start, 0 or more (or None)",
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


def _dater(cal: WorkCalendar | None):
    def day_date(n: int) -> _dt.date | None:
        if cal is None:
            return None
        return cal.start if n == 0 else cal.finish_date(n)

    return day_date


def _ceil(x: float) -> int:
    return max(1, math.ceil(x - _EPS))


# ---------------------------------------------------------------------- words


def _n(x: Any) -> str:
    """A number as people write it: 3,000 · 5.6 · 1,234.57."""
    if not isinstance(x, int | float) or isinstance(x, bool):
        return str(x)
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _down(x: float) -> float:
    """Round an amount *down* for a promise (never promise the fraction you cannot do)."""
    if x >= 100:
        return float(math.floor(x + _EPS))
    return math.floor(x * 10 + _EPS) / 10


def _up(x: float) -> float:
    """Round an amount *up* (what must move, what a rush must add)."""
    if x >= 100:
        return float(math.ceil(x - _EPS))
    return math.ceil(x * 10 - _EPS) / 10


def _day(c: CapacityCheck, n: int) -> str:
    """Name working day ``n`` ("working day 4"), with its date when there is a start."""
    text = f"working day {n}" if n else "day 0 (no working day left)"
    dates = {c.earliest_days: c.earliest_date, c.promise_days: c.promise_date}
    if c.deadline_days is not None:
        dates[c.deadline_days] = c.deadline_date
    d = dates.get(n)
    return f"{text} ({_fmt_date(d)})" if d is not None else text


def _amount(x: float, unit: str) -> str:
    return f"{_n(x)} {unit}"


def _buffer(c: CapacityCheck) -> str:
    return "no buffer" if c.safety == 1 else f"the {_n(round((c.safety - 1) * 100, 1))}% buffer"


def _headline(c: CapacityCheck) -> str:
    u, req = c.unit, _amount(c.request, c.unit)
    if c.verdict == "no_deadline":
        return f"Honest promise: all {req} by {_day(c, c.promise_days)} ({_buffer(c)} included)."
    if c.verdict == "fits":
        return (
            f"Yes: all {req} by {_day(c, c.promise_days)} fits the deadline, "
            f"{_day(c, c.deadline_days)}, with {_buffer(c)}."
        )
    if c.verdict == "tight":
        return (
            f"Only just: at full pace the work is done by {_day(c, c.earliest_days)}, inside "
            f"the deadline ({_day(c, c.deadline_days)}), but with no room for {_buffer(c)}; "
            f"the honest promise is {_day(c, c.promise_days)}."
        )
    work = req
    if c.committed:
        work = f"{_amount(c.committed, u)} already promised + {req} new = {_amount(c.total, u)}"
    return (
        f"No: {work} at {_amount(c.per_day, u)} a working day need {c.earliest_days} "
        f"working days; the deadline is {_day(c, c.deadline_days)}. "
        f"Honest promise: all {req} by {_day(c, c.promise_days)}."
    )


def _options(c: CapacityCheck) -> tuple[str, ...]:
    """2–3 conditional "yes, if…" options with the numbers of this situation."""
    u, req, hours = c.unit, _amount(c.request, c.unit), c.focus is not None
    step = f"Each extra {_amount(_down(c.per_day), u)} of work adds a working day."
    if c.verdict == "no_deadline":
        cands = [
            f"Promise all {req} by {_day(c, c.promise_days)} ({_buffer(c)} included).",
            f"Earliest, if nothing goes wrong: {_day(c, c.earliest_days)}; "
            "a hope to mention, not the date to promise.",
        ]
        if c.committed:
            alone = _ceil(c.request / c.per_day * c.safety)
            cands.append(
                f"Sooner only by reordering: without the {_amount(c.committed, u)} already "
                f"promised it would be working day {alone}; only if those clients agree."
            )
        return tuple([*cands, step][:3])

    d = c.deadline_days
    assert d is not None
    if c.verdict == "fits":
        cands = [
            f"Yes: promise all {req} by {_day(c, c.promise_days)}, with {_buffer(c)}; "
            f"the deadline is {_day(c, d)}."
        ]
        spare = _down(c.per_day * d / c.safety - c.total)
        if spare > 0:
            cands.append(
                f"Room left: about {_amount(spare, u)} more fit by the deadline with the buffer "
                "kept; anything beyond that is a change request with its own date."
            )
        if c.earliest_days < c.promise_days:
            cands.append(
                f"If all goes smoothly it is done by {_day(c, c.earliest_days)}: deliver early "
                "if you can, but quote the promise date."
            )
        return tuple([*cands, step][:3])

    cands = []
    safe, raw = _down(c.safe_by_deadline), _down(c.deliverable_by_deadline or 0.0)
    if 0 < safe < c.request:
        most = (
            f" ({_amount(raw, u)} is the most you could do by then, with no slack.)"
            if raw > safe
            else ""
        )
        cands.append(
            f"Less by the deadline: {_n(safe)} of the {req} by {_day(c, d)}, the other "
            f"{_amount(c.request - safe, u)} by {_day(c, c.promise_days)}.{most}"
        )
    cands.append(f"All {req} by {_day(c, c.promise_days)}: the honest date, with {_buffer(c)}.")
    move = _up(c.total - c.per_day * d / c.safety)
    if c.committed and 0 < move <= c.committed:
        cands.append(
            f"Move {_amount(move, u)} of work already promised to others (only if those "
            f"clients agree), then all {req} by {_day(c, d)}."
        )
    if d > 0:
        need = c.total * c.safety / d
        extra = _up(need - c.per_day)
        if hours:
            rush = (
                f"A rush, only if you choose to and at a rush price: about {_n(extra)} extra "
                f"hours of project work every working day until {_day(c, d)} (overtime)."
            )
        else:
            rush = (
                f"A rush, only if you choose to and at a rush price: {_amount(_up(need), u)} "
                f"a day instead of your usual {_n(c.per_day)} until {_day(c, d)}."
            )
        if need > _RUSH_WARN * c.per_day:
            rush += (
                f" That is {_n(round(100 * (need / c.per_day - 1)))}% above your pace: "
                "quality and the rest of your week would pay for it."
            )
        cands.append(rush)
    instal = _down(c.per_day / c.safety)
    cands.append(
        f"In instalments: about {_amount(instal, u)} each working day, all by "
        f"{_day(c, c.promise_days)}."
    )
    return tuple(cands[:3])


def _explanation(c: CapacityCheck, cal: WorkCalendar | None) -> str:
    u = c.unit
    if c.focus is not None:
        pace = (
            f"Pace: {_n(c.hours_per_week)} h a week ÷ {c.days_per_week} days × {_n(c.focus)} "
            f"focus (an assumption: the rest goes to email, admin and meetings) = "
            f"{_amount(c.per_day, u)} of project work a working day."
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
        f"; ÷ {_n(c.per_day)} a day = {_n(round(c.days_needed, 2))} working days, so working "
        f"day {c.earliest_days} at the earliest."
    )
    promise = (
        f"Honest promise: × {_n(c.safety)} safety buffer (an assumption) = "
        f"{_n(round(c.days_needed * c.safety, 2))} → working day {c.promise_days}."
    )
    parts = [pace, work, promise]
    if c.deadline_days is not None:
        d = c.deadline_days
        committed = f" − {_n(c.committed)}" if c.committed else ""
        room = c.per_day * d - c.committed
        safe = _down(c.safe_by_deadline or 0.0)
        if room <= 0:
            # never print a negative amount: say that the commitments fill the time
            text = (
                f"By the deadline (working day {d}): {_n(c.per_day)} × {d} = "
                f"{_n(c.per_day * d)}, all taken by the {_n(c.committed)} already promised:"
                " no room for new work."
            )
        else:
            if room < c.request:
                fit = f"{_amount(room, u)} of the new work at full pace"
            else:
                fit = f"{_n(room)}: enough for all {_amount(c.request, u)}"
            text = (
                f"By the deadline (working day {d}): {_n(c.per_day)} × {d}{committed} = {fit}; "
                f"{_n(safe)} with the buffer kept."
            )
        parts.append(text)
    if cal is not None:
        n = len(cal.holidays)
        holidays = "no holidays" if n == 0 else f"{n} holiday" + ("s" if n > 1 else "")
        parts.append(
            f"Dates count working days {_day_ranges(cal.workdays)}, {holidays}, "
            f"from {_fmt_date(cal.start)}."
        )
    return " ".join(parts)


def _assumptions(
    derived: bool, focus: float, hpw: float, dpw: int, pace: float, unit: str, safety: float
) -> dict[str, tuple[Any, str]]:
    out: dict[str, tuple[Any, str]] = {}
    if derived:
        out["hours_per_week"] = (hpw, "the paid hours you choose to work in a week")
        out["days_per_week"] = (dpw, "the days you work in a week")
        out["focus"] = (
            focus,
            "share of paid hours that goes to project work (the rest is email, admin, "
            "meetings); 0.7 is a rule of thumb, not a measurement: check your time log",
        )
    else:
        out["per_day"] = (
            pace,
            f"your sustainable pace in {unit} per working day, best taken from past weeks; "
            "no focus factor is applied to it",
        )
    out["safety"] = (
        safety,
        "extra time an honest promise allows because work rarely goes exactly to plan "
        "(1.25 = 25%, as in Scenario.quote_safety); name it to the client, never hide it",
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
