"""Across runs: which slides keep running out, how often and by how much.

"Slide 16 ran out in 2 of 3 runs, by 3 s on average": computed over comparable runs only (see
`RehearsalRun.comparable`), so partial and stopped runs never mix with whole ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.rehearsal.history import RehearsalRun

# Slides named in the summary across runs, worst first.
MAX_TRENDS = 5

TRENDS = {
    "header": QT_TRANSLATE_NOOP("rehearsal", "Across these {runs} runs:"),
    "late": QT_TRANSLATE_NOOP(
        "rehearsal", "Slide {slide} ran out in {count} of {runs} runs, by {average} s on average"
    ),
    "no-tap": QT_TRANSLATE_NOOP("rehearsal", "Slide {slide} ran out in {count} of {runs} runs"),
    "none": QT_TRANSLATE_NOOP("rehearsal", "Across these {runs} runs no slide ran out of time."),
}


@dataclass(frozen=True)
class SlideTrend:
    """How one deck slide went over `runs` runs: how many ran out (late tap or none) and the
    average of the late taps' lateness (None when every one had no tap)."""

    slide: int
    runs: int
    ran_out: int
    average_late: float | None

    @property
    def code(self) -> str:
        """The template of its line in `TRENDS`."""
        return "no-tap" if self.average_late is None else "late"

    @property
    def params(self) -> dict:
        """The template's fields."""
        params: dict = {"slide": self.slide, "count": self.ran_out, "runs": self.runs}
        if self.average_late is not None:
            params["average"] = self.average_late
        return params

    @property
    def text(self) -> str:
        """The line in English (the Qt layer translates `TRENDS[code]` with `params`)."""
        params = {k: f"{v:g}" if isinstance(v, float) else v for k, v in self.params.items()}
        return TRENDS[self.code].format(**params)


def slide_trends(runs: list[RehearsalRun]) -> list[SlideTrend]:
    """Per deck slide, over `runs` (already comparable): the slides that ran out at least once,
    the most often first, then the latest on average, then in slide order."""
    seen: dict[int, list[float | None]] = {}
    for run in runs:
        for slide, offset in run.by_slide().items():
            seen.setdefault(slide, []).append(offset)
    trends = []
    for slide, offsets in seen.items():
        out = [o for o in offsets if o is None or o > 0]
        if not out:
            continue
        late = [o for o in out if o is not None]
        average = round(sum(late) / len(late), 1) if late else None
        trends.append(SlideTrend(slide, len(offsets), len(out), average))
    return sorted(trends, key=lambda t: (-t.ran_out, -(t.average_late or 0.0), t.slide))


def comparable_runs(runs: list[RehearsalRun], like: RehearsalRun) -> list[RehearsalRun]:
    """The runs of the same kind as `like` (oldest first, as given)."""
    return [run for run in runs if like.comparable(run)]
