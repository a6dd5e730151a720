"""One theme: every window's style sheet loads; each countdown level has one colour."""

from __future__ import annotations

import pytest

from pechakucha.core.schedule import slide_level
from pechakucha.qt.app.theme import AMBER, CALM, RED, ring_colour, style_sheet, text_colour


@pytest.mark.parametrize("window", ["console", "preview", "rehearse", "editor"])
def test_style_sheet_is_the_shared_dark_sheet_rooted_at_the_window(window):
    """The shared sheet's root selector names the window; the console has no extra sheet."""
    sheet = style_sheet(window)
    assert f"QWidget#{window}" in sheet
    assert "#console" not in sheet or window == "console"


def test_ring_and_text_colours_follow_the_level_decided_in_core():
    """A 20-s slide: calm until 5 s left, amber until 3 s, then red."""
    assert ring_colour(slide_level(10.0, 20.0)) == CALM
    assert ring_colour(slide_level(5.0, 20.0)) == AMBER
    assert ring_colour(slide_level(3.0, 20.0)) == RED
    assert ring_colour(None) == CALM
    assert text_colour("overrun") == text_colour("alert") != text_colour(None)
