"""Versioned JSON files written atomically, and validated on load.

Used for saved scopes, plans and widget autosaves, so a crash, a kernel restart
or a failed save never leaves a half-written file and never overwrites the last
good one. Every file is an envelope::

    {"format": "expectlib/<kind>", "version": 1, "saved_at": "...", "data": {...}}
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .errors import InputError

__all__ = ["read_envelope", "write_envelope"]


def write_envelope(
    path: str | os.PathLike, kind: str, version: int, data: Any, *, durable: bool = True
) -> Path:
    """Write ``data`` as a versioned envelope to ``path``, atomically.

    The JSON is encoded first (so an unencodable value fails before any file is
    touched), written to a temporary file in the same folder, flushed to disk
    (``durable``: ``os.fsync``, so it survives a power cut) and renamed over the
    target. Widget autosaves pass ``durable=False``: they are written at every
    edit, and a kernel restart or crash (the case they are for) keeps what the
    operating system was given; the rename keeps them atomic either way.
    """
    path = Path(path)
    if path.exists() and path.is_dir():
        raise InputError("path", str(path), "name a file, not a folder")
    envelope = {
        "format": f"expectlib/{kind}",
        "version": version,
        "saved_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "data": data,
    }
    try:
        payload = json.dumps(envelope, ensure_ascii=False, indent=2, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InputError(
            "data", type(data).__name__, f"only plain, finite values can be saved ({exc})"
        ) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload + "\n")
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def read_envelope(path: str | os.PathLike, kind: str, max_version: int) -> tuple[int, Any]:
    """Read an envelope written by :func:`write_envelope`; return ``(version, data)``.

    Raises :class:`InputError` naming what is wrong: a missing file, bad JSON
    (with line and column), another kind of file, or a newer version.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError("path", str(path), "no such file; check the name and folder")
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(
            "path", str(path), "the file is not UTF-8 text; is it the right file?"
        ) from None
    try:
        envelope = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            "file",
            f"{path.name} line {exc.lineno} column {exc.colno}",
            f"the JSON is broken there ({exc.msg}); undo the hand edit or restore a backup",
        ) from None
    if not isinstance(envelope, dict) or envelope.get("format") != f"expectlib/{kind}":
        found = envelope.get("format") if isinstance(envelope, dict) else type(envelope).__name__
        raise InputError("format", found, f"this is not an expectlib {kind} file")
    version = envelope.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError("version", version, "the file's version must be a positive whole number")
    if version > max_version:
        raise InputError(
            "version",
            version,
            f"saved by a newer expectlib (this one reads up to {max_version}); upgrade expectlib",
        )
    if "data" not in envelope:
        raise InputError("data", None, "the file has no 'data' section")
    return version, envelope["data"]
