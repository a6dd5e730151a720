"""Filling the presenter console from a runner snapshot during a session."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QCoreApplication

from pechakucha.core.durations import format_duration
from pechakucha.core.runner.state import RunnerSnapshot, SegmentRow
from pechakucha.core.schedule import slide_level
from pechakucha.core.session.model import Session
from pechakucha.qt.app.theme import BEHIND, CALM, DIM, ON_TIME, ring_colour
from pechakucha.qt.pixels.render import DeckInfo
from pechakucha.qt.show.cards import label_of
from pechakucha.qt.show.console import PresenterConsole

ON_TIME_SECONDS = 30  # within this of the plan counts as "on time"


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


def session_line(snapshot: RunnerSnapshot) -> tuple[str, str]:
    """ "3:10 behind · ends 19:58" (and its colour) — the operator's one-glance verdict."""
    delta = snapshot.ahead_behind
    if abs(delta) < ON_TIME_SECONDS:
        verdict, colour = QCoreApplication.translate("console", "on time"), ON_TIME
    elif delta > 0:
        verdict, colour = (
            QCoreApplication.translate("console", "{t} ahead").format(t=format_duration(delta)),
            ON_TIME,
        )
    else:
        verdict, colour = (
            QCoreApplication.translate("console", "{t} behind").format(t=format_duration(-delta)),
            BEHIND,
        )
    end = dt.datetime.now() + dt.timedelta(seconds=snapshot.projected_end_in)
    left = format_duration(snapshot.budget_remaining, hours=False)
    text = QCoreApplication.translate(
        "console", "{verdict} · ends {end} · {left} of budget left"
    ).format(verdict=verdict, end=end.strftime("%H:%M"), left=left)
    if snapshot.hold_total > 0:
        text += QCoreApplication.translate("console", " · holds {t}").format(
            t=format_duration(snapshot.hold_total)
        )
    return text, colour


def format_line(session: Session) -> tuple[str, str]:
    """ "pechakucha: 20 × 20 s" — what a single deck shows instead of the budget line."""
    fmt = session.format
    text = QCoreApplication.translate("TalkOperator", "{format}: {slides} × {seconds:g} s")
    return text.format(format=fmt.name, slides=fmt.slides, seconds=fmt.seconds_per_slide), DIM


def order_rows(snapshot: RunnerSnapshot) -> list[tuple[str, str, str, str, str]]:
    """Running-order table rows: label, planned (what it gets now), actual, left, status."""
    rows = []
    for row in snapshot.rows:
        planned = format_duration(row.allotted)
        if row.planned != row.allotted:
            planned += f" ({format_duration(row.planned)})"
        actual = format_duration(row.actual) if row.actual is not None else ""
        left = format_duration(row.remaining, rounding="up") if row.remaining is not None else ""
        status = "overrun" if row.remaining is not None and row.remaining < 0 else row.status
        rows.append((_row_label(row), planned, actual, left, status))
    return rows


def _row_label(row: SegmentRow) -> str:
    marker = {"past": "✓ ", "current": "▶ ", "skipped": "– "}.get(row.status, "  ")
    return marker + label_of(row)


def clock_for(snapshot: RunnerSnapshot, session: Session):
    """(ring fraction, ring text, ring colour, caption, big line) for the current segment."""
    if snapshot.phase == "done" or snapshot.held_phase in ("ready", "up_next"):
        return 1.0, "F5", CALM, QCoreApplication.translate("console", "to start"), ""
    segment = session.segments[snapshot.index]
    if segment.kind == "talk" and snapshot.slide_remaining is not None:
        fmt = session.talk_format(segment)
        left = snapshot.slide_remaining
        talk_left = format_duration(snapshot.remaining or 0, rounding="up")
        return (
            left / fmt.seconds_per_slide,
            format_duration(left, rounding="up"),
            ring_colour(slide_level(left, fmt.seconds_per_slide)),
            QCoreApplication.translate("console", "this slide"),
            QCoreApplication.translate("console", "Talk: {t} left").format(t=talk_left),
        )
    if snapshot.remaining is None:
        return 1.0, "", CALM, "", ""
    allotted = snapshot.rows[snapshot.index].allotted or 1
    left = snapshot.remaining
    text = format_duration(left, rounding="up") if left > 0 else "+" + format_duration(-left)
    big = (
        QCoreApplication.translate("console", "{kind}: {t} left").format(
            kind=label_of(segment), t=text
        )
        if left > 0
        else QCoreApplication.translate("console", "{kind}: overrun {t}").format(
            kind=label_of(segment), t=text
        )
    )
    return left / allotted, text, ring_colour(snapshot.level), label_of(segment), big


def refresh_console(
    console: PresenterConsole,
    snapshot: RunnerSnapshot,
    session: Session,
    decks: dict[int, DeckInfo],
    cover: str | None = None,
) -> None:
    """Update every part of the console for this instant (`cover`: black/white screen on)."""
    state, badge = phase_text(snapshot, cover)
    console.set_header(session.title, state, badge)
    text, colour = session_line(snapshot) if not session.one_talk else format_line(session)
    fraction, ring_text, ring_colour, caption, big = clock_for(snapshot, session)
    console.ring.set_value(fraction, ring_text, ring_colour, caption)
    console.set_clocks(time.strftime("%H:%M:%S"), big, text, colour)
    console.set_running_order(order_rows(snapshot), snapshot.index)
    _slide_panes(console, snapshot, session, decks)
    console.set_keys_help(keys_help(snapshot))


def _slide_panes(
    console: PresenterConsole,
    snapshot: RunnerSnapshot,
    session: Session,
    decks: dict[int, DeckInfo],
) -> None:
    talk_running = snapshot.talk_playing
    if talk_running:
        fmt = session.talk_format(session.segments[snapshot.index])
        slide = (snapshot.slide or 0) + 1
        console.set_slide_caption(
            QCoreApplication.translate("console", "Slide {k} / {n}").format(k=slide, n=fmt.slides),
            QCoreApplication.translate("console", "Next: slide {k}").format(k=slide + 1)
            if slide < fmt.slides
            else QCoreApplication.translate("console", "Next: end"),
        )
        return
    if session.one_talk and snapshot.phase != "done" and 0 in decks:
        _first_slides(console, decks[0], session.format.slides)
        return
    if snapshot.recalled is not None:
        talk, slide = snapshot.recalled
        console.current_view.set_slide(decks[talk].path, slide)
        current = QCoreApplication.translate("console", "Recalled: {talk}, slide {k}").format(
            talk=label_of(session.segments[talk]), k=slide + 1
        )
    else:
        console.current_view.set_slide(None, 0)
        current = session.segments[snapshot.index].label if snapshot.phase != "done" else ""
        console.current_view.set_placeholder(current)
    following = next(
        (
            i
            for i in range(snapshot.index, len(session.segments))
            if i in decks and (i > snapshot.index or not talk_running)
        ),
        None,
    )
    if following is not None and snapshot.phase != "done":
        console.next_view.set_slide(decks[following].path, 0)
        nxt = QCoreApplication.translate("console", "Next talk: {label}").format(
            label=label_of(session.segments[following])
        )
    else:
        console.next_view.set_slide(None, 0)
        nxt = ""
    console.set_slide_caption(current, nxt)


def _first_slides(console: PresenterConsole, deck: DeckInfo, slides: int) -> None:
    """A single deck before F5: its first two slides, as the talk will open."""
    console.current_view.set_slide(deck.path, 0)
    console.next_view.set_slide(deck.path if slides > 1 else None, 1)
    console.set_slide_caption(
        QCoreApplication.translate("console", "Slide {k} / {n}").format(k=1, n=slides),
        QCoreApplication.translate("console", "Next: slide {k}").format(k=2),
    )


def keys_help(snapshot: RunnerSnapshot) -> str:
    """The keys that work now."""
    if snapshot.phase == "done":
        return QCoreApplication.translate("console", "Esc quit")
    if snapshot.held_phase in ("ready", "up_next"):
        return QCoreApplication.translate(
            "console", "F5 start · Space next segment · PageUp back · H hold · B black · Esc quit"
        )
    if snapshot.kind == "talk":
        return QCoreApplication.translate(
            "console", "P pause · M mark slide · H hold · B black · W white · Esc stop (twice)"
        )
    return QCoreApplication.translate(
        "console",
        "Space end & next · + / − 1 min · G slides · R back to card · P pause · "
        "H hold · B black · Esc stop (twice)",
    )
