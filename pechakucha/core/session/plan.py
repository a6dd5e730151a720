"""The plan before the day: the running order with planned lengths, changeovers and start
times, and the checks `pechakucha check` runs on it.

A plan has problems when the fixed parts and changeovers exceed the budget, when the auto Q&As
would get less than their minima, when a commentary is followed by anything but cards (it
closes the session), or when a talk's deck has not arrived (none given yet: *pending*; a path
that is not there: *missing*). Each problem is one sentence naming the file. A talk lasts its
format's slides × seconds whatever its file, so the plan never needs the decks themselves.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from pechakucha.core.session.budget import (
    PlanProblem,
    budget_problems,
    planned_changeovers,
    planned_durations,
)
from pechakucha.core.session.model import Segment, Session

PENDING, MISSING, RECEIVED = "pending", "missing", "received"


@dataclass(frozen=True)
class PlanRow:
    """One segment of the plan: `start` is seconds from the session's start (changeovers
    included), `clock` the time of day when the session has a planned start."""

    index: int
    kind: str
    label: str
    speaker: str
    planned: float
    changeover: float
    start: float
    clock: dt.time | None


def plan_rows(session: Session) -> list[PlanRow]:
    """The running order as planned before the session starts."""
    lengths, gaps = planned_durations(session), planned_changeovers(session)
    rows, at = [], 0.0
    for index, segment in enumerate(session.segments):
        at += gaps[index]
        rows.append(
            PlanRow(
                index=index,
                kind=segment.kind,
                label=segment.label,
                speaker=session.speaker_for(index),
                planned=lengths[index],
                changeover=gaps[index],
                start=at,
                clock=_time_of_day(session, at),
            )
        )
        at += lengths[index]
    return rows


def plan_problems(session: Session) -> list[PlanProblem]:
    """Everything wrong with the plan, in the order people would fix it."""
    return budget_problems(session) + _order_problems(session) + _deck_problems(session)


def _order_problems(session: Session) -> list[PlanProblem]:
    """A commentary followed by anything but cards."""
    problems = []
    segments = session.segments
    for index, segment in enumerate(segments):
        if segment.kind != "commentary":
            continue
        later = next(
            (j for j in range(index + 1, len(segments)) if segments[j].kind != "card"), None
        )
        if later is not None:
            label = segments[later].label
            params = {"number": index + 1, "following": later + 1, "kind": label}
            problems.append(PlanProblem("commentary_not_last", params))
    return problems


def _deck_problems(session: Session) -> list[PlanProblem]:
    """Talks whose deck is pending (none given yet) or missing (not where the file says)."""
    problems = []
    for index, segment in enumerate(session.segments):
        state = deck_state(segment) if segment.kind == "talk" else RECEIVED
        params = {"number": index + 1, "name": segment.label}
        if state == PENDING:
            problems.append(PlanProblem("talk_without_deck", params))
        elif state == MISSING:
            problems.append(PlanProblem("deck_missing", {**params, "path": str(segment.deck)}))
    return problems


def deck_state(segment: Segment) -> str:
    """A talk's deck: PENDING (no deck given yet), MISSING (given but not there) or RECEIVED."""
    if segment.deck is None:
        return PENDING
    try:
        there = segment.deck.exists()
    except (OSError, ValueError):
        there = False
    return RECEIVED if there else MISSING


def received_on(segment: Segment) -> dt.datetime | None:
    """When the talk's deck arrived, as far as a file can tell: its modification time (local
    time of day, no time zone), or None when there is no deck file."""
    if segment.deck is None:
        return None
    try:
        return dt.datetime.fromtimestamp(os.stat(segment.deck).st_mtime)
    except (OSError, ValueError, OverflowError):
        return None


def _time_of_day(session: Session, offset: float) -> dt.time | None:
    """The planned start plus `offset` seconds, as a time of day (None with no planned start)."""
    if session.planned_start is None:
        return None
    start = dt.datetime.combine(dt.date(2000, 1, 1), session.planned_start)
    return (start + dt.timedelta(seconds=offset)).time()
