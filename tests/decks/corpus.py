"""A corpus of real-world-like decks, generated: what Google Slides, PowerPoint, Keynote,
Deckset, beamer and pandoc export, and the image folders speakers bring. Each maker writes a
real file (PDFs with PyMuPDF, images with Pillow) and returns its path; test_corpus.py checks
each one and says exactly what `check` must answer.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw, ImageFilter

WIDE = (960, 540)  # a 16:9 slide in points


@functools.lru_cache(maxsize=8)
def _texture(size: tuple[int, int], seed: int) -> Image.Image:
    red = Image.linear_gradient("L").resize(size)
    green = Image.effect_noise(size, 40 + seed)
    blue = Image.radial_gradient("L").resize(size)
    return Image.merge("RGB", (red, green, blue))


def photo(size: tuple[int, int], seed: int = 1) -> Image.Image:
    """A photograph-like picture: colour gradients, texture and shapes with sharp edges
    (each `seed` its own picture; the texture is shared by every fourth one)."""
    width, height = size
    picture = _texture(size, seed % 4).copy()
    draw = ImageDraw.Draw(picture)
    for k in range(6):
        x, y = (seed * 97 + k * 211) % width, (seed * 53 + k * 127) % height
        draw.ellipse((x, y, x + width // 6, y + height // 5), fill=(240 - 30 * k, 40 * k, 90))
    return picture


def jpeg(picture: Image.Image) -> bytes:
    """`picture` as JPEG bytes."""
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def png(picture: Image.Image) -> bytes:
    """`picture` as PNG bytes."""
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def content_page(document: pymupdf.Document, number: int, footer: bool = True) -> pymupdf.Page:
    """A Google Slides-like page: a title, three bullets, a coloured bar, the page number."""
    page = document.new_page(width=WIDE[0], height=WIDE[1])
    shade = (number * 37 % 200 / 255, 0.4, 0.6)
    page.draw_rect(pymupdf.Rect(60, 120, 60 + 40 * (number % 12 + 3), 150), color=None, fill=shade)
    page.insert_text((60, 90), f"Idea {number}: what the city learnt", fontsize=34)
    for line in range(3):
        page.insert_text((80, 210 + 40 * line), f"Point {line + 1} of idea {number}", fontsize=22)
    if footer:
        page.insert_text((WIDE[0] - 40, WIDE[1] - 20), str(number), fontsize=10)
    return page


def slides_deck(path: Path, blank=(), number_only=(), repeat_of=None, slides: int = 20) -> Path:
    """A 20-slide export with page numbers. `blank`: empty white pages; `number_only`: pages
    with only their number; `repeat_of`: {slide: earlier slide whose content it repeats}."""
    document = pymupdf.open()
    repeat_of = repeat_of or {}
    for number in range(1, slides + 1):
        if number in blank:
            document.new_page(width=WIDE[0], height=WIDE[1])
        elif number in number_only:
            page = document.new_page(width=WIDE[0], height=WIDE[1])
            page.insert_text((WIDE[0] - 40, WIDE[1] - 20), str(number), fontsize=10)
        else:
            page = content_page(document, repeat_of.get(number, number), footer=False)
            page.insert_text((WIDE[0] - 40, WIDE[1] - 20), str(number), fontsize=10)
    document.save(path)
    document.close()
    return path


def shadow_deck(path: Path, slides: int = 20) -> Path:
    """LibreOffice-style export: each title has a text shadow drawn as a small grey bitmap
    (one grey, its shape in the alpha channel) stretched under the title; every fourth slide
    has a sharp photo drawn at its own size. Nothing here blurs."""
    shadow = Image.new("RGBA", (96, 40), (110, 110, 110, 0))
    ImageDraw.Draw(shadow).rectangle((8, 8, 88, 32), fill=(110, 110, 110, 255))
    alpha = shadow.getchannel("A").filter(ImageFilter.GaussianBlur(3))
    shadow.putalpha(alpha)
    document = pymupdf.open()
    for number in range(1, slides + 1):
        page = document.new_page(width=WIDE[0], height=WIDE[1])
        if number % 4 == 0:
            page.insert_image(page.rect, stream=jpeg(photo((1920, 1080), number)))
        page.insert_image(pymupdf.Rect(40, 40, 900, 330), stream=png(shadow))
        page.insert_text((60, 200), f"Title {number}", fontsize=60)
    document.save(path)
    document.close()
    return path


def stretched_photo_deck(path: Path, factor: float, stretched=(2,), slides: int = 20) -> Path:
    """Full-page photos, sharp at 1080p except those on `stretched` slides, `factor`× small."""
    document = pymupdf.open()
    for number in range(1, slides + 1):
        size = (1920, 1080)
        if number in stretched:
            size = (round(1920 / factor), round(1080 / factor))
        page = document.new_page(width=WIDE[0], height=WIDE[1])
        page.insert_image(page.rect, stream=jpeg(photo(size, number)))
    document.save(path)
    document.close()
    return path


def notes_deck(path: Path, layout: str, slides: int = 20) -> Path:
    """Notes pages of three layouts: "keynote" (portrait, the slide framed on top, notes
    below), "deckset" (portrait, the slide across the full width, notes below), "beamer"
    (beamer's notes on the second screen at the bottom: the page two slides high, one short
    line of notes)."""
    document = pymupdf.open()
    for number in range(1, slides + 1):
        if layout == "beamer":
            page = document.new_page(width=364, height=410)  # 128 mm wide, two slides high
            slide = pymupdf.Rect(0, 0, 364, 205)
        else:
            page = document.new_page(width=612, height=792)
            full = layout == "deckset"
            slide = pymupdf.Rect(0, 40, 612, 384) if full else pymupdf.Rect(90, 60, 522, 303)
        page.draw_rect(slide, color=None, fill=(0.15, 0.25, 0.45))
        title = (slide.x0 + 20, slide.y0 + 80)
        page.insert_text(title, f"Slide {number}", fontsize=40, color=(1, 1, 1))
        notes = "Smile." if layout == "beamer" else f"Thank the hosts before slide {number}."
        page.insert_text((20, slide.y1 + 40), notes, fontsize=11)
    creator = "LaTeX with Beamer class" if layout == "beamer" else layout
    document.set_metadata({"creator": creator, "producer": "pdfTeX-1.40.25"})
    document.save(path)
    document.close()
    return path


def contact_closing_deck(path: Path, slides: int = 20) -> Path:
    """20 slides and a closing page with contact details, past the twentieth."""
    document = pymupdf.open()
    for number in range(1, slides + 1):
        content_page(document, number)
    page = document.new_page(width=WIDE[0], height=WIDE[1])
    page.insert_text((300, 200), "Thank you!", fontsize=60)
    for line, words in enumerate(("ana.garcia@example.org", "@anagarcia", "https://ana.example")):
        page.insert_text((300, 300 + 40 * line), words, fontsize=24)
    document.save(path)
    document.close()
    return path


def handout(path: Path) -> Path:
    """A three-page handout: the same heading on every page, the text growing."""
    document = pymupdf.open()
    lines = ["Agenda of the session", "Speakers and times", "Where to find the slides"]
    for count in range(1, 4):
        page = document.new_page(width=WIDE[0], height=WIDE[1])
        page.insert_text((60, 80), "Handout", fontsize=36)
        for line, words in enumerate(lines[:count]):
            page.insert_text((60, 150 + 34 * line), words, fontsize=24)
    document.save(path)
    document.close()
    return path


def overprinted_pdf(path: Path, overprinted=(3, 8, 12), slides: int = 20) -> Path:
    """What LibreOffice makes of a Keynote file: on `overprinted` slides a template's hidden
    placeholder text is printed over the speaker's title."""
    document = pymupdf.open()
    for number in range(1, slides + 1):
        page = content_page(document, number)
        if number in overprinted:
            page.insert_text((64, 92), "DONEC QUIS NUNC LOREM IPSUM", fontsize=34)
    document.set_metadata({"producer": "LibreOffice 7.6"})
    document.save(path)
    document.close()
    return path


def heavy_deck(path: Path, heavy=(5,), slides: int = 20) -> Path:
    """A 20-slide deck whose `heavy` slides stroke 120,000 curves one by one (a scatter plot
    exported as vectors: each point its own path)."""
    document = pymupdf.open()
    for number in range(1, slides + 1):
        page = content_page(document, number)
        if number in heavy:
            curves = " ".join(
                f"{(k * 7) % 900 + 30} {(k * 13) % 480 + 30} m {(k * 7) % 900 + 34} "
                f"{(k * 13) % 480 + 33} {(k * 7) % 900 + 31} {(k * 13) % 480 + 36} "
                f"{(k * 7) % 900 + 38} {(k * 13) % 480 + 31} c S"
                for k in range(120_000)
            )
            xref = document.get_new_xref()
            document.update_object(xref, "<<>>")
            document.update_stream(xref, f"q 0.2 w {curves} Q".encode())
            contents = document.xref_get_key(page.xref, "Contents")[1]
            document.xref_set_key(page.xref, "Contents", f"[{contents} {xref} 0 R]")
    document.save(path, deflate=True)
    document.close()
    return path
