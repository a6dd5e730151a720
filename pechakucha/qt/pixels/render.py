"""The slide renderer: decks are opened and drawn in a render process, never in the GUI.

PyMuPDF holds the GIL while it draws (seconds, for a heavy page) and may crash on a hostile
file; in its own process it can do neither to the clock, the keys or the console. A drawn slide
comes back as shared memory that a QImage wraps without a copy (PySide keeps the mapping alive
for as long as the image or a pixmap made from it lives). Results reach the GUI thread by a
queued signal, as before: `rendered` or `failed` per slide, `timed` with the time it took to draw,
`warning` for the operator when the render process had to be restarted, and `troubled` naming
the slide it was drawing then (drawn again at once; a lasting sign until it arrives).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from pechakucha.decks.errors import DamagedFile, RenderFailed
from pechakucha.qt.app.i18n import error_text
from pechakucha.qt.pixels.process import (
    AHEAD,
    SOON,
    URGENT,
    Death,
    RendererStopped,
    RenderProcess,
)
from pechakucha.qt.pixels.protocol import (
    PIXELS_AT,
    DeckInfo,
    Drawn,
    Identity,
    RenderCrashed,
    SlideKey,
)

__all__ = ["DeckInfo", "SlideKey", "SlideRenderer"]

# No slide starts to be drawn in this window around the next slide deadline, unless a view needs
# it now: the render process would take a core the GUI thread needs to show the slide on time.
QUIET_BEFORE = 0.35
QUIET_AFTER = 0.05
# Slides drawn ahead (prerender) send their pixels back only if they took at least this long;
# faster ones are only timed and checked, and drawn again just before they are due.
SLOW_SECONDS = 0.5
# Failures that may pass (a memory or file-size limit, MuPDF out of memory): the slide is asked
# for again later. A slide that crashed the renderer twice, or a changed deck, is not.
TRANSIENT = (OSError, MemoryError, RenderFailed)


def shared_image(drawn: Drawn, buffer: Any) -> QImage:
    """A QImage over the render process's shared pixels (no copy; it keeps `buffer` alive)."""
    pixels = memoryview(buffer)[PIXELS_AT:]
    return QImage(pixels, drawn.width, drawn.height, drawn.stride, QImage.Format_RGB32)


class SlideRenderer(QObject):
    """Opens decks and renders slides in the render process; signals arrive on the GUI thread."""

    rendered = Signal(object, QImage)  # SlideKey, image
    failed = Signal(object, str)  # SlideKey, one-sentence message
    timed = Signal(object, float)  # SlideKey, seconds the render process took to draw it
    warning = Signal(str)  # for the operator: the render process was restarted
    troubled = Signal(object, str)  # SlideKey it was drawing then (drawn again), why
    _arrived = Signal(str, object, object)  # kind, SlideKey or None, value (from any thread)

    def __init__(
        self, parent: QObject | None = None, deadlines: Mapping[str, float] | None = None
    ) -> None:
        """`deadlines`: seconds a job ("open", "render", "call") may take before the render
        process is taken for hung and restarted (see process.DEADLINES)."""
        super().__init__(parent)
        self._arrived.connect(self._announce, Qt.QueuedConnection)
        self._process = RenderProcess(self._on_death, dict(deadlines or {}))
        self._process.start()
        self._lock = threading.Lock()
        self._transient: set[SlideKey] = set()  # failed for a reason that may pass
        self._identities: dict[str, Identity] = {}
        self._watched: set[Future] = set()
        self._wanted: set[SlideKey] = set()  # asked for with their pixels, not delivered yet

    @property
    def pid(self) -> int | None:
        """Process id of the render process now running (for tests and diagnostics)."""
        return self._process.pid

    # -- decks ----------------------------------------------------------------------------
    def open(self, path: str) -> DeckInfo:
        """Open (or reuse) the deck at `path` and describe it. Blocks briefly; raises DeckError."""
        return self.open_async(path).result()

    def open_async(self, path: str) -> Future:
        """Like open() without blocking: the future holds the DeckInfo (or the DeckError)."""
        opened: Future = Future()
        job = self._process.submit(("open", path), URGENT, ("open", path))
        job.add_done_callback(partial(self._on_opened, path, opened))
        return opened

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        """Run `fn(*args)` in the render process, after the renders already asked for.

        For deck work outside rendering (preflight, reading annotations). `fn` must be a
        module-level function; arguments and result are pickled. The future completes on
        another thread: hand its result to the GUI thread with a queued signal."""
        return self._process.submit(("call", fn, args), AHEAD)

    # -- slides ---------------------------------------------------------------------------
    def request(self, key: SlideKey, urgent: bool = False) -> None:
        """Ask for a slide; `rendered` or `failed` follows. Duplicate requests are merged;
        `urgent` (a view needs it now) goes before the slides asked for ahead."""
        with self._lock:
            self._wanted.add(key)
        self._watch(key, self._render(key, URGENT if urgent else SOON, keep=True))

    def prerender(self, key: SlideKey, keep: bool = False) -> None:
        """Draw a slide ahead, in the background: `timed` (or `failed`) follows; `rendered`
        too if `keep`, or if it took SLOW_SECONDS or more (so a slow slide is ready when due)."""
        self._watch(key, self._render(key, AHEAD, keep))

    def render_now(self, key: SlideKey) -> QImage:
        """Render and wait (before a talk starts, never during one); raises DeckError."""
        return self.render_async(key).result()

    def render_async(self, key: SlideKey) -> Future:
        """A future of the slide's QImage, drawn before anything asked for with less urgency."""
        image: Future = Future()
        self._render(key, URGENT, keep=True).add_done_callback(
            partial(self._on_rendered_for, key, image)
        )
        return image

    def set_deadlines(self, deadlines: Mapping[str, float]) -> None:
        """Seconds a job ("open", "render", "call") may take before the render process is
        taken for hung and restarted (see process.DEADLINES)."""
        self._process.set_deadlines(dict(deadlines))

    def transient(self, key: SlideKey) -> bool:
        """Whether the slide's last failure may pass (worth asking for it again later)."""
        with self._lock:
            return key in self._transient

    def keep_quiet_around(self, deadline: float | None) -> None:
        """Start no background render close to `deadline` (time.monotonic seconds)."""
        if deadline is None:
            self._process.keep_quiet(None)
        else:
            self._process.keep_quiet(deadline - QUIET_BEFORE, deadline + QUIET_AFTER)

    def close(self) -> None:
        """Drop queued work (nobody will look at it) and stop the render process."""
        self._process.close()

    # -- any thread -----------------------------------------------------------------------
    def _render(self, key: SlideKey, priority: int, keep: bool) -> Future:
        message = ("render", key, self._identities.get(key.deck), None if keep else SLOW_SECONDS)
        return self._process.submit(message, priority, ("render", key))

    def _watch(self, key: SlideKey, future: Future) -> None:
        with self._lock:
            if future in self._watched:
                return
            self._watched.add(future)
        future.add_done_callback(partial(self._deliver, key))

    def _deliver(self, key: SlideKey, future: Future) -> None:
        with self._lock:
            self._watched.discard(future)
            wanted = key in self._wanted
        if future.cancelled():  # dropped by close(): nobody is waiting for it
            return
        error = future.exception()
        if error is not None:
            error = self._slide_error(key, error)
            with self._lock:
                self._wanted.discard(key)
                if isinstance(error, TRANSIENT):
                    self._transient.add(key)
                else:
                    self._transient.discard(key)
            self._arrived.emit("failed", key, error)
            return
        drawn, buffer = future.result()
        self._arrived.emit("timed", key, drawn.seconds)
        if buffer is not None:
            self._wanted.discard(key)
            self._arrived.emit("rendered", key, shared_image(drawn, buffer))
        elif wanted:  # a request merged into a prerender that drew fast: draw it again
            self._watch(key, self._render(key, SOON, keep=True))

    def _on_rendered_for(self, key: SlideKey, image: Future, future: Future) -> None:
        if future.cancelled():
            image.cancel()
        elif future.exception() is not None:
            image.set_exception(self._slide_error(key, future.exception()))
        elif future.result()[1] is None:  # merged into a prerender that drew fast: again
            again = self._render(key, URGENT, keep=True)
            again.add_done_callback(partial(self._on_rendered_for, key, image))
        else:
            self._arrived.emit("timed", key, future.result()[0].seconds)
            image.set_result(shared_image(*future.result()))

    def _on_opened(self, path: str, opened: Future, future: Future) -> None:
        if future.cancelled():
            opened.cancel()
        elif isinstance(future.exception(), RendererStopped):  # MuPDF crashed on this file
            opened.set_exception(DamagedFile(path))
        elif future.exception() is not None:
            opened.set_exception(future.exception())
        else:
            result = future.result()
            self._identities[path] = result.identity  # a new open accepts the file as it is
            opened.set_result(result.info)

    def _slide_error(self, key: SlideKey, error: BaseException) -> BaseException:
        if isinstance(error, RendererStopped):
            return RenderCrashed(key.deck, key.index + 1)
        return error

    def _on_death(self, death: Death) -> None:
        kind, what = (death.message or (None, None))[:2]
        key = what if kind == "render" else None
        if key is not None:
            deck, slide = Path(key.deck).name, key.index + 1
            if death.hung:
                text = self.tr(
                    "Slide {slide} of {deck} took more than {seconds} s to draw: the slide "
                    "renderer was restarted and is drawing it again."
                )
            else:
                text = self.tr(
                    "The slide renderer stopped (exit code {code}) while drawing slide {slide} "
                    "of {deck}; it was restarted and is drawing it again."
                )
            text = text.format(
                slide=slide, deck=deck, seconds=f"{death.deadline:g}", code=death.exit_code
            )
            self._arrived.emit("troubled", key, text)
        elif death.hung:
            text = self.tr(
                "The slide renderer did not answer for {seconds} s and was restarted."
            ).format(seconds=f"{death.deadline:g}")
        else:
            text = self.tr("The slide renderer stopped (exit code {code}) and was restarted.")
            text = text.format(code=death.exit_code)
        self._arrived.emit("warning", None, text)

    # -- GUI thread -----------------------------------------------------------------------
    def _announce(self, kind: str, key: SlideKey | None, value: Any) -> None:
        if kind == "rendered":
            self.rendered.emit(key, value)
        elif kind == "timed":
            self.timed.emit(key, value)
        elif kind == "warning":
            self.warning.emit(value)
        elif kind == "troubled":
            self.troubled.emit(key, value)
        else:
            self.failed.emit(key, error_text(value))
