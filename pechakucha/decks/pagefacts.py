"""What a PDF page says and holds, for preflight: its text, title, label, placed pictures, and
whether it is laid out like a notes page. Cheap: the text comes with the page's rendering, and
the page is read again only where there is something to find (pictures only on pages that
have images, the notes layout only on pages that may be notes pages)."""

from __future__ import annotations

from dataclasses import dataclass

import pymupdf

from pechakucha.core.preflight import PlacedPicture

TEXT_LIMIT = 2000  # characters of a page's text kept (enough for every rule that reads it)
# A slide drawn on a notes page: landscape, not the whole page, in the page's upper half.
SLIDE_ASPECTS = (1.2, 2.0)
SLIDE_WIDTH = (0.25, 0.95)
SLIDE_AREA = 0.6
MAY_BE_NOTES = 40  # characters of text a page needs before its layout is looked at
_DRAWING_KINDS = ("fill-path", "stroke-path", "fill-image", "fill-shade", "fill-imgmask")


@dataclass(frozen=True)
class PageFacts:
    """The text and layout facts of one page (see SlideFacts for their meaning)."""

    text: str = ""
    title: str = ""
    label: str = ""
    pictures: tuple[PlacedPicture, ...] = ()
    picture: tuple[float, float, float, float] | None = None
    text_outside: int = 0


Line = tuple[pymupdf.Rect, str]


def page_facts(
    page: pymupdf.Page,
    drawn_width: float,
    text_dict: dict | None = None,
    notes: bool = True,
    has_images: bool = True,
) -> PageFacts:
    """Read `page`, which the projector shows `drawn_width` pixels wide; `text_dict` is its
    text as PyMuPDF's "dict" if already extracted; `notes`: look for a notes-page layout;
    `has_images`: False if the page is known to have none (its pictures are not looked for).
    Never raises: a page whose content cannot be read has no facts (drawing it says why)."""
    try:
        lines = _lines(text_dict or page.get_text("dict", flags=0))
        text = " ".join(line for _, line in lines)[:TEXT_LIMIT]
        look = notes and len(text) >= MAY_BE_NOTES
        picture = _slide_picture(page) if look else None
        pictures = _placed_pictures(page, drawn_width / page.rect.width) if has_images else ()
        label = page.get_label() or ""
    except Exception:
        return PageFacts()
    titled = [(rect, line) for rect, line in lines if not line.strip().isdigit()]
    title = min(titled, key=lambda item: (item[0].y0, item[0].x0))[1] if titled else ""
    outside = _text_outside(lines, picture) if picture is not None else 0
    region = _fractions(picture, page.rect) if picture is not None else None
    return PageFacts(text, title.strip(), label, pictures, region, outside)


def _lines(text_dict: dict) -> list[Line]:
    """Each line of text with its box, in page coordinates as displayed."""
    found = []
    for block in text_dict["blocks"]:
        for line in block.get("lines", ()):
            words = "".join(span["text"] for span in line["spans"]).strip()
            if words:
                found.append((pymupdf.Rect(line["bbox"]), " ".join(words.split())))
    return found


def _placed_pictures(page: pymupdf.Page, scale: float) -> tuple[PlacedPicture, ...]:
    """Pictures on the page: pixels, size drawn on the projector, share of the slide covered."""
    area = page.rect.width * page.rect.height
    placed = []
    for info in page.get_image_info():
        box = pymupdf.Rect(info["bbox"]) * page.rotation_matrix
        visible = box & page.rect
        share = visible.width * visible.height / area if area and not visible.is_empty else 0.0
        drawn = (abs(box.width) * scale, abs(box.height) * scale)
        placed.append(PlacedPicture((info["width"], info["height"]), drawn, round(share, 3)))
    return tuple(placed)


def _slide_picture(page: pymupdf.Page) -> pymupdf.Rect | None:
    """The largest slide-shaped drawing or image in the page's upper half, if any."""
    page_rect = page.rect
    best = None
    for kind, box in page.get_bboxlog():
        if kind not in _DRAWING_KINDS:
            continue
        rect = pymupdf.Rect(box) * page.rotation_matrix
        if rect.is_empty or not _is_slide_shaped(rect, page_rect):
            continue
        if best is None or rect.width * rect.height > best.width * best.height:
            best = rect
    return best


def _is_slide_shaped(rect: pymupdf.Rect, page: pymupdf.Rect) -> bool:
    aspect = rect.width / rect.height
    width_share = rect.width / page.width
    area_share = rect.width * rect.height / (page.width * page.height)
    return (
        SLIDE_ASPECTS[0] <= aspect <= SLIDE_ASPECTS[1]
        and SLIDE_WIDTH[0] <= width_share <= SLIDE_WIDTH[1]
        and area_share <= SLIDE_AREA
        and rect.y0 - page.y0 <= page.height / 2
    )


def _text_outside(lines: list[Line], picture: pymupdf.Rect) -> int:
    """Characters of the lines that lie outside `picture` (its notes, if it is a slide)."""
    return sum(len(text) for rect, text in lines if not picture.contains(_centre(rect)))


def _centre(rect: pymupdf.Rect) -> pymupdf.Point:
    return pymupdf.Point((rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2)


def _fractions(rect: pymupdf.Rect, page: pymupdf.Rect) -> tuple[float, float, float, float]:
    return (
        round((rect.x0 - page.x0) / page.width, 3),
        round((rect.y0 - page.y0) / page.height, 3),
        round((rect.x1 - page.x0) / page.width, 3),
        round((rect.y1 - page.y0) / page.height, 3),
    )
