"""What transparency does to an image slide shown, like paper, over white."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageFilter


def transparency_effect(picture: Image.Image) -> str | None:
    """See ImageDeck.transparency: judge an RGB or RGBA picture (any size).

    Light parts vanish on white only where transparency was their background: light strokes
    (white text or lines) drawn on transparency, visible over black. A screenshot's white
    page inside a transparent margin loses nothing: its light pixels lie inside it, and what
    they frame (the screenshot's text) still shows."""
    if picture.mode != "RGBA":
        return None
    small = picture.copy()
    small.thumbnail((320, 320))
    alpha = small.getchannel("A")
    pixels = small.width * small.height
    if sum(alpha.histogram()[:250]) < pixels * 0.01:
        return None  # a few soft edges: nothing anyone would notice
    ink = alpha.point(lambda value: 255 if value >= 128 else 0)
    clear = ImageChops.invert(ink).filter(ImageFilter.MaxFilter(5))  # 2 pixels around the clear
    light = ImageChops.multiply(small.convert("L").point(lambda v: 255 if v >= 230 else 0), ink)
    lost = sum(ImageChops.multiply(light, clear).histogram()[255:])
    if lost >= pixels * 0.001 and lost * 2 >= sum(light.histogram()[255:]):
        return "hides"
    return "shown"
