"""The narrow view of a runner that the snapshot and the forecast read (SessionRunner has it)."""

from __future__ import annotations

from typing import Protocol

from pechakucha.core.runner.state import Phase, SegmentTimes
from pechakucha.core.runner.timeline import Timeline
from pechakucha.core.schedule import TalkSchedule
from pechakucha.core.session.model import Segment, Session


class RunView(Protocol):
    """What is read of a runner from outside (see SessionRunner's docstrings)."""

    session: Session
    plan: list[float]
    index: int
    timeline: Timeline
    marks: list[tuple[int, int]]
    recalled: tuple[int, int] | None
    phase: Phase
    held_phase: Phase
    current: Segment | None
    schedule: TalkSchedule | None

    def times(self, index: int, at: float) -> SegmentTimes | None:
        """How segment `index` ran up to `at`; None if it did not run."""

    def skipped(self, index: int) -> bool:
        """True if segment `index` was skipped."""

    def session_elapsed(self, at: float | None = None) -> float:
        """Session time used up to `at`, holds excluded."""

    def hold_total(self, at: float | None = None) -> float:
        """Seconds of technical holds up to `at`."""
