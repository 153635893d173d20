"""capacity_check: what can honestly be promised, by when, and the options to offer."""

from __future__ import annotations

import datetime as dt
import json
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import expectlib
from expectlib.calendar import WorkCalendar
from expectlib.capacity import VERDICTS, CapacityCheck, capacity_check, plot_capacity
from expectlib.errors import InputError

MONDAY = dt.date(2026, 1, 5)


def writer(**overrides) -> CapacityCheck:
    """The lesson's classic case: 1,000 words a day, three 1,000-word articles, two days."""
    kwargs = {"per_day": 1000, "unit": "words", "deadline_days": 2, **overrides}
    return capacity_check(3000, **kwargs)


def numbers_in(text: str) -> set[float]:
    """Every number written in ``text`` ("3,000" -> 3000.0, "5.6" -> 5.6)."""
    return {float(m.replace(",", "")) for m in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


# ---------------------------------------------------------------------- the classic case


def test_writer_cannot_promise_three_articles_in_two_days():
    """3,000 words at 1,000 a day: not possible in 2 days; 2,000 words are; 3 days at best."""
    c = writer()
    assert c.possible is False
    assert c.fits is False
    assert c.verdict == "does_not_fit"
    assert c.deliverable_by_deadline == 2000
    assert c.short_by == 1000
    assert c.earliest_days == 3
    assert c.days_needed == 3.0
    assert c.promise_days == 4  # ceil(3 × 1.25)
    assert c.safe_by_deadline == pytest.approx(1600)  # 2 days × 1,000 / 1.25
    assert "3,000 words" in c.headline and "working day 4" in c.headline


def test_writer_options_quote_the_real_numbers():
    """The options are 2–3 "yes, if…" offers that quote this case's amounts and days."""
    c = writer()
    assert 2 <= len(c.options) <= 3
    text = " ".join(c.options)
    assert "1,600 of the 3,000 words by working day 2" in c.options[0]
    assert "the most you could finish by then is 2,000 words" in c.options[0].lower()
    assert c.options[1].startswith("All 3,000 words by working day 4")
    assert "rush" in c.options[2].lower() and "1,500 words a working day" in c.options[2]
    assert {1600, 1400, 2000, 3000, 1500, 4, 2} <= numbers_in(text)


def test_numbers_in_text_have_thousands_separators():
    """Big amounts are written 12,000 in the headline, options and explanation."""
    c = capacity_check(12000, per_day=1500, unit="words", deadline_days=5)
    for text in (c.headline, c.explanation, *c.options):
        assert "12000" not in text and "1500" not in text
    assert "12,000 words" in c.headline
    assert "1,500" in c.explanation


# ---------------------------------------------------------------------- hours and focus


def test_hours_case_derives_the_pace_from_focus():
    """Hours: per_day = hours_per_week / days_per_week × focus, and focus is an assumption."""
    c = capacity_check(20, hours_per_week=40, days_per_week=5, focus=0.7)
    assert c.per_day == pytest.approx(5.6)
    assert c.focus == 0.7 and c.hours_per_week == 40
    assert c.days_needed == pytest.approx(20 / 5.6)
    assert c.earliest_days == 4 and c.promise_days == 5  # 3.57 -> 4; 4.46 -> 5
    value, why = c.assumptions["focus"]
    assert value == 0.7 and "email" in why
    assert "focus (an assumption" in c.explanation
    assert "40 h a week ÷ 5 days × 0.7 focus" in c.explanation


def test_long_weeks_count_productive_hours_on_the_overtime_curve():
    """80 h a week do not give 80 h of output: the pace uses simulate.effective_hours.

    Regression: 80 h a week said "11.2 hours of project work a day… Fits", ignoring the
    overtime curve the lesson teaches (Pencavel 2015).
    """
    from expectlib.simulate import effective_hours

    c = capacity_check(10, hours_per_week=80, focus=0.7, deadline_days=5)
    assert c.productive_hours_per_week == pytest.approx(effective_hours(80)) == 56
    assert c.per_day == pytest.approx(56 / 5 * 0.7)
    assert c.per_day < 80 / 5 * 0.7
    assert "80 h a week give about 56 productive hours" in c.explanation
    assert "Pencavel 2015" in c.explanation
    assert "56 productive hours" in c.assumptions["hours_per_week"][1]
    assert "Pencavel 2015" in c.assumptions["max_hours_per_week"][1]
    week = capacity_check(40, hours_per_week=80, deadline_days=5)
    assert week.verdict == "does_not_fit"  # at 11.2 h a day it would have "fitted"


@pytest.mark.parametrize("hours", [20, 40, 48])
def test_up_to_48_hours_every_hour_counts(hours):
    """Up to 48 h a week the curve is the identity: pace and text as before."""
    c = capacity_check(20, hours_per_week=hours)
    assert c.productive_hours_per_week == hours
    assert c.per_day == pytest.approx(hours / 5 * 0.7)
    assert "productive hours" not in c.explanation
    assert "max_hours_per_week" not in c.assumptions


def test_more_hours_never_lower_the_pace():
    """Past 64 h a week more hours add nothing, but never take anything away."""
    paces = [capacity_check(10, hours_per_week=h).per_day for h in (40, 48, 56, 64, 80, 120)]
    assert paces == sorted(paces)
    assert paces[-1] == paces[-2] == paces[-3]


def test_lower_focus_means_a_later_promise():
    """Changing the focus assumption changes the answer (it is not decoration)."""
    high = capacity_check(30, focus=1.0)
    low = capacity_check(30, focus=0.5)
    assert low.per_day == pytest.approx(high.per_day / 2)
    assert low.promise_days > high.promise_days


def test_focus_is_not_applied_to_a_measured_pace():
    """A words-a-day limit is a real pace: focus does not shrink it and is not listed."""
    c = writer(focus=0.5)
    assert c.per_day == 1000
    assert c.focus is None and c.hours_per_week is None
    assert "focus" not in c.assumptions and "per_day" in c.assumptions
    assert "no focus factor" in c.explanation


def test_hour_units_are_recognised_case_insensitively():
    """Units "h", "Hours", "HRS" all derive the pace from hours a week."""
    for unit in ("h", "Hours", "HRS"):
        assert capacity_check(10, unit=unit).per_day == pytest.approx(5.6)


def test_percent_focus_is_read():
    """focus="70%" is 0.7."""
    assert capacity_check(10, focus="70%").focus == pytest.approx(0.7)


# ---------------------------------------------------------------------- committed work


def test_committed_work_is_done_first_and_pushes_the_dates():
    """Work already promised comes first: same request, later earliest and promise dates."""
    free = writer(start=MONDAY)
    busy = writer(start=MONDAY, committed=1000)
    assert busy.days_needed == free.days_needed + 1
    assert busy.earliest_date > free.earliest_date
    assert busy.promise_date > free.promise_date
    assert busy.deliverable_by_deadline == 1000  # 2 × 1,000 − 1,000
    assert free.earliest_date == dt.date(2026, 1, 7)  # Mon, Tue, Wed
    assert busy.earliest_date == dt.date(2026, 1, 8)
    assert "1,000 words already promised" in busy.headline


def test_moving_commitments_is_offered_when_it_would_be_enough():
    """With 10 h committed and 20 h new in 5 days, moving 7.6 h makes it fit with the buffer."""
    c = capacity_check(20, committed=10, deadline_days=5)
    move = next(o for o in c.options if o.startswith("Move"))
    assert "Move 7.6 hours" in move and "working day 5" in move
    again = capacity_check(20, committed=10 - 7.6, deadline_days=5)
    assert again.fits


def test_committed_work_filling_the_deadline_leaves_nothing():
    """Committed work beyond the deadline: none of the new work fits by then."""
    c = writer(committed=5000)
    assert c.deliverable_by_deadline == 0 and c.short_by == 3000
    assert "no room for new work" in c.explanation
    assert 2 <= len(c.options) <= 3


# ---------------------------------------------------------------------- verdicts


def test_fits_uses_the_honest_promise_and_possible_the_earliest():
    """3 days of work by day 3: possible, but not with the buffer ("tight")."""
    c = writer(deadline_days=3)
    assert (c.possible, c.fits, c.verdict) == (True, False, "tight")
    assert c.short_by == 0 and c.deliverable_by_deadline == 3000
    assert "no room for the 25% buffer" in c.headline


def test_no_buffer_fits_exactly():
    """safety=1.0 is allowed: the promise is the earliest day and 3 days fit 3 days."""
    c = writer(deadline_days=3, safety=1.0)
    assert c.fits and c.possible and c.verdict == "fits"
    assert c.promise_days == c.earliest_days == 3
    assert "no buffer" in c.headline
    assert 2 <= len(c.options) <= 3


def test_fits_with_room_offers_the_promise_first():
    """When it fits, the first option is the promise and the spare room is quoted."""
    c = writer(deadline_days=10)
    assert c.verdict == "fits"
    assert c.options[0].startswith("Yes: promise all 3,000 words by working day 4")
    room = next(o for o in c.options if o.startswith("Room left"))
    assert "5,000 words" in room  # 10 × 1,000 / 1.25 − 3,000


def test_without_a_deadline_there_is_no_verdict_but_a_promise():
    """No deadline: fits/possible None, deadline fields None, a promise and options."""
    c = writer(deadline_days=None)
    assert c.verdict == "no_deadline" and c.verdict in VERDICTS
    assert c.fits is None and c.possible is None
    assert c.deliverable_by_deadline is None and c.short_by is None and c.deadline_date is None
    assert c.promise_days == 4
    assert 2 <= len(c.options) <= 3 and "working day 4" in c.options[0]


def test_deadline_today_leaves_no_working_day():
    """deadline_days=0: nothing can be delivered; its date is the start date."""
    c = writer(deadline_days=0, start=MONDAY)
    assert c.deliverable_by_deadline == 0 and not c.possible
    assert c.deadline_date == MONDAY
    assert 2 <= len(c.options) <= 3


# ---------------------------------------------------------------------- dates


def test_without_a_start_only_days_are_reported():
    """start=None and no calendar: every date is None and the text says "working day"."""
    c = writer()
    assert (c.start, c.earliest_date, c.promise_date, c.deadline_date) == (None,) * 4
    assert "Dates count" not in c.explanation


def test_dates_count_working_days_from_the_start():
    """From Friday 2 Jan 2026: working day 1 is Fri, day 2 Mon, day 4 Wed."""
    c = writer(start="2026-01-02")
    assert c.deadline_date == dt.date(2026, 1, 5)
    assert c.earliest_date == dt.date(2026, 1, 6)
    assert c.promise_date == dt.date(2026, 1, 7)
    assert "Wed 7 Jan 2026" in c.headline


def test_a_holiday_in_the_calendar_moves_the_dates():
    """With Tue 6 Jan off, every date from day 2 on moves one working day later."""
    plain = writer(calendar=WorkCalendar(MONDAY))
    holiday = writer(calendar=WorkCalendar(MONDAY, holidays=["2026-01-06"]))
    assert plain.deadline_date == dt.date(2026, 1, 6)
    assert holiday.deadline_date == dt.date(2026, 1, 7)
    assert holiday.promise_date == dt.date(2026, 1, 9)  # Mon, Wed, Thu, Fri
    assert "1 holiday" in holiday.explanation


def test_start_overrides_the_calendar_start_and_workdays_follow_days_per_week():
    """start wins over the calendar's; without a calendar, days_per_week sets the weekdays."""
    cal = WorkCalendar("2026-03-02", workdays="Mon-Thu")
    c = capacity_check(20, days_per_week=4, calendar=cal, start=MONDAY)
    assert c.start == MONDAY
    assert capacity_check(20, days_per_week=4, calendar=cal).start == dt.date(2026, 3, 2)
    six = capacity_check(6000, per_day=1000, unit="words", days_per_week=6, start=MONDAY)
    assert six.earliest_date == dt.date(2026, 1, 10)  # Mon…Sat


# ---------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"request": 0}, r"^request: got 0; use a number greater than zero"),
        ({"request": -5}, r"^request: got -5; use a number greater than zero"),
        ({"request": float("nan")}, r"^request: got nan; use a finite number"),
        ({"request": "lots"}, r"^request: got 'lots'; type a plain number"),
        ({"request": "3,000"}, r"^request: got '3,000'; is that 3000 or 3\.000\?"),
        ({"request": 1e9}, r"^request: .*over 100,000 working days"),
        ({"per_day": 1e-9, "unit": "words"}, r"^per_day: got 1e-09; at that pace a single word"),
        ({"committed": 1e12}, r"^committed: got 1000000000000\.0; that much work"),
        ({"hours_per_week": 1e-9}, r"^hours_per_week: got 1e-09; at that many hours a week"),
        ({"focus": 1e-12}, r"^focus: got 1e-12; with that focus"),
        ({"deadline_days": "soon"}, r"^deadline_days: got 'soon'; use a whole number .*such as 4"),
        ({"per_day": 0}, r"^per_day: got 0; use a number greater than zero"),
        ({"per_day": -1000}, r"^per_day: got -1000; use a number greater than zero"),
        ({"per_day": None, "unit": "words"}, r"^per_day: got None; .*pace in words per"),
        ({"focus": 0}, r"^focus: got 0; use the share of paid hours"),
        ({"focus": 1.2}, r"^focus: got 1\.2; use the share of paid hours"),
        ({"focus": float("nan")}, r"^focus: got nan; use the share"),
        ({"focus": "120%"}, r"^focus: got '120%'; use the share"),
        ({"committed": -1}, r"^committed: got -1; use zero or a positive number"),
        ({"committed": float("nan")}, r"^committed: got nan; use a finite number"),
        ({"safety": 0.9}, r"^safety: got 0\.9; use a buffer of at least 1"),
        ({"safety": float("nan")}, r"^safety: got nan; use a buffer of at least 1"),
        ({"safety": 25}, r"^safety: got 25; a buffer over 5× looks like a typo"),
        ({"deadline_days": -1}, r"^deadline_days: got -1; use a whole number of working days"),
        ({"deadline_days": 2.5}, r"^deadline_days: got 2\.5; use a whole number"),
        ({"days_per_week": 0}, r"^days_per_week: got 0; use a whole number of at least 1"),
        ({"days_per_week": 8}, r"^days_per_week: got 8; use a whole number from 1 to 7"),
        ({"days_per_week": 4.5}, r"^days_per_week: got 4\.5; use a whole number"),
        ({"hours_per_week": 200}, r"^hours_per_week: got 200; a week has 168 hours"),
        ({"hours_per_week": 0}, r"^hours_per_week: got 0; use a number greater than zero"),
        ({"hours_per_week": 150, "days_per_week": 5}, r"^hours_per_week: .*a day has 24 hours"),
        ({"unit": ""}, r"^unit: got ''; this field cannot be empty"),
        ({"unit": 5}, r"^unit: got 5; use text"),
        ({"start": "next monday"}, r"^start: got 'next monday'; use a date such as"),
        ({"calendar": "Mon-Fri"}, r"^calendar: got 'str'; pass an expectlib\.calendar\.WorkCal"),
    ],
)
def test_bad_inputs_raise_input_error_naming_the_field(kwargs, match):
    """Every bad value raises InputError with the field, the value and the fix."""
    args = {"request": 10, **kwargs}
    request = args.pop("request")
    with pytest.raises(InputError, match=match):
        capacity_check(request, **args)


def test_calendar_with_its_own_load_is_refused():
    """A calendar's existing_load_hours would be counted twice or not at all: refused."""
    cal = WorkCalendar(MONDAY, existing_load_hours=6)
    with pytest.raises(InputError, match=r"^calendar\.existing_load_hours: got 6\.0; give work"):
        capacity_check(10, calendar=cal)


def test_calendar_workdays_must_match_days_per_week_for_hours():
    """Hours a day come from days_per_week, so a Mon–Thu calendar needs days_per_week=4."""
    cal = WorkCalendar(MONDAY, workdays="Mon-Thu")
    with pytest.raises(InputError, match=r"^days_per_week: got 5; .*use days_per_week=4"):
        capacity_check(10, calendar=cal)
    assert capacity_check(10, calendar=cal, days_per_week=4).per_day == pytest.approx(7.0)
    assert writer(calendar=cal).deadline_date == dt.date(2026, 1, 6)  # measured pace: no check


def test_typed_numbers_follow_the_package_rules():
    """Typed "2,5" is 2.5 and "3 000" is 3000; the ambiguous "3,000" is refused, not guessed."""
    assert capacity_check("2,5").request == 2.5
    assert capacity_check("3 000", per_day="1000", unit="words").request == 3000
    with pytest.raises(InputError, match="is that 3000 or 3.000"):
        capacity_check("3,000", per_day=1000, unit="words")


# ---------------------------------------------------------------------- properties


@settings(max_examples=150, deadline=None)
@given(
    a=st.floats(0.01, 5_000),
    b=st.floats(0.01, 5_000),
    committed=st.floats(0, 5_000),
    extra=st.floats(0, 5_000),
    per_day=st.floats(1, 2_000),
    safety=st.floats(1, 3),
    deadline=st.none() | st.integers(0, 60),
)
def test_days_needed_grow_with_request_and_committed(
    a, b, committed, extra, per_day, safety, deadline
):
    """More new work or more committed work never gives an earlier day or a better verdict."""
    small, big = sorted((a, b))
    kw = {"per_day": per_day, "safety": safety, "deadline_days": deadline, "unit": "pages"}
    lo = capacity_check(small, committed=committed, **kw)
    hi = capacity_check(big, committed=committed, **kw)
    busier = capacity_check(small, committed=committed + extra, **kw)
    for more in (hi, busier):
        assert more.days_needed >= lo.days_needed
        assert more.earliest_days >= lo.earliest_days
        assert more.promise_days >= lo.promise_days >= lo.earliest_days
        if deadline is not None:
            assert not (more.fits and not lo.fits)
            assert not (more.possible and not lo.possible)
    assert lo.days_needed == pytest.approx((committed + small) / per_day)
    if deadline is not None:
        assert lo.deliverable_by_deadline + lo.short_by == pytest.approx(small)
        assert 0 <= lo.safe_by_deadline <= lo.deliverable_by_deadline <= small
    assert 2 <= len(lo.options) <= 3


@settings(max_examples=60, deadline=None)
@given(
    request=st.integers(1, 50_000),
    per_day=st.integers(50, 5_000),
    deadline=st.integers(1, 40),
    committed=st.integers(0, 20_000),
)
def test_options_always_quote_the_promise_day(request, per_day, deadline, committed):
    """Whatever the case, one option names the honest promise day and the full request."""
    c = capacity_check(
        request, per_day=per_day, unit="words", deadline_days=deadline, committed=committed
    )
    assert 2 <= len(c.options) <= 3
    assert any(f"working day {c.promise_days:,}" in o for o in c.options)
    amount = "1 word" if request == 1 else f"{request:,} words"
    assert any(amount in o for o in c.options)


# ---------------------------------------------------------------------- output


def test_summary_and_to_dict():
    """summary() is plain text with the options; to_dict() is JSON-ready with ISO dates."""
    c = writer(start=MONDAY, committed=500)
    text = c.summary()
    assert text.startswith(c.headline)
    assert all(o in text for o in c.options)
    assert "Assumptions" in text and "Safety buffer = 1.25" in text
    data = json.loads(json.dumps(c.to_dict()))
    assert data["promise_date"] == c.promise_date.isoformat()
    assert data["verdict"] == "does_not_fit"
    assert data["assumptions"]["safety"]["value"] == 1.25
    assert isinstance(data["options"], list) and len(data["options"]) == len(c.options)


def test_result_is_frozen():
    """A CapacityCheck cannot be changed after the fact."""
    c = writer()
    with pytest.raises(AttributeError):
        c.fits = True  # type: ignore[misc]


def test_plot_capacity_draws_on_the_given_axes():
    """The timeline goes on the Axes passed in, with the deadline and the promise marked."""
    from matplotlib.figure import Figure

    ax = Figure().add_subplot()
    c = writer(committed=500)
    assert plot_capacity(c, ax=ax) is ax
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["already promised", "new work", "buffer", "deadline (day 2)",
                      "promise (day 5)"]  # fmt: skip
    xs = sorted(line.get_xdata()[0] for line in ax.get_lines())
    assert xs == [2, 5]
    widths = [p.get_width() for p in ax.patches]
    assert widths[:2] == pytest.approx([0.5, 3.0])
    assert widths[2] == pytest.approx(3.5 * 0.25)


def test_plot_capacity_refuses_other_objects():
    """A plain dict is not a CapacityCheck; a string is not an Axes."""
    with pytest.raises(InputError, match=r"^check: got 'dict'"):
        plot_capacity({"fits": True})
    with pytest.raises(InputError, match=r"^ax: got 'str'"):
        plot_capacity(writer(), ax="axes")


def test_lazy_exports():
    """expectlib.capacity_check and expectlib.CapacityCheck are the capacity module's."""
    assert expectlib.capacity_check is capacity_check
    assert expectlib.CapacityCheck is CapacityCheck
    assert not math.isnan(expectlib.capacity_check(1).days_needed)


# ---------------------------------------------------------------------- rush


BUSY_WEEK = {"hours_per_week": 40, "focus": 0.7, "committed": 40, "deadline_days": 5,
             "start": "2026-11-23"}  # fmt: skip


def test_writer_rush_is_the_pace_for_the_work_with_no_buffer():
    """3,000 words in 2 days is 1,500 a day (not 1,875: a rush has no buffer, and says so)."""
    c = writer()
    assert c.rush_per_day == 1500 and c.rush_possible is True
    rush = next(o for o in c.options if "rush" in o.lower())
    assert "1,500 words a working day instead of your usual 1,000 (50% more)" in rush
    assert "no buffer" in rush
    assert "1,875" not in c.summary()
    assert "Rush limit = 1.6× your usual pace" in c.summary()


def test_rush_covers_the_committed_work_too():
    """With 100 words already promised the rush does 3,100 words in 2 days: 1,550 a day."""
    c = writer(committed=100)
    assert c.rush_per_day == 1550
    rush = next(o for o in c.options if "rush" in o.lower())
    assert "(and the 100 words already promised)" in rush and "1,550 words" in rush
    assert writer(committed=500).rush_possible is False  # 1,750 a day: over 1.6× the pace


def test_an_impossible_hours_rush_is_not_offered():
    """The lesson's busy week needs 14 h of project work a day (100 paid h a week): no rush."""
    c = capacity_check(30, **BUSY_WEEK)
    assert c.rush_per_day == pytest.approx(14) and c.rush_possible is False
    assert c.rush_hours_per_week is None
    assert not any("rush" in o.lower() or "extra hours" in o for o in c.options)
    assert "not even overtime would make it" in c.headline
    assert "14 hours of project work a day, i.e. 100 hours a week" in c.explanation
    assert "not possible by the deadline even with overtime" in c.explanation
    assert "Overtime limit = 64 paid hours a week" in c.summary()
    assert 2 <= len(c.options) <= 3


def test_the_busy_week_offers_something_else():
    """Instead of a rush: the honest date, and this request first if the others can wait."""
    c = capacity_check(30, **BUSY_WEEK)
    assert c.options[0].startswith("All 30 hours by working day 16 (Mon 14 Dec 2026)")
    first = next(o for o in c.options if o.startswith("Put this request first"))
    assert "22.4 of the 30 hours by working day 5 (Fri 27 Nov 2026)" in first  # 28 ÷ 1.25
    assert "all 30 hours by working day 7 (Tue 1 Dec 2026)" in first  # 30 ÷ 5.6 × 1.25


def test_a_possible_hours_rush_quotes_paid_hours_on_the_overtime_curve():
    """36 h in 5 days: 7.2 h of project work a day; 51.4 h of output take about 52 paid hours."""
    from expectlib.simulate import effective_hours

    c = capacity_check(36, deadline_days=5)
    assert c.rush_possible is True
    assert effective_hours(c.rush_hours_per_week) == pytest.approx(36 / 5 / 0.7 * 5)
    assert 51.4 < c.rush_hours_per_week <= 52
    rush = next(o for o in c.options if "rush" in o.lower())
    assert "7.2 hours of project work a working day" in rush
    assert "about 52 paid hours a week at 70% focus" in rush


def test_a_measured_rush_above_the_limit_is_not_offered():
    """5 posts in a day at 3 a day is 1.67× the pace: over the 1.6× limit, so not offered."""
    c = capacity_check(5, per_day=3, unit="posts", deadline_days=1)
    assert c.rush_possible is False
    assert not any("rush" in o.lower() for o in c.options)
    assert "not even overtime" in c.headline
    assert c.assumptions["rush_limit"][0] == 1.6
    assert capacity_check(8, per_day=5, unit="posts", deadline_days=1).rush_possible  # 1.6×


def test_tight_offers_no_buffer_rather_than_a_rush():
    """Possible at the usual pace but not with the buffer: no rush, a no-buffer option."""
    c = writer(deadline_days=3)
    assert c.rush_per_day is None and c.rush_possible is None
    assert not any("rush" in o.lower() for o in c.options)
    assert any(o.startswith("No buffer: all 3,000 words by working day 3") for o in c.options)


@settings(max_examples=150, deadline=None)
@given(
    request=st.floats(0.5, 400),
    committed=st.floats(0, 200),
    hours=st.floats(5, 60),
    days=st.integers(1, 7),
    focus=st.floats(0.3, 1),
    deadline=st.integers(1, 30),
)
def test_an_offered_hours_rush_is_within_the_overtime_limit(
    request, committed, hours, days, focus, deadline
):
    """Whenever a rush is offered, its paid hours give the output needed and are at most 64."""
    from expectlib.simulate import effective_hours

    if hours / days > 24:
        return
    c = capacity_check(
        request, committed=committed, hours_per_week=hours, days_per_week=days, focus=focus,
        deadline_days=deadline,
    )  # fmt: skip
    offered = any(o.startswith("A rush") for o in c.options)
    if c.rush_possible:
        assert 0 < c.rush_hours_per_week <= 64
        need = c.total / deadline / focus * days
        assert effective_hours(c.rush_hours_per_week) == pytest.approx(need, rel=1e-6)
    else:
        assert not offered
    if offered:
        assert c.verdict == "does_not_fit"


# ---------------------------------------------------------------------- instalments


def test_instalments_start_when_the_committed_work_is_done():
    """40 h already promised at 5.6 h a day end on working day 8: the new work starts there."""
    c = capacity_check(30, **BUSY_WEEK)
    instal = next(o for o in c.options if "instalments" in o)
    assert instal.startswith("In instalments, starting on working day 8 (Wed 2 Dec 2026)")
    assert "once the 40 hours already promised are done" in instal
    assert "about 4.4 hours of the new work each working day" in instal  # 5.6 ÷ 1.25
    assert "the first part by working day 10" in instal  # (40 + 4.4) ÷ 5.6 × 1.25 = 9.9
    assert "all 30 hours by working day 16" in instal
    assert 4.4 * (16 - 8 + 1) >= 30  # the daily instalments do deliver it all by the promise


def test_instalments_are_offered_only_when_they_differ_from_the_honest_date():
    """Every option says something different: instalments bring a first part forward.

    Regression: lesson 03's busy week offered "all 30 hours by working day 16" twice,
    once as the honest date and once "in instalments".
    """
    c = capacity_check(30, **BUSY_WEEK)
    instal = next(o for o in c.options if "instalments" in o)
    first = int(re.search(r"the first part by working day (\d+)", instal).group(1))
    assert first < c.promise_days
    one_day = capacity_check(4, hours_per_week=40, deadline_days=0)  # 4 h: one delivery
    assert not any("instalments" in o for o in one_day.options)


@given(
    request=st.floats(0.5, 200),
    committed=st.floats(0, 200),
    deadline=st.integers(0, 30),
)
@settings(max_examples=150, deadline=None)
def test_options_are_distinct(request, committed, deadline):
    """No two options say the same thing (property over many hour cases)."""
    c = capacity_check(request, committed=committed, deadline_days=deadline)
    assert len(set(c.options)) == len(c.options)
    for o in c.options:
        if "instalments" in o:
            first = int(re.search(r"the first (?:part )?by working day ([\d,]+)", o).group(1))
            assert first < c.promise_days


def test_countable_instalments_deliver_items_as_they_are_done():
    """Whole items: each one as soon as it is done, not "0.8 articles each working day"."""
    c = capacity_check(3, per_day=1, unit="articles", deadline_days=0)
    instal = next(o for o in c.options if "instalments" in o)
    assert "each article as soon as it is done" in instal
    assert "the first by working day 2 and all 3 articles by working day 4" in instal
    assert "0.8" not in instal


# ---------------------------------------------------------------------- countable units


def test_countable_amounts_are_whole_items():
    """3 articles at 1 a day in 2 days: 1 article with the buffer kept (not 1.6), 2 at most."""
    c = capacity_check(3, per_day=1, unit="articles", deadline_days=2)
    assert c.countable is True
    assert c.safe_by_deadline == 1 and c.deliverable_by_deadline == 2 and c.short_by == 1
    assert "1 of the 3 articles by working day 2, the rest (2 articles)" in c.options[0]
    assert "3 articles at 1 article a working day need 3 working days" in c.headline
    text = c.summary()
    assert "1.6 of" not in text and "1.4 articles" not in text
    assert not re.search(r"\b1 (articles|working days)\b", text)


@pytest.mark.parametrize(
    ("unit", "countable"),
    [
        ("articles", True), ("blog posts", True), ("designs", True), ("videos", True),
        ("hours", False), ("h", False), ("words", False), ("characters", False),
        ("pages", False), ("minutes of video", False), ("copy", False),
    ],
)  # fmt: skip
def test_countable_is_inferred_from_the_unit(unit, countable):
    """Time units, lengths of text and mass nouns are measures; other units are items."""
    kw = {} if unit in ("hours", "h") else {"per_day": 1}
    assert capacity_check(3, unit=unit, **kw).countable is countable


def test_countable_can_be_set_explicitly():
    """countable=True rounds pages down to whole pages; a non-bool is refused."""
    pages = capacity_check(3, per_day=1, unit="pages", deadline_days=2)
    assert pages.safe_by_deadline == pytest.approx(1.6)
    whole = capacity_check(3, per_day=1, unit="pages", deadline_days=2, countable=True)
    assert whole.safe_by_deadline == 1 and whole.countable
    with pytest.raises(InputError, match=r"^countable: got 'yes'; use True for whole items"):
        capacity_check(3, per_day=1, unit="pages", countable="yes")


def test_units_are_inflected_for_one_and_many():
    """ "1 article", "3 articles" whether typed singular or plural; "1 hour", "1 story"."""
    typed_singular = capacity_check(3, per_day=1, unit="article")
    assert "all 3 articles" in typed_singular.headline
    assert "1 article a working day" in typed_singular.explanation
    assert "the 1 hour" in capacity_check(1).headline
    assert "the 1 story" in capacity_check(1, per_day=2, unit="stories").headline
    assert (
        "1 blog post a working day" in capacity_check(2, per_day=1, unit="blog posts").explanation
    )


# ---------------------------------------------------------------------- edge texts


def test_deadline_zero_says_no_working_day_is_left():
    """deadline_days=0 without committed work never says "taken by the 0 already promised"."""
    c = writer(deadline_days=0)
    assert "already promised" not in c.explanation
    assert "The deadline is day 0: no working day is left before it" in c.explanation
    assert "day 0 (no working day left)" in c.headline


def test_one_day_and_one_working_day_are_singular():
    """ "÷ 1 day", "over 1 day", "need 1 working day": no "1 days"."""
    c = capacity_check(3, hours_per_week=8, days_per_week=1)
    assert "8 h a week ÷ 1 day × 0.7" in c.explanation
    with pytest.raises(InputError, match=r"h a day over 1 day; a day has 24 hours"):
        capacity_check(3, hours_per_week=30, days_per_week=1)
    short = capacity_check(3, per_day=5, unit="words", deadline_days=0)
    assert "need 1 working day;" in short.headline
    assert not re.search(r"\b1 (days|working days)\b", short.summary())


def test_a_deadline_beyond_ten_years_is_refused():
    """1e9 working days is a typo: refused with a plain fix; 10 years of working days is fine."""
    with pytest.raises(
        InputError,
        match=r"^deadline_days: got 1000000000\.0; that is more than 10 years of working days "
        r"\(2,609 at 5 days a week\); check the number, or leave it empty for no deadline",
    ):
        capacity_check(10, deadline_days=1e9)
    assert capacity_check(10, deadline_days=2609).fits
    with pytest.raises(InputError, match=r"\(522 at 1 day a week\)"):
        capacity_check(10, days_per_week=1, hours_per_week=8, deadline_days=523)


def test_the_deadline_hint_suggests_only_what_is_accepted():
    """The deadline's hint never suggests a fraction it would then refuse (was "4 or 2.5")."""
    for typed in ("soon", "2.5", "-1"):
        with pytest.raises(InputError) as info:
            capacity_check(10, deadline_days=typed)
        assert "2.5" not in info.value.fix and "whole number" in info.value.fix


def test_too_much_work_names_the_value_that_is_wrong():
    """Over 100,000 working days: blame the pace, the commitments or the request, not "0 a day".

    Regression: pace 1e-9 and 1e12 already promised were both reported on the request,
    "at 0 words a day".
    """
    for kwargs, field in (
        ({"per_day": 1e-9}, "per_day"),
        ({"per_day": 1000, "committed": 1e12}, "committed"),
        ({"per_day": 1000, "committed": 5e7, "request": 5e7}, "request"),
    ):
        args = {"request": 3000, "unit": "words", **kwargs}
        with pytest.raises(InputError) as info:
            capacity_check(args.pop("request"), **args)
        assert info.value.field == field
        assert " 0 words" not in info.value.fix


def test_working_days_have_thousands_separators():
    """A far promise reads "working day 53,572", never "working day 53572"."""
    c = capacity_check(300000, hours_per_week=40)
    for text in (c.headline, c.explanation, *c.options):
        assert not re.search(r"working day \d{4,}", text), text
    assert f"working day {c.promise_days:,}" in c.headline


def test_fix_texts_are_plain_words():
    """The fix part of a message says what to type, not code ("use None", "per_day=")."""
    for kwargs in ({"deadline_days": -1}, {"per_day": None, "unit": "words"}):
        with pytest.raises(InputError) as info:
            capacity_check(10, **kwargs)
        assert "None" not in info.value.fix and "=" not in info.value.fix
        assert "_" not in info.value.fix
