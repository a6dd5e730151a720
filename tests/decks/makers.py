"""Real decks exported the ways speakers export them: transparent PNGs, beamer overlays, notes
pages, printed documents, a "Gracias" page, a page with only its number, stretched photos.

Plain functions (not fixtures) so the CLI tests and the contact-sheet pictures use them too.
"""

from __future__ import annotations

import io
from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw, ImageFont

LOREM = (
    "Internationalisation plans need partners, budgets and a calendar that everyone can "
    "follow. This paragraph stands for the running text of a printed report, line after line. "
)


def font(size: int) -> ImageFont.ImageFont:
    """Pillow's own scalable font (no system font needed)."""
    return ImageFont.load_default(size=size)


def transparent_slide(path: Path, number: int, size=(1920, 1080)) -> Path:
    """An RGBA PNG: dark ink (title, bars) drawn on a fully transparent background, as
    exported from a drawing program with "transparent background" ticked."""
    image = Image.new("RGBA", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.text((120, 100), f"Title {number}", fill=(20, 20, 30, 255), font=font(120))
    for bar in range(4):
        top = 400 + bar * 130
        draw.rectangle((120, top, 120 + 300 * (bar + 1), top + 80), fill=(30, 40, 60, 255))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path


def light_ink_slide(path: Path, size=(1920, 1080)) -> Path:
    """An RGBA PNG with white text on transparency: made for a dark background."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(image).text((120, 300), "White words", fill=(255, 255, 255, 255), font=font(200))
    image.save(path)
    return path


def transparent_deck(folder: Path, slides: int = 20) -> Path:
    """A folder of `slides` transparent PNG slides."""
    for number in range(1, slides + 1):
        transparent_slide(folder / f"slide{number:02}.png", number)
    return folder


def _text_page(document, title: str, body: str = "", size=(960, 540), number: int | None = None):
    page = document.new_page(width=size[0], height=size[1])
    page.insert_text((60, 80), title, fontsize=36)
    for line_number, line in enumerate(body.splitlines()):
        page.insert_text((60, 150 + 34 * line_number), line, fontsize=24)
    if number is not None:
        page.insert_text((size[0] - 40, size[1] - 20), str(number), fontsize=10)
    return page


def overlay_pdf(
    path: Path, frames: int = 27, steps: int = 4, creator: str = "", labels: bool = True
) -> Path:
    """Beamer-style overlays: each frame's bullets appear one per page (every third frame has
    a single page), every page of a frame shows the same title and (with `labels`) the same
    page label, the frame number."""
    document = pymupdf.open()
    page_labels = []
    for frame in range(1, frames + 1):
        bullets = [f"Point {b} of frame {frame}" for b in range(1, steps + 1)]
        for step in range(1, steps + 1 if frame % 3 else 2):
            _text_page(document, f"Frame title {frame}", "\n".join(bullets[:step]))
            page_labels.append(str(frame))
    if labels:
        _set_labels(document, page_labels)
    document.set_metadata({"creator": creator, "producer": "pdfTeX-1.40.25"})
    document.save(path)
    document.close()
    return path


def _set_labels(document, labels: list[str]) -> None:
    """Page labels: one rule per page whose label is a number (a prefix does the rest)."""
    rules = [
        {"startpage": index, "prefix": label, "style": "", "firstpagenum": 1}
        for index, label in enumerate(labels)
    ]
    document.set_page_labels(rules)


def notes_pdf(path: Path, slides: int = 20) -> Path:
    """A notes-page export: portrait Letter pages, the slide drawn framed on the top half,
    the speaker's notes as text below it."""
    document = pymupdf.open()
    for number in range(1, slides + 1):
        page = document.new_page(width=612, height=792)
        slide = pymupdf.Rect(90, 60, 522, 303)
        page.draw_rect(slide, color=(0, 0, 0), fill=(0.2, 0.3, 0.5), width=1)
        page.insert_text((110, 120), f"Slide {number}", fontsize=28, color=(1, 1, 1))
        notes = [
            f"Remember to thank the organisers before slide {number}.",
            "Mention the budget figure and look at the audience, not at the screen.",
        ]
        for line_number, line in enumerate(notes):
            page.insert_text((72, 360 + 20 * line_number), line, fontsize=12)
    document.save(path)
    document.close()
    return path


def document_pdf(path: Path, pages: int = 12) -> Path:
    """A printed report: A4 portrait pages full of running text."""
    document = pymupdf.open()
    for number in range(1, pages + 1):
        page = document.new_page(width=595, height=842)
        box = pymupdf.Rect(60, 60, 535, 780)
        page.insert_textbox(box, f"Chapter {number}. " + LOREM * 8, fontsize=11)
    document.save(path)
    document.close()
    return path


def closing_pdf(path: Path, closing: str = "¡Gracias!", slides: int = 20) -> Path:
    """`slides` content pages and one more that only says `closing` (and its page number)."""
    document = pymupdf.open()
    for number in range(1, slides + 1):
        _text_page(document, f"Idea {number}", f"What matters about idea {number}", number=number)
    page = document.new_page(width=960, height=540)
    page.insert_font(fontname="dejavu", fontfile=_dejavu())
    page.insert_text((330, 290), closing, fontsize=60, fontname="dejavu")
    page.insert_text((920, 520), str(slides + 1), fontsize=10)
    document.save(path)
    document.close()
    return path


def _dejavu() -> str:
    """A font with accents and ¡ (PyMuPDF's Helvetica has them too, but by name only)."""
    for candidate in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    ):
        if Path(candidate).is_file():
            return candidate
    return ""


def page_number_pdf(path: Path, blank_at: int = 7, slides: int = 20) -> Path:
    """A 20-slide deck where slide `blank_at` is empty but for its small page number."""
    document = pymupdf.open()
    for number in range(1, slides + 1):
        if number == blank_at:
            page = document.new_page(width=960, height=540)
            page.insert_text((900, 520), f"{number} / {slides}", fontsize=10)
        else:
            _text_page(document, f"Idea {number}", "Some words", number=number)
    document.save(path)
    document.close()
    return path


def photo_pdf(path: Path, photo=(400, 225), slides: int = 20, stretched=(3,)) -> Path:
    """Slides filled by a photo: a sharp 1920×1080 one, except on the slides in `stretched`
    (1-based) whose photo is only `photo` pixels, drawn over the whole page."""
    document = pymupdf.open()
    for number in range(1, slides + 1):
        size = photo if number in stretched else (1920, 1080)
        noise = Image.effect_noise(size, 30 + number).convert("RGB")
        buffer = io.BytesIO()
        noise.save(buffer, "JPEG", quality=80)
        page = document.new_page(width=960, height=540)
        page.insert_image(page.rect, stream=buffer.getvalue())
    document.save(path)
    document.close()
    return path


def impress_file(path: Path, slides: int = 21, hidden=(4,), font_name: str = "Liberation Sans"):
    """An Impress (.odp) presentation written by hand: `slides` slides saying "Slide N" in
    `font_name`, those in `hidden` (1-based) hidden from the show."""
    from pechakucha.cli.bench_preflight import write_presentation

    return write_presentation(path, slides, hidden, font_name)


def powerpoint_file(odp: Path, folder: Path, soffice: str) -> Path:
    """The .pptx LibreOffice saves from the presentation `odp` (hidden slides stay hidden)."""
    from pechakucha.cli.bench_preflight import save_as_pptx

    return save_as_pptx(odp, folder, soffice)
