"""Ready-to-blit slide pixmaps, bounded in memory, fed by the render process."""

from __future__ import annotations

from collections import OrderedDict
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QScreen

from pechakucha.qt.app.i18n import error_text
from pechakucha.qt.pixels.render import SLOW_SECONDS, SlideKey, SlideRenderer

# The floor holds ~8 slides at 1080p (RGB32) plus console thumbnails; on bigger projectors the
# budget grows to two projector slides (the next one and a spare; the one on screen is held by
# its view) plus the console's — ~80 MB at 4K — so memory stays bounded whatever the decks.
DEFAULT_BUDGET = 72 * 1024 * 1024
# A slide that failed for a reason that may pass is asked for again after 1, 2, 4 … 16 s.
RETRY_FIRST, RETRY_LONGEST = 1.0, 16.0


def budget_for(projector_width: int, projector_height: int) -> int:
    """Cache budget for a projector of this many device pixels."""
    return max(DEFAULT_BUDGET, 2 * projector_width * projector_height * 4 + 16 * 1024 * 1024)


def pixmap_bytes(pixmap: QPixmap) -> int:
    """Approximate memory of a pixmap (32 bits per pixel)."""
    return pixmap.width() * pixmap.height() * 4


class PixmapCache(QObject):
    """LRU cache of slide pixmaps by exact size; asks the renderer for what it lacks.

    What goes first when the budget is full: slides drawn ahead only because there was room
    ("spares"), then slides that were fast to draw, and last the slow ones — drawn ahead
    (`prerender`), they stay ready for when they are due, while fast ones are simply drawn
    again just before."""

    ready = Signal(object)  # SlideKey now available
    failed = Signal(object, str)  # SlideKey, message
    warning = Signal(str)  # for the operator: a slide failed, the renderer restarted, …
    trouble = Signal(str)  # a lasting sign: slides not drawn yet, being tried again ("": none)

    def __init__(self, renderer: SlideRenderer, budget: int = DEFAULT_BUDGET) -> None:
        super().__init__(renderer)
        self._renderer = renderer
        self._budget = budget
        self._pixmaps: OrderedDict[SlideKey, QPixmap] = OrderedDict()
        self._errors: dict[SlideKey, str] = {}
        self._seconds: dict[SlideKey, float] = {}
        self._warned: set[str] = set()
        self._spares: set[SlideKey] = set()
        self._troubles: dict[SlideKey, str] = {}  # slides being tried again, and why
        self._retries: dict[SlideKey, int] = {}
        renderer.rendered.connect(self._store)
        renderer.failed.connect(self._store_failure)
        renderer.troubled.connect(self._set_trouble)
        renderer.timed.connect(self._timed)
        renderer.warning.connect(self.warning)

    @property
    def renderer(self) -> SlideRenderer:
        """The renderer that fills this cache."""
        return self._renderer

    def fit_to_screen(self, screen: QScreen | None) -> None:
        """Size the budget for slides shown full screen on `screen` (the projector)."""
        if screen is not None:
            ratio = screen.devicePixelRatio()
            size = screen.size()
            self._budget = budget_for(round(size.width() * ratio), round(size.height() * ratio))
            self._evict(keep=None)

    @property
    def used(self) -> int:
        """Bytes held now."""
        return sum(pixmap_bytes(p) for p in self._pixmaps.values())

    def get(self, key: SlideKey) -> QPixmap | None:
        """The pixmap if ready (and mark it recently used); otherwise ask for it, return None."""
        self._spares.discard(key)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        if key not in self._errors:
            self._renderer.request(key, urgent=True)
        return None

    def held(self) -> list[SlideKey]:
        """The slides held now, least recently used first."""
        return list(self._pixmaps)

    def error(self, key: SlideKey) -> str | None:
        """Why the slide could not be rendered, if it could not."""
        return self._errors.get(key)

    def troubles(self) -> dict[SlideKey, str]:
        """The slides not drawn yet that are being tried again, and why (a lasting sign)."""
        return dict(self._troubles)

    def render_seconds(self, key: SlideKey) -> float | None:
        """How long the render process took to draw this slide at this size (None: not yet)."""
        return self._seconds.get(key)

    def prefetch(self, keys: list[SlideKey]) -> None:
        """Ask for slides that will be needed soon (no-op for those already here)."""
        for key in keys:
            self._spares.discard(key)
            if key not in self._pixmaps and key not in self._errors:
                self._renderer.request(key)

    def prerender(self, keys: list[SlideKey]) -> None:
        """Draw these slides ahead, in order, behind every other request — a whole talk while
        its Up next card is on: failures and draw times are known before the slides are due.
        The first ones are kept while the budget has room (as spares), and the slow ones
        whatever (the budget still holds)."""
        room = self._budget - self.used
        for key in keys:
            if key in self._pixmaps or key in self._errors or key in self._seconds:
                continue
            size = key.width * key.height * 4
            if size <= room:
                self._spares.add(key)
                room -= size
            self._renderer.prerender(key, keep=key in self._spares)

    def fill_now(self, keys: list[SlideKey]) -> None:
        """Render the missing ones and wait (before a talk starts, never during one)."""
        missing = [k for k in keys if k not in self._pixmaps and k not in self._errors]
        futures = [(key, self._renderer.render_async(key)) for key in missing]
        for key, future in futures:
            try:
                self._store(key, future.result())
            except Exception as error:  # a DeckError from the render process: remember it
                self._store_failure(key, error_text(error))

    def _store(self, key: SlideKey, image: QImage) -> None:
        self._errors.pop(key, None)
        self._retries.pop(key, None)
        if self._troubles.pop(key, None) is not None:
            self.trouble.emit(self._trouble_text())
        self._pixmaps[key] = QPixmap.fromImage(image)  # shares the image's (shared) memory
        self._pixmaps.move_to_end(key)
        self._evict(keep=None if key in self._spares else key)
        if key in self._pixmaps:
            self.ready.emit(key)

    def _store_failure(self, key: SlideKey, message: str) -> None:
        first = key not in self._errors
        self._errors[key] = message
        if self._renderer.transient(key):  # it may pass: try again later, and say so meanwhile
            self._retry_later(key)
            text = self.tr("Slide {slide} of {deck} is not drawn ({reason}): trying again.")
            deck = Path(key.deck).name
            self._set_trouble(key, text.format(slide=key.index + 1, deck=deck, reason=message))
        elif self._troubles.pop(key, None) is not None:
            self.trouble.emit(self._trouble_text())
        if not first:
            return
        self.failed.emit(key, message)
        if message not in self._warned:  # once: every slide of a vanished deck says the same
            self._warned.add(message)
            self.warning.emit(message)

    def _timed(self, key: SlideKey, seconds: float) -> None:
        self._seconds[key] = seconds
        if self._troubles.pop(key, None) is not None:  # drawn after all (maybe only timed)
            self.trouble.emit(self._trouble_text())

    def _retry_later(self, key: SlideKey) -> None:
        tries = self._retries[key] = self._retries.get(key, 0) + 1
        seconds = min(RETRY_LONGEST, RETRY_FIRST * 2 ** (tries - 1))
        QTimer.singleShot(round(seconds * 1000), self, partial(self._retry, key))

    def _retry(self, key: SlideKey) -> None:
        if key in self._errors and key in self._retries:
            self._renderer.request(key)

    def _set_trouble(self, key: SlideKey, text: str) -> None:
        self._troubles.pop(key, None)
        self._troubles[key] = text  # the newest last
        self.trouble.emit(self._trouble_text())

    def _trouble_text(self) -> str:
        return next(reversed(self._troubles.values()), "")

    def _evict(self, keep: SlideKey | None) -> None:
        total = self.used
        for key in sorted(self._pixmaps, key=self._worth):  # stable: LRU order within each
            if total <= self._budget:
                break
            if key != keep:
                total -= pixmap_bytes(self._pixmaps.pop(key))
                self._spares.discard(key)

    def _worth(self, key: SlideKey) -> tuple[bool, bool]:
        """Sorts spares first, then fast slides, then slow ones."""
        return key not in self._spares, self._seconds.get(key, 0.0) >= SLOW_SECONDS
