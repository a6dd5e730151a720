"""Preflight's eyes: render every slide once and report what it looks like, as plain facts."""

from __future__ import annotations

import hashlib

from PIL import Image

from pechakucha.core.geometry import fit_rect
from pechakucha.core.preflight import DeckReport, SlideFacts, assess_deck, failed_report
from pechakucha.decks.base import Deck, Pixels
from pechakucha.decks.errors import DeckError

# Channel spread (0–255) below which a slide counts as one flat colour.
FLAT_SPREAD = 6
# Size of the thumbnail whose quantised bytes identify a slide's look.
DIGEST_SIZE = (32, 18)


def slide_facts(deck: Deck, index: int, projector: tuple[int, int]) -> SlideFacts:
    """Render slide `index` at the projector's size and describe it."""
    try:
        size = deck.slide_size(index)
        pixels = deck.render(index, *projector)
    except DeckError as error:
        return SlideFacts(0, 0, None, error=str(error))
    area = fit_rect(size.width, size.height, *projector)
    image = _crop_to_slide(pixels, area)
    return SlideFacts(
        size.width, size.height, size.pixels, flat=_is_flat(image), digest=_digest(image)
    )


def inspect_deck(
    deck: Deck, expected_slides: int, projector: tuple[int, int], format_name: str
) -> DeckReport:
    """Preflight report for an open deck: renders every slide once."""
    facts = [slide_facts(deck, index, projector) for index in range(len(deck))]
    return assess_deck(str(deck.path), facts, expected_slides, projector, format_name)


def check_path(
    path: str, expected_slides: int, projector: tuple[int, int], format_name: str
) -> DeckReport:
    """Open, inspect and close one deck; a deck that cannot load gets an "error" report."""
    from pechakucha.decks import open_deck  # PyMuPDF is imported only when a deck is opened

    try:
        deck = open_deck(path)
    except DeckError as error:
        return failed_report(path, str(error), error)
    try:
        report = inspect_deck(deck, expected_slides, projector, format_name)
    finally:
        deck.close()
    return DeckReport(path, report.slides, report.findings)


def _crop_to_slide(pixels: Pixels, area: tuple[int, int, int, int]) -> Image.Image:
    image = Image.frombytes("RGB", (pixels.width, pixels.height), pixels.data)
    x, y, width, height = area
    return image.crop((x, y, x + width, y + height))


def _is_flat(image: Image.Image) -> bool:
    return all(high - low <= FLAT_SPREAD for low, high in image.getextrema())


def _digest(image: Image.Image) -> str:
    small = image.resize(DIGEST_SIZE, Image.Resampling.BOX)
    quantised = bytes(value >> 3 for value in small.tobytes())
    return hashlib.blake2b(quantised, digest_size=12).hexdigest()
