"""Exercise feedback in three calls: ``q1.check(p80)``, ``q1.hint()``, ``q1.solution()``.

The loop follows Kaggle's learntools. Starter code holds the placeholder ``____``; a
learner replaces it and calls ``check``. Every call *returns* a small display object
(rendered as coloured HTML in Jupyter, plain text elsewhere) and never raises into the
learner's face:

* :class:`NotAttempted`: the ``____`` is still there (or the variable does not exist);
* :class:`Incorrect`: with a message that names the variable and the next action;
* :class:`Correct`.

Checks go type → shape → value (within a tolerance), and known wrong answers get their
own message ("that is the median, P50; the question asks for P80"). An exception raised
by the learner's own function is caught and reported with the arguments used.

    >>> q = Question("q1", "total", check_number(expected=10, unit="h",
    ...     mistakes=[Mistake(7, "That is the sum of the low values.")]),
    ...     hints=["Add up the likely values."], solution="total = 3 + 7")
    >>> q.check(____)
    NotAttempted: Replace ____ in the line that sets `total`, run that cell, then check again.
    >>> q.check(7)
    Incorrect: That is the sum of the low values. (Stuck? Try `q1.hint()`.)
    >>> q.check(10.0)
    Correct
    >>> q.hint(2)
    Hint: No further hints. `q1.solution()` shows one way to do it.
"""

from __future__ import annotations

import datetime as _dt
import html
import inspect
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from numbers import Real
from typing import Any

import numpy as np

__all__ = [
    "PLACEHOLDER",
    "Correct",
    "Feedback",
    "Hint",
    "Incorrect",
    "Mismatch",
    "Mistake",
    "NotAttempted",
    "Question",
    "Solution",
    "____",
    "check_date",
    "check_function",
    "check_number",
    "check_share",
]


class Placeholder:
    """The blank a learner fills in; shows as ``____`` and renders as nothing."""

    _instance: Placeholder | None = None

    def __new__(cls) -> Placeholder:  # one sentinel, so ``value is ____`` works everywhere
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"

    def __format__(self, spec: str) -> str:  # f"{p80:.0f}" shows the blank instead of failing
        return "____"

    def _repr_markdown_(self) -> str:
        return ""


#: The placeholder in starter code: ``p80 = ____``.
____ = PLACEHOLDER = Placeholder()


# ---------------------------------------------------------------------- display objects

_CODE = re.compile(r"`([^`]+)`")
_EMPH = re.compile(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])")


class Feedback:
    """A message shown in the notebook: coloured HTML in Jupyter, ``Label: text`` elsewhere."""

    label = ""
    colour = "#333"
    passed = False

    def __init__(self, message: str = "") -> None:
        self.message = message

    def __repr__(self) -> str:
        return f"{self.label}: {self.message}" if self.message else self.label

    def _body_html(self) -> str:
        text = _CODE.sub(r"<code>\1</code>", html.escape(self.message))
        return _EMPH.sub(r"<em>\1</em>", text)

    def _repr_html_(self) -> str:
        body = f" {self._body_html()}" if self.message else ""
        return (
            f"<div class='ex-feedback ex-{type(self).__name__.lower()}' "
            f"style='border-left:4px solid {self.colour};padding:0.3em 0.6em'>"
            f"<span style='color:{self.colour};font-weight:600'>{self.label}</span>{body}</div>"
        )

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.message == other.message  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]


class Correct(Feedback):
    """The answer passes every check."""

    label, colour, passed = "Correct", "#2e7d32", True


class Incorrect(Feedback):
    """The answer fails a check; ``message`` says which and what to do next."""

    label, colour = "Incorrect", "#c62828"


class NotAttempted(Feedback):
    """The placeholder ``____`` is still there, or the variable does not exist yet."""

    label, colour = "NotAttempted", "#1565c0"


class Hint(Feedback):
    """One numbered hint."""

    label, colour = "Hint", "#6a1b9a"


class Solution(Feedback):
    """Reference code, shown as a code block."""

    label, colour = "Solution", "#00796b"

    def __repr__(self) -> str:
        return f"{self.label}:\n{self.message}"

    def _body_html(self) -> str:
        return f"<pre style='margin:0.3em 0 0 0'>{html.escape(self.message)}</pre>"


# ---------------------------------------------------------------------- check building blocks


class Mismatch(Exception):
    """Raised by a check when the answer is wrong; the message is shown to the learner."""


class _Blank(Exception):
    """Raised by a check when it meets the placeholder deep inside an answer."""


@dataclass(frozen=True)
class Mistake:
    """A known wrong value (or a function giving it) and the message that explains it."""

    value: Any
    message: str
    rel: float = 1e-3

    def matches(self, answer: Any) -> bool:
        target = self.value() if callable(self.value) else self.value
        if isinstance(target, _dt.date):
            return answer == target
        return math.isclose(float(answer), float(target), rel_tol=self.rel, abs_tol=1e-9)


def _short(value: Any, limit: int = 60) -> str:
    if isinstance(value, np.ndarray) and value.size <= 8:
        text = f"np.array({value.tolist()!r})"
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fmt(x: float, unit: str = "") -> str:
    text = f"{x:,.0f}" if abs(x) >= 100 else f"{x:,.3g}"
    return f"{text} {unit}".strip()


_UNIT_WORDS = {"h": "hours", "d": "days", "min": "minutes", "wk": "weeks"}


def _a(kind: str) -> str:
    return f"an {kind}" if kind[:1].lower() in "aeio" else f"a {kind}"


def _kind(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return "NumPy array"
    if type(value).__module__.startswith("pandas"):
        return f"pandas {type(value).__name__}"
    return type(value).__name__


def _resolve(expected: Any) -> Any:
    return expected() if callable(expected) else expected


def _as_number(name: str, value: Any, *, unit: str = "", many_tip: str = "") -> float:
    """The type and shape checks every numeric answer shares; returns a float."""
    if value is PLACEHOLDER:
        raise _Blank
    words = _UNIT_WORDS.get(unit, unit)
    what = f"a number of {words}" if unit and unit not in {"%", "share"} else "one number"
    if value is None:
        raise Mismatch(
            f"`{name}` is None. Did the cell print or display the value instead of assigning "
            f"it? Write `{name} = ...`."
        )
    if isinstance(value, bool | np.bool_):
        raise Mismatch(f"`{name}` is {value}, a yes/no answer; it should be {what}.")
    if isinstance(value, str):
        raise Mismatch(
            f"`{name}` is text ({_short(value)}); it should be {what}. Remove the quotes "
            "(and any units)."
        )
    if isinstance(value, np.ndarray | list | tuple) or hasattr(value, "to_numpy"):
        size = np.size(np.asarray(value, dtype=object))
        kind = _a(_kind(value))
        if size == 1:
            raise Mismatch(
                f"`{name}` is {kind} holding one value; it should be the number itself. "
                f"Take it out with `float(...)`."
            )
        raise Mismatch(
            f"`{name}` holds {size:,} values ({kind}); it should be {what}. {many_tip}".strip()
        )
    if not isinstance(value, Real):
        tip = many_tip if hasattr(value, "quantile") or hasattr(value, "samples") else ""
        raise Mismatch(f"`{name}` is {_a(_kind(value))}; it should be {what}. {tip}".strip())
    x = float(value)
    if math.isnan(x):
        raise Mismatch(f"`{name}` is NaN (not a number); check the steps that compute it.")
    if math.isinf(x):
        raise Mismatch(f"`{name}` is infinite; did something divide by zero?")
    return x


def _miss(name: str, answer: Any, expected: Any, mistakes: Sequence[Mistake], shown: str) -> None:
    for mistake in mistakes:
        if mistake.matches(answer):
            raise Mismatch(mistake.message)
    direction = "too low" if answer < expected else "too high"
    raise Mismatch(f"`{name}` = {shown} is {direction}. Look again at the step that computes it.")


def check_number(
    *,
    expected: Any,
    rel: float = 1e-6,
    abs_tol: float = 0.0,
    unit: str = "",
    mistakes: Sequence[Mistake] = (),
    many_tip: str = "",
) -> Callable[[str, Any], None]:
    """A check for one number within ``rel``/``abs_tol`` of ``expected`` (a value or a function).

    ``many_tip`` is added when the learner hands in many values (an array of samples)
    instead of one, e.g. "Did you forget `f.quantile(0.8)`?".
    """

    def check(name: str, value: Any) -> None:
        x = _as_number(name, value, unit=unit, many_tip=many_tip)
        target = float(_resolve(expected))
        if not math.isclose(x, target, rel_tol=rel, abs_tol=abs_tol):
            _miss(name, x, target, mistakes, _fmt(x, unit))

    return check


def check_share(
    *,
    expected: Any,
    abs_tol: float = 0.02,
    mistakes: Sequence[Mistake] = (),
    many_tip: str = "",
) -> Callable[[str, Any], None]:
    """A check for a share (probability) in [0, 1], within ``abs_tol`` of ``expected``.

    Percentages (62 for 0.62) and counts of trials (6,200) get their own message.
    """

    def check(name: str, value: Any) -> None:
        x = _as_number(name, value, unit="share", many_tip=many_tip)
        if 1 < x <= 100:
            raise Mismatch(
                f"`{name}` = {x:g} looks like a percentage; give a share between 0 and 1 "
                f"(e.g. {x / 100:g}): divide by 100."
            )
        if x > 100:
            raise Mismatch(
                f"`{name}` = {x:,.0f} looks like a count of trials; divide it by the number "
                "of trials to get a share between 0 and 1."
            )
        if x < 0:
            raise Mismatch(f"`{name}` = {x:g} is negative; a share lies between 0 and 1.")
        target = float(_resolve(expected))
        if abs(x - target) > abs_tol:
            _miss(name, x, target, mistakes, f"{x:.0%}")

    return check


def check_date(*, expected: Any, mistakes: Sequence[Mistake] = ()) -> Callable[[str, Any], None]:
    """A check for a calendar date (``datetime.date``; datetimes and Timestamps are accepted)."""

    def check(name: str, value: Any) -> None:
        if value is PLACEHOLDER:
            raise _Blank
        if isinstance(value, np.datetime64):
            value = value.astype("datetime64[D]").item()
        if isinstance(value, str):
            raise Mismatch(
                f"`{name}` is text ({_short(value)}); it should be a date. "
                "`WorkCalendar.finish_date(...)` returns one."
            )
        if not isinstance(value, _dt.date):
            raise Mismatch(
                f"`{name}` is {_a(_kind(value))}; it should be a date such as the one "
                "`WorkCalendar.finish_date(...)` returns."
            )
        day = value.date() if isinstance(value, _dt.datetime) else value
        target = _resolve(expected)
        if day != target:
            for mistake in mistakes:
                if mistake.matches(day):
                    raise Mismatch(mistake.message)
            gap = abs((day - target).days)
            when = "early" if day < target else "late"
            raise Mismatch(
                f"`{name}` = {day.isoformat()} is {gap} calendar day{'s' * (gap != 1)} too "
                f"{when}. Check the hours per day, the working days and the holidays."
            )

    return check


def check_function(
    cases: Sequence[tuple[tuple, Any]],
    compare: Callable[[str, Any], Any] | None = None,
    *,
    arg_names: Sequence[str] = (),
) -> Callable[[str, Any], None]:
    """A check that calls the learner's function on ``cases`` = [(args, expected), …].

    Each result is compared with ``compare(expected)`` (default: ``check_number``),
    a checker factory. An exception inside the learner's function is reported with the
    call that raised it.
    """
    compare = compare or (lambda expected: check_number(expected=expected, rel=1e-9))

    def check(name: str, func: Any) -> None:
        if func is PLACEHOLDER:
            raise _Blank
        if not callable(func):
            raise Mismatch(
                f"`{name}` should be a function (`def {name}(...):`); it is {_a(_kind(func))}."
            )
        for args, expected in cases:
            shown = ", ".join(
                f"{k}={_short(a)}" if k else _short(a)
                for k, a in zip([*arg_names, *[""] * len(args)], args, strict=False)
            )
            call = f"{name}({shown})"
            try:
                result = func(*args)
            except Exception as exc:
                raise Mismatch(
                    f"When calling `{call}`, Python raised {type(exc).__name__}: {exc}. "
                    "Try that call in a cell of its own to see where it fails."
                ) from exc
            if result is PLACEHOLDER:
                raise _Blank
            try:
                compare(expected)(call, result)
            except Mismatch as exc:
                raise Mismatch(f"{exc} It should return {_short(expected)}.") from None

    return check


# ---------------------------------------------------------------------- questions

_MISSING: Any = object()


class Question:
    """One exercise: ``check(value)``, ``hint(n)``, ``solution()``; all return display objects.

    ``variable`` names what the learner sets (used in messages and when ``check()`` is
    called without arguments: the value is then read from the caller's namespace).
    ``checker(name, value)`` raises :class:`Mismatch` for a wrong answer.
    """

    def __init__(
        self,
        name: str,
        variable: str,
        checker: Callable[[str, Any], None],
        *,
        hints: Sequence[str] = (),
        solution: str = "",
        success: str = "",
    ) -> None:
        self.name = name
        self.variable = variable
        self.checker = checker
        self.hints = tuple(hints)
        self.solution_code = inspect.cleandoc(solution)
        self.success = success

    def __repr__(self) -> str:
        return f"Question({self.name!r}, variable={self.variable!r})"

    def check(self, value: Any = _MISSING) -> Feedback:
        """Check the answer (given, or read from the caller's namespace); never raises."""
        if value is _MISSING:
            value = _caller_value(self.variable)
            if value is _MISSING:
                return NotAttempted(
                    f"There is no `{self.variable}` yet: run the cell that sets it, or pass "
                    f"it: `{self.name}.check({self.variable})`."
                )
        blank = NotAttempted(
            f"Replace ____ in the line that sets `{self.variable}`, run that cell, then check "
            "again."
        )
        if value is PLACEHOLDER:
            return blank
        try:
            self.checker(self.variable, value)
        except _Blank:
            return blank
        except Mismatch as exc:
            return Incorrect(f"{exc} (Stuck? Try `{self.name}.hint()`.)")
        except Exception as exc:  # the learner's value broke the check itself
            return Incorrect(
                f"Checking `{self.variable}` ({_a(_kind(value))}) failed with "
                f"{type(exc).__name__}: {exc}. Make sure `{self.variable}` is the kind of value "
                "the question asks for; if it is, restart the kernel and run all cells, then "
                "check again."
            )
        return Correct(self.success)

    def hint(self, n: int = 1) -> Hint:
        """Hint number ``n`` (from 1); after the last one, a pointer to the solution."""
        if not self.hints or not isinstance(n, int) or n < 1 or n > len(self.hints):
            return Hint(f"No further hints. `{self.name}.solution()` shows one way to do it.")
        more = f" (More: `{self.name}.hint({n + 1})`.)" if n < len(self.hints) else ""
        return Hint(f"({n}/{len(self.hints)}) {self.hints[n - 1]}{more}")

    def solution(self) -> Solution:
        """The reference code."""
        return Solution(self.solution_code)

    # For authors: exercises test themselves (learntools' assert_check_passed/failed).
    def assert_check_passed(self, value: Any = _MISSING) -> None:
        """Raise AssertionError unless ``check(value)`` is Correct."""
        outcome = self.check(_caller_value(self.variable) if value is _MISSING else value)
        if not isinstance(outcome, Correct):
            raise AssertionError(f"{self.name}: expected Correct, got {outcome!r}")

    def assert_check_failed(self, value: Any, message: str | None = None) -> None:
        """Raise AssertionError unless ``check(value)`` is Incorrect (with ``message`` in it)."""
        outcome = self.check(value)
        if not isinstance(outcome, Incorrect):
            raise AssertionError(f"{self.name}: expected Incorrect, got {outcome!r}")
        if message is not None and message not in outcome.message:
            raise AssertionError(f"{self.name}: {message!r} not in {outcome.message!r}")


def _caller_value(variable: str) -> Any:
    """``variable`` as seen by whoever called the Question method (two frames up)."""
    frame = inspect.currentframe()
    caller = frame.f_back.f_back if frame is not None and frame.f_back else None
    if caller is None:
        return _MISSING
    if variable in caller.f_locals:
        return caller.f_locals[variable]
    return caller.f_globals.get(variable, _MISSING)
