"""Image folders speakers bring, generated with Pillow: photos, screenshots on transparency,
animated GIFs beside still pictures and a drawing saved as SVG."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from tests.decks.corpus import photo
from tests.decks.makers import font

HD = (1920, 1080)


def photo_folder(folder: Path, slides: int = 20) -> Path:
    """Twenty camera-like JPEG photos at 1920×1080."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, slides + 1):
        photo(HD, number).save(folder / f"IMG_{number:04}.jpg", quality=85)
    return folder


def screenshot(number: int) -> Image.Image:
    """A screenshot with a white page (dark text, a blue button) inside a transparent margin,
    as a screenshot tool saves a window with its shadow cut away."""
    image = Image.new("RGBA", HD, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle((160, 90, 1760, 990), fill=(255, 255, 255, 255))
    draw.rectangle((160, 90, 1760, 150), fill=(235, 235, 240, 255))
    draw.text((220, 220), f"Dashboard {number}", fill=(30, 30, 40, 255), font=font(90))
    for line in range(5):
        draw.text((220, 380 + 90 * line), "Row of figures 12 34 56", fill=(60, 60, 70, 255),
                  font=font(50))  # fmt: skip
    draw.rectangle((1400, 860, 1700, 940), fill=(40, 90, 200, 255))
    return image


def screenshot_folder(folder: Path, slides: int = 20) -> Path:
    """Twenty PNG screenshots on transparency (white pages, nothing lost on white)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, slides + 1):
        screenshot(number).save(folder / f"shot{number:02}.png")
    return folder


def animated_gif(path: Path, frames: int = 6) -> Path:
    """An animated GIF: a ball moving across, `frames` frames."""
    pictures = []
    for frame in range(frames):
        picture = Image.new("RGB", HD, (250, 250, 240))
        x = 100 + frame * 260
        ImageDraw.Draw(picture).ellipse((x, 400, x + 280, 680), fill=(200, 40, 40))
        pictures.append(picture.convert("P"))
    pictures[0].save(path, save_all=True, append_images=pictures[1:], duration=120, loop=0)
    return path


def gif_folder(folder: Path, animated=(2, 7), slides: int = 20) -> Path:
    """A folder deck: JPEG photos, animated GIFs on `animated` slides, a still GIF on slide 9,
    and a diagram saved as SVG that the deck cannot show."""
    photo_folder(folder, slides)
    for number in (*animated, 9):
        (folder / f"IMG_{number:04}.jpg").unlink()
        target = folder / f"IMG_{number:04}.gif"
        if number in animated:
            animated_gif(target)
        else:
            photo(HD, number).convert("P").save(target)
    (folder / "diagram.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90">'
        '<rect width="160" height="90" fill="teal"/></svg>'
    )
    return folder
