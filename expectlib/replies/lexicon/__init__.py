"""The classifier's lexicon: weighted regular expressions per request type and language.

One module per language (:mod:`.en`, :mod:`.id`, :mod:`.ru`, :mod:`.ar`) holds plain data,
reviewed like code:

* ``SIGNALS``: for each request type, ``(pattern, weight)`` pairs. A weight of 0.5
  (:data:`expectlib.replies.classify.THRESHOLD`) or more is enough on its own to flag a
  message; smaller weights need company (two weak cues together). A negative weight
  marks context that rules the type out ("reply within 5 minutes" is about
  availability, not a delivery date).
* ``REASONABLE``: ``(pattern, weight, types)`` cues of an ordinary request (a polite
  question about price or time, acknowledging the fee, "no rush", a payment made …)
  that subtract their weight from the listed types (``"*"``: all of them).
* ``DEMAND``: ``(pattern, weight)`` cues of pressure ("I need", "must be", "!!!")
  that strengthen a type that already has a signal.
* ``MACROS``: named sub-patterns written ``{name}`` inside the patterns (the common
  ones below are shared: ``{g}`` a short gap inside one sentence, ``{gap}`` a longer
  one, ``{w}`` an Arabic word start with its optional prefixes).

Patterns are written in lower case and folded like the text (see
:func:`._text.fold`), so doubled letters and Arabic letter variants never matter.

>>> rules = rules_for("en")
>>> any(r.label == "scope_creep" for r in rules)
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import import_module

from ..taxonomy import REQUEST_TYPES
from ._text import fold_pattern

__all__ = ["Rule", "rules_for"]

COMMON_MACROS = {
    "g": r"[^.?!\n]{0,20}?",
    "gap": r"[^.?!\n]{0,40}?",
    "G": r"[^.?!\n]{0,70}?",
    "w": r"(?<!\w)(?:و|ف|ب|ل|ك|وال|بال|فال|كال|لل|ال)?",
    "money": r"(?:\$|€|£|usd|eur|rp\.?|idr|rs\.?|₽|руб\w*|ريال|جنيه|درهم)",
}
_MACRO = re.compile(r"\{([A-Za-z_]+)\}")


@dataclass(frozen=True)
class Rule:
    """One compiled pattern: what it signals, its weight, and (for cues) what it damps."""

    label: str  # a request type, "reasonable" or "demand"
    regex: re.Pattern[str]
    weight: float
    damps: frozenset[str]
    language: str
    source: str


def _expand(source: str, macros: dict[str, str]) -> str:
    for _ in range(4):  # macros may use macros
        new = _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), source)
        if new == source:
            break
        source = new
    return source


def _compile(source: str, macros: dict[str, str], where: str) -> re.Pattern[str]:
    expanded = _expand(source, macros)
    if _MACRO.search(expanded):
        raise ValueError(f"{where}: unknown macro in {source!r}")
    try:
        return re.compile(fold_pattern(expanded))
    except re.error as exc:  # a lexicon bug: fail loudly at import
        raise ValueError(f"{where}: bad pattern {source!r}: {exc}") from exc


@cache
def rules_for(language: str) -> tuple[Rule, ...]:
    """The compiled rules of one language module (cached)."""
    mod = import_module(f"{__name__}.{language}")
    macros = {**COMMON_MACROS, **getattr(mod, "MACROS", {})}
    rules: list[Rule] = []
    for label, pairs in mod.SIGNALS.items():
        if label not in REQUEST_TYPES:
            raise ValueError(f"{language}: unknown request type {label!r}")
        for source, weight in pairs:
            rx = _compile(source, macros, f"{language}.{label}")
            rules.append(Rule(label, rx, float(weight), frozenset(), language, source))
    for source, weight, types in mod.REASONABLE:
        damps = frozenset(REQUEST_TYPES) if types == "*" else frozenset(types.split())
        if not damps <= set(REQUEST_TYPES):
            raise ValueError(f"{language}: unknown type in {types!r}")
        rx = _compile(source, macros, f"{language}.reasonable")
        rules.append(Rule("reasonable", rx, float(weight), damps, language, source))
    for source, weight in getattr(mod, "DEMAND", ()):
        rx = _compile(source, macros, f"{language}.demand")
        rules.append(Rule("demand", rx, float(weight), frozenset(), language, source))
    return tuple(rules)
