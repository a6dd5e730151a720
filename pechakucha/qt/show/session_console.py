"""Filling the presenter console from a runner snapshot during a session.

Every time on the console goes through core's one rounding rule (`format_countdown`,
`used_and_left`), the same as the projector's cards, so the two never disagree by a second.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from pechakucha.core.durations import (
    countdown_seconds,
    format_countdown,
    format_duration,
    used_and_left,
)
from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.runner.state import RunnerSnapshot, SegmentRow
from pechakucha.core.session.model import Session
from pechakucha.core.show.commands import Command
from pechakucha.qt.app.theme import BEHIND, CALM, DIM, ON_TIME, ring_colour
from pechakucha.qt.pixels.render import DeckInfo
from pechakucha.qt.show import keys
from pechakucha.qt.show.audience import Card
from pechakucha.qt.show.cards import (
    card_for,
    closing_card,
    label_of,
    segment_card,
    up_next_card,
)
from pechakucha.qt.show.console import PresenterConsole

ON_TIME_SECONDS = 30  # within this of the plan counts as "on time"
COVER_FILLS = {"black": "#000000", "white": "#ffffff"}


def phase_text(snapshot: RunnerSnapshot, cover: str | None = None) -> tuple[str, str]:
    """(state key for the badge colour, badge text); a lost projector ("lost"), then a black
    or white screen, show first."""
    if cover == "lost":
        return "lost", QCoreApplication.translate("console", "NO PROJECTOR")
    if cover == "black":
        return "blackout", QCoreApplication.translate("console", "BLACKED OUT")
    if cover == "white":
        return "white", QCoreApplication.translate("console", "WHITE SCREEN")
    if snapshot.phase == "hold":
        return "hold", QCoreApplication.translate("console", "TECHNICAL HOLD")
    return snapshot.phase, {
        "ready": QCoreApplication.translate("console", "READY — F5"),
        "up_next": QCoreApplication.translate("console", "UP NEXT — F5"),
        "running": QCoreApplication.translate("console", "RUNNING"),
        "paused": QCoreApplication.translate("console", "PAUSED"),
        "done": QCoreApplication.translate("console", "FINISHED"),
    }[snapshot.phase]


def projected_lead(snapshot: RunnerSnapshot) -> float:
    """Seconds the session is projected to end before its budget runs out (negative: after).

    Read from the same two figures as "ends HH:MM" (the projected end) so the verdict and the
    end time always agree, and it moves on every second of an overrun."""
    if snapshot.phase == "done":
        return snapshot.budget_remaining
    return snapshot.budget_remaining - snapshot.projected_end_in


def session_line(snapshot: RunnerSnapshot, wall_now: dt.datetime | None = None) -> tuple[str, str]:
    """ "3:10 behind · ends 19:58 · 12:00 of budget left" (and its colour): the operator's
    one-glance verdict."""
    verdict, colour = _verdict(projected_lead(snapshot))
    end = snapshot.projected_end_at(wall_now or dt.datetime.now())
    template = (
        QCoreApplication.translate("console", "{verdict} · ended {end} · {budget}")
        if snapshot.phase == "done"
        else QCoreApplication.translate("console", "{verdict} · ends {end} · {budget}")
    )
    text = template.format(
        verdict=verdict,
        end=QLocale().toString(end.time(), "HH:mm"),
        budget=_budget_text(snapshot.budget_remaining),
    )
    if snapshot.hold_total > 0:
        text += QCoreApplication.translate("console", " · holds {t}").format(
            t=format_duration(snapshot.hold_total)
        )
    if snapshot.qa_end_target_in is not None:  # the solver's advice, learned from the room
        target = (wall_now or dt.datetime.now()) + dt.timedelta(seconds=snapshot.qa_end_target_in)
        text += QCoreApplication.translate(
            "console", "\nend this Q&A at {t} to finish on time"
        ).format(t=QLocale().toString(target.time(), "HH:mm"))
    return text, colour


def _verdict(lead: float) -> tuple[str, str]:
    """ "on time", "3:10 ahead" or "3:10 behind", and its colour."""
    if abs(lead) < ON_TIME_SECONDS:
        return QCoreApplication.translate("console", "on time"), ON_TIME
    if lead > 0:
        text = QCoreApplication.translate("console", "{t} ahead")
        return text.format(t=format_duration(lead)), ON_TIME
    text = QCoreApplication.translate("console", "{t} behind")
    return text.format(t=format_duration(-lead)), BEHIND


def _budget_text(left: float) -> str:
    """ "81:36 of budget left" (minutes run on, as the session file writes the budget), or
    "24:56 over budget" once it is spent."""
    whole = countdown_seconds(left)
    if whole >= 0:
        text = QCoreApplication.translate("console", "{left} of budget left")
        return text.format(left=format_duration(whole, hours=False))
    text = QCoreApplication.translate("console", "{over} over budget")
    return text.format(over=format_duration(-whole, hours=False))


def format_line(session: Session) -> tuple[str, str]:
    """ "pechakucha: 20 × 20 s" — what a single deck shows instead of the budget line."""
    fmt = session.format
    text = QCoreApplication.translate("TalkOperator", "{format}: {slides} × {seconds} s")
    seconds = QLocale().toString(float(fmt.seconds_per_slide), "g", 6)
    name = QCoreApplication.translate("format", fmt.name)  # "custom" in the user's language
    return text.format(format=name, slides=fmt.slides, seconds=seconds), DIM


def order_rows(snapshot: RunnerSnapshot) -> list[tuple[str, str, str, str, str]]:
    """Running-order rows: label, planned (what it gets now), actual, left, status.

    The current row's Actual is the time its own clock has run, so Actual + Left = Planned
    to the second (pauses are not the speaker's time)."""
    return [_order_row(row) for row in snapshot.rows]


def _order_row(row: SegmentRow) -> tuple[str, str, str, str, str]:
    planned = _whole(row.allotted) if row.allotted or row.kind != "card" else ""
    if countdown_seconds(row.planned) != countdown_seconds(row.allotted):
        planned += f" ({_whole(row.planned)})"
    actual = format_duration(row.actual) if row.actual is not None else ""
    left = ""
    if row.remaining is not None:
        _, used, remaining = used_and_left(row.allotted, row.remaining)
        actual, left = format_duration(used), format_countdown(remaining)
    status = "overrun" if row.remaining is not None and row.remaining < 0 else row.status
    marker = {"past": "✓ ", "current": "▶ ", "skipped": "– "}.get(row.status, "  ")
    return marker + label_of(row), planned, actual, left, status


def _whole(seconds: float) -> str:
    """An allotment as its countdown will start: whole seconds, rounded up."""
    return format_duration(countdown_seconds(seconds))


class RingText(NamedTuple):
    """What the ring and the big line under it show."""

    fraction: float
    text: str
    colour: QColor
    caption: str
    line: str


def clock_for(snapshot: RunnerSnapshot, session: Session) -> RingText:
    """The ring and big line for the current segment."""
    if snapshot.phase == "done":
        total = format_duration(snapshot.session_elapsed)
        line = QCoreApplication.translate("console", "Session: {t}").format(t=total)
        return RingText(1.0, total, CALM, QCoreApplication.translate("console", "session"), line)
    row = snapshot.rows[snapshot.index]
    if snapshot.held_phase in ("ready", "up_next"):
        line = QCoreApplication.translate("console", "{kind}: {t} planned").format(
            kind=label_of(row), t=_whole(row.allotted)
        )
        return RingText(1.0, "F5", CALM, QCoreApplication.translate("console", "to start"), line)
    segment = session.segments[snapshot.index]
    if segment.kind == "talk" and snapshot.slide_remaining is not None:
        return _talk_ring(snapshot, session.talk_format(segment).seconds_per_slide)
    if snapshot.remaining is None:  # a card with no duration: how long it has been up
        shown = format_duration(row.actual or 0.0, rounding="down")
        line = QCoreApplication.translate("console", "{kind}: on screen {t}").format(
            kind=label_of(segment), t=shown
        )
        return RingText(1.0, shown, CALM, label_of(segment), line)
    left = snapshot.remaining
    text, allotted = format_countdown(left), _whole(row.allotted)
    if countdown_seconds(left) >= 0:
        line = QCoreApplication.translate("console", "{t} left of {allotted}")
    else:
        line = QCoreApplication.translate("console", "{t} over {allotted}")
    line = line.format(t=text, allotted=allotted)
    fraction = left / (row.allotted or 1)
    return RingText(fraction, text, ring_colour(snapshot.level), label_of(segment), line)


def _talk_ring(snapshot: RunnerSnapshot, seconds: float) -> RingText:
    """During a talk the ring counts down the slide; the big line, the talk."""
    left = snapshot.slide_remaining
    caption = (
        QCoreApplication.translate("console", "paused")
        if snapshot.held_phase == "paused"
        else QCoreApplication.translate("console", "this slide")
    )
    talk_left = format_countdown(snapshot.remaining or 0)
    line = QCoreApplication.translate("console", "Talk: {t} left").format(t=talk_left)
    colour = ring_colour(snapshot.slide_level)
    return RingText(left / seconds, format_countdown(left), colour, caption, line)


def refresh_console(
    console: PresenterConsole,
    snapshot: RunnerSnapshot,
    session: Session,
    decks: dict[int, DeckInfo],
    cover: str | None = None,
    acting: list[Command] | None = None,
) -> None:
    """Update every part of the console for this instant (`cover`: black/white screen on;
    `acting`: the commands that act now, for the footer)."""
    state, badge = phase_text(snapshot, cover)
    console.set_header(session.title, state, badge)
    text, colour = session_line(snapshot) if not session.one_talk else format_line(session)
    ring = clock_for(snapshot, session)
    console.ring.set_value(ring.fraction, ring.text, ring.colour, ring.caption)
    console.set_clocks(time.strftime("%H:%M:%S"), ring.line, text, colour)
    console.set_running_order(order_rows(snapshot), snapshot.index)
    _slide_panes(console, snapshot, session, decks)
    if cover in COVER_FILLS:  # the "on the projector" pane shows what the projector shows
        console.current_pane.show_card(Card("", background=COVER_FILLS[cover]))
    quits = snapshot.phase in ("ready", "done")
    console.set_keys_help(keys_help(list(FOOTER) if acting is None else acting, quits))


def _slide_panes(
    console: PresenterConsole,
    snapshot: RunnerSnapshot,
    session: Session,
    decks: dict[int, DeckInfo],
) -> None:
    """The current pane shows what the projector shows; the next pane what comes after."""
    if snapshot.talk_playing:
        _talk_panes(console, snapshot, session)
        return
    if session.one_talk and snapshot.phase != "done" and 0 in decks:
        console.set_cards(None, None)
        _first_slides(console, decks[0], session.format.slides)
        return
    if snapshot.recalled is not None:
        talk, slide = snapshot.recalled
        console.current_view.set_slide(decks[talk].path, slide)
        current_card = None
        current = QCoreApplication.translate("console", "Recalled: {talk}, slide {k}").format(
            talk=label_of(session.segments[talk]), k=slide + 1
        )
    else:
        current_card = card_for(snapshot, session)
        current = label_of(session.segments[snapshot.index]) if snapshot.phase != "done" else ""
    following, next_card, next_text = _coming(snapshot, session, decks)
    console.next_view.set_slide(following, 0)
    console.set_cards(current_card, next_card)
    console.set_slide_caption(current, next_text)


def _talk_panes(console: PresenterConsole, snapshot: RunnerSnapshot, session: Session) -> None:
    """During a talk: slide k of n, and the next slide (on the last one, what follows)."""
    slides = session.talk_format(session.segments[snapshot.index]).slides
    slide = (snapshot.slide or 0) + 1
    index, next_card = snapshot.index + 1, None
    if slide < slides:
        following = QCoreApplication.translate("console", "Next: slide {k}").format(k=slide + 1)
    elif index < len(session.segments):  # the last slide: what the projector shows after it
        segment = session.segments[index]
        next_card = (
            up_next_card(segment)
            if segment.kind == "talk"
            else segment_card(session, index, _allotted(snapshot, index))
        )
        following = _next_label(session, index)
    else:
        following = QCoreApplication.translate("console", "Next: end")
    console.set_cards(None, next_card)
    console.set_slide_caption(
        QCoreApplication.translate("console", "Slide {k} / {n}").format(k=slide, n=slides),
        following,
    )


def _coming(
    snapshot: RunnerSnapshot, session: Session, decks: dict[int, DeckInfo]
) -> tuple[str | None, object, str]:
    """(deck whose first slide goes in the next pane, or the card to show there, caption)."""
    if snapshot.phase == "done":
        return None, None, ""
    waiting = snapshot.held_phase in ("ready", "up_next")
    own_card = session.segments[snapshot.index].kind == "card"
    index = snapshot.index if waiting and not own_card else snapshot.index + 1
    if index >= len(session.segments):  # the last segment: then the end, on this same card
        end = QCoreApplication.translate("console", "Next: end of the session")
        return None, closing_card(session), end
    label = _next_label(session, index)
    if index in decks:
        return decks[index].path, None, label
    return None, segment_card(session, index, _allotted(snapshot, index)), label


def _next_label(session: Session, index: int) -> str:
    segment = session.segments[index]
    template = (
        QCoreApplication.translate("console", "Next talk: {label}")
        if segment.kind == "talk"
        else QCoreApplication.translate("console", "Next: {label}")
    )
    return template.format(label=label_of(segment))


def _allotted(snapshot: RunnerSnapshot, index: int) -> float | None:
    """The countdown segment `index` will start with (None past the end or with no duration)."""
    if index >= len(snapshot.rows):
        return None
    row = snapshot.rows[index]
    return row.allotted if row.allotted > 0 else None


def _first_slides(console: PresenterConsole, deck: DeckInfo, slides: int) -> None:
    """A single deck before F5: its first two slides, as the talk will open."""
    console.current_view.set_slide(deck.path, 0)
    console.next_view.set_slide(deck.path if slides > 1 else None, 1)
    console.set_slide_caption(
        QCoreApplication.translate("console", "Slide {k} / {n}").format(k=1, n=slides),
        QCoreApplication.translate("console", "Next: slide {k}").format(k=2),
    )


#: The footer's order, and what each command is called there (context "console").
FOOTER = {
    Command.START: QT_TRANSLATE_NOOP("console", "start / resume"),
    Command.NEXT: QT_TRANSLATE_NOOP("console", "next"),
    Command.PREVIOUS: QT_TRANSLATE_NOOP("console", "back"),
    Command.PAUSE: QT_TRANSLATE_NOOP("console", "pause"),
    Command.HOLD: QT_TRANSLATE_NOOP("console", "hold"),
    Command.EXTEND: QT_TRANSLATE_NOOP("console", "1 min more"),
    Command.SHORTEN: QT_TRANSLATE_NOOP("console", "1 min less"),
    Command.MARK: QT_TRANSLATE_NOOP("console", "mark slide"),
    Command.GRID: QT_TRANSLATE_NOOP("console", "slides"),
    Command.RECALL_OFF: QT_TRANSLATE_NOOP("console", "back to card"),
    Command.BLACK: QT_TRANSLATE_NOOP("console", "black"),
    Command.WHITE: QT_TRANSLATE_NOOP("console", "white"),
    Command.PROGRESS: QT_TRANSLATE_NOOP("console", "progress bar"),
    Command.TOGGLE_CONSOLE: QT_TRANSLATE_NOOP("console", "slide / console"),
    Command.SWAP: QT_TRANSLATE_NOOP("console", "swap screens (twice)"),
    Command.STOP: QT_TRANSLATE_NOOP("console", "stop (twice)"),
}


def keys_help(acting: list[Command], quits: bool = False) -> str:
    """The keys that act now, generated from the keymap (`acting`: the commands that change
    something in this state, in the footer's order); `quits`: Esc quits at once."""
    parts = []
    for command, words in FOOTER.items():
        if command not in acting:
            continue
        text = QCoreApplication.translate("console", words)
        if command is Command.STOP and quits:
            text = QCoreApplication.translate("console", "quit")
        parts.append(f"{keys.main_key(command)} {text}")
    return " · ".join(parts)
