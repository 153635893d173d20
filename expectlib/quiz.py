"""A calibration game: are your "90% sure" ranges right nine times in ten?

Before people estimate a project they can test how honest their ranges are on questions
with known answers. For each question you give a low and a high value you are 90% sure
bracket the truth; a calibrated estimator catches about 9 of 10. Untrained people catch
52–55% (Hubbard, *How to Measure Anything*): their ranges are far too narrow, and the
same overconfidence shows up in project estimates.

    >>> qs = pick_questions(3, rng=1)
    >>> len(qs), all(q.source for q in qs)
    (3, True)
    >>> s = score_intervals([(1850, 1900), ("6,000", "7,000"), (10, 20)], [1889, 6650, 206])
    >>> s.hits, s.n, f"{s.hit_rate:.0%}"
    (2, 3, '67%')

All logic is pure; :func:`expectlib.widgets.calibration_quiz` puts a form on top.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import _validate as v
from .errors import InputError

__all__ = [
    "CALIBRATION_QUESTIONS",
    "TARGET",
    "UNTRAINED_BASELINE",
    "CalibrationQuestion",
    "CalibrationScore",
    "parse_interval",
    "pick_questions",
    "score_intervals",
]

#: The share of 90% ranges that should contain the truth.
TARGET = 0.90
#: Share of untrained people's 90% ranges that contain the truth (Hubbard, How to Measure Anything).
UNTRAINED_BASELINE = (0.52, 0.55)


@dataclass(frozen=True)
class CalibrationQuestion:
    """One question with a verifiable numeric answer, its unit and where to check it."""

    key: str
    text: str
    answer: float
    unit: str
    source: str


_B = "Encyclopaedia Britannica"
_GC = (
    "great-circle distance between the city centres, computed with the haversine formula "
    "and a mean Earth radius of 6,371 km"
)

#: Twenty questions with stable, checkable answers (general knowledge, no trick questions).
CALIBRATION_QUESTIONS: tuple[CalibrationQuestion, ...] = (
    CalibrationQuestion(
        "eiffel",
        "In what year did the Eiffel Tower in Paris open?",
        1889,
        "year",
        f"{_B}, 'Eiffel Tower'",
    ),
    CalibrationQuestion(
        "nile", "How long is the river Nile?", 6650, "km", f"{_B}, 'Nile River' (about 6,650 km)"
    ),
    CalibrationQuestion(
        "everest",
        "How high is Mount Everest above sea level?",
        8849,
        "m",
        f"{_B}, 'Mount Everest' (2020 China–Nepal survey: 8,849 m)",
    ),
    CalibrationQuestion(
        "apollo",
        "In what year did people first land on the Moon?",
        1969,
        "year",
        "NASA, 'Apollo 11 Mission Overview' (20 July 1969)",
    ),
    CalibrationQuestion(
        "moon",
        "What is the average distance from the Earth to the Moon?",
        384_400,
        "km",
        "NASA, 'Moon Fact Sheet' (semimajor axis 384,400 km)",
    ),
    CalibrationQuestion(
        "bones",
        "How many bones are in an adult human skeleton?",
        206,
        "bones",
        f"{_B}, 'human skeleton'",
    ),
    CalibrationQuestion(
        "piano", "How many keys does a standard modern piano have?", 88, "keys", f"{_B}, 'piano'"
    ),
    CalibrationQuestion(
        "wright",
        "In what year did the Wright brothers make the first powered aeroplane flight?",
        1903,
        "year",
        "Smithsonian National Air and Space Museum, '1903 Wright Flyer'",
    ),
    CalibrationQuestion(
        "london_ny",
        "What is the air (great-circle) distance from London to New York?",
        5570,
        "km",
        f"{_GC}: 51.5074° N 0.1278° W to 40.7128° N 74.0060° W",
    ),
    CalibrationQuestion(
        "light",
        "How fast does light travel in a vacuum?",
        299_792,
        "km/s",
        "BIPM, The International System of Units (SI Brochure, 9th ed., 2019): "
        "299,792.458 km/s by definition",
    ),
    CalibrationQuestion(
        "darwin",
        "In what year was Darwin's 'On the Origin of Species' first published?",
        1859,
        "year",
        f"{_B}, 'On the Origin of Species'",
    ),
    CalibrationQuestion(
        "iron",
        "At what temperature does pure iron melt?",
        1538,
        "°C",
        "CRC Handbook of Chemistry and Physics (1,538 °C)",
    ),
    CalibrationQuestion(
        "burj", "How tall is the Burj Khalifa in Dubai?", 828, "m", f"{_B}, 'Burj Khalifa' (828 m)"
    ),
    CalibrationQuestion(
        "nobel",
        "In what year were the first Nobel Prizes awarded?",
        1901,
        "year",
        "The Nobel Foundation, nobelprize.org",
    ),
    CalibrationQuestion(
        "earth",
        "What is the Earth's diameter at the equator?",
        12_756,
        "km",
        "NASA, 'Earth Fact Sheet' (equatorial radius 6,378.137 km)",
    ),
    CalibrationQuestion(
        "kilimanjaro",
        "How high is Mount Kilimanjaro above sea level?",
        5895,
        "m",
        f"{_B}, 'Kilimanjaro' (5,895 m)",
    ),
    CalibrationQuestion(
        "panama",
        "In what year did the Panama Canal open to traffic?",
        1914,
        "year",
        f"{_B}, 'Panama Canal'",
    ),
    CalibrationQuestion(
        "shakespeare",
        "In what year was William Shakespeare born?",
        1564,
        "year",
        f"{_B}, 'William Shakespeare'",
    ),
    CalibrationQuestion(
        "un",
        "How many member states does the United Nations have?",
        193,
        "member states",
        "United Nations, 'Member States' (193 since South Sudan joined in 2011)",
    ),
    CalibrationQuestion(
        "paris_tokyo",
        "What is the air (great-circle) distance from Paris to Tokyo?",
        9712,
        "km",
        f"{_GC}: 48.8566° N 2.3522° E to 35.6762° N 139.6503° E",
    ),
)


@dataclass(frozen=True)
class CalibrationScore:
    """How many ranges contained the truth, compared with the target and the untrained baseline.

    ``inside`` holds one bool per question; ``mean_relative_width`` is the average of
    (high − low) / |truth|, e.g. 0.2 means ranges 20% as wide as the answers.
    """

    hits: int
    n: int
    inside: tuple[bool, ...]
    mean_relative_width: float
    target: float = TARGET
    baseline: tuple[float, float] = UNTRAINED_BASELINE

    @property
    def hit_rate(self) -> float:
        """Share of ranges that contained the truth, in [0, 1]."""
        return self.hits / self.n

    @property
    def message(self) -> str:
        """A few plain sentences comparing the hit rate with the target and the baseline."""
        lo, hi = self.baseline
        band = f"{lo * 100:.0f}–{hi:.0%}"
        head = (
            f"{self.hits} of {self.n} ranges contained the true answer: a hit rate of "
            f"{self.hit_rate:.0%} against the {self.target:.0%} target."
        )
        base = f"Untrained estimators reach {band} (Hubbard, How to Measure Anything)."
        if self.hit_rate >= self.target and self.hits == self.n and self.n >= 10:
            verdict = (
                "On target. Every range caught the truth, so they may be wider than needed: "
                "a 90% range should miss about 1 time in 10."
            )
        elif self.hit_rate >= self.target:
            verdict = "On target: your ranges are as wide as your uncertainty."
        elif self.hit_rate > hi:
            verdict = (
                "Better than untrained, but below target: widen your ranges until a miss "
                "would surprise you."
            )
        elif self.hit_rate >= lo:
            verdict = (
                "Just like untrained estimators: your ranges are too narrow. Widen them until "
                "a miss would surprise you; project estimates suffer from the same habit."
            )
        else:
            verdict = (
                "Below even the untrained rate: your ranges are much too narrow. Start from an "
                "absurdly wide range and narrow it only as far as you are still 90% sure."
            )
        parts = [head, base, verdict]
        if self.n < 10:
            parts.append(
                f"With {self.n} questions one answer moves the rate by {100 / self.n:.0f} "
                "points; treat this as a first signal, not a verdict."
            )
        return " ".join(parts)


_GROUPED = re.compile(r"^[-+]?\d{1,3}(?:(?:,\d{3})+|(?:[ _\u00a0\u202f]\d{3})+)(?:\.\d+)?$")


def _number(field: str, value: Any) -> float:
    """A finite number; thousands groups such as "6,650" or "6 650" are read as grouping.

    The shared :func:`~expectlib._validate.parse_number` reads "2,5" as a comma decimal;
    quiz answers are years and distances, where "1,889" means one thousand eight hundred
    and eighty-nine, so grouped digits are unpacked first.
    """
    if isinstance(value, str) and _GROUPED.match(value.strip()):
        value = re.sub(r"[, _\u00a0\u202f]", "", value.strip())
    x = v.parse_number(field, value)
    if not math.isfinite(x):
        raise InputError(field, value, "use a finite number (not NaN or infinity)")
    return x


def parse_interval(low: Any, high: Any, *, label: str = "answer") -> tuple[float, float]:
    """Clean one typed range; raise :class:`InputError` naming ``label`` and the bad end.

    >>> parse_interval("1,850", "1900")
    (1850.0, 1900.0)
    >>> parse_interval(10, 5)
    Traceback (most recent call last):
    ...
    expectlib.errors.InputError: answer: got (10, 5); low is above high; swap the two values
    """
    lo = _number(f"{label} low", low)
    hi = _number(f"{label} high", high)
    if lo > hi:
        raise InputError(label, (low, high), "low is above high; swap the two values")
    return lo, hi


def score_intervals(answers: Sequence[Any], truths: Sequence[Any]) -> CalibrationScore:
    """Score (low, high) ranges against the true answers (numbers or CalibrationQuestions).

    A range contains the truth when low ≤ truth ≤ high (ends included). Typed strings such
    as "1,889" are accepted. Raises :class:`InputError` for text, NaN, low > high or when
    the two lists differ in length.

    >>> score_intervals([(1, 2)], [3]).hit_rate
    0.0
    """
    answers = v.sequence("answers", answers)
    truths = v.sequence("truths", truths)
    if len(answers) != len(truths):
        raise InputError(
            "answers",
            f"{len(answers)} ranges",
            f"give one (low, high) range per true answer; there are {len(truths)}",
        )
    inside: list[bool] = []
    widths: list[float] = []
    for i, (pair, truth) in enumerate(zip(answers, truths, strict=True), start=1):
        if isinstance(pair, str) or not isinstance(pair, Sequence) or len(pair) != 2:
            raise InputError(f"answer {i}", pair, "give a pair (low, high), e.g. (1800, 1900)")
        lo, hi = parse_interval(*pair, label=f"answer {i}")
        t = _number(f"truth {i}", getattr(truth, "answer", truth))
        inside.append(lo <= t <= hi)
        if t != 0:
            widths.append((hi - lo) / abs(t))
    width = sum(widths) / len(widths) if widths else math.nan
    return CalibrationScore(
        hits=sum(inside), n=len(inside), inside=tuple(inside), mean_relative_width=width
    )


def pick_questions(
    n: int = 5,
    rng: Any = None,
    *,
    questions: Sequence[CalibrationQuestion] = CALIBRATION_QUESTIONS,
) -> tuple[CalibrationQuestion, ...]:
    """Draw ``n`` different questions at random (seeded by ``rng`` for a repeatable game).

    >>> [q.key for q in pick_questions(2, rng=0)] == [q.key for q in pick_questions(2, rng=0)]
    True
    """
    pool = v.sequence("questions", questions)
    n = v.positive_int("n", n)
    if n > len(pool):
        raise InputError("n", n, f"ask for at most {len(pool)} questions (that is all there are)")
    idx = v.rng_from(rng).choice(len(pool), size=n, replace=False)
    return tuple(pool[int(i)] for i in idx)
