"""expectlib: the helper library of the Expectations Workbook.

Pure logic for managing what clients expect: scoping, calibrated estimates,
overcommitment simulations and replies. Widgets live in :mod:`expectlib.widgets`
and plotting in :mod:`expectlib.plotting`; neither is imported here, so
``import expectlib`` stays fast and works without a display.

>>> import expectlib as ex
>>> ex.ThreePoint(low=2, likely=4, high=12).mean()
5.0
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from .errors import ExpectlibError, InputError

try:
    __version__ = version("expectlib")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

# name -> module that defines it; loaded on first use (keeps start-up light)
_LAZY = {
    "ThreePoint": "estimate",
    "forecast": "estimate",
    "Forecast": "estimate",
    "History": "history",
    "WorkCalendar": "calendar",
    "outside_view": "outside",
    "compare_views": "outside",
    "Brief": "scope",
    "prequalify": "scope",
    "Deliverable": "scope",
    "Milestone": "scope",
    "PaymentStage": "scope",
    "CommunicationPlan": "scope",
    "Scope": "scope",
    "triage": "scope",
    "capacity_check": "capacity",
    "CapacityCheck": "capacity",
}

__all__ = ["ExpectlibError", "InputError", "__version__", *sorted(_LAZY)]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    if name in {"widgets", "plotting", "checking"}:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module 'expectlib' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
