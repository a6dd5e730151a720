"""Reading a RunnerCore at one instant: rows, countdowns, ahead/behind, projected end.

Pure functions of the runner's state and `now`; nothing here changes the runner.
"""

from __future__ import annotations

from pechakucha.core.runner.base import RunnerCore
from pechakucha.core.runner.state import Level, RunnerSnapshot, SegmentRecord, SegmentRow, overlap
from pechakucha.core.session.budget import allocate


def actual_seconds(runner: RunnerCore, record: SegmentRecord, now: float) -> float | None:
    """Seconds a segment took (so far, if it still runs), holds excluded; None if skipped."""
    if record.start is None:
        return None
    end = now if record.end is None else record.end
    return max(0.0, end - record.start - overlap(runner.holds, record.start, end))


def running_seconds(runner: RunnerCore, record: SegmentRecord, now: float) -> float:
    """Seconds a segment's own clock has run: pauses and holds excluded."""
    if record.schedule is not None:
        return record.schedule.elapsed(now)
    end = now if record.end is None else record.end
    used = actual_seconds(runner, record, now) or 0.0
    return max(0.0, used - record.paused_between(record.start, end))


def remaining_seconds(runner: RunnerCore, now: float) -> float | None:
    """Time left on the current segment (negative: overrun); None if it has no countdown."""
    record, segment = runner.record, runner.current
    if record is None or record.skipped or runner.held_phase not in ("running", "paused"):
        return None
    if record.schedule is not None:
        return record.schedule.remaining(now)
    if segment.kind == "card" and segment.duration is None and record.extra == 0:
        return None
    return record.allotted - running_seconds(runner, record, now)


def countdown_level(runner: RunnerCore, remaining: float | None) -> Level | None:
    """Colour of the current countdown: normal, warn (amber), alert (red), overrun."""
    segment = runner.current
    if remaining is None or segment is None or segment.kind == "talk":
        return None
    if remaining <= 0:
        return "overrun"
    if remaining <= segment.alert_at:
        return "alert"
    return "warn" if remaining <= segment.warn_at else "normal"


def coming_allotments(runner: RunnerCore, now: float) -> tuple[int, list[float]]:
    """(first coming index, planned seconds of every coming segment), as things stand now:
    the current segment is assumed to end when its countdown does (or now, if overrunning)."""
    remaining = remaining_seconds(runner, now)
    started = runner.held_phase in ("running", "paused")
    first = runner.index + 1 if started else runner.index
    if runner.held_phase == "done":
        return first, []
    left = runner.session.budget - runner.session_elapsed(now) - max(0.0, remaining or 0.0)
    return first, allocate(runner.session, first, left)


def planned_elapsed(runner: RunnerCore, now: float) -> float:
    """Session time the plan had used by the point the session has reached."""
    done = sum(runner.plan[: runner.index])
    record = runner.record
    if record is None or record.skipped or runner.held_phase not in ("running", "paused"):
        return done
    return done + min(running_seconds(runner, record, now), runner.plan[runner.index])


def build_snapshot(runner: RunnerCore, now: float) -> RunnerSnapshot:
    """The whole view of `runner` at `now`."""
    first, coming = coming_allotments(runner, now)
    remaining = remaining_seconds(runner, now)
    elapsed = runner.session_elapsed(now)
    current_left = max(0.0, remaining or 0.0)
    if runner.held_phase == "done":
        projected_end = runner.session_end
    else:
        projected_end = now + current_left + sum(coming)
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
        level=countdown_level(runner, remaining),
        slide=None if schedule is None else schedule.slide_at(now),
        slide_remaining=None if schedule is None else schedule.slide_remaining(now),
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
    runner: RunnerCore, now: float, first: int, coming: list[float], remaining: float | None
) -> list[SegmentRow]:
    """One row per segment: past (or skipped), current (running or waiting) or coming."""
    rows = []
    for index, segment in enumerate(runner.session.segments):
        record = runner.records[index]
        started = record is not None and not record.skipped
        if started:
            allotted = record.allotted
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
                actual=actual_seconds(runner, record, now) if started else None,
                remaining=remaining if index == runner.index else None,
                status=_status(runner, index, record),
            )
        )
    return rows


def _status(runner: RunnerCore, index: int, record: SegmentRecord | None) -> str:
    """skipped, current (running or waiting to start), past or coming."""
    if record is not None and record.skipped:
        return "skipped"
    if index == runner.index:
        return "current"
    return "past" if index < runner.index else "coming"
