"""Shared widget helpers: figures as PNG, inline errors, the guard and autosave."""

from __future__ import annotations

import json

import ipywidgets as widgets
import matplotlib.pyplot as plt
import pytest
from IPython.display import Image
from matplotlib.figure import Figure

from expectlib.errors import InputError
from expectlib.widgets._common import (
    AUTOSAVE_ENV,
    DEFAULT_AUTOSAVE_DIR,
    Autosave,
    ErrorLabel,
    fig_to_image,
    format_date,
    guard,
    show_figure,
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _figure():
    fig, ax = plt.subplots(figsize=(2, 1.5))
    ax.plot([1, 2, 3])
    return fig


# ---------------------------------------------------------------------- figures


def test_fig_to_image_gives_png_and_closes_the_figure():
    """A pyplot figure becomes PNG bytes and is closed (no pile-up, no double display)."""
    plt.close("all")
    image = fig_to_image(_figure())
    assert isinstance(image, Image)
    assert image.format == "png" and image.data.startswith(PNG_MAGIC)
    assert plt.get_fignums() == []


def test_fig_to_image_accepts_a_figure_outside_pyplot():
    """A bare matplotlib Figure (what widgets use, faster) renders too."""
    fig = Figure(figsize=(2, 1.5))
    fig.add_subplot().plot([1, 2])
    assert fig_to_image(fig).data.startswith(PNG_MAGIC)


def test_show_figure_replaces_the_output_without_a_kernel():
    """Two calls leave exactly one image/png output: the old one is replaced, not appended."""
    out = widgets.Output()
    show_figure(out, _figure())
    show_figure(out, _figure())
    assert len(out.outputs) == 1
    assert "image/png" in out.outputs[0]["data"]


def test_format_date_reads_like_a_client_would():
    """Dates, datetimes, pandas and numpy timestamps all format the same way."""
    import datetime as dt

    import numpy as np
    import pandas as pd

    day = dt.date(2026, 3, 12)
    expected = "Thu 12 Mar 2026"
    assert format_date(day) == expected
    assert format_date(dt.datetime(2026, 3, 12, 15, 30)) == expected
    assert format_date(pd.Timestamp("2026-03-12")) == expected
    assert format_date(np.datetime64("2026-03-12")) == expected


# ---------------------------------------------------------------------- ErrorLabel


def test_error_label_escapes_and_clears():
    """Messages are HTML-escaped, shown in red, and take no space when cleared."""
    label = ErrorLabel()
    assert label.value == "" and label.layout.display == "none"
    label.show(InputError("task", "<script>alert(1)</script>", "type text"))
    assert "<script>" not in label.value
    assert "&lt;script&gt;" in label.value
    assert "ex-error" in label.value and label.has_error
    assert label.layout.display is None
    label.clear()
    assert (label.value, label.message, label.layout.display) == ("", "", "none")


def test_error_label_note_is_not_an_error():
    """A note is grey text and does not count as an error."""
    label = ErrorLabel()
    label.note("Restored <your> inputs")
    assert "ex-note" in label.value and not label.has_error
    assert "&lt;your&gt;" in label.value


# ---------------------------------------------------------------------- guard


def test_guard_shows_input_errors_inline():
    """An InputError in a callback becomes the label's message; nothing is raised."""
    label = ErrorLabel()

    def bad(_change=None):
        raise InputError("estimate", "abc", "type a number")

    assert guard(bad, label)({"new": 1}) is None
    assert label.message == "estimate: got 'abc'; type a number"


def test_guard_turns_bugs_into_one_short_sentence():
    """An unexpected exception shows a short message, never a traceback, and is kept."""
    label = ErrorLabel()

    def buggy():
        raise KeyError("boom")

    guard(buggy, label)()
    assert label.message.startswith("Something went wrong: KeyError")
    assert label.message.endswith("your inputs are kept")
    assert "Traceback" not in label.value
    assert isinstance(label.last_exception, KeyError)


def test_guard_clears_old_messages_and_returns_the_result():
    """On success the label is cleared first (unless clear=False) and the result returned."""
    label = ErrorLabel()
    label.show("old problem")
    assert guard(lambda: 42, label)() == 42
    assert label.message == ""
    label.show("kept")
    guard(lambda: None, label, clear=False)()
    assert label.message == "kept"


# ---------------------------------------------------------------------- Autosave


def test_autosave_round_trip(tmp_path):
    """What is saved comes back from a new Autosave on the same path."""
    Autosave("estimator", path=tmp_path).save({"confidence": 0.9, "tasks": [{"name": "A"}]})
    assert Autosave("estimator", path=tmp_path).load() == {
        "confidence": 0.9,
        "tasks": [{"name": "A"}],
    }
    envelope = json.loads((tmp_path / "estimator.json").read_text(encoding="utf-8"))
    assert envelope["format"] == "expectlib/autosave/estimator"
    assert envelope["version"] == 1


def test_autosave_default_folder_is_under_the_working_directory(tmp_path, monkeypatch):
    """Without a path the file goes to .expectlib/autosave/<name>.json in the cwd."""
    monkeypatch.delenv(AUTOSAVE_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    box = Autosave("demo")
    assert box.path == tmp_path / DEFAULT_AUTOSAVE_DIR / "demo.json"
    assert box.save({"a": 1}) and box.path.is_file()


def test_autosave_folder_from_the_environment(tmp_path, monkeypatch):
    """$EXPECTLIB_AUTOSAVE_DIR moves the default folder (the browser tests use it)."""
    monkeypatch.setenv(AUTOSAVE_ENV, str(tmp_path / "elsewhere"))
    assert Autosave("demo").path == tmp_path / "elsewhere" / "demo.json"
    assert Autosave("demo", path=tmp_path / "x.json").path == tmp_path / "x.json"


def test_autosave_accepts_a_json_file_path(tmp_path):
    """A path ending in .json is used as the file itself."""
    target = tmp_path / "mine.json"
    box = Autosave("demo", path=target)
    box.save({"a": 1})
    assert box.path == target and target.is_file()


def test_autosave_disabled_writes_nothing(tmp_path):
    """autosave=False: load gives None and save does not touch the disk."""
    box = Autosave("demo", path=tmp_path, enabled=False)
    assert box.save({"a": 1}) is False
    assert box.load() is None
    assert list(tmp_path.iterdir()) == []


def test_autosave_broken_file_is_reported_not_raised(tmp_path):
    """A hand-broken file gives None and a sentence on .problem; the widget carries on."""
    (tmp_path / "demo.json").write_text("{not json", encoding="utf-8")
    box = Autosave("demo", path=tmp_path)
    assert box.load() is None
    assert "Could not restore" in box.problem


def test_autosave_newer_version_is_not_read(tmp_path):
    """A file from a newer expectlib is left alone and reported."""
    Autosave("demo", path=tmp_path, version=2).save({"a": 1})
    box = Autosave("demo", path=tmp_path)
    assert box.load() is None
    assert "newer expectlib" in box.problem


def test_autosave_failure_to_write_is_reported(tmp_path):
    """A path that cannot be written (its folder is a file) sets .problem, never raises."""
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    box = Autosave("demo", path=blocker / "sub")
    assert box.save({"a": 1}) is False
    assert box.problem.startswith("Autosave failed")


def test_autosave_rejects_unsafe_names():
    """The name becomes a file name, so path tricks are refused."""
    with pytest.raises(InputError, match="name: got '../x'"):
        Autosave("../x")
