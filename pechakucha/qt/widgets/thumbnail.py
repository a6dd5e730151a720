"""One numbered slide thumbnail of the contact sheet, with what preflight found on it.

The slide is never covered: its number and the badges of what was found sit in the caption
row under the picture (a title is what a speaker looks for in a thumbnail)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from pechakucha.core.preflight import ERROR, INFO, WARNING
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideKey

SEVERITY_COLOURS = {ERROR: QColor("#f04040"), WARNING: QColor("#f0a020"), INFO: QColor("#4aa3ff")}
SEVERITY_RANK = {ERROR: 0, WARNING: 1, INFO: 2}
CARD, CARD_SELECTED, SELECTION = QColor("#1c2026"), QColor("#2a3442"), QColor("#58a6ff")
PAD, CAPTION = 6, 24
BADGE_GAP = 4


@dataclass(frozen=True)
class Mark:
    """Something to flag on a slide: `badge` is a few words, `detail` the whole sentence."""

    severity: str
    badge: str
    detail: str


def worst(marks: list[Mark]) -> Mark | None:
    """The most severe mark, or None."""
    return min(marks, key=lambda m: SEVERITY_RANK.get(m.severity, 9), default=None)


class Thumbnail(QWidget):
    """Slide `index` (0-based) of `deck`, drawn `image_size` big, numbered underneath."""

    clicked = Signal(object)  # self

    def __init__(
        self, cache: PixmapCache, deck: str, index: int, image_size: tuple[int, int]
    ) -> None:
        super().__init__()
        self.cache, self.deck, self.index = cache, deck, index
        self.image_size = image_size
        self.marks: list[Mark] = []
        self.selected = False
        self.show_selection = True
        self.setFixedSize(image_size[0] + 2 * PAD, image_size[1] + PAD + CAPTION)
        self.setCursor(Qt.PointingHandCursor)

    def key(self) -> SlideKey:
        """The exact pixmap this thumbnail needs (device pixels)."""
        ratio = self.devicePixelRatioF()
        width, height = self.image_size
        return SlideKey(self.deck, self.index, round(width * ratio), round(height * ratio))

    def set_marks(self, marks: list[Mark]) -> None:
        """Flag the slide; the tooltip lists every detail."""
        self.marks = sorted(marks, key=lambda m: SEVERITY_RANK.get(m.severity, 9))
        self.setToolTip("\n".join(m.detail for m in self.marks))
        self.update()

    def set_selected(self, selected: bool) -> None:
        """Highlight as the keyboard's current slide."""
        if selected != self.selected:
            self.selected = selected
            self.update()

    def image_rect(self) -> QRect:
        """Where the slide is drawn."""
        return QRect(PAD, PAD, *self.image_size)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self.clicked.emit(self)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        highlighted = self.selected and self.show_selection
        painter.setPen(Qt.NoPen)
        painter.setBrush(CARD_SELECTED if highlighted else CARD)
        painter.drawRoundedRect(QRectF(self.rect()), 6, 6)
        self._paint_image(painter)
        self._paint_border(painter, highlighted)
        self._paint_badges(painter)
        self._paint_caption(painter)
        painter.end()

    def _paint_image(self, painter: QPainter) -> None:
        area = self.image_rect()
        pixmap = self.cache.get(self.key())
        if pixmap is not None:
            painter.drawPixmap(QRectF(area), pixmap, QRectF(pixmap.rect()))
            return
        painter.fillRect(area, QColor("#0d0f12"))
        painter.setPen(QColor("#59626c"))
        painter.drawText(area, Qt.AlignCenter, "…")

    def _paint_border(self, painter: QPainter, highlighted: bool) -> None:
        mark = worst(self.marks)
        area = QRectF(self.image_rect()).adjusted(-1.5, -1.5, 1.5, 1.5)
        painter.setBrush(Qt.NoBrush)
        if mark is not None:
            painter.setPen(QPen(SEVERITY_COLOURS.get(mark.severity, SELECTION), 3))
            painter.drawRect(area)
        if highlighted:
            painter.setPen(QPen(SELECTION, 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)

    def caption_rect(self) -> QRect:
        """The row under the picture: the slide number, then the badges."""
        return QRect(PAD, PAD + self.image_size[1] + 2, self.image_size[0], CAPTION - 2)

    def badge_rects(self) -> list[QRectF]:
        """Where each shown badge is drawn (all inside the caption row, right of the number)."""
        return [box for box, _text, _mark in self.badge_layout()]

    def badge_layout(self) -> list[tuple[QRectF, str, Mark]]:
        """Badges left to right after the number, as many as fit; the last one that fits
        says "+N" for the marks left out (the tooltip lists them all)."""
        metrics = QFontMetrics(self._badge_font())
        row = self.caption_rect()
        x = row.x() + self._number_width() + BADGE_GAP + 2
        height = metrics.height() + 2
        y = row.y() + (row.height() - height) / 2
        placed: list[tuple[QRectF, str, Mark]] = []
        for position, mark in enumerate(self.marks):
            left = len(self.marks) - position - 1
            room = row.right() - x - (metrics.horizontalAdvance(f"+{left}") + 12 if left else 0)
            text = metrics.elidedText(mark.badge, Qt.ElideRight, max(0, int(room) - 10))
            if room < 28 or text in ("", "…"):
                text = f"+{len(self.marks) - position}"
                placed.append(
                    (QRectF(x, y, metrics.horizontalAdvance(text) + 10, height), text, mark)
                )
                break
            box = QRectF(x, y, metrics.horizontalAdvance(text) + 10, height)
            placed.append((box, text, mark))
            x = box.right() + BADGE_GAP
        return placed

    def _badge_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(11)
        font.setBold(True)
        return font

    def _number_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(13)
        font.setBold(True)
        return font

    def _number_width(self) -> int:
        return QFontMetrics(self._number_font()).horizontalAdvance(str(self.index + 1)) + 4

    def _paint_badges(self, painter: QPainter) -> None:
        painter.setFont(self._badge_font())
        for box, text, mark in self.badge_layout():
            painter.setPen(Qt.NoPen)
            painter.setBrush(SEVERITY_COLOURS.get(mark.severity, SELECTION))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor("#101010"))
            painter.drawText(box, Qt.AlignCenter, text)

    def _paint_caption(self, painter: QPainter) -> None:
        painter.setFont(self._number_font())
        row = self.caption_rect()
        box = QRect(row.x(), row.y(), self._number_width(), row.height())
        mark = worst(self.marks)
        colour = SEVERITY_COLOURS.get(mark.severity) if mark else None
        painter.setPen(colour or QColor("#c9d1d9"))
        align = Qt.AlignLeft | Qt.AlignVCenter if self.marks else Qt.AlignCenter
        painter.drawText(box if self.marks else row, align, str(self.index + 1))
