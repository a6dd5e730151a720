"""A widget that shows one slide at its exact device-pixel size, letterboxed on black."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideKey

PROGRESS_TRACK = QColor(0, 0, 0, 200)
PROGRESS_BAR = QColor(255, 255, 255)


class SlideView(QWidget):
    """Paints the pixmap of (deck, index) from the cache; asks for it at its own size.

    While the exact pixmap is not ready the last one stays up (scaled if the size changed),
    so the view never flashes; `painted` tells when a slide really reached the screen.
    """

    painted = Signal(str, int)  # deck, index of the slide just painted for the first time

    def __init__(self, cache: PixmapCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._deck: str | None = None
        self._index = 0
        self._last: QPixmap | None = None
        self._last_key: SlideKey | None = None
        self._last_painted: tuple[str, int] | None = None
        self._placeholder = ""
        self._progress: float | None = None
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(64, 36)
        cache.ready.connect(self._on_ready)

    def set_slide(self, deck: str | None, index: int) -> None:
        """Show slide `index` of `deck` (None: nothing, black)."""
        if (deck, index) == (self._deck, self._index):
            return
        self._deck, self._index = deck, index
        if deck is None:
            self._last, self._last_key = None, None
        self.update()

    def set_placeholder(self, text: str) -> None:
        """Text shown when there is no slide (e.g. "end of talk")."""
        self._placeholder = text
        self.update()

    def set_progress(self, fraction: float | None) -> None:
        """Thin bar along the bottom showing how much of the slide's time is used (None: off)."""
        if fraction is not None:
            fraction = round(min(1.0, max(0.0, fraction)), 3)
        if fraction != self._progress:
            self._progress = fraction
            self.update(self._progress_rect())  # only the strip: a full 4K repaint is costly

    def key(self) -> SlideKey | None:
        """The exact pixmap this view needs now, or None."""
        if self._deck is None:
            return None
        return self.key_for(self._deck, self._index)

    def key_for(self, deck: str, index: int) -> SlideKey:
        """The pixmap this view would need to show slide `index` of `deck` at its size now."""
        ratio = self.devicePixelRatioF()
        width, height = round(self.width() * ratio), round(self.height() * ratio)
        return SlideKey(deck, index, max(1, width), max(1, height))

    def keys_from(self, first: int, count: int, total: int) -> list[SlideKey]:
        """Keys of `count` slides from index `first` (capped at `total`), at this view's size."""
        key = self.key()
        if key is None:
            return []
        last = min(total, first + count)
        return [SlideKey(key.deck, i, key.width, key.height) for i in range(first, last)]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        key = self.key()
        if key is not None and key == self._last_key:
            pixmap = self._last  # already on screen: no cache look-up, even if since evicted
        else:
            pixmap = self._cache.get(key) if key else None
        if pixmap is not None:
            self._last, self._last_key = pixmap, key
        exact = pixmap is not None and pixmap.size() == self.size() * self.devicePixelRatioF()
        if exact:  # the common case: a pre-rendered slide of exactly this size, just a blit
            painter.drawPixmap(0, 0, pixmap)
        else:
            painter.fillRect(self.rect(), Qt.black)
        if self._last is None:
            if self._placeholder:
                self._paint_placeholder(painter)
        elif not exact:  # size changed, new one not ready yet: stretch the last one meanwhile
            painter.drawPixmap(QRectF(self.rect()), self._last, QRectF(self._last.rect()))
        if self._progress is not None:
            self._paint_progress(painter)
        painter.end()
        if pixmap is not None and (key.deck, key.index) != self._last_painted:
            self._last_painted = (key.deck, key.index)
            self.painted.emit(key.deck, key.index)

    def _progress_rect(self) -> QRect:
        """The strip along the bottom: 12 px high on a 1080-line projector, never under 8."""
        height = max(8, self.height() // 90)
        return QRect(0, self.height() - height, self.width(), height)

    def _paint_progress(self, painter: QPainter) -> None:
        """A white bar on a dark track: the track shows on light slides, the bar on dark ones,
        and the dark edge around the bar keeps it apart from a white slide."""
        strip = self._progress_rect()
        painter.fillRect(strip, PROGRESS_TRACK)
        edge = max(2, strip.height() // 4)
        bar = strip.adjusted(0, edge, 0, -edge)
        bar.setWidth(round(self.width() * self._progress))
        painter.fillRect(bar, PROGRESS_BAR)

    def _paint_placeholder(self, painter: QPainter) -> None:
        painter.setPen(QColor("#888888"))
        font = QFont(self.font())
        font.setPixelSize(max(12, self.height() // 12))
        painter.setFont(font)
        painter.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, self._placeholder)

    def _on_ready(self, key: SlideKey) -> None:
        if key == self.key():
            self.update()
