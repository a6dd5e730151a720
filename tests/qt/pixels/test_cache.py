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


def test_prerender_times_every_slide_but_keeps_the_pixels_of_slow_ones_only(
    renderer, numbered_pdf, qtbot, monkeypatch
):
    renderer.open(str(numbered_pdf))
    cache = PixmapCache(renderer)
    monkeypatch.setattr(render, "SLOW_SECONDS", 1e9)  # every slide counts as fast
    cache.prerender(keys(numbered_pdf, range(3)))
    qtbot.waitUntil(
        lambda: all(cache.render_seconds(k) is not None for k in keys(numbered_pdf, range(3)))
    )
    assert cache.used == 0
    monkeypatch.setattr(render, "SLOW_SECONDS", 0.0)  # every slide counts as slow
    with qtbot.waitSignals([cache.ready] * 3, timeout=30000):
        cache.prerender(keys(numbered_pdf, range(3, 6)))
    assert cache.used == 3 * SLIDE_BYTES


def test_a_full_cache_evicts_fast_slides_before_a_slow_one(renderer, numbered_pdf):
    renderer.open(str(numbered_pdf))
    cache = PixmapCache(renderer, budget=3 * SLIDE_BYTES)
    slow, *fast = keys(numbered_pdf, range(4))
    renderer.timed.emit(slow, 5.0)  # as the render process reports a slide that took 5 s
    cache.fill_now([slow, *fast])  # the oldest is the slow one, yet a fast one goes
    held = [k for k in keys(numbered_pdf, range(4)) if cache.get(k) is not None]
    assert held == [slow, fast[1], fast[2]]


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
