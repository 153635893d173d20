"""Effort is not calendar time: turn hours of work into the dates a client can plan on.

A forecast says how many *hours of work* a project needs (P50, P80, …). A client asks
*when*. Between the two sit the hours a day actually available for this project, the
days that are worked, holidays, and the work already promised to others that has to be
done first. :class:`WorkCalendar` holds those facts and converts effort to dates::

    >>> cal = WorkCalendar("2026-01-05", hours_per_day=6)     # a Monday
    >>> cal.finish_date(12)                                   # two full days of work
    datetime.date(2026, 1, 6)
    >>> cal.describe()
    '6 h a day on this project, Mon–Fri, no holidays, starting Mon 5 Jan 2026'

The conversion is vectorised on :func:`numpy.busday_offset`, so a whole Monte Carlo
sample of totals (10,000 values) becomes dates in well under a millisecond.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from . import _validate as v
from .errors import InputError

__all__ = ["DAY_NAMES", "WorkCalendar"]

#: English short day names, Monday first (the index is :meth:`datetime.date.weekday`).
DAY_NAMES: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_HOUR_UNITS = frozenset({"h", "hr", "hrs", "hour", "hours"})

# Far beyond any real plan (about 4,000 years of five-day weeks); catches unit mix-ups
# such as minutes typed as hours before numpy's date range overflows.
_MAX_WORKING_DAYS = 1_000_000
# Tolerance when dividing hours into days, so 0.1 + 0.2 + … sums that are a hair above a
# whole number of days do not spill into the next day.
_EPS = 1e-9


@dataclass(frozen=True)
class WorkCalendar:
    """When the hours for this project are available.

    Parameters
    ----------
    start
        First day work on the project can happen: a :class:`datetime.date`, a
        :class:`datetime.datetime` (the time is dropped) or an ISO string ``"2026-01-05"``.
        If it is not a working day, work starts on the next working day.
    hours_per_day
        Hours a working day that go to *this project* (not the length of the whole day):
        meetings, email and other clients take the rest. More than 0, at most 24.
    workdays
        Days of the week that are worked: numbers (Monday = 0 … Sunday = 6) or names
        (``"Mon"``, ``"tuesday"``); a single string such as ``"Mon-Thu"`` or
        ``"Mon, Wed, Fri"`` also works. Stored as a sorted tuple of numbers.
    holidays
        Days off: dates or ISO strings (a single string may hold several, separated by
        commas). Stored as a sorted tuple of unique dates.
    existing_load_hours
        Hours of work already committed in these same hours, done before this project.

    Every value is checked; a bad one raises :class:`~expectlib.errors.InputError`
    naming the field::

        >>> WorkCalendar("2026-01-05", hours_per_day=30)
        Traceback (most recent call last):
        ...
        expectlib.errors.InputError: hours_per_day: got 30; a day has at most 24 hours; ...
        >>> WorkCalendar("2026-01-05", workdays=("Mon", "Wed")).workdays
        (0, 2)
    """

    start: _dt.date
    hours_per_day: float = 6.0
    workdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    holidays: tuple[_dt.date, ...] = ()
    existing_load_hours: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", _to_date("start", self.start))
        hpd = v.positive("hours_per_day", self.hours_per_day)
        if hpd > 24:
            raise InputError(
                "hours_per_day",
                self.hours_per_day,
                "a day has at most 24 hours; use the hours a day free for this project, e.g. 6",
            )
        object.__setattr__(self, "hours_per_day", hpd)
        object.__setattr__(self, "workdays", _to_workdays(self.workdays))
        object.__setattr__(self, "holidays", _to_holidays(self.holidays))
        load = v.non_negative("existing_load_hours", self.existing_load_hours)
        object.__setattr__(self, "existing_load_hours", load)

    # ------------------------------------------------------------------ derived facts
    @property
    def weekmask(self) -> str:
        """The numpy weekmask, Monday first: ``"1111100"`` for Mon–Fri."""
        return "".join("1" if d in self.workdays else "0" for d in range(7))

    @property
    def first_working_day(self) -> _dt.date:
        """``start`` itself if it is a working day, else the next working day.

        >>> WorkCalendar("2026-01-03").first_working_day   # a Saturday
        datetime.date(2026, 1, 5)
        """
        day = np.busday_offset(
            np.datetime64(self.start, "D"),
            0,
            roll="forward",
            weekmask=self.weekmask,
            holidays=self._holidays64(),
        )
        return day.item()

    # ------------------------------------------------------------------ conversions
    def working_days(self, hours: Any) -> Any:
        """Working days needed for the existing load plus ``hours`` of this project.

        A float for a single number, an array for an array. The finish date is the
        working day on which this count is reached (see :meth:`finish_date`).

        >>> WorkCalendar("2026-01-05", hours_per_day=6, existing_load_hours=3).working_days(12)
        2.5
        """
        arr, scalar = self._hours(hours)
        days = (arr + self.existing_load_hours) / self.hours_per_day
        return float(days) if scalar else days

    def finish_dates(self, hours: Any) -> np.ndarray:
        """Vectorised :meth:`finish_date`: an array of hours → ``datetime64[D]`` array.

        The result has the shape of the input; a 10,000-value Monte Carlo sample takes
        well under a millisecond.

        >>> cal = WorkCalendar("2026-01-02", hours_per_day=6)   # a Friday
        >>> cal.finish_dates([0, 6, 6.5, 12])
        array(['2026-01-02', '2026-01-02', '2026-01-05', '2026-01-05'],
              dtype='datetime64[D]')
        """
        arr, _ = self._hours(hours)
        total = arr + self.existing_load_hours
        # Day 1 is the first working day; the work that ends exactly at the end of a day
        # finishes that day. Zero hours finish on the first working day.
        offsets = np.maximum(np.ceil(total / self.hours_per_day - _EPS) - 1, 0)
        biggest = float(offsets.max()) if offsets.size else 0.0
        if biggest >= _MAX_WORKING_DAYS:
            raise InputError(
                "hours",
                hours if np.ndim(hours) == 0 else float(arr.max()),
                f"that is over {_MAX_WORKING_DAYS:,} working days; check the unit "
                "(hours of work, not minutes)",
            )
        return np.busday_offset(
            np.datetime64(self.start, "D"),
            offsets.astype(np.int64),
            roll="forward",
            weekmask=self.weekmask,
            holidays=self._holidays64(),
        )

    def finish_date(self, hours: Any) -> _dt.date:
        """The working day on which ``hours`` of work on this project are done.

        Work starts on ``start`` if that is a working day (that day counts in full), after
        ``existing_load_hours`` are done. Zero hours give the first working day.

        >>> cal = WorkCalendar("2026-01-05", hours_per_day=6)   # Monday
        >>> cal.finish_date(6), cal.finish_date(6.5), cal.finish_date(30)
        (datetime.date(2026, 1, 5), datetime.date(2026, 1, 6), datetime.date(2026, 1, 9))
        >>> cal.finish_date(31)                                 # the weekend is skipped
        datetime.date(2026, 1, 12)
        """
        v.non_negative("hours", hours)  # reject arrays, text and NaN with a clear message
        return self.finish_dates(hours).item()

    def dates(self, forecast: Any, qs: Iterable[float] = (0.5, 0.8, 0.95)) -> pd.DataFrame:
        """A table of dated quantiles: ``probability, effort, working_days, date``.

        ``forecast`` is anything with a ``.quantile(q)`` method returning hours
        (an :class:`expectlib.estimate.Forecast`, an outside view, …) or a plain number
        of hours (then every row has the same effort: a single number has no spread).

        >>> class Fake:                       # stands in for a Forecast
        ...     def quantile(self, q):
        ...         return {0.5: 12.0, 0.8: 20.0}[q]
        >>> cal = WorkCalendar("2026-01-05", hours_per_day=6)
        >>> cal.dates(Fake(), qs=(0.5, 0.8))
           probability  effort  working_days       date
        0          0.5    12.0      2.000000 2026-01-06
        1          0.8    20.0      3.333333 2026-01-08
        """
        probs = [v.probability("qs", q) for q in v.sequence("qs", qs)]
        efforts = np.array([effort_at(forecast, q) for q in probs], dtype=float)
        return pd.DataFrame(
            {
                "probability": probs,
                "effort": efforts,
                "working_days": self.working_days(efforts),
                "date": pd.to_datetime(self.finish_dates(efforts)),
            }
        )

    def describe(self) -> str:
        """One sentence a client can read.

        >>> WorkCalendar("2026-01-05", holidays=["2026-01-06", "2026-04-03"]).describe()
        '6 h a day on this project, Mon–Fri, 2 holidays, starting Mon 5 Jan 2026'
        >>> WorkCalendar("2026-01-03", 4.5, workdays="Mon,Wed,Fri", existing_load_hours=9
        ...              ).describe()     # doctest: +NORMALIZE_WHITESPACE
        '4.5 h a day on this project, Mon, Wed, Fri, no holidays, starting Sat 3 Jan 2026
         (first working day Mon 5 Jan 2026), after 9 h of work already committed'
        """
        n = len(self.holidays)
        holidays = "no holidays" if n == 0 else f"{n} holiday" + ("s" if n > 1 else "")
        text = (
            f"{_num(self.hours_per_day)} h a day on this project, {_day_ranges(self.workdays)}, "
            f"{holidays}, starting {_fmt_date(self.start)}"
        )
        first = self.first_working_day
        if first != self.start:
            text += f" (first working day {_fmt_date(first)})"
        if self.existing_load_hours:
            text += f", after {_num(self.existing_load_hours)} h of work already committed"
        return text

    # ------------------------------------------------------------------ persistence
    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields (dates as ISO strings); :meth:`from_dict` reverses it.

        >>> cal = WorkCalendar("2026-01-05", holidays=["2026-01-06"])
        >>> WorkCalendar.from_dict(cal.to_dict()) == cal
        True
        """
        return {
            "start": self.start.isoformat(),
            "hours_per_day": self.hours_per_day,
            "workdays": list(self.workdays),
            "holidays": [d.isoformat() for d in self.holidays],
            "existing_load_hours": self.existing_load_hours,
        }

    @classmethod
    def from_dict(cls, data: Any) -> WorkCalendar:
        """Rebuild a calendar from :meth:`to_dict` output (validated like the constructor)."""
        if not isinstance(data, dict):
            raise InputError("calendar", data, "pass the dict written by WorkCalendar.to_dict()")
        known = {"start", "hours_per_day", "workdays", "holidays", "existing_load_hours"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise InputError("calendar", unknown, f"use only the keys {sorted(known)}")
        if "start" not in data:
            raise InputError("calendar", data, "the dict needs a 'start' date")
        return cls(**data)

    # ------------------------------------------------------------------ internals
    def _holidays64(self) -> np.ndarray:
        return np.array(self.holidays, dtype="datetime64[D]")

    @staticmethod
    def _hours(hours: Any) -> tuple[np.ndarray, bool]:
        """Validate hours (a number or array-like of numbers ≥ 0) as a float array."""
        if np.ndim(hours) == 0:
            return np.asarray(v.non_negative("hours", hours), dtype=float), True
        raw = np.asarray(hours)
        if raw.dtype == bool:
            raise InputError("hours", hours, "pass numbers of hours, not True/False")
        if raw.dtype.kind in "iuf":
            arr = raw.astype(float, copy=False)
        else:
            arr = np.array([v.parse_number("hours", h) for h in raw.ravel().tolist()], dtype=float)
            arr = arr.reshape(raw.shape)
        if not np.isfinite(arr).all():
            raise InputError("hours", hours, "every value must be a finite number (no NaN)")
        if (arr < 0).any():
            raise InputError("hours", hours, "hours of work cannot be negative")
        return arr, False


# ---------------------------------------------------------------------- helpers


def effort_at(forecast: Any, q: float, field: str = "forecast") -> float:
    """Hours of work at probability ``q``: ``forecast.quantile(q)`` or a plain number.

    Duck-typed so that :class:`expectlib.estimate.Forecast`, an outside view or a test
    double all work. A forecast whose ``unit`` is not hours is refused, because the
    calendar counts hours a day.
    """
    if hasattr(forecast, "quantile"):
        unit = getattr(forecast, "unit", None)
        if unit is not None and str(unit).strip().lower() not in _HOUR_UNITS:
            raise InputError(
                f"{field}.unit",
                unit,
                "the calendar counts hours; build the forecast from a history in hours",
            )
        try:
            value = forecast.quantile(q)
        except InputError:
            raise
        except Exception as exc:
            raise InputError(
                field, forecast, f"its .quantile({q}) failed ({type(exc).__name__}: {exc})"
            ) from exc
        if np.ndim(value) != 0:
            raise InputError(field, value, f".quantile({q}) must return one number of hours")
        return v.non_negative(f"{field}.quantile({q})", np.asarray(value).item())
    if isinstance(forecast, str | int | float | np.number) and not isinstance(forecast, bool):
        return v.non_negative(field, forecast)
    raise InputError(
        field, forecast, "pass a number of hours or a forecast with a .quantile(q) method"
    )


def _to_date(field: str, value: Any) -> _dt.date:
    if isinstance(value, _dt.datetime):  # also pandas.Timestamp; check before date
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, np.datetime64) and not np.isnat(value):
        return value.astype("datetime64[D]").item()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InputError(field, value, "use a date such as 2026-01-05 (year-month-day)")


def _day_number(field: str, value: Any) -> int:
    if isinstance(value, int | np.integer) and not isinstance(value, bool) and 0 <= value <= 6:
        return int(value)
    if isinstance(value, str):
        key = value.strip()[:3].title()
        if len(value.strip()) >= 3 and key in DAY_NAMES:
            full = value.strip().lower()
            names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
            idx = DAY_NAMES.index(key)
            if names[idx].startswith(full):  # "Mon", "mond", "Monday"; not "Monkey"
                return idx
    raise InputError(field, value, "use day names Mon…Sun or numbers 0 (Monday) … 6 (Sunday)")


def _to_workdays(value: Any) -> tuple[int, ...]:
    if isinstance(value, str):
        items: list[Any] = []
        for token in re.split(r"[,\s;]+", value.strip()):
            if not token:
                continue
            if re.search(r"[-–]", token):
                lo, _, hi = re.split(r"([-–])", token, maxsplit=1)
                a, b = _day_number("workdays", lo), _day_number("workdays", hi)
                if b < a:
                    raise InputError("workdays", value, "write ranges forward, e.g. Mon-Fri")
                items.extend(range(a, b + 1))
            else:
                items.append(token)
    else:
        items = v.sequence("workdays", value, allow_empty=True)
    days = tuple(sorted({_day_number("workdays", d) for d in items}))
    if not days:
        raise InputError("workdays", value, "at least one day a week must be worked, e.g. Mon-Fri")
    return days


def _to_holidays(value: Any) -> tuple[_dt.date, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[Any] = [t for t in re.split(r"[,\s;]+", value.strip()) if t]
    elif isinstance(value, _dt.date | np.datetime64):
        items = [value]
    else:
        if isinstance(value, Iterable) and not isinstance(value, bytes | dict):
            value = list(value)  # sets and frozensets are fine here
        items = v.sequence("holidays", value, allow_empty=True)
    return tuple(sorted({_to_date("holidays", d) for d in items}))


def _num(x: float) -> str:
    return f"{x:g}"


def _fmt_date(d: _dt.date) -> str:
    return f"{DAY_NAMES[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


def _day_ranges(days: tuple[int, ...]) -> str:
    """(0,1,2,3,4) -> "Mon–Fri"; (0,2,4) -> "Mon, Wed, Fri"; (0,1,2,4) -> "Mon–Wed, Fri"."""
    runs: list[list[int]] = []
    for d in days:
        if runs and d == runs[-1][-1] + 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{DAY_NAMES[run[0]]}–{DAY_NAMES[run[-1]]}")
        else:
            parts.extend(DAY_NAMES[d] for d in run)
    return ", ".join(parts)
