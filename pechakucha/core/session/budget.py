"""Planning the session budget: pure functions, no clock.

Fixed parts (talks, fixed Q&A, the commentary, cards with a duration) take their own length.
`auto` Q&As share what is left: (budget left − fixed parts still to come) ÷ (auto Q&As left),
never below each one's minimum. When minima differ, a Q&A whose minimum is above the equal share
gets its minimum and the others share the rest equally (with equal minima this is exactly the
rule above). The commentary is fixed, so an overrun always comes out of the Q&As still to come.
"""

from __future__ import annotations

from collections.abc import Sequence

from pechakucha.core.durations import format_duration
from pechakucha.core.session.messages import SESSION_WARNINGS
from pechakucha.core.session.model import Segment, Session


def fixed_seconds(session: Session, segment: Segment) -> float | None:
    """Planned length of a fixed segment; None for an `auto` Q&A; 0 for a card with no time."""
    if segment.kind == "talk":
        return session.talk_format(segment).duration
    if segment.is_auto_qa:
        return None
    return segment.duration or 0.0


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


def allocate(session: Session, first: int, budget_left: float) -> list[float]:
    """Planned seconds for `segments[first:]` given `budget_left` seconds at its start."""
    coming = session.segments[first:]
    fixed = [fixed_seconds(session, segment) for segment in coming]
    pool = budget_left - sum(f for f in fixed if f is not None)
    autos = [i for i, f in enumerate(fixed) if f is None]
    shares = iter(share_pool(pool, [coming[i].minimum for i in autos]))
    return [next(shares) if f is None else f for f in fixed]


def planned_durations(session: Session) -> list[float]:
    """The plan before the session starts: every segment's planned seconds."""
    return allocate(session, 0, session.budget)


def fixed_total(session: Session) -> float:
    """Seconds taken by the fixed parts alone."""
    return sum(fixed_seconds(session, s) or 0.0 for s in session.segments)


def plan_warnings(session: Session, file_label: str) -> list[str]:
    """Warnings about the plan: fixed parts over budget; auto Q&As squeezed below their minima."""
    warnings = []
    fixed = fixed_total(session)
    if fixed > session.budget:
        warnings.append(
            SESSION_WARNINGS["fixed_over_budget"].format(
                file=file_label, fixed=_mss(fixed), budget=_mss(session.budget)
            )
        )
    autos = [s for s in session.segments if s.is_auto_qa]
    needed = sum(s.minimum for s in autos)
    left = session.budget - fixed
    if autos and needed > 0 and left < needed:
        warnings.append(
            SESSION_WARNINGS["auto_below_minimum"].format(
                file=file_label, left=_mss(max(left, 0.0)), count=len(autos), needed=_mss(needed)
            )
        )
    return warnings


def _mss(seconds: float) -> str:
    """A duration as written in session files ("90:00")."""
    return format_duration(seconds, hours=False)
