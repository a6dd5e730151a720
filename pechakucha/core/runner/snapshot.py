"""Reading a runner at one instant: rows, countdowns and their levels, ahead/behind, projected end.

Pure functions of what the runner shows through `RunView` and of `now`; nothing here changes the
runner or reads its bookkeeping directly.
"""

from __future__ import annotations

from pechakucha.core.runner.forecast import learned, waiting
from pechakucha.core.runner.levels import Level, countdown_level
from pechakucha.core.runner.state import RunnerSnapshot, SegmentRow, SegmentTimes, Status
from pechakucha.core.runner.view import RunView
from pechakucha.core.schedule import slide_level
from pechakucha.core.session.budget import (
    ComingPlan,
    Expectations,
    expected_changeover,
    plan_coming,
    planned_changeovers,
)


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


def current_left(runner: RunView, now: float, expect: Expectations) -> float:
    """Seconds the current segment is still expected to take: what its countdown has left,
    plus a Q&A's expected overrun (0 if it is not running or already past that)."""
    times = current_times(runner, now)
    if times is None or times.countdown is None:
        return 0.0
    overrun = expect.qa_overrun if runner.current.kind == "qa" else 0.0
    return max(0.0, times.countdown + overrun)


def coming_plan(runner: RunView, now: float, expect: Expectations) -> tuple[int, ComingPlan]:
    """(first coming index, the plan of every coming segment), as things stand now: the
    current segment is assumed to end as expected (see current_left)."""
    started = current_times(runner, now) is not None
    first = runner.index + 1 if started else runner.index
    if runner.held_phase == "done":
        return first, ComingPlan([], [], [])
    if runner.held_phase == "up_next":
        gap = expected_changeover(runner.session, first, expect) - waiting(runner, now)
        first_gap = max(0.0, gap)
    else:
        first_gap = None if started else 0.0
    left = runner.session.budget - runner.session_elapsed(now) - current_left(runner, now, expect)
    return first, plan_coming(runner.session, first, left, expect, first_gap)


def planned_elapsed(runner: RunView, now: float) -> float:
    """Session time the plan had used (segments and changeovers) by the point reached now."""
    gaps = planned_changeovers(runner.session)
    done = sum(runner.plan[: runner.index]) + sum(gaps[: runner.index])
    if runner.held_phase == "up_next":
        return done + min(waiting(runner, now), gaps[runner.index])
    times = current_times(runner, now)
    if times is None:
        return done
    return done + gaps[runner.index] + min(times.running, runner.plan[runner.index])


def qa_end_target(runner: RunView, now: float) -> float | None:
    """While an auto Q&A runs: when to end it for the expected end to land on the budget (its
    target, set at its start, as a moment; pauses do not move it, holds do)."""
    times = current_times(runner, now)
    if times is None or not runner.current.is_auto_qa:
        return None
    target = runner.session_elapsed(times.start) + times.allocation
    return now + target - runner.session_elapsed(now)


def build_snapshot(runner: RunView, now: float) -> RunnerSnapshot:
    """The whole view of `runner` at `now`."""
    expect = learned(runner, now)
    first, coming = coming_plan(runner, now, expect)
    times = current_times(runner, now)
    remaining = None if times is None else times.countdown
    elapsed = runner.session_elapsed(now)
    if runner.held_phase == "done":
        projected_end = runner.timeline.end
    else:
        projected_end = now + current_left(runner, now, expect) + coming.total
    schedule = runner.schedule
    return RunnerSnapshot(
        now=now,
        phase=runner.phase,
        held_phase=runner.held_phase,
        index=runner.index,
        kind=None if runner.current is None else runner.current.kind,
        rows=tuple(_rows(runner, now, first, coming.lengths, remaining)),
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
        auto_allocations=_auto_shares(runner, first, coming.lengths),
        hold_total=runner.hold_total(now),
        marks=tuple(runner.marks),
        recalled=runner.recalled,
        learned=expect,
        qa_end_target=qa_end_target(runner, now),
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


def _auto_shares(runner: RunView, first: int, lengths: list[float]) -> dict[int, float]:
    """Index → seconds of each coming auto Q&A."""
    segments = runner.session.segments
    return {first + i: s for i, s in enumerate(lengths) if segments[first + i].is_auto_qa}


def _status(runner: RunView, index: int) -> Status:
    """skipped, current (running or waiting to start), past or coming."""
    if runner.skipped(index):
        return "skipped"
    if index == runner.index:
        return "current"
    return "past" if index < runner.index else "coming"
