"""Drives a rehearsal at the real pace: the schedule says which slide is due, a precise timer
wakes up at each deadline (it never counts time), taps go to the core's PacingRecorder.

In loop mode the next lap starts the moment the last one ends; while the last one has no tap
its recorder waits (`waiting`) for half a slide, so a late tap still counts for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from pechakucha.core.clock import Clock
from pechakucha.core.formats import TalkFormat
from pechakucha.core.rehearsal.pacing import PacingRecorder, Tap
from pechakucha.core.schedule import TalkSchedule, TalkState
from pechakucha.qt.app.ticker import DeadlineTicker

READY, RUNNING, PAUSED, FINISHING, FINISHED = "ready", "running", "paused", "finishing", "done"


class RehearsalRunner(QObject):
    """One rehearsal of deck slides `first`..`last` (1-based); in loop mode it starts again as
    soon as a lap is over. Views listen to the signals and ask for the numbers they show."""

    slide_changed = Signal(int)  # deck slide index (0-based) now up
    state_changed = Signal(str)
    tapped = Signal(object)  # Tap, with `index` as a deck slide index (0-based)
    lap_finished = Signal(object)  # offsets of the run just over
    tick = Signal()  # repaint the countdowns (~10 times a second)

    def __init__(
        self,
        fmt: TalkFormat,
        clock: Clock,
        keep_quiet: Callable[[float | None], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`keep_quiet(deadline)` asks the renderer not to draw around the next deadline."""
        super().__init__(parent)
        self.format, self.clock, self.keep_quiet = fmt, clock, keep_quiet
        self.first, self.last, self.loop = 1, fmt.slides, False
        self.state = READY
        self.shown = -1
        self.laps = 0
        self.schedule = TalkSchedule(self._run_format())
        self.recorder = PacingRecorder(self.schedule)
        self.waiting: PacingRecorder | None = None  # loop: the last lap, for a late tap
        self.ticker = DeadlineTicker(clock, self)
        self.ticker.deadline.connect(self.sync)
        self.ticker.repaint.connect(self.tick)

    # -- commands -----------------------------------------------------------------------------
    def set_range(self, first: int, last: int, loop: bool = False) -> None:
        """Rehearse deck slides `first`..`last` (1-based); `loop` repeats them until stopped."""
        self.stop()
        self.first, self.last, self.loop = first, last, loop
        self.laps = 0
        self.schedule = TalkSchedule(self._run_format())
        self.recorder = PacingRecorder(self.schedule)
        self._show(first - 1)

    def start(self) -> None:
        """Start a run now (a restart throws the current run away)."""
        self.schedule = TalkSchedule(self._run_format())
        self.recorder = PacingRecorder(self.schedule)
        self.schedule.start(self.clock.now())
        self.waiting = None
        self.shown = -1
        self._set_state(RUNNING)
        self.sync()

    def stop(self) -> tuple[float | None, ...]:
        """Abandon the run and wait for a new start. Returns the offsets of the slides it got
        through (empty if none, or in loop mode) so they can be kept as a stopped run. Past
        the last slide the run is complete: it finishes as if the late window were over."""
        ended: tuple[float | None, ...] = ()
        if self.state == FINISHING and not self.loop:
            self._finish_lap()
            return ended
        if self.state in (RUNNING, PAUSED) and not self.loop:
            ended = self.recorder.ended_offsets(self.clock.now())
        self.ticker.arm(None)
        self.schedule = TalkSchedule(self._run_format())
        self.recorder = PacingRecorder(self.schedule)
        self.waiting = None
        self._set_state(READY)
        self._show(self.first - 1)
        return ended

    def toggle_pause(self) -> None:
        """Pause a running run, or resume a paused one."""
        now = self.clock.now()
        if self.state == RUNNING:
            self._settle_waiting(now, force=True)
            self.schedule.pause(now)
            self.ticker.arm(None)
            self._set_state(PAUSED)
        elif self.state == PAUSED:
            self.schedule.resume(now)
            self._set_state(RUNNING)
            self.sync()

    def tap(self) -> Tap | None:
        """The speaker is done with the slide: count it (see core.rehearsal for the rules)."""
        if self.state not in (RUNNING, FINISHING):
            return None
        now = self.clock.now()
        if self.waiting is not None:
            counted = self.waiting.tap(now)
            if counted is not None:  # late for the last lap
                tap = self._counted(counted)
                self._settle_waiting(now, force=True)
                return tap
            self._settle_waiting(now, force=True)
        counted = self.recorder.tap(now)
        if counted is None:
            return None
        tap = self._counted(counted)
        if self.state == FINISHING and self.recorder.settled:
            self._finish_lap()  # the last slide has its tap: nothing left to wait for
        return tap

    # -- what is due now ----------------------------------------------------------------------
    def sync(self, _deadline: float | None = None) -> None:
        """Show the slide due now and arm the timer for the next deadline."""
        now = self.clock.now()
        self._settle_waiting(now)
        if self.state == FINISHING:
            if now >= self.recorder.done_at() or self.recorder.settled:
                self._finish_lap()
            return
        if self.state != RUNNING:
            return
        while self.loop and self.schedule.state(now) is TalkState.FINISHED:
            self._next_lap(now)
        if self.schedule.state(now) is TalkState.FINISHED:
            if self.recorder.settled:
                self._finish_lap()
                return
            self._set_state(FINISHING)  # taps a moment after the end still count
            self.ticker.arm(self.recorder.done_at())
            return
        self._show(self.first - 1 + self.schedule.slide_at(now))
        deadline = self.schedule.next_deadline(now)
        if self.waiting is not None:
            deadline = min(deadline, self.waiting.done_at())
        self.ticker.arm(deadline)
        if self.keep_quiet is not None:
            self.keep_quiet(deadline)

    # -- numbers for the views ----------------------------------------------------------------
    def slide_left(self) -> float:
        """Seconds left on the current slide."""
        if self.state == READY:
            return self.format.seconds_per_slide
        return self.schedule.slide_remaining(self.clock.now())

    def run_elapsed(self) -> float:
        """Seconds of the run so far (pauses excluded)."""
        return self.schedule.elapsed(self.clock.now())

    def run_length(self) -> float:
        """Seconds the whole run takes."""
        return self.schedule.format.duration

    # -- inside -------------------------------------------------------------------------------
    def _run_format(self) -> TalkFormat:
        return TalkFormat(
            self.format.name, self.last - self.first + 1, self.format.seconds_per_slide
        )

    def _counted(self, counted: Tap) -> Tap:
        tap = Tap(self.first - 1 + counted.index, counted.offset)
        self.tapped.emit(tap)
        return tap

    def _next_lap(self, now: float) -> None:
        """Loop: the next lap starts when the last one ended (on the schedule, not when this
        wakes up); the last one waits for a late tap unless it has its taps."""
        self._settle_waiting(now, force=True)
        done, end = self.recorder, self.schedule.due(self.schedule.format.slides)
        self.schedule = TalkSchedule(self._run_format())
        self.recorder = PacingRecorder(self.schedule)
        self.schedule.start(end)
        self.shown = -1
        if done.settled:
            self._lap_over(done)
        else:
            self.waiting = done
            self._settle_waiting(now)

    def _settle_waiting(self, now: float, force: bool = False) -> None:
        """The last lap is over for good once its late window has passed (or `force`)."""
        if self.waiting is not None and (force or now >= self.waiting.done_at()):
            done, self.waiting = self.waiting, None
            self._lap_over(done)

    def _lap_over(self, recorder: PacingRecorder) -> None:
        self.laps += 1
        self.lap_finished.emit(recorder.offsets)

    def _finish_lap(self) -> None:
        self.ticker.arm(None)
        self._set_state(FINISHED)
        self._lap_over(self.recorder)

    def _show(self, index: int) -> None:
        if index != self.shown:
            self.shown = index
            self.slide_changed.emit(index)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
