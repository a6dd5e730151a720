"""Clocks: the one source of time. Monotonic seconds; never wall-clock time for schedules."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Anything that tells monotonic time in seconds."""

    def now(self) -> float:
        """Current monotonic time in seconds."""


class MonotonicClock:
    """The production clock: `time.monotonic()`, immune to wall-clock changes."""

    def now(self) -> float:
        """Current monotonic time in seconds."""
        return time.monotonic()


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = float(start)

    def now(self) -> float:
        """The time the test last set."""
        return self._now

    def advance(self, seconds: float) -> float:
        """Move time forward by `seconds` and return the new time."""
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self._now += seconds
        return self._now
