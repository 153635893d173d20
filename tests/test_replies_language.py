"""detect_language(): script first, then Indonesian vs English by common words."""

from __future__ import annotations

import pytest

from expectlib.errors import InputError
from expectlib.replies.language import LANGUAGES, RTL, detect_language


def test_contract_names():
    """The four languages of the kit, in the agreed order; Arabic is right to left."""
    assert LANGUAGES == ("en", "id", "ru", "ar")
    assert {"ar"} == RTL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When will the draft be ready?", "en"),
        ("Can you have it by tomorrow?", "en"),
        ("Kak, draft-nya kira-kira jadi kapan ya?", "id"),
        ("Когда будет готов черновик?", "ru"),
        ("متى تكون المسودة جاهزة؟", "ar"),
        ("مَتَى تَكُونُ المُسَوَّدَةُ جَاهِزَةً؟", "ar"),  # fully vowelled
        ("Сделайте до завтра, ASAP", "ru"),  # Cyrillic with an English word
        ("ضروري ASAP بليز", "ar"),
    ],
)
def test_common_messages(text, expected):
    """Ordinary messages in each language are recognised."""
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "gratis dong",
        "revisi lagi",
        "tolong cepat",
        "udah transfer",
        "harganya berapa?",
        "terserah kakak",
    ],
)
def test_two_word_indonesian(text):
    """Two Indonesian words are enough."""
    assert detect_language(text) == "id"


@pytest.mark.parametrize("text", ["asap please", "thanks!", "looks great", "why so expensive"])
def test_two_word_english(text):
    """Short English stays English."""
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "tolong revisi logo-nya, make it bigger ya",
        "Kak, deadline-nya tomorrow bisa? urgent banget",
        "min, please send the invoice ya, mau transfer sekarang",
        "Gan sekalian bikin landing page juga, same price kan",
    ],
)
def test_mixed_indonesian_english_is_indonesian(text):
    """Indonesian chat full of English words is still Indonesian."""
    assert detect_language(text) == "id"


def test_arabizi_is_out_of_scope():
    """Arabic written in Latin letters is not detected as Arabic (documented scope)."""
    assert detect_language("el logo yekon 7elw w modern, enta 3aref ba2a") == "en"


@pytest.mark.parametrize("text", ["", "   ", "12345", "🙂👍", "?!"])
def test_no_letters_defaults_to_english(text):
    """Text without letters reads as English, the default."""
    assert detect_language(text) == "en"


def test_mostly_latin_with_a_cyrillic_name_stays_latin():
    """A Cyrillic name inside an English message does not make it Russian."""
    assert detect_language("Please send the files to Анна by Friday, thanks a lot") == "en"


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["text"]])
def test_non_text_is_refused(bad):
    """Anything but a str is an InputError that says what to pass."""
    with pytest.raises(InputError, match=r"text: got .*pass the client's message as text"):
        detect_language(bad)
