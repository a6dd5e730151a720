"""Rehearsal pacing: when the speaker finished each slide, against when the slide ended.

Pure maths over a `TalkSchedule`; every call takes `now` from the caller's clock.

How a tap (Space, Enter, a clicker's next key, a click) is counted — the rule the window
explains in `RULE`:

- A tap ends the slide the speaker was talking about. Its *offset* is the tap time minus the
  time that slide ended (the next slide's due time): finishing 4 s early is -4.0, finishing 5 s
  after the slide changed is +5.0.
- A tap while slide k is up, when slide k-1 has a tap (or k is the first), ends slide k: early.
- A tap in the first half of slide k+1, when slide k has no tap yet, ends slide k, *late* by
  the time since the change, however long that is within the half slide: the speaker was still
  on slide k. The same holds for a tap in the half slide after the last slide ended. A tap
  later than half a slide after the change ends the slide that is up (the one before got none).
- Only the first tap of a slide counts; later ones are ignored. So are taps before the start,
  while paused, and after the end plus half a slide.
- Late by any amount is running out of time: the slide changed before the speaker was done.
  A slide with no tap at all also ran out (by how much is not known). On pace is finishing in
  the last ±15 % of the slide before it changes (3 s of a 20 s slide); earlier is dead air.
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
# Share of the next slide during which a tap still ends the slide before (late): 10 s of 20 s.
LATE_SHARE = 0.5

#: The counting rule, as the window explains it ({tolerance}, {late}: seconds).
RULE = QT_TRANSLATE_NOOP(
    "rehearsal",
    "Tap when you finish a slide. Within the last {tolerance} s before it changes: on pace; "
    "earlier: early. A tap up to {late} s after the change ends the slide before: you ran out "
    "of time on it by that much. No tap: ran out.",
)

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
    "late": QT_TRANSLATE_NOOP(
        "rehearsal",
        "You ran out of time on {count} of {total} slides, by {average} s on average"
        " — trim slides {slides}",
    ),
    "late-one": QT_TRANSLATE_NOOP(
        "rehearsal",
        "You ran out of time on 1 of {total} slides, by {average} s — trim slide {slides}",
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
        "rehearsal",
        "Well paced: {within} of {total} slides finished in their last {tolerance} s",
    ),
    "uneven": QT_TRANSLATE_NOOP(
        "rehearsal", "Uneven pace: {within} of {total} slides finished in their last {tolerance} s"
    ),
}


def tolerance_for(seconds_per_slide: float) -> float:
    """The on-pace band for a slide time: the last 3 s of a 20 s slide."""
    return round(TOLERANCE_SHARE * seconds_per_slide, 3)


def late_window_for(seconds_per_slide: float) -> float:
    """How long after a change a tap still ends the slide before: 10 s of a 20 s slide."""
    return round(LATE_SHARE * seconds_per_slide, 3)


@dataclass(frozen=True)
class Tap:
    """A counted tap: slide `index` of the run (0-based) finished `offset` seconds after it
    ended (negative: early)."""

    index: int
    offset: float


class PacingRecorder:
    """Collects the taps of one run over `schedule` (which must be started by the caller)."""

    def __init__(self, schedule: TalkSchedule, late_window: float | None = None) -> None:
        self.schedule = schedule
        spp = schedule.format.seconds_per_slide
        self.late_window = late_window_for(spp) if late_window is None else late_window
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
        late = 0 <= previous < len(self._offsets) and into < self.late_window - 1e-9
        if late and self._offsets[previous] is None:
            return self._record(previous, into)
        if slide < len(self._offsets) and self._offsets[slide] is None:
            return self._record(slide, into - spp)
        return None

    def done_at(self) -> float:
        """When no later tap can count any more: the end of the run plus the late window
        (sooner if the last slide has its tap: see `settled`)."""
        return self.schedule.due(self.schedule.format.slides) + self.late_window

    @property
    def settled(self) -> bool:
        """True once the last slide has its tap: no later tap can count any more."""
        return self._offsets[-1] is not None

    def ended_offsets(self, now: float) -> tuple[float | None, ...]:
        """The offsets of the slides over by `now` (or tapped): what a run stopped at `now`
        has to show. Empty before the first slide is over."""
        if self.schedule.origin is None:
            return ()
        over = min(self.schedule.slide_at(now), len(self._offsets))
        if over < len(self._offsets) and self._offsets[over] is not None:
            over += 1
        return tuple(self._offsets[:over])

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
        """Slides that changed before the speaker was done: a late tap, or none."""
        return [n for n, o in zip(self.numbers(), self.offsets, strict=True) if o is None or o > 0]

    @property
    def late(self) -> list[float]:
        """By how much each late tap came after its slide changed (seconds, > 0)."""
        return [o for o in self.offsets if o is not None and o > 0]

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
        """Slides finished on pace: in the last `tolerance` seconds before they changed."""
        return [
            n
            for n, o in zip(self.numbers(), self.offsets, strict=True)
            if o is not None and -self.tolerance - 1e-9 <= o <= 0
        ]

    def verdict(self) -> Verdict:
        """The one-line verdict: overruns first, then dead air, else how even it was."""
        total = len(self.offsets)
        if all(o is None for o in self.offsets):
            return Verdict("no-taps", {})
        if self.ran_out:
            count, slides = len(self.ran_out), name_slides(self.ran_out)
            params: dict = {"count": count, "total": total, "slides": slides}
            code = "ran-out"
            if self.late:
                params["average"] = round(sum(self.late) / len(self.late), 1)
                code = "late"
            return Verdict(code + "-one" if count == 1 else code, params)
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
