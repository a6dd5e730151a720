"""The render process: owns every open deck and draws slides into shared memory. Qt-free.

Started by `process.RenderProcess` as `python -m pechakucha.qt.pixels.server FD`, FD being its
end of a socket pair. It answers one job at a time: ("open", path), ("render", key, identity,
keep_if_slower), ("call", function, args). A drawn slide is written, already in the format Qt
blits fastest (RGB32), into an anonymous shared-memory file whose descriptor is passed to the
GUI with the reply; this process then unmaps it, so the pixels are counted once, in the GUI.
"""

from __future__ import annotations

import contextlib
import ctypes
import mmap
import os
import signal
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
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

BAND_ROWS = 64  # rows converted at a time: a few MB of scratch memory even at 4K


def shared_file(size: int) -> int:
    """A descriptor of an anonymous file of `size` bytes in memory (freed when all close it)."""
    if hasattr(os, "memfd_create"):
        descriptor = os.memfd_create("pechakucha-slide", os.MFD_CLOEXEC)
    else:  # not Linux: an unlinked temporary file does the same
        with tempfile.TemporaryFile() as file:
            descriptor = os.dup(file.fileno())
    os.ftruncate(descriptor, size)
    return descriptor


def draw_rgb32(deck: Deck, index: int, width: int, height: int) -> tuple[int, float]:
    """Draw a slide into a new shared file as Qt's RGB32 (B, G, R, 255 bytes per pixel);
    its descriptor, and the seconds the deck took to draw it.

    A PDF draws straight into the shared memory; other decks give RGB pixels, converted a
    band of rows at a time (a few MB of scratch memory even at 4K)."""
    size = PIXELS_AT + width * height * 4
    descriptor = shared_file(size)
    flags = mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0)  # one fault instead of 8000
    try:
        with mmap.mmap(descriptor, size, flags=flags) as shared:
            target = memoryview(shared)[PIXELS_AT:]
            try:
                started = time.perf_counter()
                if hasattr(deck, "render_bgrx"):
                    deck.render_bgrx(index, width, height, target)
                    return descriptor, time.perf_counter() - started
                pixels = deck.render(index, width, height)
                seconds = time.perf_counter() - started
                copy_as_rgb32(pixels, target)
                return descriptor, seconds
            finally:
                target.release()  # before the mapping closes
    except BaseException:
        os.close(descriptor)
        raise


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
        self, key: SlideKey, expected: Identity, keep_if_slower: float | None
    ) -> tuple[Drawn, int | None]:
        """Draw a slide of the deck as the GUI opened it (`expected`: its file's identity then,
        None: as this process opened it); raise DeckChanged if the file is not that any more.

        With `keep_if_slower`, pixels that took less time than that are not sent (the slide
        was drawn ahead only to time it and to find failures)."""
        known = self.decks.get(key.deck)
        if expected is None and known is not None:
            expected = known[1]
        now = identity(key.deck)
        if expected is not None and now != expected:
            raise DeckChanged(key.deck)
        if known is None or known[1] != now:  # e.g. in a process started after a crash
            self.open(key.deck)
        deck = self.decks[key.deck][0]
        descriptor, seconds = draw_rgb32(deck, key.index, key.width, key.height)
        if keep_if_slower is not None and seconds < keep_if_slower:
            os.close(descriptor)  # its memory goes with it
            return Drawn(key.width, key.height, key.width * 4, seconds, False), None
        return Drawn(key.width, key.height, key.width * 4, seconds, True), descriptor

    def handle(self, job: tuple) -> tuple[Any, int | None]:
        """("ok", value) or ("error", exception), and a descriptor to pass along (or None)."""
        kind, *args = job
        try:
            if kind == "open":
                return ("ok", self.open(*args)), None
            if kind == "render":
                drawn, descriptor = self.render(*args)
                return ("ok", drawn), descriptor
            if kind == "call":
                function: Callable[..., Any] = args[0]
                return ("ok", function(*args[1])), None
            raise ValueError(f"unknown job {kind!r}")
        except Exception as error:
            return ("error", error), None


def serve(connection: Connection, channel: socket.socket) -> None:
    """Answer jobs until the GUI closes its end."""
    server = Server()
    while True:
        try:
            job = loads(connection.recv_bytes())
        except (EOFError, OSError):
            return
        reply, descriptor = server.handle(job)
        try:
            data = dumps(reply)
        except Exception as error:  # an unpicklable result: say so rather than die
            data = dumps(("error", RuntimeError(f"cannot send the result back: {error}")))
            descriptor = None
        try:
            connection.send_bytes(data)
            if descriptor is not None:
                socket.send_fds(channel, [b"p"], [descriptor])
        except OSError:  # the GUI closed its end: nobody is waiting any more
            return
        finally:
            if descriptor is not None:
                os.close(descriptor)


def return_big_buffers() -> None:
    """Have glibc give freed slide-sized buffers back to the system at once (as the GUI does,
    see qt/app/startup.limit_heap_growth): a 4K page is a 25 MB buffer drawn and freed."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError, TypeError):
            ctypes.CDLL(None).mallopt(-3, 1 << 20)  # M_MMAP_THRESHOLD


def main(argv: list[str]) -> None:
    """Entry point of the render process: `server.py FD`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the GUI, which closes us
    return_big_buffers()
    import pechakucha.decks.opener  # noqa: F401  PyMuPDF and Pillow load now, while the GUI loads Qt

    descriptor = int(argv[1])
    channel = socket.socket(fileno=os.dup(descriptor))
    serve(Connection(descriptor), channel)


if __name__ == "__main__":
    main(sys.argv)
