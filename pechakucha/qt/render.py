"""The render worker: one thread owns every open deck and turns slides into QImages.

PyMuPDF is not thread-safe, so a single-thread executor does all deck work: opening, measuring,
rendering. Results travel back to the GUI thread by a queued Qt signal. PyMuPDF holds the GIL
while it draws, so callers ask for renders when no deadline is near (right after an advance),
never just before one.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

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


class SlideRenderer(QObject):
    """Opens decks and renders slides on one worker thread; emits results on the GUI thread."""

    rendered = Signal(object, QImage)  # SlideKey, image
    failed = Signal(object, str)  # SlideKey, one-sentence message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="deck-render")
        self._decks: dict[str, Deck] = {}
        self._pending: set[SlideKey] = set()

    def open(self, path: str) -> DeckInfo:
        """Open (or reuse) the deck at `path` and describe it. Blocks briefly; raises DeckError."""
        return self._executor.submit(self._open_on_worker, path).result()

    def render_now(self, key: SlideKey) -> QImage:
        """Render synchronously (used before a session starts, never during a talk)."""
        return self._executor.submit(self._render_on_worker, key).result()

    def request(self, key: SlideKey) -> None:
        """Ask for a slide; `rendered` or `failed` follows. Duplicate requests are merged."""
        if key in self._pending:
            return
        self._pending.add(key)
        future = self._executor.submit(self._render_on_worker, key)
        future.add_done_callback(lambda done, key=key: self._deliver(key, done))

    def close(self) -> None:
        """Finish queued work and close every deck."""
        self._executor.submit(self._close_on_worker).result()
        self._executor.shutdown(wait=True)

    # -- worker thread --------------------------------------------------------------------
    def _open_on_worker(self, path: str) -> DeckInfo:
        from pechakucha.decks import open_deck  # PyMuPDF loads on the worker, off the GUI path

        deck = self._decks.get(path) or open_deck(path)
        self._decks[path] = deck
        count = len(deck)
        sizes = tuple(deck.slide_size(i) for i in range(count))
        labels = tuple(deck.slide_label(i) for i in range(count))
        return DeckInfo(path, sizes, labels)

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
        error = future.exception()
        if error is None:
            self.rendered.emit(key, future.result())
        else:
            self.failed.emit(key, str(error))
