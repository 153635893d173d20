"""How well and how fast does ``classify()`` read client messages? Prints the figures.

    python benchmarks/replies_bench.py                 # accuracy on every set, and speed
    python benchmarks/replies_bench.py accuracy dev    # one section, one split
    python benchmarks/replies_bench.py errors dev      # the dev messages it gets wrong
    python benchmarks/replies_bench.py accuracy blind  # the blind set only

Data: ``data/example_messages.csv`` (columns id, language, label, split, text, note). The
lexicon is tuned on ``split == "dev"`` only; ``test`` is reported as it comes out (the
model's thresholds were chosen on it). ``cold``: the blind-written batches of
:mod:`expectlib.replies.lexicon.cold`, which the model trains on and the later lexicon
passes were written from (in-sample). ``blind``: ``data/blind_messages.csv``, written by
another writer and never used for anything but this figure: the honest estimate for
messages from the real world.

Metrics, per language and overall (the targets of issue 5 for held-out real messages):

* ``f1``: unreasonable-vs-reasonable F1, "unreasonable" being the positive class
  (target ≥ 0.80);
* ``flagged``: share of reasonable messages labelled as a request type (target ≤ 0.20);
* ``type_acc``: share of unreasonable messages given their exact type (target ≥ 0.60);
* ``acc``: share of all messages with the exact label.

Speed: the median time of one ``classify()`` call over the whole data set (target: under
5 ms for a typical message), messages per second, and the time for a 100 kB paste.
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "example_messages.csv"
BLIND = ROOT / "data" / "blind_messages.csv"
LANGS = ("en", "id", "ru", "ar")


def load(path: Path = DATA, split: str | None = None) -> list[dict[str, str]]:
    """The rows of the messages CSV, or one split (also ``"cold"`` and ``"blind"``)."""
    if split == "cold":
        return load_cold()
    if split == "blind":
        return load(BLIND)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [r for r in rows if split is None or r["split"] == split]


def load_cold() -> list[dict[str, str]]:
    """The cold sets (:mod:`expectlib.replies.lexicon.cold`) as rows."""
    from expectlib.replies.lexicon.cold import COLD

    return [
        {"id": f"cold-{i:03d}", "language": lang, "label": label, "split": "cold", "text": text}
        for i, (lang, label, text) in enumerate(COLD, 1)
    ]


def metrics(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """Binary F1, reasonable flagged share, type accuracy and accuracy from (truth, guess)."""
    pairs = list(pairs)
    tp = sum(1 for t, g in pairs if t != "reasonable" and g != "reasonable")
    fp = sum(1 for t, g in pairs if t == "reasonable" and g != "reasonable")
    fn = sum(1 for t, g in pairs if t != "reasonable" and g == "reasonable")
    n_reasonable = sum(1 for t, _ in pairs if t == "reasonable")
    unreasonable = [(t, g) for t, g in pairs if t != "reasonable"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": len(pairs),
        "f1": f1,
        "precision": precision,
        "recall": recall,
        "flagged": fp / n_reasonable if n_reasonable else 0.0,
        "type_acc": (
            sum(1 for t, g in unreasonable if t == g) / len(unreasonable) if unreasonable else 0.0
        ),
        "acc": sum(1 for t, g in pairs if t == g) / len(pairs) if pairs else 0.0,
    }


def evaluate(rows: list[dict[str, str]]) -> dict[str, dict[str, float]]:
    """Metrics per language (the row's language) and ``"all"``."""
    from expectlib.replies import classify

    guesses = [(r, classify(r["text"]).label) for r in rows]
    out = {}
    for lang in (*LANGS, "all"):
        pairs = [(r["label"], g) for r, g in guesses if lang == "all" or r["language"] == lang]
        if pairs:
            out[lang] = metrics(pairs)
    return out


def bench_accuracy(split: str | None = None) -> dict[str, Any]:
    """Print and return the metrics on the dev and test splits (or one of them)."""
    result: dict[str, Any] = {}
    for sp in (split,) if split else ("dev", "cold", "test", "blind"):
        rows = load(split=sp)
        res = evaluate(rows)
        result[sp] = res
        print(f"\n[{sp}] {len(rows)} messages")
        print(
            f"  {'lang':4} {'n':>4} {'f1':>6} {'prec':>6} {'recall':>6} {'flagged':>8} "
            f"{'type_acc':>8} {'acc':>6}"
        )
        for lang, m in res.items():
            print(
                f"  {lang:4} {m['n']:>4} {m['f1']:>6.3f} {m['precision']:>6.3f} "
                f"{m['recall']:>6.3f} {m['flagged']:>8.3f} {m['type_acc']:>8.3f} {m['acc']:>6.3f}"
            )
    return result


def bench_speed(repeats: int = 3) -> dict[str, float]:
    """Median classify() time over every message of the data set, and a 100 kB paste."""
    from expectlib.replies import classify

    texts = [r["text"] for r in load()]
    for t in texts[:20]:  # warm the pattern cache
        classify(t)
    times = []
    for _ in range(repeats):
        for t in texts:
            start = time.perf_counter()
            classify(t)
            times.append(time.perf_counter() - start)
    median_ms = 1000 * statistics.median(times)
    p95_ms = 1000 * statistics.quantiles(times, n=20)[-1]
    per_second = len(times) / sum(times)
    huge = ("Could you also add a blog page, same price? " * 2300)[:100_000]
    start = time.perf_counter()
    classify(huge)
    huge_ms = 1000 * (time.perf_counter() - start)
    print(
        f"\n[speed] {len(texts)} messages x {repeats}: median {median_ms:.2f} ms, "
        f"p95 {p95_ms:.2f} ms, {per_second:,.0f} messages/s; 100 kB paste {huge_ms:.0f} ms"
    )
    return {"median_ms": median_ms, "p95_ms": p95_ms, "per_second": per_second, "huge_ms": huge_ms}


def bench_errors(split: str = "dev") -> list[tuple[str, str, str, str]]:
    """Print the messages of ``split`` whose label is wrong (for tuning: use dev only)."""
    from expectlib.replies import classify

    wrong = []
    for r in load(split=split):
        c = classify(r["text"])
        if c.label != r["label"]:
            wrong.append((r["id"], r["label"], c.label, r["text"]))
            print(f"{r['id']:9} {r['label']:21} -> {c.label:21} {r['text'][:110]!r} {c.evidence}")
    return wrong


def main(argv: list[str]) -> None:
    """Run the sections named in ``argv`` (accuracy, speed, errors), or accuracy and speed."""
    section = argv[0] if argv else None
    split = argv[1] if len(argv) > 1 else None
    if section in (None, "accuracy"):
        bench_accuracy(split)
    if section in (None, "speed"):
        bench_speed()
    if section == "errors":
        bench_errors(split or "dev")


if __name__ == "__main__":
    main(sys.argv[1:])
