"""The session's own time line: when it started and ended, and its technical holds.

Session time is what the budget counts: from the first start to the end, holds excluded.
"""

from __future__ import annotations

from pechakucha.core.runner.state import Interval, SegmentRecord, overlap


class Timeline:
    """Start, end and holds of one run, on the runner's monotonic clock."""

    def __init__(self) -> None:
        self.start: float | None = None
        self.end: float | None = None
        self.holds: list[Interval] = []
        self.downtime = 0.0  # app down, the show resumed at the slide where it stopped

    @property
    def on_hold(self) -> bool:
        """True during a technical hold."""
        return bool(self.holds) and self.holds[-1][1] is None

    def begin_hold(self, at: float) -> None:
        """A technical hold starts at `at`."""
        self.holds.append([at, None])

    def end_hold(self, at: float) -> float:
        """The hold ends at `at`; returns how long it lasted."""
        start = self.holds[-1][0]
        self.holds[-1][1] = at
        return at - start

    def held(self, start: float, end: float) -> float:
        """Seconds of holds within [start, end]."""
        return overlap(self.holds, start, end)

    def hold_total(self, at: float) -> float:
        """Seconds spent in holds up to `at`."""
        return overlap(self.holds, float("-inf"), at)

    def elapsed(self, at: float) -> float:
        """Session time used up to `at`: from the start, holds excluded (0 before the start),
        plus any downtime the show resumed after at the slide where it stopped (the budget
        absorbs it in the coming Q&As)."""
        if self.start is None:
            return 0.0
        end = at if self.end is None else min(at, self.end)
        used = end - self.start - overlap(self.holds, self.start, end)
        return max(0.0, used + self.downtime)

    def gap_before(self, records: list[SegmentRecord | None], at: float) -> float:
        """Seconds from the last end among `records` before `at` to `at`, holds excluded."""
        ends = [r.end for r in records if r is not None and r.end is not None and r.end <= at]
        if not ends:
            return 0.0
        return max(0.0, at - max(ends) - self.held(max(ends), at))
