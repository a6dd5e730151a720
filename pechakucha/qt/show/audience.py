"""The audience window: full screen on the projector, only the slide or a card. Never a dialog.

It is passive: the controller tells it what to show. Black before the start and after the end.
Keys pressed on it go to the operator (`operator.SessionOperator.watch`), like the console's.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.widgets.countdown import CountdownRing
from pechakucha.qt.widgets.slide_view import SlideView


@dataclass(frozen=True)
class Card:
    """A full-screen text card: "Up next", Q&A, the commentator's countdown, the closing.

    `title_also` / `subtitle_also`: the same line in the audience's other languages, drawn
    smaller under it."""

    title: str
    subtitle: str = ""
    body: str = ""
    clock: str = ""
    clock_colour: str = "#ffffff"
    background: str = "#101418"
    title_also: tuple[str, ...] = ()
    subtitle_also: tuple[str, ...] = ()


class AudienceWindow(QWidget):
    """What the audience sees: a slide, black, white, or a card."""

    def __init__(self, cache: PixmapCache, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.Window | Qt.FramelessWindowHint)
        self.setWindowTitle(self.tr("Pecha Kucha — audience"))
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setCursor(Qt.BlankCursor)
        self.slide_view = SlideView(cache, self)  # sized in resizeEvent, even while hidden
        # Single-screen mode: a small countdown in the corner, as the console is hidden.
        self.corner = CountdownRing(self)
        self.corner.setMinimumSize(40, 40)
        self.corner.hide()
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

    def set_corner_countdown(self, visible: bool) -> None:
        """Show the small corner countdown (single-screen mode) or hide it."""
        self.corner.setVisible(visible)
        self.corner.raise_()

    def resizeEvent(self, event) -> None:
        self.slide_view.setGeometry(self.rect())
        side = max(48, self.height() // 10)
        margin = side // 5
        self.corner.setGeometry(
            self.width() - side - margin, self.height() - side - margin, side, side
        )

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self._card is not None:
            paint_card(painter, self.rect(), self._card, self.font())
        else:
            painter.fillRect(self.rect(), self._fill or QColor("black"))
        painter.end()


def fitted_font(base: QFont, text: str, pixels: int, width: int, bold: bool) -> QFont:
    """`base` at `pixels` high, shrunk until the longest line of `text` fits in `width`."""
    font = QFont(base)
    font.setBold(bold)
    font.setPixelSize(max(8, pixels))
    longest = max(text.split("\n"), key=len)
    while font.pixelSize() > 8 and QFontMetrics(font).horizontalAdvance(longest) > width:
        font.setPixelSize(int(font.pixelSize() * 0.9))
    return font


def paint_card(painter: QPainter, area: QRect, card: Card, base_font: QFont) -> None:
    """Draw a card: title, subtitle and body one under the other, then a big clock below."""
    painter.fillRect(area, QColor(card.background))
    height, width = area.height(), area.width() * 9 // 10
    left = area.x() + (area.width() - width) // 2
    top = area.y() + int(height * 0.08)
    rows = [
        (card.title, 0.09, True, "#ffffff"),
        *((text, 0.05, True, "#8f9aa5") for text in card.title_also),
        (card.subtitle, 0.055, False, "#c8d0d8"),
        *((text, 0.042, False, "#a0a8b0") for text in card.subtitle_also),
        (card.body, 0.042, False, "#a0a8b0"),
    ]
    for text, size, bold, colour in rows:
        if not text:
            continue
        font = fitted_font(base_font, text, int(height * size), width, bold)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        lines = text.count("\n") + 1
        box = QRect(left, top, width, int(QFontMetrics(font).lineSpacing() * lines) + 4)
        painter.drawText(box, Qt.AlignHCenter | Qt.AlignTop, text)
        top = box.bottom() + int(height * 0.025)
    if card.clock:
        clock_top = max(top, area.y() + int(height * 0.42))
        box = QRect(area.x(), clock_top, area.width(), area.bottom() - clock_top)
        font = fitted_font(
            base_font, card.clock, min(int(height * 0.32), box.height()), width, True
        )
        painter.setFont(font)
        painter.setPen(QColor(card.clock_colour))
        painter.drawText(box, Qt.AlignCenter, card.clock)
