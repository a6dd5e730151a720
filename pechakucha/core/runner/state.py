"""What the session runner remembers per segment, and the read-only view it gives the UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from pechakucha.core.schedule import TalkSchedule

Phase = Literal["ready", "up_next", "running", "paused", "hold", "done"]
Status = Literal["past", "current", "coming", "skipped"]
Level = Literal["normal", "warn", "alert", "overrun"]

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
    """How one segment ran. `start` None means it was skipped.

    `allocation` is the planned length locked when it started (for an auto Q&A: its share of
    what was left of the budget then); `extra` is what extend() added or took away.
    """

    start: float | None = None
    end: float | None = None
    allocation: float = 0.0
    extra: float = 0.0
    changeover: float = 0.0
    pauses: list[Interval] = field(default_factory=list)
    schedule: TalkSchedule | None = None
    last_slide: int = 0
    end_reason: str | None = None

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
    on the runner's monotonic clock. `ahead_behind` is positive when ahead of the plan."""

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
