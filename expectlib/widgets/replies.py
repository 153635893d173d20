"""The reply drafter: paste a client's message, get a calm five-move reply in their language.

One call in a notebook::

    import expectlib as ex
    ex.widgets.reply_drafter()      # an example message, already classified and drafted

builds a :class:`ReplyDrafter`:

* **The message** (a text box; it is read when the box loses focus). Beside it, the type
  of request (:func:`expectlib.replies.classify`) with its confidence, the detected
  language and the evidence: the phrases that gave the type away, highlighted inside the
  message. A drop-down overrides the type; another the language (English, Indonesian,
  Russian, Arabic); toggle buttons set the tone (warm, formal, firm).
* **The context**: the numbers the reply quotes (names, the P50 and P80 dates with the
  probability, price and rush price, revision rounds, what is out of scope, the
  follow-up date). Type them, or take them from a saved scope file
  (:meth:`expectlib.scope.Scope.load` and :meth:`ReplyContext.from_plan
  <expectlib.replies.draft.ReplyContext.from_plan>`). A bad value shows inline beside
  its box.
* **The draft** (:func:`expectlib.replies.draft_reply`): subject and body are editable,
  and the checklist of the five moves (acknowledge, explain, options, time frame,
  follow-up) and the lint (:func:`expectlib.replies.check_reply`) follow every edit.
  Once the draft is edited, a change of message, type, language, tone or context no
  longer replaces it: a note says the edits are kept and **New draft** replaces them.
  Arabic is shown right to left. Download the reply as ``.txt`` or ``.eml`` (links that
  carry the file in the page, so they work offline in JupyterLab and Voilà), or
  :meth:`ReplyDrafter.save` it.

The widget holds no reply logic (that is :mod:`expectlib.replies`). It follows the
package's rules (:mod:`expectlib.widgets._common`): nothing raises into the notebook, an
empty, huge or binary-looking message gets an inline note and the last good draft stays,
every client string shown as HTML is escaped, and everything typed (message, choices,
context, the edited draft) is autosaved so a kernel restart loses nothing.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as _dt
import html
import math
import os
import re
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from .. import _validate as v
from ..errors import InputError
from ..replies.check import MOVES, check_reply
from ..replies.classify import Classification, classify
from ..replies.draft import TONES, Draft, ReplyContext, draft_reply
from ..replies.language import LANGUAGES, RTL, detect_language
from ..replies.taxonomy import LABELS, TYPES
from ..scope import Scope
from ._common import Autosave, AutosavedApp, ErrorLabel, guard
from .scoping import _write_text_atomic

__all__ = ["CONTEXT_FIELDS", "ReplyDrafter", "highlight_evidence", "reply_drafter"]

#: The message the drafter opens with (a classic unrealistic deadline).
DEFAULT_MESSAGE = (
    "Hi! We need the whole website finished by tomorrow morning, the launch is on Monday. "
    "I'm sure you can make it happen."
)

#: Languages in the drop-down: value -> name shown.
LANGUAGE_NAMES = {"en": "English", "id": "Bahasa Indonesia", "ru": "Русский", "ar": "العربية"}
_LANGUAGE_ENGLISH = {"en": "English", "id": "Indonesian", "ru": "Russian", "ar": "Arabic"}

#: The five moves as the checklist names them.
MOVE_TITLES = {
    "acknowledge": "Acknowledge the need",
    "explain": "Explain the reasoning (capacity, norms, the agreement)",
    "options": "Offer 2–3 options, each a “yes, if…”",
    "time_frame": "A clear time frame, with its probability",
    "follow_up": "Say when you will write next",
}

#: Context boxes: ReplyContext field -> (label, placeholder, kind).
CONTEXT_FIELDS: dict[str, tuple[str, str, str]] = {
    "client": ("Client's name", "e.g. Rosa", "text"),
    "sender": ("Your name", "e.g. Sam", "text"),
    "project": ("Project", "e.g. Bakery website", "text"),
    "deliverable": ("What you deliver", "e.g. the homepage", "text"),
    "p50_date": ("P50 date (50% likely)", "YYYY-MM-DD", "date"),
    "p80_date": ("P80 date (the promise)", "YYYY-MM-DD", "date"),
    "probability": ("Probability of the promise", "80%", "probability"),
    "price": ("Price", "e.g. 1200", "money"),
    "rush_price": ("Rush price", "e.g. 1800", "money"),
    "currency": ("Currency", "e.g. USD", "text"),
    "revisions_included": ("Revision rounds included", "e.g. 2", "count"),
    "revisions_used": ("Revision rounds used", "e.g. 3", "count"),
    "follow_up_date": ("Follow-up date", "YYYY-MM-DD", "date"),
    "out_of_scope": ("Out of scope (one per line)", "e.g. Logo design", "lines"),
}

#: At most this many characters of the message are shown (the whole text is classified).
MAX_SHOWN = 4000
_MAX_MARKS = 200

_NOTE = "color:#555;line-height:1.4"
_STYLE = {"description_width": "190px"}
_FIELD = {"width": "400px"}
_KEPT = "Your edits are kept; press New draft to replace them with a draft for the new settings."
_RTL_CSS = (
    "<style>"
    ".ex-reply-drafter .ex-rtl textarea, .ex-reply-drafter .ex-rtl input,"
    " .ex-reply-drafter div.ex-message.ex-rtl {direction: rtl; text-align: right}"
    ".ex-reply-drafter mark.ex-evidence-mark {background:#ffe08a; padding:0 1px}"
    ".ex-reply-drafter .ex-message {white-space: pre-wrap; overflow-wrap: anywhere}"
    "</style>"
)
_NO_LABEL = "<div class='ex-label' data-label='' style='color:#555'>{}</div>"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_DATE_FIX = "use a date like 2026-03-12 (year-month-day)"


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _clean(text: str) -> str:
    """Control characters (binary-looking input) shown as the replacement character."""
    return _CONTROL.sub("\ufffd", text)


def highlight_evidence(text: str, evidence: Iterable[str], *, limit: int = MAX_SHOWN) -> str:
    """The message as escaped HTML, each evidence phrase wrapped in ``<mark>``.

    Every character of ``text`` is escaped (the marks go only between escaped pieces,
    never inside an entity); phrases are found ignoring case; overlaps are merged. Only
    the first ``limit`` characters are shown, with a note when the rest is cut.

    >>> highlight_evidence("<b>Need it by TOMORROW</b>", ["by tomorrow"])
    '&lt;b&gt;Need it <mark class="ex-evidence-mark">by TOMORROW</mark>&lt;/b&gt;'
    """
    shown = text[:limit]
    spans: list[tuple[int, int]] = []
    for phrase in evidence:
        phrase = str(phrase).strip()
        if not phrase:
            continue
        for m in re.finditer(re.escape(phrase), shown, re.IGNORECASE):
            spans.append((m.start(), m.end()))
            if len(spans) >= _MAX_MARKS:
                break
    spans.sort()
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out, pos = [], 0
    for a, b in merged:
        out.append(_esc(_clean(shown[pos:a])))
        out.append(f'<mark class="ex-evidence-mark">{_esc(_clean(shown[a:b]))}</mark>')
        pos = b
    out.append(_esc(_clean(shown[pos:])))
    if len(text) > limit:
        out.append(
            f"<span style='{_NOTE}'> … (showing the first {limit:,} of {len(text):,} "
            "characters; the whole message was read)</span>"
        )
    return "".join(out)


def _title(label: str) -> str:
    kind = TYPES.get(label)
    return getattr(kind, "title", None) or label.replace("_", " ").capitalize()


def label_html(
    text: str,
    result: Classification,
    *,
    label: str,
    language: str,
    language_forced: bool,
    message_language: str | None = None,
) -> str:
    """The type of request, its confidence, language and highlighted evidence (escaped).

    ``message_language`` is the language the message is written in (its direction: a
    Russian message stays left to right when the reply is forced to Arabic); by default
    ``language``.
    """
    overridden = label != result.label
    reasonable = label == "reasonable"
    fg, bg = ("#1b5e20", "#e8f5e9") if reasonable else ("#8a4b00", "#fff3e0")
    badge = (
        f"<span class='ex-label-title' style='color:{fg};background:{bg};padding:1px 8px;"
        f"border-radius:10px;font-weight:600'>{_esc(_title(label))}</span>"
    )
    how = "chosen by you" if language_forced else "detected"
    facts = [
        f"<span class='ex-confidence' data-confidence='{float(result.confidence):.3f}'>"
        f"{float(result.confidence):.0%} confident</span>",
        f"<span class='ex-language' data-language='{_esc(language)}'>"
        f"{_esc(_LANGUAGE_ENGLISH.get(language, language))} ({how})</span>",
    ]
    if overridden:
        facts.append(
            f"<span class='ex-override'>type set by you; the classifier said "
            f"“{_esc(_title(result.label))}”</span>"
        )
    kind = TYPES.get(label)
    about = ""
    if kind is not None:
        description = getattr(kind, "description", "")
        principle = getattr(kind, "principle", "")
        if description:
            about += f"<div class='ex-label-description'>{_esc(description)}</div>"
        if principle:
            about += f"<div class='ex-principle'><b>Principle:</b> {_esc(principle)}</div>"
    evidence = [str(e) for e in (result.evidence or ()) if str(e).strip()]
    if evidence:
        chips = ", ".join(f"“{_esc(_clean(e))}”" for e in evidence[:12])
        ev = f"<div class='ex-evidence'><b>Evidence:</b> {chips}</div>"
    else:
        ev = "<div class='ex-evidence' style='color:#555'>No phrase stood out.</div>"
    notes = [str(n) for n in (getattr(result, "notes", ()) or ())]
    if notes:
        ev += f"<div class='ex-read-notes' style='{_NOTE}'>Read: {_esc('; '.join(notes))}</div>"
    rtl = (message_language or language) in RTL  # the message's own script, not the reply's
    direction = "rtl" if rtl else "ltr"
    message = (
        f"<div class='ex-message{' ex-rtl' if rtl else ''}' dir='{direction}' "
        f"style='margin:6px 0;padding:6px 10px;border-left:3px solid #ccc;background:#fafafa;"
        f"max-height:220px;overflow:auto'>"
        f"{highlight_evidence(text, evidence)}</div>"
    )
    return (
        f"<div class='ex-label' data-label='{_esc(label)}' data-classified='{_esc(result.label)}'"
        f" data-language='{_esc(language)}' data-override='{str(overridden).lower()}'"
        f" style='line-height:1.45;border:1px solid #ddd;border-radius:6px;padding:8px 12px;"
        f"max-width:900px'>"
        f"{badge} <span style='{_NOTE}'>{' · '.join(facts)}</span>"
        f"{about}{ev}{message}</div>"
    )


def checklist_html(body: str, *, language: str) -> str:
    """✓/✗ per move and the lint lines of :func:`~expectlib.replies.check_reply` (escaped)."""
    problems = check_reply(body, language=language)  # one analysis: missing moves, then lint
    moves = {move: move not in problems for move in MOVES}  # = reply_moves(body, language=…)
    lint = [p for p in problems if p not in MOVES]
    rows = []
    for move in MOVES:
        ok = bool(moves.get(move, False))
        mark, colour = ("✓", "#1b5e20") if ok else ("✗", "#b00020")
        rows.append(
            f"<div class='ex-move' data-move='{move}' data-ok='{str(ok).lower()}'>"
            f"<span style='color:{colour};font-weight:700'>{mark}</span> "
            f"{_esc(MOVE_TITLES.get(move, move))}</div>"
        )
    for line in lint:
        shown = line[5:].strip() if line.startswith("lint:") else line
        rows.append(f"<div class='ex-lint' style='color:#8a4b00'>⚠ {_esc(shown)}</div>")
    missing = " ".join(m for m in MOVES if not moves.get(m, False))
    verdict = (
        "All five moves are there."
        if not missing and not lint
        else "Fix the ✗ and ⚠ lines before sending."
    )
    return (
        f"<div class='ex-checklist' data-missing='{_esc(missing)}' data-lint='{len(lint)}'"
        f" style='line-height:1.5;border:1px solid #ddd;border-radius:6px;padding:6px 10px'>"
        f"<b>The five moves</b>{''.join(rows)}"
        f"<div style='{_NOTE};margin-top:4px'>{verdict}</div></div>"
    )


def _data_link(css: str, filename: str, text: str, mime: str) -> str:
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return (
        f'<a class="{css}" download="{_esc(filename)}" '
        f'href="data:{mime};charset=utf-8;base64,{data}" style="margin-right:12px">'
        f"⬇ {_esc(filename)}</a>"
    )


def downloads_html(draft: Draft) -> str:
    """Links that download the draft as ``reply.txt`` and ``reply.eml`` (offline, data: URIs)."""
    return (
        f"<div class='ex-downloads' style='{_NOTE}'>Download: "
        f"{_data_link('ex-download-txt', 'reply.txt', draft.to_txt(), 'text/plain')}"
        f"{_data_link('ex-download-eml', 'reply.eml', draft.to_eml(), 'message/rfc822')}"
        "</div>"
    )


# ---------------------------------------------------------------------- context boxes


def _number_text(x: Any) -> str:
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, int | float):
        x = float(x)
        if not math.isfinite(x):
            return ""
        return str(int(x)) if x.is_integer() else f"{x:g}"
    return str(x)


def _field_text(key: str, value: Any) -> str:
    """A ReplyContext value as the text put in its box (None -> "")."""
    kind = CONTEXT_FIELDS[key][2]
    if value is None or value == "":
        return ""
    if kind == "lines":
        if isinstance(value, str):
            return value
        return "\n".join(str(x) for x in value)
    if kind == "date":
        if isinstance(value, _dt.datetime):
            value = value.date()
        return value.isoformat() if isinstance(value, _dt.date) else str(value)
    if kind == "probability" and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{float(value) * 100:g}%"
    if kind in ("money", "count"):
        return _number_text(value)
    return str(value)


def _parse_field(key: str, raw: str) -> Any:
    """The value of a box for ReplyContext; None when empty (the context's fallback)."""
    kind = CONTEXT_FIELDS[key][2]
    text = (raw or "").strip()
    if kind == "lines":
        items = [
            re.sub(r"^\s*(?:[-*•·]|\d+[.)])\s+", "", line).strip() for line in text.split("\n")
        ]
        items = [item for item in items if item]
        return tuple(items) if items else None
    if not text:
        return None
    if kind == "text":
        return v.text(key, text, max_len=200)
    if kind == "date":
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            raise InputError(key, raw, _DATE_FIX) from None
    if kind == "probability":
        if text.endswith("%"):
            return v.probability(key, text)
        x = v.parse_number(key, text)
        return v.probability(key, x / 100 if 1 < x <= 100 else x)
    if kind == "money":
        return v.positive(key, text)
    if kind == "count":
        x = v.non_negative(key, text)
        if not float(x).is_integer():
            raise InputError(key, raw, "use a whole number of rounds, e.g. 2")
        return int(x)
    raise AssertionError(kind)  # pragma: no cover


def _to_context(context: Any) -> ReplyContext | None:
    """A ReplyContext from None, a ReplyContext, a mapping of its fields, a Scope or its file."""
    if context is None or isinstance(context, ReplyContext):
        return context
    if isinstance(context, Mapping):
        return ReplyContext(**context)
    if isinstance(context, Scope):
        return ReplyContext.from_plan(scope=context)
    if isinstance(context, str | os.PathLike):
        return ReplyContext.from_plan(scope=_load_scope(context))
    raise InputError(
        "context",
        type(context).__name__,
        "pass a ReplyContext, a dict of its fields, a Scope or the path of a scope file",
    )


def _load_scope(raw: Any) -> Scope:
    path = Path(str(raw).strip()).expanduser()
    if not str(raw).strip():
        raise InputError("scope file", raw, "type the path of a saved scope, e.g. my_scope.json")
    if not path.is_file():
        raise InputError(
            "scope file", str(raw), "no such file; check the name and the folder (relative to the "
            "notebook)"
        )  # fmt: skip
    try:
        return Scope.load(path)
    except InputError:
        raise
    except (OSError, ValueError) as exc:
        raise InputError("scope file", str(raw), f"could not read it ({exc})") from None


# ---------------------------------------------------------------------- the app


class ReplyDrafter(AutosavedApp, widgets.VBox):
    """The reply drafter; build it with :func:`reply_drafter`.

    Controls: ``message`` (Textarea), ``label_choice`` (Dropdown: ``"auto"`` or a type),
    ``language`` (Dropdown: ``"auto"``, en, id, ru, ar), ``tone`` (ToggleButtons),
    ``fields`` (ReplyContext field -> Text/Textarea box, also attributes such as
    ``client``), ``scope_path`` + ``scope_button``, ``subject`` (Text) and ``body``
    (Textarea, both editable), ``new_draft_button``, ``reset_button``. Inline messages:
    ``message_note``, ``errors`` (field -> :class:`ErrorLabel`), ``scope_error``,
    ``edits_note``, ``error_label``, ``autosave_note``. Outputs: ``label_panel``,
    ``checklist``, ``downloads`` (HTML), ``last_classification``, ``last_draft`` (the
    newest generated draft), ``shown_draft`` (the one the boxes came from), :attr:`draft`
    (what is downloaded: the boxes' text), ``edited``, ``timings`` (seconds per update).
    """

    def __init__(
        self,
        text: str = DEFAULT_MESSAGE,
        *,
        context: Any = None,
        language: str | None = None,
        tone: str = "warm",
        autosave: bool = True,
        autosave_path: str | os.PathLike | None = None,
        name: str = "replies",
    ) -> None:
        super().__init__()
        if not isinstance(text, str):
            raise InputError("text", type(text).__name__, "pass the client's message as a string")
        tone = v.one_of("tone", tone, TONES)
        if language is not None and language != "auto":
            language = v.one_of("language", language, LANGUAGES)
        self._base_context = _to_context(context)
        self.last_classification: Classification | None = None
        self.last_draft: Draft | None = None
        self.shown_draft: Draft | None = None
        self.edited = False
        self._generated: tuple[str, str] | None = None
        self._cache: dict[tuple[str, str | None], Classification] = {}
        self.timings: list[float] = []

        fields = {
            key: _field_text(key, getattr(self._base_context, key, None)) for key in CONTEXT_FIELDS
        }
        self._defaults: dict[str, Any] = {
            "message": text,
            "label": "auto",
            "language": language or "auto",
            "tone": tone,
            "context": fields,
            "scope_path": "",
            "edited": False,
        }

        # ---- the message and the choices
        self.message = widgets.Textarea(
            placeholder="Paste the client's message here",
            rows=5,
            continuous_update=False,
            layout={"width": "100%", "max_width": "900px"},
        )
        self.message_note = ErrorLabel()
        self.label_choice = widgets.Dropdown(
            options=[("auto (the detected type)", "auto")] + [(_title(key), key) for key in LABELS],
            description="Type of request",
            style={"description_width": "110px"},
            layout={"width": "420px"},
        )
        self.language = widgets.Dropdown(
            options=[("auto (detect)", "auto")]
            + [(LANGUAGE_NAMES.get(x, x), x) for x in LANGUAGES],
            description="Language",
            style={"description_width": "70px"},
            layout={"width": "250px"},
        )
        self.tone = widgets.ToggleButtons(
            options=list(TONES),
            description="Tone",
            style={"description_width": "40px", "button_width": "70px"},
        )
        self.label_panel = widgets.HTML()

        # ---- the context
        self.fields: dict[str, widgets.Widget] = {}
        for key, (label, placeholder, kind) in CONTEXT_FIELDS.items():
            cls = widgets.Textarea if kind == "lines" else widgets.Text
            box = cls(
                description=label,
                placeholder=placeholder,
                continuous_update=False,
                style=_STYLE,
                layout=_FIELD,
            )
            if kind == "lines":
                box.rows = 3
            self.fields[key] = box
            setattr(self, key, box)
        self.errors = {key: ErrorLabel(layout={"margin": "0 0 2px 194px"}) for key in self.fields}
        self.scope_path = widgets.Text(
            description="Saved scope file",
            placeholder="e.g. my_scope.json",
            continuous_update=False,
            style=_STYLE,
            layout=_FIELD,
        )
        self.scope_button = widgets.Button(
            description="Take the numbers from it", icon="folder-open", layout={"width": "auto"}
        )
        self.scope_error = ErrorLabel(layout={"margin": "0 0 2px 194px"})

        # ---- the draft
        self.subject = widgets.Text(
            description="Subject", style={"description_width": "60px"}, layout={"width": "100%"}
        )
        self.body = widgets.Textarea(rows=16, layout={"width": "100%"})
        self.edits_note = ErrorLabel()
        self.new_draft_button = widgets.Button(
            description="New draft", icon="refresh", layout={"width": "auto"},
            tooltip="Replace the draft (and your edits) with a fresh one for these settings",
        )  # fmt: skip
        self.checklist = widgets.HTML()
        self.downloads = widgets.HTML()
        self.assumed_note = widgets.HTML()
        self.error_label = ErrorLabel()
        self.reset_button = widgets.Button(
            description="Reset to defaults", icon="undo", layout={"width": "auto"}
        )
        self.autosave_note = ErrorLabel()

        # ---- state: defaults, then whatever was autosaved; then the first draft
        self.autosave = Autosave(name, path=autosave_path, enabled=autosave)
        self._restore()
        self.refresh()

        # ---- events
        changed = guard(self._changed, self.error_label, clear=False)
        for w in (self.message, self.label_choice, self.language, self.tone, *self.fields.values()):
            w.observe(changed, names="value")
        self.scope_path.observe(guard(self._save_now, self.error_label, clear=False), "value")
        edited = guard(self._draft_edited, self.error_label, clear=False)
        self.subject.observe(edited, names="value")
        self.body.observe(edited, names="value")
        self.scope_button.on_click(guard(lambda _b: self.load_scope(), self.scope_error))
        self.new_draft_button.on_click(guard(lambda _b: self.new_draft(), self.error_label))
        self.reset_button.on_click(guard(lambda _b: self.reset(), self.error_label, clear=False))

        self.children = self._layout()
        self.add_class("ex-reply-drafter")
        self.message.add_class("ex-reply-message")
        self.label_choice.add_class("ex-reply-label-choice")
        self.language.add_class("ex-reply-language")
        self.tone.add_class("ex-reply-tone")
        self.label_panel.add_class("ex-reply-label")
        for key, box in self.fields.items():
            box.add_class(f"ex-ctx-{key.replace('_', '-')}")
        self.scope_path.add_class("ex-scope-path")
        self.scope_button.add_class("ex-scope-button")
        self.subject.add_class("ex-reply-subject")
        self.body.add_class("ex-reply-body")
        self.edits_note.add_class("ex-edits-note")
        self.new_draft_button.add_class("ex-new-draft")
        self.checklist.add_class("ex-reply-checklist")
        self.downloads.add_class("ex-reply-downloads")
        self.reset_button.add_class("ex-reset")

    # ------------------------------------------------------------------ layout
    def _layout(self) -> list[widgets.Widget]:
        heading = widgets.HTML(
            f"{_RTL_CSS}<h3 style='margin:4px 0'>Reply drafter: a calm answer in five moves</h3>"
            f"<div style='{_NOTE}'>Paste the client's message, then click outside the box. Check "
            "the type and the numbers the reply quotes, edit the draft, and send it yourself."
            "</div>"
        )

        def pair(key: str) -> widgets.VBox:
            return widgets.VBox([self.fields[key], self.errors[key]])

        keys = list(self.fields)
        half = (len(keys) + 1) // 2
        context = widgets.VBox(
            [
                widgets.HTML(
                    "<b style='display:block;margin:8px 0 2px'>Context: the numbers the reply "
                    f"quotes</b><div style='{_NOTE}'>Leave a box empty to use a stated fallback. "
                    "Write dates as YYYY-MM-DD (e.g. 2026-03-12).</div>"
                ),
                widgets.HBox(
                    [
                        widgets.VBox([pair(k) for k in keys[:half]]),
                        widgets.VBox([pair(k) for k in keys[half:]]),
                    ],
                    layout={"flex_flow": "row wrap"},
                ),
                widgets.HBox([self.scope_path, self.scope_button]),
                self.scope_error,
            ]
        )
        draft = widgets.VBox(
            [
                widgets.HTML(
                    "<b style='display:block;margin:8px 0 2px'>The draft</b>"
                    f"<div style='{_NOTE}'>Edit it freely: the checklist follows your edits.</div>"
                ),
                widgets.HBox([self.new_draft_button, self.edits_note]),
                self.subject,
                widgets.HBox(
                    [
                        widgets.VBox([self.body], layout={"flex": "1 1 520px"}),
                        widgets.VBox([self.checklist], layout={"flex": "0 0 330px"}),
                    ],
                    layout={"flex_flow": "row wrap", "align_items": "flex-start"},
                ),
                self.assumed_note,
                self.downloads,
            ],
            layout={"max_width": "1000px"},
        )
        return [
            heading,
            self.message,
            self.message_note,
            widgets.HBox(
                [self.label_choice, self.language, self.tone], layout={"flex_flow": "row wrap"}
            ),
            self.label_panel,
            self.error_label,
            draft,
            context,
            widgets.HBox([self.reset_button, self.autosave_note]),
        ]

    # ------------------------------------------------------------------ state
    def state(self) -> dict[str, Any]:
        """Everything typed, as plain JSON values (what autosave writes)."""
        return {
            "message": self.message.value,
            "label": self.label_choice.value,
            "language": self.language.value,
            "tone": self.tone.value,
            "context": {key: box.value for key, box in self.fields.items()},
            "scope_path": self.scope_path.value,
            "edited": self.edited,
            "subject": self.subject.value,
            "body": self.body.value,
        }

    def _apply_state(self, state: dict[str, Any]) -> None:
        """Set the controls from a state dict (defaults or an autosave)."""
        if not isinstance(state, dict):
            raise InputError("autosave", type(state).__name__, "expected a dict of inputs")
        for key in ("message", "scope_path", "subject", "body"):
            if key in state and not isinstance(state[key], str):
                raise InputError(key, state[key], "expected the text typed in the box")
        choices = {"label": self.label_choice, "language": self.language, "tone": self.tone}
        for key, control in choices.items():
            if key in state:
                allowed = [value for _, value in control.options] if key != "tone" else TONES
                if state[key] not in allowed:
                    raise InputError(key, state[key], f"use one of {', '.join(allowed)}")
        context = state.get("context", {})
        if not isinstance(context, dict) or not all(isinstance(x, str) for x in context.values()):
            raise InputError("context", context, "expected the text typed in each box")
        if "message" in state:
            self.message.value = state["message"]
        for key, control in choices.items():
            if key in state:
                control.value = state[key]
        for key, value in context.items():
            if key in self.fields:
                self.fields[key].value = value
        if "scope_path" in state:
            self.scope_path.value = state["scope_path"]
        self.edited = bool(state.get("edited", False)) and "body" in state
        if self.edited:
            self.subject.value = state.get("subject", "")
            self.body.value = state["body"]
        else:
            self.shown_draft = None  # the next refresh writes a fresh draft into the boxes
            self._generated = None

    # ------------------------------------------------------------------ events
    def _changed(self, _change: Any = None) -> None:
        if self._hold:
            return
        self.refresh()
        self._save_now()

    def _draft_edited(self, _change: Any = None) -> None:
        """The user typed in the subject or the body: checklist and downloads follow."""
        if self._hold:
            return
        start = time.perf_counter()
        self.edited = (self.subject.value, self.body.value) != self._generated
        if not self.edited:
            self.edits_note.clear()
        self._update_draft_outputs()
        self._save_now()
        self.timings.append(time.perf_counter() - start)

    def reset(self) -> None:
        """Back to the arguments the drafter was built with (edits and autosave replaced)."""
        for key in self.fields:
            self.errors[key].clear()
        self.scope_error.clear()
        super().reset()

    # ------------------------------------------------------------------ actions
    @property
    def draft(self) -> Draft | None:
        """The draft as it stands in the boxes (with the user's edits): what is downloaded."""
        if self.shown_draft is None:
            return None
        return dataclasses.replace(
            self.shown_draft, subject=self.subject.value, body=self.body.value
        )

    def new_draft(self) -> Draft | None:
        """Replace the boxes (and any edits) with a fresh draft for the current settings."""
        self.edited = False
        self.shown_draft = None
        self._generated = None
        result = self.refresh()
        self._save_now()
        return result

    def load_scope(self, path: str | os.PathLike | None = None) -> ReplyContext:
        """Fill the context boxes from a saved scope file (``path`` or the path box).

        The numbers the scope gives (client, your name, project, price, currency, revision
        rounds, out of scope…) replace what is in their boxes; the others stay.
        """
        if path is not None:
            self.scope_path.value = str(path)
        self.scope_error.clear()
        context = ReplyContext.from_plan(scope=_load_scope(self.scope_path.value))
        with self._holding():
            for key, box in self.fields.items():
                text = _field_text(key, getattr(context, key, None))
                if text:
                    box.value = text
        self.scope_error.note(f"Took the numbers from {Path(self.scope_path.value).name}")
        self._changed()
        return context

    def save(self, path: str | os.PathLike) -> Path:
        """Write the draft (with edits) to ``path``: ``.eml`` as an e-mail, else plain text."""
        draft = self.draft
        if draft is None:
            raise InputError("draft", None, "there is no draft yet; paste a message first")
        path = Path(path).expanduser()
        text = draft.to_eml() if path.suffix.lower() == ".eml" else draft.to_txt()
        return _write_text_atomic(path, text)

    # ------------------------------------------------------------------ compute
    def refresh(self) -> Draft | None:
        """Read every control, classify and draft; returns the new draft or None.

        On bad input nothing is replaced: the message appears beside its box and the
        last good draft stays. An edited draft is kept (see :meth:`new_draft`).
        """
        start = time.perf_counter()
        result = guard(self._refresh, self.error_label)()
        self.timings.append(time.perf_counter() - start)
        return result

    def _classify(self, text: str, language: str | None) -> Classification:
        key = (text, language)
        if key not in self._cache:
            if len(self._cache) > 32:
                self._cache.clear()
            self._cache[key] = classify(text, language=language)
        return self._cache[key]

    def _context(self) -> ReplyContext | None:
        """The context from the boxes; None (with inline messages) when a box is bad."""
        kwargs: dict[str, Any] = {}
        base = self._base_context
        if base is not None:
            for f in dataclasses.fields(base):
                if f.name not in self.fields:
                    kwargs[f.name] = getattr(base, f.name)
        bad = False
        for key, box in self.fields.items():
            self.errors[key].clear()
            box.layout.border = None
            try:
                value = _parse_field(key, box.value)
            except InputError as exc:
                self._mark(key, exc)
                bad = True
                continue
            if value is not None:
                kwargs[key] = value
        if bad:
            return None
        try:
            return ReplyContext(**kwargs)
        except InputError as exc:
            key = str(exc.field).split(".")[0].split("[")[0]
            if key not in self.fields:
                raise
            self._mark(key, exc)
            return None

    def _mark(self, key: str, exc: InputError) -> None:
        self.errors[key].show(exc)
        self.fields[key].layout.border = "2px solid #b00020"

    def _keep_last(self, why: str) -> None:
        kept = (
            "the draft below is from your last good inputs" if self.shown_draft else "no draft yet"
        )
        self.error_label.show(f"{why}; {kept}")

    def _refresh(self) -> Draft | None:
        self.message_note.clear()
        context = self._context()
        text = self.message.value
        forced = None if self.language.value == "auto" else self.language.value
        if not text.strip():
            self.label_panel.value = _NO_LABEL.format("No message yet.")
            self.message.remove_class("ex-rtl")
            kept = " (the draft below is from your last message)" if self.shown_draft else ""
            self.message_note.note(f"Paste a message from your client above to get a draft{kept}.")
            return None
        try:
            result = self._classify(text, forced)
        except InputError as exc:
            self.message_note.show(exc)
            self.label_panel.value = _NO_LABEL.format("This message cannot be read.")
            self._keep_last("This message cannot be read")
            return None
        self.last_classification = result
        language = forced or result.language
        label = result.label if self.label_choice.value == "auto" else self.label_choice.value
        written = detect_language(text) if forced else result.language
        self.label_panel.value = label_html(
            text,
            result,
            label=label,
            language=language,
            language_forced=forced is not None,
            message_language=written,
        )
        self._direction(self.message, written)
        if context is None:
            self._keep_last("Fix the field marked in red")
            return None
        draft = draft_reply(
            text, context=context, tone=self.tone.value, language=language, label=label
        )
        self.last_draft = draft
        if self.shown_draft is None and self.edited:
            self.shown_draft = draft  # restored edits: the settings they were made with
        if not self.edited or self.shown_draft is None:
            self._show(draft)
        elif (draft.subject, draft.body) != (self.subject.value, self.body.value):
            self.edits_note.note(_KEPT)
        self._update_draft_outputs()
        return draft

    def _show(self, draft: Draft) -> None:
        """Put a generated draft into the boxes (no edit event)."""
        with self._holding():
            self.subject.value = draft.subject
            self.body.value = draft.body
        self._generated = (draft.subject, draft.body)
        self.shown_draft = draft
        self.edited = False
        self.edits_note.clear()
        self._direction(self.subject, draft.language)
        self._direction(self.body, draft.language)

    @staticmethod
    def _direction(widget: widgets.DOMWidget, language: str) -> None:
        if language in RTL:
            widget.add_class("ex-rtl")
        else:
            widget.remove_class("ex-rtl")

    def _update_draft_outputs(self) -> None:
        draft = self.draft
        if draft is None:
            return
        self.checklist.value = checklist_html(self.body.value, language=draft.language)
        self.downloads.value = downloads_html(draft)
        assumed = [a for a in (getattr(draft, "assumed", ()) or ()) if a in CONTEXT_FIELDS]
        self.assumed_note.value = (
            f"<div class='ex-assumed' data-assumed='{_esc(' '.join(assumed))}' style='{_NOTE}'>"
            "Assumed, because the context does not say (type them below to be exact): "
            f"{_esc(', '.join(CONTEXT_FIELDS[a][0] for a in assumed))}.</div>"
            if assumed
            else ""
        )


def reply_drafter(
    text: str = DEFAULT_MESSAGE,
    *,
    context: Any = None,
    language: str | None = None,
    tone: str = "warm",
    autosave: bool = True,
    autosave_path: str | os.PathLike | None = None,
    name: str = "replies",
) -> ReplyDrafter:
    """Build the reply drafter (returned, not displayed).

    * ``text``: the client's message it starts with (an unrealistic deadline by default).
    * ``context``: the numbers the reply quotes, as a
      :class:`~expectlib.replies.draft.ReplyContext`, a dict of its fields, a
      :class:`~expectlib.scope.Scope` or the path of a saved scope file; they fill the
      context boxes.
    * ``language``: ``None`` (detect) or one of en, id, ru, ar; ``tone``: warm, formal or
      firm.
    * ``autosave``: keep everything typed (message, choices, context, the edited draft) in
      ``.expectlib/autosave/<name>.json`` (or under ``$EXPECTLIB_AUTOSAVE_DIR``, or
      ``autosave_path``) and restore it next time; ``False`` turns it off.

    >>> app = reply_drafter(autosave=False)
    >>> app.last_draft.label == app.last_classification.label
    True
    """
    return ReplyDrafter(
        text,
        context=context,
        language=language,
        tone=tone,
        autosave=autosave,
        autosave_path=autosave_path,
        name=name,
    )
