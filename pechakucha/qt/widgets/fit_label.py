"""A one-line label that never cuts its text silently: it shrinks, then elides with a tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SHRINK_STEP = 0.92  # each try is this much smaller than the last


class FitLabel(QLabel):
    """Shows `full_text()` at `pixels` high if it fits, else at the largest size down to
    `min_pixels` that fits, else elided ("…", where `elide` says) with the whole text in
    its tooltip. Its width never forces the window wider than the screen; its height is that
    of the largest size, so the layout does not jump as the text changes."""

    def __init__(
        self,
        pixels: int,
        bold: bool = True,
        min_pixels: int | None = None,
        elide: Qt.TextElideMode = Qt.ElideRight,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._pixels = pixels
        self._min_pixels = min(pixels, min_pixels or pixels)
        self._elide = elide
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.setMinimumWidth(40)
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        super().setFont(font)
        self.setFixedHeight(QFontMetrics(font).height() + 4)

    def setText(self, text: str) -> None:
        """Show `text` (the full text; what fits is shown)."""
        if text != self._full:
            self._full = text
            self._fit()

    def full_text(self) -> str:
        """The text asked for, whatever part of it is shown."""
        return self._full

    def is_elided(self) -> bool:
        """True when the label shows less than its full text."""
        return self.text() != self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Pick the font size, then elide if even the smallest size is too wide."""
        width = max(1, self.contentsRect().width() - 2 * self.margin())
        font = QFont(self.font())
        size = self._pixels
        font.setPixelSize(size)
        while size > self._min_pixels and QFontMetrics(font).horizontalAdvance(self._full) > width:
            size = max(self._min_pixels, int(size * SHRINK_STEP))
            font.setPixelSize(size)
        if font.pixelSize() != self.font().pixelSize():
            super().setFont(font)
        shown = QFontMetrics(font).elidedText(self._full, self._elide, width)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
