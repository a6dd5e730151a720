"""The presenter console on the laptop: everything the operator and speaker need, at a glance.

A passive view: the controller calls its setters; it owns no state about time or slides.
No text is ever cut silently: one-line labels shrink, then elide with the whole text in a
tooltip (FitLabel); the running order elides its cells with the whole text in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pechakucha.qt.app.theme import STATE_COLOURS, apply_dark_style
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.show.audience import Card, paint_card
from pechakucha.qt.widgets.countdown import CountdownRing
from pechakucha.qt.widgets.fit_label import FitLabel
from pechakucha.qt.widgets.slide_view import SlideView

ROW_CURRENT, ROW_OTHER = QColor("#2d4a6a"), QColor("#1c2026")
TEXT, OVERRUN = QColor("#e6e6e6"), QColor("#f04040")


def big_label(pixels: int, bold: bool = True, elide: Qt.TextElideMode = Qt.ElideRight) -> FitLabel:
    """A one-line label with a large font (readable from two metres) that shrinks to at most
    two thirds of that size, then elides, to fit; its width never widens the window."""
    return FitLabel(pixels, bold, min_pixels=max(12, pixels * 2 // 3), elide=elide)


def _set_style(widget: QWidget, sheet: str) -> None:
    """Set a widget's own style sheet if it changed (setting one restyles the widget)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class CardView(QWidget):
    """A small copy of a projector card (what the audience sees, or will see next)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card: Card | None = None
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(64, 36)

    def card(self) -> Card | None:
        """The card shown."""
        return self._card

    def set_card(self, card: Card | None) -> None:
        """Show `card` (None: black)."""
        if card != self._card:
            self._card = card
            self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self._card is None:
            painter.fillRect(self.rect(), Qt.black)
        else:
            paint_card(painter, self.rect(), self._card, self.font())
        painter.end()


class SlidePane(QStackedWidget):
    """A slide (`view`) or, between slides, a card (`card_view`), in one place."""

    def __init__(self, cache: PixmapCache) -> None:
        super().__init__()
        self.view = SlideView(cache)
        self.card_view = CardView()
        self.addWidget(self.view)
        self.addWidget(self.card_view)

    def show_card(self, card: Card | None) -> None:
        """A card instead of the slide (None: back to the slide view)."""
        self.card_view.set_card(card)
        self.setCurrentWidget(self.view if card is None else self.card_view)


def fit_text(label: QLabel, text: str, pixels: int, width: int) -> None:
    """Show `text`, its font shrunk from `pixels` (to half at most) until it fits in `width`:
    a long segment name in Spanish or French still leaves the time whole and readable."""
    font = QFont(label.font())
    font.setPixelSize(pixels)
    while font.pixelSize() > pixels // 2 and QFontMetrics(font).horizontalAdvance(text) > width:
        font.setPixelSize(font.pixelSize() - 2)
    if font != label.font():
        label.setFont(font)
    label.setText(text)


class PresenterConsole(QWidget):
    """Current and next slide, per-slide countdown, talk and session clocks, running order."""

    painted_once = Signal()  # the first frame is on screen (for the launch benchmark)

    def __init__(self, cache: PixmapCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pecha Kucha — presenter console"))
        self.body = QWidget()  # the dark style goes on the content, not on the window
        apply_dark_style(self.body, "console")
        self._painted = False
        self._current_row = -1
        self.current_pane, self.next_pane = SlidePane(cache), SlidePane(cache)
        self.current_view, self.next_view = self.current_pane.view, self.next_pane.view
        self.ring = CountdownRing()
        self._build_labels()
        self.order = self._build_order_table()
        self.side_stack = QStackedWidget()
        self.side_stack.addWidget(self.order)
        self.main_stack = QStackedWidget()  # the show, or the end report over the whole console
        self._build_layout()
        self._key_flash = QTimer(self, singleShot=True, interval=2500)
        self._trouble = ""  # a lasting sign of slides not drawn yet (under the flashes)
        self._key_flash.timeout.connect(lambda: self.keypress_label.setText(self._trouble))
        cache.warning.connect(self.flash_keypress)  # a slide failed, the renderer restarted
        cache.trouble.connect(self.show_trouble)

    # -- setters the controller calls -----------------------------------------------------
    def set_header(self, title: str, state: str, state_text: str) -> None:
        """Session/talk title and the state badge (ready, running, paused, …)."""
        self.title_label.setText(title)
        self.state_label.setText(state_text)
        _set_style(self.state_label, f"background: {STATE_COLOURS.get(state, '#333333')};")

    def set_clocks(self, wall: str, talk_left: str, session: str, session_colour: str) -> None:
        """Wall clock, time left in the current segment, and the session's ahead/behind line."""
        self.wall_label.setText(wall)
        fit_text(self.talk_left_label, talk_left, 40, self.next_view.width())  # the column
        verdict, _, advice = session.partition("\n")  # the Q&A advice gets a line of its own
        self.session_label.setText(verdict)
        _set_style(self.session_label, f"color: {session_colour};")
        self.advice_label.setText(advice)
        self.advice_label.setVisible(bool(advice))
        _set_style(self.advice_label, f"color: {session_colour};")

    def set_slide_caption(self, current: str, following: str) -> None:
        """Captions above the current and next slide, e.g. "Slide 7 / 20"."""
        self.current_caption.setText(current)
        self.next_caption.setText(following)

    def set_cards(self, current: Card | None, following: Card | None) -> None:
        """Cards in the current and next panes instead of slides (None: the slide view)."""
        self.current_pane.show_card(current)
        self.next_pane.show_card(following)

    def set_keys_help(self, text: str) -> None:
        """The keys that work now."""
        self.keys_label.setText(text)

    def flash_keypress(self, text: str) -> None:
        """Show for a moment that a key was pressed (e.g. an ignored clicker press)."""
        self.keypress_label.setText(text)
        self._key_flash.start()

    def show_trouble(self, text: str) -> None:
        """Keep `text` (slides the renderer is trying again) in view until it is "" again."""
        self._trouble = text
        if not self._key_flash.isActive():
            self.keypress_label.setText(text)

    def set_running_order(self, rows: list[tuple[str, str, str, str, str]], current: int) -> None:
        """Rows of (segment, planned, actual, remaining, status); highlight row `current` and
        keep it in view."""
        if self.order.rowCount() != len(rows):
            self.order.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values[:4]):
                self._set_cell(row, column, text, row == current, values[4] == "overrun")
        if current != self._current_row:
            self._current_row = current
            self.scroll_to_current()

    def scroll_to_current(self) -> None:
        """Bring the current row (or, after the end, the last one) into the middle of view."""
        row = min(self._current_row, self.order.rowCount() - 1)
        item = self.order.item(row, 0) if row >= 0 else None
        if item is not None:
            self.order.scrollToItem(item, QAbstractItemView.PositionAtCenter)

    def show_side_panel(self, panel: QWidget | None) -> None:
        """Show `panel` (e.g. the slide grid) where the running order is; None: the order."""
        if panel is None:
            self.side_stack.setCurrentWidget(self.order)
            self.scroll_to_current()
            return
        if self.side_stack.indexOf(panel) < 0:
            self.side_stack.addWidget(panel)
        self.side_stack.setCurrentWidget(panel)

    def show_report(self, panel: QWidget) -> None:
        """The end report takes the whole console below the header (the show is over)."""
        if self.main_stack.indexOf(panel) < 0:
            self.main_stack.addWidget(panel)
        self.main_stack.setCurrentWidget(panel)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted_once.emit()

    # -- construction ---------------------------------------------------------------------
    def _set_cell(self, row: int, column: int, text: str, current: bool, overrun: bool) -> None:
        item = self.order.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(
                Qt.AlignVCenter | (Qt.AlignLeft if column == 0 else Qt.AlignRight)
            )
            self.order.setItem(row, column, item)
        if item.text() != text:
            item.setText(text)
            item.setToolTip(text)  # the cell elides a long label; the tooltip keeps it whole
        item.setBackground(ROW_CURRENT if current else ROW_OTHER)
        item.setForeground(OVERRUN if overrun and column == 3 else TEXT)

    def _build_labels(self) -> None:
        self.title_label = big_label(22)
        self.state_label = QLabel()
        self.state_label.setObjectName("state")
        self.state_label.setAlignment(Qt.AlignCenter)
        self.wall_label = QLabel()
        self.wall_label.setObjectName("wall")
        self.talk_left_label = big_label(40, elide=Qt.ElideMiddle)  # the time is at the end
        self.talk_left_label.setAlignment(Qt.AlignCenter)
        self.session_label = big_label(18)
        self.advice_label = big_label(18)  # "end this Q&A at 19:40 to finish on time"
        self.advice_label.hide()
        self.current_caption = big_label(20)
        self.next_caption = big_label(16, bold=False)
        self.next_caption.setObjectName("dim")
        self.keypress_label = big_label(18, elide=Qt.ElideMiddle)
        self.keypress_label.setObjectName("keypress")
        self.keys_label = QLabel()
        self.keys_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.keys_label.setObjectName("dim")
        self.keys_label.setWordWrap(True)

    def _build_order_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Segment"), self.tr("Planned"), self.tr("Actual"), self.tr("Left")]
        )
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        table.setWordWrap(False)  # one line per segment, elided with "…" (full text in tooltip)
        table.setTextElideMode(Qt.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.NoSelection)
        table.setFocusPolicy(Qt.NoFocus)
        return table

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addSpacing(16)
        header.addWidget(self.state_label)
        header.addSpacing(16)
        header.addWidget(self.wall_label)

        side = QVBoxLayout()
        side.addWidget(self.ring, 3)
        side.addWidget(self.talk_left_label)
        side.addWidget(self.next_caption)
        side.addWidget(self.next_pane, 2)
        side.addWidget(self.side_stack, 3)

        show = QWidget()
        grid = QGridLayout(show)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.current_caption, 0, 0)
        grid.addWidget(self.current_pane, 1, 0)
        grid.addLayout(side, 0, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        self.main_stack.addWidget(show)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body)
        root = QVBoxLayout(self.body)
        root.addLayout(header)
        root.addWidget(self.session_label)
        root.addWidget(self.advice_label)
        root.addWidget(self.main_stack, 1)
        root.addWidget(self.keypress_label)
        root.addWidget(self.keys_label)
