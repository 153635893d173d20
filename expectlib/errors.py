"""The one exception family of expectlib.

Every public function validates its input and raises :class:`InputError`, which is
also a :class:`ValueError`, so a learner can write ``except ValueError`` and a test
can match the specific class. A message always names the field, the value received
and the fix::

    >>> raise InputError("estimate", -2, "use a positive number of hours")
    Traceback (most recent call last):
    ...
    expectlib.errors.InputError: estimate: got -2; use a positive number of hours
"""

from __future__ import annotations

from typing import Any

__all__ = ["ExpectlibError", "InputError"]


class ExpectlibError(Exception):
    """Base class of every error expectlib raises on purpose."""


class InputError(ExpectlibError, ValueError):
    """A value given to expectlib cannot be used.

    Carries ``field`` (where the value came from), ``value`` (what was received)
    and ``fix`` (what to do instead) so that widgets can show the message inline
    next to the control that holds the bad value.
    """

    def __init__(self, field: str, value: Any, fix: str) -> None:
        self.field = field
        self.value = value
        self.fix = fix
        super().__init__(f"{field}: got {_short(value)}; {fix}")

    def __reduce__(self):  # keep the error picklable (multiprocessing, caching)
        return (type(self), (self.field, self.value, self.fix))


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
