"""The pieces of the rehearsal window: header, the run page, and the range controls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pechakucha.qt.app.theme import STATE_COLOURS
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.widgets.countdown import CountdownRing
from pechakucha.qt.widgets.slide_view import SlideView


def _label(name: str = "", text: str = "") -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    return label


class RehearsalHeader(QWidget):
    """Deck name, the run's state, and the talk clock (elapsed / whole run)."""

    def __init__(self, deck_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label("big", self.tr("Rehearsal — {deck}").format(deck=deck_name))
        self.state = _label("state")
        self.clock = _label("clock")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title, 1)
        row.addWidget(self.state)
        row.addSpacing(16)
        row.addWidget(self.clock)
        self.show_state("ready")

    def show_state(self, state: str) -> None:
        """The state pill: ready, running, paused, finishing, done."""
        texts = {
            "ready": self.tr("READY"),
            "running": self.tr("RUNNING"),
            "paused": self.tr("PAUSED"),
            "finishing": self.tr("RUNNING"),
            "done": self.tr("DONE"),
        }
        self.state.setText(texts.get(state, state))
        colour = STATE_COLOURS.get({"finishing": "running"}.get(state, state), "#3a4250")
        self.state.setStyleSheet(f"background: {colour};")


class RunPage(QWidget):
    """The slide large, the countdown ring, the next slide, feedback on taps, and notes."""

    def __init__(self, cache: PixmapCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_view = SlideView(cache)
        self.next_view = SlideView(cache)
        self.next_view.setMaximumHeight(260)
        self.ring = CountdownRing()
        self.ring.setMinimumSize(170, 170)
        self.current_caption = _label("big")
        self.next_caption = _label("dim")
        self.feedback = _label("feedback")
        self.notes = QTextBrowser()
        self.notes.setOpenExternalLinks(False)
        self.notes.setFocusPolicy(Qt.NoFocus)
        self.notes_caption = _label("dim", self.tr("Notes"))
        self.notes_hint = _label("dim")
        self.notes_hint.setWordWrap(True)
        self._build()

    def show_slides(self, deck: str, index: int, following: int | None) -> None:
        """Slide `index` large and `following` (None: none) small."""
        self.current_view.set_slide(deck, index)
        self.next_view.set_slide(deck if following is not None else None, following or 0)
        # Only without a next slide: a placeholder must never be drawn over a slide.
        self.next_view.set_placeholder("" if following is not None else self.tr("End of the run"))

    def show_notes(self, markdown: str, hint: str) -> None:
        """The speaker's notes for this slide, or a hint where to write them."""
        self.notes.setMarkdown(markdown)
        self.notes.setVisible(bool(markdown))
        self.notes_hint.setText("" if markdown else hint)
        self.notes_hint.setVisible(not markdown)

    def show_feedback(self, text: str, colour: str) -> None:
        """How the last tap (or lap) went."""
        self.feedback.setText(text)
        self.feedback.setStyleSheet(f"color: {colour};")

    def _build(self) -> None:
        font = QFont(self.next_caption.font())
        font.setPixelSize(16)
        self.next_caption.setFont(font)
        side = QVBoxLayout()
        side.addWidget(self.ring, 3)
        side.addWidget(self.feedback, 0, Qt.AlignHCenter)
        side.addWidget(self.next_caption)
        side.addWidget(self.next_view, 2)
        side.addWidget(self.notes_caption)
        side.addWidget(self.notes, 3)
        side.addWidget(self.notes_hint)
        side.addStretch(0)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.current_caption, 0, 0)
        grid.addWidget(self.current_view, 1, 0)
        grid.addLayout(side, 0, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)


class RangeControls(QWidget):
    """Which slides to practise (from, to, loop one), start/pause/stop, and the keys."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first, self.last = QSpinBox(), QSpinBox()
        for box in (self.first, self.last):
            box.setRange(1, max(1, count))
        self.loop = QCheckBox(self.tr("Loop one slide"))
        self.start = QPushButton(self.tr("Start (Space)"))
        self.pause = QPushButton(self.tr("Pause (P)"))
        self.stop = QPushButton(self.tr("Stop (Esc)"))
        for widget in (self.start, self.pause, self.stop, self.loop):
            widget.setFocusPolicy(Qt.NoFocus)  # Space and Enter are taps, never button presses
        for box in (self.first, self.last):
            box.setFocusPolicy(Qt.ClickFocus)  # the window, not a spin box, has the keys first
        self.keys = _label("dim")
        self.keys.setText(
            self.tr(
                "Space / Enter / → / click: done with this slide · P pause · R restart · Esc stop"
            )
        )
        self.rule = _label("dim")  # how taps are counted: set by the window for its pace
        self.rule.setWordWrap(True)
        self.loop.toggled.connect(self._on_loop)
        self.first.valueChanged.connect(self._on_first)
        self._build()

    def values(self) -> tuple[int, int, bool]:
        """(first, last, loop) as chosen."""
        loop = self.loop.isChecked()
        first = self.first.value()
        return first, first if loop else max(first, self.last.value()), loop

    def set_values(self, first: int, last: int, loop: bool) -> None:
        """Show a range (e.g. from the command line)."""
        self.first.setValue(first)
        self.last.setValue(last)
        self.loop.setChecked(loop)

    def set_running(self, running: bool, paused: bool, done: bool = False) -> None:
        """Lock the range during a run; the buttons say what they will do."""
        for widget in (self.first, self.last, self.loop):
            widget.setEnabled(not running)
        self.last.setEnabled(not running and not self.loop.isChecked())
        self.pause.setEnabled(running)
        self.stop.setEnabled(running)
        self.pause.setText(self.tr("Resume (P)") if paused else self.tr("Pause (P)"))
        if running:
            self.start.setText(self.tr("Restart (R)"))
        else:
            self.start.setText(self.tr("Again (Space)") if done else self.tr("Start (Space)"))

    def _on_loop(self, checked: bool) -> None:
        self.last.setEnabled(not checked)
        if checked:
            self.last.setValue(self.first.value())

    def _on_first(self, value: int) -> None:
        if self.loop.isChecked() or self.last.value() < value:
            self.last.setValue(value)

    def _build(self) -> None:
        row = QHBoxLayout()
        row.addWidget(_label("", self.tr("Slides")))
        row.addWidget(self.first)
        row.addWidget(_label("", self.tr("to")))
        row.addWidget(self.last)
        row.addWidget(self.loop)
        row.addSpacing(12)
        row.addWidget(self.start)
        row.addWidget(self.pause)
        row.addWidget(self.stop)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.keys)
        column.addWidget(self.rule)
        self.set_running(False, False)
