"""Export a widget (the contact sheet) as a PNG image or a one-page PDF, atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QSizeF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtWidgets import QWidget

from pechakucha.core.atomic import write_atomic

BACKGROUND = QColor("#15181c")


def export_widget(widget: QWidget, height: int, path: str | Path) -> None:
    """Write the top `height` pixels of `widget` to `path`: PDF if it ends in .pdf, else PNG.

    The file appears complete or not at all (written beside it, then renamed). Raises OSError
    with a short reason when it cannot be written."""
    target = Path(path)
    pdf = target.suffix.lower() == ".pdf"
    writer = _write_pdf if pdf else _write_png
    write_atomic(target, lambda temp: writer(widget, height, temp), ".pdf" if pdf else ".png")


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


def _write_pdf(widget: QWidget, height: int, file_name: str) -> None:
    width = widget.width()
    writer = QPdfWriter(file_name)
    writer.setResolution(96)  # one widget pixel is one PDF pixel at 96 dpi
    writer.setPageSize(QPageSize(QSizeF(width * 0.75, height * 0.75), QPageSize.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(widget.windowTitle() or "contact sheet")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {file_name}")
    scale = min(writer.width() / width, writer.height() / height)
    painter.fillRect(0, 0, writer.width(), writer.height(), BACKGROUND)
    painter.scale(scale, scale)
    widget.render(painter, QPoint(), QRegion(0, 0, width, height))
    if not painter.end():
        raise OSError(f"cannot write {file_name}")
