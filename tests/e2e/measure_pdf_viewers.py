"""Measure how often real PDF viewers advance the exported fallback's self-timed pages.

Not a test (it measures speed, which depends on the machine): run it by hand under an X server

    Xvfb :143 -screen 0 1280x720x24 -nolisten tcp -noreset &
    DISPLAY=:143 python -m tests.e2e.measure_pdf_viewers

It writes two 12-page PDFs of solid colours, each page `/Dur 2` — one with the export's cut
(`/Trans` with `/D 0.01`), one with a bare `/Trans` (no `/D`: a 1-s transition by default) —
opens each in Evince (`--presentation`), watches
two pixels of the screen and prints the seconds between page changes.
"""

from __future__ import annotations

import itertools
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import pymupdf
from PIL import ImageGrab

from pechakucha.cli.export import set_timing

PAGES, SECONDS = 12, 2.0
COLOURS = [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (0, 1, 1), (1, 0, 1)]


def write_pdf(path: Path, with_d: bool) -> Path:
    """PAGES solid pages with /Dur SECONDS; the export's /Trans, or one without /D."""
    document = pymupdf.open()
    for number in range(PAGES):
        page = document.new_page(width=960, height=540)
        page.draw_rect(page.rect, color=None, fill=COLOURS[number % len(COLOURS)])
        if with_d:
            set_timing(document, page, SECONDS)
        else:
            document.xref_set_key(page.xref, "Trans", "<</Type/Trans/S/R>>")
            document.xref_set_key(page.xref, "Dur", str(int(SECONDS)))
    document.save(path)
    document.close()
    return path


def watch(seconds: float) -> list[float]:
    """Times at which the colour near the top left corner or at the centre changed."""
    display = os.environ["DISPLAY"]
    changes, last, end = [], None, time.monotonic() + seconds
    while time.monotonic() < end:
        image = ImageGrab.grab(xdisplay=display)
        # With no window manager, windows sit at the top left at their own size.
        pixel = image.getpixel((60, 60)), image.getpixel((image.width // 2, image.height // 2))
        if pixel != last:
            changes.append(time.monotonic())
            last = pixel
        time.sleep(0.01)
    return changes


def measure(command: list[str], keys: list[str]) -> list[float]:
    """Open the viewer, press `keys` (e.g. P for presentation), return page intervals."""
    viewer = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(3)
        for key in keys:  # XTEST keys go to the window under the pointer (no window manager)
            subprocess.run(["xdotool", "mousemove", "300", "300", "key", key], check=False)
        changes = watch(PAGES * SECONDS * 1.8)
    finally:
        viewer.terminate()
        viewer.wait()
    return [b - a for a, b in itertools.pairwise(changes[1:])]  # the first: the window opening


def main() -> None:
    """Print the median and range of page intervals per viewer and per /Trans."""
    with tempfile.TemporaryDirectory() as folder:
        for with_d in (True, False):
            pdf = str(write_pdf(Path(folder) / f"d-{with_d}.pdf", with_d))
            viewers = {"evince": (["evince", "--presentation", pdf], [])}
            for name, (command, keys) in viewers.items():
                gaps = measure(command, keys)
                label = "/D 0.01" if with_d else "no /D "
                if gaps:
                    print(
                        f"{name:9} {label}: median {statistics.median(gaps):.3f} s, "
                        f"{min(gaps):.3f}–{max(gaps):.3f} s over {len(gaps)} pages"
                    )
                else:
                    print(f"{name:9} {label}: no page change seen")


if __name__ == "__main__":
    main()

# MuPDF 1.21 (Debian's mupdf-x11 and mupdf-gl) could not be measured here: with no window
# manager its presentation mode ("p") never started the /Dur auto-advance under Xvfb.
