"""The talk schedule: pure arithmetic on a monotonic clock, so nothing accumulates or drifts.

Slide k (0-based) is due at `origin + k × seconds_per_slide`. `origin` is the start time moved
forward by every completed pause, so a pause keeps the current slide's remaining seconds.
"""

from __future__ import annotations

import math
from enum import Enum

from pechakucha.core.formats import PECHAKUCHA, TalkFormat


class TalkState(Enum):
    """Where a talk is in its life."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class TalkSchedule:
    """When each slide of one talk is due.

    Every query takes `now`: the schedule never reads a clock itself.
    """

    def __init__(self, fmt: TalkFormat = PECHAKUCHA) -> None:
        self.format = fmt
        self.origin: float | None = None
        self.paused_at: float | None = None
        self.paused_total = 0.0

    # -- commands ---------------------------------------------------------------------------
    def start(self, now: float, at_slide: int = 0, into_slide: float = 0.0) -> None:
        """Start (or restart) the talk at `now`, optionally resuming slide `at_slide` already
        `into_slide` seconds in (crash recovery, rehearsing a range)."""
        self.origin = now - at_slide * self.format.seconds_per_slide - into_slide
        self.paused_at = None
        self.paused_total = 0.0

    def pause(self, now: float) -> None:
        """Freeze the talk; the current slide keeps its remaining time."""
        if self.state(now) is TalkState.RUNNING:
            self.paused_at = now

    def resume(self, now: float) -> None:
        """Continue after a pause: every later deadline moves by the paused time."""
        if self.paused_at is not None and self.origin is not None:
            paused_for = max(0.0, now - self.paused_at)
            self.origin += paused_for
            self.paused_total += paused_for
            self.paused_at = None

    # -- queries ----------------------------------------------------------------------------
    def state(self, now: float) -> TalkState:
        """READY before start, PAUSED while paused, FINISHED once the last slide's time is up."""
        if self.origin is None:
            return TalkState.READY
        if self.paused_at is not None:
            return TalkState.PAUSED
        if now >= self.origin + self.format.duration:  # same sum as due(slides): no rounding gap
            return TalkState.FINISHED
        return TalkState.RUNNING

    def elapsed(self, now: float) -> float:
        """Talk time spent so far (pauses excluded), clamped to [0, duration]."""
        if self.origin is None:
            return 0.0
        effective_now = self.paused_at if self.paused_at is not None else now
        return min(max(0.0, effective_now - self.origin), self.format.duration)

    def remaining(self, now: float) -> float:
        """Talk time left."""
        return self.format.duration - self.elapsed(now)

    def slide_at(self, now: float) -> int:
        """Index of the slide due at `now` (0-based), clamped to the last slide."""
        index = math.floor(self.elapsed(now) / self.format.seconds_per_slide + 1e-9)
        return min(index, self.format.slides - 1)

    def slide_remaining(self, now: float) -> float:
        """Seconds left on the current slide (0 when finished)."""
        if self.state(now) is TalkState.FINISHED:
            return 0.0
        due_next = (self.slide_at(now) + 1) * self.format.seconds_per_slide
        return max(0.0, due_next - self.elapsed(now))

    def due(self, index: int) -> float:
        """Absolute time slide `index` is due (index == slides means the end of the talk)."""
        if self.origin is None:
            raise RuntimeError("the talk has not started")
        return self.origin + index * self.format.seconds_per_slide

    def next_deadline(self, now: float) -> float | None:
        """Absolute time of the next change (next slide or the end); None if nothing is coming."""
        if self.state(now) is not TalkState.RUNNING:
            return None
        return self.due(self.slide_at(now) + 1)


def slide_level(seconds_left: float, seconds_per_slide: float) -> str:
    """Countdown level of a slide's ring: "normal", "warn" in the last quarter of the slide,
    "alert" in its last 3 s (or last quarter, if shorter)."""
    if seconds_left <= min(3.0, seconds_per_slide / 4):
        return "alert"
    if seconds_left <= seconds_per_slide / 4:
        return "warn"
    return "normal"
