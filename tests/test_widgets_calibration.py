"""The calibration quiz widget: typing, scoring, inline errors, escaping (no kernel needed)."""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from expectlib.errors import InputError
from expectlib.quiz import CALIBRATION_QUESTIONS
from expectlib.widgets.calibration import calibration_quiz

BY_KEY = {q.key: q for q in CALIBRATION_QUESTIONS}


def _quiz(*keys):
    return calibration_quiz([BY_KEY[k] for k in keys])


def _type(quiz, answers):
    for row, (low, high) in zip(quiz.rows, answers, strict=True):
        row.low.value, row.high.value = low, high


def test_builds_a_vbox_with_one_row_per_question():
    """calibration_quiz returns a VBox (not displayed) with n rows, a button and a result area."""
    quiz = calibration_quiz(n=5, rng=2024)
    assert isinstance(quiz, widgets.VBox)
    assert len(quiz.rows) == 5
    assert len({r.question.key for r in quiz.rows}) == 5
    assert quiz.button.description == "Score me"
    assert quiz.result.value == ""
    assert quiz.score is None
    assert "90% sure" in quiz.rows[0].children[1].children[0].value


def test_same_seed_same_questions_and_group_game_size():
    """A seed makes the warm-up repeatable; n=15 gives the facilitator's group game."""
    a = calibration_quiz(n=5, rng=1)
    b = calibration_quiz(n=5, rng=1)
    assert [r.question for r in a.rows] == [r.question for r in b.rows]
    assert len(calibration_quiz(n=15, rng=0).rows) == 15


def test_scoring_shows_hits_rate_target_and_baseline():
    """Three of five ranges hit: the result shows 3 of 5, 60%, the 90% target and 52–55%."""
    quiz = _quiz("eiffel", "nile", "bones", "piano", "apollo")
    _type(
        quiz, [("1850", "1900"), ("6,000", "7,000"), ("150", "250"), ("50", "60"), ("1970", "1980")]
    )
    quiz.button.click()
    assert quiz.score is not None
    assert (quiz.score.hits, quiz.score.n) == (3, 5)
    text = quiz.result.value
    assert "<b>3 of 5</b>" in text
    assert "<b>60%</b>" in text
    assert "target 90%" in text
    assert "untrained 52–55%" in text
    assert "Hubbard" in text
    assert "ex-calibration-bar" in text
    assert "width:60%" in text
    assert "1889" in text
    assert "Britannica" in text
    assert all(not row.error.has_error for row in quiz.rows)


def test_perfect_small_quiz_is_on_target_but_flagged_as_small():
    """Five hits out of five: on target, with the small-sample caution."""
    quiz = _quiz("eiffel", "nile", "bones", "piano", "apollo")
    _type(
        quiz, [("1800", "2000"), ("1000", "10000"), ("100", "300"), ("50", "100"), ("1950", "1990")]
    )
    quiz.button.click()
    assert "<b>100%</b>" in quiz.result.value
    assert "On target" in quiz.result.value
    assert "first signal" in quiz.result.value


def test_bad_input_is_shown_inline_next_to_its_row_without_scoring():
    """Text, reversed ranges and empty boxes show red messages on their rows; no score."""
    quiz = _quiz("eiffel", "nile", "bones")
    _type(quiz, [("about 1900", "2000"), ("7000", "6000"), ("", "")])
    quiz.button.click()  # must not raise
    assert quiz.score is None
    assert quiz.rows[0].error.message.startswith("Q1 low: got 'about 1900'; type a plain number")
    assert quiz.rows[1].error.message == (
        "Q2: got ('7000', '6000'); low is above high; swap the two values"
    )
    assert "Q3 low: got ''; this field is empty" in quiz.rows[2].error.message
    assert "Fix the 3 marked rows" in quiz.result.value
    assert quiz.error.message == ""


def test_fixing_the_rows_clears_the_errors_and_scores():
    """After a failed attempt, correcting the boxes clears the messages and scores normally."""
    quiz = _quiz("eiffel", "nile")
    _type(quiz, [("x", "1900"), ("6000", "7000")])
    quiz.button.click()
    assert quiz.rows[0].error.has_error
    assert not quiz.rows[1].error.has_error
    assert "Fix the 1 marked row," in quiz.result.value
    quiz.rows[0].low.value = "1880"
    quiz.button.click()
    assert not quiz.rows[0].error.has_error
    assert quiz.score.hits == 2
    assert "<b>2 of 2</b>" in quiz.result.value


def test_nan_is_refused_inline():
    """'nan' typed in a box is not a number the quiz accepts."""
    quiz = _quiz("eiffel")
    _type(quiz, [("nan", "1900")])
    quiz.button.click()
    assert "Q1 low: got 'nan'" in quiz.rows[0].error.message


def test_user_text_is_escaped_in_html():
    """Typed markup appears escaped in the inline error, never as live HTML."""
    quiz = _quiz("eiffel")
    _type(quiz, [("<script>alert(1)</script>", "1900")])
    quiz.button.click()
    value = quiz.rows[0].error.value
    assert "<script>" not in value
    assert "&lt;script&gt;" in value


def test_unexpected_failure_becomes_one_sentence(monkeypatch):
    """A bug inside scoring shows a short message next to the button, not a traceback."""
    import expectlib.widgets.calibration as mod

    def boom(*_a, **_k):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(mod, "score_intervals", boom)
    quiz = _quiz("eiffel")
    _type(quiz, [("1800", "1900")])
    quiz.button.click()
    assert quiz.error.message.startswith("Something went wrong: RuntimeError: kaboom")


@pytest.mark.parametrize(
    ("questions", "match"),
    [
        ("eiffel", "questions: got 'eiffel'"),
        ([], "questions: got \\[\\]"),
        ([1], "questions: got 1"),
    ],
)
def test_bad_question_lists_are_refused(questions, match):
    """Only a non-empty list of CalibrationQuestion objects is accepted."""
    with pytest.raises(InputError, match=match):
        calibration_quiz(questions)


def test_bad_n_is_refused():
    """n must be between 1 and 20."""
    with pytest.raises(InputError, match="n: got 0"):
        calibration_quiz(n=0)
