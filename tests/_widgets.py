"""Helpers shared by the widget tests."""

from __future__ import annotations

import ipywidgets as widgets

XSS = "<script>alert(1)</script>"


def html_values(widget: widgets.Widget) -> list[str]:
    """Every HTML/Label value in the widget tree (what the browser renders as markup)."""
    found = []
    if isinstance(widget, widgets.HTML | widgets.HTMLMath | widgets.Label):
        found.append(widget.value)
    for child in getattr(widget, "children", ()):
        found.extend(html_values(child))
    return found
