"""What the projector shows between slides: "Up next", Q&A, the commentator's clock, cards.

Pure functions from a runner snapshot to a Card, so they are easy to test and to read. The
console shows the same cards (what is on the projector now, and what comes next). Card texts
speak the audience's languages (`say`), not the operator's: see card_for.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from pechakucha.core.durations import format_countdown
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.runner.state import RunnerSnapshot
from pechakucha.core.session.model import Segment, Session
from pechakucha.qt.app.i18n import Translate, audience_translators
from pechakucha.qt.app.theme import BACKGROUND, RED, text_colour
from pechakucha.qt.show.audience import Card

FLASH_SECONDS = 2.0  # how long the commentary card flashes when its time is up
# The cards' own words, translated into each audience language (marked here for lupdate).
UP_NEXT = QT_TRANSLATE_NOOP("cards", "Up next")
QA = QT_TRANSLATE_NOOP("cards", "Questions & answers")
SYNTHESIS = QT_TRANSLATE_NOOP("cards", "Closing synthesis")
THANKS = QT_TRANSLATE_NOOP("cards", "Thank you")
SAY = QCoreApplication.translate  # the operator's language (the console's copy of a card)


def label_of(item, say: Translate = SAY) -> str:
    """A segment's (or row's) label; the default kind names ("Q&A", "Talk") translated."""
    return say("session", item.label)


def countdown_text(remaining: float) -> str:
    """ "4:59" while time is left; "+0:12" of overtime once it is up (core's one rule)."""
    return format_countdown(remaining)


def synthesis_title(segment: Segment, say: Translate = SAY) -> str:
    """The commentary's own title ("Síntesis"), or a translated default."""
    return segment.title or say("cards", SYNTHESIS)


def up_next_card(segment: Segment, say: Translate = SAY) -> Card:
    """Shown before a segment the operator starts (F5): who comes next."""
    up_next = say("cards", UP_NEXT)
    if segment.kind == "talk":
        details = "\n".join(part for part in (segment.organisation, segment.title) if part)
        return Card(up_next, segment.speaker or segment.organisation, details)
    if segment.kind == "commentary":
        return Card(up_next, synthesis_title(segment, say), segment.speaker)
    return Card(up_next, label_of(segment, say))


def qa_card(
    session: Session, index: int, remaining: float | None, level: str | None, say: Translate = SAY
) -> Card:
    """Questions & answers, the speaker's name and (if wanted) the Q&A countdown."""
    segment = session.segments[index]
    show_clock = segment.show_countdown and remaining is not None
    return Card(
        say("cards", QA),
        session.speaker_for(index),
        clock=countdown_text(remaining) if show_clock else "",
        clock_colour=text_colour(level),
    )


def commentary_card(
    segment: Segment,
    remaining: float | None,
    level: str | None,
    flash_on: bool = False,
    say: Translate = SAY,
) -> Card:
    """The commentator's large countdown: amber, red, a flash at 0:00, then overtime in red."""
    remaining = remaining if remaining is not None else segment.duration or 0
    return Card(
        synthesis_title(segment, say),
        segment.speaker,
        clock=countdown_text(remaining),
        clock_colour=BACKGROUND if flash_on else text_colour(level),
        background=RED.name() if flash_on else BACKGROUND,
    )


def text_card(segment: Segment, remaining: float | None, say: Translate = SAY) -> Card:
    """A free card (welcome, break, closing) with its countdown if it has a duration."""
    clock = countdown_text(remaining) if remaining is not None else ""
    return Card(segment.title or label_of(segment, say), segment.text, clock=clock)


def closing_card(session: Session, say: Translate = SAY) -> Card:
    """After the last segment: the organiser's closing card if the session ends with one,
    else the session's title and a thank-you."""
    last = session.segments[-1] if session.segments else None
    if last is not None and last.kind == "card":
        return text_card(last, None, say)
    return Card(session.title, say("cards", THANKS))


def segment_card(
    session: Session,
    index: int,
    remaining: float | None,
    level: str | None = None,
    say: Translate = SAY,
) -> Card | None:
    """The card segment `index` shows while it runs with `remaining` seconds (None for a talk,
    which shows slides)."""
    segment = session.segments[index]
    if segment.kind == "qa":
        return qa_card(session, index, remaining, level, say)
    if segment.kind == "commentary":
        return commentary_card(segment, remaining, level, say=say)
    if segment.kind == "card":
        return text_card(segment, remaining, say)
    return None


def card_in(
    snapshot: RunnerSnapshot, session: Session, flash_on: bool = False, say: Translate = SAY
) -> Card | None:
    """The card the projector shows now in one language, or None when a slide is due (talk,
    recalled slide) or the projector stays black (a single deck before F5 and after its end)."""
    if session.one_talk and not snapshot.talk_playing:
        return None
    if snapshot.phase == "done":
        return closing_card(session, say)
    segment = session.segments[snapshot.index]
    if snapshot.held_phase in ("ready", "up_next") and segment.kind != "card":
        return up_next_card(segment, say)
    if segment.kind == "talk" or snapshot.recalled is not None:
        return None
    if segment.kind == "commentary":
        return commentary_card(segment, snapshot.remaining, snapshot.level, flash_on, say)
    return segment_card(session, snapshot.index, snapshot.remaining, snapshot.level, say)


# -- audience languages (issue #11) ---------------------------------------------------------
def card_for(snapshot: RunnerSnapshot, session: Session, flash_on: bool = False) -> Card | None:
    """The card the projector shows now in the session's audience languages (default: the
    interface's), or None (see card_in)."""
    cards = [
        card_in(snapshot, session, flash_on, say) for say in audience_translators(session.audience)
    ]
    return None if cards[0] is None else in_languages(cards)


def in_languages(cards: list[Card]) -> Card:
    """The first language's card, with the others' titles and subtitles under its own
    (a line the same in two languages is shown once)."""

    def others(field: str) -> tuple[str, ...]:
        lines = dict.fromkeys(getattr(card, field) for card in cards)
        return tuple(line for line in lines if line and line != getattr(cards[0], field))

    return replace(cards[0], title_also=others("title"), subtitle_also=others("subtitle"))
