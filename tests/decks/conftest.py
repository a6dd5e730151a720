"""Fixtures that write real decks into tmp_path: PDFs with PyMuPDF, images with Pillow, and a
few files made by hand (a PDF with an empty page tree, a PNG bomb, broken and disguised files).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

Colour = tuple[int, int, int]

RED: Colour = (255, 0, 0)
GREEN: Colour = (0, 255, 0)
BLUE: Colour = (0, 0, 255)


def _unit(colour: Colour) -> tuple[float, float, float]:
    """An 8-bit colour as PyMuPDF's 0–1 floats."""
    return tuple(channel / 255 for channel in colour)


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Factory: a PDF whose pages have the given sizes (points), each filled with `colour`.

    `rotate` maps page index to /Rotate; `marker` paints a small blue square in each page's
    top-left corner (unrotated), to see where rotation puts it; `save` goes to Document.save.
    """

    def make(
        name: str = "deck.pdf",
        sizes: Sequence[tuple[float, float]] = ((800, 600),),
        colour: Colour = RED,
        rotate: dict[int, int] | None = None,
        marker: bool = False,
        **save: object,
    ) -> Path:
        """Write the PDF and return its path."""
        document = pymupdf.open()
        for index, (width, height) in enumerate(sizes):
            page = document.new_page(width=width, height=height)
            page.draw_rect(page.rect, color=None, fill=_unit(colour))
            if marker:
                page.draw_rect(pymupdf.Rect(0, 0, width / 4, height / 4), fill=_unit(BLUE))
            page.insert_text((width / 3, height / 2), f"slide {index + 1}", fontsize=24)
            if rotate and index in rotate:
                page.set_rotation(rotate[index])
        path = tmp_path / name
        document.save(path, **save)
        document.close()
        return path

    return make


@pytest.fixture
def slides_pdf(make_pdf: Callable[..., Path]) -> Path:
    """A 20-page 16:9 deck with drawn content on every page, like a real Pecha Kucha."""
    return make_pdf("twenty.pdf", sizes=[(960, 540)] * 20, colour=(30, 60, 90))


def raw_pdf(objects: Sequence[bytes]) -> bytes:
    """A PDF written by hand: `objects` numbered from 1 (object 1 is the catalog), with a
    correct cross-reference table, so MuPDF reads it as written and repairs nothing."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.fixture
def write_raw_pdf(tmp_path: Path) -> Callable[[str, Sequence[bytes]], Path]:
    """Factory: write raw_pdf(objects) to tmp_path / name."""

    def write(name: str, objects: Sequence[bytes]) -> Path:
        """Write the hand-made PDF and return its path."""
        path = tmp_path / name
        path.write_bytes(raw_pdf(objects))
        return path

    return write


@pytest.fixture
def make_image(tmp_path: Path) -> Callable[..., Path]:
    """Factory: an image file of one colour; the format follows the name's extension unless
    `image_format` says otherwise (to disguise a PNG as `.jpg`, say). `save` goes to Image.save."""

    def make(
        name: str,
        size: tuple[int, int] = (400, 300),
        colour: object = RED,
        mode: str = "RGB",
        image_format: str | None = None,
        folder: Path | None = None,
        **save: object,
    ) -> Path:
        """Write the image and return its path."""
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new(mode, size, colour).save(path, format=image_format, **save)
        return path

    return make


def png_chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data, CRC."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@pytest.fixture
def make_bilevel_png(tmp_path: Path) -> Callable[[str, int, int], Path]:
    """Factory: a valid all-black 1-bit PNG of any size, written without ever holding its
    pixels: a 20000×20000 image (a decompression bomb) is a few kilobytes on disk."""

    def make(name: str, width: int, height: int) -> Path:
        """Write the PNG row by row through zlib and return its path."""
        row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed bits
        packer = zlib.compressobj(9)
        idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
        header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
        path = tmp_path / name
        path.write_bytes(
            b"\x89PNG\r\n\x1a\n"
            + png_chunk(b"IHDR", header)
            + png_chunk(b"IDAT", idat)
            + png_chunk(b"IEND", b"")
        )
        return path

    return make


@pytest.fixture
def image_folder(tmp_path: Path, make_image: Callable[..., Path]) -> Path:
    """A folder of slides named so that plain string order is wrong, plus the litter that
    operating systems leave: hidden files, AppleDouble twins, thumbnails, a text file."""
    folder = tmp_path / "slides"
    for number in (10, 2, 1, 20, 3):
        make_image(f"Slide{number}.png", folder=folder, size=(160, 90))
    make_image("slide11.JPG", folder=folder, size=(160, 90))
    for litter in (".DS_Store", "Thumbs.db", "desktop.ini", "notes.txt"):
        (folder / litter).write_bytes(b"\x00\x01 not an image")
    (folder / "._Slide1.png").write_bytes(b"\x00\x05\x16\x07 AppleDouble metadata")
    make_image(".hidden.png", folder=folder)
    (folder / "sub").mkdir()
    make_image("Slide0.png", folder=folder / "sub")
    return folder
