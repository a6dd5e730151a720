"""A forecast before the day: the session run many times by a simulated room, on the real
SessionRunner with a fake clock.

The operator model (every draw uniform within its range, seeded, so a seed gives the same runs):
- The operator starts the first segment at once. A segment that waits as "up next" (a talk, the
  commentary, a Q&A that does not follow a talk) starts `changeover` seconds after the segment
  before it ended (default 20–90 s: the speaker walks up, plugs in, the clicker works).
- Talks run their slides by the clock. With probability `hold_chance` (default 15%) a talk has
  one technical hold of `hold` seconds (default 30–180 s) at a random moment.
- The moderator ends a Q&A, or a card with a countdown, when its countdown reads zero, give or
  take `qa_spread` seconds (default ±30 s), plus `qa_overrun` seconds on average (default 0;
  30 models moderators who run 30 s over). Cards with no countdown end at once.
- The commentator ends when their countdown reads zero ± `commentary_spread` (default ±15 s).

The session's end is measured in session time (holds excluded), against its budget.
"""

from __future__ import annotations

import random
import statistics
from dataclasses import dataclass, replace

from pechakucha.core.clock import FakeClock
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Session


@dataclass(frozen=True)
class OperatorModel:
    """How the simulated room behaves (seconds; ranges are (low, high))."""

    changeover: tuple[float, float] = (20.0, 90.0)
    hold_chance: float = 0.15
    hold: tuple[float, float] = (30.0, 180.0)
    qa_spread: float = 30.0
    qa_overrun: float = 0.0
    commentary_spread: float = 15.0


@dataclass(frozen=True)
class RunResult:
    """One simulated run: how far past the budget it ended (negative: early), and what the
    protected parts got."""

    over: float
    holds: float
    commentary_allotted: tuple[float, ...]
    qa_allotted: tuple[tuple[float, float], ...]  # (allotted, minimum) per auto Q&A that ran


@dataclass(frozen=True)
class Forecast:
    """The summary of many runs: end minus budget at the median and the 95th percentile, the
    share of runs within ±30 s, how often the commentary got less than its time, how many auto
    Q&As were held at (or pushed below) their minimum."""

    runs: int
    p50: float
    p95: float
    within_30: float
    commentary_short: int
    qa_at_minimum: int
    qa_below_minimum: int


def run_once(
    session: Session, model: OperatorModel, rng: random.Random, learn: bool = True
) -> RunResult:
    """Play the whole session once under `model` (`learn`: see SessionRunner)."""
    clock = FakeClock(0.0)
    runner = SessionRunner(session, clock, learn=learn)
    runner.start()
    while runner.held_phase != "done":
        if runner.held_phase == "up_next":
            clock.advance(rng.uniform(*model.changeover))
            runner.start()
        elif runner.current.kind == "talk":
            _play_talk(runner, clock, model, rng)
        else:
            _end_timed(runner, clock, model, rng)
    return _result(runner)


def _play_talk(
    runner: SessionRunner, clock: FakeClock, model: OperatorModel, rng: random.Random
) -> None:
    """Let the talk run to its end, with a technical hold in it now and then."""
    schedule = runner.schedule
    if rng.random() < model.hold_chance:
        clock.advance(rng.uniform(0.0, schedule.remaining(clock.now())))
        runner.hold()
        clock.advance(rng.uniform(*model.hold))
        runner.release()
    clock.advance(schedule.remaining(clock.now()))
    runner.tick()


def _end_timed(
    runner: SessionRunner, clock: FakeClock, model: OperatorModel, rng: random.Random
) -> None:
    """End a Q&A, card or commentary as the moderator (or the commentator) would."""
    kind = runner.current.kind
    left = runner.times(runner.index, clock.now()).countdown
    if left is not None:
        if kind == "commentary":
            left += rng.uniform(-model.commentary_spread, model.commentary_spread)
        else:
            left += model.qa_overrun + rng.uniform(-model.qa_spread, model.qa_spread)
        clock.advance(max(0.0, left))
    runner.next_segment()


def _result(runner: SessionRunner) -> RunResult:
    """What one run shows at its end."""
    end = runner.clock.now()
    segments = runner.session.segments
    ran = [(i, runner.times(i, end)) for i in range(len(segments))]
    ran = [(i, t) for i, t in ran if t is not None]
    return RunResult(
        over=runner.session_elapsed(end) - runner.session.budget,
        holds=runner.hold_total(end),
        commentary_allotted=tuple(t.allotted for i, t in ran if segments[i].kind == "commentary"),
        qa_allotted=tuple(
            (t.allotted, segments[i].minimum) for i, t in ran if segments[i].is_auto_qa
        ),
    )


def simulate(
    session: Session,
    runs: int,
    model: OperatorModel | None = None,
    seed: int = 0,
    learn: bool = True,
) -> list[RunResult]:
    """`runs` seeded runs of `session` under `model` (default: OperatorModel())."""
    model = model or OperatorModel()
    rng = random.Random(seed)
    return [run_once(session, model, rng, learn) for _ in range(runs)]


def without_changeovers(session: Session) -> Session:
    """`session` with no changeover planned: with learn=False, the solver before changeovers
    and learning existed (the baseline a forecast compares with)."""
    segments = [replace(s, changeover=None) for s in session.segments]
    return replace(session, changeover=0.0, segments=segments)


def summarise(session: Session, results: list[RunResult]) -> Forecast:
    """The Forecast of `results` (runs of `session`)."""
    overs = sorted(r.over for r in results)
    durations = [s.duration or 0.0 for s in session.segments if s.kind == "commentary"]
    return Forecast(
        runs=len(results),
        p50=statistics.median(overs),
        p95=_percentile(overs, 0.95),
        within_30=sum(abs(o) <= 30 for o in overs) / len(overs),
        commentary_short=sum(
            any(a < d - 1e-6 for a, d in zip(r.commentary_allotted, durations, strict=False))
            for r in results
        ),
        qa_at_minimum=sum(a <= m + 1e-6 for r in results for a, m in r.qa_allotted if m > 0),
        qa_below_minimum=sum(a < m - 1e-6 for r in results for a, m in r.qa_allotted),
    )


def _percentile(ordered: list[float], fraction: float) -> float:
    """The `fraction` percentile of sorted values (linear between the two nearest)."""
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
