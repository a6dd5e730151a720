"""The show goes on while the render process dies, hangs or cannot draw, or a slide takes
seconds to draw: the real one-deck show of tests/qt, on a deck whose slide HEAVY_SLIDE + 1
takes seconds to draw; on the Linux path and on the portable one (tests/qt/pixels/conftest).

Judged by the journal (each slide's `due` and `shown` times, monotonic clock), by what the
projector paints, and by what the console says."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pechakucha.cli.bench import HEAVY_SLIDE, make_heavy_deck
from pechakucha.qt.pixels.render import SlideKey
from tests.qt.pixels.conftest import render_path  # noqa: F401  every test on both paths

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")


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


def projected(show) -> list[int]:
    """Slide indexes the projector paints from now on (a list that fills as it goes)."""
    painted: list[int] = []
    show.audience.slide_view.painted.connect(lambda _deck, index: painted.append(index))
    return painted


def test_a_stopped_render_process_is_restarted_and_the_console_names_the_slide(make_show, qtbot):
    show = make_show(seconds=1.0, slides=20)
    show.renderer.set_deadlines({"render": 3.0})
    painted = projected(show)
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.waitUntil(lambda: 0 in painted, timeout=30000)
    stopped = show.renderer.pid
    os.kill(stopped, signal.SIGSTOP)  # hung: it never answers again
    try:
        said = show.console.keypress_label.text
        qtbot.waitUntil(lambda: "took more than 3 s" in said(), timeout=30000)
        said, after = said(), len(show.events("advance"))
        qtbot.waitUntil(lambda: any(index >= after for index in painted), timeout=30000)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(stopped, signal.SIGCONT)
    assert said.startswith("Slide ") and " of talk.pdf took more than 3 s to draw" in said
    assert show.renderer.pid != stopped


def test_slides_over_a_file_size_limit_keep_a_sign_up_until_they_are_drawn(make_show, qtbot):
    resource = pytest.importorskip("resource")
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, limits[1]))  # a slide is 518 KB
    try:
        show = make_show(seconds=1.0, slides=20)
        painted = projected(show)
        qtbot.keyClick(show.console, Qt.Key_F5)
        sign = lambda: show.console.keypress_label.text()  # noqa: E731
        qtbot.waitUntil(lambda: "File too large" in sign(), timeout=30000)
        first = len(show.events("slide_due"))  # due, though not shown: no pixels
        qtbot.waitUntil(lambda: len(show.events("slide_due")) >= first + 4, timeout=30000)
        still = sign()  # four slides later: longer than any flash
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
    qtbot.waitUntil(lambda: bool(painted), timeout=30000)  # tried again, drawn at last
    qtbot.waitUntil(lambda: "not drawn" not in sign(), timeout=30000)
    assert "is not drawn" in still and "trying again" in still and "File too large" in still


def test_a_render_process_killed_twice_during_one_slide_loses_no_slide(make_show, qtbot):
    show = make_show(seconds=1.0, slides=20)
    painted = projected(show)
    heavy = SlideKey(show.controller.decks[0].path, HEAVY_SLIDE, 1920, 1080)
    drawn: list[SlideKey] = []
    show.renderer.rendered.connect(lambda key, _image: drawn.append(key))
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.waitUntil(lambda: 0 in painted, timeout=30000)
    show.renderer.request(heavy, urgent=True)  # seconds to draw: it is in flight
    for _ in range(2):
        killed = show.renderer.pid
        os.kill(killed, signal.SIGKILL)
        qtbot.waitUntil(lambda: show.renderer.pid not in (None, killed), timeout=30000)  # noqa: B023
    after = len(show.events("advance"))
    qtbot.waitUntil(lambda: heavy in drawn, timeout=90000)
    qtbot.waitUntil(lambda: any(index >= after for index in painted), timeout=30000)
    assert show.cache.error(heavy) is None
