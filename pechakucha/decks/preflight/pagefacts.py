"""What a PDF page says and holds, for preflight: its text, title, label, placed pictures, and
whether it is laid out like a notes page. Cheap: the text comes with the page's rendering, and
the page is read again only where there is something to find (pictures only on pages that
have images, the notes layout only on pages that may be notes pages)."""

from __future__ import annotations

from dataclasses import dataclass

import pymupdf

from pechakucha.core.preflight import PlacedPicture
from pechakucha.decks.preflight.photo import is_photo

TEXT_LIMIT = 2000  # characters of a page's text kept (enough for every rule that reads it)
# A slide drawn on a notes page: landscape, not the whole page, in the page's upper half.
SLIDE_ASPECTS = (1.2, 2.0)
SLIDE_WIDTH = (0.25, 1.0)  # up to the full width (Deckset's notes pages)
SLIDE_AREA = 0.6
MAY_BE_NOTES = 8  # characters of text a page needs before its layout is looked at
# beamer's notes below the slide: a page two landscape slides high, the slide the upper half.
STACKED_ASPECTS = (0.6, 1.0)
# Two lines overprint each other when their boxes share this much of the smaller one; only
# a page's first OVERPRINT_LINES lines are compared (pairs grow with the square).
OVERPRINT_SHARE = 0.5
OVERPRINT_LINES = 200
# Pictures covering less of the slide than this are not judged (core's PICTURE_SHARE).
JUDGED_SHARE = 0.25
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
    overlaps: int = 0


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
        if look and picture is None:
            picture = _stacked_slide(page, lines)
        pictures = _placed_pictures(page, drawn_width / page.rect.width) if has_images else ()
        label = page.get_label() or ""
    except Exception:
        return PageFacts()
    titled = [(rect, line) for rect, line in lines if not line.strip().isdigit()]
    title = min(titled, key=lambda item: (item[0].y0, item[0].x0))[1] if titled else ""
    outside = _text_outside(lines, picture) if picture is not None else 0
    region = _fractions(picture, page.rect) if picture is not None else None
    overlaps = overprinted_lines(lines)
    return PageFacts(text, title.strip(), label, pictures, region, outside, overlaps)


def overprinted_lines(lines: list[Line]) -> int:
    """How many lines of text are printed over another line of other words (a conversion
    that drew a template's hidden text over the speaker's)."""
    count = 0
    lines = lines[:OVERPRINT_LINES]
    for index, (rect, text) in enumerate(lines):
        for other, other_text in lines[index + 1 :]:
            shared = rect & other
            if shared.is_empty or text == other_text:  # the same words twice: a shadow
                continue
            smaller = min(rect.width * rect.height, other.width * other.height)
            if smaller and shared.width * shared.height >= OVERPRINT_SHARE * smaller:
                count += 1
                break
    return count


def _stacked_slide(page: pymupdf.Page, lines: list[Line]) -> pymupdf.Rect | None:
    """beamer's notes below the slide: a page about two landscape slides high, with text in
    its lower half; the slide is its upper half."""
    rect = page.rect
    if not rect.height or not STACKED_ASPECTS[0] <= rect.width / rect.height <= STACKED_ASPECTS[1]:
        return None
    upper = pymupdf.Rect(rect.x0, rect.y0, rect.x1, rect.y0 + rect.height / 2)
    if not any(box.y0 >= upper.y1 for box, _ in lines):
        return None
    return upper


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
    masks = {image[0]: image[1] for image in page.get_images()}
    for info in page.get_image_info(xrefs=True):
        box = pymupdf.Rect(info["bbox"]) * page.rotation_matrix
        visible = box & page.rect
        share = visible.width * visible.height / area if area and not visible.is_empty else 0.0
        drawn = (abs(box.width) * scale, abs(box.height) * scale)
        pixels = (info["width"], info["height"])
        stretched = (
            share >= JUDGED_SHARE
            and min(d / max(p, 1) for d, p in zip(drawn, pixels, strict=True)) > 1
        )
        xref = info.get("xref", 0)
        photo = is_photo(page.parent, xref, masks.get(xref, 0)) if stretched else True
        placed.append(PlacedPicture(pixels, drawn, round(share, 3), photo))
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
