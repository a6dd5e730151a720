"""The render worker: one thread owns every open deck and turns slides into QImages.

PyMuPDF is not thread-safe, so a single-thread executor does all deck work: opening, measuring,
rendering. Results travel back to the GUI thread by a queued Qt signal. PyMuPDF holds the GIL
while it draws, so callers ask for renders when no deadline is near (right after an advance),
never just before one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from pechakucha.decks.base import Deck, Pixels, SlideSize


@dataclass(frozen=True)
class SlideKey:
    """Which slide, at which exact size in device pixels."""

    deck: str
    index: int
    width: int
    height: int


@dataclass(frozen=True)
class DeckInfo:
    """What the GUI needs to know about an open deck without touching it."""

    path: str
    sizes: tuple[SlideSize, ...]
    labels: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.sizes)


def pixels_to_qimage(pixels: Pixels) -> QImage:
    """Wrap RGB bytes as a QImage that owns its buffer, in the format fastest to blit."""
    image = QImage(pixels.data, pixels.width, pixels.height, pixels.stride, QImage.Format_RGB888)
    return image.convertToFormat(QImage.Format_RGB32)  # a deep copy: owns its pixels


# A background render holds the GIL for tens of milliseconds (more at 4K), which would delay
# the GUI thread's deadline. So none starts in this window around the next slide deadline.
QUIET_BEFORE = 0.35
QUIET_AFTER = 0.05


class SlideRenderer(QObject):
    """Opens decks and renders slides on one worker thread; emits results on the GUI thread."""

    rendered = Signal(object, QImage)  # SlideKey, image
    failed = Signal(object, str)  # SlideKey, one-sentence message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="deck-render")
        self._decks: dict[str, Deck] = {}
        self._pending: set[SlideKey] = set()
        self._quiet_deadline: float | None = None
        self._urgent: set[SlideKey] = set()

    def open(self, path: str) -> DeckInfo:
        """Open (or reuse) the deck at `path` and describe it. Blocks briefly; raises DeckError."""
        return self._executor.submit(self._open_on_worker, path).result()

    def render_now(self, key: SlideKey) -> QImage:
        """Render synchronously (used before a session starts, never during a talk)."""
        return self._executor.submit(self._render_on_worker, key).result()

    def keep_quiet_around(self, deadline: float | None) -> None:
        """Start no background render close to `deadline` (time.monotonic seconds)."""
        self._quiet_deadline = deadline

    def request(self, key: SlideKey, urgent: bool = False) -> None:
        """Ask for a slide; `rendered` or `failed` follows. Duplicate requests are merged.

        `urgent`: a view needs it now, so it ignores the quiet window (and ends others' waits).
        """
        if urgent:
            self._urgent.add(key)
        if key in self._pending:
            return
        self._pending.add(key)
        future = self._executor.submit(self._render_when_quiet, key)
        future.add_done_callback(lambda done, key=key: self._deliver(key, done))

    def open_async(self, path: str) -> Future:
        """Like open() without blocking: the future holds the DeckInfo (or the DeckError)."""
        return self._executor.submit(self._open_on_worker, path)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        """Run `fn(*args)` on the worker thread, after the work already queued.

        For deck work outside rendering (preflight, reading annotations): PyMuPDF must only
        be used on this thread. The future completes on the worker; hand its result to the
        GUI thread with a queued signal."""
        return self._executor.submit(fn, *args)

    def close(self) -> None:
        """Drop queued renders (nobody will look at them) and close every deck."""
        self._quiet_deadline = None
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._close_on_worker()  # the worker has stopped: this thread may touch the decks

    # -- worker thread --------------------------------------------------------------------
    def _open_on_worker(self, path: str) -> DeckInfo:
        from pechakucha.decks import open_deck  # PyMuPDF loads on the worker, off the GUI path

        deck = self._decks.get(path) or open_deck(path)
        self._decks[path] = deck
        count = len(deck)
        sizes = tuple(deck.slide_size(i) for i in range(count))
        labels = tuple(deck.slide_label(i) for i in range(count))
        return DeckInfo(path, sizes, labels)

    def _render_when_quiet(self, key: SlideKey) -> QImage:
        while (deadline := self._quiet_deadline) is not None and not self._urgent:
            now = time.monotonic()
            if not deadline - QUIET_BEFORE <= now <= deadline + QUIET_AFTER:
                break
            time.sleep(min(0.02, deadline + QUIET_AFTER - now + 0.001))  # releases the GIL
        return self._render_on_worker(key)

    def _render_on_worker(self, key: SlideKey) -> QImage:
        deck = self._decks.get(key.deck)
        if deck is None:
            self._open_on_worker(key.deck)
            deck = self._decks[key.deck]
        return pixels_to_qimage(deck.render(key.index, key.width, key.height))

    def _close_on_worker(self) -> None:
        for deck in self._decks.values():
            deck.close()
        self._decks.clear()

    def _deliver(self, key: SlideKey, future: Future) -> None:
        # Runs on the worker thread; the signals are queued to the GUI thread.
        self._pending.discard(key)
        self._urgent.discard(key)
        if future.cancelled():  # dropped by close(): nobody is waiting for it
            return
        error = future.exception()
        if error is None:
            self.rendered.emit(key, future.result())
        else:
            self.failed.emit(key, str(error))
