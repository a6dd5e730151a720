"""The rehearsal window: practise a talk at home at the real pace, on one screen.

The slide large, the per-slide countdown, the next slide, the talk clock and the speaker's
notes. Tap (Space, Enter, →, PageDown, a click) when done with each slide; after the run the
verdict and charts appear, and the run is kept with the deck's earlier ones.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from pechakucha.core.clock import Clock, MonotonicClock
from pechakucha.core.durations import format_duration
from pechakucha.core.formats import TalkFormat
from pechakucha.core.notes import find_sidecar, load_notes, merge_notes
from pechakucha.core.rehearsal.history import RehearsalRun, RunHistory
from pechakucha.core.rehearsal.pacing import RULE, Tap, late_window_for, tolerance_for
from pechakucha.core.schedule import slide_level
from pechakucha.decks.annotations import text_annotations
from pechakucha.qt.app.i18n import number, translate
from pechakucha.qt.app.screens import keep_geometry, operator_screen
from pechakucha.qt.app.theme import CALM, apply_dark_style, ring_colour
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.relay import FutureRelay
from pechakucha.qt.pixels.render import DeckInfo, SlideRenderer
from pechakucha.qt.rehearse.panels import RangeControls, RehearsalHeader, RunPage
from pechakucha.qt.rehearse.results import ResultsPanel
from pechakucha.qt.rehearse.run import FINISHED, PAUSED, READY, RehearsalRunner
from pechakucha.qt.widgets.pacing_chart import EARLY, ON_PACE, RAN_OUT

TAP_KEYS = {Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter, Qt.Key_Right, Qt.Key_PageDown, Qt.Key_Down}
START_KEYS = TAP_KEYS | {Qt.Key_F5, Qt.Key_R}
# Keys a slide-number box has no use for: they stay the window's even while a box has the focus.
WINDOW_KEYS = START_KEYS - {Qt.Key_Right, Qt.Key_PageDown, Qt.Key_Down} | {Qt.Key_P, Qt.Key_Escape}
PREFETCH_AHEAD = 2
# The size it opens at, made smaller to fit the screen (less the window's frame and title bar).
PREFERRED_SIZE, FRAME = QSize(1280, 800), QSize(16, 48)


class RehearsalWindow(QWidget):
    """Rehearse `deck` in `fmt`; runs are kept under `data_folder` (see core.rehearsal_history)."""

    def __init__(
        self,
        renderer: SlideRenderer,
        cache: PixmapCache,
        deck: DeckInfo,
        fmt: TalkFormat,
        data_folder: str | Path,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rehearseWindow")
        self.setFocusPolicy(Qt.StrongFocus)
        self.renderer, self.cache, self.deck, self.format = renderer, cache, deck, fmt
        self.history = RunHistory(data_folder, os.path.abspath(deck.path))
        clock = clock or MonotonicClock()
        # The renderer's quiet window is in time.monotonic() seconds: only for the real clock.
        quiet = getattr(renderer, "keep_quiet_around", None)
        quiet = quiet if isinstance(clock, MonotonicClock) else None
        self.runner = RehearsalRunner(fmt, clock, quiet, self)
        self.started = ""
        self.last_note = ""
        self.notes = load_notes(deck.path)
        self.relay = FutureRelay(self)
        self._build()
        self._connect()
        self._load_annotations()
        self.setWindowTitle(
            self.tr("Pecha Kucha — rehearse {deck}").format(deck=Path(deck.path).name)
        )
        area = operator_screen().availableGeometry()
        self.resize(PREFERRED_SIZE.boundedTo(area.size() - FRAME))
        self.move(area.center() - self.rect().center())
        keep_geometry(self, "rehearse")  # Qt cuts a remembered size to the screen
        self.set_range(1, min(len(deck), fmt.slides))
        self.setFocus()  # Space starts at once, whatever the controls below offer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.KeyPress and event.key() in WINDOW_KEYS:
            self.keyPressEvent(event)  # from a slide-number box: the window's key still
            self.setFocus()
            return True
        return False

    # -- commands -----------------------------------------------------------------------------
    def set_range(self, first: int, last: int, loop: bool = False) -> None:
        """Practise deck slides `first`..`last` (1-based); `loop` repeats slide `first`."""
        self.controls.set_values(first, last, loop)
        self._apply_range()

    def start(self) -> None:
        """Start (or restart) a run over the chosen slides, now."""
        self._apply_range()
        self.started = dt.datetime.now().isoformat(timespec="seconds")
        self.pages.setCurrentIndex(0)
        self.page.feedback.setText("")
        self.runner.start()
        self.setFocus()

    def stop(self) -> None:
        """Abandon the run: what it got through is kept apart from whole runs and shown with
        the history; with nothing to show, back to choosing what to practise."""
        ended = self.runner.stop()
        self.page.feedback.setText("")  # no stale "done 14.8 s early" on the next start
        if ended:
            self._show_results(ended, finished=False)
        elif self.runner.state != FINISHED:  # Esc after the last slide finishes the run
            self.pages.setCurrentIndex(0)

    def tap(self) -> Tap | None:
        """The speaker is done with the current slide."""
        return self.runner.tap()

    # -- events -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, state = event.key(), self.runner.state
        if state in (READY, FINISHED):
            if key in START_KEYS:
                self.start()
            elif key == Qt.Key_Escape and state == FINISHED:
                self.stop()
            elif key == Qt.Key_Escape:
                self.pages.setCurrentIndex(0)  # from a stopped run's results
            return
        if key == Qt.Key_P or (key == Qt.Key_F5 and state == PAUSED):
            self.runner.toggle_pause()
        elif key == Qt.Key_R:
            self.start()
        elif key == Qt.Key_Escape:
            self.stop()
        elif key in TAP_KEYS:
            self.tap()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton and self.runner.state not in (READY, FINISHED):
            self.tap()

    def closeEvent(self, event) -> None:
        self.runner.stop()
        self.runner.ticker.stop()
        self.relay.cancel_pending()
        super().closeEvent(event)

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()  # the dark style on the content: dialogs keep their own look
        apply_dark_style(body, "rehearse")
        self.header = RehearsalHeader(Path(self.deck.path).name)
        self.page = RunPage(self.cache)
        self.results = ResultsPanel()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.page)
        self.pages.addWidget(self.results)
        self.controls = RangeControls(len(self.deck))
        for box in (self.controls.first, self.controls.last):
            box.installEventFilter(self)
        spp = self.format.seconds_per_slide
        self.controls.rule.setText(
            translate("rehearsal", RULE, tolerance=tolerance_for(spp), late=late_window_for(spp))
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)
        root = QVBoxLayout(body)
        root.addWidget(self.header)
        root.addWidget(self.pages, 1)
        root.addWidget(self.controls)

    def _connect(self) -> None:
        self.runner.slide_changed.connect(self._on_slide_changed)
        self.runner.state_changed.connect(self._on_state_changed)
        self.runner.tapped.connect(self._on_tapped)
        self.runner.lap_finished.connect(self._on_lap_finished)
        self.runner.tick.connect(self._refresh)
        self.controls.start.clicked.connect(self.start)
        self.controls.pause.clicked.connect(self.runner.toggle_pause)
        self.controls.stop.clicked.connect(self.stop)
        QShortcut(QKeySequence.Close, self, self.close)

    def _apply_range(self) -> None:
        first, last, loop = self.controls.values()
        runner = self.runner
        if (runner.first, runner.last, runner.loop) != (first, last, loop):
            runner.set_range(first, last, loop)
        self._on_slide_changed(first - 1 if runner.state == READY else runner.shown)
        self._refresh()

    def _load_annotations(self) -> None:
        future = self.renderer.submit(text_annotations, self.deck.path)
        self.relay.watch(future, self._on_annotations)

    def _on_annotations(self, future: Future) -> None:
        if future.exception() is None and future.result():
            self.notes = merge_notes(self.notes, future.result())
            self._on_slide_changed(max(0, self.runner.shown))

    # -- following the run --------------------------------------------------------------------
    def _on_slide_changed(self, index: int) -> None:
        count = len(self.deck)
        following = index + 1 if index + 1 < self.runner.last else None
        if self.runner.loop:
            following = index  # the same slide comes round again
        self.page.show_slides(self.deck.path, index, following)
        self.page.current_caption.setText(
            self.tr("Slide {number} of {count}").format(number=index + 1, count=count)
        )
        if self.runner.loop:
            caption = self.tr("Next: slide {number} again").format(number=index + 1)
        elif following is not None:
            caption = self.tr("Next: slide {number}").format(number=following + 1)
        else:
            caption = self.tr("Next: the end")
        self.page.next_caption.setText(caption)
        self.page.show_notes(self.notes.get(index + 1, ""), self._notes_hint())
        self._prefetch(index)

    def _prefetch(self, index: int) -> None:
        keys = self.page.current_view.keys_from(index + 1, PREFETCH_AHEAD, self.runner.last)
        keys += self.page.next_view.keys_from(index + 2, PREFETCH_AHEAD, self.runner.last)
        self.cache.prefetch(keys)

    def _on_state_changed(self, state: str) -> None:
        running = state not in (READY, FINISHED)
        self.controls.set_running(running, state == PAUSED, state == FINISHED)
        self.header.show_state(state)
        self._refresh()

    def _on_tapped(self, tap: Tap) -> None:
        tolerance = tolerance_for(self.format.seconds_per_slide)
        slide, seconds = tap.index + 1, number(abs(tap.offset), places=1)
        if tap.offset > 0:
            text = self.tr("Slide {number}: ran out of time, {seconds} s late")
            colour = RAN_OUT
        else:
            text = self.tr("Slide {number}: done {seconds} s early")
            colour = EARLY if tap.offset < -tolerance else ON_PACE
        self.page.show_feedback(text.format(number=slide, seconds=seconds), colour.name())

    def _on_lap_finished(self, offsets: tuple[float | None, ...]) -> None:
        if self.runner.loop:
            self._show_lap(offsets[0])
            return
        self._show_results(offsets, finished=True)

    def _show_results(self, offsets: tuple[float | None, ...], finished: bool) -> None:
        run = RehearsalRun(
            os.path.abspath(self.deck.path),
            self.started,
            self.format.name,
            self.format.seconds_per_slide,
            self.runner.first,
            offsets,
            min(len(self.deck), self.format.slides),
            finished,
        )
        self.last_note = self._keep(run)
        self.results.show_run(run)
        self.results.show_history(run, self.history.load(), self.last_note)
        self.pages.setCurrentIndex(1)

    def _show_lap(self, offset: float | None) -> None:
        lap = self.runner.laps
        if offset is None:
            text, colour = self.tr("Lap {lap}: ran out of time").format(lap=lap), RAN_OUT
        else:
            seconds = number(offset, places=1, sign=True)
            text = self.tr("Lap {lap}: {seconds} s").format(lap=lap, seconds=seconds)
            tolerance = tolerance_for(self.format.seconds_per_slide)
            colour = RAN_OUT if offset > 0 else EARLY if offset < -tolerance else ON_PACE
        self.page.show_feedback(text, colour.name())

    def _keep(self, run: RehearsalRun) -> str:
        try:
            path = self.history.save(run)
        except OSError as error:
            return self.tr("This run could not be kept ({reason}).").format(
                reason=error.strerror or error
            )
        return self.tr("Run kept in {path}").format(path=path)

    def _refresh(self) -> None:
        runner, spp = self.runner, self.format.seconds_per_slide
        left = runner.slide_left()
        if runner.state in (READY, FINISHED):
            caption = self.tr("Space: start")
            colour = CALM
        else:
            caption = self.tr("tap when done") if runner.state != PAUSED else self.tr("paused")
            colour = ring_colour(slide_level(left, spp))
        self.page.ring.set_value(left / spp, str(math.ceil(left - 1e-9)), colour, caption)
        self.page.current_view.set_progress(None if runner.state == READY else 1 - left / spp)
        self.header.clock.setText(
            f"{format_duration(runner.run_elapsed())} / {format_duration(runner.run_length())}"
        )

    def _notes_hint(self) -> str:
        sidecar = find_sidecar(self.deck.path)
        name = Path(self.deck.path).name
        if sidecar is not None:
            return self.tr("No notes for this slide in {file}").format(file=sidecar.name)
        return self.tr("No notes: write them in {file}, one “## Slide N” section each").format(
            file=f"{name}.notes.md"
        )
