"""Crash recovery: rebuild a SessionRunner from its journal as if the app had never stopped.

The journal's operator commands are replayed at their times, moved onto the new process's
monotonic clock. The time the app was down is measured in wall-clock time, from the last
journal line to `now_wall`, and the operator chooses (`resume`) what it means: "clock" — it
counts as elapsed (the audience's clock did not stop): a talk lands on the slide and second due
now, a talk that would have ended meanwhile has ended and the Q&A after it started at its exact
end; "slide" — the show goes on at the slide and second where it stopped, and the downtime is
session time used (the session's end moves by it, and the coming auto Q&As absorb it, never the
commentary). Each recovery journals a "recovered" event (with the state
after catching up), so a journal that spans several crashes (several monotonic clocks) still
replays in one time line; then what happened while the app was down, never what the journal
already holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pechakucha.core.clock import Clock
from pechakucha.core.journal import Journal
from pechakucha.core.runner.events import event_key
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.runner.state import COMMANDS
from pechakucha.core.session.model import Session


class RecoveryError(ValueError):
    """The journal cannot be replayed on this session."""


class _ReplayClock:
    """A clock set by hand to each journaled command's time."""

    def __init__(self, t: float) -> None:
        self.t = t

    def now(self) -> float:
        """The time being replayed."""
        return self.t


def last_run(entries: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries of the last session opened in a journal (from its "session_open")."""
    opens = [i for i, e in enumerate(entries) if e.get("event") == "session_open"]
    return list(entries[opens[-1] :]) if opens else []


def can_recover(entries: Sequence[dict[str, Any]]) -> bool:
    """True if the journal's last session started and did not end (offer to resume it)."""
    run = last_run(entries)
    events = [e.get("event") for e in run]
    if "session_start" not in events:
        return False
    ends = [i for i, e in enumerate(events) if e == "session_end"]
    commands = [i for i, e in enumerate(events) if e in COMMANDS]
    return not ends or (bool(commands) and commands[-1] > ends[-1])


@dataclass(frozen=True)
class Stopped:
    """Where a run stopped: segment `index`, the talk's `slide` (from 0; None outside a talk),
    and `downtime` seconds until `now_wall`."""

    index: int
    slide: int | None
    downtime: float


def where_it_stopped(
    session: Session, entries: Sequence[dict[str, Any]], now_wall: float
) -> Stopped:
    """Where the journal's last run stopped (for the resume question). Raises RecoveryError."""
    run = _checked_run(session, entries)
    times, downtime = _times(run, now_wall)
    runner = _replay(session, run, times, 0.0)
    runner.tick()
    schedule = runner.schedule
    slide = None if schedule is None else schedule.slide_at(times[-1])
    return Stopped(min(runner.index, len(session.segments) - 1), slide, downtime)


def recover(
    session: Session,
    entries: Sequence[dict[str, Any]],
    now_wall: float,
    clock: Clock,
    journal: Journal | None = None,
    resume: str = "clock",
) -> SessionRunner:
    """A runner for `session` in the state its journal `entries` lead to at wall time `now_wall`.

    `clock` is the new monotonic clock, `journal` where the resumed run writes (usually the
    same file, appended); `resume` "clock" or "slide" (see above). Raises RecoveryError if the
    journal does not fit the session.
    """
    run = _checked_run(session, entries)
    times, downtime = _times(run, now_wall)
    previous_now = times[-1] + (downtime if resume == "clock" else 0.0)
    shift = clock.now() - previous_now
    runner = _replay(session, run, times, shift)
    if resume == "slide":
        runner.timeline.downtime += downtime
    runner.carry_on(
        clock,
        journal,
        skip=_journaled_since_last_command(run),
        previous_t=previous_now,
        downtime=downtime,
        resume=resume,
    )
    return runner


def _checked_run(session: Session, entries: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The journal's last run, if it fits `session` (else RecoveryError)."""
    run = last_run(entries)
    if not run:
        raise RecoveryError("the journal has no session in it")
    planned = run[0].get("segments")
    planned = planned if isinstance(planned, list) else []
    if len(planned) != len(session.segments):
        raise RecoveryError(
            f"the journal has {len(planned)} segments, the session {len(session.segments)}"
        )
    return run


def _times(run: list[dict[str, Any]], now_wall: float) -> tuple[list[float], float]:
    """Each entry's time on one time line, and the downtime until `now_wall`."""
    try:
        times = _single_time_line(run)
        downtime = max(0.0, now_wall - float(run[-1]["wall"]))
    except (KeyError, TypeError, ValueError) as error:
        raise RecoveryError(f"the journal's times cannot be read ({error})") from None
    return times, downtime


def _replay(
    session: Session, run: list[dict[str, Any]], times: list[float], shift: float
) -> SessionRunner:
    """A runner (with no journal) that has run the journal's commands at their shifted times."""
    replay = _ReplayClock(times[0] + shift)
    runner = SessionRunner(session, replay)
    first_slide = int(run[0].get("slides_from", 0))  # older journals counted from 0
    for number, (entry, t) in enumerate(zip(run, times, strict=True), start=1):
        if entry.get("event") == "recovered" and entry.get("resume") == "slide":
            runner.timeline.downtime += float(entry.get("downtime", 0.0))
        if entry.get("event") in COMMANDS:
            replay.t = t + shift
            try:
                _apply(runner, entry, first_slide)
            except (KeyError, TypeError, ValueError) as error:
                raise RecoveryError(
                    f"event {number} of the last run ({entry['event']}) cannot be replayed: {error}"
                ) from None
    return runner


def _journaled_since_last_command(run: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    """Events the runner journaled after the last operator command, before the crash: catching
    up after a resume must not write them again."""
    keys = set()
    for entry in reversed(run):
        if entry.get("event") in COMMANDS:
            break
        keys.add(event_key(entry))
    return keys


def _single_time_line(run: list[dict[str, Any]]) -> list[float]:
    """Each entry's time on the clock of the last epoch (a "recovered" event starts one)."""
    times: list[float] = []
    offset = 0.0
    for entry in reversed(run):
        t = float(entry["t"])
        times.append(t + offset)
        if entry.get("event") == "recovered":
            offset += t - float(entry["previous_t"])
    times.reverse()
    return times


def _apply(runner: SessionRunner, entry: dict[str, Any], first_slide: int) -> None:
    """Replay one operator command (its slide numbers count from `first_slide`)."""
    event = entry["event"]
    if event == "extend":
        runner.extend(float(entry["seconds"]))
    elif event == "recall":
        runner.recall(int(entry["talk"]), int(entry["slide"]) - first_slide)
    elif event == "mark_slide":
        runner.mark(int(entry["segment"]), int(entry["slide"]) - first_slide)
    elif event == "goto":
        runner.jump(int(entry["slide"]) - first_slide)
    else:
        getattr(runner, event)()
