"""Open a show: a new run on its own journal, or the last run resumed after a crash.

The only place a show's journal is opened for writing. The resume question is asked through
a callback (the Qt layer shows a dialog on the laptop screen): it names the segment, the slide
and the downtime, and the operator chooses to continue where the clock is (the session keeps
its end), to resume the slide where it stopped (the session's end moves by the downtime, the
coming Q&As absorb it), or not to resume (a new run).
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pechakucha.core.clock import Clock
from pechakucha.core.journal import Journal
from pechakucha.core.runner.recovery import (
    RecoveryError,
    can_recover,
    last_run,
    recover,
    where_it_stopped,
)
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Session
from pechakucha.core.show.show import Show, restore_operator_state


class Resume(enum.Enum):
    """The operator's answer to the resume question."""

    CLOCK = "clock"  # continue where the clock is: the session keeps its end
    SLIDE = "slide"  # resume the slide where it stopped: the end moves by the downtime
    NO = "no"  # a new run


@dataclass(frozen=True)
class ResumeQuestion:
    """What the question names: the segment (its label and kind), the talk's slide (from 1;
    None outside a talk) and the seconds the show was down."""

    segment: str
    kind: str
    slide: int | None
    downtime: float


@dataclass(frozen=True)
class Opening:
    """How to open: the session, the clock, the new run's journal path (None: in memory), the
    last unfinished run's journal (path and entries, if any), a copy (`--log`), the talks'
    deck sizes, --manual."""

    session: Session
    clock: Clock
    new_journal: Path | None
    last: tuple[Path | None, list[dict[str, Any]]] = (None, [])
    copy: str | None = None
    deck_slides: Mapping[int, int] | None = None
    manual: bool = False


def open_show(
    opening: Opening,
    ask: Callable[[ResumeQuestion], Resume],
    now_wall: Callable[[], float] = time.time,
    warn: Callable[[str], None] = lambda _text: None,
) -> Show:
    """A show on a new run, or on the last run resumed if it did not end and `ask` says so.
    A journal that cannot be replayed is said through `warn` and a new run opens."""
    path, entries = opening.last
    if path is not None and can_recover(entries):
        session = opening.session
        try:
            stopped = where_it_stopped(session, entries, now_wall())
            answer = ask(question(session, stopped))
            if answer is not Resume.NO:
                return _resumed(opening, path, entries, answer, now_wall())
        except RecoveryError as error:
            warn(f"cannot resume: {error}")
    journal = Journal(opening.new_journal, copy=opening.copy, background=True)
    runner = SessionRunner(opening.session, opening.clock, journal)
    return Show(runner, journal, opening.deck_slides, opening.manual)


def question(session: Session, stopped: Any) -> ResumeQuestion:
    """The resume question for a run that stopped at `stopped` (recovery.Stopped)."""
    segment = session.segments[stopped.index]
    slide = None if stopped.slide is None else stopped.slide + 1
    return ResumeQuestion(segment.label, segment.kind, slide, stopped.downtime)


def _resumed(
    opening: Opening, path: Path, entries: list[dict[str, Any]], answer: Resume, wall: float
) -> Show:
    """The last run, resumed in its own file as `answer` says."""
    journal = Journal(path, copy=opening.copy, background=True)
    try:
        runner = recover(opening.session, entries, wall, opening.clock, journal, answer.value)
    except RecoveryError:
        journal.close()
        raise
    show = Show(runner, journal, opening.deck_slides, opening.manual)
    restore_operator_state(show, last_run(entries))
    return show
