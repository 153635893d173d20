"""Text preparation shared by the language detector and the classifier (private).

* :func:`clean` turns pasted input into the text that is read: markup is removed
  (tags, scripts, styles, comments; entities decoded), quoted lines of an e-mail
  thread (``> …``) are dropped when the message has lines of its own, and very
  long input is cut to :data:`MAX_CHARS`.
* :func:`fold` gives the matching form of that text, with an index back into it so
  that evidence can quote the client's own words: Unicode NFKC, case folding,
  accents removed (``é`` → ``e``, ``ё`` → ``е``), Arabic normalised (diacritics and
  tatweel dropped, ``أ إ آ ٱ`` → ``ا``, ``ى`` → ``ي``, ``ة`` → ``ه``, Arabic-Indic
  digits → ASCII), typographic quotes and dashes made plain, runs of white space
  made one, and every run of one repeated letter made one letter (``pleeease`` →
  ``please``, ``tommorrow`` → ``tomorow``; patterns are folded the same way, so
  doubled letters never matter).
"""

from __future__ import annotations

import html
import re
import unicodedata

from ...errors import InputError

MAX_CHARS = 20_000
"""Input longer than this is cut: only the first 20,000 characters are read."""

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^<>]{0,4000}>")
_BLOCK = re.compile(r"<\s*(script|style|head|template)\b.*?<\s*/\s*\1\s*>", re.S | re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BREAK = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h\d|p|div|li|tr)\b[^<>]*>", re.I)
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")

_ARABIC = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": ""}
_PLAIN = {
    "’": "'",
    "‘": "'",
    "‛": "'",
    "`": "'",
    "´": "'",
    "ʼ": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
    "‑": "-",
    "−": "-",
    "ـ": "",
}
for _i in range(10):
    _PLAIN[chr(0x0660 + _i)] = str(_i)
    _PLAIN[chr(0x06F0 + _i)] = str(_i)


def binary_looking(text: str) -> bool:
    """True for text that is not a message: NUL bytes, or mostly control/replacement chars.

    >>> binary_looking("hello"), binary_looking("PK\\x03\\x04\\x00\\x00")
    (False, True)
    """
    if "\x00" in text:
        return True
    sample = text[: MAX_CHARS * 2]
    if not sample:
        return False
    bad = sum(
        1
        for c in sample
        if (c < " " and c not in "\t\n\r")
        or c == "\ufffd"
        or "\x7f" <= c <= "\x9f"
        or unicodedata.category(c) in ("Co", "Cs")
    )
    return bad > 0.1 * len(sample)


def clean(text: str) -> tuple[str, tuple[str, ...]]:
    """The text as read, and notes on what was changed (markup, quotes, length).

    >>> clean("<p>Need it <b>tomorrow</b>&nbsp;!</p>")
    ('Need it tomorrow\\xa0!', ('markup removed',))
    """
    notes: list[str] = []
    if len(text) > 5 * MAX_CHARS:  # keep markup stripping cheap on huge pastes
        text = text[: 5 * MAX_CHARS]
    if _TAG.search(text) or _ENTITY.search(text):
        stripped = _COMMENT.sub(" ", text)
        stripped = _BLOCK.sub(" ", stripped)
        stripped = _BREAK.sub("\n", stripped)
        stripped = _TAG.sub("", stripped)
        stripped = html.unescape(stripped)
        if stripped != text:
            notes.append("markup removed")
        text = stripped
    lines = text.splitlines()
    own = [ln for ln in lines if not ln.lstrip().startswith(">")]
    if len(own) < len(lines) and any(ln.strip() for ln in own):
        text = "\n".join(own)
        notes.append("quoted lines (starting with '>') ignored")
    text = text.strip()
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        notes.append(f"only the first {MAX_CHARS:,} characters were read")
    return text, tuple(notes)


def _fold_char(c: str) -> str:
    if c in _PLAIN:
        return _PLAIN[c]
    if c.isascii():
        return c.lower()
    if c in _ARABIC:
        return _ARABIC[c]
    out = []
    for d in unicodedata.normalize("NFKC", c).casefold():
        if d in _PLAIN:
            out.append(_PLAIN[d])
            continue
        if d in _ARABIC:
            out.append(_ARABIC[d])
            continue
        if unicodedata.category(d) == "Mn":  # Arabic harakat, combining accents
            continue
        base = unicodedata.normalize("NFD", d)
        out.append("".join(b for b in base if unicodedata.category(b) != "Mn") or d)
    return "".join(out)


_CACHE: dict[str, str] = {}


def fold(text: str) -> tuple[str, list[int]]:
    """The matching form of ``text`` and, per character of it, its index in ``text``.

    >>> f, idx = fold("Pleeease,  TOMORROW!")
    >>> f
    'please, tomorow!'
    >>> "Pleeease,  TOMORROW!"[idx[8]: idx[14] + 1]
    'TOMORROW'
    """
    out: list[str] = []
    index: list[int] = []
    prev = ""
    for i, c in enumerate(text):
        piece = _CACHE.get(c)
        if piece is None:
            piece = _fold_char(c)
            if len(_CACHE) < 20_000:
                _CACHE[c] = piece
        for d in piece:
            if d.isspace():
                d = "\n" if d in "\n\r\u2028\u2029" else " "
                if prev in (" ", "\n"):
                    if d == "\n" and prev == " ":
                        out[-1] = "\n"
                    continue
            elif d == prev and d.isalpha():
                continue
            out.append(d)
            index.append(i)
            prev = d
    return "".join(out), index


def fold_pattern(source: str) -> str:
    """Fold a regular expression's literal letters like :func:`fold` folds text.

    Escapes (``\\b``, ``\\d`` …) are kept as they are; repeated literal letters become one.

    >>> fold_pattern(r"\\bfree\\s+(tomorrow|sample)")
    '\\\\bfre\\\\s+(tomorow|sample)'
    """
    out: list[str] = []
    prev = ""
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            out.append(source[i : i + 2])
            prev = ""
            i += 2
            continue
        piece = _fold_char(c) if c.isalpha() or c in _PLAIN else c
        for d in piece:
            if d == prev and d.isalpha():
                continue
            out.append(d)
            prev = d
        i += 1
    return "".join(out)


def words(folded: str) -> list[str]:
    """The words of folded text (letters only; apostrophes kept inside words)."""
    return _WORD.findall(folded)


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def check_text(text: object, field: str = "text") -> str:
    """Validate a message: a str that is not binary-looking and has something in it."""
    if not isinstance(text, str):
        raise InputError(
            field,
            type(text).__name__,
            "pass the client's message as text (a str)",
        )
    if binary_looking(text):
        raise InputError(
            field,
            text[:40],
            "this looks like binary data (NUL or control bytes), not a message; "
            "paste the client's message as plain text",
        )
    return text
