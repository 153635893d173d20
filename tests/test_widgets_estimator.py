"""The estimator widget, driven from Python: no kernel, no browser.

Each test builds the app (autosave into ``tmp_path``), sets control values the way a
learner would, and reads back the dated P80, the inline messages and the autosave.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re

import ipywidgets as widgets
import numpy as np
import pandas as pd
import pytest

from expectlib.errors import InputError
from expectlib.estimate import ThreePoint
from expectlib.widgets import EstimatorApp, estimator
from tests._widgets import html_values

# the submodule (the package attribute `estimator` is the function of the same name)
estimator_mod = importlib.import_module("expectlib.widgets.estimator")
START = "2026-01-05"  # a Monday

P80_DATE = re.compile(r"class='ex-p80-date' data-date='(\d{4}-\d{2}-\d{2})'")
PROMISE = re.compile(r"class='ex-promise-date' data-date='(\d{4}-\d{2}-\d{2})'")


def make(tmp_path, **kwargs) -> EstimatorApp:
    kwargs.setdefault("start", START)
    kwargs.setdefault("autosave_path", tmp_path / "autosave")
    kwargs.setdefault("trials", 4000)
    return estimator(**kwargs)


def p80_date(app: EstimatorApp) -> str:
    return P80_DATE.search(app.result_html.value).group(1)


def promise_date(app: EstimatorApp) -> str:
    return PROMISE.search(app.promise_html.value).group(1)


@pytest.fixture
def app(tmp_path):
    """The default lesson app: example tasks and history, autosave in tmp_path."""
    return make(tmp_path)


# ---------------------------------------------------------------------- building


def test_default_app_shows_a_dated_promise(app):
    """Example tasks + history → a figure, a dated table with P50/P80/P95 and a promise."""
    assert isinstance(app, widgets.VBox)
    assert len(app.rows) == 12
    assert app.error_label.message == ""
    r = app.last_result
    assert r is not None and app.last_forecast is r.forecast
    assert r.forecast.method == "history"
    for tag in ("p50", "p80", "p95"):
        assert f"ex-{tag}-date" in app.result_html.value
    assert p80_date(app) == promise_date(app) == r.promise_date.isoformat()
    assert "(80% likely)" in app.promise_html.value
    assert len(app.plot_output.outputs) == 1
    assert "image/png" in app.plot_output.outputs[0]["data"]
    assert "80% likely within" in app.summary_html.value
    assert app.plot_output.layout.height == "300px"  # fixed: the page does not jump


def test_same_inputs_give_the_same_numbers(tmp_path):
    """A fixed seed per refresh: two apps, and a value set back, give identical results."""
    a = make(tmp_path / "a")
    b = make(tmp_path / "b")
    assert a.last_result.dates.equals(b.last_result.dates)
    before, typed = a.last_result.dates.copy(), a.rows[0].estimate.value
    a.rows[0].estimate.value = "99"
    a.rows[0].estimate.value = typed
    assert a.last_result.dates.equals(before)


def test_rng_generator_is_turned_into_one_seed(tmp_path):
    """A Generator gives one seed for the app's life, so refreshes stay reproducible."""
    app = make(tmp_path, rng=np.random.default_rng(3))
    first = app.last_result.dates.copy()
    app.confidence.value = 0.9
    app.confidence.value = 0.8
    assert app.last_result.dates["effort"].equals(first["effort"])


@pytest.mark.parametrize(
    "tasks",
    [
        pd.DataFrame({"task": ["A", "B"], "estimate_h": [4, 8], "person": ["Ana", None]}),
        [{"name": "A", "estimate": 4}, {"name": "B", "estimate": 8}],
        [4, 8],
    ],
    ids=["dataframe", "dicts", "numbers"],
)
def test_tasks_argument_shapes(tmp_path, tasks):
    """DataFrames, lists of dicts and plain numbers all become single-number rows."""
    app = make(tmp_path, tasks=tasks)
    assert [r.estimate.value for r in app.rows] == ["4", "8"]
    assert app.last_result.forecast.naive_total == pytest.approx(12)


def test_three_point_tasks_without_history(tmp_path):
    """ThreePoint tasks with history=None give a three-point forecast."""
    app = make(tmp_path, tasks=[ThreePoint(2, 4, 9), ThreePoint(1, 2, 5)], history=None)
    assert [r.mode.value for r in app.rows] == ["three", "three"]
    assert app.last_forecast.method == "three-point"
    assert app.rows[0].estimate.layout.display == "none"


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"confidence": 0.99}, "confidence: got 0.99; use a value from 0.5 to 0.95"),
        ({"history": 123}, "history: got 123"),
        ({"tasks": "abc"}, "tasks: got 'abc'; pass a list"),
        ({"hours_per_day": 0}, "hours_per_day: got 0"),
        ({"trials": 10}, "trials: got 10"),
    ],
)
def test_bad_arguments_raise_input_error(tmp_path, kwargs, match):
    """Programming mistakes in the notebook cell raise InputError naming the argument."""
    with pytest.raises(InputError, match=re.escape(match)):
        make(tmp_path, **kwargs)


# ---------------------------------------------------------------------- controls


def test_confidence_changes_the_promise(app):
    """Promising at 95% instead of 80% moves the promise later; the table row follows."""
    before = promise_date(app)
    app.confidence.value = 0.95
    assert "(95% likely)" in app.promise_html.value
    assert promise_date(app) > before
    assert app.last_result.confidence == 0.95
    assert "background:#fff3cd" in app.result_html.value.split("ex-p95'")[1][:40]


def test_confidence_off_the_table_adds_a_row(app):
    """A confidence not in P50/P80/P95 gets its own highlighted row."""
    app.confidence.value = 0.9
    assert "ex-p90-date" in app.result_html.value
    assert "(90% likely)" in app.promise_html.value
    p90 = re.search(r"class='ex-p90-date' data-date='([\d-]+)'", app.result_html.value)
    assert promise_date(app) == p90.group(1)


def test_fewer_hours_a_day_moves_the_dates(app):
    """Effort stays, dates move: 3 h a day instead of 6 pushes the P80 date later."""
    effort = app.last_result.dates["effort"].copy()
    before = p80_date(app)
    app.hours_per_day.value = 3.0
    assert p80_date(app) > before
    assert app.last_result.dates["effort"].equals(effort)


def test_start_date_moves_the_dates(app):
    """A later start gives a later P80 date."""
    before = p80_date(app)
    app.start.value = dt.date(2026, 3, 2)
    assert p80_date(app) > before


def test_editing_a_row_changes_the_forecast(app):
    """A much bigger estimate in one row raises the P80 date."""
    before, total = p80_date(app), app.last_forecast.naive_total
    old = float(app.rows[0].estimate.value)
    app.rows[0].estimate.value = "80"
    assert p80_date(app) > before
    assert app.last_forecast.naive_total == pytest.approx(total - old + 80)


def test_comma_decimals_are_accepted(app):
    """A row typed as "2,5" is read as 2.5 hours."""
    total, old = app.last_forecast.naive_total, float(app.rows[0].estimate.value)
    app.rows[0].estimate.value = "2,5"
    assert app.rows[0].error.message == ""
    assert app.last_forecast.naive_total == pytest.approx(total - old + 2.5)


def test_add_and_remove_rows(app):
    """A new blank row is ignored until filled; removing a row drops its hours."""
    before = p80_date(app)
    app.add_button.click()
    assert len(app.rows) == 13
    assert app.rows[-1].error.message == "" and app.error_label.message == ""
    assert p80_date(app) == before  # blank row ignored
    app.rows[-1].name.value = "Extra integration"
    app.rows[-1].estimate.value = "60"
    assert p80_date(app) > before
    grown = p80_date(app)
    app.rows[-1].remove_button.click()
    assert len(app.rows) == 12
    assert p80_date(app) < grown
    app.remove_row(0)
    assert len(app.rows) == 11
    assert app.last_forecast.n_tasks == 11


def test_switching_history_off_uses_three_point_rows(app):
    """History "none": rows with low/likely/high switch to 3-point and the method follows."""
    before = app.last_forecast
    app.history_source.value = "none"
    assert app.error_label.message == ""
    assert all(r.mode.value == "three" for r in app.rows)
    assert app.last_forecast is not before
    assert app.last_forecast.method == "three-point"
    assert "No history" in app.history_notes.value
    app.history_source.value = "example"
    assert app.last_forecast.method == "history"


def test_history_hygiene_messages_are_shown(app):
    """The example history's clean-up report is listed under the dropdown."""
    assert "past tasks from example_history.csv" in app.history_notes.value
    assert "<li>" in app.history_notes.value


def test_csv_history_by_path(tmp_path, app):
    """A CSV with estimate/actual columns (any common naming) is used as the history."""
    rng = np.random.default_rng(1)
    est = rng.choice([1.0, 2, 4, 8], 40)
    path = tmp_path / "mine.csv"
    pd.DataFrame({"Estimate": est, "Actual_h": est * rng.uniform(0.8, 2.0, 40)}).to_csv(
        path, index=False
    )
    app.history_source.value = "csv"
    assert app.csv_box.layout.display is None
    app.csv_path.value = str(path)
    assert app.history_error.message == ""
    assert app.last_forecast.n_history == 40
    assert "40 past tasks from mine.csv" in app.history_notes.value


def test_csv_upload(tmp_path, app):
    """An uploaded CSV is kept next to the autosave and used as the history."""
    content = "estimate,actual\n" + "\n".join(f"{e},{e * 1.5}" for e in [1, 2, 3, 4, 5, 6, 7])
    app.csv_upload.value = (
        {"name": "up.csv", "type": "text/csv", "size": len(content),
         "content": memoryview(content.encode()),
         "last_modified": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)},
    )  # fmt: skip
    assert app.history_source.value == "csv"
    assert app.csv_path.value.endswith("estimator-upload-up.csv")
    assert app.last_forecast.n_history == 7
    assert app.csv_upload.value == ()  # cleared, so the same file can be uploaded again


# ---------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0", "estimate: got '0'; use a number greater than zero"),
        ("-3", "estimate: got '-3'; use a number greater than zero"),
        ("nan", "estimate: got 'nan'; type a plain number"),
        ("about 4", "estimate: got 'about 4'; type a plain number"),
        ("", "estimate: got ''; this field is empty"),
    ],
    ids=["zero", "negative", "nan", "text", "empty"],
)
def test_bad_estimate_is_shown_inline_and_result_kept(app, text, message):
    """The row says what is wrong, the field is outlined, and the last result stays."""
    result, promise = app.last_result, app.promise_html.value
    figure = app.plot_output.outputs
    app.rows[2].estimate.value = text
    assert app.rows[2].error.message.startswith(message)
    assert app.rows[2].estimate.layout.border == "2px solid #b00020"
    assert "1 input needs fixing" in app.error_label.message
    assert "last good inputs" in app.error_label.message
    assert app.last_result is result
    assert app.promise_html.value == promise
    assert app.plot_output.outputs == figure
    app.rows[2].estimate.value = "7"  # fixed: message and outline go away
    assert app.rows[2].error.message == "" and app.rows[2].estimate.layout.border is None
    assert app.error_label.message == ""


def test_low_above_high_is_refused(app):
    """In 3-point mode low > high is named on the row."""
    row = app.rows[0]
    row.mode.value = "three"
    row.low.value = "9"
    row.high.value = "3"
    assert "low: got '9'; low must not be above high" in row.error.message
    assert row.low.layout.border


def test_likely_outside_the_range_is_refused(app):
    """likely above high: ThreePoint's own message appears on the row."""
    row = app.rows[0]
    row.mode.value = "three"
    row.likely.value = "50"
    assert row.error.message.startswith("likely: got 50.0; keep low ≤ likely ≤ high")


def test_single_number_without_history_is_explained(tmp_path):
    """With no history a one-number row says to switch to 3-point or pick a history."""
    app = make(tmp_path, tasks=[4, 8], history=None)
    assert app.last_result is None
    assert "one number needs a history" in app.rows[0].error.message
    assert "no result yet" in app.error_label.message
    app.rows[0].mode.value = "three"
    app.rows[0].low.value, app.rows[0].likely.value, app.rows[0].high.value = "2", "4", "9"
    app.rows[1].mode.value = "three"
    app.rows[1].low.value, app.rows[1].likely.value, app.rows[1].high.value = "4", "8", "20"
    assert app.last_result is not None and app.error_label.message == ""


def test_empty_table_is_refused(app):
    """Removing every task leaves a message by the Add button and the old result."""
    for row in app.rows[1:]:
        app.remove_row(row)
    result = app.last_result
    assert result.forecast.n_tasks == 1
    app.remove_row(0)
    assert app.tasks_error.message.startswith("tasks: got 'an empty table'")
    assert app.last_result is result


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0.0, "hours_per_day: got 0.0; use a number greater than zero"),
        (-2.0, "hours_per_day: got -2.0; use a number greater than zero"),
        (float("nan"), "hours_per_day: got nan; use a finite number"),
        (30.0, "hours_per_day: got 30.0; a day has at most 24 hours"),
    ],
    ids=["zero", "negative", "nan", "over-24"],
)
def test_bad_hours_per_day(app, value, message):
    """The calendar's message appears under the calendar controls; the result is kept."""
    result = app.last_result
    app.hours_per_day.value = value
    assert app.calendar_error.message.startswith(message)
    assert app.last_result is result


def test_missing_start_date(app):
    """A cleared date picker asks for a date."""
    app.start.value = None
    assert "start: got None; pick the first day of work" in app.calendar_error.message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "CSV file: got '{path}'; no such file"),
        ("a,b\n1,2\n", "CSV file: got 'bad.csv (columns: a, b)'; it needs an 'estimate' column"),
        ("estimate,actual\n1,2\n", "history: got '1 usable rows of 1'"),
        ("estimate,actual\n" + "x,1\n" * 6, "estimate: got \"row 2: 'x'"),
    ],
    ids=["missing", "no-columns", "too-few", "text"],
)
def test_bad_csv_history(tmp_path, app, content, message):
    """Bad history files are explained beside the history controls; the result is kept."""
    path = tmp_path / "bad.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = app.last_result
    app.history_source.value = "csv"
    assert "type a path or upload" in app.history_error.message  # path still empty
    app.csv_path.value = str(path)
    assert app.history_error.message.startswith(message.format(path=path))
    assert app.last_result is result


def test_unexpected_errors_become_one_sentence(app, monkeypatch):
    """A bug inside the forecast shows "Something went wrong …" and keeps the result."""
    result = app.last_result

    def broken(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(estimator_mod, "forecast", broken)
    app.rows[0].estimate.value = "3"
    assert app.error_label.message == (
        "Something went wrong: RuntimeError: simulated bug; your inputs are kept"
    )
    assert "Traceback" not in app.error_label.value
    assert app.last_result is result
    assert app.rows[0].estimate.value == "3"


def test_figure_base_is_reused_while_the_forecast_stays(app, monkeypatch):
    """Confidence and calendar changes redraw only the marks; a task edit redraws it all."""
    renderer = app._curve
    calls = []
    original = renderer._draw_base
    monkeypatch.setattr(renderer, "_draw_base", lambda fc: (calls.append(fc), original(fc)))
    png = app.plot_output.outputs[0]["data"]["image/png"]
    app.confidence.value = 0.9
    app.hours_per_day.value = 4.0
    assert calls == []
    assert app.plot_output.outputs[0]["data"]["image/png"] != png
    app.rows[0].estimate.value = "30"
    assert calls == [app.last_forecast]


def test_no_live_container_holds_a_closed_widget(tmp_path):
    """Removed rows are closed whole: Voilà loads every live widget state at once, and one
    container pointing at a closed child leaves the whole page at "Loading widget..."."""
    from ipywidgets.widgets.widget import _instances

    app = make(tmp_path)
    app.remove_row(0)
    app.reset_button.click()
    make(tmp_path)  # restoring from the autosave drops the default rows too
    for widget in list(_instances.values()):
        for child in getattr(widget, "children", ()):
            assert child.comm is not None, f"{type(widget).__name__} holds a closed widget"


# ---------------------------------------------------------------------- safety


def test_task_names_are_escaped_everywhere(tmp_path):
    """A task named <script>…</script> never reaches the page as markup."""
    evil = "<script>alert(1)</script>"
    tasks = [{"task": evil, "estimate_h": 40}, {"task": evil, "estimate_h": 1}]
    app = make(tmp_path, tasks=tasks)  # both named so, whichever is "most uncertain"
    app.rows[1].estimate.value = evil  # also lands in an error message
    app.rows[1].estimate.value = "1"
    app.rows[0].person.value = evil
    app.history_source.value = "csv"
    app.csv_path.value = evil
    values = html_values(app)
    assert not any("<script>" in value for value in values)
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in value for value in values)
    assert "&lt;script&gt;" in app.summary_html.value  # the most uncertain task is named


# ---------------------------------------------------------------------- autosave


def test_autosave_round_trip(tmp_path):
    """Build → edit → build again from the same path: everything typed comes back."""
    app = make(tmp_path)
    app.confidence.value = 0.9
    app.hours_per_day.value = 4.5
    app.start.value = dt.date(2026, 2, 2)
    app.rows[0].name.value = "Kick-off (renamed)"
    app.rows[1].estimate.value = "not a number"  # bad input is kept too
    app.add_button.click()
    app.rows[-1].name.value = "New thing"
    app.remove_row(2)

    again = make(tmp_path)
    assert again.confidence.value == 0.9
    assert again.hours_per_day.value == 4.5
    assert again.start.value == dt.date(2026, 2, 2)
    assert [r.state() for r in again.rows] == [r.state() for r in app.rows]
    assert again.rows[1].estimate.value == "not a number"
    assert "Restored your last inputs" in again.autosave_note.message


def test_autosave_can_be_turned_off(tmp_path, monkeypatch):
    """autosave=False writes nothing, not even in the working directory."""
    monkeypatch.delenv("EXPECTLIB_AUTOSAVE_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    app = estimator(start=START, autosave=False, trials=2000)
    app.confidence.value = 0.9
    assert not (tmp_path / ".expectlib").exists()


def test_default_autosave_location(tmp_path, monkeypatch):
    """Without a path the autosave goes to .expectlib/autosave/estimator.json in the cwd."""
    monkeypatch.delenv("EXPECTLIB_AUTOSAVE_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    app = estimator(start=START, trials=2000)
    app.confidence.value = 0.9
    assert (tmp_path / ".expectlib" / "autosave" / "estimator.json").is_file()


def test_reset_returns_to_the_lesson_defaults(tmp_path):
    """Reset restores the constructor's inputs and overwrites the autosave."""
    app = make(tmp_path)
    default, typed = p80_date(app), app.rows[0].estimate.value
    app.rows[0].estimate.value = "200"
    app.confidence.value = 0.5
    app.reset_button.click()
    assert p80_date(app) == default and app.confidence.value == 0.8
    assert make(tmp_path).rows[0].estimate.value == typed


def test_corrupt_autosave_starts_from_defaults(tmp_path):
    """A broken autosave file is reported and the lesson's defaults are used."""
    folder = tmp_path / "autosave"
    folder.mkdir()
    (folder / "estimator.json").write_text("{oops", encoding="utf-8")
    app = make(tmp_path)
    assert len(app.rows) == 12 and app.last_result is not None
    assert "Could not restore" in app.autosave_note.message


def test_public_names():
    """The package exports the estimator and the quiz."""
    import expectlib as ex

    assert ex.widgets.estimator is estimator_mod.estimator
    assert set(ex.widgets.__all__) >= {"estimator", "calibration_quiz", "EstimatorApp"}
