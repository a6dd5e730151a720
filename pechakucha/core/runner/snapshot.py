"""Reading a runner at one instant: rows, countdowns and their levels, ahead/behind, projected end.

Pure functions of what the runner shows through `RunView` and of `now`; nothing here changes the
runner or reads its bookkeeping directly.
"""

from __future__ import annotations

from typing import Protocol

from pechakucha.core.runner.levels import Level, countdown_level
from pechakucha.core.runner.state import Phase, RunnerSnapshot, SegmentRow, SegmentTimes, Status
from pechakucha.core.runner.timeline import Timeline
from pechakucha.core.schedule import TalkSchedule, slide_level
from pechakucha.core.session.budget import allocate
from pechakucha.core.session.model import Segment, Session


class RunView(Protocol):
    """What a snapshot reads of a runner (SessionRunner has all of it; see its docstrings)."""

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


def current_times(runner: RunView, now: float) -> SegmentTimes | None:
    """How the current segment runs now, if it is running or paused (under a hold or not)."""
    if runner.current is None or runner.held_phase not in ("running", "paused"):
        return None
    return runner.times(runner.index, now)


def segment_level(runner: RunView, remaining: float | None) -> Level | None:
    """The level of the current segment's countdown; None for a talk or no countdown."""
    segment = runner.current
    if remaining is None or segment is None or segment.kind == "talk":
        return None
    return countdown_level(remaining, segment.warn_at, segment.alert_at)


def ring_level(runner: RunView, now: float) -> Level | None:
    """The level of the running talk's slide ring; None outside a talk."""
    schedule = runner.schedule
    if schedule is None:
        return None
    return slide_level(schedule.slide_remaining(now), schedule.format.seconds_per_slide)


def coming_allotments(runner: RunView, now: float) -> tuple[int, list[float]]:
    """(first coming index, planned seconds of every coming segment), as things stand now:
    the current segment is assumed to end when its countdown does (or now, if overrunning)."""
    times = current_times(runner, now)
    remaining = None if times is None else times.countdown
    first = runner.index + 1 if times is not None else runner.index
    if runner.held_phase == "done":
        return first, []
    left = runner.session.budget - runner.session_elapsed(now) - max(0.0, remaining or 0.0)
    return first, allocate(runner.session, first, left)


def planned_elapsed(runner: RunView, now: float) -> float:
    """Session time the plan had used by the point the session has reached."""
    done = sum(runner.plan[: runner.index])
    times = current_times(runner, now)
    if times is None:
        return done
    return done + min(times.running, runner.plan[runner.index])


def build_snapshot(runner: RunView, now: float) -> RunnerSnapshot:
    """The whole view of `runner` at `now`."""
    first, coming = coming_allotments(runner, now)
    times = current_times(runner, now)
    remaining = None if times is None else times.countdown
    elapsed = runner.session_elapsed(now)
    if runner.held_phase == "done":
        projected_end = runner.timeline.end
    else:
        projected_end = now + max(0.0, remaining or 0.0) + sum(coming)
    schedule = runner.schedule
    return RunnerSnapshot(
        now=now,
        phase=runner.phase,
        held_phase=runner.held_phase,
        index=runner.index,
        kind=None if runner.current is None else runner.current.kind,
        rows=tuple(_rows(runner, now, first, coming, remaining)),
        remaining=remaining,
        overrun=max(0.0, -(remaining or 0.0)),
        level=segment_level(runner, remaining),
        slide=None if schedule is None else schedule.slide_at(now),
        slide_remaining=None if schedule is None else schedule.slide_remaining(now),
        slide_level=ring_level(runner, now),
        session_elapsed=elapsed,
        budget=runner.session.budget,
        budget_remaining=runner.session.budget - elapsed,
        ahead_behind=planned_elapsed(runner, now) - elapsed,
        projected_end=projected_end,
        planned_end_time=runner.session.planned_end(),
        auto_allocations={
            first + i: seconds
            for i, seconds in enumerate(coming)
            if runner.session.segments[first + i].is_auto_qa
        },
        hold_total=runner.hold_total(now),
        marks=tuple(runner.marks),
        recalled=runner.recalled,
    )


def _rows(
    runner: RunView, now: float, first: int, coming: list[float], remaining: float | None
) -> list[SegmentRow]:
    """One row per segment: past (or skipped), current (running or waiting) or coming."""
    rows = []
    for index, segment in enumerate(runner.session.segments):
        times = runner.times(index, now)
        if times is not None:
            allotted = times.allotted
        elif index >= first:
            allotted = coming[index - first]
        else:
            allotted = runner.plan[index]
        rows.append(
            SegmentRow(
                index=index,
                kind=segment.kind,
                label=segment.label,
                speaker=runner.session.speaker_for(index),
                planned=runner.plan[index],
                allotted=allotted,
                actual=None if times is None else times.actual,
                remaining=remaining if index == runner.index else None,
                status=_status(runner, index),
            )
        )
    return rows


def _status(runner: RunView, index: int) -> Status:
    """skipped, current (running or waiting to start), past or coming."""
    if runner.skipped(index):
        return "skipped"
    if index == runner.index:
        return "current"
    return "past" if index < runner.index else "coming"
