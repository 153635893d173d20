"""The labelled client messages in data/example_messages.csv: reproducible, valid and balanced.

The file is written by ``data/generate_messages.py``; these tests regenerate it and check the
labels, the minimum counts per language, the split and the scripts of the texts.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from _scripts import load_script

from expectlib.replies.taxonomy import REQUEST_TYPES

LABELS = (*REQUEST_TYPES, "reasonable")

ROOT = Path(__file__).resolve().parents[1]
CSV = ROOT / "data" / "example_messages.csv"
LANGUAGES = ("en", "id", "ru", "ar")
# language -> (min total, min per request type, min reasonable)
MINIMUMS = {"en": (300, 15, 110), "id": (90, 5, 30), "ru": (90, 5, 30), "ar": (90, 5, 30)}
ARABIC = re.compile(r"[\u0600-\u06FF]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")

gen = load_script("data/generate_messages.py")


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    """The committed file, every cell a string (empty notes kept as "")."""
    return pd.read_csv(CSV, dtype=str, keep_default_na=False, encoding="utf-8")


def test_file_matches_generator_byte_for_byte(tmp_path):
    """Regenerating the file gives exactly the committed bytes (run `make data` after edits)."""
    (path,) = gen.write_all(tmp_path)
    assert path.read_bytes() == CSV.read_bytes()
    assert gen.render() == gen.render()  # no hidden randomness


def test_columns_and_ids(frame):
    """The columns are as documented, ids are unique and carry the language."""
    assert tuple(frame.columns) == ("id", "language", "label", "split", "text", "note")
    assert frame["id"].is_unique
    assert (frame["id"].str.split("-").str[0] == frame["language"]).all()
    assert set(frame["language"]) == set(LANGUAGES)
    assert set(frame["split"]) == {"dev", "test"}


def test_labels_are_the_contract(frame):
    """Every label is a request type of the contract or "reasonable"; the generator agrees."""
    assert set(frame["label"]) <= set(LABELS)
    assert tuple(gen.REQUEST_TYPES) == tuple(REQUEST_TYPES)
    assert tuple(gen.LABELS) == LABELS


@pytest.mark.parametrize("language", LANGUAGES)
def test_minimum_counts(frame, language):
    """Each language has its minimum total, per request type and reasonable count."""
    total, per_type, reasonable = MINIMUMS[language]
    rows = frame[frame["language"] == language]
    tally = Counter(rows["label"])
    assert len(rows) >= total
    short = {t: tally[t] for t in REQUEST_TYPES if tally[t] < per_type}
    assert not short, f"{language}: too few messages for {short}"
    assert tally["reasonable"] >= reasonable


@pytest.mark.parametrize("language", LANGUAGES)
def test_share_of_reasonable_and_hard_ones(frame, language):
    """About a third are reasonable, and at least 40% of those are hard (note starts "hard")."""
    rows = frame[frame["language"] == language]
    reasonable = rows[rows["label"] == "reasonable"]
    assert 0.25 <= len(reasonable) / len(rows) <= 0.45
    hard = reasonable["note"].str.startswith("hard")
    assert hard.mean() >= 0.40
    # a "hard" note names the unreasonable type the message resembles
    named = reasonable.loc[hard, "note"].str.removeprefix("hard: ")
    assert set(named) <= set(REQUEST_TYPES)


def test_notes_name_real_labels(frame):
    """A second issue noted as "also <type>" names a request type other than the label."""
    also = frame[frame["note"].str.startswith("also ")]
    assert len(also) > 0
    for label, note in zip(also["label"], also["note"], strict=True):
        other = note.removeprefix("also ")
        assert other in REQUEST_TYPES and other != label


def test_no_duplicate_or_empty_texts(frame):
    """No text is empty or repeated (ignoring case and whitespace), in any language."""
    assert (frame["text"].str.strip() != "").all()
    keys = frame["text"].map(lambda t: " ".join(t.casefold().split()))
    dupes = keys[keys.duplicated(keep=False)]
    assert dupes.empty, f"duplicate texts: {sorted(set(dupes))[:5]}"


def test_split_is_stratified(frame):
    """About a third of each language x label is test; both splits hold every label when n >= 3."""
    for (language, label), group in frame.groupby(["language", "label"]):
        n_test = (group["split"] == "test").sum()
        assert n_test == round(len(group) / 3), (language, label)
        if len(group) >= 3:
            assert 0 < n_test < len(group), (language, label)


def test_split_follows_the_documented_rule(frame):
    """In each language x label the first round(n/3) ids by SHA-256 are test, the rest dev."""
    for _, group in frame.groupby(["language", "label"]):
        ranked = sorted(group["id"], key=lambda i: hashlib.sha256(i.encode("utf-8")).hexdigest())
        expected = set(ranked[: round(len(ranked) / 3)])
        assert set(group.loc[group["split"] == "test", "id"]) == expected


def test_scripts_match_the_language(frame):
    """Arabic texts are in Arabic script (bar notes marked arabizi), Russian ones in Cyrillic."""
    ar = frame[frame["language"] == "ar"]
    arabizi = ar["note"].str.contains("arabizi")
    assert ar.loc[~arabizi, "text"].map(lambda t: bool(ARABIC.search(t))).all()
    assert 0 < arabizi.sum() <= 0.1 * len(ar)
    ru = frame[frame["language"] == "ru"]
    assert ru["text"].map(lambda t: bool(CYRILLIC.search(t))).all()
    latin_only = frame[frame["language"].isin(["en", "id"])]["text"]
    assert not latin_only.map(lambda t: bool(ARABIC.search(t) or CYRILLIC.search(t))).any()


def test_messages_are_messy(frame):
    """The set is not tidy: short ones, long ones, lowercase starts, emojis, multi-line emails."""
    en = frame[frame["language"] == "en"]["text"]
    assert (en.str.split().str.len() <= 3).sum() >= 5
    assert (en.str.len() >= 250).sum() >= 5
    assert (en.str[0].str.islower()).mean() >= 0.15
    assert frame["text"].str.contains("\n").sum() >= 3
    emoji = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    assert frame["text"].map(lambda t: bool(emoji.search(t))).sum() >= 10


def test_parse_block_rejects_misplaced_notes():
    """The authoring format fails loudly on a note before any message or two notes in a row."""
    with pytest.raises(ValueError, match="note without a message"):
        gen.parse_block("  => hard: scope_creep")
    with pytest.raises(ValueError, match="note without a message"):
        gen.parse_block("hi\n  => also x\n  => also y")
    assert gen.parse_block("a¶b\n  c") == [("a\nb c", "")]
