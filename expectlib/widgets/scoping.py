"""Scoping widgets: pre-qualify a brief, build a statement of work, triage client requests.

Three calls, one per job (lesson 01)::

    import expectlib as ex
    ex.widgets.brief_form("../data/example_brief_vague.json")    # score, level, red flags
    builder = ex.widgets.scope_builder("../data/example_scope.json")
    ex.widgets.triage_box(builder)                                 # "can you also add…?"

* :func:`brief_form` — the client's brief, field by field, with a live pre-qualification
  beside it (:func:`expectlib.scope.prequalify`): a score out of 100, a level ("go", "ask
  first", "walk away?") and every red flag with its evidence and the question to ask next.
  It updates on every change.
* :func:`scope_builder` — the written statement of work: deliverable rows (add and
  remove), what is out of scope, assumptions, the communication plan, milestones and
  payment stages, metrics and change control, with a live preview of the statement
  (:meth:`expectlib.scope.Scope.to_html`). Save / Load a JSON file (atomic, validated on
  load: a broken file is reported naming the field, e.g. ``deliverables[2].price``) and
  export Markdown + HTML next to it, with download links.
* :func:`triage_box` — paste a client's request; it is classified against the scope
  (in scope, change request, out of scope) and the change-request record is shown.

The widgets hold no scoping logic (that is :mod:`expectlib.scope`). They follow the
package's rules (:mod:`expectlib.widgets._common`): a bad value shows an inline message
beside its control and stays in the box, the last good result stays on screen, nothing
raises into the notebook, every client string shown as HTML is escaped, and everything
typed is autosaved so a kernel restart loses nothing.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as _dt
import html
import json
import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from .. import _validate as v
from ..errors import InputError
from ..scope import (
    CADENCES,
    DEFAULT_CHANGE_CONTROL,
    RED_FLAGS,
    Brief,
    CommunicationPlan,
    Deliverable,
    Milestone,
    PaymentStage,
    Prequalification,
    Scope,
    Triage,
    prequalify,
    triage,
)
from ._common import Autosave, AutosavedApp, ErrorLabel, guard

__all__ = [
    "BriefForm",
    "ScopeBuilder",
    "TriageBox",
    "brief_form",
    "scope_builder",
    "triage_box",
]

ROOT = Path(__file__).resolve().parents[2]
#: Where the lesson's example files live.
DATA = ROOT / "data"
#: The default file the scope builder saves to (relative to the notebook's folder).
DEFAULT_SCOPE_FILE = "my_scope.json"
CHANNELS = ("email", "Slack", "Microsoft Teams", "WhatsApp", "phone", "project tool")
PREVIEW_HEIGHT = "520px"

_NOTE = "color:#555;line-height:1.4"
_ESC = html.escape  # quote=True: safe in text and in attribute values


def _esc(value: Any) -> str:
    return _ESC(str(value), quote=True)


# ---------------------------------------------------------------------- small helpers


def _text(value: Any) -> str:
    """A value as the text shown in a box: 4.0 -> "4", None/NaN -> "", dates -> ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:g}"
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "\n".join(_text(x) for x in value)
    return str(value)


def _date(value: Any) -> _dt.date | None:
    """A date from a DatePicker value, an ISO string or None ("" -> None)."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


def _lines(raw: str) -> tuple[str, ...]:
    """One item per line; blank lines and leading bullets ("- ", "1. ") dropped."""
    items = []
    for line in (raw or "").splitlines():
        line = _BULLET.sub("", line).strip()
        if line:
            items.append(line)
    return tuple(items)


def _number_or_none(field: str, raw: str, parse: Callable[[str, Any], float]) -> float | None:
    raw = (raw or "").strip()
    return None if not raw else parse(field, raw)


def _whole(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def _share(raw: str) -> float:
    """A payment share: "30%", "30" (read as percent) or "0.3"."""
    text = (raw or "").strip()
    if text.endswith("%"):
        x = v.parse_number("share", text[:-1]) / 100
    else:
        x = v.parse_number("share", text)
        if 1 < x <= 100:
            x /= 100
    if not (math.isfinite(x) and 0 < x <= 1):
        raise InputError("share", raw, "use a share of the total price such as 30% or 0.3")
    return round(x, 6)


def _read_json_file(path: Path) -> Any:
    """The data of a JSON file, unwrapping an expectlib envelope ({"format", "data"})."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("path", str(path), "no such file; check the name and the folder") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("path", str(path), f"could not read it as JSON ({exc})") from None
    if (
        isinstance(data, dict)
        and "data" in data
        and str(data.get("format", "")).startswith("expectlib/")
    ):
        return data["data"]
    return data


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-.")[:60] or "default"


def _write_text_atomic(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` via a temporary file and a rename (never half a file)."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


#: Tab titles as wide as their text (ipywidgets cuts them at 144 px); scoped to our tabs.
_TAB_CSS = (
    "<style>.jupyter-widgets.widget-tab.ex-tabs > .lm-TabBar .lm-TabBar-tab"
    "{flex:0 0 auto !important;max-width:none !important}</style>"
)


def _heading(title: str, subtitle: str = "") -> widgets.HTML:
    sub = f"<div style='{_NOTE}'>{subtitle}</div>" if subtitle else ""
    return widgets.HTML(f"{_TAB_CSS}<h3 style='margin:4px 0'>{title}</h3>{sub}")


def _section(title: str) -> widgets.HTML:
    return widgets.HTML(f"<b style='display:block;margin:8px 0 2px'>{title}</b>")


# ====================================================================== the brief form


@dataclass(frozen=True)
class _BriefField:
    key: str
    label: str
    kind: str  # text | area | lines | number | date | choice
    placeholder: str
    tab: int


_BRIEF_TABS = ("Client & goal", "Deliverables", "Time & money", "Working together")
_BRIEF_FIELDS = (
    _BriefField("project", "Project", "text", "e.g. New website for a bakery", 0),
    _BriefField("client", "Client", "text", "who is asking", 0),
    _BriefField("decision_maker", "Decision maker", "text", "who approves the work?", 0),
    _BriefField("goal", "Goal", "area", "What should be different when the work is done?", 0),
    _BriefField("why", "Why now", "area", "the reason behind the project", 0),
    _BriefField("audience", "Audience", "text", "who will use the result?", 0),
    _BriefField("deliverables_wanted", "Deliverables wanted", "lines", "one per line", 1),
    _BriefField("must_haves", "Must-haves", "lines", "one per line", 1),
    _BriefField("nice_to_haves", "Nice-to-haves", "lines", "one per line", 1),
    _BriefField("examples_liked", "Examples they like", "lines", "links or names, one per line", 1),
    _BriefField("examples_disliked", "Examples they dislike", "lines", "one per line", 1),
    _BriefField("deadline", "Deadline", "date", "", 2),
    _BriefField("deadline_reason", "Reason for the date", "text", "e.g. a launch event", 2),
    _BriefField("budget_min", "Budget from", "number", "e.g. 3000", 2),
    _BriefField("budget_max", "Budget up to", "number", "e.g. 5000", 2),
    _BriefField("currency", "Currency", "text", "USD", 2),
    _BriefField("staged_payment_ok", "Staged payment OK?", "choice", "", 2),
    _BriefField("estimated_hours", "Your estimate (h)", "number", "hours of work", 2),
    _BriefField("hourly_rate", "Your hourly rate", "number", "per hour", 2),
    _BriefField("client_inputs", "Client provides", "lines", "texts, photos, logins…", 3),
    _BriefField("inputs_due", "Inputs due", "date", "", 3),
    _BriefField("feedback_turnaround_days", "Feedback within (days)", "number", "e.g. 3", 3),
    _BriefField(
        "contact_expectation", "Contact expected", "text", "e.g. any time, weekends too", 3
    ),
    _BriefField(
        "guarantee_requested", "Guarantee asked for", "text", "e.g. first page of Google", 3
    ),
)
_STAGED = (("not asked yet", "unknown"), ("yes", "yes"), ("no", "no"))
_STAGED_VALUE = {"unknown": None, "yes": True, "no": False}
_LEVEL_ADVICE = {
    "go": "Ready to quote; answer any flags below in your proposal.",
    "ask first": "Ask the questions below before you quote; the answers decide the price.",
    "walk away?": "Too much is unknown to quote. Ask the questions below; if the answers do "
    "not come, declining politely is a fair answer.",
}
_LEVEL_STYLE = {
    "go": ("#1b5e20", "#e8f5e9"),
    "ask first": ("#7a4f00", "#fff3cd"),
    "walk away?": ("#b00020", "#fdecea"),
}


def _brief_state(brief: Brief) -> dict[str, str]:
    """A Brief as the text each box shows."""
    state = {}
    for f in _BRIEF_FIELDS:
        value = getattr(brief, f.key, None)
        if f.kind == "choice":
            state[f.key] = {True: "yes", False: "no"}.get(value, "unknown")
        else:
            state[f.key] = _text(value)
    return state


def _load_brief(source: Any) -> tuple[Brief, str]:
    """``(brief, autosave name)`` from None, a Brief, a dict or a JSON file path."""
    if source is None:
        return Brief(), "brief"
    if isinstance(source, Brief):
        return source, "brief-" + _slug(source.project) if source.project else "brief"
    if isinstance(source, dict):
        return Brief.from_dict(source), "brief"
    if isinstance(source, str | os.PathLike):
        path = Path(source).expanduser()
        loader = getattr(Brief, "load", None)
        if callable(loader):
            try:
                return loader(path), "brief-" + _slug(path.stem)
            except InputError:
                pass  # maybe a plain dict, not an envelope: try below
        data = _read_json_file(path)
        if not isinstance(data, dict):
            raise InputError("brief", str(path), "the file does not hold a brief (a JSON object)")
        return Brief.from_dict(data), "brief-" + _slug(path.stem)
    raise InputError("brief", source, "pass None, a Brief, a dict or the path of a brief JSON file")


class BriefForm(AutosavedApp, widgets.VBox):
    """The brief form with live pre-qualification; build it with :func:`brief_form`.

    Controls: ``fields`` (dict: Brief field name -> widget; each also an attribute, e.g.
    ``form.goal``, ``form.budget_max``), ``reset_button``. Inline messages: ``errors``
    (dict: field -> :class:`ErrorLabel`), ``error_label`` (what needs fixing).
    Output: ``result`` (HTML: score, level, red flags), ``last_result``
    (:class:`~expectlib.scope.Prequalification`) and ``brief`` (the last good Brief).
    """

    def __init__(
        self,
        brief: Any = None,
        *,
        autosave: bool = True,
        autosave_path: str | os.PathLike | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__()
        given, default_name = _load_brief(brief)
        self._defaults = _brief_state(given)
        self.brief: Brief | None = None
        self.last_result: Prequalification | None = None

        self.fields: dict[str, widgets.Widget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        pages: list[list[widgets.Widget]] = [[] for _ in _BRIEF_TABS]
        style = {"description_width": "150px"}
        for f in _BRIEF_FIELDS:
            common = {"description": f.label, "style": style, "layout": {"width": "98%"}}
            if f.kind in ("area", "lines"):
                w = widgets.Textarea(placeholder=f.placeholder, rows=3, **common)
            elif f.kind == "date":
                w = widgets.DatePicker(**common)
            elif f.kind == "choice":
                w = widgets.Dropdown(options=_STAGED, value="unknown", **common)
            elif f.kind == "number":
                w = widgets.Text(placeholder=f.placeholder, continuous_update=False, **common)
            else:
                w = widgets.Text(placeholder=f.placeholder, **common)
            w.add_class(f"ex-brief-{f.key.replace('_', '-')}")
            self.fields[f.key] = w
            self.errors[f.key] = ErrorLabel(layout={"margin": "0 0 4px 154px"})
            pages[f.tab] += [w, self.errors[f.key]]
            if not hasattr(self, f.key):
                setattr(self, f.key, w)
        self.tabs = widgets.Tab(children=[widgets.VBox(p) for p in pages], titles=list(_BRIEF_TABS))
        self.tabs.add_class("ex-tabs")
        self.reset_button = widgets.Button(
            description="Reset to the brief given", icon="undo", layout={"width": "auto"}
        )
        self.reset_button.add_class("ex-reset")
        self.error_label = ErrorLabel()
        self.result = widgets.HTML(layout={"min_height": "120px"})
        self.result.add_class("ex-prequal-result")
        self.autosave_note = ErrorLabel()

        self.autosave = Autosave(name or default_name, path=autosave_path, enabled=autosave)
        self._restore()

        changed = guard(self._changed, self.error_label, clear=False)
        for w in self.fields.values():
            w.observe(changed, names="value")
        self.reset_button.on_click(guard(lambda _b: self.reset(), self.error_label, clear=False))

        form = widgets.VBox(
            [self.tabs, widgets.HBox([self.reset_button, self.autosave_note])],
            layout={"flex": "1 1 520px", "min_width": "420px"},
        )
        side = widgets.VBox(
            [self.error_label, self.result], layout={"flex": "1 1 360px", "min_width": "320px"}
        )
        self.children = [
            _heading(
                "Brief: should you take this on, and what to ask next?",
                "Fill in what the client told you; the check on the right updates as you type.",
            ),
            widgets.HBox(
                [form, side], layout={"flex_flow": "row wrap", "align_items": "flex-start"}
            ),
        ]
        self.add_class("ex-brief-form")
        self.refresh()

    # ------------------------------------------------------------------ state
    def state(self) -> dict[str, str]:
        """Everything typed, as text (what autosave writes)."""
        out = {}
        for key, w in self.fields.items():
            if isinstance(w, widgets.DatePicker):
                out[key] = w.value.isoformat() if w.value else ""
            else:
                out[key] = str(w.value)
        return out

    def _apply_state(self, state: dict[str, Any]) -> None:
        if not isinstance(state, dict):
            raise InputError("autosave", type(state).__name__, "expected a dict of fields")
        for key, w in self.fields.items():
            if key not in state:
                continue
            raw = state[key]
            if isinstance(w, widgets.DatePicker):
                w.value = _date(raw)
            elif isinstance(w, widgets.Dropdown):
                w.value = raw if raw in _STAGED_VALUE else "unknown"
            else:
                w.value = _text(raw)

    # ------------------------------------------------------------------ compute
    def _changed(self, _change: Any = None) -> None:
        if self._hold:
            return
        self.refresh()
        self._save_now()

    def refresh(self) -> Prequalification | None:
        """Read the form, pre-qualify and redraw; None (and inline messages) on bad input."""
        return guard(self._refresh, self.error_label)()

    def read(self) -> Brief | None:
        """The Brief in the form, or None after marking the fields that need fixing."""
        kwargs: dict[str, Any] = {}
        bad = 0
        for f in _BRIEF_FIELDS:
            w, label = self.fields[f.key], self.errors[f.key]
            w.layout.border = None
            label.clear()
            try:
                if f.kind == "lines":
                    kwargs[f.key] = _lines(w.value)
                elif f.kind == "date":
                    kwargs[f.key] = w.value
                elif f.kind == "choice":
                    kwargs[f.key] = _STAGED_VALUE[w.value]
                elif f.kind == "number":
                    kwargs[f.key] = _number_or_none(f.key, w.value, v.non_negative)
                elif f.key == "currency":
                    kwargs[f.key] = w.value.strip().upper() or "USD"
                else:
                    kwargs[f.key] = w.value.strip()
            except InputError as exc:
                self._mark(f.key, exc)
                bad += 1
        if bad:
            return None
        try:
            return Brief(**kwargs)
        except InputError as exc:
            key = str(exc.field).split(".")[0].split("[")[0]
            if key in self.fields:
                self._mark(key, exc)
                return None
            raise

    def _mark(self, key: str, exc: InputError) -> None:
        self.errors[key].show(exc)
        self.fields[key].layout.border = "2px solid #b00020"
        tab = next(f.tab for f in _BRIEF_FIELDS if f.key == key)
        self._bad_tabs.add(_BRIEF_TABS[tab])

    def _refresh(self) -> Prequalification | None:
        self._bad_tabs: set[str] = set()
        brief = self.read()
        if brief is None:
            kept = "the check shown is from your last good inputs" if self.last_result else ""
            where = ", ".join(t for t in _BRIEF_TABS if t in self._bad_tabs)
            self.error_label.show(
                f"Fix the field marked in red (tab: {where}); " + (kept or "no check yet")
            )
            return None
        result = prequalify(brief)
        self.brief, self.last_result = brief, result
        self.result.value = _prequal_html(result)
        return result


def _prequal_html(pq: Prequalification) -> str:
    """Score, level and red flags as HTML; every string escaped."""
    fg, bg = _LEVEL_STYLE.get(pq.level, ("#333", "#eee"))
    level_class = "ex-level-" + re.sub(r"[^a-z]+", "-", pq.level.lower()).strip("-")
    score = max(0, min(100, int(pq.score)))
    bar = (
        "<div style='background:#e0e0e0;height:8px;border-radius:4px;margin:4px 0 8px'>"
        f"<div style='background:{fg};width:{score}%;height:8px;border-radius:4px'></div></div>"
    )
    head = (
        f"<div class='ex-prequal-head' style='font-size:1.3em'>Score "
        f"<b class='ex-score' data-score='{score}'>{score}</b>/100 · "
        f"<span class='ex-level {level_class}' style='color:{fg};background:{bg};"
        f"padding:1px 8px;border-radius:10px;font-weight:600'>{_esc(pq.level)}</span></div>{bar}"
    )
    advice = _LEVEL_ADVICE.get(pq.level, "")
    summary = f"<div class='ex-prequal-summary' style='{_NOTE}'>{_esc(advice)}</div>"
    if pq.flags:
        items = []
        for flag in pq.flags:
            why = RED_FLAGS.get(flag.code, ("", ""))[1] if isinstance(RED_FLAGS, dict) else ""
            why_html = f"<div style='{_NOTE}'>Why it matters: {_esc(why)}</div>" if why else ""
            items.append(
                f"<li class='ex-flag' data-code='{_esc(flag.code)}' style='margin:0 0 8px'>"
                f"<b style='color:#b00020'>⚑ {_esc(flag.title)}</b>"
                f"<div>Evidence: <i>{_esc(flag.evidence)}</i></div>"
                f"<div>Ask next: <b>{_esc(flag.ask_next)}</b></div>{why_html}</li>"
            )
        flags = (
            f"<div style='margin-top:8px'><b>Red flags ({len(pq.flags)})</b></div>"
            f"<ul class='ex-flags' style='padding-left:18px;margin:4px 0'>{''.join(items)}</ul>"
        )
    else:
        flags = "<div class='ex-no-flags' style='margin-top:8px'>No red flags in this brief.</div>"
    asked = {f.ask_next.strip() for f in pq.flags}
    extra = [q for q in pq.questions if q.strip() and q.strip() not in asked]
    questions = ""
    if extra:
        items = "".join(f"<li>{_esc(q)}</li>" for q in extra)
        questions = (
            "<div style='margin-top:6px'><b>Also ask</b></div>"
            f"<ul class='ex-questions' style='padding-left:18px;margin:4px 0'>{items}</ul>"
        )
    return (
        "<div class='ex-prequal' style='line-height:1.4;border:1px solid #ddd;"
        f"border-radius:6px;padding:8px 12px'>{head}{summary}{flags}{questions}</div>"
    )


def brief_form(
    brief: Any = None,
    *,
    autosave: bool = True,
    autosave_path: str | os.PathLike | None = None,
    name: str | None = None,
) -> BriefForm:
    """Build the brief form with live pre-qualification (returned, not displayed).

    * ``brief``: None (an empty brief), a :class:`~expectlib.scope.Brief`, a dict, or the
      path of a brief JSON file such as ``data/example_brief_vague.json``.
    * ``autosave``: keep what is typed in ``.expectlib/autosave/<name>.json`` (or
      ``autosave_path``) and restore it next time. ``name`` defaults to ``brief`` or
      ``brief-<file stem>``, so the lesson's two example briefs keep separate files.
    """
    return BriefForm(brief, autosave=autosave, autosave_path=autosave_path, name=name)


# ====================================================================== editable rows


@dataclass(frozen=True)
class _Col:
    key: str
    header: str
    placeholder: str
    width: str
    kind: str = "text"  # text | date | combo
    line: int = 0


class _Row:
    """One editable row of a table (a deliverable, a milestone, a payment stage)."""

    def __init__(self, cols: Sequence[_Col], state: dict[str, Any], *, what: str) -> None:
        self.cols = tuple(cols)
        self.controls: dict[str, widgets.Widget] = {}
        for c in self.cols:
            layout = widgets.Layout(width=c.width)
            raw = state.get(c.key)
            if c.kind == "date":
                w = widgets.DatePicker(value=_date(raw), layout=layout)
            elif c.kind == "combo":
                w = widgets.Combobox(
                    value=_text(raw),
                    placeholder=c.placeholder,
                    options=(),
                    ensure_option=False,
                    continuous_update=False,
                    layout=layout,
                )
            else:
                w = widgets.Text(
                    value=_text(raw),
                    placeholder=c.placeholder,
                    continuous_update=False,
                    layout=layout,
                )
            w.add_class(f"ex-col-{c.key}")
            self.controls[c.key] = w
        self.remove_button = widgets.Button(
            icon="trash", tooltip=f"Remove this {what}", layout=widgets.Layout(width="38px")
        )
        self.remove_button.add_class("ex-remove")
        self.error = ErrorLabel(layout=widgets.Layout(margin="0 0 4px 8px"))
        self.lines = []
        for line in sorted({c.line for c in self.cols}):
            items = [self.controls[c.key] for c in self.cols if c.line == line]
            if line == 0:
                items.append(self.remove_button)
            self.lines.append(widgets.HBox(items))
        self.box = widgets.VBox([*self.lines, self.error])
        self.box.add_class("ex-row")

    def __getitem__(self, key: str) -> widgets.Widget:
        return self.controls[key]

    def get(self, key: str) -> str:
        """The raw text of a cell (dates as ISO, "" when empty)."""
        w = self.controls[key]
        if isinstance(w, widgets.DatePicker):
            return w.value.isoformat() if w.value else ""
        return str(w.value)

    def state(self) -> dict[str, str]:
        return {c.key: self.get(c.key) for c in self.cols}

    def is_blank(self) -> bool:
        return not any(self.get(c.key).strip() for c in self.cols)

    def mark(self, error: InputError | None) -> None:
        """Show ``error`` under the row and outline the cell it names (or clear both)."""
        for w in self.controls.values():
            w.layout.border = None
        if error is None:
            self.error.clear()
            return
        self.error.show(error)
        key = str(error.field).rsplit(".", 1)[-1].split("[")[0]
        if key in self.controls:
            self.controls[key].layout.border = "2px solid #b00020"

    def widgets(self) -> list[widgets.Widget]:
        return list(self.controls.values())

    def close(self) -> None:
        """Close the row's widgets (containers first), freeing their browser-side models."""
        for w in (self.box, *self.lines, self.error, self.remove_button):
            w.close()
        for w in self.controls.values():
            w.close()


def _header(cols: Sequence[_Col]) -> widgets.HBox:
    return widgets.HBox(
        [
            widgets.HTML(f"<b>{c.header}</b>", layout=widgets.Layout(width=c.width))
            for c in cols
            if c.line == 0
        ]
    )


class _Table:
    """Rows with an Add button, a header and one message label for the whole table."""

    def __init__(self, cols: Sequence[_Col], *, what: str, add_label: str, css: str) -> None:
        self.cols, self.what = tuple(cols), what
        self.rows: list[_Row] = []
        self.rows_box = widgets.VBox()
        self.add_button = widgets.Button(
            description=add_label, icon="plus", layout={"width": "auto"}
        )
        self.add_button.add_class(f"ex-add-{css}")
        self.error = ErrorLabel()
        self.box = widgets.VBox(
            [_header(cols), self.rows_box, widgets.HBox([self.add_button, self.error])]
        )
        self.box.add_class(f"ex-{css}-table")
        self.on_change: Callable[[Any], None] = lambda _c=None: None

    def add(self, state: dict[str, Any] | None = None) -> _Row:
        row = _Row(self.cols, state or {}, what=self.what)
        for w in row.widgets():
            w.observe(lambda change: self.on_change(change), names="value")
        row.remove_button.on_click(lambda _b: self._remove_clicked(row))
        self.rows.append(row)
        self.rows_box.children = [*self.rows_box.children, row.box]
        return row

    def _remove_clicked(self, row: _Row) -> None:
        self.remove(row)
        self.on_change(None)

    def remove(self, row: _Row | int) -> None:
        if isinstance(row, int):
            row = self.rows[row]
        self.rows.remove(row)
        self.rows_box.children = [r.box for r in self.rows]
        row.close()

    def clear(self) -> None:
        for row in list(self.rows):
            self.remove(row)

    def set_states(self, states: Any) -> None:
        if not isinstance(states, list) or not all(isinstance(s, dict) for s in states):
            raise InputError(self.what, type(states).__name__, "expected a list of rows")
        self.clear()
        for state in states:
            self.add(state)

    def states(self) -> list[dict[str, str]]:
        return [r.state() for r in self.rows]

    def filled(self) -> list[_Row]:
        return [r for r in self.rows if not r.is_blank()]


# ====================================================================== the scope builder

_DELIVERABLE_COLS = (
    _Col("name", "Deliverable", "e.g. Homepage", "190px"),
    _Col("quantity", "Qty", "1", "52px"),
    _Col("unit", "Unit", "item", "84px"),
    _Col("price", "Price", "0", "84px"),
    _Col("revisions", "Revisions", "2", "72px"),
    _Col("milestone", "Milestone", "milestone", "150px", "combo"),
    _Col("low_hours", "Low h", "low", "58px"),
    _Col("likely_hours", "Likely h", "likely", "58px"),
    _Col("high_hours", "High h", "high", "58px"),
    _Col("acceptance", "", "Accepted when… (how both sides will know it is done)", "836px", line=1),
)
_MILESTONE_COLS = (
    _Col("name", "Milestone", "e.g. Design approved", "220px"),
    _Col("due", "Due", "", "170px", "date"),
    _Col("description", "What is delivered or decided", "", "420px"),
)
_DOCUMENT_COLS = (
    _Col("document", "Document", "e.g. status report", "330px"),
    _Col("when", "When it arrives", "e.g. every Friday", "330px"),
)
_PAYMENT_COLS = (
    _Col("name", "Payment", "e.g. Deposit", "220px"),
    _Col("share", "Share", "30%", "84px"),
    _Col("milestone", "Due at milestone", "milestone", "220px", "combo"),
)
_LIST_FIELDS = {
    "objectives": ("Objectives", "What the work must achieve, one per line"),
    "out_of_scope": ("Out of scope", "One item per line, e.g. 'Blog section', 'Logo design'"),
    "assumptions": ("Assumptions", "One per line, e.g. 'Hosting is already paid for'"),
    "client_responsibilities": (
        "Client provides",
        "One per line, e.g. 'All texts and photos by 10 March'; 'Feedback within 3 working days'",
    ),
    "metrics": ("Metrics", "What both sides will watch, one per line, e.g. 'Page load under 2 s'"),
}
_TABS = (
    "Deliverables",
    "Out of scope & assumptions",
    "Communication",
    "Milestones & payments",
    "Objectives, metrics & change control",
)
_TEMPLATE = {
    "project": "My project",
    "client": "My client",
    "currency": "USD",
    "deliverables": [
        {
            "name": "First deliverable",
            "quantity": "1",
            "unit": "item",
            "acceptance": "Accepted when … (say how both sides will know it is done)",
            "price": "0",
            "revisions": "2",
        }
    ],
    "out_of_scope": "Anything not listed under deliverables",
}


def _scope_state(scope: Scope) -> dict[str, Any]:
    """A Scope as the text each control shows."""
    comm = scope.communication
    return {
        "project": scope.project,
        "client": scope.client,
        "currency": scope.currency,
        "provider": getattr(scope, "provider", ""),
        "notes": scope.notes,
        "deliverables": [
            {c.key: _text(getattr(d, c.key, None)) for c in _DELIVERABLE_COLS}
            for d in scope.deliverables
        ],
        "milestones": [
            {"name": m.name, "due": _text(m.due), "description": m.description}
            for m in scope.milestones
        ],
        "payments": [
            {"name": p.name, "share": f"{100 * p.share:g}%", "milestone": p.milestone}
            for p in scope.payment_stages
        ],
        **{key: _text(getattr(scope, key)) for key in _LIST_FIELDS},
        "change_control": scope.change_control,
        "channel": comm.channel,
        "contact_hours": comm.contact_hours,
        "response_time": _text(comm.response_time_hours),
        "update_cadence": comm.update_cadence,
        "documents": [{"document": d, "when": w} for d, w in comm.documents],
    }


def _load_scope(source: Any) -> tuple[Scope | None, str]:
    """``(scope or None for the template, autosave name)``."""
    if source is None:
        return None, "scope"
    if isinstance(source, Scope):
        return source, "scope-" + _slug(source.project)
    if isinstance(source, dict):
        return Scope.from_dict(source), "scope"
    if isinstance(source, str | os.PathLike):
        path = Path(source).expanduser()
        return Scope.load(path), "scope-" + _slug(path.stem)
    raise InputError("scope", source, "pass None, a Scope, a dict or the path of a scope JSON file")


_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.IGNORECASE | re.DOTALL)
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.IGNORECASE | re.DOTALL)


def preview_html(scope: Scope) -> str:
    """The statement for a widget: :meth:`Scope.to_html` without the page around it.

    The library escapes every client string. Only the embeddable part is kept (its
    ``<style>`` applies to ``.expectlib-sow`` only; a page ``<head>`` inside a notebook
    would restyle JupyterLab), and scripts are dropped as a second line of defence.
    """
    try:
        fragment = scope.to_html(standalone=False)
    except TypeError:  # an older Scope.to_html(): keep the body of the page
        page = scope.to_html()
        match = _BODY.search(page)
        fragment = match.group(1) if match else page
    return f"<div class='ex-scope-preview'>{_SCRIPT.sub('', fragment)}</div>"


class ScopeBuilder(AutosavedApp, widgets.VBox):
    """The statement-of-work builder; build it with :func:`scope_builder`.

    Controls (attributes): ``project``, ``client``, ``currency``, ``deliverables``
    (a table: ``.rows`` of rows whose cells are ``row["name"]``, ``row["price"]`` …,
    ``.add_button``; see also :meth:`add_deliverable` / :meth:`remove_deliverable`),
    ``lists`` (dict of one-per-line Textareas: ``out_of_scope``, ``objectives``,
    ``assumptions``, ``client_responsibilities``, ``metrics``; each also an attribute),
    ``channel``, ``contact_hours``, ``response_time``, ``update_cadence``, ``documents``
    (a table of document / when rows), ``milestones`` and ``payments`` (tables),
    ``provider``, ``change_control``, ``notes``; the file bar
    ``path``, ``save_button``, ``load_button``, ``export_button``; ``reset_button``.

    Outputs: ``preview`` (HTML of the statement), ``error_label`` (what needs fixing),
    ``file_status`` (save/load messages), ``exports`` (paths and download links),
    ``last_scope`` (the last good :class:`~expectlib.scope.Scope`, also ``scope``).
    """

    def __init__(
        self,
        scope: Any = None,
        *,
        path: str | os.PathLike = DEFAULT_SCOPE_FILE,
        autosave: bool = True,
        autosave_path: str | os.PathLike | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__()
        given, default_name = _load_scope(scope)
        self._defaults = {**self._template_state(), "path": str(path)}
        if given is not None:
            self._defaults.update(_scope_state(given))
        self.last_scope: Scope | None = None
        self._bad_tabs: set[str] = set()

        # ---- header
        text = {"continuous_update": False, "style": {"description_width": "70px"}}
        self.project = widgets.Text(description="Project", layout={"width": "420px"}, **text)
        self.client = widgets.Text(description="Client", layout={"width": "300px"}, **text)
        self.currency = widgets.Text(description="Currency", layout={"width": "150px"}, **text)
        self.provider = widgets.Text(
            description="You",
            placeholder="your name or company (for the signature block)",
            layout={"width": "420px"},
            **text,
        )
        self.project.add_class("ex-scope-project")
        self.client.add_class("ex-scope-client")
        self.head_error = ErrorLabel()

        # ---- deliverables
        self.deliverables = _Table(
            _DELIVERABLE_COLS, what="deliverable", add_label="Add deliverable", css="deliverable"
        )

        # ---- one-per-line lists
        self.lists: dict[str, widgets.Textarea] = {}
        self.list_errors: dict[str, ErrorLabel] = {}
        for key, (_label, placeholder) in _LIST_FIELDS.items():
            w = widgets.Textarea(
                placeholder=placeholder,
                rows=4,
                continuous_update=False,
                layout={"width": "836px"},
            )
            w.add_class(f"ex-scope-{key.replace('_', '-')}")
            self.lists[key] = w
            self.list_errors[key] = ErrorLabel()
            setattr(self, key, w)

        # ---- communication plan
        wide = {"description_width": "170px"}
        self.channel = widgets.Combobox(
            description="One channel",
            options=CHANNELS,
            ensure_option=False,
            continuous_update=False,
            style=wide,
            layout={"width": "420px"},
        )
        self.contact_hours = widgets.Text(
            description="Contact hours",
            placeholder="Mon–Fri 09:00–17:00",
            continuous_update=False,
            style=wide,
            layout={"width": "420px"},
        )
        self.response_time = widgets.Text(
            description="Reply within (hours)",
            placeholder="24",
            continuous_update=False,
            style=wide,
            layout={"width": "260px"},
        )
        self.update_cadence = widgets.Dropdown(
            description="Progress updates",
            options=CADENCES,
            value="weekly",
            style=wide,
            layout={"width": "360px"},
        )
        self.documents = _Table(
            _DOCUMENT_COLS, what="document", add_label="Add document", css="document"
        )
        self.update_cadence.add_class("ex-scope-cadence")
        self.comm_error = ErrorLabel()

        # ---- milestones, payments, change control, notes
        self.milestones = _Table(
            _MILESTONE_COLS, what="milestone", add_label="Add milestone", css="milestone"
        )
        self.payments = _Table(
            _PAYMENT_COLS, what="payment stage", add_label="Add payment", css="payment"
        )
        self.change_control = widgets.Textarea(
            rows=4, continuous_update=False, layout={"width": "836px"}
        )
        self.notes = widgets.Textarea(
            placeholder="Anything else both sides should remember",
            rows=2,
            continuous_update=False,
            layout={"width": "836px"},
        )
        self.other_error = ErrorLabel()

        # ---- file bar and outputs
        self.path = widgets.Text(
            description="File",
            placeholder=DEFAULT_SCOPE_FILE,
            continuous_update=False,
            style={"description_width": "40px"},
            layout={"width": "360px"},
        )
        self.path.add_class("ex-scope-path")
        self.save_button = widgets.Button(description="Save", icon="save", layout={"width": "90px"})
        self.load_button = widgets.Button(
            description="Load", icon="folder-open", layout={"width": "90px"}
        )
        self.export_button = widgets.Button(
            description="Export .md + .html",
            icon="download",
            tooltip="Write the statement as Markdown and HTML next to the file",
            layout={"width": "auto"},
        )
        self.reset_button = widgets.Button(
            description="Reset",
            icon="undo",
            tooltip="Back to the scope given",
            layout={"width": "90px"},
        )
        for w, css in (
            (self.save_button, "ex-save"),
            (self.load_button, "ex-load"),
            (self.export_button, "ex-export"),
            (self.reset_button, "ex-reset"),
        ):
            w.add_class(css)
        self.file_status = ErrorLabel()
        self.file_status.add_class("ex-file-status")
        self.exports = widgets.HTML()
        self.exports.add_class("ex-exports")
        self.error_label = ErrorLabel()
        self.error_label.add_class("ex-scope-errors")
        self.summary = widgets.HTML()
        self.preview = widgets.HTML(
            layout={
                "height": PREVIEW_HEIGHT,
                "overflow": "auto",
                "border": "1px solid #ccc",
                "width": "98%",
            }
        )
        self.preview.add_class("ex-preview")
        self.autosave_note = ErrorLabel()

        # ---- state: defaults, then whatever was autosaved
        self.autosave = Autosave(name or default_name, path=autosave_path, enabled=autosave)
        self._restore()

        # ---- events
        changed = guard(self._changed, self.error_label, clear=False)
        for table in (self.deliverables, self.documents, self.milestones, self.payments):
            table.on_change = changed
            table.add_button.on_click(
                guard(lambda _b, t=table: self._add_row(t), self.error_label, clear=False)
            )
        for w in (
            self.project,
            self.client,
            self.currency,
            self.provider,
            *self.lists.values(),
            self.channel,
            self.contact_hours,
            self.response_time,
            self.update_cadence,
            self.change_control,
            self.notes,
        ):
            w.observe(changed, names="value")
        self.path.observe(guard(self._autosave, self.error_label, clear=False), names="value")
        self.save_button.on_click(guard(lambda _b: self.save(), self.file_status))
        self.load_button.on_click(guard(lambda _b: self.load(), self.file_status))
        self.export_button.on_click(guard(lambda _b: self.export(), self.file_status))
        self.reset_button.on_click(guard(lambda _b: self.reset(), self.error_label, clear=False))

        self.children = self._layout()
        self.add_class("ex-scope-builder")
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _layout(self) -> list[widgets.Widget]:
        def labelled(key: str) -> widgets.VBox:
            label, _ = _LIST_FIELDS[key]
            return widgets.VBox([_section(label), self.lists[key], self.list_errors[key]])

        pages = [
            widgets.VBox([self.deliverables.box]),
            widgets.VBox(
                [
                    labelled("out_of_scope"),
                    labelled("assumptions"),
                    labelled("client_responsibilities"),
                ]
            ),
            widgets.VBox(
                [
                    widgets.HTML(
                        f"<div style='{_NOTE}'>Agree the cadence with this client; daily is an "
                        "option, not the default. One channel, so nothing gets lost.</div>"
                    ),
                    widgets.HBox([self.channel, self.contact_hours]),
                    widgets.HBox([self.response_time, self.update_cadence]),
                    self.comm_error,
                    _section("Which documents arrive when"),
                    self.documents.box,
                ]
            ),
            widgets.VBox(
                [
                    _section("Milestones"),
                    self.milestones.box,
                    _section("Payment stages (shares of the total price, tied to milestones)"),
                    self.payments.box,
                ]
            ),
            widgets.VBox(
                [
                    labelled("objectives"),
                    labelled("metrics"),
                    _section("Change control"),
                    self.change_control,
                    _section("Notes"),
                    self.notes,
                    self.other_error,
                ]
            ),
        ]
        self.tabs = widgets.Tab(children=pages, titles=list(_TABS))
        self.tabs.add_class("ex-scope-tabs")
        self.tabs.add_class("ex-tabs")
        heading = _heading(
            "Scope builder: the written statement of work",
            "Edit any field and press Enter (or click elsewhere): the statement below follows. "
            "Blank rows are ignored.",
        )
        head = widgets.VBox(
            [
                widgets.HBox([self.project, self.client, self.currency]),
                self.provider,
                self.head_error,
            ]
        )
        files = widgets.VBox(
            [
                widgets.HBox(
                    [
                        self.path,
                        self.save_button,
                        self.load_button,
                        self.export_button,
                        self.reset_button,
                    ]
                ),
                self.file_status,
                self.exports,
            ]
        )
        return [
            heading,
            head,
            self.tabs,
            self.error_label,
            files,
            self.summary,
            self.preview,
            self.autosave_note,
        ]

    # ------------------------------------------------------------------ state
    @staticmethod
    def _template_state() -> dict[str, Any]:
        defaults = CommunicationPlan()
        state: dict[str, Any] = {
            "project": "",
            "client": "",
            "currency": "USD",
            "provider": "",
            "notes": "",
            "deliverables": [],
            "milestones": [],
            "payments": [],
            **dict.fromkeys(_LIST_FIELDS, ""),
            "change_control": DEFAULT_CHANGE_CONTROL,
            "channel": defaults.channel,
            "contact_hours": defaults.contact_hours,
            "response_time": _text(defaults.response_time_hours),
            "update_cadence": defaults.update_cadence,
            "documents": [{"document": d, "when": w} for d, w in defaults.documents],
        }
        return {**state, **_TEMPLATE}

    def state(self) -> dict[str, Any]:
        """Everything typed, as plain JSON values (what autosave writes)."""
        return {
            "project": self.project.value,
            "client": self.client.value,
            "currency": self.currency.value,
            "provider": self.provider.value,
            "notes": self.notes.value,
            "deliverables": self.deliverables.states(),
            "milestones": self.milestones.states(),
            "payments": self.payments.states(),
            **{key: w.value for key, w in self.lists.items()},
            "change_control": self.change_control.value,
            "channel": self.channel.value,
            "contact_hours": self.contact_hours.value,
            "response_time": self.response_time.value,
            "update_cadence": self.update_cadence.value,
            "documents": self.documents.states(),
            "path": self.path.value,
        }

    def _apply_state(self, state: dict[str, Any]) -> None:
        if not isinstance(state, dict):
            raise InputError("autosave", type(state).__name__, "expected a dict of fields")
        for key, table in (
            ("deliverables", self.deliverables),
            ("documents", self.documents),
            ("milestones", self.milestones),
            ("payments", self.payments),
        ):
            if isinstance(state.get(key), list):
                table.set_states(state[key])
        simple = {
            "project": self.project,
            "client": self.client,
            "currency": self.currency,
            "provider": self.provider,
            "notes": self.notes,
            **self.lists,
            "change_control": self.change_control,
            "channel": self.channel,
            "contact_hours": self.contact_hours,
            "response_time": self.response_time,
            "path": self.path,
        }
        for key, w in simple.items():
            if isinstance(state.get(key), str):
                w.value = state[key]
        if state.get("update_cadence") in CADENCES:
            self.update_cadence.value = state["update_cadence"]
        self._sync_milestone_options()

    def reset(self) -> None:
        """Back to the scope the builder was made with (the autosave is overwritten)."""
        with self._holding():
            self._apply_state(self._defaults)
        self.autosave_note.clear()
        self.file_status.clear()
        self.exports.value = ""
        self._changed()

    # ------------------------------------------------------------------ rows
    def _add_row(self, table: _Table, state: dict[str, Any] | None = None) -> _Row:
        row = table.add(state)
        self._sync_milestone_options()
        self.tabs.selected_index = {
            id(self.deliverables): 0,
            id(self.documents): 2,
            id(self.milestones): 3,
            id(self.payments): 3,
        }[id(table)]
        self._changed()
        return row

    def add_deliverable(self, **cells: Any) -> _Row:
        """Append a deliverable row, e.g. ``add_deliverable(name="Blog", price=400)``."""
        unknown = set(cells) - {c.key for c in _DELIVERABLE_COLS}
        if unknown:
            raise InputError("deliverable", sorted(unknown), "unknown column name")
        return self._add_row(self.deliverables, {k: _text(x) for k, x in cells.items()})

    def remove_deliverable(self, row: Any) -> None:
        """Remove a deliverable row (the row, its index or its name) and refresh."""
        if isinstance(row, str):
            found = [r for r in self.deliverables.rows if r.get("name").strip() == row.strip()]
            if not found:
                raise InputError("deliverable", row, "no deliverable row has that name")
            row = found[0]
        self.deliverables.remove(row)
        self._changed()

    def _sync_milestone_options(self) -> None:
        names = tuple(
            dict.fromkeys(
                r.get("name").strip() for r in self.milestones.rows if r.get("name").strip()
            )
        )
        for row in (*self.deliverables.rows, *self.payments.rows):
            combo = row["milestone"]
            if tuple(combo.options) != names:
                combo.options = names

    # ------------------------------------------------------------------ events
    def _changed(self, _change: Any = None) -> None:
        if self._hold:
            return
        self._sync_milestone_options()
        self.refresh()
        self._autosave()

    _autosave = AutosavedApp._save_now

    def refresh(self) -> Scope | None:
        """Read every control, rebuild the statement and redraw the preview.

        On bad input the preview is not redrawn: the messages appear beside the controls
        and the last good statement stays on screen.
        """
        return guard(self._refresh, self.error_label)()

    @property
    def scope(self) -> Scope | None:
        """The last good scope (what the preview shows)."""
        return self.last_scope

    def _refresh(self) -> Scope | None:
        scope = self.read()
        if scope is None:
            n = self._problems
            noun = "input needs" if n == 1 else "inputs need"
            where = ", ".join(t for t in ("Header", *_TABS) if t in self._bad_tabs)
            kept = (
                "the statement below is from your last good inputs"
                if self.last_scope
                else "no statement yet"
            )
            self.error_label.show(f"{n} {noun} fixing (marked in red; {where}); {kept}")
            return None
        self.last_scope = scope
        self.preview.value = preview_html(scope)
        self.summary.value = _summary_html(scope)
        return scope

    # ------------------------------------------------------------------ reading
    def read(self) -> Scope | None:
        """The Scope in the controls, or None after marking what needs fixing."""
        self._problems = 0
        self._bad_tabs = set()
        self._used: dict[int, list[_Row]] = {}
        labels = (
            self.head_error,
            self.deliverables.error,
            self.milestones.error,
            self.payments.error,
            self.comm_error,
            self.other_error,
            *self.list_errors.values(),
        )
        for label in labels:
            label.clear()
        for w in (self.project, self.client, self.currency, self.provider, self.response_time):
            w.layout.border = None

        head = self._read_head()
        deliverables = self._read_rows(self.deliverables, _deliverable, 0)
        milestones = self._read_rows(self.milestones, _milestone, 3)
        payments = self._read_rows(self.payments, _payment, 3)
        comm = self._read_comm()
        lists = {key: _lines(w.value) for key, w in self.lists.items()}
        if self._problems:
            return None
        kwargs = {
            **head,
            "deliverables": deliverables,
            "milestones": milestones,
            "payment_stages": payments,
            "communication": comm,
            **lists,
            "notes": self.notes.value.strip(),
        }
        if self.change_control.value.strip():
            kwargs["change_control"] = self.change_control.value.strip()
        try:
            return Scope(**kwargs)
        except InputError as exc:
            self._route(exc, deliverables=deliverables)
            return None

    def _problem(self, tab: str) -> None:
        self._problems += 1
        self._bad_tabs.add(tab)

    def _read_head(self) -> dict[str, str]:
        out = {}
        for key, w in (("project", self.project), ("client", self.client)):
            try:
                out[key] = v.text(key, w.value)
            except InputError as exc:
                self._mark_control(w, exc, self.head_error, "Header")
        out["currency"] = self.currency.value.strip() or "USD"
        out["provider"] = self.provider.value.strip()
        return out

    def _mark_control(
        self, w: widgets.Widget, exc: InputError, label: ErrorLabel, tab: str
    ) -> None:
        w.layout.border = "2px solid #b00020"
        if label.has_error:  # two problems in one place: keep both messages
            label.show(f"{label.message} · {exc}")
        else:
            label.show(exc)
        self._problem(tab)

    def _read_rows(self, table: _Table, parse: Callable[[_Row], Any], tab: int) -> tuple:
        items, used = [], []
        for row in table.rows:
            if row.is_blank():
                row.mark(None)
                continue
            try:
                items.append(parse(row))
            except InputError as exc:
                row.mark(exc)
                self._problem(_TABS[tab])
                continue
            row.mark(None)
            used.append(row)
        self._used[id(table)] = used
        return tuple(items)

    def _read_comm(self) -> CommunicationPlan | None:
        kwargs: dict[str, Any] = {
            "channel": self.channel.value.strip(),
            "contact_hours": self.contact_hours.value.strip(),
            "update_cadence": self.update_cadence.value,
        }
        bad = False
        try:
            if self.response_time.value.strip():
                kwargs["response_time_hours"] = v.positive(
                    "reply within (hours)", self.response_time.value
                )
        except InputError as exc:
            self._mark_control(self.response_time, exc, self.comm_error, "Communication")
            bad = True
        before = self._problems
        kwargs["documents"] = self._read_rows(self.documents, _document, 2)
        if bad or self._problems > before:
            return None
        try:
            return CommunicationPlan(**kwargs)
        except InputError as exc:
            self._route(InputError(f"communication.{exc.field}", exc.value, exc.fix))
            return None

    _PATH = re.compile(
        r"^(deliverables|milestones|payment_stages|communication\.documents)\[(\d+)\]"
    )

    def _route(self, exc: InputError, **_: Any) -> None:
        """Show a whole-scope error (from :class:`Scope`) beside the control it names."""
        field = str(exc.field)
        match = self._PATH.match(field)
        tables = {
            "deliverables": (self.deliverables, 0),
            "milestones": (self.milestones, 3),
            "payment_stages": (self.payments, 3),
            "communication.documents": (self.documents, 2),
        }
        if match:
            table, tab = tables[match.group(1)]
            used = self._used.get(id(table), [])
            index = int(match.group(2))
            if index < len(used):
                used[index].mark(exc)
            else:
                table.error.show(exc)
            self._problem(_TABS[tab])
            return
        root = re.split(r"[.\[]", field, maxsplit=1)[0]
        if root in tables:
            table, tab = tables[root]
            table.error.show(exc)
            self._problem(_TABS[tab])
        elif root in ("project", "client", "currency", "provider"):
            w = getattr(self, root)
            self._mark_control(w, exc, self.head_error, "Header")
        elif root == "communication":
            self.comm_error.show(exc)
            self._problem("Communication")
        elif root in self.lists:
            self.list_errors[root].show(exc)
            self._problem(
                "Objectives, metrics & change control"
                if root in ("objectives", "metrics")
                else "Out of scope & assumptions"
            )
        else:
            self.other_error.show(exc)
            self._problem("Objectives, metrics & change control")

    # ------------------------------------------------------------------ files
    def _target(self, path: str | os.PathLike | None) -> Path:
        if path is not None:
            self.path.value = str(path)
        raw = self.path.value.strip() or DEFAULT_SCOPE_FILE
        target = Path(raw).expanduser()
        if target.suffix.lower() != ".json":
            raise InputError("path", raw, "name a .json file, e.g. my_scope.json")
        return target if target.is_absolute() else Path.cwd() / target

    def _current(self, action: str) -> Scope:
        scope = self.refresh()
        if scope is None:
            n = getattr(self, "_problems", 0) or 1
            raise InputError(
                "scope",
                f"{n} input{'s' if n != 1 else ''} marked in red",
                f"fix {'them' if n != 1 else 'it'} before you {action}; nothing was written",
            )
        return scope

    def save(self, path: str | os.PathLike | None = None) -> Path:
        """Save the current scope as JSON (atomic); returns the file's path.

        Raises :class:`InputError` while an input is bad (nothing is written then); the
        Save button shows that message inline instead.
        """
        target = self._target(path)
        scope = self._current("save")
        scope.save(target)
        self.file_status.note(f"Saved to {target}")
        return target

    def load(self, path: str | os.PathLike | None = None) -> Scope:
        """Load a scope file into the builder; a bad file changes nothing and says why."""
        target = self._target(path)
        if not target.is_file():
            raise InputError("path", str(target), "no such file; check the name and the folder")
        scope = Scope.load(target)  # InputError names the field, e.g. deliverables[2].price
        with self._holding():
            self._apply_state({**_scope_state(scope), "path": self.path.value})
        self._changed()
        n = len(scope.deliverables)
        self.file_status.note(f"Loaded {target} ({n} deliverable{'s' if n != 1 else ''})")
        return scope

    def export(self, path: str | os.PathLike | None = None) -> tuple[Path, Path]:
        """Write the statement as ``.md`` and ``.html`` next to the file; returns both paths."""
        target = self._target(path)
        scope = self._current("export")
        md = _write_text_atomic(target.with_suffix(".md"), scope.to_markdown())
        page = scope.to_html()
        htm = _write_text_atomic(target.with_suffix(".html"), page)
        self.file_status.note(f"Wrote {md} and {htm}")
        self.exports.value = _exports_html(md, scope.to_markdown(), htm, page)
        return md, htm


def _deliverable(row: _Row) -> Deliverable:
    g = row.get
    kwargs: dict[str, Any] = {"name": v.text("name", g("name"))}
    if g("quantity").strip():
        kwargs["quantity"] = _whole(v.positive("quantity", g("quantity")))
    if g("unit").strip():
        kwargs["unit"] = g("unit").strip()
    if g("price").strip():
        kwargs["price"] = v.non_negative("price", g("price"))
    if g("revisions").strip():
        kwargs["revisions"] = v.positive_int("revisions", g("revisions"), minimum=0)
    kwargs["milestone"] = g("milestone").strip()
    kwargs["acceptance"] = g("acceptance").strip()
    keys = ("low_hours", "likely_hours", "high_hours")
    filled = [k for k in keys if g(k).strip()]
    if filled and len(filled) < 3:
        missing = next(k for k in keys if k not in filled)
        raise InputError(missing, "", "fill low, likely and high hours, or leave all three empty")
    if filled:
        low = v.non_negative("low_hours", g("low_hours"))
        likely = v.positive("likely_hours", g("likely_hours"))
        high = v.positive("high_hours", g("high_hours"))
        if not low <= likely <= high:
            raise InputError("likely_hours", g("likely_hours"), "keep low ≤ likely ≤ high (hours)")
        kwargs.update(low_hours=low, likely_hours=likely, high_hours=high)
    return Deliverable(**kwargs)


def _milestone(row: _Row) -> Milestone:
    return Milestone(
        name=v.text("name", row.get("name")),
        due=_date(row.get("due")),
        description=row.get("description").strip(),
    )


def _document(row: _Row) -> tuple[str, str]:
    return v.text("document", row.get("document")), v.text("when", row.get("when"))


def _payment(row: _Row) -> PaymentStage:
    return PaymentStage(
        name=v.text("name", row.get("name")),
        share=_share(row.get("share")),
        milestone=row.get("milestone").strip(),
    )


def _money(x: float, currency: str) -> str:
    return f"{_esc(currency)} {x:,.2f}".replace(".00", "")


def _summary_html(scope: Scope) -> str:
    n = len(scope.deliverables)
    parts = [
        f"{n} deliverable{'s' if n != 1 else ''}",
        f"total <b class='ex-total' data-total='{float(scope.total_price):g}'>"
        f"{_money(float(scope.total_price), scope.currency)}</b>",
        f"{len(scope.out_of_scope)} out-of-scope item{'s' if len(scope.out_of_scope) != 1 else ''}",
        f"updates {_esc(scope.communication.update_cadence)}",
    ]
    if scope.payment_stages:
        parts.append(f"{len(scope.payment_stages)} payment stages")
    return f"<div class='ex-scope-summary' style='margin:4px 0'>{' · '.join(parts)}</div>"


def _download_link(label: str, filename: str, text: str, mime: str) -> str:
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return (
        f"<a download='{_esc(filename)}' href='data:{mime};charset=utf-8;base64,{data}' "
        f"style='margin-right:12px'>⬇ {_esc(label)}</a>"
    )


def _exports_html(md: Path, md_text: str, htm: Path, page: str) -> str:
    return (
        f"<div class='ex-export-links' style='{_NOTE}'>Download: "
        f"{_download_link(md.name, md.name, md_text, 'text/markdown')}"
        f"{_download_link(htm.name, htm.name, page, 'text/html')}"
        "(the HTML prints cleanly from a browser: File → Print → Save as PDF)</div>"
    )


def scope_builder(
    scope: Any = None,
    *,
    path: str | os.PathLike = DEFAULT_SCOPE_FILE,
    autosave: bool = True,
    autosave_path: str | os.PathLike | None = None,
    name: str | None = None,
) -> ScopeBuilder:
    """Build the statement-of-work builder (returned, not displayed).

    * ``scope``: None (a short template to edit), a :class:`~expectlib.scope.Scope`, a dict
      or the path of a scope JSON file such as ``data/example_scope.json``.
    * ``path``: the file Save / Load / Export use (default ``my_scope.json`` beside the
      notebook); Export writes ``.md`` and ``.html`` next to it.
    * ``autosave``: keep what is typed in ``.expectlib/autosave/<name>.json`` (or
      ``autosave_path``) and restore it next time; ``name`` defaults to ``scope`` or
      ``scope-<file stem>``.
    """
    return ScopeBuilder(scope, path=path, autosave=autosave, autosave_path=autosave_path, name=name)


# ====================================================================== triage

_KIND = {
    "in_scope": (
        "In scope",
        "#1b5e20",
        "#e8f5e9",
        "",  # the library's reason already says what to do
    ),
    "change_request": (
        "Change request",
        "#7a4f00",
        "#fff3cd",
        "Agree to the need, then send this record with its options; nothing changes until "
        "the client picks one.",
    ),
    "out_of_scope": (
        "Out of scope",
        "#b00020",
        "#fdecea",
        "",
    ),
}


def _triage_html(t: Triage) -> str:
    label, fg, bg, advice = _KIND.get(t.kind, (t.kind, "#333", "#eee", ""))
    advice_html = f"<div style='{_NOTE};margin-top:4px'>{_esc(advice)}</div>" if advice else ""
    matched = f" · matched: <b class='ex-matched'>{_esc(t.matched)}</b>" if t.matched else ""
    evidence = ""
    if t.evidence:
        quoted = ", ".join(f"“{_esc(e)}”" for e in t.evidence)
        evidence = f"<div>Evidence: <i>{quoted}</i></div>"
    record = ""
    cr = t.change_request
    if cr is not None:
        options = "".join(f"<li>{_esc(o)}</li>" for o in cr.options)
        rows = [
            ("Description", _esc(cr.description)),
            ("Reason", _esc(cr.reason)),
            ("Impact on scope", _esc(cr.impact_scope)),
            ("Impact on schedule", _esc(cr.impact_schedule)),
            ("Impact on price", _esc(cr.impact_price)),
            ("Options", f"<ol style='margin:0;padding-left:18px'>{options}</ol>"),
            ("Decision", _esc(cr.decision)),
        ]
        cells = "".join(
            f"<tr><th style='text-align:left;padding:2px 10px 2px 4px;vertical-align:top;"
            f"white-space:nowrap'>{k}</th><td style='padding:2px 4px'>{val}</td></tr>"
            for k, val in rows
        )
        record = (
            "<div style='margin-top:8px'><b>Change request record</b></div>"
            f"<table class='ex-change-request' style='border-collapse:collapse'>{cells}</table>"
        )
    return (
        f"<div class='ex-triage' data-kind='{_esc(t.kind)}' style='line-height:1.45;"
        f"border:1px solid #ddd;border-radius:6px;padding:8px 12px'>"
        f"<span class='ex-kind' style='color:{fg};background:{bg};padding:1px 8px;"
        f"border-radius:10px;font-weight:600'>{_esc(label)}</span>{matched}"
        f"<div style='margin-top:4px'>{_esc(t.reason)}</div>{evidence}"
        f"{advice_html}{record}</div>"
    )


class TriageBox(widgets.VBox):
    """Paste a client's request, see how it sits against the scope; see :func:`triage_box`.

    Controls: ``request`` (Textarea), ``button``. Outputs: ``result`` (HTML: kind, matched
    deliverable, reason, evidence and the change-request record), ``error_label``,
    ``last_triage`` (:class:`~expectlib.scope.Triage`).
    """

    def __init__(
        self,
        scope: Any,
        *,
        text: str = "",
        history: Any = None,
        autosave: bool = True,
        autosave_path: str | os.PathLike | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__()
        if isinstance(scope, ScopeBuilder):
            self._scope: Callable[[], Scope | None] = lambda: scope.last_scope
            default_name = "triage-" + scope.autosave.name
        else:
            fixed, scope_name = _load_scope(scope)
            if fixed is None:
                raise InputError("scope", None, "pass the Scope (or its file) to triage against")
            self._scope = lambda: fixed
            default_name = "triage-" + scope_name
        self.history = history
        self.last_triage: Triage | None = None
        self.request = widgets.Textarea(
            value=text,
            placeholder="Paste the client's message here, e.g. "
            "'Can you also add a blog section, same price?'",
            rows=3,
            continuous_update=False,
            layout={"width": "720px"},
        )
        self.request.add_class("ex-triage-request")
        self.button = widgets.Button(
            description="Check against the scope", icon="search", layout={"width": "auto"}
        )
        self.button.add_class("ex-triage-button")
        self.error_label = ErrorLabel()
        self.result = widgets.HTML()
        self.result.add_class("ex-triage-result")
        self.autosave_note = ErrorLabel()
        self.autosave = Autosave(
            name or default_name, path=autosave_path, enabled=autosave and not text
        )
        saved = self.autosave.load()
        if saved is not None and isinstance(saved.get("request"), str):
            self.request.value = saved["request"]
        if self.autosave.problem:
            self.autosave_note.show(self.autosave.problem)
        run = guard(self._changed, self.error_label)
        self.request.observe(run, names="value")
        self.button.on_click(run)
        self.children = [
            _heading(
                "Triage: is this request in the scope?",
                "Paste a message and press the button (or click elsewhere).",
            ),
            self.request,
            widgets.HBox([self.button, self.error_label]),
            self.result,
            self.autosave_note,
        ]
        self.add_class("ex-triage-box")
        if self.request.value.strip():
            self.classify()

    def _changed(self, _change: Any = None) -> Triage | None:
        result = self._classify()
        if self.autosave.enabled and not self.autosave.save({"request": self.request.value}):
            self.autosave_note.show(self.autosave.problem)
        return result

    def classify(self, text: str | None = None) -> Triage | None:
        """Classify ``text`` (or what is in the box); None with an inline message if it fails."""
        if text is not None:
            self.request.value = text  # fires the observer, which classifies
            return self.last_triage
        return guard(self._classify, self.error_label)()

    def _classify(self) -> Triage | None:
        message = self.request.value.strip()
        if not message:
            self.result.value = ""
            self.last_triage = None
            return None
        scope = self._scope()
        if scope is None:
            raise InputError(
                "scope", None, "the scope builder has no good statement yet; fix it first"
            )
        result = triage(message, scope, history=self.history)
        self.last_triage = result
        self.result.value = _triage_html(result)
        return result


def triage_box(
    scope: Any,
    *,
    text: str = "",
    history: Any = None,
    autosave: bool = True,
    autosave_path: str | os.PathLike | None = None,
    name: str | None = None,
) -> TriageBox:
    """Build the triage box (returned, not displayed).

    * ``scope``: a :class:`~expectlib.scope.Scope`, the path of a scope file, or a
      :class:`ScopeBuilder` (then the builder's current statement is used each time).
    * ``text``: a request to show already classified.
    * ``history``: passed to :func:`expectlib.scope.triage` (schedule impact from your
      own history).
    * ``autosave``: keep the pasted message in ``.expectlib/autosave/<name>.json``
      (``name`` defaults to ``triage-`` plus the scope's name). A box built with ``text``
      is an example: it starts from that text and neither restores nor autosaves.
    """
    return TriageBox(
        scope,
        text=text,
        history=history,
        autosave=autosave,
        autosave_path=autosave_path,
        name=name,
    )
