"""The one way a slide becomes pixels — for the show, the preview, the export and proofs.

A slide is a sheet of paper: whatever is transparent on it (a PDF page without a background,
a PNG with an alpha channel) is drawn over white; the letterbox around the sheet is black.
Every caller goes through `slide_pixels` (8-bit RGB rows) or `paint_bgrx` (B, G, R, 255 into
a buffer of the caller's, the layout Qt blits fastest), so no path can draw a slide over
black while another draws it over white.
"""

from __future__ import annotations

from pechakucha.decks.base import Deck, Pixels

BAND_ROWS = 64  # rows converted at a time from RGB to BGRX (a few MB even at 4K)


def slide_pixels(deck: Deck, index: int, width: int, height: int) -> Pixels:
    """Slide `index` of `deck` fitted into `width`×`height`: RGB, transparency over white,
    letterbox black. Raises the deck's DeckError if the slide cannot be drawn."""
    return deck.render(index, width, height)


def paint_bgrx(deck: Deck, index: int, width: int, height: int, into: object) -> None:
    """Like slide_pixels, drawn into `into` (a writable buffer of width × height × 4 bytes)
    as B, G, R, 255 per pixel: straight from MuPDF for a PDF, else converted band by band."""
    draw = getattr(deck, "render_bgrx", None)
    if draw is not None:
        draw(index, width, height, into)
        return
    copy_as_bgrx(slide_pixels(deck, index, width, height), into)


def copy_as_bgrx(pixels: Pixels, into: object) -> None:
    """Write RGB `pixels` into `into` as B, G, R, 255 bytes per pixel."""
    from PIL import Image

    source, target = memoryview(pixels.data), memoryview(into).cast("B")
    row, out_row = pixels.width * 3, pixels.width * 4
    for top in range(0, pixels.height, BAND_ROWS):
        rows = min(BAND_ROWS, pixels.height - top)
        band = Image.frombuffer(
            "RGB", (pixels.width, rows), source[top * row : (top + rows) * row], "raw", "RGB", 0, 1
        )
        r, g, b = band.split()
        converted = Image.merge("RGBA", (b, g, r, Image.new("L", band.size, 255)))
        target[top * out_row : (top + rows) * out_row] = converted.tobytes()
