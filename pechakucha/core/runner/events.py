"""The runner's events: journaled at the instant of the command that caused them, handed out
once to whoever ran the command.

Without a journal the entries are kept in memory only (tests, simulations).
"""

from __future__ import annotations

from typing import Any

from pechakucha.core.journal import Journal
from pechakucha.core.runner.state import SegmentRecord, SegmentTimes
from pechakucha.core.session.budget import planned_changeovers
from pechakucha.core.session.model import Session

#: The journal counts slides from 1 (slide 1 is the first), like the console and the advance
#: events; journals written before `slides_from` was in "session_open" counted some from 0.
SLIDES_FROM = 1


class EventLog:
    """Events of the current command, at its instant `t` (set by the runner)."""

    def __init__(self, journal: Journal | None, t: float) -> None:
        self.journal = journal
        self.t = t
        self._pending: list[dict[str, Any]] = []

    def emit(self, event: str, **fields: Any) -> None:
        """Record an event at the current command's instant."""
        if self.journal is not None:
            entry = self.journal.write(event, self.t, **fields)
        else:
            entry = {"event": event, "t": self.t, **fields}
        self._pending.append(entry)

    def emit_again(self, entries: list[dict[str, Any]]) -> None:
        """Record `entries` (noticed before the journal was attached) at the current instant."""
        for entry in entries:
            self.emit(entry["event"], **{k: v for k, v in entry.items() if k not in ("event", "t")})

    def flush(self) -> list[dict[str, Any]]:
        """The events since the last flush."""
        events, self._pending = self._pending, []
        return events


def event_key(entry: dict[str, Any]) -> tuple[Any, ...]:
    """What makes an event the same event when it is noticed again (slide_due of a slide…)."""
    return entry.get("event"), entry.get("segment"), entry.get("slide")


def segment_fields(session: Session, index: int) -> dict[str, Any]:
    """Fields naming segment `index` in an event."""
    segment = session.segments[index]
    return {
        "segment": index,
        "kind": segment.kind,
        "label": segment.label,
        "speaker": session.speaker_for(index),
    }


def start_fields(session: Session, index: int, record: SegmentRecord) -> dict[str, Any]:
    """The segment_start event of segment `index`."""
    return {
        **segment_fields(session, index),
        "start": record.start,
        "allotted": record.allocation,
        "changeover": record.changeover,
        "auto": session.segments[index].is_auto_qa,
    }


def end_fields(session: Session, index: int, times: SegmentTimes, planned: float) -> dict[str, Any]:
    """How segment `index` ran, for its segment_end event."""
    return {
        **segment_fields(session, index),
        "organisation": session.segments[index].organisation,
        "start": times.start,
        "end": times.end,
        "actual": times.actual,
        "planned": planned,
        "allotted": times.allotted,
        "held": times.held,
        "paused": times.paused,
        "changeover": times.changeover,
        "overrun": times.overrun,
    }


def open_fields(session: Session, plan: list[float]) -> dict[str, Any]:
    """The session_open event: title, budget, format and the plan (for reports from the
    journal alone)."""
    fmt = session.format
    return {
        "title": session.title,
        "budget": session.budget,
        "format": {
            "name": fmt.name,
            "slides": fmt.slides,
            "seconds_per_slide": fmt.seconds_per_slide,
        },
        "segments": plan_rows(session, plan),
        "slides_from": SLIDES_FROM,
    }


def plan_rows(session: Session, plan: list[float]) -> list[dict[str, Any]]:
    """One row per segment of the plan: kind, label, speaker, organisation, planned seconds and
    the changeover planned before it."""
    gaps = planned_changeovers(session)
    return [
        {
            "kind": s.kind,
            "label": s.label,
            "speaker": session.speaker_for(i),
            "organisation": s.organisation,
            "planned": plan[i],
            "changeover": gaps[i],
        }
        for i, s in enumerate(session.segments)
    ]
