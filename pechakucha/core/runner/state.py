"""What the session runner remembers per segment, and the read-only views it gives out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from pechakucha.core.runner.levels import Level
from pechakucha.core.schedule import TalkSchedule
from pechakucha.core.session.budget import AS_WRITTEN, Expectations

Phase = Literal["ready", "up_next", "running", "paused", "hold", "done"]
Status = Literal["past", "current", "coming", "skipped"]

#: Journal events that are operator commands: recovery replays exactly these.
COMMANDS = frozenset(
    {
        "start",
        "next_segment",
        "previous_segment",
        "pause",
        "resume",
        "hold",
        "release",
        "extend",
        "mark_slide",
        "recall",
        "clear_recall",
        "goto",
    }
)

Interval = list[float | None]  # [start, end]; end None while it lasts


def overlap(intervals: list[Interval], start: float, end: float) -> float:
    """Seconds of `intervals` (open ones run to `end`) that fall inside [start, end]."""
    total = 0.0
    for begin, finish in intervals:
        assert begin is not None
        low, high = max(start, begin), min(end, end if finish is None else finish)
        if high > low:
            total += high - low
    return total


@dataclass
class SegmentRecord:
    """How one segment ran (the runner's own bookkeeping). `start` None means it was skipped.

    `allocation` is the planned length locked when it started (for an auto Q&A: its share of
    what was left of the budget then); `extra` is what extend() added or took away;
    `changeover` the gap before it (holds excluded); `waited` is True if it waited as "up next"
    for the operator's F5 after another segment had ended (a changeover the room showed).
    """

    start: float | None = None
    end: float | None = None
    allocation: float = 0.0
    extra: float = 0.0
    changeover: float = 0.0
    waited: bool = False
    pauses: list[Interval] = field(default_factory=list)
    schedule: TalkSchedule | None = None
    last_slide: int = 0
    end_reason: str | None = None
    cut_floor: float = 0.0  # its running time when − last cut it (no overrun below that)

    @property
    def skipped(self) -> bool:
        """True if the operator skipped this segment."""
        return self.start is None

    @property
    def allotted(self) -> float:
        """Seconds this segment may take: allocation plus extensions (never below zero)."""
        return max(0.0, self.allocation + self.extra)

    def paused_between(self, start: float, end: float) -> float:
        """Seconds this segment was paused within [start, end]."""
        return overlap(self.pauses, start, end)

    def times(self, at: float, holds: list[Interval], countdown: bool) -> SegmentTimes:
        """How it ran up to `at` (or its end); `countdown` False: it has no countdown."""
        assert self.start is not None
        end = at if self.end is None else self.end
        held = overlap(holds, self.start, end)
        paused = self.paused_between(self.start, end)
        actual = max(0.0, end - self.start - held)
        running = max(0.0, actual - paused)
        left: float | None = self.allotted - running if countdown else None
        if self.schedule is not None:
            running, left = self.schedule.elapsed(end), self.schedule.remaining(end)
        over = None if left is None else max(0.0, running - max(self.allotted, self.cut_floor))
        return SegmentTimes(
            start=self.start,
            end=self.end,
            allocation=self.allocation,
            allotted=self.allotted,
            actual=actual,
            running=running,
            held=held,
            paused=paused,
            changeover=self.changeover,
            waited=self.waited,
            countdown=left,
            overrun=over,
        )

    def finish(self, at: float, reason: str) -> None:
        """It ended at `at` (a pause still open ends with it)."""
        if self.pauses and self.pauses[-1][1] is None:
            self.pauses[-1][1] = at
        self.end, self.end_reason = at, reason

    def stop_clock(self, at: float, *, pause: bool, paused: bool) -> None:
        """Freeze this segment's clock at `at`: for a pause, or for a hold (`pause` False).

        `paused` says it is paused already: only a hold comes on top of a pause, and it turns
        the rest of the pause into hold time."""
        if paused:
            self.pauses[-1][1] = at
            return
        if pause:
            self.pauses.append([at, None])
        if self.schedule is not None:
            self.schedule.pause(at)

    def restart_clock(self, at: float, *, pause: bool, paused: bool) -> None:
        """Undo stop_clock: at the end of a pause, or of a hold (a pause under it goes on)."""
        if paused and not pause:
            self.pauses.append([at, None])
            return
        if pause:
            self.pauses[-1][1] = at
        if self.schedule is not None:
            self.schedule.resume(at)


@dataclass(frozen=True)
class SegmentTimes:
    """How a started segment ran, up to its end or to the instant asked (seconds).

    `allocation` is what it was given at its start, `allotted` that plus extensions;
    `actual` runs from its start to its end (or now), holds excluded (pauses included);
    `running` is its own clock (pauses and holds excluded); `countdown` is what is left of
    its time (negative: overrun), None if it has no countdown (a card with no duration);
    `overrun` is its running time beyond the allotment in force (never what a cut with −
    took below the time it had already run; None without a countdown).
    """

    start: float
    end: float | None
    allocation: float
    allotted: float
    actual: float
    running: float
    held: float
    paused: float
    changeover: float
    waited: bool
    countdown: float | None
    overrun: float | None = None


@dataclass(frozen=True)
class SegmentRow:
    """One line of the running order as the console shows it (seconds throughout).

    `planned` is the plan before the session started; `allotted` what the segment gets now
    (locked at its start plus extensions; for coming segments a live projection); `actual` is
    the time it took (so far, for the current one; holds excluded); `remaining` is only set for
    the current segment and is negative when it overruns.
    """

    index: int
    kind: str
    label: str
    speaker: str
    planned: float
    allotted: float
    actual: float | None
    remaining: float | None
    status: Status


@dataclass(frozen=True)
class RunnerSnapshot:
    """Everything the UI needs at one instant. All times are seconds; `now`, `projected_end` are
    on the runner's monotonic clock. `ahead_behind` is positive when ahead of the plan.

    Countdown levels are decided here, never in the views: `level` for the current segment's
    countdown (Q&A, commentary, card; None for a talk), `slide_level` for the running talk's
    slide ring (None outside a talk).

    `projected_end` and the coming allotments include the changeovers and Q&A overruns still
    expected; `learned` is what the room has shown so far (changeovers longer than written,
    Q&As running over). `qa_end_target` is set while an auto Q&A runs: the monotonic time to end
    it so that the session's expected end lands on its budget."""

    now: float
    phase: Phase
    held_phase: Phase
    index: int
    kind: str | None
    rows: tuple[SegmentRow, ...]
    remaining: float | None
    overrun: float
    level: Level | None
    slide: int | None
    slide_remaining: float | None
    slide_level: Level | None
    session_elapsed: float
    budget: float
    budget_remaining: float
    ahead_behind: float
    projected_end: float
    planned_end_time: dt.time | None
    auto_allocations: dict[int, float]
    hold_total: float
    marks: tuple[tuple[int, int], ...]
    recalled: tuple[int, int] | None
    learned: Expectations = AS_WRITTEN
    qa_end_target: float | None = None

    @property
    def qa_end_target_in(self) -> float | None:
        """Seconds from now to `qa_end_target` (None when there is none)."""
        return None if self.qa_end_target is None else self.qa_end_target - self.now

    @property
    def on_hold(self) -> bool:
        """True during a technical hold."""
        return self.phase == "hold"

    @property
    def talk_playing(self) -> bool:
        """True while a talk's slides are on (running, paused, or held mid-talk)."""
        return self.kind == "talk" and self.held_phase in ("running", "paused")

    @property
    def projected_end_in(self) -> float:
        """Seconds from now to the projected end."""
        return self.projected_end - self.now

    def projected_end_at(self, wall_now: dt.datetime) -> dt.datetime:
        """The projected end as a wall-clock time, given the wall-clock time of `now`."""
        return wall_now + dt.timedelta(seconds=self.projected_end_in)
