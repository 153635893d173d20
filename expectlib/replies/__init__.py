"""Replies to unreasonable client requests: recognise the request, draft a reply.

The lead extends this module's docstring and re-exports (draft, check, render).
"""

from __future__ import annotations

from .check import MOVES, check_reply, reply_moves
from .classify import Classification, classify
from .draft import (
    TONES,
    Draft,
    ReplyContext,
    draft_acknowledgement,
    draft_delay_notice,
    draft_delivery_follow_up,
    draft_reply,
    draft_status_update,
)
from .language import LANGUAGES, RTL, detect_language
from .render import render_template
from .taxonomy import LABELS, REQUEST_TYPES, TYPES, RequestType

__all__ = [
    "LABELS",
    "LANGUAGES",
    "MOVES",
    "REQUEST_TYPES",
    "RTL",
    "TONES",
    "TYPES",
    "Classification",
    "Draft",
    "ReplyContext",
    "RequestType",
    "check_reply",
    "classify",
    "detect_language",
    "draft_acknowledgement",
    "draft_delay_notice",
    "draft_delivery_follow_up",
    "draft_reply",
    "draft_status_update",
    "render_template",
    "reply_moves",
]
