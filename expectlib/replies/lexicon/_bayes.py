"""A small naive Bayes model over words, the classifier's second opinion (private).

Trained at first use (under 0.1 s) on the kit's labelled messages: :data:`.examples.EXAMPLES`
(short messages written for the model) and :data:`.cold.COLD` (about 740 messages written
blind, as e-mails, chats and forum quotes, in batches by different writers). Features are the
words of the folded text (minus a few function words) and the pairs of adjacent words;
features seen fewer than twice in training are ignored; Laplace-style smoothing 0.3.
:func:`posterior` gives the probability of every label; :func:`top_features` the words of
a message that speak most for a label against ``"reasonable"``, so that a decision the
model confirms can still be shown as phrases of the message.

>>> p = posterior(fold("we can't pay you but it's great exposure")[0])
>>> max(p, key=p.get)
'free_work'
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import cache
from itertools import pairwise

from ._text import fold

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+")
_FUNCTION_WORDS = (
    "the a an and or but to of in on at for with is are be it this that i we you our my "
    "your me us can could would will please pls just so"
)
_STOP = frozenset(_FUNCTION_WORDS.split())
ALPHA = 0.3
MIN_COUNT = 2


def features(folded: str) -> set[str]:
    """Words (minus function words) and adjacent word pairs of folded text."""
    words = _WORD.findall(folded)
    return {w for w in words if w not in _STOP} | {f"{a} {b}" for a, b in pairwise(words)}


def training_messages() -> list[tuple[str, str]]:
    """The ``(label, text)`` pairs the model learns from: EXAMPLES, then the cold sets."""
    from .cold import COLD
    from .examples import EXAMPLES

    return [*EXAMPLES, *((label, text) for _, label, text in COLD)]


@cache
def _model() -> tuple[dict[str, float], dict[str, dict[str, float]], dict[str, float]]:
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    prior: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for label, text in training_messages():
        f = features(fold(text)[0])
        prior[label] += 1
        counts[label].update(f)
        seen.update(f)
    vocab = {f for f, c in seen.items() if c >= MIN_COUNT}
    n = sum(prior.values())
    log_prior = {y: math.log(c / n) for y, c in prior.items()}
    log_lik: dict[str, dict[str, float]] = {}
    unseen: dict[str, float] = {}
    for y, c in counts.items():
        total = sum(v for f, v in c.items() if f in vocab) + ALPHA * len(vocab)
        log_lik[y] = {f: math.log((c[f] + ALPHA) / total) for f in vocab if c[f]}
        unseen[y] = math.log(ALPHA / total)
    return log_prior, log_lik, unseen


def _known(folded: str) -> list[str]:
    _, log_lik, _ = _model()
    vocab = set().union(*log_lik.values())
    return [f for f in features(folded) if f in vocab]


def posterior(folded: str) -> dict[str, float]:
    """The probability of every label for folded text (sums to 1)."""
    log_prior, log_lik, unseen = _model()
    known = _known(folded)
    scores = {
        y: lp + sum(log_lik[y].get(f, unseen[y]) for f in known) for y, lp in log_prior.items()
    }
    top = max(scores.values())
    z = sum(math.exp(v - top) for v in scores.values())
    return {y: math.exp(v - top) / z for y, v in scores.items()}


def top_features(folded: str, label: str, k: int = 3) -> list[str]:
    """The ``k`` features of the text that favour ``label`` most over ``"reasonable"``."""
    _, log_lik, unseen = _model()
    ratio = {
        f: log_lik[label].get(f, unseen[label]) - log_lik["reasonable"].get(f, unseen["reasonable"])
        for f in _known(folded)
    }
    good = sorted((f for f, r in ratio.items() if r > 0 and _telling(f)), key=lambda f: -ratio[f])
    return good[:k]


def _telling(feature: str) -> bool:
    """A feature worth showing: at least one word that is not a function word or a number."""
    return any(len(w) > 2 and w not in _STOP and not w.isdigit() for w in feature.split())
