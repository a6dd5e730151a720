"""Planning the session budget: pure functions, no clock.

Fixed parts (talks, fixed Q&A, the commentary, cards with a duration) take their own length.
Changeovers take the time written for them (`changeover` in [session], or a segment's own): the
gap before each segment that waits for the operator's F5 (everything but a card or a Q&A right
after a talk). `auto` Q&As share what is left: (budget left − fixed parts and changeovers still to
come) ÷ (auto Q&As left), never below each one's minimum. When minima differ, a Q&A whose minimum
is above the equal share gets its minimum and the others share the rest equally. The commentary
is fixed, so an overrun always comes out of the Q&As still to come.

During a run the solver can be told what the room has shown (`Expectations`): changeovers
longer or shorter than written, Q&As that run past their countdowns. It reserves that too, so
the expected end lands on the budget — the shares still never go below a minimum, and nothing
is taken from the commentary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pechakucha.core.durations import format_duration
from pechakucha.core.session.messages import SESSION_WARNINGS
from pechakucha.core.session.model import Segment, Session


@dataclass(frozen=True)
class Expectations:
    """What the room has shown during a run (seconds): changeovers take `changeover_shift`
    longer than written (negative: shorter); each Q&A runs `qa_overrun` past its countdown."""

    changeover_shift: float = 0.0
    qa_overrun: float = 0.0


AS_WRITTEN = Expectations()


@dataclass(frozen=True)
class ComingPlan:
    """The plan of the segments still to come: each one's length, the changeover expected
    before it, and the overrun expected of it (a Q&A's, when the room runs over)."""

    lengths: list[float]
    changeovers: list[float]
    overruns: list[float]

    @property
    def total(self) -> float:
        """Seconds everything still to come is expected to take."""
        return sum(self.lengths) + sum(self.changeovers) + sum(self.overruns)


@dataclass(frozen=True)
class PlanProblem:
    """A problem with the plan: a code of messages.SESSION_WARNINGS and its parameters."""

    code: str
    params: dict[str, object]

    def text(self, file_label: str) -> str:
        """The English sentence, naming the file."""
        return SESSION_WARNINGS[self.code].format(file=file_label, **self.params)


def fixed_seconds(session: Session, segment: Segment) -> float | None:
    """Planned length of a fixed segment; None for an `auto` Q&A; 0 for a card with no time."""
    if segment.kind == "talk":
        return session.talk_format(segment).duration
    if segment.is_auto_qa:
        return None
    return segment.duration or 0.0


def waits_for_operator(session: Session, index: int) -> bool:
    """True if segment `index` waits as "up next" for F5 after the one before it ends: anything
    but a card or a Q&A right after a talk (those start at once)."""
    kind = session.segments[index].kind
    after_talk = index > 0 and session.segments[index - 1].kind == "talk"
    return kind != "card" and not (kind == "qa" and after_talk)


def written_changeover(session: Session, index: int) -> float:
    """The changeover written for the gap before segment `index` (0 before the first segment
    and before one that starts at once)."""
    if index == 0 or not waits_for_operator(session, index):
        return 0.0
    own = session.segments[index].changeover
    return session.changeover if own is None else own


def planned_changeovers(session: Session) -> list[float]:
    """The changeover planned before each segment."""
    return [written_changeover(session, i) for i in range(len(session.segments))]


def expected_changeover(session: Session, index: int, expect: Expectations) -> float:
    """The changeover expected before segment `index`, given what the room has shown."""
    if index == 0 or not waits_for_operator(session, index):
        return 0.0
    return max(0.0, written_changeover(session, index) + expect.changeover_shift)


def share_pool(pool: float, minima: Sequence[float]) -> list[float]:
    """Split `pool` seconds between Q&As equally, none below its minimum (water-filling)."""
    if not minima:
        return []
    floored: set[int] = set()
    while True:
        open_ = [i for i in range(len(minima)) if i not in floored]
        if not open_:
            return [float(m) for m in minima]
        level = (pool - sum(minima[i] for i in floored)) / len(open_)
        below = {i for i in open_ if minima[i] > level}
        if not below:
            return [float(minima[i]) if i in floored else level for i in range(len(minima))]
        floored |= below


def plan_coming(
    session: Session,
    first: int,
    budget_left: float,
    expect: Expectations = AS_WRITTEN,
    first_gap: float | None = None,
) -> ComingPlan:
    """The plan of `segments[first:]` given `budget_left` seconds now. `first_gap` is the
    changeover still expected before `first` (default: all of it; 0 if it starts now)."""
    count = len(session.segments)
    gaps = [expected_changeover(session, i, expect) for i in range(first, count)]
    if first_gap is not None and gaps:
        gaps[0] = first_gap
    coming = session.segments[first:]
    overruns = [expect.qa_overrun if s.kind == "qa" else 0.0 for s in coming]
    fixed = [fixed_seconds(session, segment) for segment in coming]
    pool = budget_left - sum(f for f in fixed if f is not None) - sum(gaps) - sum(overruns)
    autos = [i for i, f in enumerate(fixed) if f is None]
    shares = iter(share_pool(pool, [coming[i].minimum for i in autos]))
    lengths = [next(shares) if f is None else f for f in fixed]
    return ComingPlan(lengths, gaps, overruns)


def allocate(
    session: Session,
    first: int,
    budget_left: float,
    expect: Expectations = AS_WRITTEN,
    first_gap: float | None = None,
) -> list[float]:
    """Planned seconds for `segments[first:]` given `budget_left` seconds now (see plan_coming)."""
    return plan_coming(session, first, budget_left, expect, first_gap).lengths


def planned_durations(session: Session) -> list[float]:
    """The plan before the session starts: every segment's planned seconds."""
    return allocate(session, 0, session.budget, first_gap=0.0)


def fixed_total(session: Session) -> float:
    """Seconds taken by the fixed parts alone."""
    return sum(fixed_seconds(session, s) or 0.0 for s in session.segments)


def budget_problems(session: Session) -> list[PlanProblem]:
    """Fixed parts (with changeovers) over budget; auto Q&As squeezed below their minima."""
    problems = []
    fixed, gaps = fixed_total(session), sum(planned_changeovers(session))
    if fixed + gaps > session.budget:
        code, params = "fixed_over_budget", {"fixed": _mss(fixed)}
        if gaps:
            code, params = "fixed_and_changeovers_over_budget", {**params, "gaps": _mss(gaps)}
        problems.append(PlanProblem(code, {**params, "budget": _mss(session.budget)}))
    autos = [s for s in session.segments if s.is_auto_qa]
    needed = sum(s.minimum for s in autos)
    left = session.budget - fixed - gaps
    if autos and needed > 0 and left < needed:
        params = {"left": _mss(max(left, 0.0)), "count": len(autos), "needed": _mss(needed)}
        problems.append(PlanProblem("auto_below_minimum", params))
    return problems


def plan_warnings(session: Session, file_label: str) -> list[str]:
    """Warnings about the budget, each one sentence naming `file_label` (see budget_problems)."""
    return [problem.text(file_label) for problem in budget_problems(session)]


def _mss(seconds: float) -> str:
    """A duration as written in session files ("90:00")."""
    return format_duration(seconds, hours=False)
