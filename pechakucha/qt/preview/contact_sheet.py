"""The contact sheet: every slide of one or more decks as numbered thumbnails, grouped per deck,
with the deck's status and the preflight findings on the slides they concern."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from pechakucha.core.formats import TalkFormat
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.preflight import ERROR, FAILED, READY, DeckReport
from pechakucha.qt.app.i18n import finding_text, plural
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import DeckInfo, SlideKey
from pechakucha.qt.widgets.thumbnail import SEVERITY_COLOURS, Mark, Thumbnail

THUMB_WIDTH = 192
SPACING = 10
STATUS_COLOURS = {READY: "#1f7a3a", "problems": "#a06000", FAILED: "#a02828", None: "#3a4250"}
BADGES = {
    "mixed-aspect": QT_TRANSLATE_NOOP("preview", "{aspect}"),
    "blank-slide": QT_TRANSLATE_NOOP("preview", "blank"),
    "duplicate-slide": QT_TRANSLATE_NOOP("preview", "duplicate"),
    "low-resolution": QT_TRANSLATE_NOOP("preview", "low resolution"),
    "render-failed": QT_TRANSLATE_NOOP("preview", "cannot be drawn"),
    "stretched-image": QT_TRANSLATE_NOOP("preview", "blurry picture"),
    "transparency": QT_TRANSLATE_NOOP("preview", "transparent"),
    "transparency-hides": QT_TRANSLATE_NOOP("preview", "vanishes on white"),
    "page-number-only": QT_TRANSLATE_NOOP("preview", "page number only"),
    "closing-slide": QT_TRANSLATE_NOOP("preview", "closing page"),
    "damaged-slide": QT_TRANSLATE_NOOP("preview", "damaged"),
}
TEXT = {
    "beyond": QT_TRANSLATE_NOOP("preview", "beyond {expected}"),
    "portrait": QT_TRANSLATE_NOOP("preview", "portrait {aspect}"),
    "beyond-detail": QT_TRANSLATE_NOOP(
        "preview", "slide {number} is beyond the {expected} slides of a {format} talk"
    ),
    "cannot-load": QT_TRANSLATE_NOOP("preview", "cannot be loaded"),
    "checking": QT_TRANSLATE_NOOP("preview", "checking…"),
    "ready": QT_TRANSLATE_NOOP("preview", "ready"),
    "not-ready": QT_TRANSLATE_NOOP("preview", "NOT ready"),
    "count": QT_TRANSLATE_NOOP("preview", "%n slides · {format}: {slides} × {seconds} s"),
}


def _tr(text: str, **params: object) -> str:
    """Translate a template marked in the "preview" context and fill in its fields."""
    return QCoreApplication.translate("preview", text).format(**params)


@dataclass
class DeckEntry:
    """One deck of the preview and what is known about it so far."""

    label: str
    path: str
    format: TalkFormat
    info: DeckInfo | None = None
    error: str | None = None
    report: DeckReport | None = None

    @property
    def name(self) -> str:
        """The file or folder name."""
        return Path(self.path).name

    @property
    def status(self) -> str | None:
        """ready / problems / error, or None while still being checked."""
        if self.error is not None:
            return FAILED
        return self.report.status if self.report is not None else None


def slide_marks(entry: DeckEntry) -> dict[int, list[Mark]]:
    """Marks per slide (0-based) from preflight, plus the slides beyond the format's count."""
    marks: dict[int, list[Mark]] = {}
    for finding in entry.report.findings if entry.report else ():
        if finding.slide is None or finding.code not in BADGES:
            continue
        badge = _tr(BADGES[finding.code], **finding.params)
        portrait = _is_portrait(entry, finding.slide - 1) and "portrait" not in badge
        if finding.code == "mixed-aspect" and portrait:
            badge = _tr(TEXT["portrait"], aspect=badge)
        marks.setdefault(finding.slide - 1, []).append(
            Mark(finding.severity, badge, finding_text(finding))
        )
    count, expected = (len(entry.info) if entry.info else 0), entry.format.slides
    for index in range(expected, count):
        detail = _tr(
            TEXT["beyond-detail"],
            number=index + 1,
            expected=expected,
            format=entry.format.name,
        )
        mark = Mark(ERROR, _tr(TEXT["beyond"], expected=expected), detail)
        marks.setdefault(index, []).insert(0, mark)
    return marks


def _is_portrait(entry: DeckEntry, index: int) -> bool:
    sizes = entry.info.sizes if entry.info else ()
    return 0 <= index < len(sizes) and 0 < sizes[index].aspect < 1


def status_text(entry: DeckEntry) -> str:
    """The deck's status in a few words."""
    if entry.error is not None:
        return _tr(TEXT["cannot-load"])
    if entry.report is None:
        return _tr(TEXT["checking"])
    if entry.status == READY:
        return _tr(TEXT["ready"])
    return _tr(TEXT["not-ready"])


class DeckHeader(QWidget):
    """Deck name and label, status pill, slide count, and the findings about the whole deck."""

    def __init__(self, entry: DeckEntry) -> None:
        super().__init__()
        self.entry = entry
        self.title = QLabel(objectName="deckTitle")
        self.status = QLabel(objectName="status")
        self.details = QLabel(objectName="dim", wordWrap=True)
        self.details.setTextFormat(Qt.RichText)
        row = QGridLayout(self)
        row.setContentsMargins(4, 14, 4, 4)
        row.addWidget(self.title, 0, 0)
        row.addWidget(self.status, 0, 1, Qt.AlignRight)
        row.addWidget(self.details, 1, 0, 1, 2)
        row.setColumnStretch(0, 1)
        self.refresh()

    def refresh(self) -> None:
        """Show what is known about the deck now."""
        entry = self.entry
        label = f"{entry.label} — {entry.name}" if entry.label else entry.name
        self.title.setText(label)
        self.status.setText(status_text(entry))
        self.status.setStyleSheet(f"background: {STATUS_COLOURS[entry.status]};")
        self.details.setText("<br>".join(self._detail_lines()))

    def _detail_lines(self) -> list[str]:
        entry = self.entry
        if entry.error is not None:
            return [_coloured(ERROR, entry.error)]
        lines = []
        if entry.info is not None:
            lines.append(
                plural(
                    "preview",
                    TEXT["count"],
                    len(entry.info),
                    format=entry.format.name,
                    slides=entry.format.slides,
                    seconds=entry.format.seconds_per_slide,
                )
            )
        for finding in entry.report.findings if entry.report else ():
            if finding.slide is None and finding.code != "load-failed":
                lines.append(_coloured(finding.severity, finding_text(finding)))
        return lines


def _coloured(severity: str, text: str) -> str:
    colour = SEVERITY_COLOURS.get(severity)
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<span style="color: {colour.name()}">{escaped}</span>' if colour else escaped


class ContactSheet(QScrollArea):
    """Scrolling grid of thumbnails, one group per deck; arrows move, Enter or a click opens."""

    current_changed = Signal(int, int)  # entry, slide index
    activated = Signal(int, int)  # entry, slide index

    def __init__(self, cache: PixmapCache, entries: list[DeckEntry], title: str = "") -> None:
        super().__init__()
        self.cache, self.entries = cache, entries
        self.content = QWidget(objectName="sheet")
        self.content.setAttribute(Qt.WA_StyledBackground)
        self._column = QVBoxLayout(self.content)
        self._column.setSpacing(4)
        self.title = QLabel(title, objectName="sheetTitle")
        self.title.setVisible(bool(title))
        self._column.addWidget(self.title)
        self.headers = [DeckHeader(entry) for entry in entries]
        self.grids: list[QGridLayout] = []
        self.thumbs: list[list[Thumbnail]] = [[] for _ in entries]
        self._by_key: dict[SlideKey, Thumbnail] = {}
        self._columns = 0
        self.current: tuple[int, int] | None = None
        for header in self.headers:
            grid_holder = QWidget()
            grid = QGridLayout(grid_holder)
            grid.setSpacing(SPACING)
            grid.setAlignment(Qt.AlignLeft | Qt.AlignTop)
            self.grids.append(grid)
            self._column.addWidget(header)
            self._column.addWidget(grid_holder)
        self._column.addStretch(1)
        self.setWidget(self.content)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.StrongFocus)
        cache.ready.connect(self._on_ready)
        cache.failed.connect(self._on_failed)

    # -- filling in ---------------------------------------------------------------------------
    def add_slides(self, entry_index: int) -> list[SlideKey]:
        """Create the thumbnails of an opened deck; returns their keys (to prefetch)."""
        entry = self.entries[entry_index]
        size = thumb_size(entry.info)
        row = [Thumbnail(self.cache, entry.path, i, size) for i in range(len(entry.info))]
        for thumb in row:
            thumb.clicked.connect(self._on_clicked)
            self._by_key[thumb.key()] = thumb
        self.thumbs[entry_index] = row
        self._flow(entry_index, self.columns())
        self.refresh(entry_index)
        if self.current is None and row:
            self.set_current(entry_index, 0)
        return [thumb.key() for thumb in row]

    def refresh(self, entry_index: int) -> None:
        """Redraw the header and the marks of one deck (after it was opened or checked)."""
        self.headers[entry_index].refresh()
        marks = slide_marks(self.entries[entry_index])
        for thumb in self.thumbs[entry_index]:
            failure = self.cache.error(thumb.key())
            extra = [Mark(ERROR, _tr(BADGES["render-failed"]), failure)] if failure else []
            found = marks.get(thumb.index, [])
            if failure and any(m.badge == extra[0].badge for m in found):
                extra = []
            thumb.set_marks(found + extra)

    def all_keys(self) -> list[SlideKey]:
        """Every thumbnail's key, in order."""
        return [thumb.key() for row in self.thumbs for thumb in row]

    def content_height(self) -> int:
        """Height of the sheet's content without the empty space below the last deck."""
        # Headers grown by a report that just came in are laid out now, not on the next
        # event-loop turn (an export grabs the sheet at once).
        for header in self.headers:
            header.layout().activate()
        needed = self.content.sizeHint().height()
        if self.content.height() < needed:
            self.content.resize(self.content.width(), needed)
        self._column.activate()
        last = self.grids[-1].parentWidget() if self.grids else self.title
        return min(self.content.height(), last.geometry().bottom() + 16)

    def thumbnail_count(self) -> int:
        """How many thumbnails the sheet holds."""
        return sum(len(row) for row in self.thumbs)

    # -- selection ----------------------------------------------------------------------------
    def set_current(self, entry_index: int, slide: int) -> None:
        """Make slide `slide` of deck `entry_index` the current one and scroll to it."""
        if self.current is not None:
            old_entry, old_slide = self.current
            self.thumbs[old_entry][old_slide].set_selected(False)
        self.current = (entry_index, slide)
        thumb = self.thumbs[entry_index][slide]
        thumb.set_selected(True)
        self.ensureWidgetVisible(thumb, 8, 8)
        self.current_changed.emit(entry_index, slide)

    def step(self, delta: int) -> tuple[int, int] | None:
        """The slide `delta` places from the current one across decks (None past either end)."""
        order = [(e, t.index) for e, row in enumerate(self.thumbs) for t in row]
        if not order or self.current not in order:
            return None
        position = order.index(self.current) + delta
        return order[position] if 0 <= position < len(order) else None

    def move(self, delta: int) -> None:
        """Move the current slide by `delta` (clamped to the ends)."""
        target = self.step(delta)
        if target is None and self.current is not None:
            order = [(e, t.index) for e, row in enumerate(self.thumbs) for t in row]
            target = order[-1] if delta > 0 else order[0]
        if target is not None:
            self.set_current(*target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        columns = max(1, self.columns())
        moves = {Qt.Key_Right: 1, Qt.Key_Left: -1, Qt.Key_Down: columns, Qt.Key_Up: -columns}
        if event.key() in moves:
            self.move(moves[event.key()])
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.current is not None:
            self.activated.emit(*self.current)
        elif event.key() in (Qt.Key_Home, Qt.Key_End) and self.current is not None:
            self.move(-(10**6) if event.key() == Qt.Key_Home else 10**6)
        else:
            super().keyPressEvent(event)

    def set_selection_visible(self, visible: bool) -> None:
        """Hide the highlight (for an export), or show it again."""
        for row in self.thumbs:
            for thumb in row:
                thumb.show_selection = visible
                thumb.update()

    # -- layout -------------------------------------------------------------------------------
    def columns(self) -> int:
        """Thumbnails per row that fit the visible width."""
        width = self.viewport().width() - 24
        widest = max((t.width() for row in self.thumbs for t in row[:1]), default=THUMB_WIDTH)
        return max(1, (width + SPACING) // (widest + SPACING))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        columns = self.columns()
        if columns != self._columns:
            for entry_index in range(len(self.entries)):
                self._flow(entry_index, columns)

    def _flow(self, entry_index: int, columns: int) -> None:
        self._columns = columns
        grid = self.grids[entry_index]
        for position, thumb in enumerate(self.thumbs[entry_index]):
            grid.addWidget(thumb, position // columns, position % columns)

    def _on_clicked(self, thumb: Thumbnail) -> None:
        entry_index = next(e for e, row in enumerate(self.thumbs) if thumb in row)
        self.setFocus()
        self.set_current(entry_index, thumb.index)
        self.activated.emit(entry_index, thumb.index)

    def _on_ready(self, key: SlideKey) -> None:
        thumb = self._by_key.get(key)
        if thumb is not None:
            thumb.update()

    def _on_failed(self, key: SlideKey, message: str) -> None:
        if key in self._by_key:
            entry_index = next(i for i, e in enumerate(self.entries) if e.path == key.deck)
            self.refresh(entry_index)


def thumb_size(info: DeckInfo | None) -> tuple[int, int]:
    """Thumbnail image size: a fixed width, the height of the deck's first slide's aspect."""
    aspect = 16 / 9
    if info is not None and len(info) and info.sizes[0].aspect > 0:
        aspect = min(max(info.sizes[0].aspect, 0.5), 3.0)
    return THUMB_WIDTH, round(THUMB_WIDTH / aspect)
