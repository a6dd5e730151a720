"""The preview's big looks at one slide: large in the window, and full screen on a screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.widgets.slide_view import SlideView
from pechakucha.qt.widgets.thumbnail import SEVERITY_COLOURS, Mark


class LargeView(QWidget):
    """One slide as large as the window allows, with its deck, number and findings."""

    def __init__(self, cache: PixmapCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(objectName="caption")
        self.slide_view = SlideView(cache)
        self.findings = QLabel(wordWrap=True)
        self.findings.setTextFormat(Qt.RichText)
        self.setFocusPolicy(Qt.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.slide_view, 1)
        layout.addWidget(self.findings)

    def show_slide(self, deck: str, index: int, caption: str, marks: list[Mark]) -> None:
        """Show slide `index` of `deck` with a caption and what preflight found on it."""
        self.slide_view.set_slide(deck, index)
        self.caption.setText(caption)
        lines = []
        for mark in marks:
            colour = SEVERITY_COLOURS.get(mark.severity)
            text = mark.detail.replace("&", "&amp;").replace("<", "&lt;")
            lines.append(
                f'<span style="color: {colour.name() if colour else "#e6e6e6"}">● {text}</span>'
            )
        self.findings.setText("<br>".join(lines))
        self.findings.setVisible(bool(lines))


class FullScreenSlide(QWidget):
    """A frameless window that shows one slide exactly as the projector will; keys go back to
    the preview through `key_pressed` (Esc to return, arrows to move)."""

    key_pressed = Signal(QKeyEvent)

    def __init__(self, cache: PixmapCache, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.Window | Qt.FramelessWindowHint)
        self.setWindowTitle(self.tr("Pecha Kucha — full-screen preview"))
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setCursor(Qt.BlankCursor)
        self.slide_view = SlideView(cache, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slide_view)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)

    def mousePressEvent(self, event) -> None:
        self.close()
