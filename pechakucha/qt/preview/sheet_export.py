"""Export a widget (the contact sheet) as a PNG image, or as a PDF that prints: landscape A4 or
Letter pages, cut between rows of thumbnails, each page headed by the session, its decks and
"page k of n". Written atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPoint, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRegion,
)
from PySide6.QtWidgets import QWidget

from pechakucha.core.atomic import write_atomic

BACKGROUND = QColor("#15181c")  # the PNG: what the window shows
PAPER, HEADER_TEXT = QColor("#ffffff"), QColor("#000000")  # the PDF: light on ink
PRINT_STYLE = "QWidget { background: white; color: black; } QLabel#caption { color: #333333; }"
PAPERS = {"a4": QPageSize.A4, "letter": QPageSize.Letter}
MARGIN_MM = 10.0
RESOLUTION = 150  # dots per inch of the PDF's painter (text stays vector)


@dataclass(frozen=True)
class SheetLayout:
    """Where the widget may be cut between pages (`breaks`: y of each row's top) and where each
    deck starts (`decks`: (y, name) in order), for the page headers; `title` heads every page."""

    title: str = ""
    breaks: tuple[int, ...] = ()
    decks: tuple[tuple[int, str], ...] = ()

    def decks_between(self, top: int, bottom: int) -> list[str]:
        """Names of the decks shown between `top` and `bottom`."""
        names = []
        ends = [y for y, _ in self.decks[1:]] + [10**9]
        for (start, name), end in zip(self.decks, ends, strict=True):
            if start < bottom and end > top:
                names.append(name)
        return names


def export_widget(
    widget: QWidget,
    height: int,
    path: str | Path,
    layout: SheetLayout | None = None,
    paper: str = "a4",
) -> None:
    """Write the top `height` pixels of `widget` to `path`: paged PDF (`paper` "a4" or
    "letter", landscape) if it ends in .pdf, else one PNG image.

    The file appears complete or not at all (written beside it, then renamed). Raises OSError
    with a short reason when it cannot be written."""
    target = Path(path)
    if target.suffix.lower() == ".pdf":
        pages = layout or SheetLayout()
        before = widget.styleSheet()
        widget.setStyleSheet(before + PRINT_STYLE)  # printed black on white, not the dark look
        try:
            write_atomic(
                target, lambda temp: _write_pdf(widget, height, temp, pages, paper), ".pdf"
            )
        finally:
            widget.setStyleSheet(before)
    else:
        write_atomic(target, lambda temp: _write_png(widget, height, temp), ".png")


def paginate(height: int, breaks: tuple[int, ...], page_height: int) -> list[tuple[int, int]]:
    """(top, bottom) bands of at most `page_height` covering 0..`height`, each cut at the last
    allowed break that fits (a row is never split unless it is taller than a page)."""
    cuts = sorted({b for b in breaks if 0 < b < height} | {height})
    bands, top = [], 0
    while top < height:
        fitting = [cut for cut in cuts if top < cut <= top + page_height]
        bottom = fitting[-1] if fitting else min(top + page_height, height)
        bands.append((top, bottom))
        top = bottom
    return bands


def render_image(widget: QWidget, height: int) -> QImage:
    """The top `height` pixels of `widget` as an image at the screen's pixel density."""
    ratio = widget.devicePixelRatioF()
    width = widget.width()
    image = QImage(round(width * ratio), round(height * ratio), QImage.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    widget.render(painter, QPoint(), QRegion(0, 0, width, height))
    painter.end()
    return image


def _write_png(widget: QWidget, height: int, file_name: str) -> None:
    if not render_image(widget, height).save(file_name, "PNG"):
        raise OSError(f"cannot write {file_name}")


def _pdf_writer(file_name: str, title: str, paper: str) -> QPdfWriter:
    writer = QPdfWriter(file_name)
    writer.setResolution(RESOLUTION)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    page = QPageLayout(
        QPageSize(PAPERS.get(paper, QPageSize.A4)),
        QPageLayout.Landscape,
        margins,
        QPageLayout.Millimeter,
    )
    writer.setPageLayout(page)
    writer.setTitle(title or "contact sheet")
    return writer


def _write_pdf(
    widget: QWidget, height: int, file_name: str, layout: SheetLayout, paper: str
) -> None:
    writer = _pdf_writer(file_name, layout.title, paper)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {file_name}")
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    paper_rect = writer.pageLayout().fullRectPixels(writer.resolution())
    header_font = QFont(widget.font())
    header_font.setPixelSize(max(8, round(writer.resolution() * 0.14)))  # about 10 pt
    header = round(header_font.pixelSize() * 2.2)
    scale = area.width() / max(1, widget.width())
    bands = paginate(height, layout.breaks, int((area.height() - header) / scale))
    for number, (top, bottom) in enumerate(bands, 1):
        if number > 1 and not writer.newPage():
            raise OSError(f"cannot write {file_name}")
        painter.fillRect(paper_rect.translated(-area.topLeft()), PAPER)  # margins too
        heading = QRect(0, 0, area.width(), header)
        _paint_header(painter, heading, header_font, layout, (top, bottom), (number, len(bands)))
        painter.save()
        painter.translate(0, header)
        painter.scale(scale, scale)
        widget.render(painter, QPoint(0, 0), QRegion(0, top, widget.width(), bottom - top))
        painter.restore()
    if not painter.end():
        raise OSError(f"cannot write {file_name}")


def _paint_header(
    painter: QPainter,
    box: QRect,
    font: QFont,
    layout: SheetLayout,
    band: tuple[int, int],
    page: tuple[int, int],
) -> None:
    """ "Session Two — Barcelona, FAMSI" on the left, "page 2 of 5" on the right."""
    painter.setFont(font)
    painter.setPen(HEADER_TEXT)
    decks = ", ".join(name for name in layout.decks_between(*band) if name != layout.title)
    left = " — ".join(part for part in (layout.title, decks) if part)
    right = QCoreApplication.translate("preview", "page {page} of {pages}").format(
        page=page[0], pages=page[1]
    )
    painter.drawText(box, Qt.AlignRight | Qt.AlignVCenter, right)
    room = box.width() - painter.fontMetrics().horizontalAdvance(right) - font.pixelSize() * 2
    text = painter.fontMetrics().elidedText(left, Qt.ElideRight, room)
    painter.drawText(box, Qt.AlignLeft | Qt.AlignVCenter, text)
