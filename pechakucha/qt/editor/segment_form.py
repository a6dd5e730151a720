"""The session editor's per-segment form: the fields of a talk, a Q&A, the commentary or a card.

The form edits a `Segment` in place (keeping its `origin`, so the saver keeps its comments) and
emits `changed` after every accepted edit. Durations are typed as people write them ("5:00");
a text that is not a duration is marked red and leaves the segment's last good value alone.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pechakucha.core.durations import format_duration, parse_duration
from pechakucha.core.formats import FORMATS, TalkFormat
from pechakucha.core.session.model import Segment
from pechakucha.qt.app.folders import deck_file_filters
from pechakucha.qt.app.theme import dialog_parent

STATE_COLOURS = {
    "ready": "#3cb464",
    "problems": "#f0a020",
    "error": "#f04040",
    "none": "#f04040",
    "checking": "#9aa4ae",
}


def local_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local files and folders carried by a drag, in order."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def format_label(fmt: TalkFormat) -> str:
    """ "pechakucha — 20 × 20 s" """
    seconds = QLocale().toString(float(fmt.seconds_per_slide), "g", 6)  # "7,5" in Spanish
    return f"{fmt.name} — {fmt.slides} × {seconds} s"


NONE_ALLOWED = ("duration", "changeover")  # fields an empty text sets to None
ROWS = {
    "talk": {"speaker", "organisation", "title", "deck", "picks", "status", "format", "gap"},
    "qa": {"speaker", "title", "timing", "minimum", "countdown", "thresholds", "gap"},
    "commentary": {"speaker", "organisation", "title", "timing", "countdown", "thresholds", "gap"},
    "card": {"title", "text", "timing", "countdown", "thresholds", "gap"},
}


def _row_of_widgets(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side, pushed to the left."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class DurationEdit(QLineEdit):
    """A duration typed as "m:ss", "h:mm:ss" or seconds; `edited` fires on each valid change."""

    edited = Signal()

    def __init__(self, optional: bool = False, positive: bool = True) -> None:
        super().__init__()
        self._optional, self._positive = optional, positive
        self._seconds: float | None = None
        self.setPlaceholderText(self.tr("none") if optional else "m:ss")
        self.setMaximumWidth(110)
        self.textEdited.connect(self._on_text)

    def seconds(self) -> float | None:
        """The last valid value (None: empty, for an optional field)."""
        return self._seconds

    def set_seconds(self, seconds: float | None) -> None:
        """Show `seconds` without emitting `edited`."""
        self._seconds = seconds
        self.setText("" if seconds is None else format_duration(seconds, hours=False))
        self._mark(None)

    def set_optional(self, optional: bool) -> None:
        """Whether an empty field is acceptable (a card may have no duration)."""
        self._optional = optional
        self.setPlaceholderText(self.tr("none") if optional else "m:ss")

    def is_valid(self) -> bool:
        """False while the text shown is not an acceptable duration."""
        return not self.property("invalid")

    def _on_text(self, text: str) -> None:
        problem = self._problem(text)
        self._mark(problem)
        if problem is None:
            self.edited.emit()

    def _problem(self, text: str) -> str | None:
        """None if `text` is acceptable (and take it), else why not."""
        if not text.strip():
            if self._optional:
                self._seconds = None
                return None
            return self.tr("Write a duration such as 5:00.")
        try:
            seconds = parse_duration(text)
        except ValueError:
            return self.tr("Write m:ss, h:mm:ss or seconds, e.g. 5:00.")
        if seconds < 0 or (self._positive and seconds == 0):
            return self.tr("The duration must be more than zero.")
        self._seconds = seconds
        return None

    def _mark(self, problem: str | None) -> None:
        self.setProperty("invalid", problem is not None)
        self.setToolTip(problem or "")
        self.style().unpolish(self)
        self.style().polish(self)


class DeckField(QLabel):
    """Shows a talk's deck and takes a PDF or an image folder dropped on it."""

    dropped = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("deckField")
        self.setAcceptDrops(True)
        self.setWordWrap(True)
        self.setMinimumHeight(44)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)

    def show_deck(self, deck: Path | None, base: Path | None) -> None:
        """The deck's path (relative to the session's folder when it is inside it)."""
        if deck is None:
            self.setText(self.tr("Drop a PDF or an image folder here"))
            return
        shown = str(deck)
        if base is not None:
            relative = os.path.relpath(deck, base)
            shown = relative if not relative.startswith("..") else shown
        self.setText(shown)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event)
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths[0])


class SegmentForm(QWidget):
    """Edits one segment; only the rows its kind uses are shown."""

    changed = Signal()  # the segment was edited
    deck_changed = Signal()  # the segment's deck (or format) changed: check it again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment: Segment | None = None
        self._loading = False
        self._base: Path | None = None
        self._build_fields()
        self._build_layout()
        self._connect()
        self.set_segment(None)

    # -- public ---------------------------------------------------------------------------
    def set_segment(self, segment: Segment | None, base: Path | None = None) -> None:
        """Show `segment` (None: an empty, disabled form); `base` is the session's folder."""
        self.segment, self._base = segment, base
        self._loading = True
        try:
            self._show_rows(segment.kind if segment is not None else None)
            if segment is not None:
                self._load(segment)
            else:
                self.heading.setText(self.tr("Add a segment with the buttons below."))
                self.hint.setText(
                    self.tr("Drop a PDF or a folder of slide images on the list to add a talk.")
                )
        finally:
            self._loading = False

    def set_deck(self, path: Path) -> None:
        """Give the talk on show the deck at `path` (a PDF or an image folder)."""
        if self.segment is None or self.segment.kind != "talk":
            return
        self.segment.deck = Path(os.path.abspath(path))
        self.deck.show_deck(self.segment.deck, self._base)
        self.changed.emit()
        self.deck_changed.emit()

    def set_deck_status(self, state: str, text: str, detail: str) -> None:
        """Show the preflight status of the talk's deck."""
        colour = STATE_COLOURS.get(state, "#9aa4ae")
        rest = f" — {html.escape(detail)}" if detail else ""
        self.status.setText(f"<b style='color:{colour}'>{html.escape(text)}</b>{rest}")
        self.status.setToolTip(detail)

    def choose_deck_file(self) -> None:
        """Pick a PDF (or a presentation, or one image) with a file dialog."""
        name, _ = QFileDialog.getOpenFileName(
            dialog_parent(self),
            self.tr("Choose the talk's PDF"),
            str(self._base or ""),
            deck_file_filters(),
            options=QFileDialog.HideNameFilterDetails,  # the [pP][dD][fF] sets of Linux
        )
        if name:
            self.set_deck(Path(name))

    def choose_deck_folder(self) -> None:
        """Pick a folder of slide images with a folder dialog."""
        name = QFileDialog.getExistingDirectory(
            dialog_parent(self), self.tr("Choose the folder of slide images"), str(self._base or "")
        )
        if name:
            self.set_deck(Path(name))

    # -- construction ---------------------------------------------------------------------
    def _build_fields(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.speaker, self.organisation, self.title = QLineEdit(), QLineEdit(), QLineEdit()
        self.deck = DeckField()
        self.pick_file = QPushButton(self.tr("PDF…"))
        self.pick_folder = QPushButton(self.tr("Image folder…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.format = QComboBox()
        self._formats: list[TalkFormat | None] = [None, *FORMATS.values()]
        self.format.addItem(self.tr("as the session"))
        for fmt in FORMATS.values():
            self.format.addItem(format_label(fmt))
        self.auto = QCheckBox(self.tr("auto: share what is left of the budget"))
        self.duration = DurationEdit(optional=True)
        self.minimum = DurationEdit(optional=True, positive=False)
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(90)
        self.show_countdown = QCheckBox(self.tr("show the countdown"))
        self.warn_at = DurationEdit(positive=False)
        self.alert_at = DurationEdit(positive=False)
        self.changeover = DurationEdit(optional=True, positive=False)  # empty: the session's
        self.changeover.setMaximumWidth(180)
        self.changeover.setPlaceholderText(self.tr("as the session"))

    def _build_layout(self) -> None:
        picks = _row_of_widgets(self.pick_file, self.pick_folder)
        timing = _row_of_widgets(self.duration, self.auto)
        amber, red = QLabel(self.tr("amber at")), QLabel(self.tr("red at"))
        thresholds = _row_of_widgets(amber, self.warn_at, red, self.alert_at)
        rows = (
            ("heading", None, self.heading),
            ("hint", None, self.hint),
            ("speaker", self.tr("Speaker"), self.speaker),
            ("organisation", self.tr("Organisation"), self.organisation),
            ("title", self.tr("Title"), self.title),
            ("deck", self.tr("Deck"), self.deck),
            ("picks", "", picks),
            ("status", self.tr("Preflight"), self.status),
            ("format", self.tr("Format"), self.format),
            ("timing", self.tr("Duration"), timing),
            ("minimum", self.tr("Minimum"), self.minimum),
            ("text", self.tr("Text"), self.text),
            ("countdown", self.tr("Countdown"), self.show_countdown),
            ("thresholds", "", thresholds),
            ("gap", self.tr("Changeover before"), self.changeover),
        )
        outer = QVBoxLayout(self)
        self.layout_ = form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self._row_of: dict[str, int] = {}
        for name, label, field in rows:
            self._row_of[name] = form.rowCount()
            if label is None:
                form.addRow(field)
            else:
                form.addRow(label, field)

    def _connect(self) -> None:
        for name in ("speaker", "organisation", "title"):
            getattr(self, name).textEdited.connect(lambda text, name=name: self._set(name, text))
        self.text.textChanged.connect(lambda: self._set("text", self.text.toPlainText()))
        self.deck.dropped.connect(self.set_deck)
        self.pick_file.clicked.connect(self.choose_deck_file)
        self.pick_folder.clicked.connect(self.choose_deck_folder)
        self.format.currentIndexChanged.connect(self._on_format)
        self.auto.toggled.connect(self._on_auto)
        self.duration.edited.connect(lambda: self._set("duration", self.duration.seconds()))
        self.minimum.edited.connect(lambda: self._set("minimum", self.minimum.seconds() or 0.0))
        self.warn_at.edited.connect(lambda: self._set("warn_at", self.warn_at.seconds()))
        self.alert_at.edited.connect(lambda: self._set("alert_at", self.alert_at.seconds()))
        self.show_countdown.toggled.connect(lambda on: self._set("show_countdown", on))
        self.changeover.edited.connect(lambda: self._set("changeover", self.changeover.seconds()))

    # -- behaviour ------------------------------------------------------------------------
    def _show_rows(self, kind: str | None) -> None:
        wanted = (ROWS[kind] if kind else {"hint"}) | {"heading"}
        for name, row in self._row_of.items():
            self.layout_.setRowVisible(row, name in wanted)

    def _load(self, segment: Segment) -> None:
        self.heading.setText(kind_name(segment.kind))
        for name in ("speaker", "organisation", "title"):
            getattr(self, name).setText(getattr(segment, name))
        self.text.setPlainText(segment.text)
        self.deck.show_deck(segment.deck, self._base)
        if segment.format not in self._formats:  # a custom format from the file
            self._formats.append(segment.format)
            self.format.addItem(format_label(segment.format))
        self.format.setCurrentIndex(self._formats.index(segment.format))
        self.auto.setVisible(segment.kind == "qa")
        self.auto.setChecked(segment.is_auto_qa)
        self.duration.set_seconds(segment.duration)
        self._show_duration_mode(segment)
        self.minimum.set_seconds(segment.minimum or None)
        self.show_countdown.setChecked(segment.show_countdown)
        self.warn_at.set_seconds(segment.warn_at)
        self.alert_at.set_seconds(segment.alert_at)
        self.changeover.set_seconds(segment.changeover)
        self.changeover.setPlaceholderText(self.tr("as the session"))
        before = self.tr("the speaker of the talk before")
        self.speaker.setPlaceholderText(before if segment.kind == "qa" else "")

    def _set(self, name: str, value: object) -> None:
        if self._loading or self.segment is None or (value is None and name not in NONE_ALLOWED):
            return
        if getattr(self.segment, name) == value:
            return
        setattr(self.segment, name, value)
        self.changed.emit()

    def _on_format(self, index: int) -> None:
        if self._loading or self.segment is None:
            return
        self.segment.format = self._formats[index]
        self.changed.emit()
        self.deck_changed.emit()

    def _on_auto(self, on: bool) -> None:
        if self._loading or self.segment is None:
            return
        self.segment.auto = on
        if not on and self.segment.duration is None:
            self.segment.duration = 300.0  # a fixed Q&A needs a length: start from 5:00
            self.duration.set_seconds(300.0)
        self._show_duration_mode(self.segment)
        self.changed.emit()

    def _show_duration_mode(self, segment: Segment) -> None:
        """A card's duration is optional; an automatic Q&A's is decided by the budget."""
        self.duration.set_optional(segment.kind == "card")
        self.duration.setEnabled(not segment.is_auto_qa)
        if segment.is_auto_qa:
            self.duration.setPlaceholderText(self.tr("auto"))


def kind_name(kind: str) -> str:
    """The translated name of a segment kind."""
    from PySide6.QtCore import QCoreApplication

    names = {
        "talk": QCoreApplication.translate("SegmentForm", "Talk"),
        "qa": QCoreApplication.translate("SegmentForm", "Q&A"),
        "commentary": QCoreApplication.translate("SegmentForm", "Commentary"),
        "card": QCoreApplication.translate("SegmentForm", "Card"),
    }
    return names[kind]
