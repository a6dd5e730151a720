"""The running order of a session: plain data, no files, no clocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pechakucha.core.formats import PECHAKUCHA, TalkFormat
from pechakucha.core.session.messages import KIND_LABELS

Kind = Literal["talk", "qa", "commentary", "card"]
KINDS: tuple[str, ...] = ("talk", "qa", "commentary", "card")

DEFAULT_WARN_AT = 60.0
DEFAULT_ALERT_AT = 30.0


@dataclass
class Segment:
    """One part of the running order: a talk, a Q&A, the commentary, or a title card.

    `duration` is None for a talk (its format decides), an `auto` Q&A (the budget decides) and a
    card shown for no fixed time. `warn_at`/`alert_at` are the amber/red thresholds of the
    countdown in seconds. `changeover` is the time expected before the segment starts (from
    the end of the one before to the operator's F5), None to use the session's. `origin` is the
    segment's position in the file it was loaded from; the saver uses it to keep that table's
    comments (leave it as is when editing, None for new).
    """

    kind: Kind
    title: str = ""
    speaker: str = ""
    organisation: str = ""
    deck: Path | None = None
    format: TalkFormat | None = None
    duration: float | None = None
    auto: bool = False
    minimum: float = 0.0
    text: str = ""
    warn_at: float = DEFAULT_WARN_AT
    alert_at: float = DEFAULT_ALERT_AT
    show_countdown: bool = True
    changeover: float | None = None
    origin: int | None = field(default=None, compare=False, repr=False)

    @property
    def label(self) -> str:
        """A short name for lists: the organisation or speaker of a talk, else title or kind."""
        if self.kind == "talk":
            return self.organisation or self.speaker or self.title or KIND_LABELS["talk"]
        return self.title or KIND_LABELS[self.kind]

    @property
    def is_auto_qa(self) -> bool:
        """True for a Q&A whose length is solved from the budget."""
        return self.kind == "qa" and self.auto


@dataclass
class Session:
    """A whole session: title, time budget (seconds), default talk format, the changeover
    expected between segments (seconds) and the segments.

    `audience`: the languages of the projector cards, first one largest (empty: the
    interface's). `one_talk` marks a single deck opened on its own (see one_talk_session).
    """

    title: str = ""
    budget: float = 0.0
    format: TalkFormat = PECHAKUCHA
    changeover: float = 0.0
    planned_start: dt.time | None = None
    segments: list[Segment] = field(default_factory=list)
    path: Path | None = None
    audience: tuple[str, ...] = ()
    one_talk: bool = False  # a single deck opened on its own: no budget, no cards

    def talk_format(self, segment: Segment) -> TalkFormat:
        """The format a talk runs in: its own override or the session's."""
        return segment.format or self.format

    def speaker_for(self, index: int) -> str:
        """Who a segment is about: its own speaker, or for a Q&A the speaker of the talk before."""
        segment = self.segments[index]
        if segment.speaker or segment.kind != "qa":
            return segment.speaker
        talk = self.talk_for(index)
        return "" if talk is None else self.segments[talk].speaker

    def talk_for(self, index: int) -> int | None:
        """Index of the talk a Q&A follows (cards in between allowed), or None."""
        for position in range(index - 1, -1, -1):
            kind = self.segments[position].kind
            if kind == "talk":
                return position
            if kind != "card":
                return None
        return None

    def check_slide(self, index: int, slide: int) -> None:
        """ValueError unless segment `index` is a talk with a slide number `slide` (from 0)."""
        if not 0 <= index < len(self.segments) or self.segments[index].kind != "talk":
            raise ValueError(f"segment {index} is not a talk")
        slides = self.talk_format(self.segments[index]).slides
        if not 0 <= slide < slides:
            raise ValueError(f"slide {slide} is not in 0..{slides - 1}")

    def planned_end(self) -> dt.time | None:
        """Wall-clock time of day the budget runs out, if a planned start is known."""
        if self.planned_start is None:
            return None
        start = dt.datetime.combine(dt.date(2000, 1, 1), self.planned_start)
        return (start + dt.timedelta(seconds=self.budget)).time()


def one_talk_session(deck: Path, fmt: TalkFormat = PECHAKUCHA) -> Session:
    """A single deck played as a session of one talk: no Q&A, no budget to show."""
    talk = Segment(kind="talk", title=deck.stem, deck=deck)
    return Session(
        title=deck.name,
        budget=fmt.slides * fmt.seconds_per_slide,
        format=fmt,
        segments=[talk],
        path=None,
        one_talk=True,
    )
