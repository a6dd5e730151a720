"""The show goes on while the render process dies or a slide takes seconds to draw: the real
one-deck show of tests/qt, on a deck whose slide HEAVY_SLIDE + 1 takes seconds to draw.

Judged by the journal: each slide's `due` and `shown` times (monotonic clock), against when the
render process was killed or when the slow slide was asked for and arrived."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pechakucha.cli.bench import HEAVY_SLIDE, make_heavy_deck
from pechakucha.qt.pixels.render import SlideKey


@pytest.fixture
def numbered_pdf(tmp_path: Path) -> Path:
    """The deck of `make_show` here: 20 numbered slides, the heavy one taking seconds to draw
    at 1080p (~3 s on a 2-core box)."""
    return make_heavy_deck(tmp_path / "talk.pdf", leaf_paths=25)


def draw_talk_ahead(show, slides: int) -> None:
    """Every slide of the talk, at the size of every view, in the cache before F5."""
    deck = show.controller.decks[0].path
    views = (show.audience.slide_view, show.console.current_view, show.console.next_view)
    show.cache.fill_now([view.key_for(deck, i) for i in range(slides) for view in views])


def assert_each_slide_shown_in_its_own_slot(advances: list[dict], seconds: float) -> None:
    assert [a["slide"] for a in advances] == list(range(1, len(advances) + 1))
    for advance in advances:
        assert advance["due"] <= advance["shown"] < advance["due"] + seconds, advance


def test_render_process_killed_mid_talk_slides_go_on_and_the_console_says_so(make_show, qtbot):
    show = make_show(seconds=0.5, slides=6)
    draw_talk_ahead(show, 6)
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.waitUntil(lambda: len(show.events("advance")) == 2, timeout=10000)
    with qtbot.waitSignal(show.cache.warning, timeout=10000) as warned:
        killed_at = time.monotonic()
        os.kill(show.renderer.pid, signal.SIGKILL)
    assert show.console.keypress_label.text() == warned.args[0]
    assert "restarted" in warned.args[0]
    qtbot.waitUntil(lambda: len(show.events("advance")) == 6, timeout=20000)
    advances = show.events("advance")
    assert_each_slide_shown_in_its_own_slot(advances, 0.5)
    assert sum(a["due"] > killed_at for a in advances) >= 3  # slides due after the kill


def test_a_slide_taking_seconds_to_draw_delays_no_advance_and_no_key(make_show, qtbot):
    show = make_show(seconds=0.25, slides=5)  # the talk stops before the heavy slide
    draw_talk_ahead(show, 5)
    heavy = SlideKey(show.controller.decks[0].path, HEAVY_SLIDE, 1920, 1080)
    drawn: list[float] = []
    show.renderer.timed.connect(
        lambda key, _s: drawn.append(time.monotonic()) if key == heavy else None
    )
    asked_at = time.monotonic()
    show.renderer.request(heavy, urgent=True)  # the render process is busy for seconds
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.waitUntil(lambda: len(show.events("advance")) == 2, timeout=10000)
    qtbot.keyClick(show.audience, Qt.Key_Right)  # a clicker press: ignored, and journaled
    qtbot.waitUntil(lambda: len(show.events("advance")) == 5 and bool(drawn), timeout=60000)
    advances = show.events("advance")
    assert_each_slide_shown_in_its_own_slot(advances, 0.25)
    during = [a for a in advances if asked_at < a["due"] and a["shown"] < drawn[0]]
    assert len(during) >= 3, (asked_at, drawn, advances)  # advanced while it was being drawn
    assert show.events("key_ignored")[0]["t"] < drawn[0]  # and the key was handled meanwhile
