"""The audience window: full screen on the projector, only the slide or a card. Never a dialog.

It is passive: the controller tells it what to show. Black before the start and after the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import QWidget

from pechakucha.qt.cache import PixmapCache
from pechakucha.qt.slide_view import SlideView


@dataclass(frozen=True)
class Card:
    """A full-screen text card: "Up next", Q&A, the commentator's countdown, the closing."""

    title: str
    subtitle: str = ""
    body: str = ""
    clock: str = ""
    clock_colour: str = "#ffffff"
    background: str = "#101418"


class AudienceWindow(QWidget):
    """What the audience sees: a slide, black, white, or a card."""

    key_pressed = Signal(QKeyEvent)  # clickers talk to whichever window has the focus

    def __init__(self, cache: PixmapCache, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.Window | Qt.FramelessWindowHint)
        self.setWindowTitle(self.tr("Pecha Kucha — audience"))
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setCursor(Qt.BlankCursor)
        self.slide_view = SlideView(cache, self)  # sized in resizeEvent, even while hidden
        self._fill: QColor | None = QColor("black")
        self._card: Card | None = None
        self.slide_view.hide()

    @property
    def mode(self) -> str:
        """ "slide", "card", "black" or "white" — what is on the projector now."""
        if self._card is not None:
            return "card"
        if self._fill is not None:
            return "white" if self._fill == QColor("white") else "black"
        return "slide"

    def show_slide(self, deck: str, index: int) -> None:
        """Put slide `index` of `deck` on the projector."""
        self._fill, self._card = None, None
        self.slide_view.set_slide(deck, index)
        self.slide_view.show()

    def show_fill(self, colour: str) -> None:
        """Blackout ("black") or white screen; the slide underneath keeps its place."""
        self._fill, self._card = QColor(colour), None
        self.slide_view.hide()
        self.update()

    def show_card(self, card: Card) -> None:
        """A text card instead of a slide."""
        if card == self._card and self.slide_view.isHidden():
            return
        self._fill, self._card = None, card
        self.slide_view.hide()
        self.update()

    def card(self) -> Card | None:
        """The card on screen, if any."""
        return self._card

    def resizeEvent(self, event) -> None:
        self.slide_view.setGeometry(self.rect())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self._card is not None:
            paint_card(painter, self.rect(), self._card, self.font())
        else:
            painter.fillRect(self.rect(), self._fill or QColor("black"))
        painter.end()


def paint_card(painter: QPainter, area: QRect, card: Card, base_font: QFont) -> None:
    """Draw a card: title, subtitle, body and a big clock, sized to the area."""
    painter.fillRect(area, QColor(card.background))
    height = area.height()
    font = QFont(base_font)
    rows = [
        (card.title, 0.09, True, "#ffffff", 0.10),
        (card.subtitle, 0.05, False, "#c8d0d8", 0.24),
        (card.body, 0.04, False, "#a0a8b0", 0.33),
    ]
    for text, size, bold, colour, top in rows:
        if not text:
            continue
        font.setPixelSize(max(10, int(height * size)))
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        box = QRect(
            area.x() + area.width() // 16,
            area.y() + int(height * top),
            area.width() * 7 // 8,
            int(height * 0.16),
        )
        painter.drawText(box, Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, text)
    if card.clock:
        font.setPixelSize(max(12, int(height * 0.30)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(card.clock_colour))
        box = QRect(area.x(), area.y() + int(height * 0.48), area.width(), int(height * 0.40))
        painter.drawText(box, Qt.AlignCenter, card.clock)
