"""The calibration quiz: type 90% ranges, press "Score me", see your hit rate.

Used for the 5-question warm-up in lesson 02 and for the facilitator's group game
(``calibration_quiz(n=15)``). The logic is :mod:`expectlib.quiz`; this module only
lays out boxes, shows bad input inline next to its row, and draws the result as
plain HTML (a small bar in CSS: no JavaScript, no CDN, so it works offline and in
Voilà). Every control is an attribute, so tests can type and click::

    >>> quiz = calibration_quiz(n=2, rng=3)
    >>> quiz.rows[0].low.value, quiz.rows[0].high.value = "1", "2"
    >>> quiz.rows[1].low.value = "abc"
    >>> quiz.button.click()
    >>> quiz.rows[1].error.message
    "Q2 low: got 'abc'; type a plain number such as 4 or 2.5 (no units or words)"
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import ipywidgets as widgets

from ..errors import InputError
from ..quiz import (
    CalibrationQuestion,
    CalibrationScore,
    parse_interval,
    pick_questions,
    score_intervals,
)
from ._common import ErrorLabel, guard

__all__ = ["CalibrationQuiz", "QuizRow", "calibration_quiz"]

_GOOD, _MID, _BAD = "#2e7d32", "#ef8f00", "#c62828"


def _fmt(x: float, unit: str) -> str:
    """A number as people write it: years without grouping, others with thousands commas."""
    if unit == "year":
        return f"{x:.0f}"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.4g}"


class QuizRow(widgets.VBox):
    """One question: its text, then "I'm 90% sure it's between [low] and [high]" and errors."""

    def __init__(self, number: int, question: CalibrationQuestion) -> None:
        self.number = number
        self.question = question
        self.prompt = widgets.HTML(f"<b>Q{number}.</b> {html.escape(question.text)}")
        box = widgets.Layout(width="9em")
        self.low = widgets.Text(placeholder="low", layout=box)
        self.high = widgets.Text(placeholder="high", layout=box)
        self.error = ErrorLabel()
        line = widgets.HBox(
            [
                widgets.Label("I'm 90% sure it's between"),
                self.low,
                widgets.Label("and"),
                self.high,
                widgets.Label(question.unit),
                self.error,
            ],
            layout=widgets.Layout(align_items="center", flex_flow="row wrap"),
        )
        super().__init__([self.prompt, line], layout=widgets.Layout(margin="0 0 0.6em 0"))

    def read(self) -> tuple[float, float] | None:
        """The typed range, or None after showing the problem inline next to the row."""
        try:
            pair = parse_interval(self.low.value, self.high.value, label=f"Q{self.number}")
        except InputError as exc:
            self.error.show(exc)
            return None
        self.error.clear()
        return pair


class CalibrationQuiz(widgets.VBox):
    """The quiz widget. Attributes: ``rows``, ``button``, ``result``, ``error``, ``score``."""

    def __init__(self, questions: Sequence[CalibrationQuestion]) -> None:
        self.questions = tuple(questions)
        self.rows = [QuizRow(i, q) for i, q in enumerate(self.questions, start=1)]
        self.button = widgets.Button(description="Score me", button_style="primary", icon="check")
        self.result = widgets.HTML()
        self.error = ErrorLabel()  # anything unexpected, in one sentence
        #: The last :class:`~expectlib.quiz.CalibrationScore`, or None before a clean scoring.
        self.score: CalibrationScore | None = None
        intro = widgets.HTML(
            "<p>For each question give a range you are <b>90% sure</b> contains the true "
            "answer: wide enough that a miss would surprise you. No looking it up.</p>"
        )
        self.button.on_click(guard(self._on_score, self.error))
        super().__init__([intro, *self.rows, widgets.HBox([self.button, self.error]), self.result])

    def _on_score(self, _button: Any = None) -> None:
        pairs = [row.read() for row in self.rows]
        bad = sum(p is None for p in pairs)
        if bad:
            self.score = None
            rows = "row" if bad == 1 else "rows"
            self.result.value = (
                f"<p style='color:{_BAD}'>Fix the {bad} marked {rows}, then press "
                "<b>Score me</b> again.</p>"
            )
            return
        self.score = score_intervals(pairs, self.questions)
        self.result.value = result_html(self.score, self.questions, pairs)


def _bar(score: CalibrationScore) -> str:
    """A 0–100% track with the untrained band, the target line and the learner's rate."""
    lo, hi = (round(b * 100) for b in score.baseline)
    rate, target = round(score.hit_rate * 100), round(score.target * 100)
    colour = _GOOD if score.hit_rate >= score.target else _MID if rate > hi else _BAD
    pos = "position:absolute;top:0;bottom:0;"
    label = "position:absolute;top:1.7em;font-size:85%;white-space:nowrap;"
    return (
        "<div class='ex-calibration-bar' style='position:relative;max-width:32em;height:1.6em;"
        "background:#eee;border-radius:3px;margin:0.4em 0 1.6em 0'>"
        f"<div title='your hit rate' style='{pos}left:0;width:{rate}%;background:{colour};"
        "opacity:0.85;border-radius:3px'></div>"
        f"<div title='untrained people' style='{pos}left:{lo}%;width:{hi - lo}%;"
        "background:repeating-linear-gradient(45deg,#555 0 2px,transparent 2px 5px)'></div>"
        f"<div title='target' style='{pos}left:{target}%;width:2px;background:#111'></div>"
        f"<div style='{label}left:0'>you: {rate}%</div>"
        f"<div style='{label}left:{lo}%;transform:translateX(-60%);color:#555'>"
        f"untrained {lo}–{hi}%</div>"
        f"<div style='{label}left:{target}%;transform:translateX(-50%)'>target {target}%</div>"
        "</div>"
    )


def result_html(
    score: CalibrationScore,
    questions: Sequence[CalibrationQuestion],
    pairs: Sequence[tuple[float, float]],
) -> str:
    """The scored result: headline, bar, message and the answers with their sources."""
    rows = []
    for i, (q, (lo, hi), hit) in enumerate(zip(questions, pairs, score.inside, strict=True), 1):
        mark = (
            f"<span style='color:{_GOOD}'>✓</span>"
            if hit
            else (f"<span style='color:{_BAD}'>✗</span>")
        )
        rows.append(
            f"<tr><td title='{html.escape(q.text, quote=True)}'>Q{i}</td><td>{mark}</td>"
            f"<td style='white-space:nowrap'>{html.escape(_fmt(lo, q.unit))} – "
            f"{html.escape(_fmt(hi, q.unit))}</td>"
            f"<td style='white-space:nowrap'><b>{html.escape(_fmt(q.answer, q.unit))}</b> "
            f"{html.escape(q.unit)}</td>"
            f"<td style='font-size:85%;color:#555'>{html.escape(q.source)}</td></tr>"
        )
    width = score.mean_relative_width
    return (
        f"<div class='ex-calibration-result'><p style='font-size:120%'><b>{score.hits} of "
        f"{score.n}</b> ranges contained the truth: hit rate <b>{score.hit_rate:.0%}</b> "
        f"(target {score.target:.0%}).</p>"
        f"{_bar(score)}"
        f"<p>{html.escape(score.message)}</p>"
        f"<p style='color:#555'>Your ranges were on average {width:.0%} as wide as the true "
        "answers.</p>"
        "<table style='border-spacing:0.7em 0.15em;margin-left:-0.7em'>"
        "<tr><th></th><th></th><th>your range</th><th>true answer</th><th>source</th></tr>"
        f"{''.join(rows)}</table></div>"
    )


def calibration_quiz(
    questions: Sequence[CalibrationQuestion] | None = None,
    *,
    n: int = 5,
    rng: Any = None,
) -> CalibrationQuiz:
    """Build the calibration quiz (a :class:`ipywidgets.VBox`); it is returned, not displayed.

    ``questions`` defaults to ``n`` questions drawn from
    :data:`expectlib.quiz.CALIBRATION_QUESTIONS` with ``rng`` (None, a seed or a
    Generator). Use ``n=5`` for a warm-up and ``n=10``–``20`` for a group game.
    """
    if questions is None:
        questions = pick_questions(n, rng=rng)
    else:
        if isinstance(questions, str) or not isinstance(questions, Sequence) or not questions:
            raise InputError("questions", questions, "pass a list of CalibrationQuestion")
        for q in questions:
            if not isinstance(q, CalibrationQuestion):
                raise InputError("questions", q, "each item must be a CalibrationQuestion")
    return CalibrationQuiz(questions)
