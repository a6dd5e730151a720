"""Generate the sample decks of Session Two (run from anywhere: `python decks/make_samples.py`).

Three clearly marked SAMPLE decks, 20 slides of 16:9 each, one per speaker of Session Two:
two PDFs (vector, tiny) and one folder of 1920×1080 PNG images, so both kinds of deck are
exercised. Each has a title slide naming the organisation, then numbered slides with simple
shapes and a short Spanish line about city internationalisation.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pymupdf
from PIL import Image

HERE = Path(__file__).resolve().parent
SLIDES = 20
PAGE_W, PAGE_H = 960, 540  # PDF points, 16:9
IMAGE_SIZE = (1920, 1080)

TOPICS = [
    "Por qué una ciudad sale al mundo",
    "Diagnóstico: socios, redes y proyectos",
    "Objetivos del plan estratégico",
    "Gobernanza: quién decide y cómo",
    "Cooperación descentralizada",
    "Redes de ciudades y regiones",
    "Atracción de inversión y talento",
    "Turismo y marca de ciudad",
    "Cultura y diplomacia urbana",
    "Agenda 2030 y ODS locales",
    "Presupuesto y financiación",
    "Alianzas público-privadas",
    "Participación ciudadana",
    "Indicadores y seguimiento",
    "Lo que funcionó",
    "Lo que no funcionó",
    "Lecciones para Medellín",
    "Próximos pasos",
    "Gracias · Preguntas",
]

DECKS = [
    ("barcelona.pdf", "Diputación de Barcelona", (0.78, 0.11, 0.18)),
    (
        "famsi",
        "FAMSI · Fondo Andaluz de Municipios\npara la Solidaridad Internacional",
        (0.0, 0.47, 0.32),
    ),
    ("cites-unies-france.pdf", "Cités Unies France", (0.0, 0.25, 0.58)),
]


def slide_text(number: int, organisation: str) -> tuple[str, str]:
    """Heading and body of slide `number` (1-based)."""
    if number == 1:
        return organisation, "Sesión Dos · Taller de internacionalización de ciudades · Medellín"
    return f"{number}. {TOPICS[number - 2]}", organisation.split("\n")[0]


def draw_slide(page: pymupdf.Page, number: int, organisation: str, colour: tuple) -> None:
    """Paint slide `number` of a sample deck onto a 16:9 page."""
    page.draw_rect(page.rect, color=None, fill=(0.97, 0.96, 0.93))
    page.draw_rect(pymupdf.Rect(0, 0, PAGE_W, 70), color=None, fill=colour)
    heading, body = slide_text(number, organisation)
    page.insert_text((40, 48), "MUESTRA · SAMPLE DECK", fontsize=22, color=(1, 1, 1))
    page.insert_textbox(pymupdf.Rect(40, 110, 620, 330), heading, fontsize=40, color=colour)
    page.insert_textbox(pymupdf.Rect(40, 360, 620, 460), body, fontsize=20)
    page.draw_circle(pymupdf.Point(790, 300), 40 + 5 * number, color=colour, width=6)
    page.draw_rect(pymupdf.Rect(700, 420, 700 + 9 * number, 450), color=None, fill=colour)
    page.insert_text((880, 515), f"{number}/{SLIDES}", fontsize=18, color=(0.3, 0.3, 0.3))


def make_pdf(path: Path, organisation: str, colour: tuple[float, float, float]) -> None:
    """A 20-page vector PDF deck."""
    doc = pymupdf.open()
    for number in range(1, SLIDES + 1):
        draw_slide(doc.new_page(width=PAGE_W, height=PAGE_H), number, organisation, colour)
    doc.save(path, garbage=4, deflate=True)
    doc.close()


def make_image_folder(folder: Path, organisation: str, colour: tuple[float, float, float]) -> None:
    """A folder of 20 PNG slides at 1920×1080, named so that only natural order is right."""
    folder.mkdir()
    doc = pymupdf.open()
    for number in range(1, SLIDES + 1):
        page = doc.new_page(width=PAGE_W, height=PAGE_H)
        draw_slide(page, number, organisation, colour)
        pixmap = page.get_pixmap(
            matrix=pymupdf.Matrix(IMAGE_SIZE[0] / PAGE_W, IMAGE_SIZE[1] / PAGE_H), alpha=False
        )
        image = Image.frombytes("RGB", (pixmap.width, pixmap.height), pixmap.samples)
        # P-mode PNG: flat colours compress to a few tens of kB per slide.
        image.quantize(64).save(folder / f"diapositiva{number}.png", optimize=True)
    doc.close()


def main() -> None:
    """(Re)generate every sample deck next to this script."""
    for name, organisation, colour in DECKS:
        target = HERE / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        maker = make_image_folder if target.suffix == "" else make_pdf
        maker(target, organisation, colour)
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
