"""The console's slide grid: marked slides first, then every slide of every talk, to put
one back on the projector during the synthesis.

It never takes the keyboard focus: the operator hands it the keys that move in it (arrows,
Home, End) and Enter, so every other key keeps its meaning while the grid is open.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from pechakucha.core.session.model import Session
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import DeckInfo, SlideKey

THUMB = QSize(192, 108)
ROLE_SLIDE = Qt.UserRole + 1
NAVIGATION_KEYS = {Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down, Qt.Key_Home, Qt.Key_End}
ENTER_KEYS = {Qt.Key_Return, Qt.Key_Enter}


class RecallPanel(QListWidget):
    """Thumbnails of slides; activating one (Enter, double-click) asks to recall it."""

    recall = Signal(int, int)  # talk segment index, slide (0-based)

    def __init__(self, cache: PixmapCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._items: dict[SlideKey, list[QListWidgetItem]] = {}
        self.setViewMode(QListView.IconMode)
        self.setIconSize(THUMB)
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)
        self.setSpacing(6)
        self.setFocusPolicy(Qt.NoFocus)  # the clicker's keys stay with the operator
        self.itemActivated.connect(self._on_activated)
        cache.ready.connect(self._on_ready)

    def populate(
        self, session: Session, decks: dict[int, DeckInfo], marks: tuple[tuple[int, int], ...]
    ) -> None:
        """List the marked slides (★) and then all slides of every talk."""
        self.clear()
        self._items.clear()
        for talk, slide in marks:
            self._add(session, decks, talk, slide, starred=True)
        for talk, deck in decks.items():
            for slide in range(min(len(deck), session.talk_format(session.segments[talk]).slides)):
                self._add(session, decks, talk, slide, starred=False)
        if self.count():
            self.setCurrentRow(0)

    def _add(
        self, session: Session, decks: dict[int, DeckInfo], talk: int, slide: int, starred: bool
    ) -> None:
        name = session.segments[talk].organisation or session.segments[talk].label
        text = f"{'★ ' if starred else ''}{name} · {slide + 1}"
        item = QListWidgetItem(text)
        item.setData(ROLE_SLIDE, (talk, slide))
        item.setSizeHint(QSize(THUMB.width() + 12, THUMB.height() + 34))
        key = SlideKey(decks[talk].path, slide, THUMB.width(), THUMB.height())
        pixmap = self._cache.get(key)
        if pixmap is not None:
            item.setIcon(QIcon(pixmap))
        self._items.setdefault(key, []).append(item)  # a marked slide is listed twice
        self.addItem(item)

    def _on_ready(self, key: SlideKey) -> None:
        items = self._items.get(key, [])
        pixmap = self._cache.get(key) if items else None
        if pixmap is not None:
            for item in items:
                item.setIcon(QIcon(pixmap))

    def navigate(self, event: QKeyEvent) -> bool:
        """Move in the grid (arrows, Home, End) or recall the slide chosen (Enter); False
        for any other key. Enter is used up here: it never also reaches the console."""
        if event.key() in NAVIGATION_KEYS:
            super().keyPressEvent(event)
            return True
        if event.key() in ENTER_KEYS:
            item = self.currentItem()
            if item is not None:
                self._on_activated(item)
            return True
        return False

    def _on_activated(self, item: QListWidgetItem) -> None:
        talk, slide = item.data(ROLE_SLIDE)
        self.recall.emit(talk, slide)
