"""Talk formats: how many slides, how many seconds each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TalkFormat:
    """A timed slide format, e.g. Pecha Kucha (20 × 20 s) or Ignite (20 × 15 s)."""

    name: str
    slides: int
    seconds_per_slide: float

    def __post_init__(self) -> None:
        if self.slides < 1:
            raise ValueError(f"a talk needs at least one slide, not {self.slides}")
        if not self.seconds_per_slide > 0:
            raise ValueError(f"seconds per slide must be positive, not {self.seconds_per_slide}")

    @property
    def duration(self) -> float:
        """Length of the whole talk in seconds."""
        return self.slides * self.seconds_per_slide


PECHAKUCHA = TalkFormat("pechakucha", 20, 20.0)
IGNITE = TalkFormat("ignite", 20, 15.0)
FORMATS = {f.name: f for f in (PECHAKUCHA, IGNITE)}


def make_format(
    name: str = "pechakucha", slides: int | None = None, seconds_per_slide: float | None = None
) -> TalkFormat:
    """A named format, optionally with its slide count or slide time overridden (→ "custom")."""
    try:
        base = FORMATS[name]
    except KeyError:
        known = ", ".join(FORMATS)
        raise ValueError(f"unknown format {name!r} (known: {known})") from None
    if slides is None and seconds_per_slide is None:
        return base
    return TalkFormat(
        "custom",
        base.slides if slides is None else slides,
        base.seconds_per_slide if seconds_per_slide is None else seconds_per_slide,
    )
