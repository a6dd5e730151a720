"""What the projector shows between slides: "Up next", Q&A, the commentator's clock, cards.

Pure functions from a runner snapshot to a Card, so they are easy to test and to read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pechakucha.core.durations import format_duration
from pechakucha.core.runner.state import RunnerSnapshot
from pechakucha.core.session.model import Segment, Session
from pechakucha.qt.app.theme import BACKGROUND, RED, text_colour
from pechakucha.qt.show.audience import Card

FLASH_SECONDS = 2.0  # how long the commentary card flashes when its time is up


def label_of(item) -> str:
    """A segment's (or row's) label; the default kind names ("Q&A", "Talk") translated."""
    return QCoreApplication.translate("session", item.label)


def countdown_text(remaining: float) -> str:
    """ "4:59" while time is left; "+0:12" of overtime once it is up."""
    if remaining > 0:
        return format_duration(remaining, rounding="up")
    return "+" + format_duration(-remaining, rounding="down")


def up_next_card(segment: Segment) -> Card:
    """Shown before a segment the operator starts (F5): who comes next."""
    if segment.kind == "talk":
        return Card(
            QCoreApplication.translate("cards", "Up next"),
            segment.speaker or segment.organisation,
            "\n".join(part for part in (segment.organisation, segment.title) if part),
        )
    if segment.kind == "commentary":
        return Card(
            QCoreApplication.translate("cards", "Up next"),
            QCoreApplication.translate("cards", "Closing synthesis"),
            segment.speaker,
        )
    return Card(QCoreApplication.translate("cards", "Up next"), label_of(segment))


def qa_card(snapshot: RunnerSnapshot, session: Session, segment: Segment) -> Card:
    """Questions & answers, the speaker's name and (if wanted) the Q&A countdown."""
    clock = ""
    if segment.show_countdown and snapshot.remaining is not None:
        clock = countdown_text(snapshot.remaining)
    return Card(
        "Preguntas y respuestas",
        "Questions & answers",
        session.speaker_for(snapshot.index),
        clock=clock,
        clock_colour=text_colour(snapshot.level),
    )


def commentary_card(snapshot: RunnerSnapshot, segment: Segment, flash_on: bool) -> Card:
    """The commentator's large countdown: amber, red, a flash at 0:00, then overtime in red."""
    remaining = snapshot.remaining if snapshot.remaining is not None else segment.duration or 0
    level = snapshot.level or "normal"
    return Card(
        segment.title or QCoreApplication.translate("cards", "Closing synthesis"),
        segment.speaker,
        clock=countdown_text(remaining),
        clock_colour=BACKGROUND if flash_on else text_colour(level),
        background=RED.name() if flash_on else BACKGROUND,
    )


def text_card(segment: Segment, snapshot: RunnerSnapshot) -> Card:
    """A free card (welcome, break, closing) with its countdown if it has a duration."""
    clock = countdown_text(snapshot.remaining) if snapshot.remaining is not None else ""
    return Card(segment.title or label_of(segment), segment.text, clock=clock)


def closing_card(session: Session) -> Card:
    """After the last segment."""
    return Card(session.title, QCoreApplication.translate("cards", "Thank you"))


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
    if segment.kind == "qa":
        return qa_card(snapshot, session, segment)
    if segment.kind == "commentary":
        return commentary_card(snapshot, segment, flash_on)
    return text_card(segment, snapshot)
