"""One way a slide becomes pixels: every path in decks/ (render, render_bgrx, slide_pixels,
paint_bgrx) gives the same pixels, transparency over white and the letterbox black."""

from __future__ import annotations

import pymupdf
from PIL import Image

from pechakucha.decks import open_deck
from pechakucha.decks.paint import paint_bgrx, slide_pixels
from tests.decks import corpus_images


def _transparent_pdf(path):
    """A 4:3 page without a background (transparent, like many exports) holding a PNG whose
    lower half is transparent, and a line of text."""
    picture = Image.new("RGBA", (400, 300), (200, 30, 30, 255))
    picture.paste((0, 0, 0, 0), (0, 150, 400, 300))
    document = pymupdf.open()
    page = document.new_page(width=800, height=600)
    page.insert_image(pymupdf.Rect(100, 100, 500, 400), stream=_png(picture))
    page.insert_text((100, 500), "words", fontsize=30)
    document.save(path)
    return path


def _png(picture) -> bytes:
    import io

    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def _as_rgb(bgrx: bytearray) -> bytes:
    """BGRX bytes turned back into RGB, to compare."""
    image = Image.frombytes("RGBA", (len(bgrx) // 4, 1), bytes(bgrx))
    b, g, r, _x = image.split()
    return Image.merge("RGB", (r, g, b)).tobytes()


def _every_path(deck, width=320, height=180):
    pixels = slide_pixels(deck, 0, width, height)  # its owner keeps its memory alive
    rendered = deck.render(0, width, height)
    rgb, direct = bytes(pixels.data), bytes(rendered.data)
    painted = bytearray(width * height * 4)
    paint_bgrx(deck, 0, width, height, painted)
    return rgb, direct, _as_rgb(painted)


def _at(data: bytes, width: int, x: int, y: int) -> tuple[int, int, int]:
    offset = (y * width + x) * 3
    return tuple(data[offset : offset + 3])


def test_pdf_slide_is_the_same_pixels_on_every_path_over_white(tmp_path):
    with open_deck(_transparent_pdf(tmp_path / "clear.pdf")) as deck:
        rgb, direct, painted = _every_path(deck)
    assert rgb == direct
    assert max(abs(a - b) for a, b in zip(rgb, painted, strict=True)) <= 2  # MuPDF BGR vs RGB
    assert _at(rgb, 320, 160, 10) == (255, 255, 255)  # the page without background: paper
    assert _at(rgb, 320, 100, 110) == (255, 255, 255)  # the picture's transparent half: paper
    assert _at(rgb, 320, 100, 60)[0] > 150  # the picture's red half
    assert _at(rgb, 320, 5, 90) == (0, 0, 0)  # the letterbox of a 4:3 page on 16:9


def test_image_slide_with_transparency_is_the_same_pixels_on_every_path_over_white(tmp_path):
    folder = tmp_path / "shots"
    folder.mkdir()
    corpus_images.screenshot(1).save(folder / "shot01.png")
    with open_deck(folder) as deck:
        rgb, direct, painted = _every_path(deck)
    assert rgb == direct == painted
    assert _at(rgb, 320, 5, 5) == (255, 255, 255)  # the transparent margin: paper, not black
