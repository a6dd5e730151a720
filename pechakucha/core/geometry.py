"""Letterbox geometry: where a slide of one aspect goes inside a screen of another."""

from __future__ import annotations

from typing import NamedTuple

DEFAULT_PROJECTOR = (1920, 1080)  # what a venue projector is, unless told otherwise


class Rect(NamedTuple):
    """An integer rectangle in pixels."""

    x: int
    y: int
    width: int
    height: int


def fit_rect(src_width: float, src_height: float, dst_width: int, dst_height: int) -> Rect:
    """Largest rectangle of the source's aspect that fits in the destination, centred.

    The remaining bands (left/right or top/bottom) are the letterbox, painted black.
    """
    if src_width <= 0 or src_height <= 0 or dst_width <= 0 or dst_height <= 0:
        return Rect(0, 0, max(dst_width, 0), max(dst_height, 0))
    scale = min(dst_width / src_width, dst_height / src_height)
    width = max(1, min(dst_width, round(src_width * scale)))
    height = max(1, min(dst_height, round(src_height * scale)))
    return Rect((dst_width - width) // 2, (dst_height - height) // 2, width, height)
