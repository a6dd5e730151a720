"""The plan before the day: the running order with planned lengths, changeovers and start
times, and the checks `pechakucha check` runs on it.

A plan has problems when the fixed parts and changeovers exceed the budget, when the auto Q&As
would get less than their minima, when a commentary is followed by anything but cards (it
closes the session), or when a talk has no deck. Each problem is one sentence naming the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pechakucha.core.session.budget import (
    PlanProblem,
    budget_problems,
    planned_changeovers,
    planned_durations,
)
from pechakucha.core.session.model import Session


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
    """Talks with no deck (a session built in the editor; a file with one does not load)."""
    return [
        PlanProblem("talk_without_deck", {"number": index + 1})
        for index, segment in enumerate(session.segments)
        if segment.kind == "talk" and segment.deck is None
    ]


def _time_of_day(session: Session, offset: float) -> dt.time | None:
    """The planned start plus `offset` seconds, as a time of day (None with no planned start)."""
    if session.planned_start is None:
        return None
    start = dt.datetime.combine(dt.date(2000, 1, 1), session.planned_start)
    return (start + dt.timedelta(seconds=offset)).time()
