"""What a slide looks like, judged on a small rendering: one flat colour? how much ink? the
same look as the previous slide? A page number is left out of the look (painted over with
the background) so that two slides differing only by their number are the same slide, and a
slide showing nothing but its number is nearly blank."""

from __future__ import annotations

import hashlib

from PIL import Image, ImageChops, ImageDraw

from pechakucha.core.preflight.exports import may_be_page_number

# Channel spread (0–255) below which a slide counts as one flat colour.
FLAT_SPREAD = 6
# The thumbnail whose quantised bytes identify a slide's look.
DIGEST_SIZE = (96, 54)
_QUANTISE = bytes(value >> 3 for value in range(256))  # 32 levels a channel, for the digest
# A pixel differs from the background when its channels differ by more than this, summed.
INK_DIFFERENCE = 24

Box = tuple[float, float, float, float]


def page_number_boxes(text_dict: dict | None) -> list[Box]:
    """The boxes (page coordinates) of the lines of a PyMuPDF "dict" that are page numbers."""
    boxes = []
    for block in (text_dict or {}).get("blocks", ()):
        for line in block.get("lines", ()):
            words = "".join(span["text"] for span in line["spans"]).strip()
            if words and may_be_page_number(words):
                boxes.append(tuple(line["bbox"]))
    return boxes


def without_boxes(look: Image.Image, boxes: list[Box], page: tuple[float, float]) -> Image.Image:
    """`look` (the whole page, small) with `boxes` (page coordinates of a `page`-sized page)
    painted over with the look's background colour."""
    if not boxes:
        return look
    cleaned = look.copy()
    draw = ImageDraw.Draw(cleaned)
    background = _background(look)
    sx, sy = look.width / page[0], look.height / page[1]
    for x0, y0, x1, y1 in boxes:
        draw.rectangle(
            (int(x0 * sx) - 1, int(y0 * sy) - 1, int(x1 * sx) + 1, int(y1 * sy) + 1),
            fill=background,
        )
    return cleaned


def is_flat(image: Image.Image) -> bool:
    """True if the picture is one flat colour."""
    return all(high - low <= FLAT_SPREAD for low, high in image.getextrema())


def digest(image: Image.Image) -> str:
    """A short identity of the picture's look: equal for slides that look the same."""
    small = image if image.size == DIGEST_SIZE else image.resize(DIGEST_SIZE)
    quantised = small.tobytes().translate(_QUANTISE)
    return hashlib.blake2b(quantised, digest_size=12).hexdigest()


def ink(image: Image.Image) -> float:
    """Share of the picture that differs from its most common colour (its background)."""
    total = image.width * image.height
    if not total:
        return 0.0
    difference = ImageChops.difference(image, Image.new("RGB", image.size, _background(image)))
    summed = difference.convert("L").point(lambda v: 255 if v * 3 > INK_DIFFERENCE else 0)
    return sum(summed.histogram()[255:]) / total


def _background(image: Image.Image) -> tuple[int, ...]:
    total = image.width * image.height
    colours = image.getcolors(total) or [(total, image.getpixel((0, 0)))]
    return max(colours)[1]
