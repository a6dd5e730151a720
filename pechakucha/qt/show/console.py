"""The presenter console on the laptop: everything the operator and speaker need, at a glance.

A passive view: the controller calls its setters; it owns no state about time or slides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
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

from pechakucha.qt.app.theme import STATE_COLOURS, style_sheet
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.widgets.countdown import CountdownRing
from pechakucha.qt.widgets.slide_view import SlideView


def big_label(pixels: int, bold: bool = True) -> QLabel:
    """A label with a large font (readable from two metres).

    Its width never forces the window wider than the laptop screen: long text is clipped.
    """
    label = QLabel()
    label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
    label.setMinimumWidth(40)
    font = QFont(label.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    label.setFont(font)
    return label


class PresenterConsole(QWidget):
    """Current and next slide, per-slide countdown, talk and session clocks, running order."""

    painted_once = Signal()  # the first frame is on screen (for the launch benchmark)

    def __init__(self, cache: PixmapCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self.setWindowTitle(self.tr("Pecha Kucha — presenter console"))
        self.setStyleSheet(style_sheet("console"))
        self.setAttribute(Qt.WA_StyledBackground)
        self._painted = False
        self.current_view = SlideView(cache)
        self.next_view = SlideView(cache)
        self.ring = CountdownRing()
        self._build_labels()
        self.order = self._build_order_table()
        self.side_stack = QStackedWidget()
        self.side_stack.addWidget(self.order)
        self._build_layout()
        self._key_flash = QTimer(self, singleShot=True, interval=2500)
        self._key_flash.timeout.connect(lambda: self.keypress_label.setText(""))

    # -- setters the controller calls -----------------------------------------------------
    def set_header(self, title: str, state: str, state_text: str) -> None:
        """Session/talk title and the state badge (ready, running, paused, …)."""
        self.title_label.setText(title)
        self.state_label.setText(state_text)
        colour = STATE_COLOURS.get(state, "#333333")
        self.state_label.setStyleSheet(f"background: {colour};")

    def set_clocks(self, wall: str, talk_left: str, session: str, session_colour: str) -> None:
        """Wall clock, time left in the current segment, and the session's ahead/behind line."""
        self.wall_label.setText(wall)
        self.talk_left_label.setText(talk_left)
        self.session_label.setText(session)
        self.session_label.setStyleSheet(f"color: {session_colour};")

    def set_slide_caption(self, current: str, following: str) -> None:
        """Captions above the current and next slide, e.g. "Slide 7 / 20"."""
        self.current_caption.setText(current)
        self.next_caption.setText(following)

    def set_keys_help(self, text: str) -> None:
        """The keys that work now."""
        self.keys_label.setText(text)

    def flash_keypress(self, text: str) -> None:
        """Show for a moment that a key was pressed (e.g. an ignored clicker press)."""
        self.keypress_label.setText(text)
        self._key_flash.start()

    def set_running_order(self, rows: list[tuple[str, str, str, str, str]], current: int) -> None:
        """Rows of (segment, planned, actual, remaining, status); highlight row `current`."""
        if self.order.rowCount() != len(rows):
            self.order.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values[:4]):
                item = self.order.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.order.setItem(row, column, item)
                if item.text() != text:
                    item.setText(text)
                item.setBackground(QColor("#2d4a6a") if row == current else QColor("#1c2026"))
                overrun = values[4] == "overrun" and column == 3
                item.setForeground(QColor("#f04040") if overrun else QColor("#e6e6e6"))

    def show_side_panel(self, panel: QWidget | None) -> None:
        """Show `panel` (e.g. the slide grid) where the running order is; None: the order."""
        if panel is None:
            self.side_stack.setCurrentWidget(self.order)
            return
        if self.side_stack.indexOf(panel) < 0:
            self.side_stack.addWidget(panel)
        self.side_stack.setCurrentWidget(panel)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted_once.emit()

    # -- construction ---------------------------------------------------------------------
    def _build_labels(self) -> None:
        self.title_label = big_label(22)
        self.state_label = big_label(18)
        self.state_label.setObjectName("state")
        self.state_label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        self.wall_label = big_label(22, bold=False)
        self.wall_label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        self.talk_left_label = big_label(40)
        self.session_label = big_label(18)
        self.current_caption = big_label(20)
        self.next_caption = big_label(16, bold=False)
        self.next_caption.setObjectName("dim")
        self.keys_label = QLabel()
        self.keys_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.keys_label.setObjectName("dim")
        self.keys_label.setWordWrap(True)
        self.keypress_label = big_label(16)
        self.keypress_label.setObjectName("keypress")

    def _build_order_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Segment"), self.tr("Planned"), self.tr("Actual"), self.tr("Left")]
        )
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeToContents)
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
        side.addWidget(self.talk_left_label, 0, Qt.AlignHCenter)
        side.addWidget(self.next_caption)
        side.addWidget(self.next_view, 2)
        side.addWidget(self.side_stack, 3)

        grid = QGridLayout()
        grid.addWidget(self.current_caption, 0, 0)
        grid.addWidget(self.current_view, 1, 0)
        grid.addLayout(side, 0, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)

        footer = QHBoxLayout()
        footer.addWidget(self.keys_label, 1)
        footer.addWidget(self.keypress_label)

        root = QVBoxLayout(self)
        root.addLayout(header)
        root.addWidget(self.session_label)
        root.addLayout(grid, 1)
        root.addLayout(footer)
