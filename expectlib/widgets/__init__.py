"""Lesson widgets: one function per widget, each returns it without displaying it.

* :func:`estimator` — task table → dated P50/P80/P95 and a promise (lesson 02).
* :func:`calibration_quiz` — are your 90% ranges right nine times in ten?
* :func:`overcommit_lab` — a year of saying yes: load, policy, switching tax (lesson 03).
* :func:`reply_drafter` — a client's message → its type, evidence and a five-move reply (lesson 04).

The notebook cell is just ``ex.widgets.estimator()``; the widget holds no logic of its
own (see :mod:`expectlib.estimate`, :mod:`expectlib.calendar`, :mod:`expectlib.quiz`).
"""

from __future__ import annotations

from .calibration import calibration_quiz
from .capacity import capacity_calculator
from .estimator import EstimatorApp, estimator
from .overcommit import OvercommitLab, overcommit_lab
from .replies import ReplyDrafter, reply_drafter
from .scoping import brief_form, scope_builder, triage_box

__all__ = [
    "EstimatorApp",
    "OvercommitLab",
    "ReplyDrafter",
    "brief_form",
    "calibration_quiz",
    "capacity_calculator",
    "estimator",
    "overcommit_lab",
    "reply_drafter",
    "scope_builder",
    "triage_box",
]
