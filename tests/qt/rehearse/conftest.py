"""The rehearsal window fixture shared by the rehearse tests."""

from __future__ import annotations

import pytest

from pechakucha.core.formats import make_format
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.rehearse.window import RehearsalWindow


@pytest.fixture
def rehearsal(qtbot, numbered_pdf, tmp_path):
    """Factory: a shown rehearsal window on the 20-slide deck, runs kept in tmp_path/data."""
    made: list[tuple[RehearsalWindow, SlideRenderer]] = []

    def make(seconds: float = 20.0, clock=None) -> RehearsalWindow:
        renderer = SlideRenderer()
        deck = renderer.open(str(numbered_pdf))
        fmt = make_format("pechakucha", None, seconds)
        window = RehearsalWindow(
            renderer, PixmapCache(renderer), deck, fmt, tmp_path / "data", clock
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append((window, renderer))
        return window

    yield make
    for window, renderer in made:
        window.close()
        renderer.close()
