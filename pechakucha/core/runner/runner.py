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
from pechakucha.core.runner import events, moves
from pechakucha.core.runner.snapshot import build_snapshot
from pechakucha.core.runner.state import Phase, RunnerSnapshot, SegmentRecord, SegmentTimes
from pechakucha.core.runner.timeline import Timeline
from pechakucha.core.schedule import TalkSchedule, TalkState
from pechakucha.core.session.budget import planned_durations
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
        self.restarted: dict[int, list[float]] = {}  # actual seconds of runs gone back over
        self.timeline = Timeline()
        self._phase: Phase = "ready"
        self.log = events.EventLog(journal, clock.now())  # the current command's events
        self.log.emit("session_open", **events.open_fields(self.session, self.plan))
        self.log.flush()

    # -- queries ----------------------------------------------------------------------------
    @property
    def journal(self) -> Journal | None:
        """Where events are journaled (None: kept in memory only)."""
        return self.log.journal

    @property
    def phase(self) -> Phase:
        """The phase as shown: "hold" during a technical hold, else the underlying phase."""
        return "hold" if self.on_hold else self._phase

    @property
    def held_phase(self) -> Phase:
        """The phase under a hold (release() returns to it)."""
        return self._phase

    @held_phase.setter
    def held_phase(self, phase: Phase) -> None:
        """Set by the moves through the running order (moves.py)."""
        self._phase = phase

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
        return self.log.flush()

    def start(self) -> Events:
        """Start the segment waiting as "up next" (F5); on a paused segment, resume it."""
        now = self._begin()
        if self._phase == "paused" and not self.on_hold:
            return self.resume()
        if self._phase in ("ready", "up_next"):
            moves.command(self, "start")
            moves.start_segment(self, now, waited=self._phase == "up_next")
        return self.log.flush()

    def next_segment(self) -> Events:
        """End the current segment (or skip the one waiting) and move to the next."""
        now = self._begin()
        if self.on_hold or self._phase == "done":
            return self.log.flush()
        if self._phase == "ready":
            if self.index + 1 < len(self.records):
                moves.command(self, "next_segment")
                moves.skip_current(self)
                self.index += 1
            return self.log.flush()
        moves.command(self, "next_segment")
        if self._phase == "up_next":
            moves.skip_current(self)
        else:
            moves.end_current(self, now, "operator")
        moves.move_on(self, now)
        return self.log.flush()

    def previous_segment(self) -> Events:
        """Go back one segment: a Q&A, commentary or card that ran is reopened as if it had not
        ended (the time since counts as its own); a talk waits as "up next" again."""
        now = self._begin()
        if self.on_hold or (self.index == 0 and self._phase in ("ready", "up_next")):
            return self.log.flush()
        moves.command(self, "previous_segment")
        self.recalled = None
        if self._phase == "ready":
            self.index -= 1
            moves.discard(self, self.index)
            return self.log.flush()
        if self._phase in ("running", "paused"):
            moves.discard(self, self.index)
        if self.index == 0:
            moves.up_next(self, 0)
            return self.log.flush()
        self.index -= 1
        self.timeline.end = None
        record = self.records[self.index]
        if record is not None and not record.skipped and self.current.kind != "talk":
            moves.reopen(self, record)
        else:
            moves.discard(self, self.index)
            moves.enter(self, now, after_talk=False)
        return self.log.flush()

    def pause(self) -> Events:
        """Pause the running segment: a talk keeps its slide's remaining time; the budget runs."""
        now = self._begin()
        if self._phase == "running" and not self.on_hold:
            moves.command(self, "pause")
            self.record.stop_clock(now, pause=True, paused=False)
            self._phase = "paused"
        return self.log.flush()

    def resume(self) -> Events:
        """Resume a paused segment; every later slide deadline moves by the paused time."""
        now = self._begin()
        if self._phase == "paused" and not self.on_hold:
            moves.command(self, "resume")
            self.record.restart_clock(now, pause=True, paused=True)
            self._phase = "running"
        return self.log.flush()

    def hold(self) -> Events:
        """Technical hold: freeze the talk and the session budget (not the speaker's time)."""
        now = self._begin()
        if self._phase in _STARTED and not self.on_hold:
            moves.command(self, "hold")
            self.timeline.begin_hold(now)
            if self._phase in ("running", "paused"):
                self.record.stop_clock(now, pause=False, paused=self._phase == "paused")
        return self.log.flush()

    def release(self) -> Events:
        """End a technical hold: everything continues where it stood."""
        now = self._begin()
        if self.on_hold:
            moves.command(self, "release", held=self.timeline.end_hold(now))
            if self._phase in ("running", "paused"):
                self.record.restart_clock(now, pause=False, paused=self._phase == "paused")
        return self.log.flush()

    def extend(self, seconds: float) -> Events:
        """Give the current Q&A, commentary or card `seconds` more (negative: less)."""
        self._begin()
        record, segment = self.record, self.current
        timed = segment is not None and segment.kind in _TIMED_KINDS
        if not timed or self._phase not in ("running", "paused"):
            return self.log.flush()
        if seconds < 0:  # a cut never turns time already run into an overrun
            running = self.times(self.index, self.clock.now()).running
            record.cut_floor = max(record.cut_floor, running)
        record.extra = max(record.extra + seconds, -record.allocation)
        moves.command(self, "extend", seconds=seconds, allotted=record.allotted)
        return self.log.flush()

    def jump(self, slide: int) -> Events:
        """A manual jump (--manual, rehearsing): the running talk's clock restarts at `slide`
        (from 0, kept inside the talk), and its later slides follow from there."""
        now = self._begin()
        schedule = self.schedule
        if schedule is None or self._phase != "running" or self.on_hold:
            return self.log.flush()
        slide = max(0, min(slide, schedule.format.slides - 1))
        schedule.start(now, at_slide=slide)
        self.record.last_slide = slide
        moves.command(self, "goto", slide=slide + events.SLIDES_FROM)
        return self.log.flush()

    def mark_slide(self) -> tuple[int, int] | None:
        """Mark the current talk's slide for recall; returns (segment index, slide) or None.

        Its events are journaled and handed out by the next command or tick().
        """
        now = self._begin()
        schedule = self.schedule
        if schedule is None or self._phase not in ("running", "paused"):
            return None
        mark = (self.index, schedule.slide_at(now))
        moves.mark(self, *mark)
        return mark

    def mark(self, segment_index: int, slide: int) -> Events:
        """Mark slide `slide` of talk `segment_index` for recall (once; a replayed mark)."""
        self._begin()
        moves.mark(self, segment_index, slide)
        return self.log.flush()

    def recall(self, segment_index: int, slide: int) -> Events:
        """Show `slide` of talk `segment_index` again, during a Q&A, the commentary or a card.

        Raises ValueError if that segment is not a talk or has no such slide.
        """
        self.session.check_slide(segment_index, slide)
        self._begin()
        segment = self.current
        if segment is not None and segment.kind != "talk" and self._phase in ("running", "paused"):
            self.recalled = (segment_index, slide)
            moves.command(self, "recall", talk=segment_index, slide=slide + events.SLIDES_FROM)
        return self.log.flush()

    def clear_recall(self) -> Events:
        """Back from a recalled slide to the segment's own card."""
        self._begin()
        if self.recalled is not None:
            self.recalled = None
            moves.command(self, "clear_recall")
        return self.log.flush()

    def carry_on(self, clock: Clock, journal: Journal | None, skip=frozenset(), **fields) -> None:
        """After a crash recovery's replay: catch up on the new clock, journal "recovered" with
        the state reached, then the downtime's events but those in `skip` (event_key)."""
        self.log.flush()  # what the replay noticed is in the old journal already
        self.clock = clock
        self._catch_up(clock.now())
        caught_up = [e for e in self.log.flush() if events.event_key(e) not in skip]
        self.log.journal = journal
        self.log.emit("recovered", segment=self.index, phase=self.phase, **fields)
        for entry in caught_up:
            self.log.emit(
                entry["event"], **{k: v for k, v in entry.items() if k not in ("event", "t")}
            )
        self.log.flush()

    # -- internals: time --------------------------------------------------------------------
    def _begin(self) -> float:
        """Fix the instant of this command and catch up with anything due before it."""
        now = self.clock.now()
        self._catch_up(now)
        return now

    def _catch_up(self, now: float) -> None:
        """Journal slide advances and end a talk whose last slide's time is up."""
        self.log.t = now
        schedule, record = self.schedule, self.record
        if schedule is None or record is None or self._phase != "running":
            return
        finished = schedule.state(now) is TalkState.FINISHED
        slide = schedule.format.slides - 1 if finished else schedule.slide_at(now)
        for k in range(record.last_slide + 1, slide + 1):
            due, number = schedule.due(k), k + events.SLIDES_FROM  # "advance": what paints it
            self.log.emit("slide_due", segment=self.index, slide=number, due=due, late=now - due)
        record.last_slide = max(record.last_slide, slide)
        if finished:
            end = schedule.due(schedule.format.slides)
            moves.end_current(self, end, "talk_over")
            moves.move_on(self, end)
