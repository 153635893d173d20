"""The capacity calculator: what can you honestly promise this week, and by when?

One call in a notebook::

    import expectlib as ex
    ex.widgets.capacity_calculator()     # the writer: 3,000 words, 1,000 a day, 2 days

builds a :class:`CapacityCalculator`: the unit of work (hours, or words, pages, posts…),
the pace (per working day, or hours a week × the focus factor), the work already
promised, the new request, the deadline in working days, the safety buffer and an
optional start date. It shows the verdict, the honest promise (with dates when a start
date is given), 2–3 "yes, if…" options, the arithmetic and the assumptions, and a
one-line timeline of committed work, new work, buffer, deadline and promise.

The widget holds no capacity logic: it reads its controls, calls
:func:`expectlib.capacity.capacity_check` and draws with
:func:`expectlib.capacity.plot_capacity`. A bad value shows an inline message beside its
control and the last good result stays on screen; every string typed by the user is
escaped before it is shown; everything typed is autosaved (see
:class:`~expectlib.widgets._common.Autosave`).
"""

from __future__ import annotations

import datetime as _dt
import html
import io
import math
import os
from typing import Any

import ipywidgets as widgets

from .. import _validate as v
from ..calendar import _HOUR_UNITS
from ..capacity import CapacityCheck, _all, _amount, _focus, capacity_check, plot_capacity
from ..errors import InputError, _short
from ._common import FIGURE_DPI, Autosave, AutosavedApp, ErrorLabel, format_date, guard, show_png

__all__ = ["CapacityCalculator", "capacity_calculator"]

#: Units offered in the unit box (any other text can be typed).
UNITS = ("hours", "words", "pages", "posts", "articles", "designs", "videos")
FIGSIZE = (7.0, 2.0)  # inches; at 90 dpi: 630 x 180 px
FOCUS_RANGE = (0.1, 1.0)
SAFETY_RANGE = (1.0, 2.0)

#: Text boxes: control name -> (label, placeholder).
_TEXTS = {
    "request": ("New request", "e.g. 3000"),
    "per_day": ("Your pace per working day", "e.g. 1000"),
    "hours_per_week": ("Paid hours a week", "e.g. 40"),
    "committed": ("Already promised (done first)", "0"),
    "deadline": ("Deadline in working days", "blank = no deadline"),
}
#: Starting amounts for each offered unit: (new request, pace per working day; None for
#: hours, whose pace comes from hours a week). Example values, not measurements: when the
#: unit changes the boxes are reset to them (and the calculator says so), so that
#: "3000" words never become 3,000 hours.
UNIT_DEFAULTS: dict[str, tuple[str, str | None]] = {
    "hours": ("20", None),
    "words": ("3000", "1000"),
    "pages": ("10", "5"),
    "posts": ("4", "2"),
    "articles": ("3", "1"),
    "designs": ("3", "1"),
    "videos": ("2", "0.5"),
}
# capacity_check's field name -> the control that holds it
_FIELD_TO_CONTROL = {"deadline_days": "deadline", "calendar": "start"}
#: The control's name in plain words, used in its inline messages (never the code name).
_PLAIN = {
    "unit": "Unit of work",
    "request": "New request",
    "per_day": "Your pace per working day",
    "hours_per_week": "Paid hours a week",
    "days_per_week": "Working days a week",
    "focus": "Focus",
    "committed": "Already promised",
    "deadline": "Deadline in working days",
    "safety": "Safety buffer",
    "start": "Start date",
}

_VERDICT = {  # label, text colour, background
    "fits": ("Fits, with the buffer", "#1b5e20", "#e8f5e9"),
    "tight": ("Only just: no room for the buffer", "#8a4b00", "#fff3e0"),
    "does_not_fit": ("Does not fit", "#b00020", "#fdecea"),
    "no_deadline": ("No deadline given", "#333", "#eee"),
}
_NOTE = "color:#555;line-height:1.4"
_STYLE = {"description_width": "200px"}
_WIDE = {"width": "380px"}


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _number_text(value: Any) -> str:
    """A default number as the text put in a box: 3000, 2.5 (never "3,000" or "3e+03")."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    x = float(value)
    return str(int(x)) if x.is_integer() else repr(x)


def _is_hours(unit: str) -> bool:
    return unit.strip().lower() in _HOUR_UNITS


def _unit_key(unit: str) -> str | None:
    """The :data:`UNIT_DEFAULTS` entry for a typed unit ("Hours", "h", "word"), or None."""
    low = unit.strip().lower()
    if _is_hours(low):
        return "hours"
    for key in (low, low + "s"):
        if key in UNIT_DEFAULTS:
            return key
    return None


# ---------------------------------------------------------------------- the figure


def capacity_png(check: CapacityCheck, *, figsize=FIGSIZE, dpi: int = FIGURE_DPI) -> bytes:
    """PNG bytes of :func:`~expectlib.capacity.plot_capacity` (no pyplot, so nothing lingers)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    plot_capacity(check, ax=ax)
    fig.subplots_adjust(left=0.03, right=0.98, bottom=0.25, top=0.68)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()


# ---------------------------------------------------------------------- HTML


def _day_html(check: CapacityCheck, n: int | None, when: Any) -> str:
    if n is None:
        return "—"
    text = f"working day {n:,}" if n else "day 0 (no working day left)"
    if when is not None:
        text += f" · <b>{_esc(format_date(when))}</b>"
    return text


def check_html(check: CapacityCheck) -> str:
    """The verdict, promise, dates, options, arithmetic and assumptions as HTML (escaped)."""
    c = check
    label, fg, bg = _VERDICT[c.verdict]
    badge = (
        f"<span class='ex-verdict' data-verdict='{_esc(c.verdict)}' style='color:{fg};"
        f"background:{bg};padding:1px 8px;border-radius:10px;font-weight:600'>"
        f"{_esc(label)}</span>"
    )
    head = f"<div class='ex-headline' style='margin:6px 0'>{_esc(c.headline)}</div>"
    when = format_date(c.promise_date) if c.promise_date else f"working day {c.promise_days:,}"
    whole, _, amount = _all(c).partition(" ")
    promise = (
        f"<div class='ex-promise' style='font-size:1.15em'>Promise: {whole} "
        f"<b>{_esc(amount)}</b> by <b>{_esc(when)}</b></div>"
    )
    rows = [
        ("Earliest (nothing goes wrong)", _day_html(c, c.earliest_days, c.earliest_date)),
        ("Honest promise (with buffer)", _day_html(c, c.promise_days, c.promise_date)),
        ("Client's deadline", _day_html(c, c.deadline_days, c.deadline_date)),
    ]
    cells = "".join(
        f"<tr><th style='text-align:left;padding:1px 10px 1px 0;font-weight:normal'>{k}</th>"
        f"<td>{val}</td></tr>"
        for k, val in rows
    )
    dates = f"<table class='ex-dates' style='margin:4px 0'>{cells}</table>"
    options = "".join(f"<li>{_esc(o)}</li>" for o in c.options)
    options = (
        "<div style='margin-top:6px'><b>Options to offer</b></div>"
        f"<ol class='ex-options' style='margin:2px 0;padding-left:20px'>{options}</ol>"
    )
    explanation = (
        f"<div class='ex-explanation' style='{_NOTE};margin-top:6px'>"
        f"<b>The arithmetic.</b> {_esc(c.explanation)}</div>"
    )
    items = ""
    for label, why in c.assumption_lines():
        name, _, value = label.partition(" = ")
        items += f"<li><b>{_esc(name)}</b> = {_esc(value)}: {_esc(why)}</li>"
    assumptions = (
        f"<div style='{_NOTE};margin-top:6px'><b>Assumptions</b> (change them if they are not "
        f"true for you)<ul class='ex-assumptions' style='margin:2px 0;padding-left:20px'>"
        f"{items}</ul></div>"
    )
    return (
        f"<div class='ex-capacity' data-verdict='{_esc(c.verdict)}' style='line-height:1.45;"
        f"border:1px solid #ddd;border-radius:6px;padding:8px 12px;max-width:760px'>"
        f"{badge}{head}{promise}{dates}{options}{explanation}{assumptions}</div>"
    )


# ---------------------------------------------------------------------- the app


class CapacityCalculator(AutosavedApp, widgets.VBox):
    """The capacity calculator; build it with :func:`capacity_calculator`.

    Controls (attributes, also in ``controls`` by name): ``unit`` (Combobox, free text),
    ``request``, ``per_day`` (shown for units other than hours), ``hours_per_week``,
    ``committed``, ``deadline`` (Text boxes), ``days_per_week`` (IntSlider), ``focus`` and
    ``safety`` (FloatSliders, both labelled as assumptions), ``start`` (DatePicker,
    optional), ``reset_button``. Inline messages: ``errors`` (control name ->
    :class:`ErrorLabel`) and ``error_label``. Outputs: ``result`` (HTML), ``plot_output``
    (the timeline PNG, also in ``last_png``), ``last_check``
    (:class:`~expectlib.capacity.CapacityCheck`, kept while later inputs are bad).
    """

    def __init__(
        self,
        *,
        request: Any = 3000,
        unit: str = "words",
        per_day: Any = 1000,
        hours_per_week: Any = 40,
        days_per_week: Any = 5,
        focus: Any = 0.7,
        committed: Any = 0,
        deadline_days: Any = 2,
        safety: Any = 1.25,
        start: Any = None,
        autosave: bool = True,
        autosave_path: str | os.PathLike | None = None,
        name: str = "capacity",
    ) -> None:
        super().__init__()
        self.last_check: CapacityCheck | None = None
        self.last_png: bytes | None = None
        self._defaults = self._default_state(
            request, unit, per_day, hours_per_week, days_per_week, focus, committed,
            deadline_days, safety, start,
        )  # fmt: skip

        # ---- controls
        self.unit = widgets.Combobox(
            options=UNITS,
            description="Unit of work",
            ensure_option=False,
            continuous_update=False,
            style=_STYLE,
            layout=_WIDE,
        )
        texts = {}
        for key, (label, placeholder) in _TEXTS.items():
            texts[key] = widgets.Text(
                description=label,
                placeholder=placeholder,
                continuous_update=False,
                style=_STYLE,
                layout=_WIDE,
            )
        self.request = texts["request"]
        self.per_day = texts["per_day"]
        self.hours_per_week = texts["hours_per_week"]
        self.committed = texts["committed"]
        self.deadline = texts["deadline"]
        self.days_per_week = widgets.IntSlider(
            min=1, max=7, description="Working days a week", style=_STYLE, layout=_WIDE
        )
        self.focus = widgets.FloatSlider(
            min=FOCUS_RANGE[0],
            max=FOCUS_RANGE[1],
            step=0.05,
            description="Focus (assumption)",
            readout_format=".0%",
            tooltip="Share of paid hours that goes to project work; the rest is email, admin, "
            "meetings",
            style=_STYLE,
            layout=_WIDE,
        )
        self.safety = widgets.FloatSlider(
            min=SAFETY_RANGE[0],
            max=SAFETY_RANGE[1],
            step=0.05,
            description="Safety buffer (assumption)",
            readout_format=".2f",
            tooltip="1 = no buffer, 1.25 = 25% more time than the bare arithmetic",
            style=_STYLE,
            layout=_WIDE,
        )
        self.start = widgets.DatePicker(description="Start (optional)", style=_STYLE)
        self.reset_button = widgets.Button(
            description="Reset to defaults", icon="undo", layout={"width": "auto"}
        )
        self.controls: dict[str, widgets.Widget] = {
            "unit": self.unit,
            "request": self.request,
            "per_day": self.per_day,
            "hours_per_week": self.hours_per_week,
            "days_per_week": self.days_per_week,
            "focus": self.focus,
            "committed": self.committed,
            "deadline": self.deadline,
            "safety": self.safety,
            "start": self.start,
        }
        self.errors = {key: ErrorLabel(layout={"margin": "0 0 2px 204px"}) for key in self.controls}

        # ---- outputs
        self.error_label = ErrorLabel()
        self.unit_note = ErrorLabel(layout={"margin": "0 0 2px 204px"})
        self.result = widgets.HTML()
        self.plot_output = widgets.Output(layout={"height": "190px", "overflow": "hidden"})
        self.autosave_note = ErrorLabel()

        # ---- state: defaults, then whatever was autosaved
        self.autosave = Autosave(name, path=autosave_path, enabled=autosave)
        self._restore()

        # ---- events
        changed = guard(self._changed, self.error_label, clear=False)
        for w in self.controls.values():
            w.observe(changed, names="value")
        self.reset_button.on_click(guard(lambda _b: self.reset(), self.error_label, clear=False))

        self.children = self._layout()
        self.add_class("ex-capacity-calculator")
        for key, w in self.controls.items():
            w.add_class(f"ex-{key.replace('_', '-')}")  # hooks for browser tests and CSS
        self.plot_output.add_class("ex-plot")
        self.reset_button.add_class("ex-reset")
        self._show_inputs()
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _layout(self) -> list[widgets.Widget]:
        def pair(key: str) -> widgets.VBox:
            if key == "unit":
                return widgets.VBox([self.unit, self.unit_note, self.errors[key]])
            return widgets.VBox([self.controls[key], self.errors[key]])

        self._pace_boxes = {
            "per_day": pair("per_day"),
            "hours_per_week": pair("hours_per_week"),
            "focus": pair("focus"),
        }
        heading = widgets.HTML(
            "<h3 style='margin:4px 0'>Capacity: what can you honestly promise?</h3>"
            f"<div style='{_NOTE}'>Work already promised is done first. Focus and safety are "
            "assumptions: set them to what is true for you. Press Enter after typing a "
            "number.</div>"
        )
        inputs = widgets.VBox(
            [
                pair("unit"),
                pair("request"),
                pair("committed"),
                self._pace_boxes["per_day"],
                self._pace_boxes["hours_per_week"],
                pair("days_per_week"),
                self._pace_boxes["focus"],
                pair("deadline"),
                pair("safety"),
                pair("start"),
            ],
            layout={"flex": "0 0 400px"},
        )
        output = widgets.VBox(
            [self.error_label, self.result, self.plot_output],
            layout={"flex": "1 1 420px", "min_width": "380px"},
        )
        return [
            heading,
            widgets.HBox(
                [inputs, output], layout={"flex_flow": "row wrap", "align_items": "flex-start"}
            ),
            widgets.HBox([self.reset_button, self.autosave_note]),
        ]

    def _show_inputs(self) -> None:
        """Hours: hours a week and focus; any other unit: the pace per working day."""
        hours = _is_hours(self.unit.value or "")
        if not hasattr(self, "_pace_boxes"):
            return
        self._pace_boxes["per_day"].layout.display = "none" if hours else None
        self._pace_boxes["hours_per_week"].layout.display = None if hours else "none"
        self._pace_boxes["focus"].layout.display = None if hours else "none"

    # ------------------------------------------------------------------ state
    @staticmethod
    def _default_state(
        request, unit, per_day, hours_per_week, days_per_week, focus, committed, deadline_days,
        safety, start,
    ) -> dict[str, Any]:  # fmt: skip
        hours = isinstance(unit, str) and _is_hours(unit)
        check = capacity_check(  # validates every argument
            request,
            per_day=None if hours else per_day,
            hours_per_week=hours_per_week,
            days_per_week=days_per_week,
            focus=focus,
            committed=committed,
            deadline_days=deadline_days,
            safety=safety,
            unit=unit,
            start=start,
        )
        focus_ = _focus(focus)
        if not FOCUS_RANGE[0] <= focus_ <= FOCUS_RANGE[1]:
            raise InputError("focus", focus, f"the slider goes from {FOCUS_RANGE[0]:g} to 1")
        if not SAFETY_RANGE[0] <= check.safety <= SAFETY_RANGE[1]:
            raise InputError("safety", safety, f"the slider goes from 1 to {SAFETY_RANGE[1]:g}")
        return {
            "unit": check.unit,
            "request": _number_text(request),
            "per_day": _number_text(per_day),
            "hours_per_week": _number_text(hours_per_week),
            "days_per_week": check.days_per_week,
            "focus": focus_,
            "committed": _number_text(committed),
            "deadline": _number_text(deadline_days),
            "safety": check.safety,
            "start": None if check.start is None else check.start.isoformat(),
        }

    def state(self) -> dict[str, Any]:
        """Everything typed, as plain JSON values (what autosave writes)."""
        return {
            "unit": self.unit.value,
            "request": self.request.value,
            "per_day": self.per_day.value,
            "hours_per_week": self.hours_per_week.value,
            "days_per_week": int(self.days_per_week.value),
            "focus": float(self.focus.value),
            "committed": self.committed.value,
            "deadline": self.deadline.value,
            "safety": float(self.safety.value),
            "start": self.start.value.isoformat() if self.start.value else None,
        }

    def _apply_state(self, state: dict[str, Any]) -> None:
        """Set the controls from a state dict (defaults or an autosave)."""
        if not isinstance(state, dict):
            raise InputError("autosave", type(state).__name__, "expected a dict of inputs")
        for key in ("unit", *_TEXTS):
            if key in state:
                if not isinstance(state[key], str):
                    raise InputError(key, state[key], "expected the text typed in the box")
                self.controls[key].value = state[key]
        for key in ("days_per_week", "focus", "safety"):
            if key in state:
                x = state[key]
                if isinstance(x, bool) or not isinstance(x, int | float) or not math.isfinite(x):
                    raise InputError(key, x, "expected a number")
                slider = self.controls[key]
                slider.value = min(max(x, slider.min), slider.max)
        if "start" in state:
            raw = state["start"]
            if raw is not None and not isinstance(raw, str):
                raise InputError("start", raw, "expected an ISO date or null")
            self.start.value = None if raw in (None, "") else _dt.date.fromisoformat(raw)

    # ------------------------------------------------------------------ events
    def _changed(self, change: Any = None) -> None:
        if self._hold:
            return
        if isinstance(change, dict) and change.get("owner") is self.unit:
            self._unit_changed(str(change.get("old") or ""), str(change.get("new") or ""))
        self._show_inputs()
        self.refresh()
        self._save_now()

    def _unit_changed(self, old: str, new: str) -> None:
        """Keep the amounts sensible: a new unit gets its own example amounts, and says so.

        The numbers typed for words mean nothing in hours (3000 words are not 3,000
        hours): for a unit the calculator knows, the request, the work already promised
        and the pace go back to that unit's example values (:data:`UNIT_DEFAULTS`). For
        any other unit the numbers stay and the note asks to check them.
        """
        old_key, new_key = _unit_key(old), _unit_key(new)
        if not new.strip() or old.strip().lower() == new.strip().lower() or old_key == new_key:
            self.unit_note.clear()  # same unit, or still being typed: nothing to convert
            return
        if new_key is None:
            self.unit_note.note(
                f"Unit changed to {new.strip()}: the amounts below are now read as "
                f"{new.strip()}; check the new request, what is already promised and the pace."
            )
            return
        request, per_day = UNIT_DEFAULTS[new_key]
        unit = new.strip()
        reset = [f"the new request is now {_amount(float(request), unit)}"]
        with self._holding():
            self.request.value = request
            if self.committed.value.strip() not in ("", "0"):
                self.committed.value = "0"
                reset.append("already promised is 0")
            if per_day is not None:
                self.per_day.value = per_day
                reset.append(f"your pace is {_amount(float(per_day), unit)} a working day")
        what = reset[0] if len(reset) == 1 else f"{', '.join(reset[:-1])} and {reset[-1]}"
        self.unit_note.note(
            f"Unit changed to {unit}: amounts in {old.strip()} do not carry over, so {what} "
            "(example values: type your own)."
        )

    def reset(self) -> None:
        """Back to the arguments the calculator was built with; clears the unit note."""
        self.unit_note.clear()
        super().reset()

    # ------------------------------------------------------------------ compute
    def refresh(self) -> CapacityCheck | None:
        """Read every control, recompute and redraw; returns the check or None.

        On bad input nothing is redrawn: the message appears beside the control and the
        last good result stays on screen.
        """
        return guard(self._refresh, self.error_label)()

    def _mark(self, key: str, exc: InputError) -> None:
        """Show ``exc`` beside its control in plain words: the box's label, not the code name."""
        typed = self.controls[key].value
        if not isinstance(typed, str):
            typed = exc.value
        self.errors[key].show(f"{_PLAIN[key]}: got {_short(typed)}; {exc.fix}")
        self.controls[key].layout.border = "2px solid #b00020"

    def _refresh(self) -> CapacityCheck | None:
        for key, w in self.controls.items():
            self.errors[key].clear()
            w.layout.border = None
        unit = (self.unit.value or "").strip()
        hours = _is_hours(unit)
        kwargs: dict[str, Any] = {}
        bad = False
        for key in _TEXTS:
            if key == "per_day" and hours:
                continue
            if key in ("hours_per_week",) and not hours:
                continue
            raw = self.controls[key].value.strip()
            try:
                if key == "deadline":  # checked by capacity_check: a whole number
                    kwargs["deadline_days"] = raw or None
                elif key == "committed" and not raw:
                    kwargs["committed"] = 0.0
                else:
                    kwargs[key] = v.parse_number(key, raw)
            except InputError as exc:
                self._mark(key, exc)
                bad = True
        if bad:
            self._keep_last()
            return None
        try:
            check = capacity_check(
                kwargs.pop("request"),
                per_day=kwargs.pop("per_day", None),
                days_per_week=self.days_per_week.value,
                focus=round(float(self.focus.value), 4),
                safety=round(float(self.safety.value), 4),
                unit=unit,
                start=self.start.value,
                **kwargs,
            )
        except InputError as exc:
            key = str(exc.field).split(".")[0]
            key = _FIELD_TO_CONTROL.get(key, key)
            if key not in self.controls:
                raise
            self._mark(key, exc)
            self._keep_last()
            return None
        self.last_check = check
        self.result.value = check_html(check)
        self.last_png = capacity_png(check)
        show_png(self.plot_output, self.last_png)
        return check

    def _keep_last(self) -> None:
        """Say what to fix; the last good result stays on screen."""
        kept = "the result shown is from your last good inputs" if self.last_check else "no result"
        self.error_label.show(f"Fix the field marked in red; {kept}")


def capacity_calculator(
    *,
    request: Any = 3000,
    unit: str = "words",
    per_day: Any = 1000,
    hours_per_week: Any = 40,
    days_per_week: Any = 5,
    focus: Any = 0.7,
    committed: Any = 0,
    deadline_days: Any = 2,
    safety: Any = 1.25,
    start: Any = None,
    autosave: bool = True,
    autosave_path: str | os.PathLike | None = None,
    name: str = "capacity",
) -> CapacityCalculator:
    """Build the capacity calculator (returned, not displayed).

    The defaults are the lesson's classic case: a writer at 1,000 words a working day asked
    for three 1,000-word articles in two working days. Every argument is the starting value
    of its control and is validated like :func:`expectlib.capacity.capacity_check` (``focus``
    between 0.1 and 1, ``safety`` between 1 and 2, the sliders' ranges). With
    ``unit="hours"`` the pace comes from ``hours_per_week`` / ``days_per_week`` × ``focus``
    and ``per_day`` is not used.

    * ``autosave``: keep what is typed in ``.expectlib/autosave/<name>.json`` (or under
      ``$EXPECTLIB_AUTOSAVE_DIR``, or ``autosave_path``) and restore it next time;
      ``False`` turns it off.

    >>> app = capacity_calculator(autosave=False)
    >>> app.last_check.fits, app.last_check.deliverable_by_deadline
    (False, 2000.0)
    """
    return CapacityCalculator(
        request=request,
        unit=unit,
        per_day=per_day,
        hours_per_week=hours_per_week,
        days_per_week=days_per_week,
        focus=focus,
        committed=committed,
        deadline_days=deadline_days,
        safety=safety,
        start=start,
        autosave=autosave,
        autosave_path=autosave_path,
        name=name,
    )
