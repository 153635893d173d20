"""Small validators shared by the public functions (private module).

Each returns the cleaned value or raises :class:`~expectlib.errors.InputError`
naming the field, the value and the fix. Numbers typed by people are accepted
as ``3``, ``3.5``, ``"3.5"`` or ``"3,5"`` (comma decimal); anything else fails
with a message that says what to type instead.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from numbers import Real
from typing import Any

import numpy as np

from .errors import InputError

_PLAIN_NUMBER = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")
_GROUPED = re.compile(r"^[-+]?\d{1,3}([ _'\u00a0\u202f]\d{3})+([.,]\d+)?$")


def _normalise(text: str, field: str, original: Any) -> str:
    """Read the ways people write numbers: 2,5 · 1.800,5 · 1,800.5 · 6 650 · 1,000,000."""
    if _GROUPED.match(text):  # 6 650 or 6 650,5: spaces, underscores or ' group thousands
        text = re.sub(r"[ _'\u00a0\u202f]", "", text)
    if "," in text and "." in text:  # the later mark is the decimal point
        if text.rfind(",") > text.rfind("."):
            return text.replace(".", "").replace(",", ".")
        return text.replace(",", "")
    if text.count(",") > 1:  # 1,000,000
        return text.replace(",", "") if re.match(r"^[-+]?\d{1,3}(,\d{3})+$", text) else text
    if "," in text:
        head, tail = text.split(",")
        if len(tail) == 3 and head.lstrip("+-") not in ("", "0"):
            raise InputError(
                field,
                original,
                f"is that {head}{tail} or {head}.{tail}? "
                f"write it without the comma ({head}{tail}) or with a point",
            )
        return f"{head}.{tail}"
    return text


def parse_number(field: str, value: Any) -> float:
    """Turn a typed number into a float; comma decimals and digit groups are understood.

    >>> parse_number("hours", "2,5"), parse_number("km", "6 650"), parse_number("x", "1.800,5")
    (2.5, 6650.0, 1800.5)

    "1,800" could mean 1800 or 1.8, so it is refused with a message that asks.
    """
    if isinstance(value, bool):
        raise InputError(field, value, "type a number, not True/False")
    if isinstance(value, Real | np.number):
        return float(value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise InputError(field, value, "this field is empty; type a number")
        text = _normalise(text, field, value)
        if _PLAIN_NUMBER.match(text):
            return float(text)
        raise InputError(field, value, "type a plain number such as 4 or 2.5 (no units or words)")
    raise InputError(field, value, f"expected a number, not {type(value).__name__}")


def positive(field: str, value: Any) -> float:
    """A finite number greater than zero."""
    x = parse_number(field, value)
    if not math.isfinite(x):
        raise InputError(field, value, "use a finite number (not NaN or infinity)")
    if x <= 0:
        raise InputError(field, value, "use a number greater than zero")
    return x


def non_negative(field: str, value: Any) -> float:
    """A finite number that is zero or more."""
    x = parse_number(field, value)
    if not math.isfinite(x):
        raise InputError(field, value, "use a finite number (not NaN or infinity)")
    if x < 0:
        raise InputError(field, value, "use zero or a positive number")
    return x


def probability(field: str, value: Any, *, open_interval: bool = True) -> float:
    """A probability, in (0, 1) by default; "80%" style strings are accepted."""
    if isinstance(value, str) and value.strip().endswith("%"):
        value = parse_number(field, value.strip()[:-1]) / 100
    x = parse_number(field, value)
    ok = (0 < x < 1) if open_interval else (0 <= x <= 1)
    if not (math.isfinite(x) and ok):
        rng = "strictly between 0 and 1" if open_interval else "between 0 and 1"
        raise InputError(field, value, f"use a probability {rng}, e.g. 0.8 for 80%")
    return x


def positive_int(field: str, value: Any, *, minimum: int = 1) -> int:
    """A whole number at least ``minimum``."""
    x = parse_number(field, value)
    if not math.isfinite(x) or x != int(x) or x < minimum:
        raise InputError(field, value, f"use a whole number of at least {minimum}")
    return int(x)


def text(field: str, value: Any, *, allow_empty: bool = False, max_len: int = 10_000) -> str:
    """A string, stripped; empty only when allowed."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InputError(field, value, "use text")
    value = value.strip()
    if not value and not allow_empty:
        raise InputError(field, value, "this field cannot be empty")
    if len(value) > max_len:
        raise InputError(field, value, f"shorten it to at most {max_len} characters")
    return value


def one_of(field: str, value: Any, choices: Sequence[str]) -> str:
    """One of a fixed set of names."""
    if value not in choices:
        raise InputError(field, value, f"choose one of {', '.join(map(repr, choices))}")
    return value


def sequence(field: str, value: Any, *, allow_empty: bool = False) -> list:
    """A list/tuple/array (not a string or mapping); empty only when allowed."""
    if isinstance(value, str | bytes | dict) or not isinstance(value, Iterable):
        raise InputError(field, value, "pass a list of values")
    items = list(value)
    if not items and not allow_empty:
        raise InputError(field, value, "the list is empty; add at least one item")
    return items


def rng_from(rng: Any) -> np.random.Generator:
    """Normalise ``rng`` (None, a seed or a Generator) to a Generator."""
    if isinstance(rng, np.random.Generator):
        return rng
    if rng is None or (
        isinstance(rng, int | np.integer) and not isinstance(rng, bool) and rng >= 0
    ):
        return np.random.default_rng(rng)
    raise InputError("rng", rng, "pass None, a non-negative integer seed or numpy.random.Generator")
