"""The session runner: a state machine over the running order, on a monotonic clock.

ready → (up next → running ⇄ paused) for each segment → done. A technical hold can interrupt any
started phase and freezes both the talk and the session budget. Every command takes effect at
`clock.now()`, first catching up with anything due (a talk that ended), and returns the events
it caused (the journal entries). Times in events are on the runner's monotonic clock; event
fields carry exact times ("start", "end", "due") where the event is noticed later (a late tick).
"""

from __future__ import annotations

from typing import Any

from pechakucha.core.runner.base import SLIDES_FROM, RunnerCore
from pechakucha.core.runner.snapshot import build_snapshot
from pechakucha.core.runner.state import Phase, RunnerSnapshot

_STARTED: tuple[Phase, ...] = ("up_next", "running", "paused")
_TIMED_KINDS = ("qa", "commentary", "card")


class SessionRunner(RunnerCore):
    """Runs one session: SessionRunner(session, clock, journal=None).

    Commands are meant for the operator's keys; each returns the events it caused. The Qt layer
    calls tick() when its timer fires (arm it with next_deadline()) and renders snapshot().
    """

    def next_deadline(self) -> float | None:
        """Monotonic time the runner next needs a tick: the running talk's next slide or its end."""
        schedule = self.schedule
        if schedule is None or self.on_hold or self._phase != "running":
            return None
        return schedule.next_deadline(self.clock.now())

    def snapshot(self) -> RunnerSnapshot:
        """A frozen view of the session now, for the console and the audience window.

        Pure: it changes nothing, so call tick() first (a talk whose time is up but not yet
        ticked shows its last slide with 0 remaining)."""

        return build_snapshot(self, self.clock.now())

    # -- commands ---------------------------------------------------------------------------
    def tick(self) -> list[dict[str, Any]]:
        """Catch up with time: journal slide advances, end a talk whose time is up and start
        the Q&A after it at the talk's exact end. Returns the events that happened."""
        self._begin()
        return self._flush()

    def start(self) -> list[dict[str, Any]]:
        """Start the segment waiting as "up next" (F5); on a paused segment, resume it."""
        now = self._begin()
        if self._phase == "paused" and not self.on_hold:
            return self.resume()
        if self._phase in ("ready", "up_next"):
            self._command("start")
            self._start_segment(now)
        return self._flush()

    def next_segment(self) -> list[dict[str, Any]]:
        """End the current segment (or skip the one waiting) and move to the next."""
        now = self._begin()
        if self.on_hold or self._phase == "done":
            return self._flush()
        if self._phase == "ready":
            if self.index + 1 < len(self.records):
                self._command("next_segment")
                self._skip_current()
                self.index += 1
            return self._flush()
        self._command("next_segment")
        if self._phase == "up_next":
            self._skip_current()
        else:
            self._end_current(now, "operator")
        self._move_on(now)
        return self._flush()

    def previous_segment(self) -> list[dict[str, Any]]:
        """Go back one segment: a Q&A, commentary or card that ran is reopened as if it had not
        ended (the time since counts as its own); a talk waits as "up next" again."""
        now = self._begin()
        if self.on_hold or (self.index == 0 and self._phase in ("ready", "up_next")):
            return self._flush()
        self._command("previous_segment")
        self.recalled = None
        if self._phase == "ready":
            self.index -= 1
            self._discard(self.index)
            return self._flush()
        if self._phase in ("running", "paused"):
            self._discard(self.index)
        target = self.index - 1
        if target < 0:
            self._up_next(0)
            return self._flush()
        self.index = target
        self.session_end = None
        record = self.records[target]
        if record is not None and not record.skipped and self.current.kind != "talk":
            self._reopen(record)
        else:
            self._discard(target)
            self._enter(now, after_talk=False)
        return self._flush()

    def pause(self) -> list[dict[str, Any]]:
        """Pause the running segment: a talk keeps its slide's remaining time; the budget runs."""
        now = self._begin()
        if self._phase == "running" and not self.on_hold:
            self._command("pause")
            self._stop_clock(now, pause=True)
            self._phase = "paused"
        return self._flush()

    def resume(self) -> list[dict[str, Any]]:
        """Resume a paused segment; every later slide deadline moves by the paused time."""
        now = self._begin()
        if self._phase == "paused" and not self.on_hold:
            self._command("resume")
            self._restart_clock(now, pause=True)
            self._phase = "running"
        return self._flush()

    def hold(self) -> list[dict[str, Any]]:
        """Technical hold: freeze the talk and the session budget (not the speaker's time)."""
        now = self._begin()
        if self._phase in _STARTED and not self.on_hold:
            self._command("hold")
            self.holds.append([now, None])
            if self._phase in ("running", "paused"):
                self._stop_clock(now, pause=False)
        return self._flush()

    def release(self) -> list[dict[str, Any]]:
        """End a technical hold: everything continues where it stood."""
        now = self._begin()
        if self.on_hold:
            start = self.holds[-1][0]
            assert start is not None
            self.holds[-1][1] = now
            self._command("release", held=now - start)
            if self._phase in ("running", "paused"):
                self._restart_clock(now, pause=False)
        return self._flush()

    def extend(self, seconds: float) -> list[dict[str, Any]]:
        """Give the current Q&A, commentary or card `seconds` more (negative: less)."""
        self._begin()
        record, segment = self.record, self.current
        timed = segment is not None and segment.kind in _TIMED_KINDS
        if not timed or self._phase not in ("running", "paused"):
            return self._flush()
        record.extra = max(record.extra + seconds, -record.allocation)
        self._command("extend", seconds=seconds, allotted=record.allotted)
        return self._flush()

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

    def recall(self, segment_index: int, slide: int) -> list[dict[str, Any]]:
        """Show `slide` of talk `segment_index` again, during a Q&A, the commentary or a card.

        Raises ValueError if that segment is not a talk or has no such slide.
        """
        self._check_slide(segment_index, slide)
        self._begin()
        segment = self.current
        if segment is not None and segment.kind != "talk" and self._phase in ("running", "paused"):
            self.recalled = (segment_index, slide)
            self._command("recall", talk=segment_index, slide=slide + SLIDES_FROM)
        return self._flush()

    def clear_recall(self) -> list[dict[str, Any]]:
        """Back from a recalled slide to the segment's own card."""
        self._begin()
        if self.recalled is not None:
            self.recalled = None
            self._command("clear_recall")
        return self._flush()
