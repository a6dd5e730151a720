"""What the room has shown so far in a run, for the budget solver (budget.Expectations).

- Changeovers: once any has been seen, the solver expects each coming one to be its written
  time plus the mean of how much longer (or shorter) the observed ones were than written. With
  no changeover written, that is simply the running mean of what was seen.
- Q&A overruns: once at least two Q&As have ended and all of them ran over (or all ran under)
  their countdowns, the room has shown a consistent amount: the smallest of those overruns
  (the amount they all agree on), at most two minutes either way (Q&As ended half an hour
  early had no questions left; that is no habit to plan a countdown on). Each coming Q&A is
  expected to run that much past its countdown; the solver takes it from the auto Q&As'
  shares (never below a minimum).
"""

from __future__ import annotations

import statistics

from pechakucha.core.runner.view import RunView
from pechakucha.core.session.budget import Expectations, written_changeover

MIN_QAS_TO_LEARN = 2
MAX_HABIT = 120.0  # seconds: the most a Q&A is expected to run over (or under) its countdown


def changeover_surprises(view: RunView, at: float) -> list[float]:
    """For each changeover seen so far: how much longer than written it took (seconds)."""
    surprises = []
    for index in range(len(view.session.segments)):
        times = view.times(index, at)
        if times is not None and times.waited:
            surprises.append(times.changeover - written_changeover(view.session, index))
    return surprises


def qa_overruns(view: RunView, at: float) -> list[float]:
    """How far each ended Q&A ran past its countdown (negative: it ended early)."""
    overruns = []
    for index, segment in enumerate(view.session.segments):
        times = view.times(index, at)
        if segment.kind == "qa" and times is not None and times.end is not None:
            overruns.append(times.running - times.allotted)
    return overruns


def consistent_amount(values: list[float]) -> float:
    """The overrun every one of `values` agrees on: the smallest if all are over, the one
    closest to zero if all are under (within ±MAX_HABIT); 0 when they disagree or there are
    too few."""
    if len(values) < MIN_QAS_TO_LEARN:
        return 0.0
    if all(v > 0 for v in values):
        return min(min(values), MAX_HABIT)
    if all(v < 0 for v in values):
        return max(max(values), -MAX_HABIT)
    return 0.0


def learned(view: RunView, at: float) -> Expectations:
    """What the solver should expect of the rest of the session, from what happened by `at`."""
    surprises = changeover_surprises(view, at)
    shift = statistics.fmean(surprises) if surprises else 0.0
    return Expectations(changeover_shift=shift, qa_overrun=consistent_amount(qa_overruns(view, at)))


def waiting(view: RunView, at: float) -> float:
    """Seconds the current segment has waited as "up next" since the last one ended (holds
    excluded); 0 when it is not waiting."""
    if view.held_phase != "up_next":
        return 0.0
    ends = [t.end for i in range(view.index) if (t := view.times(i, at)) and t.end is not None]
    if not ends:
        return 0.0
    last = max(ends)
    return max(0.0, at - last - view.timeline.held(last, at))
