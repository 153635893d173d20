"""WorkCalendar: effort hours become working days and dates."""

from __future__ import annotations

import datetime as dt
import math
import pickle
import time

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectlib.calendar import WorkCalendar
from expectlib.errors import InputError

MON = dt.date(2026, 1, 5)  # a Monday
SAT = dt.date(2026, 1, 3)

hours_st = st.floats(min_value=0, max_value=5_000, allow_nan=False, allow_infinity=False)
workdays_st = st.sets(st.integers(0, 6), min_size=1).map(lambda s: tuple(sorted(s)))
holidays_st = st.lists(
    st.dates(min_value=dt.date(2025, 12, 1), max_value=dt.date(2027, 12, 31)), max_size=20
)
calendar_st = st.builds(
    WorkCalendar,
    start=st.dates(min_value=dt.date(2025, 12, 1), max_value=dt.date(2026, 12, 31)),
    hours_per_day=st.floats(min_value=0.5, max_value=24),
    workdays=workdays_st,
    holidays=holidays_st,
    existing_load_hours=st.floats(min_value=0, max_value=200),
)


# ---------------------------------------------------------------- arithmetic


def test_twelve_hours_at_six_a_day_from_monday_ends_tuesday():
    """12 h at 6 h/day starting Monday fills Monday and Tuesday."""
    assert WorkCalendar(MON, hours_per_day=6).finish_date(12) == dt.date(2026, 1, 6)


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        (0, MON),
        (0.1, MON),
        (6, MON),
        (6.01, dt.date(2026, 1, 6)),
        (30, dt.date(2026, 1, 9)),  # five full days: Friday
        (30.5, dt.date(2026, 1, 12)),  # spills over the weekend to Monday
        (60, dt.date(2026, 1, 16)),
    ],
)
def test_finish_date_table(hours, expected):
    """Day boundaries: a full day ends that day, any extra spills into the next working day."""
    assert WorkCalendar(MON, hours_per_day=6).finish_date(hours) == expected


def test_float_sums_do_not_spill_into_an_extra_day():
    """0.1 + 0.2 style rounding noise does not push exact days into the next one."""
    cal = WorkCalendar(MON, hours_per_day=0.3)
    assert cal.finish_date(0.1 + 0.2) == MON
    assert cal.finish_date(sum([0.1] * 30)) == dt.date(2026, 1, 16)  # 3 h = 10 days


def test_zero_hours_on_a_weekend_start_gives_next_working_day():
    """Starting on Saturday, zero hours finish on the first working day (Monday)."""
    cal = WorkCalendar(SAT)
    assert cal.finish_date(0) == MON
    assert cal.first_working_day == MON


def test_work_on_start_day_counts():
    """The start day itself is a working day when it is one (no off-by-one)."""
    assert WorkCalendar("2026-01-07", hours_per_day=8).finish_date(8) == dt.date(2026, 1, 7)


def test_working_days_is_total_over_hours_per_day():
    """working_days = (existing load + hours) / hours per day, scalar and array."""
    cal = WorkCalendar(MON, hours_per_day=6, existing_load_hours=3)
    assert cal.working_days(9) == 2.0
    assert isinstance(cal.working_days(9), float)
    np.testing.assert_allclose(cal.working_days([0, 3, 9]), [0.5, 1.0, 2.0])


def test_existing_load_shifts_dates():
    """Hours already committed are done first, so the same work finishes later."""
    free = WorkCalendar(MON, hours_per_day=6)
    loaded = WorkCalendar(MON, hours_per_day=6, existing_load_hours=12)
    assert loaded.finish_date(6) == dt.date(2026, 1, 7)  # Mon, Tue on the load; Wed ours
    assert loaded.finish_date(6) == free.finish_date(18)
    assert loaded.finish_date(0) == dt.date(2026, 1, 6)  # the day the load is done


def test_weekends_and_holidays_skipped():
    """A holiday on Tuesday and the weekend are not worked."""
    cal = WorkCalendar(MON, hours_per_day=6, holidays=["2026-01-06"])
    assert cal.finish_date(12) == dt.date(2026, 1, 7)
    assert cal.finish_date(30) == dt.date(2026, 1, 12)


def test_custom_workdays_by_name():
    """A Mon/Wed/Fri week: 18 h at 6 h/day from Monday ends Friday; 24 h ends next Monday."""
    cal = WorkCalendar(MON, hours_per_day=6, workdays=("Mon", "wednesday", "FRI"))
    assert cal.workdays == (0, 2, 4)
    assert cal.finish_date(18) == dt.date(2026, 1, 9)
    assert cal.finish_date(24) == dt.date(2026, 1, 12)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Mon-Thu", (0, 1, 2, 3)),
        ("Mon–Wed, Fri", (0, 1, 2, 4)),
        ("sat sun", (5, 6)),
        ([4, 0, 0], (0, 4)),
        ((np.int64(2),), (2,)),
    ],
)
def test_workday_spellings(spec, expected):
    """Workdays accept ranges, names in any case, duplicates and numpy integers."""
    assert WorkCalendar(MON, workdays=spec).workdays == expected


def test_inputs_are_normalised():
    """Strings, datetimes and sets are stored as dates, floats and sorted tuples."""
    cal = WorkCalendar(
        dt.datetime(2026, 1, 5, 9, 30),
        hours_per_day="5,5",
        holidays={"2026-01-07", dt.date(2026, 1, 6), "2026-01-06"},
        existing_load_hours="2",
    )
    assert cal.start == MON
    assert cal.hours_per_day == 5.5
    assert cal.holidays == (dt.date(2026, 1, 6), dt.date(2026, 1, 7))
    assert cal.existing_load_hours == 2.0
    assert cal == WorkCalendar(
        "2026-01-05", 5.5, holidays="2026-01-06, 2026-01-07", existing_load_hours=2
    )
    assert WorkCalendar(pd.Timestamp("2026-01-05")).start == MON
    assert WorkCalendar(np.datetime64("2026-01-05")).start == MON


def test_calendar_is_frozen_hashable_and_picklable():
    """A value object: immutable, usable as a key, survives pickling, round-trips to_dict."""
    cal = WorkCalendar(MON, holidays=["2026-01-06"])
    with pytest.raises(AttributeError):
        cal.hours_per_day = 8  # type: ignore[misc]
    assert {cal: 1}[cal] == 1
    assert pickle.loads(pickle.dumps(cal)) == cal
    assert WorkCalendar.from_dict(cal.to_dict()) == cal


# ---------------------------------------------------------------- vectorised path


def test_finish_dates_matches_finish_date_and_keeps_shape():
    """The array path gives the same days as the scalar path, in the input's shape."""
    cal = WorkCalendar(MON, hours_per_day=6, holidays=["2026-01-09"])
    hours = np.array([[0, 5, 6, 7], [12, 30, 31, 100]])
    days = cal.finish_dates(hours)
    assert days.dtype == np.dtype("datetime64[D]")
    assert days.shape == hours.shape
    assert [d.item() for d in days.ravel()] == [cal.finish_date(h) for h in hours.ravel()]


def test_finish_dates_accepts_lists_series_and_typed_numbers():
    """Lists, pandas Series and typed numbers ("2,5") are accepted; empty gives empty."""
    cal = WorkCalendar(MON, hours_per_day=6)
    assert list(cal.finish_dates(pd.Series([1.0, 7.0]))) == list(cal.finish_dates([1, 7]))
    assert cal.finish_dates(["2,5", "7"])[1] == np.datetime64("2026-01-06")
    assert cal.finish_dates([]).shape == (0,)


def test_finish_dates_is_fast_for_monte_carlo_samples():
    """10,000 sampled totals become dates in well under 5 ms (best of several runs)."""
    cal = WorkCalendar(MON, hours_per_day=6, holidays=["2026-01-06", "2026-04-03"])
    hours = np.random.default_rng(0).lognormal(mean=4, sigma=1, size=10_000)
    cal.finish_dates(hours)  # warm up
    best = math.inf
    for _ in range(20):
        t0 = time.perf_counter()
        cal.finish_dates(hours)
        best = min(best, time.perf_counter() - t0)
    assert best < 0.005


# ---------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(cal=calendar_st, a=hours_st, b=hours_st)
def test_finish_dates_are_monotone_in_hours(cal, a, b):
    """More work never finishes earlier."""
    lo, hi = sorted((a, b))
    assert cal.finish_date(lo) <= cal.finish_date(hi)


@settings(max_examples=200, deadline=None)
@given(cal=calendar_st, hours=hours_st)
def test_finish_is_a_working_day_after_start(cal, hours):
    """The finish is never before the start, never a weekend day off, never a holiday."""
    day = cal.finish_date(hours)
    assert day >= cal.start
    assert day.weekday() in cal.workdays
    assert day not in cal.holidays


@settings(max_examples=200, deadline=None)
@given(cal=calendar_st, hours=hours_st)
def test_number_of_working_days_used_matches_hours(cal, hours):
    """Working days from the first working day to the finish, inclusive, = ceil(total / day)."""
    day = cal.finish_date(hours)
    used = np.busday_count(
        cal.first_working_day,
        day + dt.timedelta(days=1),
        weekmask=cal.weekmask,
        holidays=list(cal.holidays),
    )
    total_days = (hours + cal.existing_load_hours) / cal.hours_per_day
    assert used == max(1, math.ceil(total_days - 1e-9))


@settings(max_examples=100, deadline=None)
@given(cal=calendar_st, hours=st.lists(hours_st, min_size=1, max_size=30))
def test_vector_and_scalar_paths_agree(cal, hours):
    """finish_dates and finish_date give the same days."""
    assert [d.item() for d in cal.finish_dates(hours)] == [cal.finish_date(h) for h in hours]


# ---------------------------------------------------------------- dates table


class _FakeForecast:
    """Stands in for expectlib.estimate.Forecast: only .quantile and .unit."""

    unit = "h"

    def quantile(self, q):
        return {0.5: 12.0, 0.8: 20.0, 0.95: 31.0}[q]


def test_dates_table_from_a_forecast_like_object():
    """dates() uses .quantile(q) and returns probability, effort, working_days, date."""
    table = WorkCalendar(MON, hours_per_day=6).dates(_FakeForecast())
    assert list(table.columns) == ["probability", "effort", "working_days", "date"]
    assert table["probability"].tolist() == [0.5, 0.8, 0.95]
    assert table["effort"].tolist() == [12.0, 20.0, 31.0]
    assert table["working_days"].tolist() == pytest.approx([2.0, 20 / 6, 31 / 6])
    assert [d.date() for d in table["date"]] == [
        dt.date(2026, 1, 6),
        dt.date(2026, 1, 8),
        dt.date(2026, 1, 12),
    ]


def test_dates_table_from_a_plain_number():
    """A plain number of hours gives the same effort on every row."""
    table = WorkCalendar(MON, hours_per_day=6).dates(12, qs=[0.5, 0.9])
    assert table["effort"].tolist() == [12.0, 12.0]
    assert table["date"].nunique() == 1


def test_dates_with_the_real_forecast():
    """A real Forecast from expectlib.estimate gives dates in probability order."""
    estimate = pytest.importorskip("expectlib.estimate")
    f = estimate.forecast([estimate.ThreePoint(low=2, likely=4, high=12)] * 5, rng=1)
    table = WorkCalendar(MON).dates(f)
    assert table["date"].is_monotonic_increasing
    assert table["effort"].is_monotonic_increasing


def test_describe_sentence():
    """describe() names hours a day, the week, holidays and the start in plain words."""
    cal = WorkCalendar(MON, holidays=["2026-01-06", "2026-04-03"])
    assert (
        cal.describe() == "6 h a day on this project, Mon–Fri, 2 holidays, starting Mon 5 Jan 2026"
    )
    one = WorkCalendar(MON, 7.5, workdays=(0, 1, 2, 4), holidays=["2026-01-06"])
    assert one.describe().startswith("7.5 h a day on this project, Mon–Wed, Fri, 1 holiday,")
    assert (
        "after 10 h of work already committed"
        in WorkCalendar(MON, existing_load_hours=10).describe()
    )


# ---------------------------------------------------------------- invalid input


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"start": "5 Jan 2026"}, r"^start: got '5 Jan 2026'; use a date"),
        ({"start": None}, r"^start: got None"),
        ({"start": "2026-02-30"}, r"^start: "),
        ({"start": np.datetime64("NaT")}, r"^start: "),
        ({"hours_per_day": 0}, r"^hours_per_day: got 0; use a number greater than zero"),
        ({"hours_per_day": -3}, r"^hours_per_day: "),
        ({"hours_per_day": 24.5}, r"^hours_per_day: got 24.5; a day has at most 24 hours"),
        ({"hours_per_day": float("nan")}, r"^hours_per_day: got nan; use a finite number"),
        ({"hours_per_day": "six"}, r"^hours_per_day: "),
        ({"hours_per_day": True}, r"^hours_per_day: "),
        ({"workdays": ()}, r"^workdays: got \(\); at least one day a week"),
        ({"workdays": ""}, r"^workdays: "),
        ({"workdays": (7,)}, r"^workdays: got 7; use day names"),
        ({"workdays": ("Monkey",)}, r"^workdays: got 'Monkey'"),
        ({"workdays": (True,)}, r"^workdays: got True"),
        ({"workdays": "Fri-Mon"}, r"^workdays: .*write ranges forward"),
        ({"workdays": 5}, r"^workdays: got 5; pass a list"),
        ({"holidays": ["2026-13-01"]}, r"^holidays: got '2026-13-01'"),
        ({"holidays": [5]}, r"^holidays: got 5"),
        ({"holidays": 5}, r"^holidays: got 5; pass a list"),
        ({"existing_load_hours": -1}, r"^existing_load_hours: got -1; use zero or a positive"),
        ({"existing_load_hours": float("inf")}, r"^existing_load_hours: "),
        ({"existing_load_hours": float("nan")}, r"^existing_load_hours: "),
    ],
)
def test_invalid_calendar_fields_raise_input_error(kwargs, match):
    """Every bad constructor argument raises InputError naming its field."""
    args = {"start": MON, **kwargs}
    with pytest.raises(InputError, match=match):
        WorkCalendar(**args)


@pytest.mark.parametrize(
    ("hours", "match"),
    [
        (-1, r"^hours: got -1; use zero or a positive number"),
        (float("nan"), r"^hours: got nan; use a finite number"),
        (float("inf"), r"^hours: "),
        ("lots", r"^hours: got 'lots'; type a plain number"),
        (None, r"^hours: got None; expected a number"),
        (True, r"^hours: got True"),
    ],
)
def test_invalid_hours_raise_input_error(hours, match):
    """finish_date and working_days refuse hours that are not a finite number ≥ 0."""
    cal = WorkCalendar(MON)
    with pytest.raises(InputError, match=match):
        cal.finish_date(hours)
    with pytest.raises(InputError, match=match):
        cal.working_days(hours)


def test_absurd_hours_raise_input_error_before_dates_overflow():
    """A total beyond a million working days (a unit mix-up) is refused, not overflowed."""
    cal = WorkCalendar(MON)
    with pytest.raises(InputError, match=r"^hours: got 1000000000000.0; .*check the unit"):
        cal.finish_date(1e12)
    with pytest.raises(InputError, match=r"^hours: got 1000000000000.0; .*check the unit"):
        cal.finish_dates([1.0, 1e12])


@pytest.mark.parametrize(
    ("hours", "match"),
    [
        ([1.0, float("nan")], r"^hours: .*no NaN"),
        ([1.0, -2.0], r"^hours: .*cannot be negative"),
        ([True, False], r"^hours: .*not True/False"),
        (["3", "x"], r"^hours: got 'x'"),
    ],
)
def test_invalid_hour_arrays_raise_input_error(hours, match):
    """The vectorised path checks every value."""
    with pytest.raises(InputError, match=match):
        WorkCalendar(MON).finish_dates(hours)


def test_finish_date_refuses_an_array():
    """finish_date is for one number; arrays go to finish_dates."""
    with pytest.raises(InputError, match=r"^hours: .*expected a number"):
        WorkCalendar(MON).finish_date([1, 2])


@pytest.mark.parametrize(
    ("forecast", "qs", "match"),
    [
        (object(), (0.5,), r"^forecast: .*pass a number of hours or a forecast"),
        (-3, (0.5,), r"^forecast: got -3"),
        (_FakeForecast(), (0.5, 1.0), r"^qs: got 1.0; use a probability"),
        (_FakeForecast(), 0.5, r"^qs: got 0.5; pass a list"),
        (_FakeForecast(), (0.6,), r"^forecast: .*\.quantile\(0.6\) failed \(KeyError"),
    ],
)
def test_invalid_dates_arguments_raise_input_error(forecast, qs, match):
    """dates() names the bad argument: forecast or qs."""
    with pytest.raises(InputError, match=match):
        WorkCalendar(MON).dates(forecast, qs=qs)


def test_dates_refuses_a_forecast_not_in_hours():
    """A forecast in another unit (story points, days) cannot be put on an hours calendar."""

    class Points(_FakeForecast):
        unit = "points"

    with pytest.raises(
        InputError, match=r"^forecast.unit: got 'points'; the calendar counts hours"
    ):
        WorkCalendar(MON).dates(Points())


def test_dates_refuses_bad_quantile_values():
    """A .quantile that returns NaN, a negative or an array is refused with the q named."""

    class Bad:
        def __init__(self, value):
            self.value = value

        def quantile(self, q):
            return self.value

    with pytest.raises(InputError, match=r"^forecast.quantile\(0.5\): got nan"):
        WorkCalendar(MON).dates(Bad(float("nan")), qs=(0.5,))
    with pytest.raises(InputError, match=r"^forecast.quantile\(0.5\): got -1"):
        WorkCalendar(MON).dates(Bad(-1), qs=(0.5,))
    with pytest.raises(InputError, match=r"^forecast: .*must return one number"):
        WorkCalendar(MON).dates(Bad(np.array([1.0, 2.0])), qs=(0.5,))


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ("2026-01-05", r"^calendar: .*to_dict"),
        ({"start": "2026-01-05", "color": "red"}, r"^calendar: got \['color'\]"),
        ({"hours_per_day": 6}, r"^calendar: .*needs a 'start'"),
        ({"start": "2026-01-05", "hours_per_day": 0}, r"^hours_per_day: "),
    ],
)
def test_from_dict_validates(data, match):
    """from_dict refuses foreign dicts and re-validates every field."""
    with pytest.raises(InputError, match=match):
        WorkCalendar.from_dict(data)
