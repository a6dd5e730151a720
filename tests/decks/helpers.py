"""Reading rendered Pixels back in tests: one pixel, and colours compared with a tolerance."""

from __future__ import annotations

from pechakucha.decks import Pixels


def pixel(pixels: Pixels, x: int, y: int) -> tuple[int, int, int]:
    """The RGB colour at (x, y) of a rendered slide."""
    offset = y * pixels.stride + x * 3
    red, green, blue = pixels.data[offset : offset + 3]
    return red, green, blue


def near(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 8) -> bool:
    """True if every channel of `actual` is within `tolerance` of `expected` (JPEG is lossy)."""
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))
