"""PdfDeck.render_bgrx: the render process's way of drawing a page straight into shared memory."""

from __future__ import annotations

import pytest

from pechakucha.decks import open_deck
from tests.conftest import write_numbered_pdf


@pytest.mark.parametrize(
    ("page_size", "size"),
    [((960, 540), (640, 360)), ((500, 500), (640, 360)), ((500, 500), (300, 500))],
)
def test_render_bgrx_draws_the_pixels_of_render_as_blue_green_red_opaque(tmp_path, page_size, size):
    deck = open_deck(write_numbered_pdf(tmp_path / "deck.pdf", slides=2, size=page_size))
    width, height = size
    pixels = deck.render(1, width, height)
    rgb = bytes(pixels.data)
    bgrx = bytearray(width * height * 4)
    deck.render_bgrx(1, width, height, bgrx)
    deck.close()
    as_rgb = bytearray(width * height * 3)
    as_rgb[0::3], as_rgb[1::3], as_rgb[2::3] = bgrx[2::4], bgrx[1::4], bgrx[0::4]
    assert as_rgb == rgb  # letterbox bands included
    assert set(bgrx[3::4]) == {255}
