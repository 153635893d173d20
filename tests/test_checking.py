"""Exercise feedback: check / hint / solution, outcomes as display objects, never a traceback."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from expectlib.checking import (
    Correct,
    Hint,
    Incorrect,
    Mistake,
    NotAttempted,
    Question,
    Solution,
    ____,
    check_date,
    check_function,
    check_number,
    check_share,
)


def p80_question():
    return Question(
        "q3",
        "p80",
        check_number(
            expected=60.0,
            rel=0.03,
            unit="h",
            mistakes=[Mistake(40.0, "That is the median (P50); read P80 instead.", rel=0.02)],
            many_tip="Did you forget `f.quantile(0.8)`?",
        ),
        hints=["P80 is enough in 80% of trials.", "Use `f.quantile(0.8)`."],
        solution="p80 = f.quantile(0.8)",
        success="80% of trials need no more.",
    )


def test_reference_answer_is_correct():
    """The reference value (and one within tolerance, and a NumPy float) passes."""
    q = p80_question()
    assert q.check(60.0) == Correct("80% of trials need no more.")
    assert isinstance(q.check(61.0), Correct)
    assert isinstance(q.check(np.float64(59.0)), Correct)


def test_placeholder_is_not_attempted():
    """Leaving ____ in place gives NotAttempted naming the variable."""
    outcome = p80_question().check(____)
    assert isinstance(outcome, NotAttempted)
    assert "Replace ____ in the line that sets `p80`" in outcome.message
    assert not outcome.passed


def test_known_wrong_answer_gets_its_own_message():
    """A recognised mistake (the median) is named, with a pointer to the hints."""
    outcome = p80_question().check(40.5)
    assert isinstance(outcome, Incorrect)
    assert outcome.message == (
        "That is the median (P50); read P80 instead. (Stuck? Try `q3.hint()`.)"
    )


def test_other_wrong_values_say_too_low_or_too_high():
    """An unrecognised wrong number names the variable, its value and the direction."""
    q = p80_question()
    assert q.check(50).message.startswith("`p80` = 50 h is too low.")
    assert q.check(300).message.startswith("`p80` = 300 h is too high.")


@pytest.mark.parametrize(
    ("value", "start"),
    [
        (
            np.arange(10_000.0),
            "`p80` holds 10,000 values (a NumPy array); it should be a number"
            " of hours. Did you forget `f.quantile(0.8)`?",
        ),
        (np.array([60.0]), "`p80` is a NumPy array holding one value; it should be the number"),
        (pd.Series([1.0, 2.0]), "`p80` holds 2 values (a pandas Series)"),
        ("60", "`p80` is text ('60'); it should be a number of hours. Remove the quotes"),
        (None, "`p80` is None. Did the cell print or display the value instead of assigning"),
        (True, "`p80` is True, a yes/no answer"),
        (float("nan"), "`p80` is NaN (not a number)"),
        (float("inf"), "`p80` is infinite"),
        (object(), "`p80` is an object; it should be a number of hours"),
    ],
)
def test_type_and_shape_are_checked_before_the_value(value, start):
    """Type, then shape, then value: each failure names the variable and the next step."""
    outcome = p80_question().check(value)
    assert isinstance(outcome, Incorrect)
    assert outcome.message.startswith(start)


def test_check_reads_the_callers_namespace_when_called_without_arguments():
    """q.check() looks the variable up where it was called; a missing one is NotAttempted."""
    q = p80_question()
    assert isinstance(q.check(), NotAttempted)
    assert "There is no `p80` yet" in q.check().message
    p80 = 60.0  # noqa: F841 - read by q.check() through the caller's frame
    assert isinstance(q.check(), Correct)


def test_hints_are_numbered_and_end_with_a_pointer_to_the_solution():
    """hint(1), hint(2) in order; past the last one: 'No further hints'."""
    q = p80_question()
    assert q.hint() == Hint("(1/2) P80 is enough in 80% of trials. (More: `q3.hint(2)`.)")
    assert q.hint(2).message == "(2/2) Use `f.quantile(0.8)`."
    assert q.hint(3).message == "No further hints. `q3.solution()` shows one way to do it."
    assert q.hint(0).message.startswith("No further hints")


def test_solution_is_a_display_object_with_the_code():
    """solution() returns the code; HTML shows it escaped in a <pre> block."""
    sol = p80_question().solution()
    assert isinstance(sol, Solution)
    assert repr(sol) == "Solution:\np80 = f.quantile(0.8)"
    assert "<pre" in sol._repr_html_()


def test_outcomes_render_as_html_and_text_with_escaping():
    """Every outcome has _repr_html_ and __repr__; markup in messages is escaped."""
    bad = Incorrect("`x` is <b>wrong</b>")
    assert repr(bad) == "Incorrect: `x` is <b>wrong</b>"
    html_text = bad._repr_html_()
    assert "<code>x</code>" in html_text
    assert "&lt;b&gt;wrong&lt;/b&gt;" in html_text
    assert repr(Correct()) == "Correct"
    assert "ex-correct" in Correct()._repr_html_()
    assert repr(____) == "____"
    assert f"{____:.0f} h" == "____ h"  # a formatted blank prints, it does not crash
    assert ____._repr_markdown_() == ""


def test_share_check_spots_percentages_counts_and_complements():
    """Shares must be in [0, 1]: 82 is a percentage, 8,200 a count; 0.18 the complement."""
    q = Question(
        "q2",
        "share",
        check_share(
            expected=0.82, mistakes=[Mistake(0.18, "That is the share at or below.", rel=0.1)]
        ),
    )
    assert isinstance(q.check(0.81), Correct)
    assert q.check(82).message.startswith("`share` = 82 looks like a percentage")
    assert q.check(8200).message.startswith("`share` = 8,200 looks like a count of trials")
    assert q.check(0.18).message.startswith("That is the share at or below.")
    assert q.check(-0.1).message.startswith("`share` = -0.1 is negative")


def test_date_check_accepts_dates_and_timestamps_and_explains_mistakes():
    """A date (or Timestamp/datetime64) is compared by day; text and numbers are refused."""
    q = Question(
        "q4",
        "finish",
        check_date(
            expected=dt.date(2025, 4, 3),
            mistakes=[Mistake(dt.date(2025, 4, 2), "You forgot the holiday.")],
        ),
    )
    assert isinstance(q.check(dt.date(2025, 4, 3)), Correct)
    assert isinstance(q.check(pd.Timestamp("2025-04-03")), Correct)
    assert isinstance(q.check(np.datetime64("2025-04-03")), Correct)
    assert q.check(dt.date(2025, 4, 2)).message.startswith("You forgot the holiday.")
    assert q.check(dt.date(2025, 4, 10)).message.startswith(
        "`finish` = 2025-04-10 is 7 calendar days too late."
    )
    assert q.check("2025-04-03").message.startswith("`finish` is text ('2025-04-03')")
    assert q.check(91).message.startswith("`finish` is an int; it should be a date")


def share_question():
    return Question(
        "q2",
        "share_above",
        check_function(
            [((np.array([1.0, 2.0, 3.0, 4.0]), 2.0), 0.5)],
            compare=lambda e: check_share(expected=e, abs_tol=1e-9),
            arg_names=("samples", "threshold"),
        ),
    )


def test_function_check_passes_a_right_function():
    """A correct function passes."""

    def share_above(samples, threshold):
        return float(np.mean(samples > threshold))

    assert isinstance(share_question().check(share_above), Correct)


def test_exception_in_the_learners_function_is_wrapped_with_the_call():
    """A crash inside the learner's function shows the call and the error, not a traceback."""

    def share_above(samples, threshold):
        return samples.total() / threshold

    outcome = share_question().check(share_above)
    assert isinstance(outcome, Incorrect)
    assert outcome.message.startswith(
        "When calling `share_above(samples=np.array([1.0, 2.0, 3.0, 4.0]), threshold=2.0)`, "
        "Python raised AttributeError: 'numpy.ndarray' object has no attribute 'total'."
    )


def test_function_returning_wrong_value_shows_expected_result():
    """A wrong result names the call and what it should return."""

    def share_above(samples, threshold):
        return float(np.mean(samples >= threshold))

    message = share_question().check(share_above).message
    assert "= 75% is too high" in message
    assert "It should return 0.5." in message


def test_function_still_returning_the_placeholder_is_not_attempted():
    """A stub that returns ____ counts as not attempted; a non-function is refused."""

    def share_above(samples, threshold):
        return ____

    assert isinstance(share_question().check(share_above), NotAttempted)
    assert (
        share_question()
        .check(3)
        .message.startswith(
            "`share_above` should be a function (`def share_above(...):`); it is an int."
        )
    )


def test_a_check_that_breaks_is_reported_not_raised():
    """Even a bug inside the expected value becomes an Incorrect message, never an exception."""

    def broken():
        raise RuntimeError("no data")

    q = Question("q9", "x", check_number(expected=broken))
    outcome = q.check(1.0)
    assert isinstance(outcome, Incorrect)
    assert "failed with RuntimeError: no data" in outcome.message
    assert "restart the kernel and run all cells" in outcome.message


def test_assert_helpers_for_self_testing_exercises():
    """assert_check_passed / assert_check_failed raise AssertionError on the wrong outcome."""
    q = p80_question()
    q.assert_check_passed(60.0)
    q.assert_check_failed(40.0, message="median")
    with pytest.raises(AssertionError, match="expected Correct"):
        q.assert_check_passed(40.0)
    with pytest.raises(AssertionError, match="expected Incorrect"):
        q.assert_check_failed(60.0)
    with pytest.raises(AssertionError, match="'mean' not in"):
        q.assert_check_failed(40.0, message="mean")
