"""A countdown ring readable from two metres: the arc empties as the slide's time runs out."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pechakucha.qt.app.theme import CALM, TRACK

MIN_PIXELS = 8  # the smallest text the ring shrinks to


class CountdownRing(QWidget):
    """Shows `text` inside a ring filled to `fraction` (1 = full time left, 0 = none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._text = ""
        self._caption = ""
        self._colour = CALM
        self._fonts_key: tuple | None = None
        self._fonts_cache: tuple[QFont, QFont] = (QFont(), QFont())
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_value(
        self, fraction: float, text: str, colour: QColor = CALM, caption: str = ""
    ) -> None:
        """Update what the ring shows; repaints only when something changed."""
        fraction = min(1.0, max(0.0, fraction))
        state = (round(fraction, 3), text, colour.name(), caption)
        if state == (round(self._fraction, 3), self._text, self._colour.name(), self._caption):
            return
        self._fraction, self._text, self._colour, self._caption = fraction, text, colour, caption
        self._caption_tooltip()
        self.update()

    def copy_from(self, other: CountdownRing) -> None:
        """Show what `other` shows (the projector's corner ring mirrors the console's)."""
        if self.isVisible():
            self.set_value(other._fraction, other._text, other._colour, "")

    def text(self) -> str:
        """The number in the middle."""
        return self._text

    def caption(self) -> str:
        """The small line under the number."""
        return self._caption

    # -- geometry: public so that tests can check the text fits inside the ring -------------
    def ring_box(self) -> QRectF:
        """The square the ring is drawn in, inset by half the pen."""
        side = min(self.width(), self.height())
        pen = self._pen_width()
        return QRectF(
            (self.width() - side) / 2 + pen / 2,
            (self.height() - side) / 2 + pen / 2,
            side - pen,
            side - pen,
        )

    def number_font(self) -> QFont:
        """The number's font: as large as the ring allows, smaller until the text fits."""
        return self._fonts()[0]

    def number_rect(self, font: QFont | None = None) -> QRectF:
        """Where the number goes: a band across the ring's middle, as wide as the inside of
        the ring is at the top and bottom of the band (a chord), so no glyph touches the arc."""
        height = QFontMetrics(font).height() if font else self._inner_radius() * 0.6
        centre = self.ring_box().center().y() - (self._caption_lift() if self._caption else 0)
        return self._band(centre, height)

    def caption_font(self) -> QFont:
        """The caption's font: small, smaller still until it fits."""
        return self._fonts()[1]

    def caption_rect(self, font: QFont | None = None) -> QRectF:
        """Where the caption goes: a band in the lower part of the ring."""
        height = QFontMetrics(font).height() if font else self._inner_radius() * 0.16
        centre = self.ring_box().center().y() + self._inner_radius() * 0.55
        return self._band(centre, height)

    def caption_fits(self) -> bool:
        """True when the caption is drawn whole (else it is elided, whole in the tooltip)."""
        font = self.caption_font()
        return (
            QFontMetrics(font).horizontalAdvance(self._caption) <= self.caption_rect(font).width()
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._caption_tooltip()

    def paintEvent(self, event) -> None:
        box = self.ring_box()
        pen_width = self._pen_width()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(TRACK, pen_width))
        painter.drawEllipse(box)
        painter.setPen(QPen(self._colour, pen_width, Qt.SolidLine, Qt.FlatCap))
        painter.drawArc(box, 90 * 16, round(self._fraction * 360 * 16))
        font = self.number_font()
        painter.setFont(font)
        painter.setPen(self._colour if self._fraction < 0.25 else QColor("white"))
        painter.drawText(self.number_rect(font), Qt.AlignCenter, self._text)
        if self._caption:
            font = self.caption_font()
            painter.setFont(font)
            painter.setPen(QColor("#aaaaaa"))
            rect = self.caption_rect(font)
            text = QFontMetrics(font).elidedText(self._caption, Qt.ElideRight, int(rect.width()))
            painter.drawText(rect, Qt.AlignCenter, text)
        painter.end()

    def _caption_tooltip(self) -> None:
        self.setToolTip("" if self.caption_fits() else self._caption)

    def _pen_width(self) -> int:
        return max(6, min(self.width(), self.height()) // 12)

    def _inner_radius(self) -> float:
        return self.ring_box().width() / 2 - self._pen_width() / 2

    def _caption_lift(self) -> float:
        """How far the number moves up to make room for a caption."""
        return self._inner_radius() * 0.12

    def _band(self, centre_y: float, height: float) -> QRectF:
        """A horizontal band of `height` centred at `centre_y`, as wide as the ring's inside
        allows at the band's edge farthest from the centre (less a small margin)."""
        radius = self._inner_radius()
        offset = abs(centre_y - self.ring_box().center().y()) + height / 2
        half = math.sqrt(max(0.0, radius * radius - offset * offset)) * 0.94
        x = self.ring_box().center().x()
        return QRectF(x - half, centre_y - height / 2, 2 * half, height)

    def _fonts(self) -> tuple[QFont, QFont]:
        """The number's and the caption's fitted fonts, worked out again only when the text
        or the size changed (the ring repaints ten times a second, its text once)."""
        key = (self._text, self._caption, self.width(), self.height(), self.font().key())
        if key != self._fonts_key:
            self._fonts_key = key
            self._fonts_cache = (
                self._fitted(self._text, 0.32, True, self.number_rect),
                self._fitted(self._caption, 0.08, False, self.caption_rect),
            )
        return self._fonts_cache

    def _fitted(self, text: str, share: float, bold: bool, rect) -> QFont:
        """The font for `text`: `share` of the ring's size, shrunk until it fits in `rect`."""
        font = QFont(self.font())
        font.setBold(bold)
        size = max(MIN_PIXELS, int(min(self.width(), self.height()) * share))
        font.setPixelSize(size)
        while size > MIN_PIXELS and QFontMetrics(font).horizontalAdvance(text) > rect(font).width():
            size = max(MIN_PIXELS, int(size * 0.92))
            font.setPixelSize(size)
        return font
