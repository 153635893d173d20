"""The capacity calculator, driven from Python: no kernel, no browser.

Each test builds the widget (autosave into ``tmp_path``), sets control values the way a
learner would, and reads back the result HTML, the timeline image, the inline messages
and the autosave file.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import ipywidgets as widgets
import pytest

from expectlib.errors import InputError
from expectlib.widgets import capacity_calculator
from expectlib.widgets.capacity import CapacityCalculator
from tests._widgets import XSS, html_values


def png(app: CapacityCalculator) -> str:
    """The image shown in the plot output right now."""
    return app.plot_output.outputs[0]["data"]["image/png"]


@pytest.fixture
def app(tmp_path) -> CapacityCalculator:
    """The calculator with its defaults (the writer case); autosave in tmp_path."""
    return capacity_calculator(autosave_path=tmp_path / "auto")


def test_default_is_the_writer_case(app):
    """Built, not displayed: a VBox showing "does not fit", 2,000 words possible, a figure."""
    assert isinstance(app, widgets.VBox)
    c = app.last_check
    assert (c.fits, c.possible, c.deliverable_by_deadline, c.earliest_days) == (
        False,
        False,
        2000,
        3,
    )
    assert "data-verdict='does_not_fit'" in app.result.value
    assert "Does not fit" in app.result.value
    assert "3,000 words" in app.result.value
    assert "image/png" in app.plot_output.outputs[0]["data"]
    assert app.error_label.message == ""


def test_smaller_request_changes_the_verdict_and_the_figure(app):
    """Typing a request that fits redraws the panel ("fits") and the timeline."""
    before_html, before_png = app.result.value, png(app)
    app.request.value = "1500"
    assert app.last_check.request == 1500 and app.last_check.fits
    assert "data-verdict='fits'" in app.result.value
    assert app.result.value != before_html
    assert png(app) != before_png


def test_every_control_feeds_the_check(app):
    """Committed work, deadline, safety, days a week and start each change the result."""
    app.committed.value = "1000"
    assert app.last_check.committed == 1000 and app.last_check.earliest_days == 4
    app.deadline.value = "10"
    assert app.last_check.fits
    app.safety.value = 1.0
    assert app.last_check.promise_days == app.last_check.earliest_days
    app.deadline.value = ""
    assert app.last_check.verdict == "no_deadline"
    assert "No deadline given" in app.result.value
    app.start.value = dt.date(2026, 1, 5)
    assert app.last_check.promise_date == dt.date(2026, 1, 8)
    assert "Thu 8 Jan 2026" in app.result.value
    app.days_per_week.value = 3
    assert app.last_check.days_per_week == 3
    assert app.last_check.promise_date == dt.date(2026, 1, 12)  # Mon–Wed weeks


def test_hours_use_hours_a_week_and_the_focus_assumption(app):
    """Unit "hours": per day hidden, hours a week and focus shown; focus moves the promise."""
    app.unit.value = "hours"
    app.request.value = "20"
    app.deadline.value = "5"
    assert app._pace_boxes["per_day"].layout.display == "none"
    assert app._pace_boxes["focus"].layout.display is None
    assert "assumption" in app.focus.description.lower()
    assert "assumption" in app.safety.description.lower()
    assert app.last_check.per_day == pytest.approx(5.6)
    assert "focus" in app.result.value and "assumption" in app.result.value
    slow = app.last_check.promise_days
    app.focus.value = 1.0
    assert app.last_check.per_day == pytest.approx(8.0)
    assert app.last_check.promise_days < slow
    app.unit.value = "pages"
    assert app._pace_boxes["per_day"].layout.display is None
    assert app._pace_boxes["focus"].layout.display == "none"
    assert app.last_check.per_day == 5 and app.last_check.focus is None  # pages' example


def test_a_new_unit_gets_its_own_amounts_and_says_so(app):
    """Words -> hours does not keep "3000" (3,000 hours, working day 670): it resets and says so.

    Regression: switching the unit kept the words' numbers, giving "3,000 hours".
    """
    app.committed.value = "500"
    app.unit.value = "hours"
    c = app.last_check
    assert (c.unit, c.request, c.committed) == ("hours", 20, 0)
    note = app.unit_note.message
    assert "amounts in words do not carry over" in note
    assert "new request is now 20 hours" in note and "already promised is 0" in note
    assert not app.unit_note.has_error
    app.unit.value = "articles"
    assert (app.last_check.request, app.last_check.per_day) == (3, 1)
    assert "your pace is 1 article a working day" in app.unit_note.message
    app.request.value = "7"
    app.unit.value = "slides"  # unknown to the calculator: the numbers stay, with a warning
    assert app.last_check.request == 7 and app.last_check.unit == "slides"
    assert "check the new request" in app.unit_note.message
    app.reset_button.click()
    assert app.unit_note.message == "" and app.last_check.request == 3000


def test_far_working_days_have_thousands_separators(app):
    """ "working day 53,572", never "working day 53572", in the panel and the arithmetic."""
    app.unit.value = "hours"
    app.request.value = "300000"
    app.deadline.value = ""
    html_text = app.result.value
    assert re.search(r"working day \d{1,3}(,\d{3})+", html_text)
    assert not re.search(r"working day \d{4,}", html_text)


def test_the_deadline_hint_matches_what_it_accepts(app):
    """The deadline box never suggests "2.5" and then refuses it."""
    for typed in ("soon", "2.5"):
        app.deadline.value = typed
        message = app.errors["deadline"].message
        assert message.startswith(f"Deadline in working days: got '{typed}'")
        assert "whole number" in message and "2.5 (" not in message and "or 2.5" not in message


def test_an_absurd_pace_or_commitment_is_marked_on_its_own_box(app):
    """Pace 1e-9 marks the pace, 1e12 already promised marks that box, never the request."""
    app.per_day.value = "1e-9"
    assert app.errors["per_day"].has_error and not app.errors["request"].message
    assert "0 words" not in app.errors["per_day"].message
    app.per_day.value = "1000"
    app.committed.value = "1e12"
    assert app.errors["committed"].message.startswith("Already promised: got '1e12'")
    assert not app.errors["request"].message
    app.committed.value = "0"
    app.unit.value = "hours"
    app.hours_per_week.value = "80"
    assert app.last_check.per_day == pytest.approx(56 / 5 * 0.7)  # the overtime curve
    assert "80 h a week give about 56 productive hours" in app.result.value


def test_bad_number_is_inline_and_the_last_result_stays(app):
    """Words in the request box: message beside it, red border, old result kept; then fixed."""
    good_html, good_png, good = app.result.value, png(app), app.last_check
    app.request.value = "three articles"
    assert app.errors["request"].message.startswith("New request: got 'three articles'")
    assert app.errors["request"].has_error
    assert app.request.layout.border
    assert "last good inputs" in app.error_label.message
    assert app.result.value == good_html and png(app) == good_png and app.last_check is good
    assert app.request.value == "three articles"  # what was typed stays in the box
    app.request.value = "2000"
    assert app.errors["request"].message == "" and app.error_label.message == ""
    assert not app.request.layout.border
    assert app.last_check.request == 2000


def test_ambiguous_thousands_are_asked_about(app):
    """A typed "1,000" could be 1000 or 1.000: the pace box asks instead of guessing."""
    app.per_day.value = "1,000"
    assert "is that 1000 or 1.000?" in app.errors["per_day"].message
    app.per_day.value = "1 000"
    assert app.errors["per_day"].message == "" and app.last_check.per_day == 1000


def test_library_errors_land_beside_their_control(app):
    """Range errors raised by capacity_check are routed to the right box."""
    app.deadline.value = "-1"
    assert app.errors["deadline"].message.startswith("Deadline in working days: got '-1'")
    app.deadline.value = "2"
    app.unit.value = "h"
    app.hours_per_week.value = "200"
    assert "a week has 168 hours" in app.errors["hours_per_week"].message
    app.hours_per_week.value = "40"
    app.committed.value = "-3"
    assert app.errors["committed"].message.startswith("Already promised: got '-3'")
    app.committed.value = ""
    assert app.last_check.committed == 0 and not app.error_label.message


def test_a_script_unit_name_is_escaped(app):
    """A unit typed as <script> is shown as text in every HTML value, never as markup."""
    app.unit.value = XSS
    assert app.last_check.unit == XSS
    values = html_values(app)
    assert not any("<script>" in value for value in values)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in app.result.value


def test_autosave_round_trip(tmp_path, monkeypatch):
    """Inputs are saved under $EXPECTLIB_AUTOSAVE_DIR and come back after a "restart"."""
    monkeypatch.setenv("EXPECTLIB_AUTOSAVE_DIR", str(tmp_path))
    first = capacity_calculator()
    assert first.autosave.path == tmp_path / "capacity.json"
    first.unit.value = "pages"
    first.per_day.value = "4"
    first.request.value = "30"
    first.committed.value = "6"
    first.deadline.value = "7"
    first.safety.value = 1.5
    first.start.value = dt.date(2026, 2, 2)
    saved = json.loads((tmp_path / "capacity.json").read_text())
    assert "pages" in json.dumps(saved)

    again = capacity_calculator()
    assert again.state() == first.state()
    assert "Restored" in again.autosave_note.message
    c = again.last_check
    assert (c.unit, c.per_day, c.request, c.committed, c.deadline_days, c.safety) == (
        "pages",
        4,
        30,
        6,
        7,
        1.5,
    )
    assert c.start == dt.date(2026, 2, 2)


def test_bad_input_is_autosaved_too(tmp_path):
    """Half-typed bad text is kept across a restart (and shown inline again)."""
    first = capacity_calculator(autosave_path=tmp_path)
    first.request.value = "lots"
    again = capacity_calculator(autosave_path=tmp_path)
    assert again.request.value == "lots"
    assert again.errors["request"].has_error and again.last_check is None


def test_corrupt_autosave_falls_back_on_defaults(tmp_path):
    """A hand-edited autosave with a wrong type is reported; the defaults are used."""
    path = tmp_path / "capacity.json"
    first = capacity_calculator(autosave_path=tmp_path)
    first.request.value = "100"
    data = json.loads(path.read_text())
    data["data"]["focus"] = "very"
    path.write_text(json.dumps(data))
    again = capacity_calculator(autosave_path=tmp_path)
    assert "Could not restore" in again.autosave_note.message
    assert again.request.value == "3000" and again.last_check.request == 3000


def test_reset_returns_to_the_arguments(app):
    """Reset puts back what the calculator was built with."""
    app.request.value = "9"
    app.safety.value = 1.0
    app.reset_button.click()
    assert app.request.value == "3000" and app.safety.value == 1.25
    assert app.last_check.request == 3000


def test_arguments_set_the_starting_values_and_are_checked(tmp_path):
    """Starting values are validated like capacity_check (and the sliders' ranges)."""
    app = capacity_calculator(
        unit="hours", request=12, committed=6, deadline_days=None, start="2026-01-05",
        autosave=False,
    )  # fmt: skip
    assert app.last_check.verdict == "no_deadline"
    assert app.last_check.promise_date is not None
    assert app.deadline.value == "" and app.start.value == dt.date(2026, 1, 5)
    with pytest.raises(InputError, match=r"^per_day: got 0"):
        capacity_calculator(per_day=0, autosave=False)
    with pytest.raises(InputError, match=r"^safety: got 3; the slider goes from 1 to 2"):
        capacity_calculator(safety=3, autosave=False)
    with pytest.raises(InputError, match=r"^focus: got 0\.05; the slider goes from 0\.1"):
        capacity_calculator(focus=0.05, autosave=False)


def test_autosave_can_be_turned_off(tmp_path, monkeypatch):
    """autosave=False writes nothing, even after changes."""
    monkeypatch.setenv("EXPECTLIB_AUTOSAVE_DIR", str(tmp_path))
    app = capacity_calculator(autosave=False)
    app.request.value = "10"
    assert not list(tmp_path.iterdir())


def test_messages_are_in_plain_words(app):
    """Inline messages name the box as labelled and say "leave it empty", never code names."""
    app.deadline.value = "-1"
    message = app.errors["deadline"].message
    assert "leave it empty for no deadline" in message
    app.deadline.value = "1000000000"
    message += app.errors["deadline"].message
    assert "more than 10 years of working days" in message
    app.deadline.value = "2"
    app.per_day.value = "0"
    message += app.errors["per_day"].message
    assert message.count("got") == 3
    for code in ("deadline_days", "per_day", "None", "use None", "="):
        assert code not in message


def test_result_panel_reads_as_plain_words(app):
    """Assumptions show plain labels and units; a countable unit is pluralised correctly."""
    html_text = app.result.value
    assert "<b>Your pace</b> = 1,000 words a working day" in html_text
    assert "per_day" not in html_text and "Scenario.quote_safety" not in html_text
    app.unit.value = "articles"
    app.per_day.value = "1"
    app.request.value = "3"
    html_text = app.result.value
    assert "Promise: all <b>3 articles</b>" in html_text
    assert "1 of the 3 articles by working day 2" in html_text
    assert "1 articles" not in html_text and "1.6 of" not in html_text
    app.request.value = "1"
    assert "Promise: the <b>1 article</b>" in app.result.value
