"""PDF decks, rendered with PyMuPDF straight at the size of the screen, letterboxed on black.

A PyMuPDF document is not thread-safe: the thread that renders a PdfDeck must be its only user.
"""

from __future__ import annotations

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


def _trim_mupdf_store() -> None:
    """Empty MuPDF's store of decoded images (up to 256 MB by default).

    Each slide is drawn once per view size and then kept finished by the app, so the store
    buys little speed and costs ~100 MB on photo decks. (PyMuPDF cannot read its size.)
    """
    pymupdf.TOOLS.store_shrink(100)


def _forget_mupdf_messages() -> None:
    """Drop the messages PyMuPDF keeps from MuPDF: the list only grows in a long session."""
    pymupdf.TOOLS.reset_mupdf_warnings()


class PdfDeck:
    """A PDF whose pages are the slides. Open it with open_pdf()."""

    def __init__(self, path: Path, document: pymupdf.Document) -> None:
        """Wrap an open, authenticated `document` that has at least one page."""
        self.path = path
        self._document = document
        self._sizes: dict[int, SlideSize] = {}

    @property
    def repaired(self) -> bool:
        """True if MuPDF had to repair the file to open it (worth a warning at preflight)."""
        return bool(self._document.is_repaired)

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
        """Page `index`'s size in points as displayed, i.e. with its /Rotate applied."""
        if index not in self._sizes:
            rect = self._load_page(index).rect  # page.rect already accounts for /Rotate
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
        page = self._load_page(index)
        if page.rect.is_empty:  # a zero-area page box cannot be scaled to any size
            raise RenderFailed(self.path, index + 1)
        box = fit_rect(page.rect.width, page.rect.height, width, height)
        try:
            picture = page.get_pixmap(
                matrix=_placing_matrix(page.rect, box), colorspace=pymupdf.csRGB, alpha=False
            )
        except Exception as error:  # MuPDF raises RuntimeError and friends on broken content
            raise RenderFailed(self.path, index + 1) from error
        finally:
            _forget_mupdf_messages()
            _trim_mupdf_store()
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
        page = self._load_page(index)
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
            raise RenderFailed(self.path, index + 1) from error
        finally:
            _forget_mupdf_messages()
            _trim_mupdf_store()

    def close(self) -> None:
        """Close the PDF file."""
        self._document.close()

    def _check_index(self, index: int) -> None:
        """Raise IndexError unless 0 <= index < len(self)."""
        if not 0 <= index < len(self):
            raise IndexError(f"slide index {index} out of range 0–{len(self) - 1}")

    def _load_page(self, index: int) -> pymupdf.Page:
        """Page `index`, or RenderFailed if the page tree entry is broken."""
        self._check_index(index)
        try:
            return self._document.load_page(index)
        except Exception as error:
            raise RenderFailed(self.path, index + 1) from error
        finally:
            _forget_mupdf_messages()


def _placing_matrix(page_rect: pymupdf.Rect, box: Rect) -> pymupdf.Matrix:
    """Scale the page to exactly `box`'s size and move it to `box`'s place on the canvas.

    The x and y scales may differ by a hair so the rounded pixmap is exactly box-sized.
    """
    return pymupdf.Matrix(
        box.width / page_rect.width, 0, 0, box.height / page_rect.height, box.x, box.y
    )


def open_pdf(path: Path) -> PdfDeck:
    """Open the PDF at `path` (MuPDF repairs what it can).

    A PDF locked only by an owner password (printing/copying restrictions) opens; one that
    needs a password to view raises PasswordProtected. Raises DamagedFile if MuPDF cannot
    make sense of it, NoSlides if it has no pages.
    """
    try:
        document = pymupdf.open(path, filetype="pdf")
    except Exception as error:  # FileDataError and any MuPDF error while parsing
        raise DamagedFile(path) from error
    finally:
        _forget_mupdf_messages()
    try:
        _check_openable(path, document)
    except DeckError:
        document.close()
        raise
    return PdfDeck(path, document)


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
