"""The calibration game's pure logic: questions, scoring, validation, sampling."""

from __future__ import annotations

import math

import numpy as np
import pytest

from expectlib.errors import InputError
from expectlib.quiz import (
    CALIBRATION_QUESTIONS,
    TARGET,
    UNTRAINED_BASELINE,
    parse_interval,
    pick_questions,
    score_intervals,
)


def test_twenty_questions_with_unit_source_and_unique_keys():
    """The bank holds 20 well-formed questions: text, positive answer, unit, source, unique key."""
    assert len(CALIBRATION_QUESTIONS) == 20
    assert len({q.key for q in CALIBRATION_QUESTIONS}) == 20
    for q in CALIBRATION_QUESTIONS:
        assert q.text.endswith("?"), q.key
        assert q.unit, q.key
        assert q.source, q.key
        assert math.isfinite(q.answer), q.key
        assert q.answer > 0, q.key


def test_known_answers_are_the_documented_ones():
    """Spot-check the facts the lesson quotes (Eiffel Tower 1889, Nile 6,650 km per Britannica)."""
    by_key = {q.key: q for q in CALIBRATION_QUESTIONS}
    assert by_key["eiffel"].answer == 1889
    assert by_key["nile"].answer == 6650
    assert "Britannica" in by_key["nile"].source


def test_great_circle_answers_match_the_stated_coordinates():
    """The two air distances are what the haversine formula gives for the coordinates cited."""

    def haversine(lat1, lon1, lat2, lon2, radius=6371.0):
        p1, p2 = math.radians(lat1), math.radians(lat2)
        dp, dl = p2 - p1, math.radians(lon2 - lon1)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * radius * math.asin(math.sqrt(a))

    by_key = {q.key: q for q in CALIBRATION_QUESTIONS}
    assert round(haversine(51.5074, -0.1278, 40.7128, -74.0060)) == by_key["london_ny"].answer
    assert round(haversine(48.8566, 2.3522, 35.6762, 139.6503)) == by_key["paris_tokyo"].answer


def test_score_counts_hits_with_inclusive_ends():
    """A range contains the truth when low <= truth <= high; the ends count as hits."""
    s = score_intervals([(1889, 1889), (1, 2), (6000, 7000)], [1889, 3, 6650])
    assert (s.hits, s.n, s.inside) == (2, 3, (True, False, True))
    assert s.hit_rate == pytest.approx(2 / 3)
    assert s.target == TARGET == 0.90
    assert s.baseline == UNTRAINED_BASELINE == (0.52, 0.55)


def test_relative_width_is_the_mean_width_over_truth():
    """mean_relative_width averages (high - low) / |truth| over the questions."""
    s = score_intervals([(0, 10), (90, 110)], [100, 100])
    assert s.mean_relative_width == pytest.approx((0.1 + 0.2) / 2)


def test_typed_strings_and_thousands_groups_are_read():
    """Answers typed in boxes are strings; "6,650" and "6 650" mean 6650."""
    assert parse_interval("6,650", "7 000") == (6650.0, 7000.0)
    assert parse_interval(" 1800 ", "1900.5") == (1800.0, 1900.5)
    assert parse_interval("2,5", "3") == (2.5, 3.0)  # the kit's comma decimal still works


def test_message_compares_with_target_and_untrained_baseline():
    """The message names the hit rate, the 90% target, the 52–55% baseline and Hubbard."""
    s = score_intervals([(0, 1)] * 3 + [(0, 10)] * 2, [5, 5, 5, 5, 5])
    assert "2 of 5" in s.message
    assert "40%" in s.message
    assert "90%" in s.message
    assert "52–55%" in s.message
    assert "Hubbard" in s.message
    assert "too narrow" in s.message
    assert "first signal" in s.message  # small samples are flagged


@pytest.mark.parametrize(
    ("hits", "phrase"),
    [(10, "On target"), (9, "On target"), (7, "Better than untrained"), (1, "Below even")],
)
def test_message_verdict_follows_the_rate(hits, phrase):
    """The verdict moves from 'below untrained' to 'on target' as the hit rate rises."""
    answers = [(0, 10)] * hits + [(0, 1)] * (10 - hits)
    s = score_intervals(answers, [5] * 10)
    assert phrase in s.message
    assert "first signal" not in s.message


def test_rate_inside_the_baseline_band_is_called_untrained():
    """A rate of 6 in 11 (55%) lands in the untrained band."""
    s = score_intervals([(0, 10)] * 6 + [(0, 1)] * 5, [5] * 11)
    assert "Just like untrained" in s.message


@pytest.mark.parametrize(
    ("answers", "match"),
    [
        ([("abc", 10)], r"answer 1 low: got 'abc'; type a plain number"),
        ([(1, "ten")], r"answer 1 high: got 'ten'"),
        ([(20, 10)], r"answer 1: got \(20, 10\); low is above high; swap"),
        ([(float("nan"), 10)], r"answer 1 low: got nan; use a finite number"),
        ([("", 10)], r"answer 1 low: got ''; this field is empty"),
        ([(1, 2, 3)], r"answer 1: got \(1, 2, 3\); give a pair"),
        (["1-2"], r"answer 1: got '1-2'; give a pair"),
    ],
)
def test_bad_answers_raise_input_error(answers, match):
    """Text, NaN, empty boxes, reversed ranges and non-pairs are refused with the fix."""
    with pytest.raises(InputError, match=match):
        score_intervals(answers, [5])


def test_length_mismatch_and_empty_lists_are_refused():
    """One range per truth; an empty quiz cannot be scored."""
    with pytest.raises(InputError, match=r"answers: got '1 ranges'; .* there are 2"):
        score_intervals([(1, 2)], [1, 2])
    with pytest.raises(InputError, match=r"answers: .*the list is empty"):
        score_intervals([], [])


def test_truths_may_be_questions():
    """score_intervals accepts CalibrationQuestion objects as the truths."""
    qs = CALIBRATION_QUESTIONS[:2]
    s = score_intervals([(q.answer - 1, q.answer + 1) for q in qs], qs)
    assert s.hits == 2


def test_pick_questions_is_seeded_and_without_repeats():
    """The same seed gives the same questions; a draw never repeats a question."""
    a = pick_questions(5, rng=7)
    b = pick_questions(5, rng=np.random.default_rng(7))
    assert a == b
    assert len({q.key for q in pick_questions(20, rng=1)}) == 20


@pytest.mark.parametrize(("n", "match"), [(0, "at least 1"), (21, "at most 20"), ("x", "n: got")])
def test_pick_questions_rejects_bad_counts(n, match):
    """n must be a whole number between 1 and the size of the bank."""
    with pytest.raises(InputError, match=match):
        pick_questions(n)
