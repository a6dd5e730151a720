"""Draw the app icon: a Pecha Kucha talk as 20 slide cells, 13 shown, the current one playing.

Run with the project's virtual environment after changing the drawing:

    python resources/icons/make_icons.py

It writes pechakucha.svg (the detailed drawing, for 48 px and up and the desktop entry),
pechakucha-small.svg (the same idea on a pixel grid, so 16 and 32 px stay sharp) and the PNG
sizes the app and `pechakucha install-desktop` use, rendered from them with QtSvg.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 32, 48, 128, 256)
TILE, DONE, NOW, TODO, MARK = "#161d26", "#f0a020", "#ffffff", "#3b4756", "#161d26"
SHOWN = 13  # slides already shown: amber; slide 14 is playing (white, a play mark)


def cell_colour(index: int) -> str:
    """Amber for a slide shown, white for the one playing, slate for those to come."""
    return DONE if index < SHOWN else NOW if index == SHOWN else TODO


def large_svg() -> str:
    """The detailed icon on a 256 grid: rounded tile, 5 × 4 cells, a play mark on slide 14."""
    parts = [f'<rect x="8" y="8" width="240" height="240" rx="48" fill="{TILE}"/>']
    for index in range(20):
        x, y = 37 + (index % 5) * 38, 56 + (index // 5) * 38
        parts.append(
            f'<rect x="{x}" y="{y}" width="30" height="30" rx="6" fill="{cell_colour(index)}"/>'
        )
        if index == SHOWN:
            parts.append(f'<path d="M{x + 10} {y + 7}v16l13-8z" fill="{MARK}"/>')
    return _svg(256, parts)


def small_svg() -> str:
    """The same on a 16 grid, every edge on a whole pixel: 2 × 2 cells, 1 pixel apart."""
    parts = [f'<rect width="16" height="16" rx="3" fill="{TILE}"/>']
    for index in range(20):
        x, y = 1 + (index % 5) * 3, 3 + (index // 5) * 3
        parts.append(f'<rect x="{x}" y="{y}" width="2" height="2" fill="{cell_colour(index)}"/>')
    return _svg(16, parts)


def _svg(side: int, parts: list[str]) -> str:
    body = "\n  ".join(parts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{side}" height="{side}" '
        f'viewBox="0 0 {side} {side}">\n  <title>pechakucha</title>\n  {body}\n</svg>\n'
    )


def render(svg: Path, size: int, png: Path) -> None:
    """Render `svg` at `size` × `size` pixels into `png` (transparent around the tile)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(png)):
        raise SystemExit(f"cannot write {png}")


def main() -> int:
    """Write both drawings and every PNG size."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    large, small = HERE / "pechakucha.svg", HERE / "pechakucha-small.svg"
    large.write_text(large_svg(), encoding="utf-8")
    small.write_text(small_svg(), encoding="utf-8")
    for size in SIZES:
        render(small if size <= 32 else large, size, HERE / f"pechakucha-{size}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
