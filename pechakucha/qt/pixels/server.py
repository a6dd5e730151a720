"""The render process: owns every open deck and draws slides into shared memory. Qt-free.

Started by `process.RenderProcess` (see `transport.render_command`: `python -m
pechakucha.qt.pixels.server`, or the bundle's executable with `--render-process`). Jobs come on
stdin, replies go on stdout (length-prefixed pickles), one job at a time: ("open", path),
("render", key, identity, keep_if_slower, slot), ("call", function, args). A slide is drawn,
already in the format Qt blits fastest (RGB32), into the shared memory the GUI created and named
in the job (`slot`); this process then unmaps it, so the pixels are counted once, in the GUI.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

from pechakucha.decks.base import Deck, Pixels
from pechakucha.qt.pixels.protocol import (
    PIXELS_AT,
    DeckChanged,
    DeckInfo,
    Drawn,
    Identity,
    Opened,
    SlideKey,
    dumps,
    identity,
    loads,
)
from pechakucha.qt.pixels.transport import Pipes, open_slot

BAND_ROWS = 64  # rows converted at a time: a few MB of scratch memory even at 4K


def draw_rgb32(deck: Deck, index: int, width: int, height: int, target: memoryview) -> float:
    """Draw a slide into `target` (width × height × 4 bytes) as Qt's RGB32 (B, G, R, 255 bytes
    per pixel); the seconds the deck took to draw it.

    A PDF draws straight into the shared memory; other decks give RGB pixels, converted a
    band of rows at a time (a few MB of scratch memory even at 4K)."""
    started = time.perf_counter()
    if hasattr(deck, "render_bgrx"):
        deck.render_bgrx(index, width, height, target)
        return time.perf_counter() - started
    pixels = deck.render(index, width, height)
    seconds = time.perf_counter() - started
    copy_as_rgb32(pixels, target)
    return seconds


def draw_into_slot(deck: Deck, key: SlideKey, slot: str) -> float:
    """Draw the slide of `key` into the GUI's shared memory called `slot`; seconds taken."""
    with open_slot(slot, PIXELS_AT + key.width * key.height * 4) as shared:
        target = memoryview(shared)[PIXELS_AT:]
        try:
            return draw_rgb32(deck, key.index, key.width, key.height, target)
        finally:
            target.release()  # before the mapping closes


def copy_as_rgb32(pixels: Pixels, target: memoryview) -> None:
    """Write RGB `pixels` into `target` as B, G, R, 255 bytes per pixel."""
    from PIL import Image

    source = memoryview(pixels.data)
    width = pixels.width
    for top in range(0, pixels.height, BAND_ROWS):
        rows = min(BAND_ROWS, pixels.height - top)
        band = source[top * pixels.stride : (top + rows) * pixels.stride]
        image = Image.frombuffer("RGB", (width, rows), band, "raw", "RGB", 0, 1)
        target[top * width * 4 : (top + rows) * width * 4] = image.tobytes("raw", "BGRX")


class Server:
    """Carries out jobs; keeps each deck open with the identity of its file when opened."""

    def __init__(self) -> None:
        self.decks: dict[str, tuple[Deck, Identity]] = {}

    def open(self, path: str) -> Opened:
        """Open the deck (again, if its file changed since) and describe it."""
        now = identity(path)
        known = self.decks.get(path)
        if known is not None and known[1] != now:
            known[0].close()
            known = None
        if known is None:
            from pechakucha.decks import open_deck

            known = self.decks[path] = (open_deck(path), now)
        deck = known[0]
        count = len(deck)
        sizes = tuple(deck.slide_size(i) for i in range(count))
        labels = tuple(deck.slide_label(i) for i in range(count))
        return Opened(DeckInfo(path, sizes, labels), now)

    def render(
        self, key: SlideKey, expected: Identity, keep_if_slower: float | None, slot: str
    ) -> Drawn:
        """Draw a slide of the deck as the GUI opened it (`expected`: its file's identity then,
        None: as this process opened it) into the shared memory `slot`; raise DeckChanged if
        the file is not that any more.

        With `keep_if_slower`, pixels that took less time than that are marked as not worth
        keeping (the slide was drawn ahead only to time it and to find failures)."""
        known = self.decks.get(key.deck)
        if expected is None and known is not None:
            expected = known[1]
        now = identity(key.deck)
        if expected is not None and now != expected:
            raise DeckChanged(key.deck)
        if known is None or known[1] != now:  # e.g. in a process started after a crash
            self.open(key.deck)
        seconds = draw_into_slot(self.decks[key.deck][0], key, slot)
        keep = keep_if_slower is None or seconds >= keep_if_slower
        return Drawn(key.width, key.height, key.width * 4, seconds, keep)

    def handle(self, job: tuple) -> tuple[str, Any]:
        """("ok", value) or ("error", exception)."""
        kind, *args = job
        try:
            if kind == "open":
                return ("ok", self.open(*args))
            if kind == "render":
                return ("ok", self.render(*args))
            if kind == "call":
                function: Callable[..., Any] = args[0]
                return ("ok", function(*args[1]))
            raise ValueError(f"unknown job {kind!r}")
        except Exception as error:
            return ("error", error)


def serve(link: Pipes) -> None:
    """Answer jobs until the GUI closes its end."""
    server = Server()
    while True:
        try:
            job = loads(link.recv_bytes())
        except (EOFError, OSError):
            return
        reply = server.handle(job)
        try:
            data = dumps(reply)
        except Exception as error:  # an unpicklable result: say so rather than die
            data = dumps(("error", RuntimeError(f"cannot send the result back: {error}")))
        try:
            link.send_bytes(data)
        except OSError:  # the GUI closed its end: nobody is waiting any more
            return


def take_stdio() -> Pipes:
    """Our ends of the GUI's pipes (stdin: jobs, stdout: replies). Descriptors 0 and 1 then
    point elsewhere (nothing, and stderr), so that a stray print cannot break a message."""
    link = Pipes(os.dup(0), os.dup(1))
    if sys.platform == "win32":
        import msvcrt

        msvcrt.setmode(link.read_fd, os.O_BINARY)
        msvcrt.setmode(link.write_fd, os.O_BINARY)
    nothing = os.open(os.devnull, os.O_RDWR)
    os.dup2(nothing, 0)
    try:
        os.dup2(2, 1)
    except OSError:  # no stderr (a windowed bundle): print into nothing
        os.dup2(nothing, 1)
    os.close(nothing)
    return link


def return_big_buffers() -> None:
    """Have glibc give freed slide-sized buffers back to the system at once (as the GUI does,
    see qt/app/startup.limit_heap_growth): a 4K page is a 25 MB buffer drawn and freed."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError, TypeError):
            ctypes.CDLL(None).mallopt(-3, 1 << 20)  # M_MMAP_THRESHOLD


def main(args: list[str] | None = None) -> int:
    """Entry point of the render process (`args`: none are needed today); its exit code."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the GUI, which closes us
    return_big_buffers()
    link = take_stdio()
    import pechakucha.decks.opener  # noqa: F401  PyMuPDF and Pillow load now, while the GUI loads Qt

    serve(link)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
