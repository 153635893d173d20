"""The outside view: how long projects *like this one* took, beside your own estimate.

Reference-class forecasting asks "what happened to similar projects?" instead of "how
long will our steps take?". Without a history of your own, published figures stand in.
This module uses only these, each quoted in the :class:`ReferenceClass` it fills:

* Little (2006), "Schedule estimation and uncertainty surrounding the cone of
  uncertainty", *IEEE Software* 23(3): actual / first-estimate schedule ratio with a
  median of about 1.79 (+79%) and a P80 of about 2.62 (+162%).
* Flyvbjerg & Budzier (2011), "Why your IT project may be riskier than you think",
  *Harvard Business Review* 89(9): IT projects overrun cost by 27% on average; one in
  six has a cost overrun of about 200%.
* Buehler, Griffin & Ross (1994), *Journal of Personality and Social Psychology* 67(3):
  students predicted 33.9 days for their thesis and took 55.5 days on average (×1.64).

Anything beyond these figures (a lognormal curve through Little's two quantiles,
reading a cost overrun as an effort overrun, applying a duration ratio to hours) is an
assumption, and each reference class says which ones it makes::

    >>> view = outside_view(40)
    >>> {q: round(h, 1) for q, h in view.quantiles.items()}
    {0.5: 71.6, 0.8: 104.8}
    >>> compare_views(40).round(1)
              P50    P80  mean
    inside   40.0   40.0  40.0
    outside  71.6  104.8   NaN
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from statistics import NormalDist
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from . import _validate as v
from .calendar import effort_at
from .errors import InputError

__all__ = ["REFERENCE_CLASSES", "OutsideView", "ReferenceClass", "compare_views", "outside_view"]

_Z80 = NormalDist().inv_cdf(0.8)


@dataclass(frozen=True)
class ReferenceClass:
    """Published overrun ratios (actual / estimate) for a class of similar projects.

    ``p50_ratio`` / ``p80_ratio`` are ``None`` where the source gives no such quantile;
    ``mean_ratio`` is ``None`` where it gives no average. ``description`` is the finding,
    written to follow "in <cite>, …"; ``cite`` is the short form used in sentences
    ("Little (2006)"). ``tail_share`` and ``tail_ratio`` record a published tail ("one in
    six at about ×3"). ``assumption`` says, in plain words, what this kit assumes on top
    of the source. Build your own from your team's finished projects and pass it as
    ``reference=``::

        >>> mine = ReferenceClass("our_agency", "our 14 finished sites took ×1.3 at the median",
        ...                       p50_ratio=1.3, p80_ratio=1.8, source="Our project log 2021–25")
        >>> round(mine.ratio(0.8), 2)
        1.8
    """

    name: str
    description: str
    p50_ratio: float | None = None
    p80_ratio: float | None = None
    mean_ratio: float | None = None
    source: str = ""
    assumption: str = ""
    tail_share: float | None = None
    tail_ratio: float | None = None
    cite: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", v.text("name", self.name, max_len=100))
        object.__setattr__(self, "description", v.text("description", self.description))
        object.__setattr__(self, "source", v.text("source", self.source))
        cite = v.text("cite", self.cite, allow_empty=True, max_len=100) or self.name
        object.__setattr__(self, "cite", cite)
        object.__setattr__(
            self, "assumption", v.text("assumption", self.assumption, allow_empty=True)
        )
        for name in ("p50_ratio", "p80_ratio", "mean_ratio", "tail_ratio"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, v.positive(name, value))
        if self.tail_share is not None:
            object.__setattr__(self, "tail_share", v.probability("tail_share", self.tail_share))
        if self.p50_ratio is None and self.mean_ratio is None:
            raise InputError(
                "p50_ratio", None, "give at least a median (p50_ratio) or a mean_ratio"
            )
        if self.p80_ratio is not None and self.p50_ratio is None:
            raise InputError("p80_ratio", self.p80_ratio, "a P80 needs a median (p50_ratio) too")
        if self.p80_ratio is not None and self.p80_ratio < self.p50_ratio:
            raise InputError(
                "p80_ratio", self.p80_ratio, f"must be at least the median ({self.p50_ratio})"
            )

    @property
    def has_quantiles(self) -> bool:
        """True when the source gives a median (so quantiles can be quoted)."""
        return self.p50_ratio is not None

    @property
    def sigma(self) -> float | None:
        """Log-scale spread of the lognormal through P50 and P80 (an assumption), or None."""
        if self.p50_ratio is None or self.p80_ratio is None:
            return None
        return math.log(self.p80_ratio / self.p50_ratio) / _Z80

    def is_published(self, q: float) -> bool:
        """True when the ratio at ``q`` is a figure from the source, not from a fitted curve."""
        return (q == 0.5 and self.p50_ratio is not None) or (
            q == 0.8 and self.p80_ratio is not None
        )

    def ratio(self, q: Any) -> float:
        """Actual / estimate ratio at probability ``q``.

        At 0.5 and 0.8 these are the published figures exactly. Other probabilities come
        from a lognormal through both (an **assumption**: the source gives two points, not
        a curve).

        >>> little = REFERENCE_CLASSES["little_2006"]
        >>> little.ratio(0.5), little.ratio(0.8), round(little.ratio(0.95), 2)
        (1.79, 2.62, 3.77)
        """
        q = v.probability("q", q)
        if q == 0.5 and self.p50_ratio is not None:
            return self.p50_ratio
        if q == 0.8 and self.p80_ratio is not None:
            return self.p80_ratio
        if self.sigma is None:
            raise InputError("q", q, f"{self._gives()}; {self._instead()}")
        return self.p50_ratio * math.exp(self.sigma * NormalDist().inv_cdf(q))

    def _gives(self) -> str:
        if self.p50_ratio is None:
            return f"{self.cite} gives an average, not percentiles"
        return f"{self.cite} gives only a median"

    def _instead(self) -> str:
        if self.p50_ratio is None:
            return "read .mean of the outside view, or use reference='little_2006' for percentiles"
        return "ask for q=0.5 only"


REFERENCE_CLASSES: Mapping[str, ReferenceClass] = MappingProxyType(
    {
        "little_2006": ReferenceClass(
            name="little_2006",
            cite="Little (2006)",
            description=(
                "software projects took a median ×1.79 (+79%) and at P80 ×2.62 (+162%) the "
                "schedule of their first estimate"
            ),
            p50_ratio=1.79,
            p80_ratio=2.62,
            mean_ratio=None,
            source=(
                "Little, T. (2006). Schedule estimation and uncertainty surrounding the cone "
                "of uncertainty. IEEE Software, 23(3)."
            ),
            assumption=(
                "Assumed: percentiles other than P50 and P80 come from a lognormal curve "
                "fitted through the two published figures (the paper gives the two points, "
                "not that curve), and schedule ratios are applied to hours of effort."
            ),
        ),
        "flyvbjerg_budzier_2011": ReferenceClass(
            name="flyvbjerg_budzier_2011",
            cite="Flyvbjerg & Budzier (2011)",
            description=(
                "IT projects overran their cost by 27% on average (×1.27), and one in six "
                "by about 200% (×3)"
            ),
            p50_ratio=None,
            p80_ratio=None,
            mean_ratio=1.27,
            tail_share=1 / 6,
            tail_ratio=3.0,
            source=(
                "Flyvbjerg, B. & Budzier, A. (2011). Why your IT project may be riskier than "
                "you think. Harvard Business Review, 89(9)."
            ),
            assumption=(
                "Assumed: cost overruns stand for effort overruns (the cost of labour-dominated "
                "work tracks its hours). The source gives an average and a tail, no percentiles."
            ),
        ),
        "buehler_1994": ReferenceClass(
            name="buehler_1994",
            cite="Buehler, Griffin & Ross (1994)",
            description=(
                "students predicted 33.9 days for their thesis and took 55.5 days on average "
                "(×1.64)"
            ),
            p50_ratio=None,
            p80_ratio=None,
            mean_ratio=55.5 / 33.9,
            source=(
                "Buehler, R., Griffin, D. & Ross, M. (1994). Exploring the 'planning "
                "fallacy': why people underestimate their task completion times. Journal of "
                "Personality and Social Psychology, 67(3)."
            ),
            assumption=(
                "Assumed: the ratio of the average days taken to the average days predicted "
                "applies to hours of effort on one project. The study gives no percentiles."
            ),
        ),
    }
)


@dataclass(frozen=True)
class OutsideView:
    """An inside estimate scaled by a reference class's published overrun ratios.

    ``quantiles`` maps probability → hours; ``mean`` is hours or ``None`` where the
    source gives no average. ``quantile(q)`` makes it usable wherever a forecast is
    expected (e.g. :meth:`expectlib.calendar.WorkCalendar.dates`).
    """

    inside: float
    reference: ReferenceClass
    quantiles: dict[float, float] = field(default_factory=dict)
    mean: float | None = None

    def quantile(self, q: Any) -> float:
        """Hours at probability ``q`` (any q in (0, 1) when the source gives P50 and P80)."""
        return self.inside * self.reference.ratio(q)

    def summary(self) -> str:
        """A sentence for the client that quotes the source.

        >>> print(outside_view(40).summary())  # doctest: +NORMALIZE_WHITESPACE
        Outside view: in Little (2006), software projects took a median ×1.79 (+79%) and at
        P80 ×2.62 (+162%) the schedule of their first estimate. Applied to your 40 h: about
        72 h (50% likely to be enough) and 105 h (80% likely to be enough). Source: Little,
        T. (2006). Schedule estimation and uncertainty surrounding the cone of uncertainty.
        IEEE Software, 23(3).
        """
        ref = self.reference
        parts = [f"Outside view: in {ref.cite}, {ref.description}."]
        applied = [
            f"{_hours(h)} h ({q:.0%} likely to be enough)" for q, h in self.quantiles.items()
        ]
        if self.mean is not None and not self.quantiles:
            applied.append(f"{_hours(self.mean)} h on average (the source gives no percentiles)")
        if ref.tail_share is not None and ref.tail_ratio is not None:
            applied.append(
                f"{_hours(self.inside * ref.tail_ratio)} h in the one case in "
                f"{_count(round(1 / ref.tail_share))} that goes badly"
            )
        if applied:
            joined = " and ".join(applied) if len(applied) <= 2 else "; ".join(applied)
            parts.append(f"Applied to your {_hours(self.inside)} h: about {joined}.")
        assumed = [q for q in self.quantiles if not ref.is_published(q)]
        if assumed:
            shown = ", ".join(f"P{q * 100:g}" for q in assumed)
            parts.append(f"{shown} assumed from a lognormal curve through the published figures.")
        parts.append(f"Source: {ref.source}")
        return " ".join(parts)


def outside_view(
    inside_hours: Any,
    *,
    reference: str | ReferenceClass = "little_2006",
    qs: Iterable[float] | None = None,
) -> OutsideView:
    """Scale a plain estimate (hours) by a reference class's published overrun ratios.

    ``inside_hours`` is what the team would quote: the sum of its single estimates.
    ``qs`` defaults to (0.5, 0.8) for a source that gives percentiles and to none for a
    source that gives only an average (then read ``.mean``). Asking a percentile of a
    source that has none raises :class:`~expectlib.errors.InputError`.

    >>> round(outside_view(100, reference="buehler_1994").mean, 1)
    163.7
    >>> view = outside_view(100, qs=(0.5, 0.8, 0.95))
    >>> {q: round(h, 1) for q, h in view.quantiles.items()}
    {0.5: 179.0, 0.8: 262.0, 0.95: 376.9}
    """
    inside = v.positive("inside_hours", inside_hours)
    ref = _reference(reference)
    if qs is None:
        probs = [0.5, 0.8] if ref.p80_ratio is not None else ([0.5] if ref.has_quantiles else [])
    else:
        probs = [v.probability("qs", q) for q in v.sequence("qs", qs, allow_empty=True)]
        if probs and not ref.has_quantiles:
            raise InputError("qs", qs, f"{ref._gives()}; leave qs out and {ref._instead()}")
        if ref.sigma is None and any(q != 0.5 for q in probs):
            raise InputError("qs", qs, f"{ref._gives()}; {ref._instead()}")
    quantiles = {q: inside * ref.ratio(q) for q in probs}
    mean = None if ref.mean_ratio is None else inside * ref.mean_ratio
    return OutsideView(inside=inside, reference=ref, quantiles=quantiles, mean=mean)


def compare_views(inside: Any, reference: str | ReferenceClass = "little_2006") -> pd.DataFrame:
    """Inside view and outside view side by side: rows ``inside``/``outside``, hours.

    ``inside`` is a plain estimate total (a number) or a forecast with ``.quantile(q)``
    (e.g. :class:`expectlib.estimate.Forecast`). The outside view scales the *plain*
    estimate, because the published ratios are actual / first estimate: for a forecast
    that is its ``naive_total`` when it has one, else its P50 (recorded in
    ``df.attrs["basis"]``). A plain number has no spread, so its P50, P80 and mean are
    the number itself. Columns are ``P50, P80, mean``; NaN where the source gives
    no such figure.

    >>> class Fake:
    ...     naive_total = 40.0
    ...     def quantile(self, q):
    ...         return {0.5: 52.0, 0.8: 70.0}[q]
    >>> compare_views(Fake()).round(1)
              P50    P80  mean
    inside   52.0   70.0   NaN
    outside  71.6  104.8   NaN
    """
    ref = _reference(reference)
    if hasattr(inside, "quantile"):
        inside_row = [effort_at(inside, 0.5, "inside"), effort_at(inside, 0.8, "inside")]
        mean_fn = getattr(inside, "mean", None)
        inside_row.append(
            v.non_negative("inside.mean()", mean_fn()) if callable(mean_fn) else math.nan
        )
        naive = getattr(inside, "naive_total", None)
        if naive is not None:
            base, basis = v.positive("inside.naive_total", naive), "naive_total of the forecast"
        else:
            base, basis = inside_row[0], "P50 of the forecast (it has no naive_total)"
    else:
        base = v.positive("inside", inside)
        inside_row, basis = [base, base, base], "plain estimate"
    view = outside_view(base, reference=ref)
    outside_row = [
        view.quantile(0.5) if ref.has_quantiles else math.nan,
        view.quantile(0.8) if ref.sigma is not None else math.nan,
        view.mean if view.mean is not None else math.nan,
    ]
    frame = pd.DataFrame(
        np.array([inside_row, outside_row], dtype=float),
        index=["inside", "outside"],
        columns=["P50", "P80", "mean"],
    )
    frame.attrs.update(source=ref.source, reference=ref.name, basis=basis, base_hours=base)
    return frame


# ---------------------------------------------------------------------- helpers


def _reference(reference: Any) -> ReferenceClass:
    if isinstance(reference, ReferenceClass):
        return reference
    name = v.one_of("reference", reference, tuple(REFERENCE_CLASSES))
    return REFERENCE_CLASSES[name]


def _ratio(x: float | None) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _count(n: int) -> str:
    words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    return words[n] if 0 <= n < len(words) else str(n)


def _hours(x: float) -> str:
    return f"{x:.0f}" if abs(x) >= 10 else f"{x:.1f}".rstrip("0").rstrip(".")
