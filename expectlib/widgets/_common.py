"""Pieces shared by every lesson widget: figures as images, inline errors, autosave.

Widgets in this package follow three rules, and these helpers make them cheap:

* **A figure is shown as a PNG image** set into an :class:`ipywidgets.Output`
  (:func:`show_figure`). That works the same in JupyterLab, in Voilà and in plain
  pytest without a kernel, where ``with out:`` and ``clear_output()`` do nothing.
* **A bad value never shows a traceback.** Callbacks are wrapped with :func:`guard`:
  an :class:`~expectlib.errors.InputError` appears inline, in red, next to the control
  (:class:`ErrorLabel`); anything unexpected becomes one short sentence, and the
  learner's inputs stay as they were. Every user string shown as HTML goes through
  :func:`html.escape`.
* **A kernel restart loses nothing typed.** :class:`Autosave` writes the widget's
  state to a small versioned JSON file (atomic, via :mod:`expectlib.storage`) on each
  change and gives it back when the widget is built again.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as _dt
import functools
import html
import io
import logging
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import ipywidgets as widgets
from IPython.display import Image

from ..errors import InputError
from ..storage import read_envelope, write_envelope

__all__ = [
    "AUTOSAVE_ENV",
    "DEFAULT_AUTOSAVE_DIR",
    "Autosave",
    "ErrorLabel",
    "fig_to_image",
    "format_date",
    "guard",
    "show_figure",
    "show_png",
]

log = logging.getLogger("expectlib.widgets")

#: Where widgets keep their autosaves, relative to the current working directory.
DEFAULT_AUTOSAVE_DIR = Path(".expectlib") / "autosave"
#: Environment variable that moves every default autosave folder (tests, shared machines).
AUTOSAVE_ENV = "EXPECTLIB_AUTOSAVE_DIR"

#: Resolution of widget figures: sharp on a projector, small enough to redraw fast.
FIGURE_DPI = 90

_ERROR_STYLE = "color:#b00020;font-weight:600"
_NOTE_STYLE = "color:#555"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# ---------------------------------------------------------------------- figures


def fig_to_image(fig: Any, *, dpi: int = FIGURE_DPI) -> Image:
    """Render a matplotlib figure to a PNG :class:`~IPython.display.Image` and close it.

    Closing matters: a widget redraws on every change, and figures left open in
    pyplot pile up (and are shown again at the end of the cell by the inline backend).
    Figures made with :class:`matplotlib.figure.Figure` directly are not in pyplot's
    registry; closing them is a harmless no-op.
    """
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    try:
        fig.savefig(buf, format="png", dpi=dpi)
    finally:
        plt.close(fig)
    return Image(data=buf.getvalue(), format="png")


def show_figure(output: widgets.Output, fig: Any, *, dpi: int = FIGURE_DPI) -> None:
    """Replace whatever ``output`` shows with ``fig`` as a PNG image.

    ``output.outputs = ()`` followed by ``append_display_data`` works with a kernel
    (Lab, Voilà) and without one (pytest), unlike ``with output:`` and
    ``output.clear_output()``. The figure is closed.
    """
    image = fig_to_image(fig, dpi=dpi)
    output.outputs = ()
    output.append_display_data(image)


def show_png(output: widgets.Output, png: bytes) -> None:
    """Like :func:`show_figure`, for PNG bytes already rendered (e.g. blitted)."""
    output.outputs = ()
    output.append_display_data(Image(data=png, format="png"))


def format_date(day: Any) -> str:
    """A date as a client reads it: ``"Thu 12 Mar 2026"``.

    >>> format_date(_dt.date(2026, 3, 12))
    'Thu 12 Mar 2026'

    Accepts :class:`datetime.date`, :class:`datetime.datetime`, ``pandas.Timestamp`` and
    ``numpy.datetime64``.
    """
    if hasattr(day, "to_pydatetime"):  # pandas.Timestamp
        day = day.to_pydatetime()
    if hasattr(day, "astype") and not isinstance(day, _dt.date):  # numpy.datetime64
        day = day.astype("datetime64[D]").item()
    if isinstance(day, _dt.datetime):
        day = day.date()
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


# ---------------------------------------------------------------------- errors


class ErrorLabel(widgets.HTML):
    """An inline message next to a control: red for errors, grey for notes, or nothing.

    >>> label = ErrorLabel()
    >>> label.show(InputError("estimate", "<b>", "type a number"))
    >>> label.message
    "estimate: got '<b>'; type a number"
    >>> "&lt;b&gt;" in label.value and "<b>" not in label.value     # escaped
    True
    >>> label.clear(); label.value, label.message
    ('', '')
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.layout.display = "none"
        self.message = ""
        #: The last unexpected exception caught by :func:`guard` (for debugging).
        self.last_exception: BaseException | None = None

    @property
    def has_error(self) -> bool:
        """True while an error (not a note) is shown."""
        return "ex-error" in self.value

    def show(self, error: BaseException | str) -> None:
        """Show an error (an exception or a message) in red, escaped."""
        self.message = str(error)
        self.layout.display = None
        self.value = (
            f'<span class="ex-error" style="{_ERROR_STYLE}">⚠ {html.escape(self.message)}</span>'
        )

    def note(self, text: str) -> None:
        """Show a neutral note in grey, escaped (not an error)."""
        self.message = str(text)
        self.layout.display = None
        self.value = (
            f'<span class="ex-note" style="{_NOTE_STYLE}">{html.escape(self.message)}</span>'
        )

    def clear(self) -> None:
        """Show nothing (and take no space)."""
        self.message = ""
        self.value = ""
        self.layout.display = "none"


def unexpected_message(exc: BaseException) -> str:
    """The one sentence shown for a bug: short, no traceback, says the inputs are kept."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    detail = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    if len(detail) > 160:
        detail = detail[:159] + "…"
    return f"Something went wrong: {detail}; your inputs are kept"


def guard(
    callback: Callable[..., Any], error_label: ErrorLabel, *, clear: bool = True
) -> Callable[..., Any]:
    """Wrap a widget callback so that no exception ever reaches the notebook.

    * :class:`~expectlib.errors.InputError` → its message, inline in ``error_label``;
    * any other exception → "Something went wrong: …; your inputs are kept", with the
      exception kept on ``error_label.last_exception`` and logged at DEBUG level on
      the ``expectlib.widgets`` logger;
    * success → the label is cleared first (unless ``clear=False``).

    The wrapper returns the callback's result, or ``None`` after an error.

    >>> label = ErrorLabel()
    >>> guard(lambda: 1 / 0, label)()
    >>> label.message
    'Something went wrong: ZeroDivisionError: division by zero; your inputs are kept'
    """

    @functools.wraps(callback)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if clear:
            error_label.clear()
        try:
            return callback(*args, **kwargs)
        except InputError as exc:
            error_label.show(exc)
        except Exception as exc:
            error_label.last_exception = exc
            log.debug("widget callback %r failed", callback, exc_info=True)
            error_label.show(unexpected_message(exc))
        return None

    return wrapper


# ---------------------------------------------------------------------- autosave

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class Autosave:
    """Keep a widget's state in a small JSON file so a kernel restart loses nothing.

    ``Autosave("estimator")`` writes ``.expectlib/autosave/estimator.json`` under the
    current working directory (or under ``$EXPECTLIB_AUTOSAVE_DIR`` when set, e.g. by
    the browser tests); ``path`` overrides both (a ``.json`` file, or a folder
    that gets ``<name>.json``); ``enabled=False`` turns it off (``load`` gives
    ``None`` and ``save`` does nothing). Files are versioned envelopes written
    atomically by :func:`expectlib.storage.write_envelope`, so a crash mid-write keeps
    the previous file.

    Saving never raises: a full disk or a read-only folder is reported on
    ``problem`` (a sentence the widget can show) and the widget carries on. A
    broken or newer-version file is likewise reported and ignored by :meth:`load`.

    >>> import tempfile
    >>> box = Autosave("demo", path=tempfile.mkdtemp())
    >>> box.load() is None
    True
    >>> _ = box.save({"confidence": 0.8}); box.load()
    {'confidence': 0.8}
    """

    VERSION = 1

    def __init__(
        self,
        name: str,
        *,
        path: str | os.PathLike | None = None,
        enabled: bool = True,
        version: int = VERSION,
    ) -> None:
        if not isinstance(name, str) or not _SAFE_NAME.match(name):
            raise InputError("name", name, "use letters, digits, '-', '_' or '.' only")
        if not isinstance(enabled, bool):
            raise InputError("autosave", enabled, "use True or False")
        self.name = name
        self.kind = f"autosave/{name}"
        self.version = version
        self.enabled = enabled
        self.problem = ""
        self._last: dict[str, Any] | None = None  # what the file holds, as last written
        if path is None:
            folder = os.environ.get(AUTOSAVE_ENV, "").strip()
            path = Path(folder) if folder else Path.cwd() / DEFAULT_AUTOSAVE_DIR
        p = Path(path).expanduser()
        if p.suffix.lower() != ".json" or p.is_dir():
            p = p / f"{name}.json"
        self.path = p if p.is_absolute() else Path.cwd() / p

    def load(self) -> dict[str, Any] | None:
        """The saved state, or ``None`` (nothing saved, disabled, or unreadable)."""
        self.problem = ""
        if not self.enabled or not self.path.exists():
            return None
        try:
            _, data = read_envelope(self.path, self.kind, self.version)
        except InputError as exc:
            self.problem = f"Could not restore your last inputs ({exc}); starting from defaults"
            return None
        except OSError as exc:
            self.problem = f"Could not read {self.path.name} ({exc}); starting from defaults"
            return None
        if not isinstance(data, dict):
            self.problem = "The autosave file holds no inputs; starting from defaults"
            return None
        self._last = copy.deepcopy(data)
        return data

    def save(self, state: dict[str, Any]) -> bool:
        """Write ``state`` now; True on success. Failures go to :attr:`problem`.

        Called at every edit, so it is cheap: a state equal to the one last written
        is not written again, and the file is not forced to disk with ``fsync`` (a
        kernel restart keeps it; see :func:`expectlib.storage.write_envelope`).
        """
        if not self.enabled:
            return False
        if self._last is not None and state == self._last and self.path.exists():
            return True
        try:
            write_envelope(self.path, self.kind, self.version, state, durable=False)
        except (OSError, InputError) as exc:
            self.problem = f"Autosave failed ({exc}); your inputs are still here"
            self._last = None
            return False
        self.problem = ""
        self._last = copy.deepcopy(state)
        return True

    def clear(self) -> None:
        """Delete the saved file (e.g. after "Reset to defaults")."""
        self._last = None
        if self.enabled:
            self.path.unlink(missing_ok=True)

    def __repr__(self) -> str:
        state = str(self.path) if self.enabled else "disabled"
        return f"Autosave({self.name!r}, {state})"


class AutosavedApp:
    """Mixin for lesson apps that keep what the user typed across kernel restarts.

    The host sets ``self.autosave`` (:class:`Autosave`), ``self.autosave_note``
    (:class:`ErrorLabel`) and ``self._defaults`` (a state dict), and implements
    ``state()``, ``_apply_state(state)`` and ``_changed()`` (refresh, then save).
    """

    _hold = 0

    @contextlib.contextmanager
    def _holding(self) -> Iterator[None]:
        """Suspend refresh and autosave while several controls change at once."""
        self._hold += 1
        try:
            yield
        finally:
            self._hold -= 1

    def _restore(self) -> None:
        """Apply the defaults, then the autosaved state; a bad file falls back on defaults."""
        saved = self.autosave.load()
        with self._holding():
            self._apply_state(self._defaults)
            if saved is not None:
                try:
                    self._apply_state(saved)
                    self.autosave_note.note(f"Restored your last inputs from {self.autosave.path}")
                except Exception as exc:  # a hand-edited or old file must not break the lesson
                    self._apply_state(self._defaults)
                    self.autosave_note.show(f"Could not restore your last inputs ({exc})")
            if self.autosave.problem:
                self.autosave_note.show(self.autosave.problem)

    def _save_now(self, _change: Any = None) -> None:
        """Write the current state; show (or clear) a problem beside the app."""
        if self._hold or not self.autosave.enabled:
            return
        if self.autosave.save(self.state()):
            if self.autosave_note.has_error:
                self.autosave_note.clear()
        else:
            self.autosave_note.show(self.autosave.problem)

    def reset(self) -> None:
        """Back to the arguments the app was built with (the autosave is overwritten)."""
        with self._holding():
            self._apply_state(self._defaults)
        self.autosave_note.clear()
        self._changed()
