"""The session runner: a state machine over the running order, on a monotonic clock.

ready → (up next → running ⇄ paused) for each segment → done. A technical hold can interrupt any
started phase and freezes both the talk and the session budget. Every command takes effect at
`clock.now()`, first catching up with anything due (a talk that ended), and returns the events
it caused (the journal entries). Times in events are on the runner's monotonic clock; event
fields carry exact times ("start", "end", "due") where the event is noticed later (a late tick).
"""

from __future__ import annotations

import copy
from typing import Any

from pechakucha.core.clock import Clock
from pechakucha.core.journal import Journal
from pechakucha.core.runner import events
from pechakucha.core.runner.forecast import learned
from pechakucha.core.runner.snapshot import build_snapshot
from pechakucha.core.runner.state import Phase, RunnerSnapshot, SegmentRecord, SegmentTimes
from pechakucha.core.runner.timeline import Timeline
from pechakucha.core.schedule import TalkSchedule, TalkState
from pechakucha.core.session.budget import AS_WRITTEN, allocate, planned_durations
from pechakucha.core.session.model import Segment, Session

_STARTED: tuple[Phase, ...] = ("up_next", "running", "paused")
_TIMED_KINDS = ("qa", "commentary", "card")

Events = list[dict[str, Any]]


class SessionRunner:
    """Runs one session: SessionRunner(session, clock, journal=None).

    Commands are meant for the operator's keys; each returns the events it caused. The Qt layer
    calls tick() when its timer fires (arm it with next_deadline()) and renders snapshot().
    With `learn` False the budget solver plans only from the file, ignoring what the room shows
    (changeovers, Q&A overruns): the solver as it was before it learned, for comparisons.
    """

    def __init__(
        self, session: Session, clock: Clock, journal: Journal | None = None, learn: bool = True
    ) -> None:
        if not session.segments:
            raise ValueError("a session needs at least one segment to run")
        self.session = copy.deepcopy(session)  # edits to the original do not reach a live run
        self.clock, self.learn = clock, learn
        self.plan = planned_durations(self.session)
        self.records: list[SegmentRecord | None] = [None] * len(self.session.segments)
        self.index = 0
        self.marks: list[tuple[int, int]] = []
        self.recalled: tuple[int, int] | None = None
        self.timeline = Timeline()
        self._phase: Phase = "ready"
        self._log = events.EventLog(journal, clock.now())
        self._log.emit("session_open", **events.open_fields(self.session, self.plan))
        self._log.flush()

    # -- queries ----------------------------------------------------------------------------
    @property
    def journal(self) -> Journal | None:
        """Where events are journaled (None: kept in memory only)."""
        return self._log.journal

    @property
    def phase(self) -> Phase:
        """The phase as shown: "hold" during a technical hold, else the underlying phase."""
        return "hold" if self.on_hold else self._phase

    held_phase = property(
        lambda self: self._phase, doc="The phase under a hold (release() returns to it)."
    )

    @property
    def on_hold(self) -> bool:
        """True during a technical hold."""
        return self.timeline.on_hold

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
        return self.timeline.hold_total(self.clock.now() if at is None else at)

    def session_elapsed(self, at: float | None = None) -> float:
        """Session time used up to `at` (default now): from the first start, holds excluded."""
        return self.timeline.elapsed(self.clock.now() if at is None else at)

    def skipped(self, index: int) -> bool:
        """True if segment `index` was skipped."""
        record = self.records[index]
        return record is not None and record.skipped

    def times(self, index: int, at: float) -> SegmentTimes | None:
        """How segment `index` ran up to `at` (or its end); None if it did not run."""
        record, segment = self.records[index], self.session.segments[index]
        if record is None or record.skipped:
            return None
        untimed = segment.kind == "card" and segment.duration is None and record.extra == 0
        return record.times(at, self.timeline.holds, countdown=not untimed)

    def next_deadline(self) -> float | None:
        """Monotonic time the runner next needs a tick: the running talk's next slide or its end."""
        schedule = self.schedule
        if schedule is None or self.on_hold or self._phase != "running":
            return None
        return schedule.next_deadline(self.clock.now())

    def snapshot(self) -> RunnerSnapshot:
        """A frozen view of the session now, for the views. Pure: call tick() first (a talk
        whose time is up but not yet ticked shows its last slide with 0 remaining)."""
        return build_snapshot(self, self.clock.now())

    # -- commands ---------------------------------------------------------------------------
    def tick(self) -> Events:
        """Catch up with time: journal slide advances, end a talk whose time is up and start
        the Q&A after it at the talk's exact end. Returns the events that happened."""
        self._begin()
        return self._log.flush()

    def start(self) -> Events:
        """Start the segment waiting as "up next" (F5); on a paused segment, resume it."""
        now = self._begin()
        if self._phase == "paused" and not self.on_hold:
            return self.resume()
        if self._phase in ("ready", "up_next"):
            self._command("start")
            self._start_segment(now, waited=self._phase == "up_next")
        return self._log.flush()

    def next_segment(self) -> Events:
        """End the current segment (or skip the one waiting) and move to the next."""
        now = self._begin()
        if self.on_hold or self._phase == "done":
            return self._log.flush()
        if self._phase == "ready":
            if self.index + 1 < len(self.records):
                self._command("next_segment")
                self._skip_current()
                self.index += 1
            return self._log.flush()
        self._command("next_segment")
        if self._phase == "up_next":
            self._skip_current()
        else:
            self._end_current(now, "operator")
        self._move_on(now)
        return self._log.flush()

    def previous_segment(self) -> Events:
        """Go back one segment: a Q&A, commentary or card that ran is reopened as if it had not
        ended (the time since counts as its own); a talk waits as "up next" again."""
        now = self._begin()
        if self.on_hold or (self.index == 0 and self._phase in ("ready", "up_next")):
            return self._log.flush()
        self._command("previous_segment")
        self.recalled = None
        if self._phase == "ready":
            self.index -= 1
            self._discard(self.index)
            return self._log.flush()
        if self._phase in ("running", "paused"):
            self._discard(self.index)
        if self.index == 0:
            self._up_next(0)
            return self._log.flush()
        self.index -= 1
        self.timeline.end = None
        record = self.records[self.index]
        if record is not None and not record.skipped and self.current.kind != "talk":
            self._reopen(record)
        else:
            self._discard(self.index)
            self._enter(now, after_talk=False)
        return self._log.flush()

    def pause(self) -> Events:
        """Pause the running segment: a talk keeps its slide's remaining time; the budget runs."""
        now = self._begin()
        if self._phase == "running" and not self.on_hold:
            self._command("pause")
            self.record.stop_clock(now, pause=True, paused=False)
            self._phase = "paused"
        return self._log.flush()

    def resume(self) -> Events:
        """Resume a paused segment; every later slide deadline moves by the paused time."""
        now = self._begin()
        if self._phase == "paused" and not self.on_hold:
            self._command("resume")
            self.record.restart_clock(now, pause=True, paused=True)
            self._phase = "running"
        return self._log.flush()

    def hold(self) -> Events:
        """Technical hold: freeze the talk and the session budget (not the speaker's time)."""
        now = self._begin()
        if self._phase in _STARTED and not self.on_hold:
            self._command("hold")
            self.timeline.begin_hold(now)
            if self._phase in ("running", "paused"):
                self.record.stop_clock(now, pause=False, paused=self._phase == "paused")
        return self._log.flush()

    def release(self) -> Events:
        """End a technical hold: everything continues where it stood."""
        now = self._begin()
        if self.on_hold:
            self._command("release", held=self.timeline.end_hold(now))
            if self._phase in ("running", "paused"):
                self.record.restart_clock(now, pause=False, paused=self._phase == "paused")
        return self._log.flush()

    def extend(self, seconds: float) -> Events:
        """Give the current Q&A, commentary or card `seconds` more (negative: less)."""
        self._begin()
        record, segment = self.record, self.current
        timed = segment is not None and segment.kind in _TIMED_KINDS
        if not timed or self._phase not in ("running", "paused"):
            return self._log.flush()
        record.extra = max(record.extra + seconds, -record.allocation)
        self._command("extend", seconds=seconds, allotted=record.allotted)
        return self._log.flush()

    def mark_slide(self) -> tuple[int, int] | None:
        """Mark the current talk's slide for recall; returns (segment index, slide) or None.

        Its events are journaled and handed out by the next command or tick().
        """
        now = self._begin()
        schedule = self.schedule
        if schedule is None or self._phase not in ("running", "paused"):
            return None
        mark = (self.index, schedule.slide_at(now))
        self._mark(*mark)
        return mark

    def mark(self, segment_index: int, slide: int) -> Events:
        """Mark slide `slide` of talk `segment_index` for recall (once; a replayed mark)."""
        self._begin()
        self._mark(segment_index, slide)
        return self._log.flush()

    def recall(self, segment_index: int, slide: int) -> Events:
        """Show `slide` of talk `segment_index` again, during a Q&A, the commentary or a card.

        Raises ValueError if that segment is not a talk or has no such slide.
        """
        self.session.check_slide(segment_index, slide)
        self._begin()
        segment = self.current
        if segment is not None and segment.kind != "talk" and self._phase in ("running", "paused"):
            self.recalled = (segment_index, slide)
            self._command("recall", talk=segment_index, slide=slide + events.SLIDES_FROM)
        return self._log.flush()

    def clear_recall(self) -> Events:
        """Back from a recalled slide to the segment's own card."""
        self._begin()
        if self.recalled is not None:
            self.recalled = None
            self._command("clear_recall")
        return self._log.flush()

    def carry_on(self, clock: Clock, journal: Journal | None, skip=frozenset(), **fields) -> None:
        """After a crash recovery's replay: catch up on the new clock, journal "recovered" with
        the state reached, then the downtime's events but those in `skip` (event_key)."""
        self._log.flush()  # what the replay noticed is in the old journal already
        self.clock = clock
        self._catch_up(clock.now())
        caught_up = [e for e in self._log.flush() if events.event_key(e) not in skip]
        self._log.journal = journal
        self._log.emit("recovered", segment=self.index, phase=self.phase, **fields)
        for entry in caught_up:
            self._log.emit(
                entry["event"], **{k: v for k, v in entry.items() if k not in ("event", "t")}
            )
        self._log.flush()

    # -- internals: time --------------------------------------------------------------------
    def _begin(self) -> float:
        """Fix the instant of this command and catch up with anything due before it."""
        now = self.clock.now()
        self._catch_up(now)
        return now

    def _catch_up(self, now: float) -> None:
        """Journal slide advances and end a talk whose last slide's time is up."""
        self._log.t = now
        schedule, record = self.schedule, self.record
        if schedule is None or record is None or self._phase != "running":
            return
        finished = schedule.state(now) is TalkState.FINISHED
        slide = schedule.format.slides - 1 if finished else schedule.slide_at(now)
        for k in range(record.last_slide + 1, slide + 1):
            due, number = schedule.due(k), k + events.SLIDES_FROM  # "advance": what paints it
            self._log.emit("slide_due", segment=self.index, slide=number, due=due, late=now - due)
        record.last_slide = max(record.last_slide, slide)
        if finished:
            end = schedule.due(schedule.format.slides)
            self._end_current(end, "talk_over")
            self._move_on(end)

    # -- internals: moving through the running order -----------------------------------------
    def _start_segment(self, at: float, waited: bool = False) -> None:
        """Start the current segment at `at` (`waited`: as "up next", after a changeover) and
        lock its allocation, given what the room has shown so far."""
        if self.timeline.start is None:
            self.timeline.start = at
            self._log.emit("session_start", start=at)
        segment = self.current
        gap = self.timeline.gap_before(self.records, at)
        record = SegmentRecord(start=at, changeover=gap, waited=waited and self.index > 0)
        left = self.session.budget - self.session_elapsed(at)
        expect = learned(self, at) if self.learn else AS_WRITTEN
        record.allocation = allocate(self.session, self.index, left, expect, first_gap=0.0)[0]
        if segment.kind == "talk":
            record.schedule = TalkSchedule(self.session.talk_format(segment))
            record.schedule.start(at)
        self.records[self.index] = record
        self._phase = "running"
        self._log.emit("segment_start", **events.start_fields(self.session, self.index, record))

    def _end_current(self, at: float, reason: str) -> None:
        """End the current segment at `at`."""
        self.record.finish(at, reason)
        self.recalled = None
        times = self.times(self.index, at)
        fields = events.end_fields(self.session, self.index, times, self.plan[self.index])
        self._log.emit("segment_end", **fields, reason=reason)

    def _move_on(self, at: float) -> None:
        """After the current segment ended or was skipped at `at`: enter the next one."""
        after_talk = not self.record.skipped and self.current.kind == "talk"
        self.index += 1
        if self.current is not None:
            self._enter(at, after_talk=after_talk)
            return
        self._phase = "done"
        self.timeline.end = at
        self._log.emit(
            "session_end", end=at, elapsed=self.session_elapsed(at), hold_total=self.hold_total(at)
        )

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
        self._log.emit("up_next", **events.segment_fields(self.session, index))

    def _skip_current(self) -> None:
        """Record the current (not started) segment as skipped."""
        self.records[self.index] = SegmentRecord()
        self._log.emit("segment_skip", **events.segment_fields(self.session, self.index))

    def _discard(self, index: int) -> None:
        """Forget how segment `index` ran (going back over it)."""
        if self.records[index] is not None:
            self.records[index] = None
            self._log.emit("segment_discard", segment=index)

    def _reopen(self, record: SegmentRecord) -> None:
        """Continue an ended Q&A, commentary or card as if it had not ended."""
        record.end = record.end_reason = None
        self._phase = "running"
        self._log.emit("segment_reopen", **events.segment_fields(self.session, self.index))

    def _mark(self, segment_index: int, slide: int) -> None:
        """Remember a slide for recall (once: marking it again changes nothing)."""
        if (segment_index, slide) not in self.marks:
            self.marks.append((segment_index, slide))
            self._command("mark_slide", segment=segment_index, slide=slide + events.SLIDES_FROM)

    def _command(self, name: str, **fields: Any) -> None:
        """Journal an operator command (recovery replays these)."""
        self._log.emit(name, **{"segment": self.index, **fields})
