"""Is a placed picture a photograph (whose stretching blurs what people see), or a flat or
smooth bitmap (a text shadow LibreOffice drew as a small grey picture, a one-colour shape)
that looks the same however much it is stretched?"""

from __future__ import annotations

import pymupdf
from PIL import Image, ImageFilter

# Judged at its own size up to this (a stretched picture is small anyway).
THUMBNAIL = (512, 512)
# A flat bitmap: its two commonest colours (4 bits a channel) cover this share of it.
FLAT_SHARE = 0.95
# A smooth bitmap (a blurred shadow, a gradient): less than this share of it has detail, a
# pixel whose edge filter (0–255) passes DETAIL.
DETAIL_SHARE = 0.1
DETAIL = 24


def is_photo(document: pymupdf.Document, xref: int, smask: int = 0) -> bool:
    """True if the image `xref` of `document` (with its soft mask `smask`, if any) has
    photographic content as it appears on white paper; True as well when it cannot be read
    (judging it stretched errs on the side of telling)."""
    if xref <= 0:
        return True
    try:
        base = pymupdf.Pixmap(document, xref)
        if base.alpha or base.n != 3:
            base = pymupdf.Pixmap(pymupdf.csRGB, base, 0)
        image = Image.frombytes("RGB", (base.width, base.height), base.samples)
        if smask > 0:
            mask = pymupdf.Pixmap(document, smask)
            if (mask.width, mask.height) == image.size and mask.n == 1:
                alpha = Image.frombytes("L", image.size, mask.samples)
                paper = Image.new("RGB", image.size, (255, 255, 255))
                image = Image.composite(image, paper, alpha)
    except Exception:
        return True
    finally:
        pymupdf.TOOLS.reset_mupdf_warnings()
    return photographic(image)


def photographic(image: Image.Image) -> bool:
    """True if an RGB picture is neither flat (a shape of one or two colours) nor smooth (a
    blurred shadow, a gradient): a photograph, a screenshot, a chart."""
    small = image.convert("RGB")
    small.thumbnail(THUMBNAIL)
    total = small.width * small.height
    colours = sorted(small.point(lambda value: value >> 4).getcolors(total) or [], reverse=True)
    if sum(count for count, _ in colours[:2]) >= FLAT_SHARE * total:
        return False
    edges = small.convert("L").filter(ImageFilter.FIND_EDGES)
    inner = edges.crop((1, 1, max(edges.width - 1, 2), max(edges.height - 1, 2)))
    detailed = sum(inner.point(lambda v: 255 if v >= DETAIL else 0).histogram()[255:])
    return detailed >= DETAIL_SHARE * inner.width * inner.height
