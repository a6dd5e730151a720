"""The session runner's state and inner workings; the operator's commands are in runner.py.

Times are seconds on the runner's monotonic clock. Every change is journaled through _emit at
the instant of the command being run (`_t`); event fields carry exact times ("start", "end",
"due") where an event is noticed after it happened (a late tick).
"""

from __future__ import annotations

import copy
from typing import Any

from pechakucha.core.clock import Clock
from pechakucha.core.journal import Journal
from pechakucha.core.runner.state import Phase, SegmentRecord, overlap
from pechakucha.core.schedule import TalkSchedule, TalkState
from pechakucha.core.session.budget import allocate, planned_durations
from pechakucha.core.session.model import Segment, Session

#: The journal counts slides from 1 (slide 1 is the first), like the console and the advance
#: events; journals written before `slides_from` was in "session_open" counted some from 0.
SLIDES_FROM = 1


class RunnerCore:
    """State, queries and transitions shared by the commands of SessionRunner."""

    def __init__(self, session: Session, clock: Clock, journal: Journal | None = None) -> None:
        if not session.segments:
            raise ValueError("a session needs at least one segment to run")
        self.session = copy.deepcopy(session)  # edits to the original do not reach a live run
        self.clock = clock
        self.journal = journal
        self.plan = planned_durations(self.session)
        self.records: list[SegmentRecord | None] = [None] * len(self.session.segments)
        self.index = 0
        self.holds: list[list[float | None]] = []
        self.marks: list[tuple[int, int]] = []
        self.recalled: tuple[int, int] | None = None
        self.session_start: float | None = None
        self.session_end: float | None = None
        self._phase: Phase = "ready"
        self._t = clock.now()
        self._pending: list[dict[str, Any]] = []
        self._emit(
            "session_open",
            title=self.session.title,
            budget=self.session.budget,
            segments=self._plan_rows(),
            slides_from=SLIDES_FROM,
        )
        self._pending.clear()

    # -- queries ----------------------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        """The phase as shown: "hold" during a technical hold, else the underlying phase."""
        return "hold" if self.on_hold else self._phase

    @property
    def held_phase(self) -> Phase:
        """The phase under a hold (what release() returns to)."""
        return self._phase

    @property
    def on_hold(self) -> bool:
        """True during a technical hold."""
        return bool(self.holds) and self.holds[-1][1] is None

    @property
    def current(self) -> Segment | None:
        """The current segment (None when done)."""
        segments = self.session.segments
        return segments[self.index] if self.index < len(segments) else None

    @property
    def record(self) -> SegmentRecord | None:
        """How the current segment is running (None before it starts)."""
        return self.records[self.index] if self.current is not None else None

    @property
    def schedule(self) -> TalkSchedule | None:
        """The current talk's schedule while it runs (ask it slide_at(now), next_deadline(now))."""
        record = self.record
        return None if record is None or record.end is not None else record.schedule

    def hold_total(self, at: float | None = None) -> float:
        """Seconds spent in technical holds up to `at` (default: now)."""
        at = self.clock.now() if at is None else at
        return overlap(self.holds, float("-inf"), at)

    def session_elapsed(self, at: float | None = None) -> float:
        """Session time used up to `at` (default now): from the first start, holds excluded."""
        at = self.clock.now() if at is None else at
        if self.session_start is None:
            return 0.0
        end = at if self.session_end is None else min(at, self.session_end)
        return max(0.0, end - self.session_start - overlap(self.holds, self.session_start, end))

    # -- internals: time --------------------------------------------------------------------
    def _begin(self) -> float:
        """Fix the instant of this command and catch up with anything due before it."""
        self._t = self.clock.now()
        self._catch_up(self._t)
        return self._t

    def _catch_up(self, now: float) -> None:
        """Journal slide advances and end a talk whose last slide's time is up."""
        self._t = now
        schedule, record = self.schedule, self.record
        if schedule is None or record is None or self._phase != "running":
            return
        last = schedule.format.slides - 1
        slide = last if schedule.state(now) is TalkState.FINISHED else schedule.slide_at(now)
        for k in range(record.last_slide + 1, slide + 1):
            self._emit(  # "advance" (with "shown") is journaled by whatever paints the slide
                "slide_due",
                segment=self.index,
                slide=k + SLIDES_FROM,
                due=schedule.due(k),
                late=now - schedule.due(k),
            )
        record.last_slide = max(record.last_slide, slide)
        if schedule.state(now) is TalkState.FINISHED:
            end = schedule.due(schedule.format.slides)
            self._end_current(end, "talk_over")
            self._move_on(end)

    def _stop_clock(self, at: float, *, pause: bool) -> None:
        """Freeze the current segment's clock at `at`: for a pause (counted as paused time) or
        for a hold (a hold that interrupts a pause turns the rest of it into hold time)."""
        record = self.record
        if self._phase == "paused":  # only a hold can come on top of a pause
            record.pauses[-1][1] = at
            return
        if pause:
            record.pauses.append([at, None])
        if record.schedule is not None:
            record.schedule.pause(at)

    def _restart_clock(self, at: float, *, pause: bool) -> None:
        """Undo _stop_clock: at the end of a pause, or of a hold (a pause under it goes on)."""
        record = self.record
        if self._phase == "paused" and not pause:
            record.pauses.append([at, None])
            return
        if pause:
            record.pauses[-1][1] = at
        if record.schedule is not None:
            record.schedule.resume(at)

    # -- internals: moving through the running order -----------------------------------------
    def _start_segment(self, at: float) -> None:
        """Start the current segment at `at` and lock its allocation."""
        if self.session_start is None:
            self.session_start = at
            self._emit("session_start", start=at)
        segment = self.current
        record = SegmentRecord(start=at, changeover=self._changeover_before(at))
        left = self.session.budget - self.session_elapsed(at)
        record.allocation = allocate(self.session, self.index, left)[0]
        if segment.kind == "talk":
            record.schedule = TalkSchedule(self.session.talk_format(segment))
            record.schedule.start(at)
        self.records[self.index] = record
        self._phase = "running"
        self._emit(
            "segment_start",
            **self._segment_fields(),
            start=at,
            allotted=record.allocation,
            changeover=record.changeover,
            auto=segment.is_auto_qa,
        )

    def _end_current(self, at: float, reason: str) -> None:
        """End the current segment at `at`."""
        record = self.record
        if record.pauses and record.pauses[-1][1] is None:
            record.pauses[-1][1] = at
        record.end, record.end_reason = at, reason
        self.recalled = None
        self._emit(
            "segment_end", **self._segment_fields(), **self._record_fields(record), reason=reason
        )

    def _move_on(self, at: float) -> None:
        """After the current segment ended or was skipped at `at`: enter the next one."""
        ran = not self.record.skipped
        after_talk = ran and self.current.kind == "talk"
        self.index += 1
        if self.current is None:
            self._phase = "done"
            self.session_end = at
            self._emit(
                "session_end",
                end=at,
                elapsed=self.session_elapsed(at),
                hold_total=self.hold_total(at),
            )
            return
        self._enter(at, after_talk=after_talk)

    def _enter(self, at: float, *, after_talk: bool) -> None:
        """Arrive at the current segment: a card, or a Q&A right after a talk, starts at once;
        anything else waits as "up next" for the operator."""
        kind = self.current.kind
        if kind == "card" or (kind == "qa" and after_talk):
            self._start_segment(at)
        else:
            self._up_next(self.index)

    def _up_next(self, index: int) -> None:
        """Wait for the operator to start segment `index`."""
        self.index = index
        self._phase = "up_next"
        self._emit("up_next", **self._segment_fields())

    def _skip_current(self) -> None:
        """Record the current (not started) segment as skipped."""
        self.records[self.index] = SegmentRecord()
        self._emit("segment_skip", **self._segment_fields())

    def _discard(self, index: int) -> None:
        """Forget how segment `index` ran (going back over it)."""
        if self.records[index] is not None:
            self.records[index] = None
            self._emit("segment_discard", segment=index)

    def _reopen(self, record: SegmentRecord) -> None:
        """Continue an ended Q&A, commentary or card as if it had not ended."""
        record.end = record.end_reason = None
        self._phase = "running"
        self._emit("segment_reopen", **self._segment_fields())

    def _changeover_before(self, at: float) -> float:
        """Seconds between the last segment's end and `at`, holds excluded."""
        ends = [r.end for r in self.records if r is not None and r.end is not None and r.end <= at]
        if not ends or self.session_start is None:
            return 0.0
        last = max(ends)
        return max(0.0, at - last - overlap(self.holds, last, at))

    def _mark(self, segment_index: int, slide: int) -> None:
        """Remember a slide for recall (once: marking it again changes nothing)."""
        if (segment_index, slide) not in self.marks:
            self.marks.append((segment_index, slide))
            self._command("mark_slide", segment=segment_index, slide=slide + SLIDES_FROM)

    def _check_slide(self, segment_index: int, slide: int) -> None:
        """ValueError unless `segment_index` is a talk with a slide `slide`."""
        segments = self.session.segments
        if not 0 <= segment_index < len(segments) or segments[segment_index].kind != "talk":
            raise ValueError(f"segment {segment_index} is not a talk")
        slides = self.session.talk_format(segments[segment_index]).slides
        if not 0 <= slide < slides:
            raise ValueError(f"slide {slide} is not in 0..{slides - 1}")

    # -- internals: events ------------------------------------------------------------------
    def _segment_fields(self) -> dict[str, Any]:
        """Fields naming the current segment in an event."""
        segment = self.current
        return {
            "segment": self.index,
            "kind": segment.kind,
            "label": segment.label,
            "speaker": self.session.speaker_for(self.index),
        }

    def _record_fields(self, record: SegmentRecord) -> dict[str, Any]:
        """How an ended segment ran, for its segment_end event."""
        start, end = record.start, record.end
        held = overlap(self.holds, start, end)
        return {
            "organisation": self.current.organisation,
            "start": start,
            "end": end,
            "actual": end - start - held,
            "planned": self.plan[self.index],
            "allotted": record.allotted,
            "held": held,
            "paused": record.paused_between(start, end),
            "changeover": record.changeover,
        }

    def _plan_rows(self) -> list[dict[str, Any]]:
        """The plan as journaled when the runner opens (for reports from the journal alone)."""
        return [
            {
                "kind": s.kind,
                "label": s.label,
                "speaker": self.session.speaker_for(i),
                "organisation": s.organisation,
                "planned": self.plan[i],
            }
            for i, s in enumerate(self.session.segments)
        ]

    def _command(self, name: str, **fields: Any) -> None:
        """Journal an operator command (recovery replays these)."""
        self._emit(name, **{"segment": self.index, **fields})

    def _emit(self, event: str, **fields: Any) -> None:
        """Record an event at the current command's instant."""
        if self.journal is not None:
            entry = self.journal.write(event, self._t, **fields)
        else:
            entry = {"event": event, "t": self._t, **fields}
        self._pending.append(entry)

    def _flush(self) -> list[dict[str, Any]]:
        """The events since the last command, handed to the caller."""
        events, self._pending = self._pending, []
        return events
