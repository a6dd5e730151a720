"""The session editor's running order: one row per segment, reordered by dragging.

A view, not an owner: the editor keeps the segments and calls `show_rows`; a drag inside the
list asks the editor to move a segment (`move_requested`), and a PDF or folder dropped from the
file manager asks it to use that deck (`deck_dropped`, with the row under the drop or -1).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from pechakucha.qt.editor.segment_form import STATE_COLOURS, local_paths

COLUMNS = 4  # number, segment, planned, deck


class Row(NamedTuple):
    """What one row shows."""

    segment: str
    planned: str
    deck: str = ""
    deck_state: str = ""
    deck_detail: str = ""


class SegmentList(QTreeWidget):
    """The running order as a flat, drag-sortable list that also takes decks dropped on it."""

    move_requested = Signal(int, int)  # from row, to row (final position)
    deck_dropped = Signal(int, Path)  # row under the drop (-1: none), the dropped path

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setColumnCount(COLUMNS)
        self.setHeaderLabels(["#", self.tr("Segment"), self.tr("Planned"), self.tr("Deck")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setDropIndicatorShown(True)
        self.setAcceptDrops(True)
        header = self.header()
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setStretchLastSection(False)

    def show_rows(self, rows: list[Row]) -> None:
        """Make the list show `rows`, updating items in place (a drag may be under way)."""
        while self.topLevelItemCount() > len(rows):
            self.takeTopLevelItem(self.topLevelItemCount() - 1)
        while self.topLevelItemCount() < len(rows):
            item = QTreeWidgetItem()
            item.setFlags(Qt.ItemIsSelectable | Qt.ItemIsEnabled | Qt.ItemIsDragEnabled)
            self.addTopLevelItem(item)
        for number, row in enumerate(rows):
            self._fill(self.topLevelItem(number), number, row)

    def current_row(self) -> int:
        """The selected row, or -1."""
        item = self.currentItem()
        return -1 if item is None else self.indexOfTopLevelItem(item)

    def select_row(self, row: int) -> None:
        """Select `row` (nothing if out of range)."""
        item = self.topLevelItem(row) if 0 <= row < self.topLevelItemCount() else None
        self.setCurrentItem(item)

    def _fill(self, item: QTreeWidgetItem, number: int, row: Row) -> None:
        texts = (str(number + 1), row.segment, row.planned, row.deck)
        for column, text in enumerate(texts):
            if item.text(column) != text:
                item.setText(column, text)
        item.setTextAlignment(2, Qt.AlignRight | Qt.AlignVCenter)
        colour = STATE_COLOURS.get(row.deck_state)
        item.setForeground(3, QBrush(QColor(colour)) if colour else QBrush())
        item.setToolTip(3, row.deck_detail)

    # -- drag and drop --------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event):
            event.setDropAction(Qt.CopyAction)
            event.accept()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event):
            event.setDropAction(Qt.CopyAction)
            event.accept()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        position = event.position().toPoint()
        paths = local_paths(event)
        if paths:
            event.setDropAction(Qt.CopyAction)
            event.accept()
            row = self.indexAt(position).row()
            for path in paths:
                self.deck_dropped.emit(row, path)
            return
        source = self.current_row()
        if source < 0 or not event.mimeData().hasFormat(_ITEM_MIME):
            event.ignore()
            return
        # The editor moves the segment and refreshes the rows; the view must not move or
        # delete items itself, so the drop is reported as a copy (a "move" makes Qt delete
        # the dragged row after the drop).
        event.setDropAction(Qt.CopyAction)
        event.accept()
        target = self.drop_row(position)
        if target > source:
            target -= 1
        if target != source:
            self.move_requested.emit(source, target)

    def drop_row(self, position: QPoint) -> int:
        """The row a dragged segment lands before, for a drop at `position` in the viewport."""
        index = self.indexAt(position)
        if not index.isValid():
            return self.topLevelItemCount()
        rect = self.visualRect(index)
        return index.row() + (1 if position.y() >= rect.center().y() else 0)


_ITEM_MIME = "application/x-qabstractitemmodeldatalist"
