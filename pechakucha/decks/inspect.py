"""Preflight's eyes: render every slide a talk can show once and report what it looks like,
as plain facts.

Each slide is drawn at the projector's size (so a page that cannot be drawn is found at the
desk, not on stage), and its look (blank? a copy of the previous one? only a page number?) is
judged on a small rendering. Slides past what the talk can show are only measured and read
(their text tells a "Thank you" page or overlays apart), up to READ_LIMIT; beyond, nothing.
"""

from __future__ import annotations

from PIL import Image

from pechakucha.core.geometry import Rect, fit_rect
from pechakucha.core.preflight import (
    DeckFacts,
    DeckReport,
    SlideFacts,
    assess_deck,
    failed_report,
)
from pechakucha.decks.base import Deck
from pechakucha.decks.errors import DeckError
from pechakucha.decks.preflight import look as looks

# The small rendering a slide's look is judged on (fitted inside it).
LOOK_SIZE = (96, 96)
# Pages past the talk's slides whose size and text are still read (a 10,000-page PDF is not).
READ_LIMIT = 500


def slide_facts(deck: Deck, index: int, projector: tuple[int, int]) -> SlideFacts:
    """Render slide `index` at the projector's size and describe it (a slide too heavy to
    draw in time is only measured, and said to be heavy)."""
    try:
        size = deck.slide_size(index)
        box = fit_rect(size.width, size.height, *projector)
        heavy = _heavy_shapes(deck, index)
        if heavy:  # its text would take as long to read: only its size is known
            return SlideFacts(size.width, size.height, size.pixels, heavy=heavy)
        look, text, has_images = _draw(deck, index, box)
    except DeckError as error:
        return SlideFacts(0, 0, None, error=str(error), damaged=_troubled(deck, index))
    extra = _pdf_facts(deck, index, box, text, has_images)
    look = looks.without_boxes(look, looks.page_number_boxes(text), (size.width, size.height))
    return SlideFacts(
        size.width,
        size.height,
        size.pixels,
        flat=looks.is_flat(look),
        digest=looks.digest(look),
        ink=looks.ink(look),
        transparency=_transparency(deck, index),
        damaged=_troubled(deck, index),
        **extra,
    )


def read_facts(deck: Deck, index: int, projector: tuple[int, int]) -> SlideFacts:
    """A slide the talk will not show: its size and (for PDF pages) text, nothing drawn."""
    try:
        size = deck.slide_size(index)
    except DeckError as error:
        return SlideFacts(0, 0, None, error=str(error), drawn=False)
    box = fit_rect(size.width, size.height, *projector)
    return SlideFacts(
        size.width, size.height, size.pixels, drawn=False, **_pdf_facts(deck, index, box)
    )


def inspect_deck(
    deck: Deck,
    expected_slides: int,
    projector: tuple[int, int],
    format_name: str,
    strict: bool = False,
) -> DeckReport:
    """Preflight report for an open deck: draws the slides the talk can show, reads the rest
    (`strict`: see assess_deck)."""
    count = len(deck)
    drawn = min(count, expected_slides)
    facts = [slide_facts(deck, index, projector) for index in range(drawn)]
    facts += [read_facts(deck, index, projector) for index in range(drawn, min(count, READ_LIMIT))]
    return assess_deck(
        str(deck.path), facts, expected_slides, projector, format_name, deck_facts(deck), strict
    )


def deck_facts(deck: Deck) -> DeckFacts:
    """What the deck's file says about itself: repaired, made by beamer, converted."""
    conversion = getattr(deck, "conversion", None)
    return DeckFacts(
        slides=len(deck),
        repaired=bool(getattr(deck, "repaired", False)),
        creator=getattr(deck, "creator", ""),
        converted_from=conversion.kind if conversion else "",
        hidden_slides=conversion.hidden_slides if conversion else (),
        fonts=conversion.fonts if conversion else (),
        animated_slides=(
            conversion.animated_slides if conversion else getattr(deck, "animated_slides", ())
        ),
        skipped_files=getattr(deck, "skipped_files", ()),
    )


def check_path(
    path: str,
    expected_slides: int,
    projector: tuple[int, int],
    format_name: str,
    strict: bool = False,
) -> DeckReport:
    """Open, inspect and close one deck; a deck that cannot load gets an "error" report.
    `strict`: a picture a little soft is a warning too (see assess_deck)."""
    from pechakucha.decks import open_deck  # PyMuPDF is imported only when a deck is opened

    try:
        deck = open_deck(path)
    except DeckError as error:
        return failed_report(path, str(error), error)
    try:
        report = inspect_deck(deck, expected_slides, projector, format_name, strict)
    finally:
        deck.close()
    return DeckReport(path, report.slides, report.findings)


def _draw(deck: Deck, index: int, box: Rect) -> tuple[Image.Image, dict | None, bool]:
    """Draw the slide at its size on the projector; return a small picture of it (and a PDF
    page's text, and whether it has images). PdfDeck.render_for_check reads a page once for
    all that; an image slide is reduced from the big rendering."""
    from pechakucha.decks.pdf import PdfDeck

    if isinstance(deck, PdfDeck):
        small = fit_rect(box.width, box.height, *LOOK_SIZE)
        pixels, text, has_images = deck.render_for_check(
            index, (box.width, box.height), (small.width, small.height)
        )
        look = Image.frombytes("RGB", (pixels.width, pixels.height), bytes(pixels.data))
        return look, text, has_images
    pixels = deck.render(index, box.width, box.height)
    image = Image.frombytes("RGB", (pixels.width, pixels.height), bytes(pixels.data))
    image.thumbnail(LOOK_SIZE, Image.Resampling.BOX)
    return image, None, True


def _pdf_facts(
    deck: Deck, index: int, box: Rect, text: dict | None = None, has_images: bool = True
) -> dict:
    from pechakucha.decks.pdf import PdfDeck
    from pechakucha.decks.preflight.pagefacts import page_facts

    if not isinstance(deck, PdfDeck):
        return {}
    try:
        page = deck.load_page(index)
    except DeckError:
        return {}
    size = deck.slide_size(index)
    notes = size.height > size.width or "beamer" in deck.creator.lower()
    facts = page_facts(page, box.width, text, notes, has_images)
    return {
        "text": facts.text,
        "title": facts.title,
        "label": facts.label,
        "pictures": facts.pictures,
        "picture": facts.picture,
        "text_outside": facts.text_outside,
        "overlaps": facts.overlaps,
    }


def _heavy_shapes(deck: Deck, index: int) -> int:
    """Shapes a PDF slide too heavy to draw in time paints one by one, else 0."""
    from pechakucha.decks.pdf import PdfDeck
    from pechakucha.decks.preflight.heavy import HEAVY_SHAPES, painted_shapes

    if not isinstance(deck, PdfDeck):
        return 0
    page = deck.load_page(index)
    shapes = painted_shapes(page.parent, page)
    return shapes if shapes > HEAVY_SHAPES else 0


def _transparency(deck: Deck, index: int) -> str | None:
    transparency = getattr(deck, "transparency", None)
    return transparency(index) if transparency is not None else None


def _troubled(deck: Deck, index: int) -> bool:
    return index in getattr(deck, "troubled_slides", ())
