"""Outside view: published reference classes beside the team's own estimate."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectlib.calendar import WorkCalendar
from expectlib.errors import InputError
from expectlib.outside import (
    REFERENCE_CLASSES,
    OutsideView,
    ReferenceClass,
    compare_views,
    outside_view,
)

LITTLE = REFERENCE_CLASSES["little_2006"]
FLYVBJERG = REFERENCE_CLASSES["flyvbjerg_budzier_2011"]
BUEHLER = REFERENCE_CLASSES["buehler_1994"]


class DummyForecast:
    """The least a forecast needs for compare_views: .quantile(q)."""

    def quantile(self, q):
        return {0.5: 52.0, 0.8: 70.0}[q]


# ---------------------------------------------------------------- the published figures


def test_reference_classes_hold_exactly_the_published_figures():
    """The ratios are the figures from the three sources, nothing else."""
    assert set(REFERENCE_CLASSES) == {"little_2006", "flyvbjerg_budzier_2011", "buehler_1994"}
    assert (LITTLE.p50_ratio, LITTLE.p80_ratio, LITTLE.mean_ratio) == (1.79, 2.62, None)
    assert (FLYVBJERG.p50_ratio, FLYVBJERG.p80_ratio, FLYVBJERG.mean_ratio) == (None, None, 1.27)
    assert FLYVBJERG.tail_share == pytest.approx(1 / 6)
    assert FLYVBJERG.tail_ratio == 3.0
    assert (BUEHLER.p50_ratio, BUEHLER.p80_ratio) == (None, None)
    assert BUEHLER.mean_ratio == pytest.approx(55.5 / 33.9)
    assert round(BUEHLER.mean_ratio, 2) == 1.64


@pytest.mark.parametrize("ref", list(REFERENCE_CLASSES.values()), ids=list(REFERENCE_CLASSES))
def test_every_reference_class_cites_its_source_and_states_assumptions(ref):
    """Each class names its source (with year and journal) and says what is assumed."""
    assert ref.name in REFERENCE_CLASSES
    year = ref.name.rsplit("_", 1)[1]
    assert f"({year})" in ref.source
    assert f"({year})" in ref.cite
    assert any(j in ref.source for j in ("IEEE Software", "Harvard Business Review", "Personality"))
    assert ref.assumption.startswith("Assumed: ")
    assert not ref.description.endswith(".")  # summary() adds the full stop


def test_little_lognormal_is_labelled_an_assumption():
    """Little's other percentiles come from a fitted lognormal, and the class says so."""
    assert LITTLE.assumption.startswith("Assumed: percentiles other than P50 and P80")
    assert "lognormal" in LITTLE.assumption
    assert LITTLE.is_published(0.5)
    assert LITTLE.is_published(0.8)
    assert not LITTLE.is_published(0.95)


def test_reference_classes_are_read_only():
    """The mapping and its entries cannot be changed by a lesson cell by accident."""
    with pytest.raises(TypeError):
        REFERENCE_CLASSES["mine"] = LITTLE  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        LITTLE.p50_ratio = 1.0  # type: ignore[misc]


# ---------------------------------------------------------------- outside_view


def test_outside_view_equals_published_ratios():
    """P50 and P80 are the inside hours times 1.79 and 2.62 exactly."""
    view = outside_view(40)
    assert isinstance(view, OutsideView)
    assert view.inside == 40.0
    assert view.reference is LITTLE
    assert list(view.quantiles) == [0.5, 0.8]
    assert view.quantiles[0.5] == pytest.approx(40 * 1.79)
    assert view.quantiles[0.8] == pytest.approx(40 * 2.62)
    assert view.mean is None


def test_outside_view_lognormal_percentiles():
    """Other percentiles follow the lognormal through the two published points."""
    view = outside_view(100, qs=(0.1, 0.5, 0.8, 0.95))
    sigma = math.log(2.62 / 1.79) / 0.8416212335729143
    assert view.quantiles[0.95] == pytest.approx(179 * math.exp(sigma * 1.6448536269514722))
    assert view.quantiles[0.1] == pytest.approx(100.2, abs=0.1)  # about the estimate itself


@settings(max_examples=200, deadline=None)
@given(
    hours=st.floats(min_value=0.1, max_value=1e6),
    qs=st.lists(st.floats(min_value=0.001, max_value=0.999), min_size=2, max_size=8, unique=True),
)
def test_outside_quantiles_are_monotone_and_proportional(hours, qs):
    """Higher probability never gives fewer hours, and hours scale with the estimate."""
    qs = sorted(qs)
    view = outside_view(hours, qs=qs)
    values = [view.quantiles[q] for q in qs]
    assert values == sorted(values)
    for q in qs:
        assert view.quantiles[q] == pytest.approx(hours * LITTLE.ratio(q))


def test_mean_only_sources_give_a_mean_and_no_percentiles():
    """Flyvbjerg & Budzier and Buehler et al. give averages; the view reports only those."""
    fb = outside_view(40, reference="flyvbjerg_budzier_2011")
    assert fb.quantiles == {}
    assert fb.mean == pytest.approx(50.8)
    bu = outside_view(33.9, reference="buehler_1994")
    assert bu.mean == pytest.approx(55.5)


def test_outside_view_quantile_method_feeds_the_calendar():
    """OutsideView has .quantile, so a calendar can date it like a forecast."""
    view = outside_view(12)
    table = WorkCalendar("2026-01-05", hours_per_day=6).dates(view, qs=(0.5, 0.8))
    assert table["effort"].tolist() == pytest.approx([12 * 1.79, 12 * 2.62])
    assert table["date"].iloc[0].date() == dt.date(2026, 1, 8)  # 21.48 h = 3.58 days → Thu


def test_summary_quotes_the_source():
    """summary() quotes the ratios, the hours and the full citation."""
    text = outside_view(40).summary()
    assert "Little (2006)" in text
    assert "×1.79" in text
    assert "×2.62" in text
    assert "72 h" in text
    assert "105 h" in text
    assert "IEEE Software, 23(3)" in text
    assert "assumed" not in text


def test_summary_flags_assumed_percentiles():
    """A percentile from the fitted curve is labelled an assumption in the sentence."""
    text = outside_view(40, qs=(0.5, 0.95)).summary()
    assert "P95 assumed from a lognormal" in text


def test_summary_for_mean_only_sources():
    """Mean-only sources say so and quote their tail where they have one."""
    fb = outside_view(40, reference="flyvbjerg_budzier_2011").summary()
    assert "27% on average" in fb
    assert "one in six" in fb
    assert "120 h" in fb
    assert "no percentiles" in fb
    assert "Harvard Business Review, 89(9)" in fb
    bu = outside_view(40, reference="buehler_1994").summary()
    assert "33.9 days" in bu
    assert "55.5 days" in bu
    assert "Journal of Personality and Social Psychology, 67(3)" in bu


def test_custom_reference_class():
    """A team's own reference class can be passed in place of a name."""
    mine = ReferenceClass(
        "ours", "our sites took ×1.3 at the median", p50_ratio=1.3, source="Our log", cite="Us"
    )
    view = outside_view(10, reference=mine)
    assert view.quantiles == {0.5: pytest.approx(13.0)}
    assert "in Us, our sites" in view.summary()
    with pytest.raises(InputError, match=r"^qs: .*Us gives only a median"):
        outside_view(10, reference=mine, qs=(0.8,))


# ---------------------------------------------------------------- compare_views


def test_compare_views_with_a_number():
    """A plain estimate is the inside view at every column; outside is scaled by Little."""
    table = compare_views(40)
    assert isinstance(table, pd.DataFrame)
    assert list(table.index) == ["inside", "outside"]
    assert list(table.columns) == ["P50", "P80", "mean"]
    assert table.loc["inside"].tolist() == [40.0, 40.0, 40.0]
    assert table.loc["outside", "P50"] == pytest.approx(71.6)
    assert table.loc["outside", "P80"] == pytest.approx(104.8)
    assert math.isnan(table.loc["outside", "mean"])
    assert table.attrs["basis"] == "plain estimate"
    assert "Little" in table.attrs["source"]


def test_compare_views_accepts_a_dummy_forecast():
    """An object with only .quantile works; the outside view scales its P50."""
    table = compare_views(DummyForecast())
    assert table.loc["inside", "P50"] == 52.0
    assert table.loc["inside", "P80"] == 70.0
    assert math.isnan(table.loc["inside", "mean"])
    assert table.loc["outside", "P50"] == pytest.approx(52 * 1.79)
    assert table.attrs["basis"].startswith("P50 of the forecast")


def test_compare_views_uses_naive_total_and_mean_when_present():
    """With naive_total (the plain sum people quote) the outside view scales that."""

    class WithTotal(DummyForecast):
        naive_total = 40.0

        def mean(self):
            return np.float64(55.0)

    table = compare_views(WithTotal())
    assert table.loc["inside", "mean"] == 55.0
    assert table.loc["outside", "P80"] == pytest.approx(40 * 2.62)
    assert table.attrs["base_hours"] == 40.0


def test_compare_views_with_the_real_forecast():
    """A real Forecast from expectlib.estimate works and uses its naive_total."""
    estimate = pytest.importorskip("expectlib.estimate")
    f = estimate.forecast([estimate.ThreePoint(low=2, likely=4, high=12)] * 5, rng=1)
    table = compare_views(f)
    assert table.loc["outside", "P50"] == pytest.approx(f.naive_total * 1.79)
    assert table.loc["inside", "P50"] == pytest.approx(f.quantile(0.5))


def test_compare_views_mean_only_source():
    """For a mean-only source the outside P50/P80 are NaN and the mean is filled."""
    table = compare_views(40, reference="buehler_1994")
    assert math.isnan(table.loc["outside", "P50"])
    assert math.isnan(table.loc["outside", "P80"])
    assert table.loc["outside", "mean"] == pytest.approx(40 * 55.5 / 33.9)


# ---------------------------------------------------------------- invalid input


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        ((0,), {}, r"^inside_hours: got 0; use a number greater than zero"),
        ((-5,), {}, r"^inside_hours: got -5"),
        ((float("nan"),), {}, r"^inside_hours: got nan; use a finite number"),
        (("forty",), {}, r"^inside_hours: got 'forty'"),
        ((DummyForecast(),), {}, r"^inside_hours: .*expected a number"),
        ((40,), {"reference": "little"}, r"^reference: got 'little'; choose one of"),
        ((40,), {"reference": None}, r"^reference: got None"),
        ((40,), {"qs": (0.5, 1.2)}, r"^qs: got 1.2; use a probability"),
        ((40,), {"qs": (0,)}, r"^qs: got 0; use a probability"),
        ((40,), {"qs": 0.8}, r"^qs: got 0.8; pass a list"),
        (
            (40,),
            {"reference": "buehler_1994", "qs": (0.5,)},
            r"^qs: .*Buehler, Griffin & Ross \(1994\) gives an average, not percentiles",
        ),
        (
            (40,),
            {"reference": "flyvbjerg_budzier_2011", "qs": (0.8,)},
            r"^qs: .*little_2006",
        ),
    ],
)
def test_invalid_outside_view_input_raises_input_error(args, kwargs, match):
    """Every bad argument to outside_view raises InputError naming it."""
    with pytest.raises(InputError, match=match):
        outside_view(*args, **kwargs)


def test_ratio_refuses_bad_probabilities_and_missing_quantiles():
    """ReferenceClass.ratio names q when it is not a probability or the source has none."""
    with pytest.raises(InputError, match=r"^q: got 1; use a probability"):
        LITTLE.ratio(1)
    with pytest.raises(InputError, match=r"^q: got 0.5; Flyvbjerg & Budzier \(2011\) gives an"):
        FLYVBJERG.ratio(0.5)
    with pytest.raises(InputError, match=r"^q: "):
        outside_view(40, reference="buehler_1994").quantile(0.5)


@pytest.mark.parametrize(
    ("inside", "reference", "match"),
    [
        (0, "little_2006", r"^inside: got 0; use a number greater than zero"),
        ("", "little_2006", r"^inside: got ''; this field is empty"),
        ([40, 50], "little_2006", r"^inside: got \[40, 50\]; expected a number"),
        (40, "nope", r"^reference: got 'nope'; choose one of 'little_2006'"),
    ],
)
def test_invalid_compare_views_input_raises_input_error(inside, reference, match):
    """compare_views names the bad argument."""
    with pytest.raises(InputError, match=match):
        compare_views(inside, reference=reference)


def test_compare_views_refuses_broken_forecasts():
    """A forecast whose numbers are unusable is refused with the attribute named."""

    class NoTotal(DummyForecast):
        naive_total = 0

    class BadQuantile:
        def quantile(self, q):
            return float("nan")

    with pytest.raises(InputError, match=r"^inside.naive_total: got 0"):
        compare_views(NoTotal())
    with pytest.raises(InputError, match=r"^inside.quantile\(0.5\): got nan"):
        compare_views(BadQuantile())


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"name": ""}, r"^name: got ''; this field cannot be empty"),
        ({"description": None}, r"^description: "),
        ({"source": ""}, r"^source: "),
        ({"p50_ratio": -1}, r"^p50_ratio: got -1; use a number greater than zero"),
        ({"p50_ratio": None, "p80_ratio": None}, r"^p50_ratio: got None; give at least"),
        ({"p50_ratio": None, "p80_ratio": 2.0, "mean_ratio": 1.5}, r"^p80_ratio: .*needs a median"),
        ({"p80_ratio": 1.0}, r"^p80_ratio: got 1.0; must be at least the median \(1.5\)"),
        ({"mean_ratio": float("nan")}, r"^mean_ratio: got nan"),
        ({"tail_share": 1.5}, r"^tail_share: got 1.5; use a probability"),
        ({"tail_ratio": 0}, r"^tail_ratio: got 0"),
    ],
)
def test_invalid_reference_class_raises_input_error(kwargs, match):
    """A hand-made ReferenceClass is validated field by field."""
    args = {"name": "x", "description": "y", "p50_ratio": 1.5, "source": "z", **kwargs}
    with pytest.raises(InputError, match=match):
        ReferenceClass(**args)
