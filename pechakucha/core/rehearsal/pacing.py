"""Rehearsal pacing: when the speaker finished each slide, against when the slide ended.

Pure maths over a `TalkSchedule`; every call takes `now` from the caller's clock.

How a tap (Space, Enter, a clicker's next key, a click) is counted:

- A tap while slide k is up means "done with slide k": its *offset* is the tap time minus the
  time slide k ended (the next slide's due time), so finishing 4 s early is -4.0.
- A tap in the first `grace` seconds of slide k+1, when slide k has no tap yet, still belongs to
  slide k: the speaker was finishing the sentence as the slide changed. Its offset is positive
  ("over by" that much). The same holds for a tap just after the last slide ended.
- Only the first tap of a slide counts; later ones are ignored. So are taps before the start,
  while paused, and after the end plus the grace.
- A slide with no tap at all is one where the speaker ran out of time: the slide changed more
  than `grace` before they were done (or they never said they were done).

`grace` and the on-pace band are both ±15 % of the slide time (±3 s of a 20 s slide).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.schedule import TalkSchedule, TalkState

# Share of the slide time that counts as on pace (either side of the change): 3 s of 20 s.
TOLERANCE_SHARE = 0.15
# On-pace share of slides above which a run without overruns is "well paced".
WELL_PACED_SHARE = 0.8
# Slides named in a verdict before "…".
MAX_NAMED = 6

VERDICTS = {
    "no-taps": QT_TRANSLATE_NOOP(
        "rehearsal", "No taps recorded: press Space (or click) each time you finish a slide."
    ),
    "ran-out": QT_TRANSLATE_NOOP(
        "rehearsal", "You ran out of time on {count} of {total} slides — trim slides {slides}"
    ),
    "ran-out-one": QT_TRANSLATE_NOOP(
        "rehearsal", "You ran out of time on 1 of {total} slides — trim slide {slides}"
    ),
    "early-one": QT_TRANSLATE_NOOP(
        "rehearsal",
        "You finished early on 1 of {total} slides ({average} s early)"
        " — say more on slide {slides}",
    ),
    "early": QT_TRANSLATE_NOOP(
        "rehearsal",
        "You finished early on {count} of {total} slides ({average} s on average)"
        " — say more on slides {slides}",
    ),
    "well-paced": QT_TRANSLATE_NOOP(
        "rehearsal", "Well paced: {within} of {total} slides within ±{tolerance} s"
    ),
    "uneven": QT_TRANSLATE_NOOP(
        "rehearsal", "Uneven pace: {within} of {total} slides within ±{tolerance} s"
    ),
}


def tolerance_for(seconds_per_slide: float) -> float:
    """The on-pace band (and the late-tap grace) for a slide time: ±3 s of 20 s."""
    return round(TOLERANCE_SHARE * seconds_per_slide, 3)


@dataclass(frozen=True)
class Tap:
    """A counted tap: slide `index` of the run (0-based) finished `offset` seconds after it
    ended (negative: early)."""

    index: int
    offset: float


class PacingRecorder:
    """Collects the taps of one run over `schedule` (which must be started by the caller)."""

    def __init__(self, schedule: TalkSchedule, grace: float | None = None) -> None:
        self.schedule = schedule
        spp = schedule.format.seconds_per_slide
        self.grace = tolerance_for(spp) if grace is None else grace
        self._offsets: list[float | None] = [None] * schedule.format.slides

    @property
    def offsets(self) -> tuple[float | None, ...]:
        """Per slide of the run: seconds after its end that the speaker tapped, None if never."""
        return tuple(self._offsets)

    def tap(self, now: float) -> Tap | None:
        """Count a tap at `now`; returns what it counted for, or None if it was ignored."""
        state = self.schedule.state(now)
        if state in (TalkState.READY, TalkState.PAUSED) or self.schedule.origin is None:
            return None
        spp = self.schedule.format.seconds_per_slide
        elapsed = now - self.schedule.origin  # unclamped: a tap just after the end is late
        slide = math.floor(elapsed / spp + 1e-9)
        into = elapsed - slide * spp
        previous = slide - 1
        in_grace = 0 <= previous < len(self._offsets) and into <= self.grace + 1e-9
        if in_grace and self._offsets[previous] is None:
            return self._record(previous, into)
        if slide < len(self._offsets) and self._offsets[slide] is None:
            return self._record(slide, into - spp)
        return None

    def done_at(self) -> float:
        """When no later tap can count any more: the end of the run plus the grace."""
        return self.schedule.due(self.schedule.format.slides) + self.grace

    def _record(self, index: int, offset: float) -> Tap:
        offset = round(offset, 3)
        self._offsets[index] = offset
        return Tap(index, offset)


@dataclass(frozen=True)
class Verdict:
    """One line about a run: a template (translation context "rehearsal") and its fields."""

    code: str
    params: dict

    @property
    def template(self) -> str:
        """The untranslated template."""
        return VERDICTS[self.code]

    @property
    def text(self) -> str:
        """The verdict in English (the Qt layer writes the numbers the user's way)."""
        params = {k: f"{v:g}" if isinstance(v, float) else v for k, v in self.params.items()}
        return self.template.format(**params)


@dataclass(frozen=True)
class PacingSummary:
    """How a run went, per slide. Slide numbers are the deck's (1-based)."""

    offsets: tuple[float | None, ...]
    first: int
    tolerance: float

    def numbers(self) -> list[int]:
        """Deck slide numbers of the run, in order."""
        return list(range(self.first, self.first + len(self.offsets)))

    @property
    def ran_out(self) -> list[int]:
        """Slides that changed before the speaker was done (no tap)."""
        return [n for n, o in zip(self.numbers(), self.offsets, strict=True) if o is None]

    @property
    def early(self) -> list[int]:
        """Slides finished more than the tolerance before they ended (dead air)."""
        return [
            n
            for n, o in zip(self.numbers(), self.offsets, strict=True)
            if o is not None and o < -self.tolerance
        ]

    @property
    def within(self) -> list[int]:
        """Slides finished within ±tolerance of their end."""
        return [
            n
            for n, o in zip(self.numbers(), self.offsets, strict=True)
            if o is not None and abs(o) <= self.tolerance + 1e-9
        ]

    def verdict(self) -> Verdict:
        """The one-line verdict: overruns first, then dead air, else how even it was."""
        total = len(self.offsets)
        if all(o is None for o in self.offsets):
            return Verdict("no-taps", {})
        if self.ran_out:
            count, slides = len(self.ran_out), name_slides(self.ran_out)
            code = "ran-out-one" if count == 1 else "ran-out"
            return Verdict(code, {"count": count, "total": total, "slides": slides})
        within = len(self.within)
        band = {"within": within, "total": total, "tolerance": float(self.tolerance)}
        if within >= WELL_PACED_SHARE * total:
            return Verdict("well-paced", band)
        if self.early:
            gaps = [-o for o in self.offsets if o is not None and o < -self.tolerance]
            params = {
                "count": len(self.early),
                "total": total,
                "average": round(sum(gaps) / len(gaps), 1),
                "slides": name_slides(self.early),
            }
            return Verdict("early-one" if len(gaps) == 1 else "early", params)
        return Verdict("uneven", band)


def summarise(
    offsets: tuple[float | None, ...] | list[float | None],
    seconds_per_slide: float,
    first: int = 1,
) -> PacingSummary:
    """The summary of a run whose first slide is deck slide `first` (1-based)."""
    return PacingSummary(tuple(offsets), first, tolerance_for(seconds_per_slide))


def name_slides(numbers: list[int], limit: int = MAX_NAMED) -> str:
    """ "4, 9, 12" — at most `limit` numbers, then "…"."""
    shown = ", ".join(str(n) for n in numbers[:limit])
    return shown + (", …" if len(numbers) > limit else "")
