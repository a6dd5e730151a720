"""Preflight in the background for the session editor: every talk's deck, checked once.

Decks are checked in the render process (`SlideRenderer.submit`), the only one that touches
PyMuPDF; results come back to the GUI thread by a queued signal, so the window never freezes.
A report is kept per deck, format and file modification time: an unchanged deck is not checked
twice, a deck saved again is.
"""

from __future__ import annotations

import os
from concurrent.futures import Future
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from pechakucha.core.formats import TalkFormat
from pechakucha.core.geometry import DEFAULT_PROJECTOR
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.preflight import FAILED, READY, DeckReport, failed_report
from pechakucha.qt.app.i18n import finding_text, plural
from pechakucha.qt.pixels.render import SlideRenderer

SLIDES = QT_TRANSLATE_NOOP("DeckChecker", "%n slides")
CHECKING = "checking"
NO_DECK = "none"


class CheckKey(NamedTuple):
    """What a report is about: the deck as it is on disk now, judged for one format."""

    path: str
    slides: int
    format_name: str
    modified: int


class DeckStatus(NamedTuple):
    """What the editor shows for a talk's deck: a state, a short text and a longer tooltip."""

    state: str  # "ready", "problems", "error", "checking" or "none"
    text: str
    detail: str


def check_key(path: Path, fmt: TalkFormat) -> CheckKey:
    """The key of `path` judged for `fmt`, with its current modification time (0 if gone)."""
    try:
        modified = os.stat(path).st_mtime_ns
    except OSError:
        modified = 0
    return CheckKey(str(path), fmt.slides, fmt.name, modified)


class DeckChecker(QObject):
    """Runs preflight for decks in the render process and remembers the reports."""

    checked = Signal(str)  # path of a deck whose report just arrived
    _arrived = Signal(object, object)  # CheckKey, DeckReport (emitted on a reader thread)

    def __init__(
        self,
        renderer: SlideRenderer,
        projector: tuple[int, int] = DEFAULT_PROJECTOR,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._projector = projector
        self._reports: dict[CheckKey, DeckReport] = {}
        self._pending: set[CheckKey] = set()
        # Queued even when a check ends at once (done-callbacks of a finished future run on
        # the caller's thread): a report must never land in the middle of status().
        self._arrived.connect(self._store, Qt.QueuedConnection)

    def request(self, path: Path, fmt: TalkFormat) -> None:
        """Check `path` for `fmt` in the background, unless already known or under way."""
        key = check_key(path, fmt)
        if key in self._reports or key in self._pending:
            return
        self._pending.add(key)
        future = self._renderer.submit(_check_on_worker, key, self._projector)
        future.add_done_callback(lambda done, key=key: self._finish(key, done))

    def report(self, path: Path, fmt: TalkFormat) -> DeckReport | None:
        """The report for `path` as it is now, or None while it is being checked (or unasked)."""
        return self._reports.get(check_key(path, fmt))

    def is_busy(self) -> bool:
        """True while any check is under way."""
        return bool(self._pending)

    def status(self, path: Path | None, fmt: TalkFormat) -> DeckStatus:
        """What to show for a talk's deck (asks for a check if none is known yet)."""
        if path is None:
            return DeckStatus(
                NO_DECK,
                QCoreApplication.translate("DeckChecker", "no deck"),
                QCoreApplication.translate("DeckChecker", "Choose a PDF or an image folder."),
            )
        report = self.report(path, fmt)
        if report is None:
            self.request(path, fmt)
            return DeckStatus(
                CHECKING,
                QCoreApplication.translate("DeckChecker", "checking…"),
                QCoreApplication.translate("DeckChecker", "Preflight is reading the deck."),
            )
        return status_of(report)

    def _finish(self, key: CheckKey, future: Future) -> None:
        # A reader thread: hand over to the GUI thread through a queued signal.
        if future.cancelled():  # the renderer is closing: nobody is waiting for the report
            return
        error = future.exception()
        report = future.result() if error is None else failed_report(key.path, str(error))
        self._arrived.emit(key, report)

    def _store(self, key: CheckKey, report: DeckReport) -> None:
        self._pending.discard(key)
        self._reports[key] = report
        self.checked.emit(key.path)


def status_of(report: DeckReport) -> DeckStatus:
    """The editor's view of a preflight report: state, short text, first finding as detail."""
    detail = first_finding(report)
    if report.status == READY:
        return DeckStatus(
            READY,
            QCoreApplication.translate("DeckChecker", "ready"),
            plural("DeckChecker", SLIDES, report.slides),
        )
    if report.status == FAILED:
        return DeckStatus(FAILED, QCoreApplication.translate("DeckChecker", "error"), detail)
    return DeckStatus(report.status, QCoreApplication.translate("DeckChecker", "problems"), detail)


def first_finding(report: DeckReport) -> str:
    """The first finding as one line ("slide 3: slide is blank"), or ""."""
    if not report.findings:
        return ""
    finding = report.findings[0]
    text = finding_text(finding)
    if finding.slide:
        return QCoreApplication.translate("DeckChecker", "slide {slide}: {text}").format(
            slide=finding.slide, text=text
        )
    return text


def _check_on_worker(key: CheckKey, projector: tuple[int, int]) -> DeckReport:
    """Preflight one deck; runs in the render process."""
    from pechakucha.decks.inspect import check_path

    return check_path(key.path, key.slides, projector, key.format_name)
