"""The pixmap cache: bounded, slow slides kept longest, a whole talk drawn ahead."""

from __future__ import annotations

from pathlib import Path

import pytest

from pechakucha.qt.pixels import render
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideKey, SlideRenderer

SIZE = (320, 180)
SLIDE_BYTES = SIZE[0] * SIZE[1] * 4


@pytest.fixture
def renderer():
    """A renderer with its own render process, stopped after the test."""
    made = SlideRenderer()
    yield made
    made.close()


def keys(deck: Path, indexes) -> list[SlideKey]:
    return [SlideKey(str(deck), i, *SIZE) for i in indexes]


def test_prerender_keeps_fast_slides_only_while_there_is_room_and_slow_ones_always(
    renderer, numbered_pdf, qtbot, monkeypatch
):
    renderer.open(str(numbered_pdf))
    cache = PixmapCache(renderer, budget=3 * SLIDE_BYTES)
    monkeypatch.setattr(render, "SLOW_SECONDS", 1e9)  # every slide counts as fast
    ahead = keys(numbered_pdf, range(5))
    cache.prerender(ahead)
    qtbot.waitUntil(lambda: all(cache.render_seconds(k) is not None for k in ahead))
    assert [k for k in ahead if k in cache.held()] == ahead[:3]  # what fitted, no more
    monkeypatch.setattr(render, "SLOW_SECONDS", 0.0)  # now every slide counts as slow
    slow = keys(numbered_pdf, [9])
    with qtbot.waitSignal(cache.ready, timeout=30000):
        cache.prerender(slow)
    assert cache.held() == [*ahead[1:3], *slow]  # a spare made room for it


def test_a_full_cache_evicts_spares_then_fast_slides_then_slow_ones(renderer, numbered_pdf, qtbot):
    renderer.open(str(numbered_pdf))
    cache = PixmapCache(renderer, budget=3 * SLIDE_BYTES)
    slow, fast, spare, newest, last = keys(numbered_pdf, range(5))
    cache.fill_now([slow, fast])
    with qtbot.waitSignal(cache.ready, timeout=30000):
        cache.prerender([spare])  # drawn ahead, kept only because there is room
    cache.fill_now([newest])
    assert cache.held() == [slow, fast, newest]
    renderer.timed.emit(slow, 5.0)  # as the render process reports a slide that took 5 s
    cache.fill_now([last])  # the oldest is the slow one, yet the fast one goes
    assert cache.held() == [slow, newest, last]


def test_slides_already_drawn_stay_when_the_deck_vanishes_and_the_operator_is_told_once(
    renderer, numbered_pdf, qtbot
):
    renderer.open(str(numbered_pdf))
    cache = PixmapCache(renderer)
    drawn, *later = keys(numbered_pdf, range(4))
    cache.fill_now([drawn])
    warnings: list[str] = []
    cache.warning.connect(warnings.append)
    numbered_pdf.unlink()
    with qtbot.waitSignals([cache.failed] * 3, timeout=30000):
        cache.prefetch(later)
    assert cache.get(drawn) is not None and all(cache.error(k) for k in later)
    assert len(warnings) == 1 and "changed or was removed" in warnings[0]
