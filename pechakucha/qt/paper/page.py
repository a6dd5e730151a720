"""Printable pages (A4 or Letter, portrait) drawn with QPainter into a QPdfWriter, as the
contact sheet is: vector text in the system's fonts (any script), black on white with thin grey
rules — light on ink. Written atomically, only over a regular file (core/atomic.py).

A `Sheet` is a painter that works in points (1/72 inch) with a cursor going down the page;
what does not fit on the page goes on the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from pechakucha.core.atomic import write_atomic

PAPERS = {"a4": QPageSize.A4, "letter": QPageSize.Letter}
MARGIN_MM = 15.0
INK, GREY, RULE, TINT = QColor("#000000"), QColor("#555555"), QColor("#b0b0b0"), QColor("#f0f0f0")


class Sheet:
    """A PDF being drawn page by page, in points, with a cursor `y` from the top margin."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer = writer
        self.painter = QPainter()
        if not self.painter.begin(writer):
            raise OSError("the PDF cannot be written there")
        area = writer.pageLayout().paintRect(QPageLayout.Point)
        self.width, self.height = area.width(), area.height()
        scale = writer.resolution() / 72.0
        self.painter.scale(scale, scale)
        self.y = 0.0
        self.pages = 1

    def font(self, size: float, bold: bool = False) -> QFont:
        """The sans-serif font at `size` points (pixels of the painter, which draws in points,
        so that measuring and drawing agree whatever the printer's resolution)."""
        font = QFont("Sans Serif")
        font.setStyleHint(QFont.SansSerif)
        font.setPixelSize(max(1, round(size)))
        font.setBold(bold)
        return font

    def text(
        self,
        text: str,
        size: float = 10.0,
        *,
        bold: bool = False,
        colour: QColor = INK,
        left: float = 0.0,
        width: float | None = None,
        advance: bool = True,
    ) -> float:
        """Write `text` wrapped in `width` points from `left`; return its height. The cursor
        moves below it unless `advance` is False (for columns written side by side)."""
        font = self.font(size, bold)
        width = (self.width - left) if width is None else width
        box = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10_000), Qt.TextWordWrap, text)
        self.ensure(box.height())
        self.painter.setFont(font)
        self.painter.setPen(colour)
        rect = QRectF(left, self.y, width, box.height())
        self.painter.drawText(rect, Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop, text)
        if advance:
            self.y += box.height()
        return box.height()

    def rule(self, gap: float = 4.0, colour: QColor = RULE) -> None:
        """A thin line across the page, `gap` points below the cursor."""
        self.y += gap
        self.painter.setPen(QPen(colour, 0.5))
        self.painter.drawLine(0, round(self.y), round(self.width), round(self.y))
        self.y += gap

    def tint(self, height: float) -> None:
        """A light grey band `height` points tall behind what comes next."""
        self.ensure(height)
        self.painter.fillRect(QRectF(0, self.y, self.width, height), TINT)

    def image(self, image: QImage, box: QRectF, frame: bool = True) -> None:
        """Draw `image` into `box` (points; the image keeps its own pixels in the PDF)."""
        self.painter.drawImage(box, image)
        if frame:
            self.painter.setPen(QPen(RULE, 0.5))
            self.painter.drawRect(box)

    def space(self, points: float) -> None:
        """Move the cursor down."""
        self.y += points

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` points still fit on this one."""
        if self.y > 0 and self.y + height > self.height:
            self.new_page()

    def new_page(self) -> None:
        """Go on at the top of a new page."""
        if not self.writer.newPage():
            raise OSError("the PDF cannot be written there")
        self.y = 0.0
        self.pages += 1

    def finish(self) -> None:
        """Close the PDF (OSError if it could not be written)."""
        if not self.painter.end():
            raise OSError("the PDF cannot be written there")


def write_pdf(path: str | Path, draw: Callable[[Sheet], None], paper: str, title: str) -> int:
    """Draw a PDF on `paper` ("a4" or "letter", portrait) with `draw(sheet)` and put it at
    `path` atomically; return its page count. OSError (one sentence) if it cannot be written."""
    pages = []

    def write(temp: str) -> None:
        writer = QPdfWriter(temp)
        writer.setResolution(300)
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        size = QPageSize(PAPERS.get(paper, QPageSize.A4))
        writer.setPageLayout(
            QPageLayout(size, QPageLayout.Portrait, margins, QPageLayout.Millimeter)
        )
        writer.setTitle(title)
        writer.setCreator("pechakucha")
        sheet = Sheet(writer)
        try:
            draw(sheet)
        finally:
            sheet.finish()  # a painter left open on a writer crashes Qt when it goes
        pages.append(sheet.pages)

    write_atomic(path, write, ".pdf")
    return pages[0]


def paper_app(argv0: str = "pechakucha"):
    """The QGuiApplication printing needs (fonts), started offscreen on a Linux machine with no
    display (a command run over ssh or in CI); the running one if there is one."""
    import os
    import sys

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    running = QCoreApplication.instance()
    if running is not None:
        return running
    argv = [argv0]
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    return QGuiApplication(argv)
