"""How the runner moves through the running order: starting, ending, skipping, going back.

Functions of a SessionRunner, called only by its commands (`runner.py` decides when): they
change which segment is current, write its record and emit the events, through the runner's
event log, at the command's instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pechakucha.core.runner import events
from pechakucha.core.runner.forecast import learned
from pechakucha.core.runner.state import SegmentRecord
from pechakucha.core.schedule import TalkSchedule
from pechakucha.core.session.budget import AS_WRITTEN, allocate

if TYPE_CHECKING:
    from pechakucha.core.runner.runner import SessionRunner


def start_segment(runner: SessionRunner, at: float, waited: bool = False) -> None:
    """Start the current segment at `at` (`waited`: as "up next", after a changeover) and
    lock its allocation, given what the room has shown so far."""
    if runner.timeline.start is None:
        runner.timeline.start = at
        runner.log.emit("session_start", start=at)
    segment = runner.session.segments[runner.index]
    gap = runner.timeline.gap_before(runner.records, at)
    record = SegmentRecord(start=at, changeover=gap, waited=waited and runner.index > 0)
    left = runner.session.budget - runner.timeline.elapsed(at)
    expect = learned(runner, at) if runner.learn else AS_WRITTEN
    record.allocation = allocate(runner.session, runner.index, left, expect, first_gap=0.0)[0]
    if segment.kind == "talk":
        record.schedule = TalkSchedule(runner.session.talk_format(segment))
        record.schedule.start(at)
    runner.records[runner.index] = record
    runner.held_phase = "running"
    runner.log.emit("segment_start", **events.start_fields(runner.session, runner.index, record))


def end_current(runner: SessionRunner, at: float, reason: str) -> None:
    """End the current segment at `at`."""
    runner.records[runner.index].finish(at, reason)
    runner.recalled = None
    times = runner.times(runner.index, at)
    fields = events.end_fields(runner.session, runner.index, times, runner.plan[runner.index])
    runner.log.emit("segment_end", **fields, reason=reason)


def move_on(runner: SessionRunner, at: float) -> None:
    """After the current segment ended or was skipped at `at`: enter the next one."""
    record = runner.records[runner.index]
    after_talk = not record.skipped and runner.session.segments[runner.index].kind == "talk"
    runner.index += 1
    if runner.index < len(runner.session.segments):
        enter(runner, at, after_talk=after_talk)
        return
    runner.held_phase = "done"
    runner.timeline.end = at
    runner.log.emit(
        "session_end",
        end=at,
        elapsed=runner.timeline.elapsed(at),
        hold_total=runner.timeline.hold_total(at),
    )


def enter(runner: SessionRunner, at: float, *, after_talk: bool) -> None:
    """Arrive at the current segment: a card, or a Q&A right after a talk, starts at once;
    anything else waits as "up next" for the operator."""
    kind = runner.session.segments[runner.index].kind
    if kind == "card" or (kind == "qa" and after_talk):
        start_segment(runner, at)
    else:
        up_next(runner, runner.index)


def up_next(runner: SessionRunner, index: int) -> None:
    """Wait for the operator to start segment `index`."""
    runner.index = index
    runner.held_phase = "up_next"
    runner.log.emit("up_next", **events.segment_fields(runner.session, index))


def skip_current(runner: SessionRunner) -> None:
    """Record the current (not started) segment as skipped."""
    runner.records[runner.index] = SegmentRecord()
    runner.log.emit("segment_skip", **events.segment_fields(runner.session, runner.index))


def discard(runner: SessionRunner, index: int) -> None:
    """Go back over segment `index`: it will run again. What ran of it stays in the report
    as "restarted" (its actual seconds) and in the journal's segment_discard."""
    record = runner.records[index]
    if record is None:
        return
    fields: dict[str, Any] = {"segment": index}
    if not record.skipped:
        ran = runner.times(index, runner.log.t).actual
        runner.restarted.setdefault(index, []).append(ran)
        fields["ran"] = ran
    runner.records[index] = None
    runner.log.emit("segment_discard", **fields)


def reopen(runner: SessionRunner, record: SegmentRecord) -> None:
    """Continue an ended Q&A, commentary or card as if it had not ended."""
    record.end = record.end_reason = None
    runner.held_phase = "running"
    runner.log.emit("segment_reopen", **events.segment_fields(runner.session, runner.index))


def mark(runner: SessionRunner, segment_index: int, slide: int) -> None:
    """Remember a slide for recall (once: marking it again changes nothing)."""
    if (segment_index, slide) not in runner.marks:
        runner.marks.append((segment_index, slide))
        command(runner, "mark_slide", segment=segment_index, slide=slide + events.SLIDES_FROM)


def command(runner: SessionRunner, name: str, **fields: Any) -> None:
    """Journal an operator command (recovery replays these)."""
    runner.log.emit(name, **{"segment": runner.index, **fields})
