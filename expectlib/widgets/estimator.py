"""The estimator: type a task list, get dated P50/P80/P95 and a promise to make.

One call in a notebook::

    import expectlib as ex
    ex.widgets.estimator()                    # the example tasks and history

builds an :class:`EstimatorApp`: an editable task table (one number or
low/likely/high per task, and who does it), a history to learn from (the example,
none, or your own CSV), the confidence to promise at, a start date and the hours a
day this project really gets. It shows the S-curve, a table of dated quantiles and a
one-line promise, "Promise: Thu 15 Jan 2026 (80% likely)".

The app holds no estimation logic: it reads its controls, calls
:func:`expectlib.estimate.forecast` and :class:`expectlib.calendar.WorkCalendar`,
and draws with :func:`expectlib.plotting.plot_s_curve`. Bad values show an inline
message beside the control and the last good result stays on screen. The same inputs
always give the same numbers (a fixed seed per refresh), and everything typed is
autosaved (see :class:`~expectlib.widgets._common.Autosave`).
"""

from __future__ import annotations

import datetime as _dt
import html
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import numpy as np
import pandas as pd

from .. import _validate as v
from ..calendar import WorkCalendar
from ..errors import InputError
from ..estimate import Forecast, ThreePoint, forecast
from ..history import History
from ._common import (
    FIGURE_DPI,
    Autosave,
    AutosavedApp,
    ErrorLabel,
    format_date,
    guard,
    show_png,
)

__all__ = ["EstimatorApp", "EstimatorResult", "estimator"]

#: The example task list used when ``tasks`` is None.
EXAMPLE_TASKS = Path(__file__).resolve().parents[2] / "data" / "example_tasks.csv"
#: Confidence levels shown in the dated table (the chosen one is added and highlighted).
TABLE_QS = (0.5, 0.8, 0.95)
DEFAULT_SEED = 2024
FIGSIZE = (7.0, 3.2)  # inches; at 90 dpi: 630 x 288 px
PLOT_HEIGHT = "300px"
CONFIDENCE_RANGE = (0.5, 0.95)

SOURCES = {
    "example": "Example history",
    "none": "None — three-point only",
    "csv": "CSV file…",
}
SINGLE, THREE = "single", "three"
_NUM_FIELDS = ("estimate", "low", "likely", "high")

# column widths of the task table
_W = {
    "name": "260px",
    "person": "100px",
    "mode": "176px",
    "num": "64px",
    "hours": "216px",  # room for three number boxes, so the remove buttons line up
    "remove": "38px",
}


# ---------------------------------------------------------------------- results


@dataclass(frozen=True)
class EstimatorResult:
    """What the app shows after a good refresh (kept while later inputs are bad)."""

    forecast: Forecast
    calendar: WorkCalendar
    dates: pd.DataFrame  # probability, effort, working_days, date
    confidence: float
    promise_date: _dt.date
    promise_effort: float


# ---------------------------------------------------------------------- the figure


class SCurveRenderer:
    """Draws the S-curve PNG for the app; fast when only the marks change.

    The curve, axes, ticks and legend depend on the forecast alone, so they are drawn
    once per forecast and kept as a pixel buffer. A change of confidence or calendar
    restores that buffer and draws only the quantile marks on top (matplotlib's
    blitting), which is several times cheaper than a full redraw: a slider feels
    immediate. The picture is the one :func:`expectlib.plotting.plot_s_curve` draws.
    """

    def __init__(self, figsize: tuple[float, float] = FIGSIZE, dpi: int = FIGURE_DPI) -> None:
        self.figsize, self.dpi = figsize, dpi
        self._forecast: Forecast | None = None

    def _draw_base(self, forecast: Forecast) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        from ..plotting import plot_s_curve

        fig = Figure(figsize=self.figsize, dpi=self.dpi)
        self._canvas = FigureCanvasAgg(fig)
        self._ax = fig.add_subplot()
        plot_s_curve(forecast, ax=self._ax, qs=())
        fig.subplots_adjust(left=0.115, right=0.98, bottom=0.16, top=0.9)
        self._canvas.draw()
        self._background = self._canvas.copy_from_bbox(fig.bbox)
        self._forecast = forecast

    def png(self, forecast: Forecast, qs: Sequence[float], calendar: Any = None) -> bytes:
        """PNG bytes of the S-curve of ``forecast`` with ``qs`` marked (dated by ``calendar``)."""
        import io

        from PIL import Image as PILImage

        from ..plotting import mark_quantiles

        if forecast is not self._forecast:
            self._draw_base(forecast)
        self._canvas.restore_region(self._background)
        marks = mark_quantiles(self._ax, forecast, qs, calendar=calendar)
        try:
            for artist in sorted(marks, key=lambda a: a.get_zorder()):  # labels on top
                self._ax.draw_artist(artist)
            width, height = self._canvas.get_width_height()
            image = PILImage.frombuffer(
                "RGBA", (width, height), self._canvas.buffer_rgba(), "raw", "RGBA", 0, 1
            )
            buf = io.BytesIO()
            image.convert("RGB").save(buf, format="png", compress_level=3)
        finally:
            for artist in marks:
                artist.remove()
        return buf.getvalue()


# ---------------------------------------------------------------------- task rows


def _text(value: Any) -> str:
    """A cell value as the text shown in a box: 4.0 -> "4", NaN/None -> ""."""
    if value is None:
        return ""
    if isinstance(value, float | np.floating):
        return "" if math.isnan(value) else f"{float(value):g}"
    if isinstance(value, int | np.integer) and not isinstance(value, bool):
        return str(int(value))
    return str(value)


class TaskRow:
    """One editable task: name, mode, estimate or low/likely/high, person, remove, error.

    ``values()`` parses the row, raising :class:`InputError` named after the field
    (``estimate``, ``low`` …); ``state()`` is the raw text, for autosave.
    """

    def __init__(self, state: dict[str, Any], *, default_mode: str = SINGLE) -> None:
        def box(key: str, placeholder: str, width: str) -> widgets.Text:
            return widgets.Text(
                value=_text(state.get(key)),
                placeholder=placeholder,
                continuous_update=False,
                layout=widgets.Layout(width=width),
            )

        self.name = box("name", "Task name", _W["name"])
        self.mode = widgets.ToggleButtons(
            options=[("1 number", SINGLE), ("3-point", THREE)],
            value=state.get("mode") if state.get("mode") in (SINGLE, THREE) else default_mode,
            tooltips=["One estimate in hours", "Low / likely / high in hours"],
            style={"button_width": "84px"},
            layout=widgets.Layout(width=_W["mode"]),
        )
        self.estimate = box("estimate", "hours", _W["num"])
        self.low = box("low", "low", _W["num"])
        self.likely = box("likely", "likely", _W["num"])
        self.high = box("high", "high", _W["num"])
        self.person = box("person", "who", _W["person"])
        self.remove_button = widgets.Button(
            icon="trash", tooltip="Remove this task", layout=widgets.Layout(width=_W["remove"])
        )
        self.error = ErrorLabel(layout=widgets.Layout(margin="0 0 4px 8px"))
        self.fields = {
            "name": self.name,
            "estimate": self.estimate,
            "low": self.low,
            "likely": self.likely,
            "high": self.high,
            "person": self.person,
        }
        self.hours = widgets.HBox(
            [self.estimate, self.low, self.likely, self.high],
            layout=widgets.Layout(width=_W["hours"]),
        )
        self.line = widgets.HBox(
            [self.name, self.person, self.mode, self.hours, self.remove_button]
        )
        self.box = widgets.VBox([self.line, self.error])
        self.show_mode()

    # -------------------------------------------------------------- state
    def state(self) -> dict[str, str]:
        """The row as typed (strings), for autosave."""
        return {"name": self.name.value, "mode": self.mode.value} | {
            k: self.fields[k].value for k in ("estimate", "low", "likely", "high", "person")
        }

    def is_blank(self) -> bool:
        """True when nothing is typed in the row (blank rows are ignored)."""
        return not any(w.value.strip() for w in self.fields.values())

    def values(self) -> tuple[str, float | ThreePoint, str | None]:
        """``(name, estimate, person)``; raises :class:`InputError` for a bad field."""
        name = v.text("task name", self.name.value, allow_empty=True)
        person = v.text("person", self.person.value, allow_empty=True) or None
        if self.mode.value == SINGLE:
            return name, v.positive("estimate", self.estimate.value), person
        low = v.non_negative("low", self.low.value)
        likely = v.positive("likely", self.likely.value)
        high = v.positive("high", self.high.value)
        if low > high:
            raise InputError("low", self.low.value, f"low must not be above high ({high:g})")
        return name, ThreePoint(low=low, likely=likely, high=high), person

    # -------------------------------------------------------------- display
    def show_mode(self) -> None:
        """Show the estimate box or the low/likely/high boxes, per the mode."""
        single = self.mode.value == SINGLE
        self.estimate.layout.display = None if single else "none"
        for w in (self.low, self.likely, self.high):
            w.layout.display = "none" if single else None

    def mark(self, error: InputError | None) -> None:
        """Show ``error`` under the row and outline the field it names (or clear both)."""
        for w in self.fields.values():
            w.layout.border = None
        if error is None:
            self.error.clear()
            return
        self.error.show(error)
        field = self.fields.get(str(error.field).split("[")[0])
        if field is not None:
            field.layout.border = "2px solid #b00020"

    def widgets(self) -> list[widgets.Widget]:
        """Every control of the row (for observers)."""
        return [*self.fields.values(), self.mode]

    def close(self) -> None:
        """Close every widget of the row, containers first.

        A container left open with closed children breaks front ends that load all
        widget states at once (Voilà shows "Loading widget..." for the whole page).
        """
        for w in (self.box, self.line, self.hours, self.error, self.remove_button):
            w.close()
        for w in self.widgets():
            w.close()


def _header() -> widgets.HBox:
    def cell(label: str, width: str) -> widgets.HTML:
        return widgets.HTML(f"<b>{label}</b>", layout=widgets.Layout(width=width))

    return widgets.HBox(
        [
            cell("Task", _W["name"]),
            cell("Person", _W["person"]),
            cell("Estimate", _W["mode"]),
            cell("Hours (or low · likely · high)", _W["hours"]),
        ],
    )


# ---------------------------------------------------------------------- inputs


_TASK_KEYS = {
    "name": ("name", "task", "title"),
    "estimate": ("estimate", "estimate_h", "hours"),
    "low": ("low", "low_h"),
    "likely": ("likely", "likely_h", "mode_h"),
    "high": ("high", "high_h"),
    "person": ("person", "who", "assignee"),
    "mode": ("mode",),
}


def _task_states(tasks: Any, *, prefer: str) -> list[dict[str, Any]]:
    """Normalise the ``tasks`` argument to row states.

    Accepts None (the example task list), a DataFrame, a list of dicts (keys such as
    task/name, estimate_h/estimate, low_h, likely_h, high_h, person), a list of numbers
    or a list of :class:`ThreePoint`.
    """
    if tasks is None:
        tasks = pd.read_csv(EXAMPLE_TASKS)
    if isinstance(tasks, pd.DataFrame):
        tasks = tasks.to_dict("records")
    items = v.sequence("tasks", tasks, allow_empty=True)
    states = []
    for i, item in enumerate(items, start=1):
        if isinstance(item, ThreePoint):
            item = {"low": item.low, "likely": item.likely, "high": item.high, "mode": THREE}
        elif isinstance(item, int | float | np.number | str) and not isinstance(item, bool):
            item = {"estimate": item, "mode": SINGLE}
        if not isinstance(item, dict):
            raise InputError(f"tasks[{i - 1}]", item, "use a dict, a number or a ThreePoint")
        lowered = {str(k).strip().lower(): val for k, val in item.items()}
        state: dict[str, Any] = {}
        for key, aliases in _TASK_KEYS.items():
            for alias in aliases:
                if alias in lowered and _text(lowered[alias]) != "":
                    state[key] = _text(lowered[alias])
                    break
        state.setdefault("name", f"Task {i}")
        if state.get("mode") not in (SINGLE, THREE):
            has_three = all(state.get(k) for k in ("low", "likely", "high"))
            has_single = bool(state.get("estimate"))
            state["mode"] = (
                prefer if (has_three and has_single) else (THREE if has_three else SINGLE)
            )
        states.append(state)
    return states


def _seed(rng: Any) -> int:
    """One fixed seed for every refresh: the same inputs always give the same numbers."""
    if rng is None:
        return DEFAULT_SEED
    if isinstance(rng, np.random.Generator):
        return int(rng.integers(2**32))
    v.rng_from(rng)  # validates ints
    return int(rng)


_CSV_GUESSES = {
    "estimate": ("estimate", "estimate_h", "estimated", "estimate_hours", "original estimate"),
    "actual": ("actual", "actual_h", "actual_hours", "spent", "time spent", "hours spent"),
    "person": ("person", "assignee", "who", "owner"),
    "project": ("project", "project name", "client"),
    "date": ("date", "resolved", "done", "finished", "completed"),
}


def history_from_csv(path: str | os.PathLike) -> History:
    """Read a history CSV, guessing the common column names.

    A Jira export (``Original Estimate`` / ``Time Spent`` in seconds) goes through
    :meth:`History.from_jira_csv`; otherwise the estimate and actual columns are found by
    name (``estimate``/``estimate_h``…, ``actual``/``actual_h``/``spent``…, any case), and
    person, project and date when present.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise InputError("CSV file", str(path), "no such file; check the name and the folder")
    try:
        header = pd.read_csv(path, sep=None, engine="python", nrows=0, encoding="utf-8-sig")
    except Exception:  # the full read below reports the problem precisely
        return History.from_csv(path)
    columns = {str(c).strip().lower(): str(c).strip() for c in header.columns}
    if "original estimate" in columns and "time spent" in columns:
        return History.from_jira_csv(path)
    found: dict[str, str] = {}
    for role, names in _CSV_GUESSES.items():
        hit = next((columns[n] for n in names if n in columns), None)
        if hit is not None:
            found[role] = hit
    for role in ("estimate", "actual"):
        if role not in found:
            raise InputError(
                "CSV file",
                f"{path.name} (columns: {', '.join(columns.values())})",
                f"it needs an '{role}' column (hours); rename the column or export it again",
            )
    return History.from_csv(path, **found)


# ---------------------------------------------------------------------- the app


class EstimatorApp(AutosavedApp, widgets.VBox):
    """The estimator widget; build it with :func:`estimator`.

    Controls are attributes so tests and notebooks can drive it: ``rows`` (list of
    :class:`TaskRow`), ``add_button``, ``confidence``, ``history_source``, ``csv_path``,
    ``csv_upload``, ``start``, ``hours_per_day``, ``reset_button``. Outputs:
    ``plot_output``, ``result_html`` (dated table), ``promise_html``, ``summary_html``,
    ``error_label`` (what needs fixing), ``history_notes``. ``last_result`` /
    ``last_forecast`` hold the last good result; :meth:`refresh` recomputes.
    """

    def __init__(
        self,
        tasks: Any = None,
        *,
        history: Any = "example",
        confidence: float = 0.8,
        start: Any = None,
        hours_per_day: float = 6.0,
        autosave: bool = True,
        autosave_path: str | os.PathLike | None = None,
        trials: int = 10_000,
        rng: Any = None,
    ) -> None:
        super().__init__()
        self.trials = v.positive_int("trials", trials, minimum=100)
        self.seed = _seed(rng)
        self.last_result: EstimatorResult | None = None
        self._hold = 0
        self._history_cache: tuple[Any, History | None] | None = None
        self._forecast_cache: tuple[Any, Forecast] | None = None
        self._given_history: History | None = None
        self._curve = SCurveRenderer()
        self._defaults = self._default_state(
            tasks, history, confidence, start, hours_per_day
        )  # validates the arguments

        # ---- controls
        self.rows: list[TaskRow] = []
        self.rows_box = widgets.VBox()
        self.add_button = widgets.Button(description="Add task", icon="plus")
        self.tasks_error = ErrorLabel()
        self.history_source = widgets.Dropdown(
            options=self._source_options(), description="History", layout={"width": "330px"}
        )
        self.csv_path = widgets.Text(
            placeholder="path/to/history.csv",
            description="CSV path",
            continuous_update=False,
            layout={"width": "420px"},
        )
        self.csv_upload = widgets.FileUpload(accept=".csv", multiple=False, description="Upload")
        self.csv_box = widgets.HBox([self.csv_path, self.csv_upload])
        self.history_error = ErrorLabel()
        self.history_notes = widgets.HTML()
        self.confidence = widgets.FloatSlider(
            min=CONFIDENCE_RANGE[0],
            max=CONFIDENCE_RANGE[1],
            step=0.05,
            value=0.8,
            description="Promise at",
            readout_format=".0%",
            continuous_update=False,
            style={"description_width": "initial"},
            layout={"width": "330px"},
        )
        self.start = widgets.DatePicker(description="Start", layout={"width": "260px"})
        self.hours_per_day = widgets.FloatText(
            description="Hours a day on this project",
            step=0.5,
            style={"description_width": "initial"},
            layout={"width": "260px"},
        )
        self.calendar_error = ErrorLabel()
        self.reset_button = widgets.Button(
            description="Reset to defaults", icon="undo", tooltip="Back to the lesson's example"
        )

        # ---- outputs
        self.error_label = ErrorLabel()
        self.plot_output = widgets.Output(layout={"height": PLOT_HEIGHT, "overflow": "hidden"})
        self.promise_html = widgets.HTML()
        self.result_html = widgets.HTML()
        self.summary_html = widgets.HTML(layout={"max_width": "760px"})
        self.autosave_note = ErrorLabel()

        # ---- state: defaults, then whatever was autosaved
        self.autosave = Autosave("estimator", path=autosave_path, enabled=autosave)
        self._restore()

        # ---- events
        changed = guard(self._changed, self.error_label, clear=False)
        for w in (self.confidence, self.start, self.hours_per_day, self.csv_path):
            w.observe(changed, names="value")
        self.history_source.observe(
            guard(self._source_changed, self.error_label, clear=False), names="value"
        )
        self.csv_upload.observe(guard(self._uploaded, self.history_error), names="value")
        self.add_button.on_click(guard(lambda _b: self.add_row(), self.error_label, clear=False))
        self.reset_button.on_click(guard(lambda _b: self.reset(), self.error_label, clear=False))

        self.children = self._layout()
        self.add_class("ex-estimator")
        for widget, css in (
            (self.confidence, "ex-confidence"),
            (self.hours_per_day, "ex-hours-per-day"),
            (self.start, "ex-start"),
            (self.history_source, "ex-history-source"),
            (self.add_button, "ex-add-task"),
            (self.reset_button, "ex-reset"),
            (self.plot_output, "ex-plot"),
        ):
            widget.add_class(css)  # stable hooks for browser tests and facilitator CSS
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _layout(self) -> list[widgets.Widget]:
        heading = widgets.HTML(
            "<h3 style='margin:4px 0'>Estimator: when can we promise it?</h3>"
            "<div style='color:#555'>Edit the tasks, pick a history and how sure you want to "
            "be; press Enter after typing a number.</div>"
        )
        tasks = widgets.VBox(
            [_header(), self.rows_box, widgets.HBox([self.add_button, self.tasks_error])]
        )
        history = widgets.VBox(
            [self.history_source, self.csv_box, self.history_error, self.history_notes]
        )
        when = widgets.VBox(
            [widgets.HBox([self.confidence, self.start, self.hours_per_day]), self.calendar_error],
        )
        footer = widgets.HBox([self.reset_button, self.autosave_note])
        return [
            heading,
            tasks,
            history,
            when,
            self.error_label,
            self.promise_html,
            self.plot_output,
            self.result_html,
            self.summary_html,
            footer,
        ]

    def _source_options(self) -> list[tuple[str, str]]:
        options = [(label, key) for key, label in SOURCES.items()]
        if self._given_history is not None:
            options.insert(0, (f"Your history ({self._given_history.n} tasks)", "given"))
        return options

    # ------------------------------------------------------------------ state
    def _default_state(self, tasks, history, confidence, start, hours_per_day) -> dict[str, Any]:
        conf = v.probability("confidence", confidence)
        if not CONFIDENCE_RANGE[0] <= conf <= CONFIDENCE_RANGE[1]:
            raise InputError("confidence", confidence, "use a value from 0.5 to 0.95")
        csv_path = ""
        if isinstance(history, History):
            self._given_history, source = history, "given"
        elif history is None or history == "none":
            source = "none"
        elif history == "example":
            source = "example"
        elif isinstance(history, str | os.PathLike):
            source, csv_path = "csv", str(history)
        else:
            raise InputError(
                "history", history, "use 'example', None, a CSV path or a History object"
            )
        start = _dt.date.today() if start is None else WorkCalendar(start).start
        hpd = v.positive("hours_per_day", hours_per_day)
        prefer = THREE if source == "none" else SINGLE
        return {
            "tasks": _task_states(tasks, prefer=prefer),
            "history_source": source,
            "csv_path": csv_path,
            "confidence": conf,
            "start": start.isoformat(),
            "hours_per_day": hpd,
        }

    def state(self) -> dict[str, Any]:
        """Everything typed, as plain JSON values (what autosave writes)."""
        return {
            "tasks": [row.state() for row in self.rows],
            "history_source": self.history_source.value,
            "csv_path": self.csv_path.value,
            "confidence": float(self.confidence.value),
            "start": self.start.value.isoformat() if self.start.value else None,
            "hours_per_day": _finite_or_none(self.hours_per_day.value),
        }

    def _apply_state(self, state: dict[str, Any]) -> None:
        """Set the controls from a state dict (defaults or an autosave)."""
        if "tasks" in state:
            rows = state["tasks"]
            if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                raise InputError("tasks", type(rows).__name__, "expected a list of rows")
            for row in list(self.rows):
                self._drop_row(row)
            for row_state in rows:
                self.add_row(row_state, refresh=False)
        source = state.get("history_source")
        if source in dict(self.history_source.options).values():
            self.history_source.value = source
        if isinstance(state.get("csv_path"), str):
            self.csv_path.value = state["csv_path"]
        if isinstance(state.get("confidence"), int | float):
            self.confidence.value = float(state["confidence"])
        if isinstance(state.get("start"), str):
            self.start.value = _dt.date.fromisoformat(state["start"])
        elif "start" in state and state["start"] is None:
            self.start.value = None
        hpd = state.get("hours_per_day")
        if isinstance(hpd, int | float) and not isinstance(hpd, bool):
            self.hours_per_day.value = float(hpd)
        self._show_history_inputs()

    # ------------------------------------------------------------------ rows
    def add_row(self, state: dict[str, Any] | None = None, *, refresh: bool = True) -> TaskRow:
        """Append a task row (blank by default; blank rows are ignored until filled)."""
        prefer = SINGLE if self.history_source.value != "none" else THREE
        row = TaskRow(state or {"name": "", "mode": prefer}, default_mode=prefer)
        changed = guard(self._changed, self.error_label, clear=False)

        def mode_changed(_change: dict) -> None:
            row.show_mode()
            changed()

        for w in row.widgets():
            if w is row.mode:
                w.observe(mode_changed, names="value")
            else:
                w.observe(changed, names="value")
        row.remove_button.on_click(
            guard(lambda _b: self.remove_row(row), self.error_label, clear=False)
        )
        self.rows.append(row)
        self.rows_box.children = [*self.rows_box.children, row.box]
        if refresh:
            self._changed()
        return row

    def remove_row(self, row: TaskRow | int) -> None:
        """Remove a task row (a :class:`TaskRow` or its index) and recompute."""
        if isinstance(row, int):
            row = self.rows[row]
        self._drop_row(row)
        self._changed()

    def _drop_row(self, row: TaskRow) -> None:
        self.rows.remove(row)
        self.rows_box.children = [r.box for r in self.rows]
        row.close()  # frees the browser-side models of a removed row

    # ------------------------------------------------------------------ events
    def _changed(self, _change: Any = None) -> None:
        if self._hold:
            return
        self._show_history_inputs()
        self.refresh()
        self._save_now()

    def _source_changed(self, change: dict) -> None:
        """Without a history only 3-point tasks count: switch rows that have all three."""
        if change["new"] == "none" and not self._hold:
            with self._holding():
                for row in self.rows:
                    filled = all(w.value.strip() for w in (row.low, row.likely, row.high))
                    if row.mode.value == SINGLE and filled:
                        row.mode.value = THREE
                        row.show_mode()
        self._changed()

    def _uploaded(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        item = files[0]
        name = Path(str(item.get("name") or "upload.csv")).name
        content = bytes(item["content"])
        if self.autosave.enabled:  # keep it beside the autosave so a restart still finds it
            target = self.autosave.path.parent / f"estimator-upload-{name}"
        else:
            import tempfile

            target = Path(tempfile.mkdtemp(prefix="expectlib-")) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        with self._holding():
            self.history_source.value = "csv"
            self.csv_path.value = str(target)
            self.csv_upload.value = ()  # so uploading the same file again fires again
        self._changed()

    def _show_history_inputs(self) -> None:
        self.csv_box.layout.display = None if self.history_source.value == "csv" else "none"

    # ------------------------------------------------------------------ compute
    def refresh(self) -> EstimatorResult | None:
        """Read every control, recompute and redraw; returns the result or None.

        On bad input nothing is redrawn: the messages appear beside the controls and
        the last good result stays on screen.
        """
        return guard(self._refresh, self.error_label)()

    def _refresh(self) -> EstimatorResult | None:
        problems = 0
        tasks = self._read_tasks()
        problems += tasks is None
        history = self._read_history()
        problems += history is False
        calendar = self._read_calendar()
        problems += calendar is None
        confidence = float(self.confidence.value)
        if not problems:
            names, estimates, people = tasks
            if history is None and any(not isinstance(e, ThreePoint) for e in estimates):
                problems += self._single_without_history(estimates)
        if problems:
            kept = (
                "the result below is from your last good inputs"
                if self.last_result
                else ("no result yet")
            )
            noun = "input needs" if problems == 1 else "inputs need"
            self.error_label.show(f"{problems} {noun} fixing (marked in red); {kept}")
            return None

        fc = self._forecast(estimates, people, history)
        dates = calendar.dates(fc, qs=sorted({*TABLE_QS, confidence}))
        promise = dates.loc[np.isclose(dates["probability"], confidence)].iloc[0]
        result = EstimatorResult(
            forecast=fc,
            calendar=calendar,
            dates=dates,
            confidence=confidence,
            promise_date=promise["date"].date(),
            promise_effort=float(promise["effort"]),
        )
        self._render(result, names)
        self.last_result = result
        return result

    @property
    def last_forecast(self) -> Forecast | None:
        """The forecast behind the result on screen."""
        return None if self.last_result is None else self.last_result.forecast

    def _read_tasks(self) -> tuple[list[str], list[Any], list[str | None]] | None:
        names, estimates, people, bad = [], [], [], False
        for row in self.rows:
            if row.is_blank():
                row.mark(None)
                continue
            try:
                name, estimate, person = row.values()
            except InputError as exc:
                row.mark(exc)
                bad = True
                continue
            row.mark(None)
            names.append(name or f"Task {len(names) + 1}")
            estimates.append(estimate)
            people.append(person)
        if not bad and not estimates:
            self.tasks_error.show(
                InputError("tasks", "an empty table", "add at least one task with an estimate")
            )
            return None
        self.tasks_error.clear()
        return None if bad else (names, estimates, people)

    def _single_without_history(self, estimates: Sequence[Any]) -> int:
        problems = 0
        for row in (r for r in self.rows if not r.is_blank()):
            if row.mode.value == SINGLE:
                row.mark(
                    InputError(
                        "estimate",
                        row.estimate.value,
                        "one number needs a history; switch this task to 3-point "
                        "or choose a history above",
                    )
                )
                problems += 1
        return problems

    def _read_history(self) -> History | bool | None:
        """The selected History, None for "none", or False after showing an error."""
        source = self.history_source.value
        path = self.csv_path.value.strip()
        key: tuple[Any, ...] = (source,)
        if source == "csv":
            if not path:
                self.history_error.show(
                    InputError("CSV file", path, "type a path or upload a CSV of past tasks")
                )
                self.history_notes.value = ""
                return False
            p = Path(path).expanduser()
            key = (source, str(p), p.stat().st_mtime_ns if p.is_file() else None)
        if self._history_cache is not None and self._history_cache[0] == key:
            self.history_error.clear()
            return self._history_cache[1]
        try:
            if source == "none":
                history = None
            elif source == "example":
                history = History.example()
            elif source == "given":
                history = self._given_history
            else:
                history = history_from_csv(path)
        except InputError as exc:
            self.history_error.show(exc)
            self.history_notes.value = ""
            self._history_cache = None
            return False
        self.history_error.clear()
        self._history_cache = (key, history)
        self.history_notes.value = _history_notes(history)
        return history

    def _read_calendar(self) -> WorkCalendar | None:
        if self.start.value is None:
            self.calendar_error.show(InputError("start", None, "pick the first day of work"))
            return None
        try:
            calendar = WorkCalendar(start=self.start.value, hours_per_day=self.hours_per_day.value)
        except InputError as exc:
            self.calendar_error.show(exc)
            return None
        self.calendar_error.clear()
        return calendar

    def _forecast(self, estimates: list[Any], people: list[Any], history: History | None):
        points = tuple(
            (e.low, e.likely, e.high) if isinstance(e, ThreePoint) else float(e) for e in estimates
        )
        key = (points, tuple(people), id(history), self.trials, self.seed)
        if self._forecast_cache is not None and self._forecast_cache[0] == key:
            return self._forecast_cache[1]
        who = people if any(p is not None for p in people) else None
        fc = forecast(estimates, history=history, people=who, trials=self.trials, rng=self.seed)
        self._forecast_cache = (key, fc)
        return fc

    # ------------------------------------------------------------------ render
    def _render(self, result: EstimatorResult, names: list[str]) -> None:
        qs = sorted({0.5, result.confidence})
        show_png(self.plot_output, self._curve.png(result.forecast, qs, result.calendar))

        self.promise_html.value = _promise_html(result)
        self.result_html.value = _dates_html(result)
        self.summary_html.value = _summary_html(result, names)


# ---------------------------------------------------------------------- HTML


def _finite_or_none(x: Any) -> float | None:
    try:
        x = float(x)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _hours(x: float) -> str:
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.0f}"
    return f"{x:.1f}"


def _pct(q: float) -> str:
    return f"{100 * q:.0f}%"


_NOTES = "color:#555;line-height:1.4"


def _history_notes(history: History | None) -> str:
    if history is None:
        return (
            f"<div class='ex-history-notes' style='{_NOTES}'>No history: only 3-point tasks "
            "count, and the spread comes from your low and high values.</div>"
        )
    messages = history.hygiene().messages
    items = "".join(f"<li>{html.escape(m)}</li>" for m in messages)
    return (
        f"<div class='ex-history-notes' style='{_NOTES}'>{history.n:,} past tasks from "
        f"{html.escape(history.source)}. With a history, a 3-point task counts its likely "
        f"value; the history supplies the spread.<ul style='margin:2px 0'>{items}</ul></div>"
    )


def _promise_html(r: EstimatorResult) -> str:
    date = format_date(r.promise_date)
    hpd = f"{r.calendar.hours_per_day:g}"
    return (
        "<div class='ex-promise' style='font-size:1.35em;margin:6px 0'>"
        f"Promise: <b><span class='ex-promise-date' data-date='{r.promise_date.isoformat()}'>"
        f"{html.escape(date)}</span></b> ({_pct(r.confidence)} likely)"
        f"<span style='font-size:0.75em;color:#555'> · {_hours(r.promise_effort)} "
        f"{html.escape(r.forecast.unit)} of work at {hpd} h a day from "
        f"{html.escape(format_date(r.calendar.start))}</span></div>"
    )


_CELL = "padding:2px 16px 2px 4px"
_NUM_CELL = f"{_CELL};text-align:right"


def _dates_html(r: EstimatorResult) -> str:
    """The dated quantiles as a table; each date in ``<span class="ex-pNN-date">``."""
    unit = html.escape(r.forecast.unit)
    rows = []
    for _, row in r.dates.iterrows():
        q = float(row["probability"])
        tag = f"p{round(100 * q)}"
        chosen = math.isclose(q, r.confidence)
        style = " style='background:#fff3cd;font-weight:bold'" if chosen else ""
        day = row["date"].date()
        rows.append(
            f"<tr class='ex-{tag}'{style}>"
            f"<td style='{_CELL}'>P{round(100 * q)} ({_pct(q)} likely)</td>"
            f"<td style='{_NUM_CELL}'>{_hours(float(row['effort']))} {unit}</td>"
            f"<td style='{_NUM_CELL}'>{float(row['working_days']):.1f}</td>"
            f"<td style='{_CELL}'><span class='ex-{tag}-date' data-date='{day.isoformat()}'>"
            f"{html.escape(format_date(day))}</span></td></tr>"
        )
    head = "".join(
        f"<th style='{_NUM_CELL if numeric else _CELL}'>{label}</th>"
        for label, numeric in (
            ("Chance", False),
            ("Work", True),
            ("Working days", True),
            ("Done by", False),
        )
    )
    return (
        "<table class='ex-dates' style='border-collapse:collapse;font-size:1.05em'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _summary_html(r: EstimatorResult, names: list[str]) -> str:
    fc = r.forecast
    text = html.escape(fc.summary(q=r.confidence))
    extra = ""
    if fc.n_tasks > 1:
        p50, p80 = fc.task_quantiles(0.5), fc.task_quantiles(0.8)
        i = int(np.argmax(p80 - p50))
        unit = html.escape(fc.unit)
        extra = (
            f"<br>Most uncertain task: <b>{html.escape(names[i])}</b> (even odds "
            f"{_hours(float(p50[i]))} {unit}, 80% within {_hours(float(p80[i]))} {unit}); "
            "splitting or scoping it narrows the promise most."
        )
    cal = html.escape(r.calendar.describe())
    return (
        f"<div class='ex-summary' style='color:#333;line-height:1.45'>{text}{extra}<br>"
        f"<span style='color:#555'>Calendar: {cal}.</span></div>"
    )


# ---------------------------------------------------------------------- entry point


def estimator(
    tasks: Any = None,
    *,
    history: Any = "example",
    confidence: float = 0.8,
    start: Any = None,
    hours_per_day: float = 6.0,
    autosave: bool = True,
    autosave_path: str | os.PathLike | None = None,
    trials: int = 10_000,
    rng: Any = None,
) -> EstimatorApp:
    """Build the estimator widget (returned, not displayed).

    * ``tasks``: None (the example task list), a DataFrame or a list of dicts with
      columns such as ``task, estimate_h, low_h, likely_h, high_h, person``; numbers or
      :class:`~expectlib.estimate.ThreePoint` objects also work.
    * ``history``: ``"example"``, ``None`` (three-point only), a CSV path or a
      :class:`~expectlib.history.History`.
    * ``confidence``: the probability to promise at, 0.5–0.95.
    * ``start`` (date or ``"YYYY-MM-DD"``, default today) and ``hours_per_day``: the
      calendar that turns hours of work into dates.
    * ``autosave``: keep what is typed in ``.expectlib/autosave/estimator.json`` (or
      ``autosave_path``) and restore it next time; ``False`` turns it off.
    * ``trials`` and ``rng``: Monte Carlo size and seed (default 2024); every refresh
      reuses the seed, so the same inputs give the same numbers.
    """
    return EstimatorApp(
        tasks,
        history=history,
        confidence=confidence,
        start=start,
        hours_per_day=hours_per_day,
        autosave=autosave,
        autosave_path=autosave_path,
        trials=trials,
        rng=rng,
    )
