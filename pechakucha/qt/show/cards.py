"""What the projector shows between slides: "Up next", Q&A, the commentator's clock, cards.

Pure functions from a runner snapshot to a Card, so they are easy to test and to read. The
console shows the same cards (what is on the projector now, and what comes next).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pechakucha.core.durations import format_countdown
from pechakucha.core.runner.state import RunnerSnapshot
from pechakucha.core.session.model import Segment, Session
from pechakucha.qt.app.theme import BACKGROUND, RED, text_colour
from pechakucha.qt.show.audience import Card

FLASH_SECONDS = 2.0  # how long the commentary card flashes when its time is up


def label_of(item) -> str:
    """A segment's (or row's) label; the default kind names ("Q&A", "Talk") translated."""
    return QCoreApplication.translate("session", item.label)


def countdown_text(remaining: float) -> str:
    """ "4:59" while time is left; "+0:12" of overtime once it is up (core's one rule)."""
    return format_countdown(remaining)


def synthesis_title(segment: Segment) -> str:
    """The commentary's own title ("Síntesis"), or a translated default."""
    return segment.title or QCoreApplication.translate("cards", "Closing synthesis")


def up_next_card(segment: Segment) -> Card:
    """Shown before a segment the operator starts (F5): who comes next."""
    up_next = QCoreApplication.translate("cards", "Up next")
    if segment.kind == "talk":
        details = "\n".join(part for part in (segment.organisation, segment.title) if part)
        return Card(up_next, segment.speaker or segment.organisation, details)
    if segment.kind == "commentary":
        return Card(up_next, synthesis_title(segment), segment.speaker)
    return Card(up_next, label_of(segment))


def qa_card(session: Session, index: int, remaining: float | None, level: str | None) -> Card:
    """Questions & answers, the speaker's name and (if wanted) the Q&A countdown."""
    segment = session.segments[index]
    show_clock = segment.show_countdown and remaining is not None
    return Card(
        QCoreApplication.translate("cards", "Questions & answers"),
        session.speaker_for(index),
        clock=countdown_text(remaining) if show_clock else "",
        clock_colour=text_colour(level),
    )


def commentary_card(
    segment: Segment, remaining: float | None, level: str | None, flash_on: bool = False
) -> Card:
    """The commentator's large countdown: amber, red, a flash at 0:00, then overtime in red."""
    remaining = remaining if remaining is not None else segment.duration or 0
    return Card(
        synthesis_title(segment),
        segment.speaker,
        clock=countdown_text(remaining),
        clock_colour=BACKGROUND if flash_on else text_colour(level),
        background=RED.name() if flash_on else BACKGROUND,
    )


def text_card(segment: Segment, remaining: float | None) -> Card:
    """A free card (welcome, break, closing) with its countdown if it has a duration."""
    clock = countdown_text(remaining) if remaining is not None else ""
    return Card(segment.title or label_of(segment), segment.text, clock=clock)


def closing_card(session: Session) -> Card:
    """After the last segment: the organiser's closing card if the session ends with one,
    else the session's title and a thank-you."""
    last = session.segments[-1] if session.segments else None
    if last is not None and last.kind == "card":
        return text_card(last, None)
    return Card(session.title, QCoreApplication.translate("cards", "Thank you"))


def segment_card(
    session: Session, index: int, remaining: float | None, level: str | None = None
) -> Card | None:
    """The card segment `index` shows while it runs with `remaining` seconds (None for a talk,
    which shows slides)."""
    segment = session.segments[index]
    if segment.kind == "qa":
        return qa_card(session, index, remaining, level)
    if segment.kind == "commentary":
        return commentary_card(segment, remaining, level)
    if segment.kind == "card":
        return text_card(segment, remaining)
    return None


def card_for(snapshot: RunnerSnapshot, session: Session, flash_on: bool = False) -> Card | None:
    """The card the projector shows now, or None when a slide is due (talk, recalled slide)
    or the projector stays black (a single deck before F5 and after its end)."""
    if session.one_talk and not snapshot.talk_playing:
        return None
    if snapshot.phase == "done":
        return closing_card(session)
    segment = session.segments[snapshot.index]
    if snapshot.held_phase in ("ready", "up_next") and segment.kind != "card":
        return up_next_card(segment)
    if segment.kind == "talk" or snapshot.recalled is not None:
        return None
    if segment.kind == "commentary":
        return commentary_card(segment, snapshot.remaining, snapshot.level, flash_on)
    return segment_card(session, snapshot.index, snapshot.remaining, snapshot.level)
