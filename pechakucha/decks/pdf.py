"""PDF decks, rendered with PyMuPDF straight at the size of the screen, letterboxed on black.

A PyMuPDF document is not thread-safe: the thread that renders a PdfDeck must be its only user.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

import pymupdf

from pechakucha.core.geometry import Rect, fit_rect
from pechakucha.decks.base import Pixels, SlideSize
from pechakucha.decks.errors import (
    DamagedFile,
    DeckError,
    NoSlides,
    PasswordProtected,
    RenderFailed,
)

# MuPDF reports every repaired xref and broken stream on stdout ("MuPDF error: …"), which would
# garble `pechakucha check --json`. Keep it quiet; problems reach the user as DeckErrors.
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


STORE_BUDGET = 64 * 2**20
"""Bytes of decoded images MuPDF may keep between pages while preflight reads a deck.

Preflight then keeps fonts and images reused from page to page decoded (emptying the store
after every page made checking a font- or photo-heavy deck up to 16× slower than a plain
PyMuPDF loop), while memory stays bounded. PyMuPDF cannot read the store's size, so the images
each page uses are counted instead (each image once). The show's renders still empty the store
after every slide: each slide is drawn once per screen size and kept, and its memory target
(a 20-slide photo deck on a 4K projector) has no room for 64 MB more.
"""


class _StoreBudget:
    """Counts the decoded images the store holds (estimated) and empties it past the budget."""

    def __init__(self, budget: int = STORE_BUDGET) -> None:
        self.budget = budget
        self._images: dict[tuple[int, int], int] = {}
        self._used = 0

    def empty(self) -> None:
        """Empty MuPDF's store now (after a slide of the show is drawn)."""
        pymupdf.TOOLS.store_shrink(100)
        self._images.clear()
        self._used = 0

    def note(self, document_id: int, page: pymupdf.Page) -> list:
        """Count the images `page` draws; empty the store once they pass the budget.
        Returns the page's images (PyMuPDF's get_images)."""
        try:
            images = page.get_images()
        except Exception:  # a broken resource dictionary: count nothing, render decides
            images = []
        for xref, _smask, width, height, *_rest in images:
            key = (document_id, xref)
            if key not in self._images:
                self._images[key] = max(width, 0) * max(height, 0) * 4
                self._used += self._images[key]
        if self._used > self.budget:
            self.empty()
        return images


_store = _StoreBudget()


def _forget_mupdf_messages() -> None:
    """Drop the messages PyMuPDF keeps from MuPDF: the list only grows in a long session."""
    pymupdf.TOOLS.reset_mupdf_warnings()


def _take_mupdf_messages() -> str:
    """The messages MuPDF left since the last call (warnings about damaged data), then forget."""
    messages = pymupdf.TOOLS.mupdf_warnings()
    pymupdf.TOOLS.reset_mupdf_warnings()
    return messages


def open_document(path: Path) -> pymupdf.Document:
    """pymupdf.open for any file name Linux allows.

    PyMuPDF passes names to MuPDF as UTF-8, so a name holding other bytes (Latin-1 from an
    old USB stick) cannot be opened by name; it is opened through /dev/fd instead."""
    name = os.fspath(path)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        if not os.path.isdir("/dev/fd"):
            raise
        descriptor = os.open(name, os.O_RDONLY)
        try:
            return pymupdf.open(f"/dev/fd/{descriptor}", filetype="pdf")
        finally:
            os.close(descriptor)  # MuPDF opened its own handle on the file
    return pymupdf.open(name, filetype="pdf")


class PdfDeck:
    """A PDF whose pages are the slides. Open it with open_pdf()."""

    def __init__(self, path: Path, document: pymupdf.Document) -> None:
        """Wrap an open, authenticated `document` that has at least one loadable page."""
        self.path = path
        self.conversion = None  # set by open_deck for slides converted from PowerPoint & co
        self._document = document
        self._sizes: dict[int, SlideSize] = {}
        self._troubled: set[int] = set()
        self._fallback = SlideSize(16, 9)

    @property
    def repaired(self) -> bool:
        """True if MuPDF had to repair the file to open it (worth a warning at preflight)."""
        return bool(self._document.is_repaired)

    @property
    def troubled_slides(self) -> frozenset[int]:
        """0-based slides whose loading or drawing made MuPDF complain about damaged data."""
        return frozenset(self._troubled)

    @cached_property
    def creator(self) -> str:
        """The PDF's Creator and Producer ("LaTeX with Beamer class", "Keynote", …)."""
        try:
            metadata = self._document.metadata or {}
        except Exception:
            return ""
        return f"{metadata.get('creator') or ''} {metadata.get('producer') or ''}".strip()

    def __len__(self) -> int:
        """Number of pages."""
        return self._document.page_count

    def __enter__(self) -> PdfDeck:
        """Use the deck in a `with` block; it is closed on leaving."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the deck."""
        self.close()

    def slide_size(self, index: int) -> SlideSize:
        """Page `index`'s size in points as displayed, i.e. with its /Rotate applied.

        A page that cannot be loaded gets the size of the first page (render then fails)."""
        if index not in self._sizes:
            try:
                rect = self.load_page(index).rect  # page.rect already accounts for /Rotate
            except RenderFailed:
                return self._fallback
            self._sizes[index] = SlideSize(rect.width, rect.height)
        return self._sizes[index]

    def slide_label(self, index: int) -> str:
        """`page N`, counting from 1."""
        self._check_index(index)
        return f"page {index + 1}"

    def render(self, index: int, width: int, height: int) -> Pixels:
        """Page `index` drawn directly at its fitted size, centred on a black `width`×`height`.

        Raises RenderFailed (naming the file and slide) if MuPDF cannot draw the page.
        """
        if width <= 0 or height <= 0:
            raise ValueError(f"render size must be positive, not {width}×{height}")
        page = self.load_page(index)
        if page.rect.is_empty:  # a zero-area page box cannot be scaled to any size
            raise RenderFailed(self.path, index + 1)
        box = fit_rect(page.rect.width, page.rect.height, width, height)
        try:
            picture = page.get_pixmap(
                matrix=_placing_matrix(page.rect, box), colorspace=pymupdf.csRGB, alpha=False
            )
        except Exception as error:  # MuPDF raises RuntimeError and friends on broken content
            self._troubled.add(index)
            raise RenderFailed(self.path, index + 1) from error
        finally:
            if _take_mupdf_messages():
                self._troubled.add(index)
            _store.empty()
        if (picture.x, picture.y, picture.width, picture.height) == (0, 0, width, height):
            return Pixels(width, height, picture.samples_mv, picture)  # no letterbox to add
        canvas = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, width, height), False)
        canvas.clear_with(0)
        canvas.copy(picture, picture.irect)  # the pixmap's origin is already at (box.x, box.y)
        return Pixels(width, height, canvas.samples_mv, canvas)

    def render_bgrx(self, index: int, width: int, height: int, into: object) -> None:
        """Like render(), drawn straight into `into` (a writable buffer of width × height × 4
        bytes) as B, G, R, 255 per pixel — the layout Qt blits fastest — with no RGB copy.

        Raises RenderFailed (naming the file and slide) if MuPDF cannot draw the page.
        """
        if width <= 0 or height <= 0:
            raise ValueError(f"render size must be positive, not {width}×{height}")
        page = self.load_page(index)
        if page.rect.is_empty:
            raise RenderFailed(self.path, index + 1)
        box = fit_rect(page.rect.width, page.rect.height, width, height)
        mupdf = pymupdf.mupdf  # the page must be drawn into memory that PyMuPDF did not allocate
        try:
            samples = mupdf.python_mutable_buffer_data(into)
            target = mupdf.fz_new_pixmap_with_data(
                mupdf.fz_device_bgr(), width, height, mupdf.FzSeparations(), 1, width * 4, samples
            )
            mupdf.fz_clear_pixmap_with_value(target, 0)  # black bands, opaque
            sheet = mupdf.FzIrect(box.x, box.y, box.x + box.width, box.y + box.height)
            mupdf.fz_clear_pixmap_rect_with_value(target, 255, sheet)  # the page is white paper
            device = mupdf.fz_new_draw_device(mupdf.FzMatrix(), target)
            placing = mupdf.FzMatrix(*_placing_matrix(page.rect, box))
            mupdf.fz_run_page(page.this, device, placing, mupdf.FzCookie())
            mupdf.fz_close_device(device)
        except Exception as error:  # MuPDF raises RuntimeError and friends on broken content
            self._troubled.add(index)
            raise RenderFailed(self.path, index + 1) from error
        finally:
            if _take_mupdf_messages():
                self._troubled.add(index)
            _store.empty()

    def render_for_check(
        self, index: int, size: tuple[int, int], small: tuple[int, int]
    ) -> tuple[Pixels, dict, bool]:
        """For preflight: page `index` drawn at exactly `size` (its fitted size on the
        projector: nothing is kept), a `small` picture of it (returned), and its text as
        PyMuPDF's "dict" — all from one reading of the page's content — and whether the
        page has images.

        The small picture is drawn again from that reading when the page has no images
        (nearly free); a page with photos is scaled down instead (drawing it small would
        decode every photo a second time). Raises RenderFailed (naming the file and slide)
        if MuPDF cannot draw the page."""
        page = self.load_page(index)
        if page.rect.is_empty:
            raise RenderFailed(self.path, index + 1)
        has_images = bool(_store.note(id(self._document), page))
        try:
            content = page.get_displaylist()
            picture = content.get_pixmap(matrix=_scale(page, size), colorspace=pymupdf.csRGB)
            if has_images:
                look = _shrink(picture, small)
            else:
                picture = content.get_pixmap(matrix=_scale(page, small), colorspace=pymupdf.csRGB)
                look = Pixels(picture.width, picture.height, picture.samples_mv, picture)
            text = pymupdf.TextPage(content.get_textpage(flags=0)).extractDICT()
        except Exception as error:
            self._troubled.add(index)
            raise RenderFailed(self.path, index + 1) from error
        finally:
            if _take_mupdf_messages():
                self._troubled.add(index)
        return look, text, has_images

    def close(self) -> None:
        """Close the PDF file."""
        self._document.close()

    def load_page(self, index: int) -> pymupdf.Page:
        """PyMuPDF's page `index`, or RenderFailed if the page tree entry is broken.

        For the decks layer only (preflight reads the page's text and images)."""
        self._check_index(index)
        try:
            return self._document.load_page(index)
        except Exception as error:
            self._troubled.add(index)
            raise RenderFailed(self.path, index + 1) from error
        finally:
            if _take_mupdf_messages():
                self._troubled.add(index)

    def _check_index(self, index: int) -> None:
        """Raise IndexError unless 0 <= index < len(self)."""
        if not 0 <= index < len(self):
            raise IndexError(f"slide index {index} out of range 0–{len(self) - 1}")

    def find_first_page(self, tries: int = 50) -> bool:
        """Load the first page that loads (among the first `tries`) and keep its size as the
        size of pages that cannot be loaded. MuPDF loads the page tree on the first page it
        is asked for: its complaints about the tree are about the file, not about one slide."""
        for index in range(min(tries, len(self))):
            try:
                rect = self._document.load_page(index).rect
            except Exception:
                continue
            finally:
                _forget_mupdf_messages()
            self._sizes[index] = self._fallback = SlideSize(rect.width, rect.height)
            return True
        return False


def _shrink(picture: pymupdf.Pixmap, size: tuple[int, int]) -> Pixels:
    """`picture` reduced to `size` from every fourth row (any line of readable text is taller
    than four pixels), averaged in boxes: a few milliseconds for a 1080p slide."""
    from PIL import Image

    stride, rows = picture.stride, picture.samples_mv
    kept = b"".join(rows[y * stride : (y + 1) * stride] for y in range(0, picture.height, 4))
    image = Image.frombytes("RGB", (picture.width, len(kept) // stride), kept)
    small = image.resize(size, Image.Resampling.BOX)
    return Pixels(small.width, small.height, small.tobytes())


def _scale(page: pymupdf.Page, size: tuple[int, int]) -> pymupdf.Matrix:
    """The matrix that draws `page` exactly `size` pixels big."""
    return pymupdf.Matrix(size[0] / page.rect.width, size[1] / page.rect.height)


def _placing_matrix(page_rect: pymupdf.Rect, box: Rect) -> pymupdf.Matrix:
    """Scale the page to exactly `box`'s size and move it to `box`'s place on the canvas.

    The x and y scales may differ by a hair so the rounded pixmap is exactly box-sized.
    """
    return pymupdf.Matrix(
        box.width / page_rect.width, 0, 0, box.height / page_rect.height, box.x, box.y
    )


def open_pdf(path: Path, shown_as: Path | None = None) -> PdfDeck:
    """Open the PDF at `path` (MuPDF repairs what it can); errors name `shown_as` if given
    (the PowerPoint file a converted PDF came from).

    A PDF locked only by an owner password (printing/copying restrictions) opens; one that
    needs a password to view raises PasswordProtected. Raises DamagedFile if MuPDF cannot
    make sense of it (not even one page loads), NoSlides if it has no pages.
    """
    name = shown_as or path
    try:
        document = open_document(path)
    except Exception as error:  # FileDataError and any MuPDF error while parsing
        raise DamagedFile(name) from error
    finally:
        _forget_mupdf_messages()
    try:
        _check_openable(name, document)
        deck = PdfDeck(name, document)
        if not deck.find_first_page():
            raise DamagedFile(name)  # e.g. a page tree that loops on itself
    except DeckError:
        document.close()
        raise
    return deck


def _check_openable(path: Path, document: pymupdf.Document) -> None:
    """Raise PasswordProtected or NoSlides if `document` cannot be shown as it is."""
    if document.needs_pass and not document.authenticate(""):
        raise PasswordProtected(path)
    try:
        pages = document.page_count
    except Exception as error:
        raise DamagedFile(path) from error
    if pages == 0:
        raise NoSlides(path)
