"""A countdown ring readable from two metres: the arc empties as the slide's time runs out."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pechakucha.qt.app.theme import CALM, TRACK


class CountdownRing(QWidget):
    """Shows `text` inside a ring filled to `fraction` (1 = full time left, 0 = none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._text = ""
        self._caption = ""
        self._colour = CALM
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
        self.update()

    def copy_from(self, other: CountdownRing) -> None:
        """Show what `other` shows (the projector's corner ring mirrors the console's)."""
        if self.isVisible():
            self.set_value(other._fraction, other._text, other._colour, "")

    def text(self) -> str:
        """The number in the middle."""
        return self._text

    def paintEvent(self, event) -> None:
        side = min(self.width(), self.height())
        pen_width = max(6, side // 12)
        box = QRectF(
            (self.width() - side) / 2 + pen_width / 2,
            (self.height() - side) / 2 + pen_width / 2,
            side - pen_width,
            side - pen_width,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(TRACK, pen_width))
        painter.drawEllipse(box)
        painter.setPen(QPen(self._colour, pen_width, Qt.SolidLine, Qt.FlatCap))
        painter.drawArc(box, 90 * 16, round(self._fraction * 360 * 16))
        font = QFont(self.font())
        font.setPixelSize(max(10, int(side * 0.32)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self._colour if self._fraction < 0.25 else QColor("white"))
        number_box = box.adjusted(0, 0, 0, -side * 0.08) if self._caption else box
        painter.drawText(number_box, Qt.AlignCenter, self._text)
        if self._caption:
            font.setPixelSize(max(8, int(side * 0.08)))
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(QColor("#aaaaaa"))
            caption_box = box.adjusted(0, side * 0.62, 0, 0)
            painter.drawText(caption_box, Qt.AlignHCenter | Qt.AlignTop, self._caption)
        painter.end()
